#!/usr/bin/env python3
"""Extraction speed on one very long line, beside the same text as normal newsletters.

    python benchmarks/bench_long_lines.py [--chars N] [--repeat N]

Extracts (segment + link + relations, as a build does for one file) the bundled corpus file
by file ("normal"), then texts of N characters (default 5 M) made from it: one line without
any punctuation or line break, one line keeping the punctuation, and the repetitive line of
issue 12 (深圳市支持低空经济发展 over and over, with no punctuation), and the same as one paragraph of
short sentences (a rule looking back over its paragraph from each sentence once made it quadratic). Prints characters per
CPU-second for each (CPU time, not wall time: on a shared machine the wall clock measures the
neighbours too), its ratio to normal (the goal: at least 1/3), the wall seconds per step, and
the peak memory of this process. Every stage is linear, so the figures hardly depend on N.
Then segments files of many short lines, each at --lines and 10 × --lines lines (推荐阅读 labels
between titles, bracketed dates alone, one item of metadata lines), and prints the CPU ratio of
the two: about 10 when linear (an any() over the lines below each label, a lookup in a tuple of
every metadata line, once made them quadratic). A figure to read, not a test.
"""

from __future__ import annotations

import argparse
import re
import resource
import time
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chars", type=int, default=5_000_000, help="length of each long line")
    parser.add_argument("--repeat", type=int, default=3, help="runs of the normal corpus (the best is kept)")
    parser.add_argument("--lines", type=int, default=5_000, help="lines of the smaller many-lines file")
    args = parser.parse_args()

    from kg import BUNDLED_CORPUS
    from kg import build as build_module
    from kg.ingest import read_source
    from kg.link import Linker
    from kg.types import Source

    build_module._LINKER = linker = Linker()
    linker._jieba  # loaded before timing, as a build does before forking

    sources = [read_source(path) for path in sorted(BUNDLED_CORPUS.glob("*.txt"))]
    normal_chars = sum(len(s.text) for s in sources)
    best = float("inf")
    for _ in range(args.repeat):
        start = time.process_time()
        for source in sources:
            build_module.extract_source(source, time_budget=0)
        best = min(best, time.process_time() - start)
    normal = normal_chars / best
    print(f"normal: bundled corpus, {len(sources)} files, {normal_chars:,} characters: {normal:>10,.0f} chars/CPU-s ({best:.2f} CPU-s, best of {args.repeat})")

    corpus = "".join(s.text for s in sources)
    lines = {
        "one line, no punctuation": re.sub(r"[\s\W_]+", "", corpus),
        "one line, with punctuation": corpus.replace("\n", ""),
        "issue 12: 深圳市支持低空经济发展…": "深圳市支持低空经济发展",
        "one paragraph of short sentences: 深圳市支持低空经济发展。…": "深圳市支持低空经济发展。",
    }
    for label, base in lines.items():
        text = (base * (args.chars // len(base) + 1))[: args.chars]
        source = Source(path=Path("long.txt"), text=text, format="txt", encoding="utf-8", sha256="")
        start, wall = time.process_time(), time.perf_counter()
        extracted = build_module.extract_source(source, time_budget=0)
        seconds, wall = time.process_time() - start, time.perf_counter() - wall
        rate = len(text) / seconds
        steps = ", ".join(f"{step} {s:.1f} s" for step, s in extracted.seconds)
        print(f"{label}: {len(text):,} characters: {rate:>10,.0f} chars/CPU-s = {rate / normal:.2f} × normal "
              f"({seconds:.1f} CPU-s; wall {wall:.1f} s: {steps}; {len(extracted.facts):,} facts)")
        del extracted
    many_lines(args.lines)
    print(f"peak memory of this process: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:,.0f} MB")


def many_lines(lines: int) -> None:
    """Segmentation CPU-seconds of files of ``lines`` and 10 × ``lines`` short lines, and their ratio."""
    from kg.segment import segment
    from kg.types import Source

    shapes = {
        "推荐阅读 / a title, over and over": lambda i: f"推荐阅读\n某某市第{i}批重点项目集中开工",
        "bracketed dates alone": lambda i: f"（{2000 + i % 25}年{i % 12 + 1}月{i % 28 + 1}日）",
        "one headline over metadata lines": lambda i: f"来源：某某市第{i}融媒体中心",
    }
    for label, line in shapes.items():
        seconds = []
        for n in (lines, 10 * lines):
            text = "某某市重点项目集中开工\n" + "\n".join(line(i) for i in range(n)) + "\n记者从某某市获悉，项目总投资120亿元。\n"
            start = time.process_time()
            segment(Source(path=Path("lines.txt"), text=text, format="txt", encoding="utf-8", sha256=""))
            seconds.append(time.process_time() - start)
        print(f"many lines, {label}: {lines:,} lines {seconds[0]:.2f} CPU-s, {10 * lines:,} lines {seconds[1]:.2f} CPU-s "
              f"(× {seconds[1] / max(seconds[0], 1e-9):.1f}; linear: about 10)")


if __name__ == "__main__":
    main()
