"""Confidence: the rule precision table is what the gold gives; every fact and edge carries one; lookups filter by it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from kg.confidence import DEFAULT_MIN_CONFIDENCE, UNMEASURED, confidence, rule_precision

ROOT = Path(__file__).resolve().parents[1]


def test_committed_rule_precision_table_is_what_the_gold_gives():
    """Reproducible: the table (counts per rule) is rewritten from the gold in the repository."""
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "rule_precision.py"), "--check"], capture_output=True, text=True, timeout=900,
                          env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})
    assert done.returncode == 0, done.stderr


def test_rule_counts_pool_every_dev_relation_gold_and_keep_each_sources():
    """The pooled counts are the sum of the sources' (newsletters and other genres, never the
    held-out genres set); a rule only the genre gold measures has its measured precision, not the unmeasured 0.5."""
    from kg.confidence import RULE_PRECISION

    rows = [line.split("\t") for line in RULE_PRECISION.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    header, rules = rows[0], [r for r in rows[1:] if r[5] != "-"]
    assert header[5:] == ["newsletters", "newsletters_heldout", "genres_linking", "genres_own"]
    for row in rules:
        counts = [tuple(map(int, c.split("/"))) for c in row[5:]]
        assert (int(row[2]), int(row[3])) == (sum(tp for tp, _ in counts), sum(fp for _, fp in counts)), row[0]
    genres_only = [r for r in rules if r[5:7] == ["0/0", "0/0"]]
    assert genres_only and all(confidence(r[0], "rule") == float(r[4]) for r in genres_only)


def test_confidence_is_the_rules_precision_and_knowledge_base_facts_are_certain():
    table = rule_precision()
    explicit = table["cue_backs_explicit"]
    assert confidence("cue_backs_explicit", "rule") == round(explicit.tp / (explicit.tp + explicit.fp), 3)
    assert confidence("kb_hierarchy", "knowledge_base") == 1.0
    assert confidence("no_such_rule", "rule") == UNMEASURED < DEFAULT_MIN_CONFIDENCE
    assert confidence("region_short", "linker") == table["linker"].precision


def test_every_fact_and_edge_carries_a_confidence(bundled_build):
    graph = bundled_build[0].graph
    for u, v, key, attrs in graph.edges(keys=True, data=True):
        assert 0 <= attrs["confidence"] <= 1
        assert attrs["confidence"] == max(confidence(e["rule"], e["method"]) for e in attrs["evidence"]), (u, v, key)


def test_edge_confidence_is_in_the_rdf(rdf_of_bundled):
    from kg.ontology import KG

    values = {float(o) for o in rdf_of_bundled.objects(None, KG.confidence)}
    assert values and all(0 <= x <= 1 for x in values)


@pytest.fixture(scope="module")
def rdf_of_bundled(bundled_build):
    from kg.rdf import graph_to_rdf

    return graph_to_rdf(bundled_build[0].graph)


def test_neighbors_leave_out_facts_below_the_threshold(bundled_build):
    from kg.query import GraphIndex

    index = GraphIndex(bundled_build[0].graph)
    everything = index.neighbors("440300", min_confidence=0)
    default = index.neighbors("440300")
    assert any(r.confidence < DEFAULT_MIN_CONFIDENCE for r in everything)
    assert default and all(r.confidence >= DEFAULT_MIN_CONFIDENCE for r in default)
    assert {(r.relation, r.id) for r in default} < {(r.relation, r.id) for r in everything}


def test_cli_neighbors_shows_the_confidence_and_refuses_a_bad_threshold(bundled_build):
    from click.testing import CliRunner

    from kg.cli import main

    graph = str(bundled_build[1] / "graph.json")
    done = CliRunner().invoke(main, ["neighbors", "深圳", "--graph", graph, "--format", "csv"])
    assert done.exit_code == 0 and done.output.splitlines()[0].split(",")[6] == "confidence"
    bad = CliRunner().invoke(main, ["neighbors", "深圳", "--graph", graph, "--min-confidence", "1.5"])
    assert bad.exit_code != 0 and "0<=x<=1" in bad.output
