#!/usr/bin/env python3
"""The whole build (articles → exports) on the bundled corpus or given paths, stage by stage.

    python benchmarks/bench_build.py [PATH…] [--out DIR]

Prints seconds, articles/s and characters/s per stage, wall time, peak memory,
the size of every export, and plain jieba.cut over the same text as the
reference. A figure to read, not a test.

The build runs in a process of its own and this one watches it from outside, so
measuring disturbs what is measured as little as it can: the main process's
resident size is read every 0.1 s (cheap), the proportional set size of all the
build's processes every 0.5 s (reading it walks each process's page tables: about
15 ms for a 700 MB process, which at 0.1 s from inside the build cost the 100×
build 8 of its 85 seconds).
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import resource
import tempfile
import time
from pathlib import Path

RSS_EVERY = 0.1  # seconds between reads of the main process's resident size
PSS_EVERY = 0.5  # seconds between sums of the proportional set size of all the build's processes


def _build(paths: list[str], out: Path, jobs: int, report) -> None:
    """In the measured process: build, then report what the watcher prints."""
    from kg.build import build

    start = time.perf_counter()
    result = build(paths or None, out, jobs=jobs, cache=False)
    wall = time.perf_counter() - start
    report.send({
        "wall": wall,
        "timings": dict(result.timings),
        "extraction": dict(result.extraction),
        "files": len(result.files),
        "errors": [str(error) for error in result.errors],
        "articles": result.article_count,
        "outputs": [str(path) for path in result.outputs],
        "main_peak": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "child_peak": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
    })


def tree_pss(pid: int) -> float:
    """PSS (MB) of ``pid`` and its descendants: a page shared by n processes counts 1/n in each,
    so the sum is what the build really uses."""
    try:
        with open(f"/proc/{pid}/smaps_rollup") as rollup:
            kb = next(int(line.split()[1]) for line in rollup if line.startswith("Pss:"))
        with open(f"/proc/{pid}/task/{pid}/children") as children:
            kids = [int(c) for c in children.read().split()]
    except (OSError, StopIteration):
        return 0.0
    return kb / 1024 + sum(tree_pss(kid) for kid in kids)


def resident_mb(pid: int) -> float:
    try:
        with open(f"/proc/{pid}/statm") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    except OSError:
        return 0.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*")
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--jobs", type=int, default=None, help="default: all cores")
    args = parser.parse_args()
    out = args.out or Path(tempfile.mkdtemp(prefix="kg-bench-"))

    receive, report = multiprocessing.Pipe(duplex=False)
    # fork: nothing of kg is imported here yet, so the build pays for its own imports, as `kg build` does.
    builder = multiprocessing.get_context("fork").Process(target=_build, args=(args.paths, out, args.jobs or os.cpu_count() or 1, report))
    start = time.perf_counter()
    builder.start()
    report.close()
    samples: list[tuple[float, float]] = []  # (seconds since start, resident MB of the build's main process)
    whole: list[float] = []  # PSS (MB) of all the build's processes
    next_pss = start
    while not receive.poll(RSS_EVERY):
        now = time.perf_counter()
        samples.append((now - start, resident_mb(builder.pid)))
        if now >= next_pss:
            whole.append(tree_pss(builder.pid))
            next_pss = now + PSS_EVERY
    try:
        got = receive.recv()
    except EOFError:  # the build's process ended without reporting: its traceback is above
        got = None
    builder.join()
    if got is None or builder.exitcode:
        raise SystemExit(f"the build failed (exit code {builder.exitcode})")
    if not got["files"]:
        raise SystemExit("nothing could be read: " + "; ".join(got["errors"]))
    wall = got["wall"]

    import json

    with open(out / "articles.jsonl", encoding="utf-8") as handle:
        records = [json.loads(line) for line in handle]
    texts = ["\n".join([r["title"], *(p["text"] for p in r["paragraphs"])]) for r in records]  # Article.text
    articles = got["articles"]
    chars = sum(map(len, texts))
    print(f"corpus: {got['files']} files, {articles} articles, {chars:,} characters")
    print(f"{'stage':<20}{'seconds':>9}{'articles/s':>12}{'chars/s':>14}{'peak MB':>10}")
    begin = 0.0
    for stage, seconds in got["timings"].items():
        resident = max((mb for t, mb in samples if begin <= t < begin + seconds), default=float("nan"))
        begin += seconds
        print(f"{stage:<20}{seconds:>9.2f}{articles / seconds:>12,.0f}{chars / seconds:>14,.0f}{resident:>10,.0f}")
    print(f"{'whole build':<20}{wall:>9.2f}{articles / wall:>12,.0f}{chars / wall:>14,.0f}")
    print("extraction, per step (seconds summed over the worker processes):")
    for step, seconds in got["extraction"].items():
        print(f"  {step:<18}{seconds:>9.2f}{articles / seconds:>12,.0f}{chars / seconds:>14,.0f}")
    print(f"peak memory: {got['main_peak']:,.0f} MB in the main process, {got['child_peak']:,.0f} MB in the largest child (extractor, converter or store loader);")
    print(f"  all the build's processes together (PSS, sampled every {PSS_EVERY} s): {max(whole, default=0):,.0f} MB at most")
    print("(the last stage is what remained to wait for: the N-Triples writer, the store's loader and the")
    print(" Turtle and JSON-LD converters run in their own processes while the main one writes the rest)")
    print("exports:")
    for path in map(Path, got["outputs"]):
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
