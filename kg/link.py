"""Candidate generation and disambiguation in context: text → linked :class:`~kg.types.Mention`\\ s.

Pure Python over plain strings (no spaCy here). Candidates come from one
Aho–Corasick scan over every name in the knowledge base; tokenisation (jieba)
and context checks are spent only where they decide something:

- a name with one meaning (深圳市, 工业和信息化部, 临港新片区, 低空经济) is linked as it stands;
- a name with several (朝阳 → 北京 / 长春 / 辽宁朝阳) goes to the one inside a region the
  article names (its section, title actor, or an unambiguous mention); unresolved → no link;
- a district's short name (浦东, 南山) needs its city or province in the article, and a word
  boundary (jieba); names that are also words (中山, 东方, 合作, 长安) also need context and
  are refused before/after the words in ``name_guards.tsv`` (中山大学, 长安汽车);
- one-character abbreviations (沪 苏 浙 皖) count only in runs of three or more (沪苏浙皖) or
  after 在/来/赴/驻, never inside 沪港通 or document numbers;
- local agencies are a region followed by a function (深圳市 + 工信局), or an elliptical
  ``市工信局`` whose region comes from the article; branches of central bodies are
  central + region + branch (人民银行 + 上海 + 总部);
- policies are titles in 《》 of documents (方案, 意见, 条例 …), with ``以下简称《方案》`` and a
  later bare 《方案》 pointing back to the full title;
- funds are ``…基金`` with an owner (region prefix or the article's region) and a purpose that
  is not generic (政府引导基金 and 产业基金 alone are talk, not entities).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from kg.kb import KB_DIR, MUNICIPALITIES, REGION_TYPES, KnowledgeBase, load_kb, read_table, slug_text
from kg.types import Article, Mention, Run, to_source

__all__ = ["Linker", "Unit", "article_units"]

# ---------------------------------------------------------------- text units


@dataclass(frozen=True)
class Unit:
    """A piece of text (a title or a paragraph) and the map of its offsets to the source."""

    text: str
    runs: tuple[Run, ...] = ()
    kind: str = "text"  # title | text | heading | table_row

    def source(self, i: int) -> int:
        """Source offset of character ``i`` (the text's own offset when it has no map)."""
        if not self.runs:
            return i
        return to_source(self.runs, i)

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        return self.source(start), self.source(end - 1) + 1


def article_units(article: Article) -> list[Unit]:
    units = [Unit(article.title, article.title_runs, "title")] if article.title_runs else []
    units += [Unit(p.text, p.runs, p.kind) for p in article.paragraphs]
    return units


# ---------------------------------------------------------------- rules as data

_CJK = re.compile(r"[\u3400-\u9fff]")
_ABBR_CUE_BEFORE = ("在", "来", "赴", "驻", "离", "抵", "返", "留", "援")
# Alone after such a cue only the abbreviations people write that way (在京, 来沪, 赴港), and
# only before a verb or punctuation (在京设立, 来沪投资): 在新时代 is not 新疆.
_CUE_ABBREVIATIONS = "京津沪渝港澳粤"
_ABBR_CUE_AFTER = "设投发召举落开办工企上期"
# After a run of abbreviations these make it a product name, not places (沪港通, 沪深股).
_ABBR_REFUSE_AFTER = re.compile(r"^(?:通|股|市|府|科|办|规|发|字|牌|A|B|港通|深)")
_POLICY_SUFFIX = re.compile(
    r"(?:方案|意见|措施|举措|办法|规划|条例|通知|决定|指南|计划|纲要|政策|细则|规定|公告|法|目录|清单|指引|规则|意见稿|"
    r"标准|要求|行动|战略|若干规定|批复|函|令|草案|试行|修订|暂行办法|实施方案|工作方案|（试行）|\(试行\)|（征求意见稿）|\(征求意见稿\))$"
)
_NOT_POLICY = re.compile(r"(?:报告|白皮书|指数|展望|榜单|年鉴|名单|TOP|排行|蓝皮书|杂志|日报|周刊|观察|研究|专刊)")
_POLICY = re.compile(r"《([^《》\n]{2,80})》")
# A short title that names no document by itself: 《方案》, 《若干措施》, 《实施意见》.
_GENERIC_POLICY = re.compile(
    r"^(?:若干|实施|行动|工作|管理|暂行|有关|相关|指导)?(?:方案|意见|措施|举措|办法|规划|条例|通知|决定|指南|计划|纲要|政策|细则|规定|公告)$"
)
_SHORT_POLICY = re.compile(r"[（(]\s*(?:以下|下)?简称\s*[“\"]?《([^《》]{1,20})》")
_FUND_END = re.compile(r"基金(?!会|管理|公司|经理|份额|产品|净值|业|的子基金)")
_LEVEL_OF_CHAR = {"省": "province", "市": "city", "区": "district", "县": "district"}


def _guards(path: Path) -> dict[str, tuple[re.Pattern[str] | None, re.Pattern[str] | None]]:
    guards = {}
    for row in read_table(path):
        after = re.compile(rf"(?:{row['reject_after']})") if row["reject_after"] else None  # .match(text, pos): anchored at pos
        before = re.compile(rf"(?:{row['reject_before']})$") if row["reject_before"].strip() else None
        guards[row["name"]] = (after, before)
    return guards


# ---------------------------------------------------------------- the linker


@dataclass(frozen=True)
class _Meaning:
    """What a written form can mean, worked out once per form (a form occurs thousands of times)."""

    ids: tuple[tuple[str, str], ...]  # (entity id, alias kind)
    kinds: frozenset[str]
    types: frozenset[str]  # the entity types among ids
    regions: tuple[tuple[str, str], ...]  # the ids that are regions, in order
    others: tuple[tuple[str, str], ...]  # the ids that are not
    region_ids: tuple[str, ...]


def _meaning(kb: KnowledgeBase, form: str) -> _Meaning:
    ids = tuple(sorted(kb.aliases[form]))
    types = {i: kb.by_id[i].type for i, _ in ids}
    regions = tuple((i, k) for i, k in ids if types[i] in REGION_TYPES)
    return _Meaning(
        ids=ids,
        kinds=frozenset(k for _, k in ids),
        types=frozenset(types.values()),
        regions=regions,
        others=tuple((i, k) for i, k in ids if types[i] not in REGION_TYPES),
        region_ids=tuple(i for i, _ in regions),
    )


@dataclass(slots=True)
class _Cand:
    unit: int
    start: int
    end: int
    form: str
    meaning: _Meaning
    covered: bool = False  # strictly inside a longer candidate


class Linker:
    """Links the entity mentions of articles or snippets of text to the knowledge base."""

    def __init__(self, kb: KnowledgeBase | None = None, kb_dir: Path = KB_DIR) -> None:
        import ahocorasick

        self.kb = kb or load_kb(kb_dir)
        self.kb_dir = kb_dir
        self._abbreviations = {form for form, entries in self.kb.aliases.items() if len(form) == 1 and any(k == "abbr" for _, k in entries)}
        self.guards = _guards(kb_dir / "name_guards.tsv")
        self._cuts: dict[str, tuple[str, ...]] = {}
        automaton = ahocorasick.Automaton()
        for form in self.kb.aliases:
            if len(form) >= 1:
                automaton.add_word(form, (form, _meaning(self.kb, form)))
        automaton.make_automaton()
        self._automaton = automaton
        forms: dict[str, str] = {}
        branch: dict[str, str] = {}
        for function in self.kb.functions.values():
            for form in function.forms:
                forms.setdefault(form, function.id)
            for form in function.after_central:
                branch.setdefault(form, function.id)
        self._function_of = forms
        self._branch_of = branch
        self._function_re = re.compile("|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True)))
        self._branch_re = re.compile("|".join(re.escape(f) for f in sorted(branch, key=len, reverse=True)))
        self._elliptical_re = re.compile(
            rf"(?:本|全)?(?P<level>[省市区县])(?P<function>{'|'.join(re.escape(f) for f in sorted(forms, key=len, reverse=True) if len(f) >= 2)})"
        )

    # -------------------------------------------------------- jieba, only where it decides

    @cached_property
    def _jieba(self):
        import logging

        import jieba

        jieba.setLogLevel(logging.WARNING)
        tokenizer = jieba.Tokenizer()
        tokenizer.initialize()
        for form in self.kb.aliases:
            if len(form) >= 2:
                tokenizer.add_word(form, freq=None)
        return tokenizer

    def _cut(self, text: str) -> tuple[str, ...]:
        """jieba's words of a short window, remembered: the same window is often cut twice
        (a boundary check, then the word around a short name) and phrases recur across articles."""
        words = self._cuts.get(text)
        if words is None:
            if len(self._cuts) >= 50_000:
                self._cuts.clear()
            words = self._cuts[text] = tuple(self._jieba.cut(text, HMM=False))
        return words

    def _on_word_boundary(self, text: str, start: int, end: int) -> bool:
        """Does jieba, knowing every name of the knowledge base, cut the text at both ends?

        Fast path: when no dictionary word crosses either end, jieba cannot cut there
        wrongly, so it is not run (most mentions); otherwise segment a window around it.
        """
        if not self._crossed(text, start, end):
            return True
        left = max(0, start - 8)
        window = text[left : min(len(text), end + 8)]
        cuts = {0}
        pos = 0
        for token in self._cut(window):
            pos += len(token)
            cuts.add(pos)
        return (start - left) in cuts and (end - left) in cuts

    # -------------------------------------------------------- public

    def _crossed(self, text: str, start: int, end: int) -> bool:
        """Is there a dictionary word that starts before an end of the span and finishes after it?

        jieba's dictionary also holds every prefix of its words (with frequency 0), so once
        ``text[i:k]`` is not in it, no longer piece from ``i`` is a word either.
        """
        freq = self._jieba.FREQ
        for edge in (start, end):
            for i in range(max(0, edge - 4), edge):
                for k in range(edge + 1, min(len(text), i + 8) + 1):
                    found = freq.get(text[i:k])
                    if found is None:
                        break
                    if found:
                        return True
        return False

    def link_article(self, article: Article) -> list[Mention]:
        return sorted((m for *_, m in self.locate_article(article)), key=lambda m: (m.start, m.end, m.id))

    def locate_article(self, article: Article) -> list[tuple[int, int, int, Mention]]:
        """Mentions of an article located in its units (title, then paragraphs: :func:`article_units`)."""
        context = [article.section] if article.section else []
        return self.locate_units(article_units(article), context_names=context)

    def link_text(self, text: str) -> list[Mention]:
        """Link a snippet (offsets are into the snippet)."""
        return self.link_units([Unit(text)])

    def link_units(self, units: Sequence[Unit], context_names: Iterable[str] = ()) -> list[Mention]:
        return [m for *_, m in self.locate_units(units, context_names)]

    def locate_units(self, units: Sequence[Unit], context_names: Iterable[str] = ()) -> list[tuple[int, int, int, Mention]]:
        """Mentions with where they are: ``(unit index, start, end in that unit's text, mention)``."""
        cands = self._scan(units)
        anchors = self._anchors(units, cands, context_names)
        mentions: list[tuple[int, int, int, str, str, str]] = []  # unit, start, end, id, rule, type
        taken = [bytearray(len(unit.text)) for unit in units]  # 1 under a mention already made

        def free(u: int, s: int, e: int) -> bool:
            return 1 not in taken[u][s:e]

        def claim(u: int, s: int, e: int) -> bool:
            if not free(u, s, e):
                return False
            taken[u][s:e] = b"\x01" * (e - s)
            return True

        # 1. Policies first: names inside 《》 belong to the title, not the text.
        for u, s, e, pid in self._policies(units):
            if claim(u, s, e):
                mentions.append((u, s, e, pid, "policy_title", "policy"))
        # 2. Funds (深圳市政府投资引导基金 is a fund, not 深圳市政府).
        quantities: dict[tuple[int, int], str | None] = {}
        for u, s, e, fid, size in self._funds(units, cands, anchors):
            if claim(u, s, e):
                mentions.append((u, s, e, fid, "fund_pattern", "fund"))
                quantities[(u, s)] = size
        # 3. Agencies built from parts (central + region + branch, region + function, 市工信局,
        #    zone + 管委会).
        for u, s, e, aid, rule in self._agencies(units, cands, anchors):
            if claim(u, s, e):
                mentions.append((u, s, e, aid, rule, "agency"))
        # 4. Names, longest first.
        for cand in sorted(cands, key=lambda c: (-(c.end - c.start), c.unit, c.start)):
            if not free(cand.unit, cand.start, cand.end):
                continue  # it would not be claimed, whatever it means
            resolved = self._resolve(units, cand, anchors)
            if resolved is None:
                continue
            entity_id, rule = resolved
            if claim(cand.unit, cand.start, cand.end):
                mentions.append((cand.unit, cand.start, cand.end, entity_id, rule, self.kb.get(entity_id).type))
        out = []
        for u, s, e, entity_id, rule, etype in mentions:
            unit = units[u]
            start, end = unit.source_span(s, e)
            entity = self.kb.get(entity_id)
            name = entity.name if entity else _name_from_id(entity_id)
            adcode = entity.adcode if entity else None
            mention = Mention(text=unit.text[s:e], start=start, end=end, type=etype, id=entity_id, name=name, adcode=adcode, rule=rule, quantity=quantities.get((u, s)))
            out.append((u, s, e, mention))
        out.sort(key=lambda located: (located[0], located[1], located[2], located[3].id))
        return out

    # -------------------------------------------------------- candidates

    def _scan(self, units: Sequence[Unit]) -> list[_Cand]:
        cands = []
        for u, unit in enumerate(units):
            found = []
            for end, (form, meaning) in self._automaton.iter(unit.text):
                found.append(_Cand(u, end - len(form) + 1, end + 1, form, meaning))
            # Mark the ones strictly inside a longer candidate (上海 inside 上海市).
            found.sort(key=lambda c: (c.start, -c.end))
            reach = -1
            for c in found:
                c.covered = c.end <= reach
                reach = max(reach, c.end)
            cands.extend(found)
        return cands

    def _anchors(self, units, cands, context_names) -> set[str]:
        """Regions the article is certainly about: its section, title actor, unambiguous names."""
        anchors: set[str] = set()
        names = list(context_names)
        if units:
            actor = re.match(r"^([^：:\s]{2,8})[：:]", units[0].text)
            if actor:
                names.append(actor[1])
        for name in names:
            place = self._place_named(name)
            if place:
                anchors.add(place)
        for cand in cands:
            ids = cand.meaning.region_ids
            kinds = cand.meaning.kinds
            if len(ids) == 1 and len(cand.meaning.ids) == 1 and ("name" in kinds or ("short" in kinds and self.kb.by_id[ids[0]].type != "district" and cand.form not in self.guards)):
                if self._maximal(cands, cand):
                    anchors.add(ids[0])
        expanded = set(anchors)
        for a in anchors:
            expanded.update(self.kb.ancestors(a))
            entity = self.kb.by_id.get(a)
            if entity is not None and entity.type == "macro_region":
                expanded.update(entity.members)
        return expanded

    def _place_named(self, name: str) -> str | None:
        """The one place a section tag or title actor names (海南 → the province)."""
        ids = [i for i, kind in self.kb.candidates(name) if kind in ("name", "short", "alias") and self.kb.by_id[i].type in (*REGION_TYPES, "zone", "macro_region")]
        if len(ids) > 1:
            ids = [i for i in ids if self.kb.by_id[i].type == "province"]
        return ids[0] if len(ids) == 1 else None

    @staticmethod
    def _maximal(cands: Sequence[_Cand], cand: _Cand) -> bool:
        """Not strictly inside a longer candidate (上海 inside 上海市 is not a mention of its own)."""
        return not cand.covered

    # -------------------------------------------------------- disambiguation

    def _resolve(self, units, cand: _Cand, anchors: set[str]) -> tuple[str, str] | None:
        text = units[cand.unit].text
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
            if entity.type == "industry" and len(cand.form) <= 2 and not self._on_word_boundary(text, cand.start, cand.end):
                return None
            if entity.type == "industry" and _inside_word(text, cand):
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
            chosen = self._by_context(ids, anchors)
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
        if kind in ("short", "former_short") and entity.type in ("province", "city") and not self._stands_alone(text, cand):
            return None  # 杭州 in 杭州湾 (a bay), 北京 in 北京时间, 上海 in 上海证券报
        needs_context = guard is not None or (kind in ("short", "former_short") and entity.type == "district")
        if needs_context:
            if not self._in_context(entity_id, anchors):
                return None
            if not self._on_word_boundary(text, cand.start, cand.end):
                return None
            rule = "region_former_short_in_context" if kind == "former_short" else "region_short_in_context"
        elif kind in ("former", "former_short"):
            rule = "region_former_name"
        return entity_id, rule

    def _stands_alone(self, text: str, cand: _Cand) -> bool:
        """A short name is a word of its own, or starts a word that is a name followed by
        another name or an admin suffix (深圳南山, 广州市), not a longer word (杭州湾)."""
        if self._on_word_boundary(text, cand.start, cand.end):
            return True
        left = max(0, cand.start - 8)
        pos = left
        for token in self._cut(text[left : cand.end + 8]):
            if pos <= cand.start < pos + len(token):
                rest = token[cand.start - pos + len(cand.form) :] if pos == cand.start else None
                return rest is not None and (rest in self.kb.aliases or rest[:1] in "市省区县")
            pos += len(token)
        return True

    def _in_context(self, region_id: str, anchors: set[str]) -> bool:
        """The article names this region or the region right above it (a district's city;
        not merely its province: 新兴县 is not meant in a 深圳 article)."""
        entity = self.kb.by_id[region_id]
        return region_id in anchors or (entity.parent is not None and entity.parent in anchors)

    def _by_context(self, ids: Sequence[str], anchors: set[str]) -> str | None:
        inside = [i for i in ids if i in anchors or any(a in anchors for a in self.kb.ancestors(i))]
        if len(inside) == 1:
            return inside[0]
        # The anchor itself when one candidate is an ancestor of the others' context.
        direct = [i for i in inside if i in anchors]
        return direct[0] if len(direct) == 1 else None

    def _abbreviation(self, text: str, cand: _Cand, regions) -> tuple[str, str] | None:
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

    # -------------------------------------------------------- agencies

    def _agencies(self, units, cands, anchors):
        out = []
        region_cands = [c for c in cands if c.meaning.region_ids]
        centrals_ending: dict[tuple[int, int], list[_Cand]] = {}  # (unit, end) → central bodies ending there
        for c in cands:
            if "agency" in c.meaning.types:
                centrals_ending.setdefault((c.unit, c.end), []).append(c)
        for c in sorted(region_cands, key=lambda c: -(c.end - c.start)):
            text = units[c.unit].text
            # central + region + branch: 人民银行 上海 总部 / 中国人民银行 上海市 分行
            centrals = centrals_ending.get((c.unit, c.start))
            if centrals:
                match = self._branch_re.match(text, c.end)
                region = self._one_region(c, anchors)
                if match and region:
                    central = max(centrals, key=lambda o: o.end - o.start)
                    out.append((c.unit, central.start, match.end(), f"agency:{region}:{self._branch_of[match[0]]}", "agency_central_branch"))
                    continue
            match = self._function_re.match(text, c.end)
            if not match:
                continue
            function = self._function_of[match[0]]
            if match[0] == "委" and not re.match(r"委(?:[^员会托]|$)", text[c.end :]):
                continue  # 市委 yes; 委员会 / 委托 are other words
            region = self._one_region(c, anchors, allow_short=True)
            if region is None:
                continue
            if function in ("party_committee",) and text[match.end() : match.end() + 1] in ("书", "常", "副"):
                continue  # 市委书记: a person
            out.append((c.unit, c.start, match.end(), f"agency:{region}:{function}", "agency_region_function"))
        # A zone's own body: 广州开发区管委会, 中国（上海）自贸试验区临港新片区管委会. The zone has no
        # adcode, so the body is filed under the smallest region that holds the whole zone.
        zone_cands = [c for c in cands if "zone" in c.meaning.types]
        zones_starting: dict[tuple[int, int], list[_Cand]] = {}
        for c in zone_cands:
            zones_starting.setdefault((c.unit, c.start), []).append(c)
        for c in sorted(zone_cands, key=lambda c: -(c.end - c.start)):
            text = units[c.unit].text
            pos, first = c.end, c
            while True:  # 自贸试验区 + 临港新片区 + 管委会
                nxt = zones_starting.get((c.unit, pos))
                if not nxt:
                    break
                c = max(nxt, key=lambda o: o.end - o.start)
                pos = c.end
            match = self._function_re.match(text, pos)
            if not match or self._function_of[match[0]] not in ("development_zone_committee", "free_trade_zone_office"):
                continue
            zone = self.kb.by_id[next(i for i, _ in c.meaning.ids if self.kb.by_id[i].type == "zone")]
            region = self._common_region(zone.parents)
            if region:
                out.append((c.unit, first.start, match.end(), f"agency:{region}:{self._function_of[match[0]]}", "agency_zone_body"))
        # Elliptical: 市工信局, 区政府, 市委金融办 — the region comes from the article.
        region_ends = {(c.unit, c.end) for c in region_cands}
        for u, unit in enumerate(units):
            for match in self._elliptical_re.finditer(unit.text):
                start = match.start()
                if start > 0 and _CJK.match(unit.text[start - 1]) and not match[0].startswith(("本", "全")):
                    # part of a longer name (深圳市工信局 is handled above; 城市工信局 is not a body)
                    if (u, start) in region_ends or not unit.text[start - 1] in "、和与及，":
                        continue
                region = self._current_region(_LEVEL_OF_CHAR[match["level"]], anchors, units, u, start, region_cands)
                if region is None:
                    continue
                function = self._function_of[match["function"]]
                out.append((u, start, match.end(), f"agency:{region}:{function}", "agency_elliptical"))
        return out

    def _common_region(self, region_ids: Sequence[str]) -> str | None:
        """The smallest region containing all of ``region_ids``."""
        chains = [[r, *self.kb.ancestors(r)] for r in region_ids if r in self.kb.by_id]
        if not chains:
            return None
        common = [r for r in chains[0] if all(r in chain for chain in chains[1:])]
        return common[0] if common else None

    def _one_region(self, cand: _Cand, anchors: set[str], allow_short: bool = True) -> str | None:
        ids = cand.meaning.region_ids
        kinds = dict(cand.meaning.ids)
        ids = [i for i in ids if kinds.get(i) != "abbr" and (allow_short or kinds.get(i) == "name")]
        if len(ids) == 1:
            entity = self.kb.by_id[ids[0]]
            if kinds[ids[0]] == "short" and entity.type == "district" and not self._in_context(ids[0], anchors):
                return None
            return ids[0]
        return self._by_context(ids, anchors) if ids else None

    def _current_region(self, level: str, anchors: set[str], units, u: int, pos: int, region_cands) -> str | None:
        """The region at ``level`` the text is talking about at this point."""
        # The nearest earlier unambiguous mention of that level wins, then the anchors.
        best = None
        for c in region_cands:
            if (c.unit, c.start) >= (u, pos):
                continue
            ids = [i for i in c.meaning.region_ids if self._level_matches(i, level)]
            if len(ids) == 1 and (best is None or (c.unit, c.start) > best[0]):
                best = ((c.unit, c.start), ids[0])
        if best:
            return best[1]
        at_level = sorted(a for a in anchors if self.kb.by_id.get(a) is not None and self._level_matches(a, level))
        return at_level[0] if len(at_level) == 1 else None

    def _level_matches(self, region_id: str, level: str) -> bool:
        entity = self.kb.by_id[region_id]
        if entity.type == level:
            return True
        # 市 in a 上海 article is the municipality, a province-level unit.
        return level == "city" and entity.type == "province" and region_id in MUNICIPALITIES

    # -------------------------------------------------------- policies

    def _policies(self, units):
        out = []
        full: list[str] = []  # full titles seen, in order
        short_to_full: dict[str, str] = {}
        for u, unit in enumerate(units):
            for match in _POLICY.finditer(unit.text):
                title = _policy_key(match[1])
                nxt = unit.text[match.end() : match.end() + 40]
                short = _SHORT_POLICY.match(nxt.lstrip())
                if title in short_to_full:
                    title = short_to_full[title]
                elif len(title) <= 8 and not _is_policy(title):
                    continue
                elif _GENERIC_POLICY.match(title) and not any(f.endswith(title) for f in full):
                    continue  # 《若干政策》 with no full title before it: which one is unknown
                elif len(title) <= 8 and any(f.endswith(title) for f in full):
                    title = next(f for f in reversed(full) if f.endswith(title))
                elif not _is_policy(title):
                    continue
                else:
                    if title not in full:
                        full.append(title)
                    if short:
                        short_to_full[_policy_key(short[1])] = title
                out.append((u, match.start(), match.end(), f"policy:{title}"))
        # Bare 《方案》 before its full title is defined: leave it.
        return out

    # -------------------------------------------------------- funds

    @cached_property
    def _fund_terms(self) -> dict[str, set[str]]:
        terms: dict[str, set[str]] = {}
        for row in read_table(self.kb_dir / "fund_terms.tsv"):
            terms.setdefault(row["role"], set()).add(row["term"])
        return terms

    def _fund_name(self, text: str, end: int) -> tuple[int, str]:
        """Walk left from ``基金`` over the words that can be part of a fund's name.

        The walk stops at punctuation, a number or date (千亿, 2023年), and the verbs and
        function words listed as ``stop`` in fund_terms.tsv (设立, 提出, 的 …); a
        conjunction only between two parts of one name (细胞与基因基金, not 共同体和基金群).
        """
        clause_start = max(text.rfind(p, 0, end) for p in "，。；！？,;、：:") + 1
        left = max(clause_start, end - 40)
        tokens = list(self._cut(text[left:end]))
        if left > clause_start:
            tokens = tokens[1:]  # the window may have cut the first word in two
        stops = self._fund_terms.get("stop", set())
        kept: list[str] = []
        for k in range(len(tokens) - 1, -1, -1):
            word = tokens[k]
            if not kept or word == "群":
                kept.append(word)
                continue
            if word == "基金" and kept != ["群"]:
                break  # the end of another fund's name
            if word in ("与", "和", "及") and kept[-1] not in ("基金", "群") and k > 0 and tokens[k - 1] not in stops and _CJK.match(tokens[k - 1][-1]):
                kept.append(word)
                continue
            if word in "“”\"+" or re.fullmatch(r"\d+", word) and kept[-1] in ("+", "“", "”"):
                kept.append(word)  # “20+8”
                continue
            if word in stops or not _CJK.search(word) and not re.fullmatch(r"[A-Za-z]+", word) or _NUMBERISH.match(word):
                break
            kept.append(word)
        name = "".join(reversed(kept)).strip("“”\" ")
        return end - len(name), name

    def _funds(self, units, cands, anchors):
        out = []
        main_region = self._main_region(units, cands, anchors)
        region_cands = [c for c in cands if c.meaning.region_ids]
        generic = self._fund_terms.get("generic", set())
        category = self._fund_terms.get("category", set())
        markers = self._fund_terms.get("marker", set())
        sizes: dict[tuple[int, int], str | None] = {}
        for u, unit in enumerate(units):
            text = unit.text
            for match in _FUND_END.finditer(text):
                end = match.end() + (1 if text[match.end() : match.end() + 1] == "群" else 0)
                start, name = self._fund_name(text, end)
                if len(name) < 4 or any(w in markers for w in self._cut(name)):
                    continue
                if _PLURAL.search(text[max(0, start - 12) : start]):
                    continue  # 五支“20+8”战兴产业基金: a set of funds, not one
                level = re.match(r"^(市|省|区|县)级", name)
                owner, core = self._fund_owner(name, cands, u, start)
                if level:
                    core = name[level.end() :]
                    owner = self._current_region(_LEVEL_OF_CHAR[level[1]], anchors, units, u, start, region_cands)
                actor = re.match(r"^([^：:\s]{2,8})[：:]\s*$", text[:start]) if u == 0 else None
                if owner is None and actor and self._place_named(actor[1]) in self.kb.by_id:
                    owner = self._place_named(actor[1])  # 海南：自由贸易港创新投资基金设立 — the actor owns it
                national = owner is None and name.startswith(("国家", "中国"))
                if national:
                    owner, core = "CN", name
                core = slug_text(core)
                words = [w for w in self._cut(core.removesuffix("群").removesuffix("基金")) if w.strip()]
                if not words or any(w in category for w in words):
                    continue
                # Specific: an owner in its name, or a purpose that is an industry (机器人产业基金,
                # 高端装备基金); a bare name (联通中金基金) is a company's, not a policy fund.
                specific = national or (owner is not None and not level) or (any(w not in generic for w in words) and self._names_industry(core))
                if owner is None:
                    owner = self._clause_region(text, start, region_cands, u) or main_region
                    if not specific and owner is not None and _AMOUNT.search(_clause(text, start)):
                        specific = True  # 成都 … 组建总规模不低于 300亿元的产业专项投资基金
                if not specific or owner is None:
                    continue
                out.append((u, start, end, f"fund:{owner}:{core}"))
                sizes[(u, start)] = _fund_size(text, start, end)
        return [(*found, sizes[found[:2]]) for found in _merge_fund_names(out)]

    def _names_industry(self, text: str) -> bool:
        return any("industry" in meaning.types for _, (_, meaning) in self._automaton.iter(text))

    def _clause_region(self, text: str, start: int, region_cands, u: int) -> str | None:
        """The region named last before ``start`` in the same clause (安徽提出要设立…基金)."""
        clause_start = max(text.rfind(p, 0, start) for p in "，。；！？,;") + 1
        best = None
        for c in region_cands:
            if c.unit == u and clause_start <= c.start < start:
                ids = [i for i, k in c.meaning.regions if k in ("name", "short")]
                if len(ids) == 1 and (best is None or c.start > best[0]):
                    best = (c.start, ids[0])
        return best[1] if best else None

    def _fund_owner(self, name: str, cands, u: int, start: int) -> tuple[str | None, str]:
        here = [c for c in cands if c.unit == u and c.start == start]
        for c in sorted(here, key=lambda c: -(c.end - c.start)):
            ids = [i for i, k in c.meaning.regions if k in ("name", "short")]
            if len(ids) > 1:
                ids = [i for i in ids if self.kb.by_id[i].type == "province"]
            if len(ids) == 1:
                rest = name[c.end - c.start :]
                return ids[0], rest
        return None, name

    def _main_region(self, units, cands, anchors) -> str | None:
        """The region an article is mostly about (title actor, else the most named region)."""
        if units:
            actor = re.match(r"^([^：:\s]{2,8})[：:]", units[0].text)
            place = self._place_named(actor[1]) if actor else None
            if place and self.kb.by_id[place].type in REGION_TYPES:
                return place
        counts = Counter()
        for c in cands:
            ids = c.meaning.region_ids
            if len(ids) == 1 and self._maximal(cands, c) and ids[0] in anchors:
                counts[ids[0]] += 1
        if not counts:
            return None
        (top, n), *rest = counts.most_common(2) + [(None, 0)]
        return top if n > rest[0][1] else None


_AMOUNT = re.compile(r"\d+(?:\.\d+)?\s*[亿万]")
_NUMBERISH = re.compile(r"^(?:[\d.]+|[一二三四五六七八九十百千万亿两几数多首第]+[个只支家亿万元年月日批]*|[亿万]元?|\d+年|\d+月|年|月|日)$")
_PLURAL = re.compile(r"(?:[两二三四五六七八九十几多数]|\d+)\s*[支只个][“\"]?[^，。；“”\"]{0,6}[”\"]?\s*$")


def _clause(text: str, pos: int) -> str:
    start = max(text.rfind(p, 0, pos) for p in "，。；！？,;") + 1
    ends = [i for i in (text.find(p, pos) for p in "，。；！？,;") if i >= 0]
    return text[start : min(ends) if ends else len(text)]


_SIZE = re.compile(
    r"(?:总规模|目标规模|规模)\s*(?:为|达|约|超|超过|不低于|不少于)?\s*(\d+(?:\.\d+)?\s*[亿万]元?)(?:人民币)?"
    r"|(\d+(?:\.\d+)?\s*[亿万]元?)(?:人民币)?(?:规模)?的"
)


def _fund_size(text: str, start: int, end: int) -> str | None:
    """The size written with a fund: 总规模 20 亿元的…基金 (right before it), or …基金，目标规模20亿元
    (after it, before any other fund is named, in the same sentence)."""
    sentence_start = max(text.rfind(p, 0, start) for p in "。；！？") + 1
    ends = [i for i in (text.find(p, end) for p in "。；！？") if i >= 0]
    after = text[end : min(ends) if ends else len(text)]
    for match in _SIZE.finditer(text, sentence_start, start):
        if start - match.end() <= 1:
            return re.sub(r"\s+", "", match[1] or match[2])
    other = re.search(r"(?<![该本立此])基金", after)  # another fund, not 该基金 / 设立基金
    match = _SIZE.search(after[: other.start() if other else 40])
    return re.sub(r"\s+", "", match[1] or match[2]) if match else None


def _is_subsequence(short: str, long: str) -> bool:
    chars = iter(long)
    return all(char in chars for char in short)


def _merge_fund_names(found):
    """One fund written two ways in an article (千亿空天基金群 / 空天信息产业基金群,
    海南自贸港创新投资基金 / 自由贸易港创新投资基金) gets the fuller name."""
    ids = {fid for *_, fid in found}
    rename = {}
    for fid in ids:
        _, owner, core = fid.split(":", 2)
        fuller = [o for o in ids if o != fid and o.split(":", 2)[1] == owner and len(o) > len(fid) and _is_subsequence(core, o.split(":", 2)[2])]
        if fuller and len(core) >= 4:
            rename[fid] = max(fuller, key=len)
    return [(u, s, e, rename.get(fid, fid)) for u, s, e, fid in found]


def _inside_word(text: str, cand: _Cand) -> bool:
    """A label glued inside a longer run of Latin letters or digits (5G in 15G)."""
    before = text[cand.start - 1 : cand.start]
    after = text[cand.end : cand.end + 1]
    return bool(before and before.isascii() and before.isalnum()) or bool(after and after.isascii() and after.isalnum())


def _policy_key(title: str) -> str:
    """A policy's id part: its title as printed, without spaces."""
    return re.sub(r"\s+", "", title)


def _is_policy(title: str) -> bool:
    """A document title (…方案, …条例, …意见 (2023-2025年)), not a report, index or newspaper."""
    core = re.sub(r"(?:[（(][^（）()]*[）)])+$", "", title) or title
    return bool(_POLICY_SUFFIX.search(core) or _POLICY_SUFFIX.search(title)) and not _NOT_POLICY.search(title)


def _name_from_id(entity_id: str) -> str:
    return entity_id.split(":")[-1]
