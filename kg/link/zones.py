"""Zones written as a region + a kind of zone (长沙经济技术开发区, 宁乡经开区, 襄阳高新区, 南昌综合保税区):
the zone of that kind named after that region, ``zone:<region slug>_<kind>`` — the knowledge base's own
entry when it has one (zones.tsv, zones_nbs2023.tsv), else one made like a local body (长沙 + 工信局)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from kg.kb import KnowledgeBase
from kg.link.candidates import Candidate
from kg.link.context import Context, outside_mainland
from kg.link.regions import RegionResolver
from kg.patterns import word_alternation

__all__ = ["ZoneFinder"]

Found = tuple[int, int, int, str]  # unit, start, end, zone id


class ZoneFinder:
    """Finds region + kind-of-zone names that no name of the knowledge base covers."""

    def __init__(self, kb: KnowledgeBase, regions: RegionResolver) -> None:
        self.kb = kb
        self.regions = regions
        kind_of = {form: kind.id for kind in kb.zone_kinds.values() for form in kind.forms}
        self._kind_of = kind_of
        self._kind_re = re.compile(word_alternation(kind_of)) if kind_of else None
        self._kind_openings = frozenset(form[0] for form in kind_of) | {"国"}  # what a kind opens with, or 国家 before it (_NATIONAL_RANK)
        self._prefixed = _prefixed_zones(kb)

    def find(self, context: Context) -> list[Found]:
        """``(unit, start, end, zone id)``, longest region names first."""
        if self._kind_re is None:
            return []
        named = [(c.unit, c.start, c.end) for c in context.cands if "zone" in c.meaning.types]  # zone names of the KB
        out = []
        for c in sorted(context.region_cands, key=lambda c: c.start - c.end):  # (a stable sort keeps the scan's order by unit and start)
            match = self._kind_after(context.units[c.unit].text, c.end)
            if match is None or any(u == c.unit and s <= c.start and e >= match.end() for u, s, e in named):
                continue  # not a zone, or inside one the KB names itself (武汉经开区, 海南杨浦经济开发区)
            region = context.region_named(c) or self.regions.one_region(c, context.anchors)
            if region is None:
                region = self._only_place(c)
                if region is not None and self._elsewhere(region, context.anchors):
                    continue  # 东湖高新区 in a 武汉 article: 武汉's, named after its lake, not 南昌's 东湖区's
            if region is None or outside_mainland(region):
                continue
            if match.start() > c.end and self.kb.by_id[region].type == "province":
                continue  # 江苏国家级高新区: the province's national zones, no zone named after it
            parent = context.region_before(c)
            if parent is not None and not any(p == region or p in self.kb.ancestors(region) for p in parent.meaning.region_ids):
                continue  # 武汉 + 东湖高新区: a zone of 武汉 named after a place in it, not 南昌's 东湖区
            kind = self._kind_of[match[0]]
            zone = self._zone_of(region, kind)
            if zone is not None:
                out.append((c.unit, c.start, match.end(), zone.id))
        return out

    def listed_after_districts(self, context: Context) -> list[Found]:
        """A zone called by its kind alone, listed right after a district of a city (渝水区、高新区; 历下区、高新区):
        the city's own zone of that kind (``zone:<city slug>_<kind>``, as 新余高新区 is), as the other items of the list
        are the city's districts. Not a kind after a district of a municipality (no one zone of a kind there), nor one
        opening a body's name (高新区管委会)."""
        if self._kind_re is None:
            return []
        out = []
        for c in context.region_cands:
            text = context.units[c.unit].text
            if text[c.end : c.end + 1] != "、" or "name" not in c.meaning.kinds:
                continue
            match = self._kind_re.match(text, c.end + 1)
            if match is None or _NAME_GOES_ON.match(text, match.end()):
                continue
            region = context.region_named(c)
            if region is None or self.kb.by_id[region].type != "district":
                continue
            city = next(self.kb.ancestors(region), None)
            zone = self.kb.region_zone(city, self._kind_of[match[0]]) if city and self.kb.by_id[city].type == "city" else None
            if zone is not None:
                out.append((c.unit, match.start(), match.end(), zone.id))
        return out

    def kind_alone(self, context: Context, zones: Sequence[Found]) -> list[Found]:
        """A zone called by its kind's short form alone (…产业链并购。高新区还推出…; 高新区、天府新区可参照…; 经开区将…):
        the one zone of that kind the text named before it (包头稀土高新区 … 高新区将…), else the zone of that kind
        of the city the text is about at that point (:meth:`~kg.link.context.Places.current_region`; not a municipality's),
        as 市发改委 is that city's body — the dev gold annotates it so (16 of 17 articles with a bare 高新区, 9 of 9 经开区). Only a
        form that opens a clause (after punctuation or at the start of a paragraph), not one after a word (各高新区,
        国家高新区: zones in general), nor one opening a body's name (高新区管委会: read as a body). ``zones``: those
        found as a region + a kind (:meth:`find`)."""
        if not any("高新区" in unit.text or "经开区" in unit.text for unit in context.units):
            return []  # (most articles)
        named = [(u, s, self.kb.get(zid), context.units[u].text[s:e]) for u, s, e, zid in zones]
        named += [(c.unit, c.start, self.kb.by_id[i], c.form) for c in context.cands if "zone" in c.meaning.types
                  for i, _ in c.meaning.ids if i in self.kb.by_id and self.kb.by_id[i].type == "zone"]
        out = []
        for u, unit in enumerate(context.units):
            text = unit.text
            for match in _KIND_ALONE.finditer(text):
                if _NAME_GOES_ON.match(text, match.end()):
                    continue
                kind = self._kind_of[match[0]]
                forms = self.kb.zone_kinds[kind].forms
                before = {z.id for zu, zs, z, form in named if z is not None and (zu, zs) < (u, match.start())
                          and (form.endswith(forms) or z.name.endswith(forms))}
                if len(before) > 1:
                    continue  # two zones of the kind named before: which one, the text does not say
                if before:
                    out.append((u, match.start(), match.end(), before.pop()))
                    continue
                city = self.regions.places.current_region("city", context, u, match.start())
                if city is None or self.kb.by_id[city].type == "province":
                    continue  # none, or a municipality (上海: no one zone of a kind, as listed_after_districts)
                zone = self._zone_of(city, kind)
                if zone is not None:
                    out.append((u, match.start(), match.end(), zone.id))
        return out

    def _zone_of(self, region: str, kind: str):
        """The zone of ``kind`` of ``region`` (:meth:`KnowledgeBase.region_zone`), the tables' entry where the one named
        for the region is not listed but one named with its prefecture before it is (:func:`_prefixed_zones`)."""
        zone = self.kb.region_zone(region, kind)
        if zone is not None and zone.id not in self.kb.by_id:
            zone = self.kb.by_id.get(self._prefixed.get((region, kind)), zone)
        return zone

    def _kind_after(self, text: str, end: int) -> re.Match | None:
        """The kind of zone written right after a region's name ending at ``end`` (宁乡 + 经开区), or after 国家/国家级
        there when the kind is one the state approves (保定 + 国家 + 高新技术产业开发区, 海口国家高新区: the zone's
        national rank written into its name, as the ministries' lists write it), as the match of the kind's
        form. Not a kind the state does not rank so (国家工业园区 is no zone's name)."""
        if text[end : end + 1] not in self._kind_openings:
            return None  # (most names: no kind opens after them, and the patterns need not be tried)
        match = self._kind_re.match(text, end)
        if match is not None:
            return match
        rank = _NATIONAL_RANK.match(text, end)
        match = self._kind_re.match(text, rank.end()) if rank else None
        return match if match is not None and self._kind_of[match[0]] in _NATIONAL_KINDS else None

    def named_by_its_body(self, context: Context, body: tuple[int, int, int], zones: Sequence[Found]) -> Found | None:
        """The zone whose own body (``body``: unit, start, end of 浏阳经济技术开发区管委会, 兰州新区管委会) is named
        after it, where the body acts in the text: the zone speaks through it, so the text names the zone there —
        the dev gold annotates it with the committee that speaks, reports or funds (负责人表示, 记者从…获悉, 出资:
        12 articles where no other form names the zone; 5 annotate the body alone, in a signature or as 项目单位),
        unlike a region inside another body's name. Not a body listed among others (:func:`_listed_body`). The zone
        the body's name ends with (临港新片区 in 中国（上海）自贸试验区临港新片区管委会): one found as region + kind
        (``zones``), else a zone name of the KB that is no region's name too (两江新区管委会 is a district's body, the
        district's own name)."""
        u, start, end = body
        if _listed_body(context.units[u].text, start, end):
            return None
        made = [z for z in zones if z[0] == u and start <= z[1] and z[2] < end]
        if made:
            return max(made, key=lambda z: (z[2], -z[1]))
        named = [c for c in context.cands
                 if c.unit == u and start <= c.start and c.end < end and "zone" in c.meaning.types and not c.meaning.regions]
        if not named:
            return None
        c = max(named, key=lambda c: (c.end, -c.start))
        return u, c.start, c.end, next(i for i, _ in c.meaning.ids if self.kb.by_id[i].type == "zone")

    def _elsewhere(self, region: str, anchors: set[str]) -> bool:
        """Does the article name cities or districts, none of them this region, inside it or
        around it (a 武汉 article, for 南昌's 东湖区)?"""
        local = [a for a in anchors if a in self.kb.by_id and self.kb.by_id[a].type in ("city", "district")]
        return bool(local) and not any(a == region or a in self.kb.ancestors(region) or region in self.kb.ancestors(a) for a in local)

    def _only_place(self, cand: Candidate) -> str | None:
        """The one region a name can mean (宁乡): a kind of zone after it makes it a place, even
        where the article names no region around it."""
        ids = {i for i, kind in cand.meaning.regions if kind in ("name", "short", "former", "former_short")}
        return ids.pop() if len(ids) == 1 else None


