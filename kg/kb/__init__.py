"""The knowledge base: entities by id, and every name they are written by.

Loaded from the tables in ``kg/data/kb/`` (see its README for sources). No
spaCy and no RDF parsing here, so loading takes a fraction of a second.

Ids:

- regions: the 6-digit adcode (``440300``); zones ``zone:<id>``; macro-regions ``macro:<id>``
- agencies: central ``agency:<id>`` (``agency:miit``); local ``agency:<adcode>:<function>``
  (``agency:440300:economy_and_it`` is 深圳市工业和信息化局)
- industries ``industry:<slug>``; funds ``fund:<owner adcode or CN>:<name>``; policies ``policy:<title>``
"""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

__all__ = ["Entity", "Function", "FormerUnit", "ZoneKind", "KnowledgeBase", "load_kb", "read_table", "slug_text", "KB_DIR", "REGION_TYPES", "MUNICIPALITIES"]

KB_DIR = Path(__file__).resolve().parents[1] / "data" / "kb"
REGION_TYPES = ("province", "city", "district")


@dataclass(frozen=True)
class Entity:
    id: str
    type: str  # province | city | district | zone | macro_region | agency | industry | fund | policy
    name: str
    aliases: tuple[str, ...] = ()
    adcode: str | None = None
    parent: str | None = None  # the enclosing region's id (regions, local agencies)
    parents: tuple[str, ...] = ()  # zones: regions it lies in; industries: broader concepts
    members: tuple[str, ...] = ()  # macro-regions
    lng: float | None = None  # GCJ-02, as the source gives it
    lat: float | None = None
    name_en: str | None = None
    kind: str | None = None  # agency kind, zone kind, function id …


@dataclass(frozen=True)
class Function:
    """What a local government body does, however it is written after a region name."""

    id: str
    canonical: str
    by_level: dict[str, str]  # province|municipality|city|district → the full form there
    forms: tuple[str, ...]  # every written form (canonical, level forms, aliases)
    after_central: tuple[str, ...]  # forms valid only after a central body's name (…分行)
    central: str | None
    kind: str


@dataclass(frozen=True)
class FormerUnit:
    """A division that no longer exists under this name and code (renamed, merged, upgraded, recoded),
    valid for text dated before ``until``, and the current unit that succeeds it."""

    adcode: str
    name: str
    level: str
    until: int  # the year of the change that ended it
    successor: str  # adcode of the current unit
    change: str  # 更名, 撤县设市, 撤销 … as the history names it
    source: str = ""  # approval document, where known

    def explain(self, successor_name: str) -> str:
        """``襄樊市 (420600) became 襄阳市 in 2010 (更名)``."""
        return f"{self.name} ({self.adcode}) became {successor_name} in {self.until} ({self.change})"


@dataclass(frozen=True)
class ZoneKind:
    """A kind of development zone a text names as a region + the kind (长沙 + 经开区)."""

    id: str  # the id's ending: zone:<region slug>_<id>
    name_form: str  # 经济技术开发区
    forms: tuple[str, ...]  # every written ending (name_form, long forms, short forms)
    zone_kind: str  # the zones.tsv kind


