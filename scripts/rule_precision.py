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
#: The relation gold the rules may be measured on — every dev set, never a set still held out
#: (genres_heldout7, genres_heldout10, genres_heldout36, genres_heldout56 and higher) — each with the texts it annotates (None: the bundled corpus).
RELATION_GOLD = {
    GOLD / "relations": None,
    GOLD / "heldout" / "relations_c.jsonl": None,
    GOLD / "newsletter_heldout" / "relations_d.jsonl": None,
    GOLD / "relations_genres" / "relations_own_texts.jsonl": GOLD / "relations_genres" / "texts",
    GOLD / "relations_genres" / "relations_linking_texts.jsonl": GOLD / "linking" / "texts",
    GOLD / "genres_heldout" / "relations.jsonl": GOLD / "genres_heldout" / "texts",
    GOLD / "genres_heldout2" / "relations.jsonl": GOLD / "genres_heldout2" / "texts",
    GOLD / "genres_heldout3" / "relations.jsonl": GOLD / "genres_heldout3" / "texts",
    GOLD / "genres_heldout4" / "relations.jsonl": GOLD / "genres_heldout4" / "texts",
    GOLD / "genres_heldout5" / "relations.jsonl": GOLD / "genres_heldout5" / "texts",
    GOLD / "genres_heldout6" / "relations.jsonl": GOLD / "genres_heldout6" / "texts",
    GOLD / "genres_heldout8" / "relations.jsonl": GOLD / "genres_heldout8" / "texts",
    GOLD / "genres_heldout9" / "relations.jsonl": GOLD / "genres_heldout9" / "texts",
    GOLD / "genres_heldout11" / "relations.jsonl": GOLD / "genres_heldout11" / "texts",
    GOLD / "genres_heldout12" / "relations.jsonl": GOLD / "genres_heldout12" / "texts",
    GOLD / "genres_heldout13" / "relations.jsonl": GOLD / "genres_heldout13" / "texts",
    GOLD / "genres_heldout14" / "relations.jsonl": GOLD / "genres_heldout14" / "texts",
    GOLD / "genres_heldout15" / "relations.jsonl": GOLD / "genres_heldout15" / "texts",
    GOLD / "genres_heldout16" / "relations.jsonl": GOLD / "genres_heldout16" / "texts",
    GOLD / "genres_heldout17" / "relations.jsonl": GOLD / "genres_heldout17" / "texts",
    GOLD / "genres_heldout18" / "relations.jsonl": GOLD / "genres_heldout18" / "texts",
    GOLD / "genres_heldout19" / "relations.jsonl": GOLD / "genres_heldout19" / "texts",
    GOLD / "genres_heldout20" / "relations.jsonl": GOLD / "genres_heldout20" / "texts",
    GOLD / "genres_heldout21" / "relations.jsonl": GOLD / "genres_heldout21" / "texts",
    GOLD / "genres_heldout22" / "relations.jsonl": GOLD / "genres_heldout22" / "texts",
    GOLD / "genres_heldout23" / "relations.jsonl": GOLD / "genres_heldout23" / "texts",
    GOLD / "genres_heldout24" / "relations.jsonl": GOLD / "genres_heldout24" / "texts",
    GOLD / "genres_heldout25" / "relations.jsonl": GOLD / "genres_heldout25" / "texts",
    GOLD / "genres_heldout26" / "relations.jsonl": GOLD / "genres_heldout26" / "texts",
    GOLD / "genres_heldout27" / "relations.jsonl": GOLD / "genres_heldout27" / "texts",
    GOLD / "genres_heldout28" / "relations.jsonl": GOLD / "genres_heldout28" / "texts",
    GOLD / "genres_heldout29" / "relations.jsonl": GOLD / "genres_heldout29" / "texts",
    GOLD / "genres_heldout30" / "relations.jsonl": GOLD / "genres_heldout30" / "texts",
    GOLD / "genres_heldout31" / "relations.jsonl": GOLD / "genres_heldout31" / "texts",
    GOLD / "genres_heldout32" / "relations.jsonl": GOLD / "genres_heldout32" / "texts",
    GOLD / "genres_heldout33" / "relations.jsonl": GOLD / "genres_heldout33" / "texts",
    GOLD / "genres_heldout34" / "relations.jsonl": GOLD / "genres_heldout34" / "texts",
    GOLD / "genres_heldout35" / "relations.jsonl": GOLD / "genres_heldout35" / "texts",
    GOLD / "genres_heldout37" / "relations.jsonl": GOLD / "genres_heldout37" / "texts",
    GOLD / "genres_heldout38" / "relations.jsonl": GOLD / "genres_heldout38" / "texts",
    GOLD / "genres_heldout39" / "relations.jsonl": GOLD / "genres_heldout39" / "texts",
    GOLD / "genres_heldout40" / "relations.jsonl": GOLD / "genres_heldout40" / "texts",
    GOLD / "genres_heldout41" / "relations.jsonl": GOLD / "genres_heldout41" / "texts",
    GOLD / "genres_heldout42" / "relations.jsonl": GOLD / "genres_heldout42" / "texts",
    GOLD / "genres_heldout43" / "relations.jsonl": GOLD / "genres_heldout43" / "texts",
    GOLD / "genres_heldout44" / "relations.jsonl": GOLD / "genres_heldout44" / "texts",
    GOLD / "genres_heldout45" / "relations.jsonl": GOLD / "genres_heldout45" / "texts",
    GOLD / "genres_heldout46" / "relations.jsonl": GOLD / "genres_heldout46" / "texts",
    GOLD / "genres_heldout47" / "relations.jsonl": GOLD / "genres_heldout47" / "texts",
    GOLD / "genres_heldout48" / "relations.jsonl": GOLD / "genres_heldout48" / "texts",
    GOLD / "genres_heldout49" / "relations.jsonl": GOLD / "genres_heldout49" / "texts",
    GOLD / "genres_heldout50" / "relations.jsonl": GOLD / "genres_heldout50" / "texts",
    GOLD / "genres_heldout51" / "relations.jsonl": GOLD / "genres_heldout51" / "texts",
    GOLD / "genres_heldout52" / "relations.jsonl": GOLD / "genres_heldout52" / "texts",
    GOLD / "genres_heldout53" / "relations.jsonl": GOLD / "genres_heldout53" / "texts",
    GOLD / "genres_heldout54" / "relations.jsonl": GOLD / "genres_heldout54" / "texts",
    GOLD / "genres_heldout55" / "relations.jsonl": GOLD / "genres_heldout55" / "texts",
    GOLD / "newsletter_heldout_e" / "relations_e.jsonl": None,
}
ENTITY_GOLD = (GOLD / "entities_a.jsonl", GOLD / "entities_b.jsonl", GOLD / "heldout" / "entities_c.jsonl")
SOURCES = ("the relation gold the rules were developed on or that was read after its held-out scoring: the bundled "
           "newsletters' tests/gold/relations/, heldout/relations_c.jsonl, newsletter_heldout/relations_d.jsonl and "
           "newsletter_heldout_e/relations_e.jsonl, and the other genres' relations_genres/ (two files) and "
           "genres_heldout/ to genres_heldout6/, genres_heldout8, 9, 11 to 35 and 37 to 55 — never a set "
           "still held out; linker: tests/gold/entities_a.jsonl, entities_b.jsonl and heldout/entities_c.jsonl")


def measure() -> str:
    """The table the gold in the repository gives today."""
    from kg.build import load_documents
    from kg.evaluate import Evaluation, evaluate, evaluate_relations, load_gold, rule_precision_table
    from kg.link import Linker
    from kg.relations import extract_facts

    linker = Linker()
    corpora: dict[Path | None, dict] = {}
    for texts in dict.fromkeys(RELATION_GOLD.values()):
        corpora[texts] = {(a.source, a.index): a for a in load_documents([texts] if texts else None).articles}
    relations = Evaluation()
    for gold, texts in RELATION_GOLD.items():
        scored = evaluate_relations(load_gold([gold]), corpora[texts], lambda a: extract_facts(a, linker)[1])
        for key, score in scored.rules.items():
            relations.rules[key].tp += score.tp
            relations.rules[key].fp += score.fp
    entities = evaluate(load_gold(ENTITY_GOLD), corpora[None], linker.link_article)
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
