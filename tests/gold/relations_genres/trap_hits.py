"""List the false traps of the held-out relation gold that the current relation rules fall into.

Run ``PYTHONPATH=. python -m tests.gold.relations_genres.trap_hits``: one line per trap hit (file,
the fact the rules read, the rule, the sentence), then a count per gold file. A trap is hit when the
rules produce its fact (a target: with its amount, or any amount when the trap names none) from a
sentence that contains the trap's sentence or lies inside it. A measurement, like ``kg eval``: the
figures are reported in README.md, not asserted, since the rules are expected to improve.
"""

from __future__ import annotations

import json
import sys

from .check_gold import GOLD_FILES

__all__ = ["trap_hits", "main"]


def _matches(trap: dict, fact, sentence: str) -> bool:
    not_ = trap["not"]
    if (fact.subject, fact.relation, fact.object) != (not_["subject"], not_["relation"], not_["object"]):
        return False
    if fact.relation == "sets_target" and not_.get("amount") is not None:
        if fact.quantity is None or float(fact.quantity.amount) != float(not_["amount"]):
            return False
    said = fact.evidence.sentence.strip()
    return bool(said) and (sentence in said or said in sentence)


def trap_hits() -> dict[str, tuple[int, list[str]]]:
    """Per gold file: (number of traps, one line per trap the rules fall into)."""
    from kg.build import load_documents
    from kg.link import Linker
    from kg.relations import extract_facts

    linker = Linker()
    out = {}
    for gold, texts in GOLD_FILES.items():
        records = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines()]
        articles = {(a.source, a.index): a for a in load_documents([texts]).articles}
        lines, total = [], 0
        for record in records:
            article = next(a for (source, index), a in articles.items() if source.endswith(record["file"]) and index == record["index"])
            facts = extract_facts(article, linker)[1]
            for trap in record["false_traps"]:
                total += 1
                hit = next((f for f in facts if _matches(trap, f, trap["sentence"])), None)
                if hit is not None:
                    amount = f" {hit.quantity.amount}" if hit.quantity else ""
                    lines.append(f"{record['file']}: {hit.subject} {hit.relation} {hit.object}{amount} [{hit.evidence.rule}] {trap['sentence']}")
        out[gold.name] = (total, lines)
    return out


def main() -> int:
    for name, (total, lines) in trap_hits().items():
        for line in lines:
            print(line)
        print(f"{name}: {len(lines)} of {total} false traps hit")
    return 0


if __name__ == "__main__":
    sys.exit(main())