@dataclass
class KnowledgeBase:
    by_id: dict[str, Entity] = field(default_factory=dict)
    #: written form → {(entity id, alias kind)}; kinds: name, short, abbr, former, former_short, alias, context, label
    aliases: dict[str, set[tuple[str, str]]] = field(default_factory=lambda: defaultdict(set))
    functions: dict[str, Function] = field(default_factory=dict)
    #: adcode of a unit that no longer exists → adcode of its successor
    successors: dict[str, str] = field(default_factory=dict)
    #: written form of a former unit (full or short name) → the former units written so, latest change first
    #: (also forms a current unit is written by, which are not ``former`` aliases: 江北区, 思茅)
    former: dict[str, tuple[FormerUnit, ...]] = field(default_factory=dict)
    #: kinds of development zone by id (zone_kinds.tsv), and each region's ascii slug (region_slugs.tsv)
    zone_kinds: dict[str, ZoneKind] = field(default_factory=dict)
    region_slugs: dict[str, str] = field(default_factory=dict)
    #: zone id → the one region that administers it where the zone spans several (zones.tsv ``administered_by=``:
    #: 西咸新区, across 西安 and 咸阳, is run by 西安)
    zone_seats: dict[str, str] = field(default_factory=dict)
    #: zone id → the district a new area is identical to (zones.tsv ``district=``: 两江新区, 500157)
    zone_districts: dict[str, str] = field(default_factory=dict)
    _slug_regions: dict[str, str] = field(default_factory=dict)  # slug → adcode

    # ------------------------------------------------------------ lookups

    def get(self, entity_id: str) -> Entity | None:
        entity = self.by_id.get(entity_id)
        if entity is None and entity_id.startswith("agency:") and entity_id.count(":") == 2:
            _, adcode, function = entity_id.split(":")
            entity = self.local_agency(adcode, function)
        if entity is None and entity_id.startswith("zone:"):
            slug = entity_id[5:]
            kind = next((k for k in self.zone_kinds if slug.endswith("_" + k)), None)
            adcode = self._slug_regions.get(slug[: -len(kind) - 1]) if kind else None
            entity = self.region_zone(adcode, kind) if adcode else None
        return entity

    def candidates(self, form: str) -> set[tuple[str, str]]:
        return self.aliases.get(form, set())

    def ancestors(self, region_id: str) -> Iterator[str]:
        """The regions enclosing ``region_id``, nearest first."""
        seen = set()
        entity = self.by_id.get(region_id)
        while entity is not None:
            parents = [entity.parent] if entity.parent else list(entity.parents if entity.type == "zone" else ())
            if not parents or parents[0] in seen:
                return
            seen.add(parents[0])
            yield parents[0]
            entity = self.by_id.get(parents[0])

    def former_unit(self, form: str, year: int | None = None) -> FormerUnit | None:
        """The former unit ``form`` names in text of ``year``: the first to cease after that year,
        else (no year, or every one had ceased by then) the last to cease — a name written after
        its unit was abolished means the area, now its successor's."""
        units = self.former.get(form, ())
        if year is not None:
            valid = [u for u in units if u.until > year]
            if valid:
                return min(valid, key=lambda u: u.until)
        return units[0] if units else None

    def local_agency(self, adcode: str, function_id: str) -> Entity | None:
        """The body doing ``function_id`` for region ``adcode`` (深圳市 + economy_and_it …)."""
        region = self.by_id.get(adcode)
        function = self.functions.get(function_id)
        if region is None or function is None or region.type not in REGION_TYPES:
            return None
        level = "municipality" if region.type == "province" and adcode in MUNICIPALITIES else region.type
        form = function.by_level.get(level) or function.by_level.get("city") or function.canonical
        if form.startswith("…"):  # a branch of a central body: 中国人民银行 + 上海市 + 分行
            central = self.by_id.get(function.central or "")
            name = f"{central.name if central else ''}{region.name}{form[1:]}"
        else:
            name = region.name + form
        return Entity(id=f"agency:{adcode}:{function_id}", type="agency", name=name, adcode=None, parent=adcode, kind=function_id)

    def region_zone(self, adcode: str, kind_id: str) -> Entity | None:
        """The zone of ``kind_id`` named after region ``adcode`` (长沙 + etdz → 长沙经济技术开发区,
        ``zone:changsha_etdz``): the KB's own entry when it has one, else one made like a local body."""
        region, kind, slug = self.by_id.get(adcode), self.zone_kinds.get(kind_id), self.region_slugs.get(adcode)
        if region is None or kind is None or slug is None:
            return None
        zone_id = f"zone:{slug}_{kind_id}"
        if zone_id in self.by_id:
            return self.by_id[zone_id]
        short = region.aliases[0] if region.aliases else region.name
        return Entity(id=zone_id, type="zone", name=short + kind.name_form, parents=(adcode,), kind=kind.zone_kind)


MUNICIPALITIES = {"110000", "120000", "310000", "500000"}


