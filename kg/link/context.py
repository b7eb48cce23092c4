"""Context: what an article establishes before any ambiguous name is read.

Its section tag, its title actor (北京：…), and the regions it names unambiguously
are its *anchors*; an ambiguous name (朝阳区) goes to the meaning inside them. The
region the text is talking about at a point (for 市工信局, 市级基金) is the nearest
earlier unambiguous mention of that level, else the one anchor of that level.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property

from kg.kb import MUNICIPALITIES, REGION_TYPES, KnowledgeBase
from kg.link.candidates import Candidate, Words
from kg.link.units import Unit

__all__ = ["Context", "Places", "RegionIndex", "LEVEL_OF_CHAR", "title_actor", "outside_mainland"]

LEVEL_OF_CHAR = {"省": "province", "自治区": "province", "市": "city", "区": "district", "县": "district"}  # 自治区商务厅: the province-level body
_ACTOR = re.compile(r"^([^：:\s]{2,8})[：:]")
# A signature line: an issuer's name alone on a short line (长春市人民政府, 沈阳市商务局), near the end.
_SIGNATURE = re.compile(r"^[^，。；：:,;！？!?、\s]{3,30}(?:政府|办公厅|办公室|局|厅|委员会|委|管委会)$")
# A notice that issues a document named after its region (关于印发《昆山市…措施》的通知) is that region's.
# A title whose region comes after a frame (关于印发《昆山市…》的通知, 关于南通市…的调研报告, 在2025年苏州市…大会上的讲话,
# 《宝鸡市…若干措施》政策解读): the region's full name written there is the article's.
_ISSUED_TITLE = re.compile(r"关于印发《|关于|在(?:\d{4}年)?|《")
_PARTY_PREFIX = "中共"  # a party committee's body is written after it (中共寿光市委办公室): the region follows
# A line under a document's title naming who issued it and when (江西省工业和信息化厅 2025年8月5日发布; 来源：宁波市发展和改革委员会
# 2024年7月20日; 甬政办发〔2025〕33号　宁波市人民政府办公厅　2025年5月15日印发): its first body is the document's.
_ISSUER_LINE = re.compile(r"^\s*(?:来源[：:]\s*)?(?:\S{1,8}〔\d{4}〕\d+号\s+)?([^，。；：:,;！？!?、\s]{3,30}(?:政府|办公厅|办公室|局|厅|委员会|委|管委会))"
                          r"(?:\s+[^，。；：:,;！？!?、\s]{3,30}(?:政府|办公厅|办公室|局|厅|委员会|委|管委会))*\s*\d{4}年\d{1,2}月\d{1,2}日")
_DATE_LINE = re.compile(r"^[\d〇零一二三四五六七八九十○年月日\s.\-/]+$")
# A note in brackets under the signature and date (（联系人：王敏，电话：…）, （此件公开发布）): no signature.
_BRACKETED_NOTE = re.compile(r"^[（(][^（）()]*[）)]$")


def outside_mainland(region_id: str) -> bool:
    """Taiwan, Hong Kong, Macao or a unit in them (GB/T 2260 codes 71, 81, 82): their bodies are
    their own, not a mainland region's functions or a central body's branch."""
    return region_id[:2] in ("71", "81", "82") and region_id.isdigit()


def title_actor(units: Sequence[Unit]) -> str | None:
    """The actor a title opens with (``北京：发布…`` → 北京), if any."""
    match = _ACTOR.match(units[0].text) if units else None
    return match[1] if match else None


class RegionIndex:
    """The candidates that may name a region, indexed by place for the questions the finders ask
    at each fund, agency and covered name: a long text has hundreds of thousands, and walking
    them all each time was quadratic in its length."""

    def __init__(self, region_cands: Sequence[Candidate]) -> None:
        self.cands = sorted(region_cands, key=lambda c: (c.unit, c.start))  # stable: at one place, the scan's order
        self._places = [(c.unit, c.start) for c in self.cands]
        self.longest = max((c.end - c.start for c in self.cands), default=0)
        self._last: dict[str, dict[int, str | None]] = {}  # key → {index of a place → the answer before it}

    def starting_in(self, unit: int, start: int, end: int) -> list[Candidate]:
        """The candidates of ``unit`` that start in ``[start, end)``, in the scan's order."""
        return self.cands[bisect_left(self._places, (unit, start)) : bisect_left(self._places, (unit, end))]

    def around(self, cand: Candidate) -> list[Candidate]:
        """The other candidates of ``cand``'s unit that span it (上海 inside 上海市)."""
        near = self.starting_in(cand.unit, cand.end - self.longest, cand.start + 1)
        return [c for c in near if c.end >= cand.end and c is not cand]

    def last_before(self, key: str, unit: int, pos: int, named: Callable[[Candidate], str | None]) -> str | None:
        """``named(c)`` of the nearest candidate before ``(unit, pos)`` for which it is not None
        (of candidates at one place, the first in the scan's order).

        ``named`` must depend on ``key`` only: the answers are remembered per key at every place
        walked over, so all the questions of one text walk each place at most once per key.
        """
        memo = self._last.setdefault(key, {})
        k = bisect_left(self._places, (unit, pos))
        walked = []
        while k > 0 and k not in memo:
            walked.append(k)
            first = bisect_left(self._places, self._places[k - 1])  # the candidates at the place before k
            found = next((r for c in self.cands[first:k] if (r := named(c)) is not None), None)
            if found is not None:
                break
            k = first
        else:
            found = memo.get(k)  # None when k is 0
        for w in walked:
            memo[w] = found
        return found