def _prefixed_zones(kb: KnowledgeBase) -> dict[tuple[str, str], str]:
    """(county, kind) → the KB's zone of that kind named after the county with its prefecture before it
    (宜春丰城高新技术产业开发区 is 丰城市's 高新区, 南京浦口高新技术产业开发区 浦口区's: the NBS list names them so), which
    text writes with the county alone (丰城高新区, 浦口高新区): the zone the finder reads there, not one it makes.
    Only the zone's one parent county, a prefecture or province above it written before it (池州经济技术开发区石台工业园区
    opens with another zone's name), and one zone to a county and kind."""
    found: dict[tuple[str, str], set[str]] = {}
    for zone in kb.by_id.values():
        if zone.type != "zone" or len(zone.parents) != 1 or zone.parents[0] not in kb.by_id:
            continue
        county = kb.by_id[zone.parents[0]]
        above = {form for a in kb.ancestors(county.id) for form in (kb.by_id[a].name, *kb.by_id[a].aliases)}
        for kind in kb.zone_kinds.values():
            for short in {county.name, *county.aliases}:
                head = zone.name.removesuffix(short + kind.name_form)
                if head != zone.name and head in above:
                    found.setdefault((county.id, kind.id), set()).add(zone.id)
    return {key: ids.pop() for key, ids in found.items() if len(ids) == 1}


