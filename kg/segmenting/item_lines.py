"""Which lines around the chosen headlines belong to each item: metadata above or below a headline, an
introduction, a closing source or signature, back matter after the last item (:func:`_assign`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from kg.lines import ends_sentence, is_item_furniture, is_metadata, is_prose, is_summary, visual_width
from kg.segmenting.candidates import _LIST_BULLET, _PART_LABEL, _blank_before, _ends_text
from kg.segmenting.furniture import (
    _BACK_MATTER,
    _CLOSING_META,
    _DATED_MONTH,
    _FULL_DATE,
    _HAN_RUN,
    _closes_item,
    _in_masthead,
    _issue_line,
    _issuer_dated,
    _newsletter_name,
    _ruled,
    _split_back,
    source_trailer_below,
)
from kg.segmenting.marks import HEADING_KINDS, _is_meta, _past_meta, day_line, section_name, subtitle_deck
from kg.segmenting.records import Candidate, Item
from kg.types import Line

__all__ = []


@lru_cache(maxsize=1 << 14)  # asked of the same line again and again (tables of contents, every reading)
def _list_entry(line: Line) -> bool:
    """Is the line an entry of a list (a Markdown list item, or a line opening with its bullet: - 义乌—布达佩斯)?"""
    return line.kind == "item" or _LIST_BULLET.match(line.text) is not None


_LEADS_IN = ("：", ":")  # how a sentence leading into a list ends (名单如下：)


def _ends_list(lines: Sequence[Line], i: int, floor: int) -> bool:
    """Is line ``i``, below line ``floor`` (the item's headline), the last entry of a list the item's text ends with: an
    entry under its bullet (- 义乌—伊斯坦布尔), or one of the lines set out one a line under the sentence leading into
    them (名单如下： / 新乡某公司正极材料智能工厂 / 鹤壁某公司连接器智能工厂), which end no sentence, as a list's entries do?"""
    if _list_entry(lines[i]):
        return True
    j = i
    while j > floor and not ends_sentence(lines[j].text) and not lines[j].text.endswith(_LEADS_IN) and lines[j].kind not in HEADING_KINDS:
        j -= 1
    return floor < j < i and lines[j].text.endswith(_LEADS_IN)


# A day alone (its weekday or the app it came from beside it): right under a file's name, the day of its issue, not its
# first item's (港口集团动态 / 2026年12月4日 / 【转发】某某港…; 河长制工作信息 / 2026-12-03　来自某某APP / 08:50 / 某某…).
_ISSUE_DAY = re.compile(r"\s*(?:(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|(?:19|20)\d{2}-\d{1,2}-\d{1,2})"
                        r"(?:[ \u3000]*(?:[（(]?(?:星期|周)[一二三四五六日天][）)]?|来自\S{2,12}(?:APP|App|客户端)))?\s*$")


def _assign(lines: Sequence[Line], text: str, heads: Sequence[Candidate], running: set[int]) -> tuple[list[int], list[Item], list[int]]:
    """Front lines, items and back lines when ``heads`` are the headlines (``running``: the file's running headers,
    :func:`running_headers`, found once for all its readings)."""
    n = len(lines)
    starts = []  # first line of each item: its headline, or metadata above it that belongs to it
    spaced: list[bool] = []  # whether a blank line stands between every two lines, asked once where it matters

    def apart(s: int) -> bool:
        """Does a blank line set line ``s`` apart from the line above? Not where one stands between every two lines, as
        Markdown writes paragraphs: there it groups nothing."""
        if not _blank_before(lines, text, s):
            return False
        if not spaced:
            spaced.append(n > 2 and all(_blank_before(lines, text, i) for i in range(1, n)))
        return not spaced[0]

    days = _day_headings(lines, heads)
    for k, c in enumerate(heads):
        s = c.index
        # Metadata right above a headline (no blank line between) opens its item; a closing
        # line (责任编辑：…) ends the item before.
        floor = heads[k - 1].index + 1 if k else -1
        while s - 1 > floor and is_metadata(lines[s - 1].text) and not _closes_item(lines, s - 1) and s - 1 not in days \
                and not apart(s) and not _glued_under_source(lines, text, s) and not _newsletter_name(lines[s - 1].text.split()[0]) \
                and not _issue_line(lines[s - 1].text) and not _issuer_dated(lines[s - 1].text):
            s -= 1  # (a masthead's name, issue and date is the file's: 每日产业资讯　2024年7月15日, 2024年第11期　6月14日,
            # 某某市退役军人事务局　2026年12月7日)
        starts.append(s)
    # A day alone right under the file's name, over the first headline, is the issue's where no other item prints its
    # day so over its headline (a time of day, 08:50, may stand there: that dates nothing).
    if starts[0] == 1 and _ISSUE_DAY.match(lines[1].text) \
            and not any(_ISSUE_DAY.match(lines[i].text) for k in range(1, len(heads)) for i in range(starts[k], heads[k].index)):
        starts[0] = 2
    # A source line under one item's last sentence, right above the next headline, where few headlines have
    # their metadata above them, is the source of the item it follows (…近日获批。\n来源：某某网　发布时间：…);
    # so is every one where the last item too ends with its source under its text, and, where the first item prints
    # its metadata over its headline, one written otherwise (2026-12-01　来源：… over the headlines, 来源：… alone
    # under a sentence): the file's habit is the first item's.
    moved = [k for k in range(1, len(heads)) if starts[k] < heads[k].index]
    first = _meta_form(lines[starts[0]].text) if starts[0] < heads[0].index else None
    tail = next((i for i in range(n - 1, heads[-1].index, -1) if not (_BACK_MATTER.match(lines[i].text) or _CLOSING_META.match(lines[i].text))), None)
    closing = tail is not None and is_metadata(lines[tail].text) and _ends_text(lines, tail - 1)
    # Not one a blank line sets apart from the text above, the headline below right under it: the file groups them
    # (…近日获批。\n\n2026-11-21　来源：某某日报\n某某中心达到28个); nor one written as the first item's, above the
    # first headline, is: the file prints its items' sources over their headlines; nor one leading with its date.
    if moved and (_few_over_headlines(len(moved), len(heads), starts[0] == heads[0].index) or closing or first
                  or all(_bracketed_day(lines[starts[k]].text) for k in moved)):
        for k in moved:
            # (or under a list the item's text ends with, - 义乌—伊斯坦布尔, or 名单如下： over its entries: they are that text)
            if (_ends_text(lines, starts[k] - 1) or _ends_list(lines, starts[k] - 1, heads[k - 1].index)) and not apart(starts[k]) \
                    and not (first and _meta_form(lines[starts[k]].text) == first) and not _date_first(lines[starts[k]].text):
                starts[k] = heads[k].index
    # Above the first headline, a date or publisher line is the masthead's unless the items
    # carry their metadata above their headlines (来源：… then the headline, item after item).
    if len(heads) > 1 and starts[0] < heads[0].index and all(s == c.index for s, c in zip(starts[1:], heads[1:])):
        starts[0] = heads[0].index
    items = []
    back: list[int] = []
    headings: list[int] = []
    front = list(range(starts[0]))
    section = None
    day = front[-1] if front and front[-1] in days else None
    if day is not None:
        headings.append(day)
    if len(front) >= 2 and section_name(lines[front[-1]]) and not _in_masthead(lines, front, len(front) - 1):
        headings.append(front[-1])
        section = section_name(lines[front[-1]])
    for k, c in enumerate(heads):
        end = starts[k + 1] if k + 1 < len(heads) else n
        region = [i for i in range(starts[k], end) if i != c.index]
        if k + 1 == len(heads):
            region, back = _split_back(lines, region, digest=True)
            if back and region and _files_source(lines, region[-1], range(starts[0], starts[k])):
                region, back = region[:-1], region[-1:] + back
            # (and the masthead's issuer over the issue's date, closing the file: 某某区新闻中心　2026年6月9日 under the last
            # item, the file's name above being 某某区新闻中心 一周回顾; no item above closes so)
            if len(region) > 1 and _issuer_signs_off(lines, region[-1], front) \
                    and not any(_shape(lines[starts[m + 1] - 1].text) == _shape(lines[region[-1]].text) for m in range(k)):
                region, back = region[:-1], region[-1:] + back
            closer = _closing_shape(lines, starts, heads)
            close = next((m for m, i in enumerate(region) if i > c.index and _shape(lines[i].text) == closer), None) if closer else None
            if close is not None and close + 1 < len(region):
                region, back = region[: close + 1], region[close + 1 :] + back
            elif close is None and k >= 2:
                # (every item above closed by its part of one label, 【典型意义】…: the last closes there too, and lines
                # below that part with no prose in them, an office and a date, are the file's)
                label = _last_part(lines, range(starts[0], starts[1]))
                if label and all(_last_part(lines, range(starts[m], starts[m + 1])) == label for m in range(1, k)):
                    close = next((m for m in range(len(region) - 1, -1, -1) if _opening_part(lines[region[m]].text) == label), None)
                    if close is not None and close + 1 < len(region) \
                            and not any(is_prose(lines[i].text) and not is_metadata(lines[i].text) for i in region[close + 1 :]):
                        region, back = region[: close + 1], region[close + 1 :] + back
        # A section heading between two items (二、地方动态, 【国内要闻】, ## 东部地区) heads the items below.
        # (and a rule drawn between two items, * * *, ===, ---, which names no section: the items below stay in this one)
        cut = len(region)
        while cut > 1 and k + 1 < len(heads) and (section_name(lines[region[cut - 1]]) or region[cut - 1] in days
                                                  or _ruled(lines[region[cut - 1]], text)):
            cut -= 1
        # (a summary under the headline, 导读：…, before the body is the item's too: not its text)
        opening = _past_meta(lines, c.index + 1)
        meta = tuple(i for i in region[:cut] if _is_meta(lines[i]) or (i < opening and is_summary(lines[i].text))
                     or (i == c.index + 1 and (source_trailer_below(lines, i) or subtitle_deck(lines, c.index))))
        meta += tuple(i for i in region[:cut] if i in running and i not in meta)  # (a page's running header: no text)
        metadata = set(meta)  # (a set: an item of thousands of metadata lines is no quadratic)
        body = tuple(i for i in region[:cut] if i not in metadata)
        items.append(Item(title=c.index, title_range=c.title_range, meta=meta, body=body, section=section, day=day))
        if cut < len(region):
            headings.extend(region[cut:])
            named = [i for i in region[cut:] if i not in days and not _ruled(lines[i], text)]
            section = section_name(lines[named[-1]]) if named else section
            day = next((i for i in region[cut:] if i in days), day)
    # A title over a paragraph saying that what follows was compiled (…督查通报（摘编） over …现将有关情况摘编如下。), above
    # two or more items: the bulletin's header and its introduction, no item of its own.
    if len(items) >= 3 and _introduces_items(lines, items[0]):
        front = list(range(starts[1]))
        items = items[1:]
    return front, items, back, headings


# What closes a paragraph introducing the items below as compiled from elsewhere: 现将有关情况摘编如下。, 择要整理如下：
_COMPILED_BELOW = re.compile(r"(?:摘编|编发|整理|摘登|汇编|摘报|辑录|摘录)如下[。：:]$")


def _introduces_items(lines: Sequence[Line], item: Item) -> bool:
    """Is ``item`` a title over one paragraph of prose saying the items below were compiled (…现将有关情况摘编如下。)?

    >>> rows = [Line(t, (), (0, 0)) for t in ["某某区民生实事督查情况（摘编）", "近日，区督查室对民生实事开展督查。现将有关情况摘编如下。"]]
    >>> _introduces_items(rows, Item(0, (0, 13), (), (1,))), _introduces_items(rows, Item(0, (0, 13), (), ()))
    (True, False)
    """
    return len(item.body) == 1 and is_prose(lines[item.body[0]].text) and _COMPILED_BELOW.search(lines[item.body[0]].text.rstrip()) is not None


def _glued_under_source(lines: Sequence[Line], text: str, s: int) -> bool:
    """Was line ``s`` glued in the file to the end of the source line above it, which names its outlet before its date
    (来源：某某报 20251119某某项目并网, a line break lost)? That source closes the item above, as the file's others do."""
    above = lines[s - 1]
    return "\n" not in text[above.end : lines[s].start] and _meta_form(above.text) is not None and not _date_first(above.text)


def _few_over_headlines(moved: int, heads: int, first_bare: bool) -> bool:
    """Are the ``moved`` metadata lines right above later headlines (of ``heads``) too few for the file to print its items'
    metadata over their headlines: fewer than half of them, or half where the first headline has none over it
    (## 京津冀 / ### 某某… / 正文。 / > 来源：某某时报，2026-12-02 / #### 1. 某某…, two of four so)?

    >>> _few_over_headlines(2, 5, True), _few_over_headlines(2, 5, False), _few_over_headlines(1, 5, False)
    (True, False, True)
    """
    return 2 * moved < heads - 1 or (first_bare and 2 * moved == heads - 1)


# A date in a metadata line, and the label of each of its fields (来源：, 发布时间：).
_META_DATE = re.compile(r"(?:19|20)\d{2}\s*(?:年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[-./]\s*\d{1,2}\s*[-./]\s*\d{1,2})")
_META_FIELD = re.compile(r"([\u4e00-\u9fff]{2,4})\s*[:：]")


# A day in a line: 3月2日, 2026年3月2日.
_DAY = re.compile(r"\d{1,2}\s*月\s*\d{1,2}\s*日")


def _bracketed_day(text: str) -> bool:
    """Is the line an outlet and its day in brackets, alone (（某某农牧报　3月2日）)? Brackets close what they follow: a
    file printing such a line under half its items' text has no habit of dating items over their headlines.

    >>> _bracketed_day("（某某农牧报　3月2日）"), _bracketed_day("2026年3月2日　来源：某某报"), _bracketed_day("（记者　某某）")
    (True, False, False)
    """
    return text[:1] in "（(" and text[-1:] in "）)" and len(text) <= 40 and _DAY.search(text) is not None


def _meta_form(text: str) -> tuple[str, ...] | None:
    """How a metadata line is written, its words aside: where its date stands among its fields' labels
    (2026-11-24　来源：某某社 → ('date', '来源')); None for a line with no labelled field (a masthead's date).

    >>> _meta_form("2026-11-24　来源：某某供销社") == _meta_form("2026-11-21　来源：某某日报"), _meta_form("来源：某某日报，2026-11-24")
    (True, ('来源', 'date'))
    >>> _meta_form("2026年11月20日")
    """
    marks = sorted([(m.start(), "date") for m in _META_DATE.finditer(text)] + [(m.start(), m[1]) for m in _META_FIELD.finditer(text)])
    form = tuple(word for _, word in marks)
    return form if any(word != "date" for word in form) else None


def _date_first(text: str) -> bool:
    """Does the metadata line lead with its date, its source after it (2026-11-26　来源：某某局)? So a list prints an
    entry's date and source over its headline; a source closing an item's text comes first (来源：某某局，2026-11-26).

    >>> _date_first("2026-11-26　来源：某某应急管理局"), _date_first("来源：某某日报　2026-11-26"), _date_first("2026-11-26")
    (True, False, False)
    """
    form = _meta_form(text)
    return form is not None and form[0] == "date"


_SHAPE_MASK = re.compile(r"[\dA-Za-z][\dA-Za-z.,:/_\-%+]*")


# A source line, unbracketed (来源：某某县融媒体中心): under one item, that item's; over the file's credits, the post's.
_SOURCE_LINE = re.compile(r"^(?:来源|稿源|信息来源)\s*[:：]\s*[^，。；]{2,30}$")


def _issuer_signs_off(lines: Sequence[Line], i: int, front: Sequence[int]) -> bool:
    """Is line ``i`` a name and a date, no source's label (某某区新闻中心　2026年6月9日), whose name the masthead
    (``front``) prints: the issuer signing the issue off, not the source of the item it closes?

    >>> rows = [Line(t, (), (0, 0)) for t in ["某某区新闻中心 一周回顾", "某某区新闻中心　2026年6月9日", "某某日报　2026年6月9日"]]
    >>> _issuer_signs_off(rows, 1, [0]), _issuer_signs_off(rows, 2, [0])
    (True, False)
    """
    text = lines[i].text
    if _SOURCE_LINE.match(text) or not _DATED_MONTH.search(text) or not is_metadata(text):
        return False
    name = _FULL_DATE.sub("", text)
    return visual_width(name) >= 3 and _HAN_RUN.fullmatch(name) is not None and any(name in lines[j].text for j in front)


def _files_source(lines: Sequence[Line], i: int, above: range) -> bool:
    """Is line ``i``, closing the last item right over the file's back matter (编辑：…　审核：…), a source line that no
    item above has: the source of the whole post (来源：某某县融媒体中心), as a WeChat post prints it over its credits,
    not the last item's? Where the items each have theirs, the last one's is its own."""
    return _SOURCE_LINE.match(lines[i].text) is not None and not any(_SOURCE_LINE.match(lines[j].text.strip("（）()")) for j in above)


@lru_cache(maxsize=1 << 14)  # asked of the last item's lines by every reading of a file
def _shape(text: str) -> str:
    """A line's shape: its words, its figures and Latin runs (counts, addresses) masked (阅读 0 点赞 0 转发 0); the lines a
    page prints under each item's text (:func:`is_item_furniture`) are of one shape whatever their words."""
    if text[:2] == "——" and is_metadata(text):
        return "attribution"  # (where each item was printed, after a dash: ——某某日报　2025年11月10日　第3版, ——某某网　11月8日)
    return "furniture" if is_item_furniture(text) else " ".join(_SHAPE_MASK.sub("0", text).split())


def _closing_shape(lines: Sequence[Line], starts: Sequence[int], heads: Sequence[Candidate]) -> str | None:
    """The shape of the line that closes every item but the last (three or more), where it is no text of theirs (a
    link, counts of readers, a date and time): under the last item, what follows that line is the file's, not the item's."""
    if len(heads) < 3:
        return None
    closing = [lines[starts[k + 1] - 1] for k in range(len(heads) - 1) if starts[k + 1] - 1 > heads[k].index]
    shapes = {_shape(line.text) for line in closing}
    if len(closing) < len(heads) - 1 or len(shapes) != 1 or not all(_is_meta(line) for line in closing):
        return None
    return shapes.pop()


def _day_headings(lines: Sequence[Line], heads: Sequence[Candidate]) -> set[int]:
    """Lines that are only a day, standing right above a headline, that group the items below them by their day (a weekly
    digest's 11月3日（周一） over that day's items): the first right above the first headline, at least two of them, and
    half as many items again (where nearly every headline has its own, it is that item's date line, its metadata, and an
    item without one is undated, not of the day above).

    Each dates the items below it, up to the next (:attr:`Item.day`); an item's own date comes first."""
    if len(heads) < 3 or heads[0].index == 0:
        return set()
    days = {c.index - 1 for c in heads if c.index > 0 and day_line(lines[c.index - 1].text)}
    if heads[0].index - 1 not in days or len(days) < 2 or 2 * len(heads) < 3 * len(days):
        return set()
    return days


def _opening_part(text: str) -> str | None:
    """The part label opening a line (【典型意义】…, 答：…), or None."""
    m = _PART_LABEL.match(text)
    return (m["tag"] or m["word"]) if m else None


def _last_part(lines: Sequence[Line], region: range) -> str | None:
    """The part label opening the last line of text in ``region`` (【典型意义】… closing a case), or None."""
    last = next((i for i in reversed(region) if is_prose(lines[i].text) or _opening_part(lines[i].text)), None)
    return _opening_part(lines[last].text) if last is not None else None
