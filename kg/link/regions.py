"""Region resolution: which region (if any) a candidate names, and the rule that decided it."""

from __future__ import annotations

import re
from pathlib import Path

from kg.kb import KnowledgeBase, read_table
from kg.link.candidates import Candidate, Words, inside_word
from kg.link.context import Context, Places

__all__ = ["RegionResolver", "read_guards"]

_CJK = re.compile(r"[\u3400-\u9fff]")
_ABBR_CUE_BEFORE = ("在", "来", "赴", "驻", "离", "抵", "返", "留", "援")
# Alone after such a cue only the abbreviations people write that way (在京, 来沪, 赴港), and
# only before a verb or punctuation (在京设立, 来沪投资): 在新时代 is not 新疆.
_CUE_ABBREVIATIONS = "京津沪渝港澳粤"
_ABBR_CUE_AFTER = "设投发召举落开办工企上期"
# After a run of abbreviations these make it a product name, not places (沪港通, 沪深股).
_ABBR_REFUSE_AFTER = re.compile(r"^(?:通|股|市|府|科|办|规|发|字|牌|A|B|港通|深)")

Guard = tuple[re.Pattern[str] | None, re.Pattern[str] | None]


def read_guards(path: Path) -> dict[str, Guard]:
    """``name_guards.tsv``: name → (words refused right after it, words refused right before it)."""
    guards = {}
    for row in read_table(path):
        after = re.compile(rf"(?:{row['reject_after']})") if row["reject_after"] else None  # .match(text, pos): anchored at pos
        before = re.compile(rf"(?:{row['reject_before']})$") if row["reject_before"].strip() else None
        guards[row["name"]] = (after, before)
    return guards


class RegionResolver:
    """Decides what a candidate that is not a policy, fund or agency part links to."""

    def __init__(self, kb: KnowledgeBase, places: Places, words: Words, guards: dict[str, Guard]) -> None:
        self.kb = kb
        self.places = places
        self.words = words
        self.guards = guards
        self._abbreviations = {form for form, entries in kb.aliases.items() if len(form) == 1 and any(k == "abbr" for _, k in entries)}

    def resolve(self, context: Context, cand: Candidate) -> tuple[str, str] | None:
        """``(entity id, rule)`` for a candidate, or None when it links nothing."""
        anchors = context.anchors
        text = context.units[cand.unit].text
        kinds = cand.meaning.kinds
        non_regions = cand.meaning.others
        regions = cand.meaning.regions
        # Zones, macro-regions, agencies and industries are curated to be unambiguous.
        if non_regions and not regions:
            entity_id, kind = non_regions[0]
            entity = self.kb.by_id[entity_id]
            if kind == "context" and cand.start > 0 and text[cand.start - 1] in "省市区县":
                return None  # 市发改委: a local body, handled as an elliptical agency
            if kind == "context" and any(self.kb.by_id[a].type in ("city", "district") for a in anchors if a in self.kb.by_id):
                return None  # 海关, 发改委 alone in a 深圳 article are most likely local bodies
            if entity.type == "industry" and len(cand.form) <= 2 and not self.words.on_word_boundary(text, cand.start, cand.end):
                return None
            if entity.type == "industry" and inside_word(text, cand):
                return None  # 5G inside 15G
            return entity_id, f"{entity.type}_{kind}"
        if non_regions and regions:
            # A zone/agency name that is also a region's short name (南沙): the zone if the
            # article is about its city, else the region rule below decides.
            for entity_id, kind in non_regions:
                zone = self.kb.by_id[entity_id]
                if any(p in anchors for p in zone.parents):
                    return entity_id, "zone_in_context"
        if "abbr" in kinds and len(cand.form) == 1:
            return self._abbreviation(text, cand, regions)
        ids = [i for i, k in regions if k != "abbr"]
        if not ids:
            return None
        everywhere = self.guards.get("*")
        if everywhere and everywhere[0].match(text, cand.end):
            return None
        guard = self.guards.get(cand.form)
        if guard is not None:
            after, before = guard
            if (after and after.match(text, cand.end)) or (before and before.search(text, 0, cand.start)):
                return None
        if len(ids) > 1:
            chosen = self.places.by_context(ids, anchors)
            if chosen is None:
                provinces = [i for i in ids if self.kb.by_id[i].type == "province"]
                if len(provinces) == 1 and guard is None:
                    return provinces[0], "region_prefer_province"
                return None
            ids = [chosen]
            rule = "region_context"
        else:
            rule = "region_name" if "name" in kinds else "region_short"
        entity_id = ids[0]
        entity = self.kb.by_id[entity_id]
        kind = dict(regions).get(entity_id)
        if kind == "short" and entity.type in ("province", "city") and not self._stands_alone(text, cand):
            return None  # 杭州 in 杭州湾 (a bay), 北京 in 北京时间, 上海 in 上海证券报
        needs_context = guard is not None or (kind == "short" and entity.type == "district")
        if needs_context:
            if not self.places.in_context(entity_id, anchors):
                return None
            if not self.words.on_word_boundary(text, cand.start, cand.end):
                return None
            rule = "region_short_in_context"
        elif kind == "former":
            rule = "region_former_name"
        return entity_id, rule

    def one_region(self, cand: Candidate, anchors: set[str], allow_short: bool = True) -> str | None:
        """The region a candidate names when it opens a longer name (深圳市 + 工信局), or None."""
        ids = cand.meaning.region_ids
        kinds = dict(cand.meaning.ids)
        ids = [i for i in ids if kinds.get(i) != "abbr" and (allow_short or kinds.get(i) == "name")]
        if len(ids) == 1:
            entity = self.kb.by_id[ids[0]]
            if kinds[ids[0]] == "short" and entity.type == "district" and not self.places.in_context(ids[0], anchors):
                return None
            return ids[0]
        return self.places.by_context(ids, anchors) if ids else None

    def _stands_alone(self, text: str, cand: Candidate) -> bool:
        """A short name is a word of its own, or starts a word that is a name followed by
        another name or an admin suffix (深圳南山, 广州市), not a longer word (杭州湾)."""
        if self.words.on_word_boundary(text, cand.start, cand.end):
            return True
        found = self.words.word_at(text, cand.start, cand.end)
        if found is None:
            return True
        pos, token = found
        if pos != cand.start:
            return False
        rest = token[len(cand.form) :]
        return rest in self.kb.aliases or rest[:1] in "市省区县"

    def _abbreviation(self, text: str, cand: Candidate, regions) -> tuple[str, str] | None:
        ids = [i for i, k in regions if k == "abbr"]
        if len(ids) != 1:
            return None
        abbreviations = self._abbreviations
        start, end = cand.start, cand.end
        while start > 0 and text[start - 1] in abbreviations:
            start -= 1
        while end < len(text) and text[end] in abbreviations:
            end += 1
        run = text[start:end]
        if _ABBR_REFUSE_AFTER.match(text[end:]):
            return None
        if len(run) >= 3 and (start == 0 or not _CJK.match(text[start - 1]) or text[start - 1] in "、和与及") or (len(run) >= 3 and text[end : end + 1] in ("三", "四", "两", "等", "地", "、", "，", "")):
            return ids[0], "region_abbreviation_run"
        if len(run) == 1 and run in _CUE_ABBREVIATIONS and start > 0 and text[start - 1] in _ABBR_CUE_BEFORE and (end == len(text) or not _CJK.match(text[end]) or text[end] in _ABBR_CUE_AFTER):
            return ids[0], "region_abbreviation_cue"
        return None
