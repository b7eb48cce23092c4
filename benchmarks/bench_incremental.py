#!/usr/bin/env python3
"""Incremental builds against full ones, side by side, on a corpus folder.

    python benchmarks/bench_incremental.py CORPUS [--work DIR] [--check]

Copies CORPUS, builds it in full into an empty folder (nothing cached: every file
extracted, as in bench_build.py), then builds into the same folder after adding one
file, changing one and removing one (each a file from the middle of the sorted
corpus), and prints each wall time and its ratio to the full build, and the CPU
seconds of this process and its children (the extraction workers, the exports'
writers, the store's loader) beside each, with their ratio: on a shared machine the
wall times are noisy. Each incremental build is checked against a full build of the
same files (byte-identical exports) only with --check (it doubles the time).
A figure to read, not a test.
"""

from __future__ import annotations

import argparse
import resource
import shutil
import tempfile
import time
from pathlib import Path


def cpu_seconds() -> float:
    """CPU seconds of this process and of its children that have ended."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--work", type=Path, default=None)
    parser.add_argument("--check", action="store_true", help="compare each update with a full build of the same files")
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="kg-bench-incr-"))
    corpus = work / "corpus"
    shutil.rmtree(corpus, ignore_errors=True)
    files = sorted(p for p in args.corpus.iterdir() if p.is_file())
    held = files[len(files) // 2]  # added back later
    corpus.mkdir(parents=True)
    for path in files:
        if path != held:
            shutil.copy(path, corpus / path.name)

    from kg.build import build

    out = work / "exports"
    shutil.rmtree(out, ignore_errors=True)
    start, cpu = time.perf_counter(), cpu_seconds()
    full = build([corpus], out, jobs=2, cache=True)
    whole, whole_cpu = time.perf_counter() - start, cpu_seconds() - cpu
    print(f"corpus: {len(full.files)} files, {full.article_count} articles")
    print(f"{'build':<28}{'seconds':>9}{'× full':>8}{'CPU-s':>9}{'× full':>8}  how")
    print(f"{'full':<28}{whole:>9.2f}{1:>8.3f}{whole_cpu:>9.2f}{1:>8.3f}")
    changed = files[len(files) // 2 + 2]
    removed = files[len(files) // 2 - 2]
    steps = [
        (f"add {held.name}", lambda: shutil.copy(held, corpus / held.name)),
        (f"change {changed.name}", lambda: (corpus / changed.name).write_text((corpus / changed.name).read_text(encoding="utf-8").replace("。", "。\n", 1), encoding="utf-8")),
        (f"remove {removed.name}", lambda: (corpus / removed.name).unlink()),
    ]
    for label, act in steps:
        act()
        start, cpu = time.perf_counter(), cpu_seconds()
        result = build([corpus], out, jobs=2, cache=True)
        seconds, used = time.perf_counter() - start, cpu_seconds() - cpu
        how = "incremental" if result.incremental else "full (declined)"
        stages = ", ".join(f"{k} {v:.2f}" for k, v in result.timings.items())
        print(f"{label[:27]:<28}{seconds:>9.2f}{seconds / whole:>8.3f}{used:>9.2f}{used / whole_cpu:>8.3f}  {how}: {stages}")
        if args.check:
            reference = build([corpus], work / "reference", jobs=2, cache=False)
            same = all(p.read_bytes() == (out / p.name).read_bytes() for p in reference.outputs)
            print(f"  byte-identical to a full build: {same}")


if __name__ == "__main__":
    main()
