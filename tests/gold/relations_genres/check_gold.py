"""Check the held-out relation gold (``relations_*.jsonl``) against its texts and the knowledge-base tables.

Run ``python tests/gold/relations_genres/check_gold.py [GOLD TEXTS]...``: prints one line per problem and
exits 1 if any. Without arguments it checks this folder's two gold files (``GOLD_FILES``); otherwise each
pair of arguments is a gold file and the folder of its texts (``tests/gold/genres_heldout``).
Problems are what would make the gold wrong whatever the relation rules do: a title that is not the
file's first line (or a digest item's headline: see ``check_linking_gold.title_problem``), a sentence that is not in the text, an id the tables lack, an end of the wrong
kind for its relation (``backs`` starts at a region — an adcode, a zone or a macro-region, as kg:Zone and kg:MacroRegion are kg:Region — or an agency, ``sets_target`` at a region, ``invests_in``
at a fund; all three end at an industry; ``issues`` ends at a policy whose title is written in 《》 in
the text), a target without amount, unit and year, a false trap that is also a fact of its article (a target trap names the wrong amount it must not get), and a text
without a record. The tables are read directly (not through ``kg``), so the check does not depend on
the rules it measures.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/gold, when run as a script
from linking.check_linking_gold import title_problem  # noqa: E402

__all__ = ["GENRES", "RELATIONS", "GOLD_FILES", "check", "main"]

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
KB = ROOT / "kg" / "data" / "kb"
GENRES = (
    "policy", "report", "notice", "news", "invest", "think", "digest", "feature",
    "plan", "measures", "interpretation", "reply", "newsletter", "speech", "readout",
    "guide", "list", "regulation", "minutes", "interview",
    "workplan", "summary", "budget", "funds", "incentive", "fundrule", "commendation", "disclosure",
    "commentary", "dataitem", "brief",
    "metroplan", "projectlist", "assessment", "agreement", "approval", "draft", "payout", "audit", "communique",
)
RELATIONS = ("backs", "issues", "invests_in", "sets_target")
#: Each gold file and the folder its texts are in (``kg eval --corpus``).
GOLD_FILES = {
    HERE / "relations_linking_texts.jsonl": ROOT / "tests" / "gold" / "linking" / "texts",
    HERE / "relations_own_texts.jsonl": HERE / "texts",
}


def _rows(name: str) -> list[dict[str, str]]:
    lines = [line for line in (KB / name).read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    head = lines[0].split("\t")
    return [dict(zip(head, line.split("\t"))) for line in lines[1:]]


class _Tables:
    """The ids the relations may use, read from the KB tables."""

    def __init__(self) -> None:
        self.regions = {r["adcode"] for r in _rows("regions.tsv")}
        functions = {r["function_id"] for r in _rows("agency_functions.tsv")}
        self.central = {f"agency:{r['id']}" for r in _rows("agencies_central.tsv")}
        # bodies of Hong Kong and Macao: their own ids, not a mainland function (as the linking checker has them)
        self.central |= {f"agency:{r['region']}:{r['id']}" for r in _rows("agencies_sar.tsv")}
        self.functions = functions
        self.industries = {f"industry:{r['slug']}" for r in _rows("industries.tsv")}
        # kg:Zone and kg:MacroRegion are kinds of kg:Region in the ontology
        self.areas = {f"zone:{r['id']}" for r in _rows("zones.tsv")} | {f"macro:{r['id']}" for r in _rows("macro_regions.tsv")}

    def kind(self, eid: str, text: str) -> tuple[str, str | None]:
        """(kind, problem or None) of an id: region, agency, industry, fund or policy."""
        if eid in self.regions or eid in self.areas:
            return "region", None
        prefix, _, rest = eid.partition(":")
        if prefix == "agency":
            if eid in self.central:
                return "agency", None
            code, _, function = rest.partition(":")
            ok = code in self.regions and function in self.functions
            return "agency", None if ok else f"{eid} is not a central or SAR agency nor <adcode>:<function> of the tables"
        if prefix == "industry":
            return "industry", None if eid in self.industries else f"{eid} is not in industries.tsv"
        if prefix == "fund":
            owner = rest.split(":", 1)[0] if ":" in rest else ""
            ok = owner == "CN" or owner in self.regions
            return "fund", None if ok else f"{eid}: a fund id is fund:<owner adcode or CN>:<name>"
        if prefix == "policy":
            return "policy", None if f"《{rest}》" in text else f"{eid}: 《{rest}》 is not in the text"
        if prefix in ("zone", "macro"):
            return "region", f"{eid} is not in zones.tsv / macro_regions.tsv"
        return "unknown", f"{eid!r} is not an adcode, zone:, macro:, agency:, industry:, fund: or policy: id"


#: relation → (kinds its subject may be, kind of its object)
_SIGNATURE = {
    "backs": ({"region", "agency"}, "industry"),
    "issues": ({"region", "agency"}, "policy"),
    "invests_in": ({"fund"}, "industry"),
    "sets_target": ({"region"}, "industry"),
}


def _check_triple(where: str, triple: dict, text: str, tables: _Tables) -> list[str]:
    relation = triple.get("relation")
    if relation not in _SIGNATURE:
        return [f"{where}: relation {relation!r}, expected one of {', '.join(RELATIONS)}"]
    subjects, obj = _SIGNATURE[relation]
    problems = []
    for role, eid, allowed in (("subject", triple.get("subject", ""), subjects), ("object", triple.get("object", ""), {obj})):
        kind, problem = tables.kind(eid, text)
        if problem:
            problems.append(f"{where}: {problem}")
        elif kind not in allowed:
            problems.append(f"{where}: {relation} {role} {eid} is a {kind}, expected {' or '.join(sorted(allowed))}")
    return problems


def _key(triple: dict) -> tuple:
    """A fact's identity in its article, as ``kg eval`` scores it: a target also by its amount."""
    amount = triple.get("amount") if triple.get("relation") == "sets_target" else None
    return (triple.get("subject"), triple.get("relation"), triple.get("object"), amount)


