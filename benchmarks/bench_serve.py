#!/usr/bin/env python3
"""kg serve: each page's server time, and the time until a 500-node graph is drawn in Chromium.

    python benchmarks/bench_serve.py --exports /tmp/kg-bench/exports-100 [--runs 5]

Make a 100× build first (``benchmarks/make_corpus.py --factor 100`` then ``kg build``,
or ``benchmarks/run 100``). Server times come from Flask's test client (the whole
request in this process, no network): the first request of each page (cold: caches
built on first use) and the median of the next ``--runs``, each as wall time and as
this process's CPU time (steady when other jobs share the cores; a /sparql query's
work is done by its worker process, so its CPU time is not in it). The drawing time is the
page's own measure (``data-kg-ready-ms``: from the first script to vis-network's first
drawing) in headless Chromium, for a 500-node region × industry page of the same build.
Figures to read; nothing here asserts.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

PAGES = [
    "/",
    "/search?q=深圳",
    "/entity/440300",
    "/entity/110000",
    "/entity/industry:low-altitude-economy",
    "/entity/agency:miit",
    "/graph/440300",
    "/graph/industry:low-altitude-economy?view=backers",
    "/graph/440300?since=2024-06&min_weight=2",
    "/graph/110000?depth=2",
    "/overview",
    "/matrix",
    "/matrix?level=city&top=50",
    "/matrix?level=province&branch=新能源&since=2024",
    "/matrix.csv?level=city&top=100",
    "/matrix/cell?region=440000&industry=industry:low-altitude-economy",
    "/sparql?query=SELECT%20%3Fi%20(COUNT(*)%20AS%20%3Fn)%20WHERE%20%7B%20%3Fr%20kg%3Abacks%20%3Fi%20%7D%20GROUP%20BY%20%3Fi%20ORDER%20BY%20DESC(%3Fn)%20LIMIT%2010",
    "/sparql/editor",
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--exports", type=Path, default=ROOT / "exports")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--no-browser", action="store_true", help="Skip the Chromium drawing time.")
    args = parser.parse_args()

    from kg.errors import KgError
    from kg.serve import create_app

    started = time.perf_counter()
    try:
        app = create_app(args.exports)
    except KgError as exc:
        sys.exit(f"bench_serve: {exc}")
    opened = time.perf_counter() - started
    client = app.test_client()
    first_article = _first_article(args.exports)
    pages = PAGES + ([f"/article/{first_article}"] if first_article else [])
    print(f"exports: {args.exports}")
    print(f"app opened (graph.json, newsletters, article index) in {opened:.2f} s")
    print("times in ms: wall (CPU of this process; the SPARQL worker's not counted); wall is inflated when other jobs share the cores")
    print(f"{'page':<70} {'status':>6} {'KB':>6} {'first':>13} {'then (median)':>15}")
    for url in pages:
        wall, cpu = time.perf_counter(), time.process_time()
        response = client.get(url)
        cold = (time.perf_counter() - wall, time.process_time() - cpu)
        times = []
        for _ in range(args.runs):
            wall, cpu = time.perf_counter(), time.process_time()
            client.get(url)
            times.append((time.perf_counter() - wall, time.process_time() - cpu))
        warm = (statistics.median(t for t, _ in times), statistics.median(c for _, c in times))
        print(f"{url[:70]:<70} {response.status_code:>6} {len(response.data) / 1024:>6.0f} {_ms(cold):>13} {_ms(warm):>15}")

    if not args.no_browser:
        _drawing_time(args.exports)


def _ms(times: tuple[float, float]) -> str:
    return f"{times[0] * 1000:.0f} ({times[1] * 1000:.0f})"


def _first_article(exports: Path) -> str | None:
    import json

    path = exports / "articles.jsonl"
    if not path.exists():
        return None
    with open(path, encoding="utf-8") as handle:
        return json.loads(handle.readline())["id"]


def _drawing_time(exports: Path) -> None:
    from browser import body_data, chromium, dump_dom

    from kg import viz
    from kg.query import newsletter_labels, read_graph

    if chromium() is None:
        print("no chromium on PATH: drawing time not measured")
        return
    graph = read_graph(exports / "graph.json")
    t0 = time.perf_counter()
    page = viz.region_industry_page(graph, max_nodes=500, newsletters=newsletter_labels(exports / "articles.jsonl"))
    made = time.perf_counter() - t0
    with tempfile.TemporaryDirectory() as folder:
        path = viz.write_page(page, Path(folder) / "500.html")
        runs = [body_data(dump_dom(path)) for _ in range(3)]
    ready = [float(r["kgReadyMs"]) for r in runs]
    print(f"500-node region × industry page: made in {made:.2f} s ({len(page) / 1e6:.1f} MB), "
          f"{runs[0]['kgNodes']} nodes and {runs[0]['kgEdges']} edges drawn in Chromium in {', '.join(f'{t:.0f}' for t in ready)} ms "
          f"(median {statistics.median(ready):.0f} ms), errors {runs[0]['kgErrors']}")


if __name__ == "__main__":
    main()
