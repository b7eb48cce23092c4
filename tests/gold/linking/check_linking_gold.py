"""Check the held-out linking gold (``entities.jsonl``) against its texts and the knowledge-base tables.

Run ``python tests/gold/linking/check_linking_gold.py [GOLD TEXTS]``: prints one line per problem and exits 1 if
any. Without arguments it checks this folder's ``entities.jsonl`` against ``texts/``; another held-out set
(``tests/gold/genres_heldout``) passes its gold file and texts folder.
Problems are what would make the gold wrong whatever the linker does: a title that is not the
file's first line (or, for the items of a digest, one record per item numbered from 0, an item's headline
line without its mark), a surface form that is not in the text, an id that the tables lack although the
entity is not marked ``missing_in_kb``, a region typed at the wrong level. Notes (printed, exit 0)
are ids marked ``missing_in_kb`` that the tables have since gained: the flag should be dropped.
The tables are read directly (not through ``kg``), so the check does not depend on the linker.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

__all__ = ["GENRES", "TYPES", "check", "main"]

HERE = Path(__file__).resolve().parent
KB = HERE.parents[2] / "kg" / "data" / "kb"
GENRES = (
    "policy", "report", "notice", "news", "invest", "think", "digest", "feature",
    "plan", "measures", "interpretation", "reply", "newsletter", "speech", "readout",
    "guide", "list", "regulation", "minutes", "interview",
    "workplan", "summary", "budget", "funds", "incentive", "fundrule", "commendation", "disclosure",
    "commentary", "dataitem", "brief",
    "metroplan", "projectlist", "assessment", "agreement", "approval", "draft", "payout", "audit", "communique",
)
TYPES = ("province", "city", "district", "zone", "macro_region", "agency", "industry", "fund", "policy")


_ITEM_MARK = re.compile(r"^(?:[■□◆◇●○▲△★☆]\s*|[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[.．、]\s*|#+\s+|【(?=.*】$))")


def title_problem(records_of_file: list[dict], text: str) -> str | None:
    r"""What is wrong with the titles of one text's records: one record titled by the first line, or a
    digest's items numbered 0, 1, … in order, each titled by a headline line of the text without its mark.

    >>> digest = "简报（第1期）\n一、甲市：发展乙产业\n正文。\n■ 丙县：建设丁园区\n正文。"
    >>> title_problem([{"index": 0, "title": "简报（第1期）"}], digest) is None
    True
    >>> title_problem([{"index": 0, "title": "甲市：发展乙产业"}, {"index": 1, "title": "丙县：建设丁园区"}], digest) is None
    True
    >>> title_problem([{"index": 0, "title": "丙县：建设丁园区"}, {"index": 1, "title": "甲市：发展乙产业"}], digest)
    "title '甲市：发展乙产业' is neither the first line '简报（第1期）' nor a headline after the previous item's"
    >>> title_problem([{"index": 1, "title": "丙县：建设丁园区"}], digest)
    'indexes [1], expected 0, 1, … in order'
    """
    lines = [x.strip() for x in text.splitlines() if x.strip()]
    first = lines[0] if lines else ""
    if [r.get("index") for r in records_of_file] == [0] and records_of_file[0].get("title") == first:
        return None
    if [r.get("index") for r in records_of_file] != list(range(len(records_of_file))):
        return f"indexes {[r.get('index') for r in records_of_file]}, expected 0, 1, … in order"
    headlines = [_ITEM_MARK.sub("", x).rstrip("】") for x in lines]
    at = 0
    for record in records_of_file:
        if record.get("title") not in headlines[at:]:
            return f"title {record.get('title')!r} is neither the first line {first!r} nor a headline after the previous item's"
        at = headlines.index(record["title"], at) + 1
    return None


def _rows(name: str) -> list[dict[str, str]]:
    lines = [line for line in (KB / name).read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    head = lines[0].split("\t")
    return [dict(zip(head, line.split("\t"))) for line in lines[1:]]


def _known_ids() -> tuple[dict[str, str], set[str]]:
    """Region adcode → level, and every other id the tables define (local agencies as region × function)."""
    regions = {r["adcode"]: r["level"] for r in _rows("regions.tsv")}
    ids = {f"agency:{r['id']}" for r in _rows("agencies_central.tsv")}
    ids |= {f"agency:{r['region']}:{r['id']}" for r in _rows("agencies_sar.tsv")}
    functions = [r["function_id"] for r in _rows("agency_functions.tsv")]
    ids |= {f"agency:{code}:{function}" for code in regions for function in functions}
    ids |= {f"industry:{r['slug']}" for r in _rows("industries.tsv")}
    ids |= {f"zone:{r['id']}" for r in (*_rows("zones.tsv"), *_rows("zones_nbs2023.tsv"))}
    kinds = [r["kind"] for r in _rows("zone_kinds.tsv")]
    ids |= {f"zone:{r['slug']}_{kind}" for r in _rows("region_slugs.tsv") for kind in kinds}  # region × kind, as local agencies
    ids |= {f"macro:{r['id']}" for r in _rows("macro_regions.tsv")}
    return regions, ids


def _id_problem(entity: dict, regions: dict[str, str], ids: set[str]) -> tuple[str | None, bool]:
    """(problem or None, whether the tables know the id)."""
    etype, eid = entity["type"], entity["id"]
    if etype in ("province", "city", "district"):
        if eid not in regions:
            return None, False
        level = regions[eid]
        return (None if level == etype else f"{eid} is a {level}, typed {etype}"), True
    prefix = {"zone": "zone:", "macro_region": "macro:", "agency": "agency:", "industry": "industry:", "fund": "fund:", "policy": "policy:"}[etype]
    if not eid.startswith(prefix):
        return f"{etype} id {eid!r} should start with {prefix!r}", False
    if etype == "fund":
        owner = eid.split(":")[1] if eid.count(":") >= 2 else ""
        return (None if owner == "CN" or owner in regions else "a fund id is fund:<owner adcode or CN>:<name>"), True
    if etype == "policy":
        return None, True  # funds and policies are recognised by pattern, not looked up
    return None, eid in ids


def check(gold: Path = HERE / "entities.jsonl", texts: Path = HERE / "texts") -> tuple[list[str], list[str]]:
    """Return (problems, notes) for the gold file and its texts folder."""
    regions, ids = _known_ids()
    problems: list[str] = []
    notes: list[str] = []
    seen: set[str] = set()
    records = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines()]
    for n, record in enumerate(records, 1):
        where = f"{gold.name}:{n} {record.get('file')}"
        path = texts / record["file"]
        if not path.is_file():
            problems.append(f"{where}: no such text")
            continue
        text = path.read_text(encoding="utf-8")
        if record["file"] not in seen and (problem := title_problem([r for r in records if r["file"] == record["file"]], text)):
            problems.append(f"{where}: {problem}")
        seen.add(record["file"])
        if record.get("genre") not in GENRES:
            problems.append(f"{where}: genre {record.get('genre')!r}, expected one of {', '.join(GENRES)}")
        if not 100 <= len(text) <= 2000:  # a newsletter's single item may be short; each set's own range is in test_genre_sets
            problems.append(f"{where}: {len(text)} characters, expected 100-2000")
        keys = [(e["type"], e["id"]) for e in record["entities"]]
        if len(keys) != len(set(keys)):
            problems.append(f"{where}: an entity is listed twice")
        for entity in record["entities"]:
            label = f"{where}: {entity['type']} {entity['id']}"
            if entity["type"] not in TYPES:
                problems.append(f"{label}: unknown type, expected one of {', '.join(TYPES)}")
                continue
            for surface in entity["surface"]:
                if surface not in text:
                    problems.append(f"{label}: surface {surface!r} is not in the text")
            problem, known = _id_problem(entity, regions, ids)
            if problem:
                problems.append(f"{label}: {problem}")
            if not known and not entity["missing_in_kb"]:
                problems.append(f"{label}: not in the knowledge base, but not marked missing_in_kb")
            if known and entity["missing_in_kb"] and entity["type"] not in ("fund", "policy"):
                notes.append(f"{label}: marked missing_in_kb, but the tables now have it")
    for name in sorted(p.name for p in texts.glob("*.txt")):
        if name not in seen:
            problems.append(f"{name}: text without a gold record")
    return problems, notes


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) not in (0, 2):
        print("usage: check_linking_gold.py [GOLD.jsonl TEXTS_FOLDER]", file=sys.stderr)
        return 2
    problems, notes = check(*(Path(a) for a in args))
    for line in notes:
        print("note:", line)
    for line in problems:
        print(line)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
