#!/usr/bin/env python3
"""Lookup and SPARQL speed on a built graph (default: exports/ of this checkout).

    python benchmarks/bench_query.py [--exports DIR] [--runs N] [--rdflib]

Prints: cold `kg neighbors 深圳` wall times (a new process each run, median), what a
``PRAGMA quick_check`` of lookup.sqlite would add to a lookup, cold `kg sparql NAME` for
each canned query (``python -m kg``, as the console script runs it) beside the
interpreter's own start and `import kg.cli`, each canned SPARQL query warm (median; the
store's worker process already started, see kg/sandbox.py) beside the floor every query
pays (``ASK {}``), and with ``--rdflib`` one query in rdflib's in-memory store for
comparison (parse time + query time). Figures to read, not tests.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

PARAMS = {  # per canned query: parameters that give non-empty answers on the bundled graph
    "funds_investing_in_industry": {"industry": "工业母机"},
    "default": {"industry": "低空经济", "region": "深圳", "region_a": "北京", "region_b": "上海", "subject": "深圳", "object": "新能源汽车", "entity": "深圳"},
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--exports", type=Path, default=Path(__file__).resolve().parents[1] / "exports")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--rdflib", action="store_true", help="Also time one canned query in rdflib's in-memory store (a minute or more).")
    args = parser.parse_args()
    graph = args.exports / "graph.json"
    from kg.confidence import DEFAULT_MIN_CONFIDENCE
    from kg.namespaces import iri_of_node
    from kg.query import open_graph
    from kg.sparql import PREFIXES, canned_queries

    times = []
    for _ in range(args.runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "kg.cli", "neighbors", "深圳", "--graph", str(graph)], check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    print(f"kg neighbors 深圳, cold (new process): median {statistics.median(times):.2f} s over {args.runs} runs (min {min(times):.2f}, max {max(times):.2f})")
    lookup = args.exports / "lookup.sqlite"
    if lookup.exists():  # what checking the whole index on every lookup would add (lookups catch damage per read instead)
        import sqlite3

        checks = []
        for _ in range(args.runs):
            db = sqlite3.connect(f"file:{lookup}?mode=ro", uri=True)
            start = time.perf_counter()
            db.execute("PRAGMA quick_check").fetchall()
            checks.append(time.perf_counter() - start)
            db.close()
        print(f"PRAGMA quick_check of lookup.sqlite ({lookup.stat().st_size / 1e6:.0f} MB): first {checks[0]:.2f} s, median {statistics.median(checks):.2f} s")
    def cold(command: list[str]) -> list[float]:
        times = []
        for _ in range(args.runs):
            start = time.perf_counter()
            subprocess.run([sys.executable, *command], check=True, capture_output=True)
            times.append(time.perf_counter() - start)
        return times

    def ms(times: list[float]) -> str:
        return f"median {statistics.median(times) * 1000:.0f} ms (min {min(times) * 1000:.0f}, max {max(times) * 1000:.0f})"

    print(f"cold, a new process each run ({args.runs} runs):")
    print(f"  python -c pass (the interpreter alone): {ms(cold(['-c', 'pass']))}")
    print(f"  import kg.cli (click; every command but a local kg sparql): {ms(cold(['-c', 'import kg.cli']))}")
    for name, spec in canned_queries().items():
        values = PARAMS.get(name, PARAMS["default"])
        params = [f"--param={p}={values[p]}" for p, kind in spec.params if kind != "confidence"]
        times = cold(["-m", "kg", "sparql", name, *params, "--graph", str(graph)])  # what the kg console script runs
        print(f"  kg sparql {name}: {ms(times)}")

    index = open_graph(graph)
    store = args.exports / "store"
    print("warm (the store's worker process already started, see kg/sandbox.py):")
    print(f"{'  query':<42}{'median ms':>10}{'rows':>7}")
    floor = {"ASK {} (the floor: checks, worker round trip)": "ASK {}",
             "a literal saying SERVICE (no parse)": 'SELECT ?s WHERE { ?s ?p "SERVICE <http://127.0.0.1:1/> {}" }'}
    for label, text in floor.items():
        _warm(store, label, text, {}, args.runs)
    for name, spec in canned_queries().items():
        values = PARAMS.get(name, PARAMS["default"])
        bindings = {p: iri_of_node(index.resolve(values[p])) if kind == "entity" else (str(DEFAULT_MIN_CONFIDENCE), _DOUBLE)
                    for p, kind in spec.params}
        _warm(store, name, spec.text, bindings, args.runs)

    turtle = args.exports / "graph.ttl"
    if not args.rdflib:
        return
    if turtle.stat().st_size > 20_000_000:
        print(f"rdflib in-memory comparison skipped: {turtle.stat().st_size / 1e6:,.0f} MB of Turtle would take minutes to parse")
        return
    import rdflib

    start = time.perf_counter()
    memory = rdflib.Graph()
    memory.parse(args.exports / "graph.ttl")
    parse = time.perf_counter() - start
    spec = canned_queries()["agencies_policies_industry"]  # no property path: rdflib's engine takes minutes on kg:partOf*
    text = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items()) + spec.text
    binding = {"industry": rdflib.URIRef(iri_of_node(index.resolve("低空经济"))), "min_confidence": rdflib.Literal(DEFAULT_MIN_CONFIDENCE)}
    start = time.perf_counter()
    rows = list(memory.query(text, initBindings=binding))
    query = time.perf_counter() - start
    print(f"rdflib in-memory for comparison: parse graph.ttl {parse:.2f} s, agencies_policies_industry {query * 1000:.0f} ms ({len(rows)} rows)")


_DOUBLE = "http://www.w3.org/2001/XMLSchema#double"


def _warm(store: Path, label: str, text: str, bindings: dict, runs: int) -> None:
    from kg.sparql import run_query

    run_query(store, text, bindings)
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        rows = run_query(store, text, bindings).rows
        samples.append(time.perf_counter() - start)
    print(f"  {label:<40}{statistics.median(samples) * 1000:>10.1f}{len(rows):>7}")


if __name__ == "__main__":
    main()
