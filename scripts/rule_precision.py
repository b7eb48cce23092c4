"""Write ``kg/data/relations/rule_precision.tsv``: each relation rule's counts on the relation gold
(dev and held-out) and the linker's on the entity gold (dev and held-out).

    python scripts/rule_precision.py          # write the table
    python scripts/rule_precision.py --check  # exit 1 if the committed table is not what the gold gives
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.confidence import RULE_PRECISION  # noqa: E402

GOLD = ROOT / "tests" / "gold"
RELATION_GOLD = (GOLD / "relations", GOLD / "heldout" / "relations_c.jsonl")
ENTITY_GOLD = (GOLD / "entities_a.jsonl", GOLD / "entities_b.jsonl", GOLD / "heldout" / "entities_c.jsonl")
SOURCES = ("the dev gold tests/gold/relations/ (17 articles, the rules were developed on it) and the held-out "
           "tests/gold/heldout/relations_c.jsonl (12 articles); linker: tests/gold/entities_a.jsonl, entities_b.jsonl "
           "and heldout/entities_c.jsonl")


def measure() -> str:
    """The table the gold in the repository gives today."""
    from kg.build import load_documents
    from kg.evaluate import evaluate, evaluate_relations, load_gold, rule_precision_table
    from kg.link import Linker
    from kg.relations import extract_facts

    articles = {(a.source, a.index): a for a in load_documents().articles}
    linker = Linker()
    relations = evaluate_relations(load_gold(RELATION_GOLD), articles, lambda a: extract_facts(a, linker)[1])
    entities = evaluate(load_gold(ENTITY_GOLD), articles, linker.link_article)
    return rule_precision_table(relations, entities, SOURCES)


def main() -> int:
    table = measure()
    if "--check" in sys.argv[1:]:
        if RULE_PRECISION.read_text(encoding="utf-8") != table:
            print(f"{RULE_PRECISION} is stale: run python scripts/rule_precision.py", file=sys.stderr)
            return 1
        return 0
    RULE_PRECISION.write_text(table, encoding="utf-8")
    print(table, end="")
    return 0


if __name__ == "__main__":
    sys.exit(main())