def _sentences(text: str) -> set[str]:
    """The text's sentences: lines cut after 。！？ (as the gold quotes them)."""
    return {s.strip() for line in text.splitlines() for s in re.findall(r"[^。！？]*[。！？]?", line) if s.strip()}


def check(gold_files: dict[Path, Path] | None = None) -> list[str]:
    """Return the problems of the gold files, each checked against its texts folder."""
    tables = _Tables()
    problems: list[str] = []
    for gold, texts in (gold_files or GOLD_FILES).items():
        seen: set[str] = set()
        records = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines()]
        for n, record in enumerate(records, 1):
            where = f"{gold.name}:{n} {record.get('file')}"
            path = texts / record["file"]
            if not path.is_file():
                problems.append(f"{where}: no such text in {texts}")
                continue
            text = path.read_text(encoding="utf-8")
            if record["file"] not in seen and (problem := title_problem([r for r in records if r["file"] == record["file"]], text)):
                problems.append(f"{where}: {problem}")
            seen.add(record["file"])
            if record.get("genre") not in GENRES:
                problems.append(f"{where}: genre {record.get('genre')!r}, expected one of {', '.join(GENRES)}")
            sentences = _sentences(text)
            facts = set()
            for k, fact in enumerate(record["facts"], 1):
                label = f"{where} fact {k} {fact.get('subject')} {fact.get('relation')} {fact.get('object')}"
                problems += _check_triple(label, fact, text, tables)
                if fact.get("sentence") not in sentences:
                    problems.append(f"{label}: the sentence is not a sentence of the text")
                if fact.get("relation") == "sets_target":
                    if not isinstance(fact.get("amount"), (int, float)) or not fact.get("unit") or not isinstance(fact.get("year"), int):
                        problems.append(f"{label}: a target needs a number amount, a unit and an int year")
                    elif "amount_max" in fact and not fact["amount_max"] > fact["amount"]:
                        problems.append(f"{label}: amount_max must be above amount (the range's low end)")
                elif any(fact.get(key) is not None for key in ("amount", "unit", "year")):
                    problems.append(f"{label}: only sets_target has amount, unit and year")
                facts.add(_key(fact))
            for k, trap in enumerate(record.get("false_traps", []), 1):
                not_ = trap.get("not", {})
                label = f"{where} false trap {k} {not_.get('subject')} {not_.get('relation')} {not_.get('object')}"
                problems += _check_triple(label, not_, text, tables)
                if trap.get("sentence") not in sentences:
                    problems.append(f"{label}: the sentence is not a sentence of the text")
                if _key(not_) in facts:
                    problems.append(f"{label}: the article states it as a fact elsewhere")
        for name in sorted(p.name for p in texts.glob("*.txt")):
            if name not in seen:
                problems.append(f"{gold.name}: {name} has no record")
    return problems


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) % 2:
        print("usage: check_gold.py [GOLD.jsonl TEXTS_FOLDER]...", file=sys.stderr)
        return 2
    problems = check({Path(gold): Path(texts) for gold, texts in zip(args[::2], args[1::2])} or None)
    for line in problems:
        print(line)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
