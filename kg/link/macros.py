"""Macro-regions written by their direction alone (西部省份, 中部城市, 我国西部): bare 东部, 中部 and
西部 are no aliases (a city's or a province's own part is written so too: 青岛市东部, 湖南西部), so
they name the nation's region only where what surrounds them says so — a class of places follows
(省份, 省区, 城市, 各省, 六省, 科教大省) or 我国 comes before — and no place or direction is
glued before them (中西部城市 is another region, 开封市区西部 a part of a district)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from kg.link.units import Unit

__all__ = ["find_directional_macros"]

_MACRO_OF = {"东部": "macro:eastern_region", "中部": "macro:central_region", "西部": "macro:western_region"}
# What makes the direction the nation's region: a class of places right after it ...
_PLACES_AFTER = re.compile(r"(?:各|其他)?(?:省份|省区|省市|城市|[一二三四五六七八九十两]{1,2}省|[^\W\d的和与及等]{0,3}?大省)|各省")
# ... or the nation named right before it.
_NATION_BEFORE = ("我国", "全国")
# The words a direction may follow (the rest of the clause is no place's name): 在西部城市, 与东部省份.
# 丨, a character of its own, is drawn as the bar after a headline's kicker (观察丨中部四省…): no word.
_FREE_BEFORE = frozenset("的在向与和及同等是为对比了从往到丨")
_CJK = re.compile(r"[\u3400-\u9fff]")
_DIRECTION = re.compile(r"东部|中部|西部")

Found = tuple[int, int, int, str]  # unit, start, end, macro-region id


def find_directional_macros(units: Sequence[Unit]) -> list[Found]:
    """``(unit, start, end, macro-region id)`` of every bare 东部/中部/西部 that names the nation's region."""
    out = []
    for u, unit in enumerate(units):
        text = unit.text
        if "部" not in text:
            continue  # every direction ends with it: the pattern need not be tried at every character
        for match in _DIRECTION.finditer(text):
            start, end = match.span()
            nation = text.endswith(_NATION_BEFORE, 0, start)
            if not nation and start > 0 and _CJK.match(text[start - 1]) and text[start - 1] not in _FREE_BEFORE:
                continue  # 中西部城市, 湖南西部, 开封市区西部: another region, or a part of a place
            if nation or _PLACES_AFTER.match(text, end):
                out.append((u, start, end, _MACRO_OF[match[0]]))
    return out
