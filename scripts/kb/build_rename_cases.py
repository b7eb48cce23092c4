#!/usr/bin/env python3
"""Build ``tests/place_cases/renames.tsv``: one test sentence per name of a renamed, merged or upgraded division.

What it does
------------
Reads the former units of ``kg/data/kb/region_history.tsv`` (itself converted from maintained
sources by ``build_region_history.py``) and keeps every change since 1980 whose old full name is no
longer the name of any current unit (襄樊市, 莱芜市, 宁乡县, 闸北区 …; not 江北区, which 宁波 still
has). For each it writes a sentence using the old full name and, where the unit had one, one using
its short name (襄樊市…, 襄樊…), dated the year before the change (text written while the old unit
was valid), with the current successor the mention must roll up to::

    case  form  text  date  old_adcode  old_name  until  change  level  successor  successor_name

A 市辖区 is written after its city as it was then (北京市崇文区, 天津市塘沽区: a district's name alone
is not linked, former or current). Left out: recodes that kept the name (同名改码), names that are
everyday words, two-character 区 names (新区, 郊区), and short names that are a current unit's full
name or that another unit bore at the time (上饶 was 上饶县's and 上饶市's: the text does not say which).

Run from the repository root (no network, no arguments)::

    python3 scripts/kb/build_rename_cases.py

Same input gives a byte-identical file; its header names the input's sha256.
"""

from __future__ import annotations

import csv
import hashlib
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
HISTORY = REPO / "kg" / "data" / "kb" / "region_history.tsv"
REGIONS = REPO / "kg" / "data" / "kb" / "regions.tsv"
OUT = REPO / "tests" / "place_cases" / "renames.tsv"
HEADER = ("case", "form", "text", "date", "old_adcode", "old_name", "until", "change", "level", "successor", "successor_name")
TEMPLATE = "{place}加快发展先进制造业。"
MUNICIPALITIES = ("11", "12", "31", "50")


def read_tsv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader((line for line in handle if not line.startswith("#")), delimiter="\t", quoting=csv.QUOTE_NONE))


def name_in(code: str, year: int, current: dict[str, str], history: list[dict[str, str]]) -> str | None:
    """The name the unit with ``code`` bore in ``year``: a former unit of that code still valid then, else the current one."""
    valid = [row for row in history if row["old_adcode"] == code and int(row["until"]) > year]
    if valid:
        return min(valid, key=lambda row: int(row["until"]))["old_name"]
    return current.get(code)


def parent_code(code: str) -> str:
    return code[:2] + "0000" if code[:2] in MUNICIPALITIES else code[:4] + "00"


def cases(history: list[dict[str, str]], regions: list[dict[str, str]]) -> list[tuple[str, ...]]:
    current = {row["adcode"]: row["name"] for row in regions}
    current_names = set(current.values())
    bearers: dict[str, set[tuple[str, int]]] = {}  # a short name → (current successor, until) of every unit written so
    for r in regions:
        for short in r["short_names"].split("|"):
            bearers.setdefault(short, set()).add((r["adcode"], 9999))
    for r in history:
        for short in r["old_short_names"].split("|"):
            bearers.setdefault(short, set()).add((r["successor"], int(r["until"])))

    def shared(short: str, successor: str, year: int) -> bool:
        """Did another unit, current or valid in ``year``, have this short name (上饶: 上饶县's and 上饶市's)?"""
        return any(other != successor and until > year for other, until in bearers.get(short, ()))

    seen: set[tuple[str, str]] = set()
    out = []
    for row in sorted(history, key=lambda r: (r["old_name"], r["successor"], -int(r["until"]))):
        name, successor, until = row["old_name"], row["successor"], int(row["until"])
        if row["change"] == "同名改码" or row["name_is_word"] or name in current_names or (len(name) == 2 and name.endswith("区")):
            continue
        if (name, successor) in seen:
            continue  # the latest change of that name to that successor
        seen.add((name, successor))
        year = until - 1
        prefix = ""
        if row["level"] == "district" and name.endswith("区"):
            prefix = name_in(parent_code(row["old_adcode"]), year, current, history) or ""
        shorts = [s for s in row["old_short_names"].split("|") if s and s not in current_names and not shared(s, successor, year)]
        for form, written in [("full", name), *(("short", s) for s in shorts[:1])]:
            case = f"{row['old_adcode']}-{written}"
            out.append((case, form, TEMPLATE.format(place=prefix + written), str(year), row["old_adcode"], name, str(until), row["change"],
                        row["level"], successor, row["successor_name"]))
    return out


def main() -> int:
    history = read_tsv(HISTORY)
    rows = cases(history, read_tsv(REGIONS))
    digest = hashlib.sha256(HISTORY.read_bytes()).hexdigest()
    lines = [
        "# Renamed, merged and upgraded divisions: sentences using the old name, dated the year before the change,",
        "# and the current successor the mention must roll up to. Generated by scripts/kb/build_rename_cases.py",
        f"# from kg/data/kb/region_history.tsv (sha256 {digest}); do not edit.",
        "\t".join(HEADER),
        *("\t".join(r) for r in rows),
    ]
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8", newline="\n")
    print(f"{OUT.relative_to(REPO)}: {len(rows)} sentences, {len({(r[5], r[9]) for r in rows})} former names", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
