#!/usr/bin/env python3
"""The whole build (articles → exports) on the bundled corpus or given paths, stage by stage.

    python benchmarks/bench_build.py [PATH…] [--out DIR]

Prints seconds, articles/s and characters/s per stage, wall time, peak memory,
the size of every export, and plain jieba.cut over the same text as the
reference. A figure to read, not a test.
"""

from __future__ import annotations

import argparse
import resource
import tempfile
import time
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*")
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--jobs", type=int, default=None, help="default: all cores")
    args = parser.parse_args()
    out = args.out or Path(tempfile.mkdtemp(prefix="kg-bench-"))

    from kg.build import build

    import os
    import threading

    samples: list[tuple[float, float]] = []  # (seconds since start, resident MB of this process)
    whole: list[float] = []  # proportional set size (MB) of this process and all its descendants
    done = threading.Event()

    def tree_pss(pid: int) -> float:
        """PSS counts a page shared by n processes as 1/n in each: their sum is what the build really uses."""
        try:
            with open(f"/proc/{pid}/smaps_rollup") as rollup:
                kb = next(int(line.split()[1]) for line in rollup if line.startswith("Pss:"))
            with open(f"/proc/{pid}/task/{pid}/children") as children:
                kids = [int(c) for c in children.read().split()]
        except (OSError, StopIteration):
            return 0.0
        return kb / 1024 + sum(tree_pss(kid) for kid in kids)

    def sample() -> None:
        page = os.sysconf("SC_PAGE_SIZE") / 2**20
        while not done.wait(0.1):
            with open("/proc/self/statm") as statm:
                samples.append((time.perf_counter() - start, int(statm.read().split()[1]) * page))
            whole.append(tree_pss(os.getpid()))

    start = time.perf_counter()
    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    result = build(args.paths or None, out, jobs=args.jobs or os.cpu_count() or 1, cache=False)
    wall = time.perf_counter() - start
    done.set()
    import json

    with open(out / "articles.jsonl", encoding="utf-8") as handle:
        records = [json.loads(line) for line in handle]
    texts = ["\n".join([r["title"], *(p["text"] for p in r["paragraphs"])]) for r in records]  # Article.text
    articles = result.article_count
    chars = sum(map(len, texts))
    print(f"corpus: {len(result.files)} files, {articles} articles, {chars:,} characters")
    print(f"{'stage':<20}{'seconds':>9}{'articles/s':>12}{'chars/s':>14}{'peak MB':>10}")
    begin = 0.0
    for stage, seconds in result.timings.items():
        resident = max((mb for t, mb in samples if begin <= t < begin + seconds), default=float("nan"))
        begin += seconds
        print(f"{stage:<20}{seconds:>9.2f}{articles / seconds:>12,.0f}{chars / seconds:>14,.0f}{resident:>10,.0f}")
    print(f"{'whole build':<20}{wall:>9.2f}{articles / wall:>12,.0f}{chars / wall:>14,.0f}")
    print("extraction, per step (seconds summed over the worker processes):")
    for step, seconds in result.extraction.items():
        print(f"  {step:<18}{seconds:>9.2f}{articles / seconds:>12,.0f}{chars / seconds:>14,.0f}")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"peak memory: {peak:,.0f} MB in the main process, {workers:,.0f} MB in the largest child (extractor, converter or store loader);")
    print(f"  all the build's processes together (PSS, sampled every 0.1 s): {max(whole, default=0):,.0f} MB at most")
    print("(the last stage is what remained to wait for: the N-Triples writer, the store's loader and the")
    print(" Turtle and JSON-LD converters run in their own processes while the main one writes the rest)")
    print("exports:")
    for path in result.outputs:
        print(f"  {path.name:<16}{path.stat().st_size:>12,} bytes")

    import jieba

    jieba.initialize()
    t = time.perf_counter()
    for text in texts:
        list(jieba.cut(text))
    seconds = time.perf_counter() - t
    print(f"reference: jieba.cut {chars / seconds:,.0f} chars/s over the same text")


if __name__ == "__main__":
    main()
