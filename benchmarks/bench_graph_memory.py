#!/usr/bin/env python3
"""The main process's graph alone: its memory and CPU from a corpus's extraction, without the writers.

    python benchmarks/bench_graph_memory.py CORPUS --cache DIR [--repeat K]

Extracts every file of CORPUS once into the extraction cache DIR (as ``kg build`` caches it, one
process: slow the first time), then in this process adds every file's records to a
:class:`kg.graph.GraphBuilder` and builds the graph, printing the resident size before, after
the records are added, once the graph is built and at the peak. ``--repeat K`` adds every file's
records K times, each time under other article ids and file names (``article:X~k``), which makes
a graph K times the corpus's articles, evidence and article edges from one extraction: a
projection of a K times larger corpus (its entity edges merge as a larger corpus's do; its
sentences are repeated, not new). A figure to read, not a test.
"""

from __future__ import annotations

import argparse
import gc
import time
from dataclasses import replace
from pathlib import Path


def _status(field: str) -> float:
    with open("/proc/self/status") as handle:
        return next(int(line.split()[1]) / 1024 for line in handle if line.startswith(field))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--cache", type=Path, required=True)
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args()
    from kg.build import _Extraction, pipeline_version
    from kg.graph import GraphBuilder
    from kg.ingest import discover
    from kg.kb import load_kb

    files, _ = discover([args.corpus])
    files.sort(key=lambda path: (path.name, str(path)))
    args.cache.mkdir(parents=True, exist_ok=True)
    work = _Extraction(args.cache, pipeline_version())
    kb = load_kb()
    gc.disable()  # as the build does
    base, cpu = _status("VmRSS"), time.process_time()
    builder = GraphBuilder(kb)
    for k in range(args.repeat):
        for path in files:
            extracted = work(path)
            if args.repeat == 1:
                builder.add(extracted.article_nodes, extracted.facts)
                continue
            renamed = {f"{a}": f"{a}~{k}" for a, _ in extracted.article_nodes}
            facts = [replace(f, subject=renamed.get(f.subject, f.subject), object=renamed.get(f.object, f.object),
                             evidence=replace(f.evidence, article=f"{f.evidence.article}~{k}" if f.evidence.article else "",
                                              source=f"{k}-{f.evidence.source}")) for f in extracted.facts]
            builder.add([(renamed[a], attrs) for a, attrs in extracted.article_nodes], facts)
    added = _status("VmRSS")
    graph = builder.graph()
    del builder
    built = _status("VmRSS")
    evidence = sum(len(attrs["evidence"]) for *_, attrs in graph.edges(keys=True, data=True))
    print(f"{len(files)} files × {args.repeat}: {graph.number_of_nodes():,} nodes, {graph.number_of_edges():,} edges, {evidence:,} evidence items")
    print(f"resident: {base:.0f} MB before, {added:.0f} MB with the records added, {built:.0f} MB with the graph built, "
          f"{_status('VmHWM'):.0f} MB at the peak; {time.process_time() - cpu:.1f} CPU-s")


if __name__ == "__main__":
    main()