@dataclass
class Context:
    """One article's (or snippet's) units, candidates and anchors."""

    units: Sequence[Unit]
    cands: list[Candidate]
    region_cands: list[Candidate]  # the candidates that can mean a region
    anchors: set[str]  # regions the article is certainly about, with their ancestors and macro-region members
    year: int | None = None  # the year the text was written (its article's date), when known
    regions_ending: dict[tuple[int, int], list[Candidate]] = field(default_factory=dict)  # (unit, end) → region names ending there
    names: list[str] = field(default_factory=list)  # the section tag (context names) given
    index: RegionIndex = field(init=False)  # region_cands by place
    #: what a candidate links to (set by the Linker: :meth:`kg.link.regions.RegionResolver.resolve`)
    resolve: Callable[[Context, Candidate], tuple[str, str] | None] | None = None
    _resolved: dict[tuple[int, int, int], str | None] = field(default_factory=dict)
    _home: list[str | None] = field(default_factory=list)  # memo of Places.home: [] until asked
    _main: list[str | None] = field(default_factory=list)  # memo of Places.main_region: [] until asked

    def __post_init__(self) -> None:
        self.index = RegionIndex(self.region_cands)

    def region_named(self, cand: Candidate) -> str | None:
        """The region this candidate is a mention of, if it is one (not 会同 in 将会同本市)."""
        key = (cand.unit, cand.start, cand.end)
        if key not in self._resolved:
            found = self.resolve(self, cand) if self.resolve else None
            self._resolved[key] = found[0] if found and found[0] in cand.meaning.region_ids else None
        return self._resolved[key]

    @cached_property
    def industries_ending(self) -> dict[tuple[int, int], list[Candidate]]:
        """(unit, end) → the candidates that can name an industry ending there, in the scan's order: what label
        ends or starts at a place is asked at every label, and walking every candidate each time was quadratic
        in a text's length."""
        out: dict[tuple[int, int], list[Candidate]] = {}
        for c in self.cands:
            if "industry" in c.meaning.types:
                out.setdefault((c.unit, c.end), []).append(c)
        return out

    @cached_property
    def cands_starting(self) -> dict[tuple[int, int], list[Candidate]]:
        """(unit, start) → the candidates starting there, in the scan's order (what opens a fund's name is asked at every
        fund: walking every candidate each time was quadratic in a text's length)."""
        out: dict[tuple[int, int], list[Candidate]] = {}
        for c in self.cands:
            out.setdefault((c.unit, c.start), []).append(c)
        return out

    @cached_property
    def industries_starting(self) -> frozenset[tuple[int, int]]:
        """The places (unit, start) where a candidate that can name an industry starts (see :attr:`industries_ending`)."""
        return frozenset((c.unit, c.start) for labels in self.industries_ending.values() for c in labels)

    def region_before(self, cand: Candidate) -> Candidate | None:
        """The longest region name that ends right where ``cand`` starts (长春市 before 朝阳区)."""
        before = self.regions_ending.get((cand.unit, cand.start))
        return max(before, key=lambda c: c.end - c.start) if before else None