# After a kind of zone, what makes it the opening of a longer name (高新区管委会 is a body's, 经开区片区 a part's).
# A kind's short form opening a clause: at a paragraph's start or after punctuation (see ZoneFinder.kind_alone).
_KIND_ALONE = re.compile(r"(?:(?<=^)|(?<=[，。、；：！？“”（）《》\s]))(?:高新区|经开区)")
_NAME_GOES_ON = re.compile(r"[\u4e00-\u9fff]{0,2}(?:管委会|管理委员会|片区|分区)")


# The national rank a zone's name may carry between its region and its kind (保定国家高新技术产业开发区, 海口国家高新区,
# 长春国家级经济技术开发区), and the kinds of zone the State Council approves with that rank (zone_kinds.tsv).
_NATIONAL_RANK = re.compile(r"国家级?")
_NATIONAL_KINDS = frozenset({"etdz", "hi_tech_zone"})


# Around a body's name, the marks of a list of bodies: a 、 before it (市工信局、西安经开区管委会), the end of an address or
# a bracket after it (…管委会：, …管委会）), or commas both sides (各县人民政府，廊坊开发区管委会，市政府各部门).
_LISTED_BEFORE = re.compile(r"、$")
_LISTED_AFTER = re.compile(r"[、：:）)]")
_COMMA = "，,"


def _listed_body(text: str, start: int, end: int) -> bool:
    """Is the body at ``text[start:end]`` an item of a list of bodies (addressees, lead units)? There the dev gold
    mostly leaves the zone a body is named after unannotated (6 of 8 such lists).

    >>> _listed_body("牵头单位：市工信局、西安经开区管委会）", 10, 18)
    True
    >>> _listed_body("各县人民政府，廊坊开发区管委会，市政府各部门：", 7, 15)
    True
    >>> _listed_body("长春新区管委会负责人表示。", 0, 7), _listed_body("近日，临港新片区管委会发布方案。", 3, 11)
    (False, False)
    """
    if _LISTED_BEFORE.search(text, max(0, start - 1), start) or _LISTED_AFTER.match(text, end):
        return True
    return start > 0 and text[start - 1] in _COMMA and end < len(text) and text[end] in _COMMA


def region_opening(kb: KnowledgeBase, form: str, zone_id: str) -> tuple[int, str] | None:
    """A zone written as its region's name + the zone's own short name (上海张江, 上海临港, 深圳前海:
    both places are written, as in 湖南株洲): ``(length of the region's name, region id)``, or None.
    Not the zone's official name (四川天府新区, 湖南湘江新区 is one name), nor a short form of an
    official name that itself opens with that region (包头稀土高新区 for 包头稀土高新技术产业开发区, 北京亦庄
    for 北京经济技术开发区: the region is part of the zone's name, as in 长沙经开区), nor a name whose
    rest is no name of that zone (苏州工业园区)."""
    zone = kb.by_id.get(zone_id)
    if zone is None or form == zone.name:
        return None
    containing = {a for p in zone.parents for a in (p, *kb.ancestors(p))}
    for n in range(len(form) - 2, 1, -1):  # the longest region name first, leaving the zone two characters at least
        if (zone_id, "alias") not in kb.candidates(form[n:]) and (zone_id, "name") not in kb.candidates(form[n:]):
            continue
        regions = [i for i, kind in kb.candidates(form[:n]) if kind in ("name", "short") and i in containing]
        if len(regions) == 1:
            return None if zone.name.startswith(form[:n]) else (n, regions[0])
    return None