def read_table(path: Path) -> Iterator[dict[str, str]]:
    """Rows of a TSV table of the knowledge base (lines starting with # are comments)."""
    with path.open(encoding="utf-8", newline="") as handle:
        lines = (line for line in handle if not line.startswith("#"))
        yield from csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)


def _split(cell: str | None) -> list[str]:
    return [part.strip() for part in (cell or "").split("|") if part.strip()]


def _float(cell: str | None) -> float | None:
    try:
        return float(cell) if cell else None
    except ValueError:
        return None


_SAR_REGION_FORMS = ("特别行政区政府", "特区政府", "特别行政区", "特区", "政府")


def _sar_forms(forms: Iterable[str]) -> list[str]:
    """A Hong Kong or Macao body's forms with the region written out: 香港卫生署 is also written
    香港特别行政区政府卫生署, 香港特区政府卫生署, 香港特别行政区卫生署, 香港特区卫生署, 香港政府卫生署.

    >>> _sar_forms(["澳门财政局"])[:2]
    ['澳门特别行政区政府财政局', '澳门特区政府财政局']
    """
    return [f[:2] + middle + f[2:] for f in forms if f.startswith(("香港", "澳门")) for middle in _SAR_REGION_FORMS]


@lru_cache(maxsize=2)
def load_kb(directory: str | Path = KB_DIR) -> KnowledgeBase:
    """Load every table of the knowledge base (cached: loading twice is free)."""
    directory = Path(directory)
    kb = KnowledgeBase()

    def add(entity: Entity, forms: dict[str, str]) -> None:
        kb.by_id[entity.id] = entity
        for form, kind in forms.items():
            if form:
                kb.aliases[form].add((entity.id, kind))

    for row in read_table(directory / "regions.tsv"):
        shorts = _split(row["short_names"])
        add(
            Entity(id=row["adcode"], type=row["level"], name=row["name"], aliases=tuple(shorts), adcode=row["adcode"],
                   parent=row["parent"] or None, lng=_float(row["lng"]), lat=_float(row["lat"])),
            {row["name"]: "name", **{s: "short" for s in shorts if s != row["name"]}},
        )
    for row in read_table(directory / "region_abbreviations.tsv"):
        kb.aliases[row["abbreviation"]].add((row["adcode"], "abbr"))
    _add_history(kb, directory / "region_history.tsv")
    for row in (*read_table(directory / "zones.tsv"), *read_table(directory / "zones_nbs2023.tsv")):
        aliases = _split(row["aliases"])
        add(
            Entity(id=f"zone:{row['id']}", type="zone", name=row["name"], aliases=tuple(aliases), parents=tuple(_split(row["parents"])), kind=row["kind"]),
            {row["name"]: "name", **{a: "alias" for a in aliases}},
        )
        # its seat: the region that administers it (the district a new area is, only in text of a year that
        # district exists: zone_districts, read by the agency rules with the article's date)
        seat = re.match(r"administered_by=(\d{6})(?:;|$)", row.get("note") or "")
        if seat:
            kb.zone_seats[f"zone:{row['id']}"] = seat[1]
        if district := re.match(r"district=(\d{6})(?:\D|$)", row.get("note") or ""):
            kb.zone_districts[f"zone:{row['id']}"] = district[1]
    for row in read_table(directory / "zone_kinds.tsv"):
        forms = (row["name_form"], *_split(row["long_forms"]), *_split(row["short_forms"]))
        kb.zone_kinds[row["kind"]] = ZoneKind(row["kind"], row["name_form"], forms, row["zone_kind"])
    for row in read_table(directory / "region_slugs.tsv"):
        kb.region_slugs[row["adcode"]] = row["slug"]
        kb._slug_regions[row["slug"]] = row["adcode"]
    for row in read_table(directory / "macro_regions.tsv"):
        aliases = _split(row["aliases"])
        add(
            Entity(id=f"macro:{row['id']}", type="macro_region", name=row["name"], aliases=tuple(aliases), members=tuple(_split(row["members"]))),
            {row["name"]: "name", **{a: "alias" for a in aliases}},
        )
    for row in read_table(directory / "agencies_central.tsv"):
        aliases, context = _split(row["aliases"]), _split(row["context_aliases"])
        add(
            Entity(id=f"agency:{row['id']}", type="agency", name=row["name"], aliases=tuple(aliases + context), name_en=row["name_en"] or None,
                   kind=row["kind"], parent=f"agency:{row['parent']}" if row["parent"] else None),
            {row["name"]: "name", **{a: "alias" for a in aliases}, **{c: "context" for c in context}},
        )
    for row in read_table(directory / "agencies_sar.tsv"):  # 香港金管局: the SAR's own body
        aliases = _split(row["aliases"])
        written = {form: "alias" for form in _sar_forms([row["name"], *aliases])}
        add(
            Entity(id=f"agency:{row['region']}:{row['id']}", type="agency", name=row["name"], aliases=tuple(aliases), kind="sar_body", parent=row["region"]),
            {**written, row["name"]: "name", **{a: "alias" for a in aliases}},
        )
    for row in read_table(directory / "agency_functions.tsv"):
        by_level = dict(part.split(":", 1) for part in _split(row["levels"]))
        forms = {row["canonical"], *by_level.values(), *_split(row["aliases"])}
        kb.functions[row["function_id"]] = Function(
            id=row["function_id"], canonical=row["canonical"], by_level=by_level,
            forms=tuple(sorted(f for f in forms if not f.startswith("…"))),
            after_central=tuple(sorted(f[1:] for f in forms if f.startswith("…"))),
            central=f"agency:{row['central_counterpart']}" if row["central_counterpart"] else None, kind=row["kind"],
        )
    for row in read_table(directory / "industries.tsv"):
        prefs, alts = _split(row["pref_zh"]), _split(row["alt_zh"])
        add(
            Entity(id=f"industry:{row['slug']}", type="industry", name=prefs[0], aliases=tuple(alts), name_en=row["pref_en"] or None,
                   parents=tuple(f"industry:{b}" for b in _split(row["broader"]))),
            {**{p: "label" for p in prefs}, **{a: "label" for a in alts}},
        )
    kb.aliases = dict(kb.aliases)
    return kb