EVERYDAY = 300  # jieba's count above which a short name is an everyday word (新兴 1215, 南海 2087)
# A full name that is a direction and 区 (攀枝花's 东区 and 西区) is also the east or west part of any park,
# campus, zone or town (空港商务园东区, 校区西区): a word, whatever jieba's counts say.
_DIRECTION_AREA = re.compile(r"^[东西南北中]区$")


class Places:
    """Questions about regions and the context that any finder asks."""

    def __init__(self, kb: KnowledgeBase, guarded: Iterable[str], words: Words) -> None:
        self.kb = kb
        self.words = words
        self._guarded = frozenset(guarded)  # names that are also words: never an anchor by themselves
        self._anchor_of_form: dict[str, str | None] = {}  # see _anchor_of

    def prepare(self) -> None:
        """Build now the tables otherwise built on first use (see :meth:`kg.link.Linker.prepare`)."""
        _ = self._city_until

    def is_word(self, cand: Candidate) -> bool:
        """Is this name also an ordinary word, by name_guards.tsv or, for a two-character full
        name, by jieba's counts (城区, 矿区: a 矿区 of 阳泉 and the mining areas of any text) or by
        its form (东区: a direction and 区)? Such a name needs its region named elsewhere and never
        makes an anchor by itself."""
        return cand.form in self._guarded or ("name" in cand.meaning.kinds and len(cand.form) == 2
                                              and (self.words.frequency(cand.form) >= EVERYDAY or bool(_DIRECTION_AREA.match(cand.form))))

    def context(self, units: Sequence[Unit], cands: list[Candidate], context_names: Iterable[str], year: int | None = None) -> Context:
        """The context of these units: anchors from the names given, the title actor and unambiguous
        mentions; ``year``: when the text was written."""
        region_cands = [c for c in cands if c.meaning.region_ids]
        ending: dict[tuple[int, int], list[Candidate]] = {}
        for c in region_cands:
            ending.setdefault((c.unit, c.end), []).append(c)
        names = list(context_names)
        return Context(units, cands, region_cands, self._anchors(units, cands, names), year, ending, names=names)

    def _anchors(self, units, cands, context_names) -> set[str]:
        anchors: set[str] = set()
        names = list(context_names)
        actor = title_actor(units)
        if actor:
            names.append(actor)
        for name in names:
            place = self.place_named(name)
            if place:
                anchors.add(place)
        memo = self._anchor_of_form
        for cand in cands:
            if cand.covered:
                continue
            anchor = memo[cand.form] if cand.form in memo else self._anchor_of(cand)
            if anchor is not None:
                anchors.add(anchor)
        expanded = set(anchors)
        for a in anchors:
            expanded.update(self.kb.ancestors(a))
            entity = self.kb.by_id.get(a)
            if entity is not None and entity.type == "macro_region":
                expanded.update(entity.members)
        return expanded

    def _anchor_of(self, cand: Candidate) -> str | None:
        """The region a name not inside a longer one makes an anchor of, if any: the one region its form
        means (a full name, or a short name of no district), or the one of its meanings containing the
        others (长沙: the city, not its own 长沙县); none for a form with other meanings, a renamed unit's
        name or a word (:meth:`is_word`). A function of the form alone: remembered per form (at most
        every name of the knowledge base), as the article's names recur in every article."""
        ids = cand.meaning.region_ids
        kinds = cand.meaning.kinds
        anchor = None
        if not (cand.meaning.others or self._renamed(cand.form, ids) or self.is_word(cand)):
            if len(ids) == 1 and len(cand.meaning.ids) == 1 and ("name" in kinds or ("short" in kinds and self.kb.by_id[ids[0]].type != "district")):
                anchor = ids[0]
            elif len(ids) > 1 and "abbr" not in kinds:
                enclosing = self.enclosing(ids)  # 长沙: the city, not its own 长沙县
                if enclosing is not None and self.kb.by_id[enclosing].type != "district":
                    anchor = enclosing
        self._anchor_of_form[cand.form] = anchor
        return anchor

    def _renamed(self, form: str, ids: Sequence[str]) -> bool:
        """Did a former unit of the same level, now part of another one, bear this full name (江北区:
        重庆's until 2025, now 两江新区, and 宁波's)? Then the name alone does not say which place
        the article is about."""
        units = self.kb.former.get(form)
        if not units:
            return False
        levels = {self.kb.by_id[i].type for i in ids}
        return any(u.name == form and u.level in levels and u.successor not in ids for u in units)

    @cached_property
    def _city_until(self) -> dict[str, int]:
        """A district that was a prefecture-level city (莱芜区: 莱芜市 until 2018) → the year that ended it."""
        out: dict[str, int] = {}
        for units in self.kb.former.values():
            for u in units:
                entity = self.kb.by_id.get(u.successor)
                if u.level == "city" and entity is not None and entity.type == "district":
                    out[u.successor] = max(out.get(u.successor, 0), u.until)
        return out

    def place_named(self, name: str) -> str | None:
        """The one place a section tag or title actor names (海南 → the province)."""
        ids = [i for i, kind in self.kb.candidates(name) if kind in ("name", "short", "alias") and self.kb.by_id[i].type in (*REGION_TYPES, "zone", "macro_region")]
        if len(ids) > 1:
            enclosing = self.enclosing(ids)
            if enclosing is not None:
                return enclosing  # 长沙: the city, not its own 长沙县; 吉林: the province
            ids = [i for i in ids if self.kb.by_id[i].type == "province"]
        return ids[0] if len(ids) == 1 else None

    def enclosing(self, ids: Sequence[str]) -> str | None:
        """The one of ``ids`` that contains all the others (长沙市 for 长沙市/长沙县), or None."""
        for i in ids:
            if all(o == i or i in self.kb.ancestors(o) for o in ids):
                return i
        return None

    def in_context(self, region_id: str, anchors: set[str]) -> bool:
        """The article names this region or the region right above it (a district's city;
        not merely its province: 新兴县 is not meant in a 深圳 article)."""
        entity = self.kb.by_id[region_id]
        return region_id in anchors or (entity.parent is not None and entity.parent in anchors)

    def by_context(self, ids: Sequence[str], anchors: set[str]) -> str | None:
        """The one of ``ids`` inside the anchors (or the anchor itself when one is); of several, the
        one inside the narrowest anchor (鼓楼区 in an article naming 南京市, and so 江苏: 南京's,
        not 徐州's, which is only inside 江苏)."""
        inside = [i for i in ids if i in anchors or any(a in anchors for a in self.kb.ancestors(i))]
        if len(inside) == 1:
            return inside[0]
        direct = [i for i in inside if i in anchors]
        if direct:
            return direct[0] if len(direct) == 1 else None
        depth = {i: max(sum(1 for _ in self.kb.ancestors(a)) for a in self.kb.ancestors(i) if a in anchors) for i in inside}
        deepest = [i for i in inside if depth[i] == max(depth.values(), default=-1)]
        return deepest[0] if len(deepest) == 1 else None

    def home_among(self, ids: Sequence[str], context: Context) -> str | None:
        """Of several meanings, the one that is the article's home, or the one inside it or holding
        it (西湖区 in a 南昌市西湖区 report that also names 杭州的西湖区: 南昌's), else, for a district's
        article, the one inside the district's city, or None."""
        home = self.home(context)
        if home is None:
            return None
        mine = [i for i in ids if i == home or home in self.kb.ancestors(i) or i in self.kb.ancestors(home)]
        entity = self.kb.by_id.get(home)
        if not mine and entity is not None and entity.type == "district" and entity.parent:
            # 龙华区 in a 宝安区 report that also names 海口市龙华区: a district of the home's own city (深圳's)
            mine = [i for i in ids if entity.parent in self.kb.ancestors(i)]
        return mine[0] if len(mine) == 1 else None

    def common_region(self, region_ids: Sequence[str]) -> str | None:
        """The smallest region containing all of ``region_ids``."""
        chains = [[r, *self.kb.ancestors(r)] for r in region_ids if r in self.kb.by_id]
        if not chains:
            return None
        common = [r for r in chains[0] if all(r in chain for chain in chains[1:])]
        return common[0] if common else None

    def home(self, context: Context) -> str | None:
        """The region the article is *from*: its issuer or subject, which a local body written
        without its region (市工信局, 区委, 县住建局) belongs to.

        In order: the regions its title opens with (after 中共 for a party body's), the deepest of a chain (长春市关于…,
        福州市鼓楼区2024年…, 湖南株洲：… → 株洲), or the document it issues opens with (关于印发《昆山市…》的通知);
        its title actor or section tag (北京：…, 【上海】); its signature line (长春市人民政府, or
        several bodies signing together, on a line of their own near the end); an issuer line under the title
        (江西省工业和信息化厅 2025年8月5日发布). None when the
        article is from no one region (a comparison of cities, a national notice).
        """
        if not context._home:
            context._home.append(None)  # while it is worked out (the title's names are resolved), no home
            context._home[0] = self._home(context)
        return context._home[0]

    def _home(self, context: Context) -> str | None:
        if context.units:
            ends: list[int] = []
            first = len(_PARTY_PREFIX) if context.units[0].text.startswith(_PARTY_PREFIX) else 0  # 中共寿光市委办公室…: 寿光市's
            opening = self._region_chain(context, 0, first, ends=ends)
            if opening is not None and self._paired(context, ends[-1]):
                return None  # 南京市鼓楼区与徐州市鼓楼区合作: a pair of places, no one home
            if opening is None and (issued := _ISSUED_TITLE.match(context.units[0].text)):
                opening = self._region_chain(context, 0, issued.end(), full_names=True)  # 关于印发《昆山市…》的通知: 昆山市's
            if opening is not None:
                return opening
        for name in context.names:
            place = self.place_named(name)
            if place is not None and self.kb.by_id[place].type in REGION_TYPES:
                return place
        actor = title_actor(context.units)
        zone = self.place_named(actor) if actor else None
        if zone is not None and self.kb.by_id[zone].type == "zone":
            return self.common_region(self.kb.by_id[zone].parents)  # 哈尔滨新区：… is from 哈尔滨 (its 省统计局 黑龙江's)
        for u in range(len(context.units) - 1, max(0, len(context.units) - 4), -1):
            text = context.units[u].text.strip()
            if _DATE_LINE.match(text) or _BRACKETED_NOTE.match(text):
                continue
            if text and all(_SIGNATURE.match(part) for part in text.split()):  # 昆山市商务局　昆山市财政局: the first signs
                start = len(context.units[u].text) - len(context.units[u].text.lstrip())
                return self._region_chain(context, u, start)
            break
        for u in range(1, min(len(context.units), 4)):  # an issuer line under the title (江西省工业和信息化厅 2025年8月5日发布)
            issuer = _ISSUER_LINE.match(context.units[u].text)
            if issuer:
                return self._region_chain(context, u, issuer.start(1))
        return None

    @staticmethod
    def _paired(context: Context, end: int) -> bool:
        """Does the title go on, after a region's name ending at ``end``, with a conjunction and another region's name?"""
        text = context.units[0].text
        return text[end : end + 1] in ("与", "和", "、", "及", "同") and any(c.meaning.region_ids for c in context.index.starting_in(0, end + 1, end + 2))

    def _region_chain(self, context: Context, u: int, pos: int, full_names: bool = False, ends: list[int] | None = None) -> str | None:
        """The deepest region of the names written one after another from ``pos`` (湖南株洲 → 株洲市);
        ``full_names``: of full names of one meaning only, read where names are not mentions (in a title in 《》);
        ``ends`` gets where each name of the chain ends."""
        region = None
        while True:
            here = [c for c in context.index.starting_in(u, pos, pos + 1) if c.start == pos]
            found = None
            for c in sorted(here, key=lambda c: c.start - c.end):  # longest first
                if full_names:
                    ids = {i for i, kind in c.meaning.regions if kind == "name" and (region is None or region in self.kb.ancestors(i))}
                    named = ids.pop() if len(ids) == 1 else None
                else:
                    named = context.region_named(c)
                if named is not None and (region is None or region in self.kb.ancestors(named)):
                    found = (named, c.end)
                    break
            if found is None:
                return region
            region, pos = found
            if ends is not None:
                ends.append(pos)

    def home_at_level(self, level: str, context: Context) -> str | None:
        """The article's home region at ``level`` (its own, or the one above it that has that
        level: 市 in a 福州市鼓楼区 report is 福州市; in a 宁乡市 report 宁乡市 itself), or None
        when there is no home or it is above that level (区住建局 in a province's notice: then the
        district named nearest before decides)."""
        home = self.home(context)
        if home is None:
            return None
        entity = self.kb.by_id[home]
        if level == "city" and entity.type == "district" and entity.name.endswith("市"):
            return home  # a county-level city calls itself 市
        if level == "city" and context.year is not None and context.year < self._city_until.get(home, 0):
            return home  # a 2017 document of 莱芜市 (now 济南市莱芜区): its 市政府 is 莱芜's, not 济南's
        for region in (home, *self.kb.ancestors(home)):
            if self.level_matches(region, level):
                return region
        return None

    def current_region(self, level: str, context: Context, u: int, pos: int) -> str | None:
        """The region at ``level`` the text is talking about at this point.

        The article's home region at that level wins (:meth:`home_at_level`: a local body
        written without its region is the issuer's, not that of a city named in passing);
        then the nearest earlier mention of a region of that level (a name that links to a
        region, not one inside another word: 会同 in 将会同本市 is no 会同县), then the one
        anchor of that level.
        """
        home = self.home_at_level(level, context)
        if home is not None:
            return home

        def named_at_level(c: Candidate) -> str | None:
            if not any(self.level_matches(i, level) for i in c.meaning.region_ids):
                return None
            region = context.region_named(c)
            return region if region is not None and self.level_matches(region, level) else None

        region = context.index.last_before(level, u, pos, named_at_level)
        if region is not None:
            return region
        at_level = sorted(a for a in context.anchors if self.kb.by_id.get(a) is not None and self.level_matches(a, level))
        return at_level[0] if len(at_level) == 1 else None

    def level_matches(self, region_id: str, level: str) -> bool:
        """Is the region of this level? (市 in a 上海 article is the municipality, a province-level unit.)"""
        entity = self.kb.by_id[region_id]
        if entity.type == level:
            return True
        return level == "city" and entity.type == "province" and region_id in MUNICIPALITIES

    def main_region(self, context: Context) -> str | None:
        """The region an article is mostly about (title actor, else the most named region).

        Remembered in the context: it counts every candidate, and it is asked at every fund (quadratic in a long text)."""
        if not context._main:
            context._main.append(self._main_region(context))
        return context._main[0]

    def _main_region(self, context: Context) -> str | None:
        actor = title_actor(context.units)
        place = self.place_named(actor) if actor else None
        if place and self.kb.by_id[place].type in REGION_TYPES:
            return place
        counts = Counter()
        for c in context.cands:
            ids = c.meaning.region_ids
            if len(ids) == 1 and not c.covered and ids[0] in context.anchors:
                counts[ids[0]] += 1
        if not counts:
            return None
        (top, n), *rest = counts.most_common(2) + [(None, 0)]
        return top if n > rest[0][1] else None
