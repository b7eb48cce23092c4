"""Write ``kg/data/relations/rule_precision.tsv``: each relation rule's counts pooled over all the
development relation gold (newsletters and other genres, each with its corpus; counts per source too)
and the linker's on the entity gold. ``tests/gold/genres_heldout`` is left out: it is kept for measuring.

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
#: Relation gold: (column label, gold files, corpus of their texts; None = the bundled newsletters).
RELATION_GOLD = (
    ("newsletters", (GOLD / "relations",), None),
    ("newsletters_heldout", (GOLD / "heldout" / "relations_c.jsonl",), None),
    ("genres_linking", (GOLD / "relations_genres" / "relations_linking_texts.jsonl",), GOLD / "linking" / "texts"),
    ("genres_own", (GOLD / "relations_genres" / "relations_own_texts.jsonl",), GOLD / "relations_genres" / "texts"),
)
ENTITY_GOLD = (GOLD / "entities_a.jsonl", GOLD / "entities_b.jsonl", GOLD / "heldout" / "entities_c.jsonl")
SOURCES = ("newsletters: tests/gold/relations/ (17 articles, the rules were developed on it); newsletters_heldout: "
           "tests/gold/heldout/relations_c.jsonl (12 articles); genres_linking: tests/gold/relations_genres/"
           "relations_linking_texts.jsonl on tests/gold/linking/texts (36 texts of six genres); genres_own: "
           "tests/gold/relations_genres/relations_own_texts.jsonl on tests/gold/relations_genres/texts (10 texts); "
           "not tests/gold/genres_heldout, kept for measuring; linker: tests/gold/entities_a.jsonl, entities_b.jsonl "
           "and heldout/entities_c.jsonl")


def measure() -> str:
    """The table the gold in the repository gives today."""
    from kg.build import load_documents
    from kg.evaluate import evaluate, evaluate_relations, load_gold, rule_precision_table
    from kg.link import Linker
    from kg.relations import extract_facts

    linker = Linker()
    bundled = {(a.source, a.index): a for a in load_documents().articles}
    relations = {}
    for label, gold, corpus in RELATION_GOLD:
        articles = bundled if corpus is None else {(a.source, a.index): a for a in load_documents([corpus]).articles}
        relations[label] = evaluate_relations(load_gold(gold), articles, lambda a: extract_facts(a, linker)[1])
    entities = evaluate(load_gold(ENTITY_GOLD), bundled, linker.link_article)
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