def _add_history(kb: KnowledgeBase, path: Path) -> None:
    """Former units: their codes lead to the successor, their names (full and short) become
    ``former`` names of the successor — except forms a current unit is written by (江北 is still
    宁波's 江北区 and 思茅 is 普洱's 思茅区: the linker weighs the former unit there by the text's
    date and context, from :attr:`KnowledgeBase.former`)."""
    current_forms = {form for form, meanings in kb.aliases.items() if any(kind in ("name", "short", "abbr") for _, kind in meanings)}
    former: dict[str, list[FormerUnit]] = defaultdict(list)
    kinds: dict[str, str] = {}
    for row in read_table(path):
        unit = FormerUnit(row["old_adcode"], row["old_name"], row["level"], int(row["until"]), row["successor"], row["change"], row["source"])
        if unit.adcode not in kb.by_id and unit.adcode != unit.successor:  # a code now given to another unit keeps that meaning
            kb.successors[unit.adcode] = unit.successor
        # A two-character 区 name is generic (新区, 郊区, 城区); an everyday word (市区) is no name either.
        name = [] if row["name_is_word"] or (len(unit.name) == 2 and unit.name.endswith("区")) else [unit.name]
        for form in name:
            former[form].append(unit)
            kinds[form] = "former"
        for form in _split(row["old_short_names"]):
            former[form].append(unit)
            kinds.setdefault(form, "former_short")  # needs what a short name needs (a boundary, its city named)
    for form, units in former.items():
        kb.former[form] = tuple(sorted(units, key=lambda u: (-u.until, u.adcode)))
        if form not in current_forms:
            for unit in units:
                kb.aliases[form].add((unit.successor, kinds[form]))


_NOT_IN_A_KEY = re.compile(r"[\s“”\"'‘’《》]")


def slug_text(text: str) -> str:
    """Text as it goes into a fund or policy id: no spaces, no quotes."""
    return _NOT_IN_A_KEY.sub("", text)
