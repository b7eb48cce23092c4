#!/usr/bin/env python3
"""Build ``kg/data/kb/industries.tsv`` from the SKOS scheme ``ontology/industries.ttl``.

The Turtle file is the source of truth (edit it, not the TSV); the TSV is the
fast form the entity linker loads without parsing RDF. A test checks that the
committed TSV equals what this script writes, so the two never drift apart.

    python scripts/kb/build_industries.py            # rewrite the TSV
"""

from __future__ import annotations

import argparse
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TTL = ROOT / "ontology" / "industries.ttl"
TSV = ROOT / "kg" / "data" / "kb" / "industries.tsv"
IND = "https://w3id.org/kg-regional-policy/industry/"
COLUMNS = ("slug", "pref_zh", "pref_en", "alt_zh", "broader", "notation")


def industry_rows(ttl: Path = TTL) -> list[tuple[str, ...]]:
    """One row per skos:Concept of the scheme, sorted by slug."""
    import rdflib
    from rdflib.namespace import RDF, SKOS

    graph = rdflib.Graph()
    graph.parse(ttl, format="turtle")

    def labels(concept, prop, lang):
        return sorted(str(o) for o in graph.objects(concept, prop) if getattr(o, "language", None) == lang)

    rows = []
    for concept in graph.subjects(RDF.type, SKOS.Concept):
        slug = str(concept).removeprefix(IND)
        broader = sorted(str(b).removeprefix(IND) for b in graph.objects(concept, SKOS.broader))
        notation = sorted(str(n) for n in graph.objects(concept, SKOS.notation))
        rows.append((
            slug,
            "|".join(labels(concept, SKOS.prefLabel, "zh")),
            "|".join(labels(concept, SKOS.prefLabel, "en")),
            "|".join(labels(concept, SKOS.altLabel, "zh")),
            "|".join(broader),
            "|".join(notation),
        ))
    return sorted(rows)


def render(rows: list[tuple[str, ...]]) -> str:
    header = f"# Generated from ontology/industries.ttl by scripts/kb/build_industries.py; do not edit.\n{chr(9).join(COLUMNS)}\n"
    return header + "".join("\t".join(row) + "\n" for row in rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=TSV)
    args = parser.parse_args()
    args.out.write_text(render(industry_rows()), encoding="utf-8")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
