#!/usr/bin/env python3
"""Where one cold worker's extraction time goes, by function: a sampling profile.

    python benchmarks/profile_extraction.py [PATH] [--runs N] [--top K] [--lines FUNCTION]

cProfile times every call, and on this extraction (about a million calls of small functions a run)
its own cost outweighs the work, moving the shares towards whatever calls most; callgrind counts
instructions but sees only the interpreter's C functions. This script runs N fresh processes, each
preparing as a build's worker does (knowledge base, jieba, rule tables, collection frozen) and then
extracting every file once (segment, link, relations), and samples the Python stack on the process's
CPU clock (SIGPROF; the kernel's tick, a few milliseconds). It prints each function's share of the
samples with its callees (inclusive) and without (own), and with ``--lines FUNCTION`` the share of
each line of that function. Shares of a few hundred samples a run: read anything under 1 % as noise.
"""

from __future__ import annotations

import argparse
import collections
import os
import pickle
import subprocess
import sys
import tempfile
from pathlib import Path

_CHILD = "KG_PROFILE_EXTRACTION_CHILD"


def _frame_key(code) -> str:
    path = Path(code.co_filename)
    return f"{path.parent.name}/{path.name}:{code.co_name}" if path.parent.name else f"{path.name}:{code.co_name}"


def _extract(path: str | None, out: str) -> None:
    """In a child: prepare as a worker does, then extract every file once with the sampler on."""
    import signal

    from kg import BUNDLED_CORPUS, build
    from kg.ingest import discover, read_source
    from kg.link import Linker
    from kg.relations import extract_facts, prepare
    from kg.segment import segment

    build._LINKER = linker = Linker()
    linker.prepare()
    prepare()
    files, _ = discover([Path(path) if path else BUNDLED_CORPUS])
    files.sort(key=lambda p: (p.name, str(p)))
    sources = [read_source(f) for f in files]
    build.worker_gc()
    stacks: collections.Counter = collections.Counter()

    def sample(_signum, frame) -> None:
        stack = []
        while frame is not None and frame.f_code is not _extract.__code__:  # (this script's own frames: not the extraction's)
            stack.append((_frame_key(frame.f_code), frame.f_lineno))
            frame = frame.f_back
        stacks[tuple(stack)] += 1

    signal.signal(signal.SIGPROF, sample)
    signal.setitimer(signal.ITIMER_PROF, 0.001, 0.001)
    for source in sources:
        for article in segment(source).articles:
            extract_facts(article, linker, linker.locate_article(article))
    signal.setitimer(signal.ITIMER_PROF, 0, 0)
    with open(out, "wb") as f:
        pickle.dump(stacks, f)


def main() -> None:
    if os.environ.get(_CHILD):
        _extract(os.environ[_CHILD + "_PATH"] or None, os.environ[_CHILD])
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", help="files or a folder (default: the bundled corpus)")
    parser.add_argument("--runs", type=int, default=10, help="fresh processes to sample (default 10)")
    parser.add_argument("--top", type=int, default=40, help="functions to print (default 40)")
    parser.add_argument("--lines", metavar="FUNCTION", help="also print the share of each line of this function (its name)")
    args = parser.parse_args()
    stacks: collections.Counter = collections.Counter()
    with tempfile.TemporaryDirectory() as tmp:
        for n in range(args.runs):
            out = f"{tmp}/{n}.pickle"
            env = dict(os.environ, PYTHONHASHSEED="0", **{_CHILD: out, _CHILD + "_PATH": args.path or ""})
            subprocess.run([sys.executable, __file__], env=env, check=True)
            with open(out, "rb") as f:
                stacks.update(pickle.load(f))
    total = sum(stacks.values())
    inclusive: collections.Counter = collections.Counter()
    own: collections.Counter = collections.Counter()
    lines: collections.Counter = collections.Counter()
    for stack, count in stacks.items():
        own[stack[0][0] if stack else "(the loop over the files)"] += count
        for function in {function for function, _ in stack}:
            inclusive[function] += count
        if args.lines:
            for line in {(function, line) for function, line in stack if function.endswith(":" + args.lines)}:
                lines[line] += count
    print(f"{total:,} samples in {args.runs} runs (one cold worker each)")
    print("inclusive (with callees):")
    for function, count in inclusive.most_common(args.top):
        print(f"  {100 * count / total:5.1f} %  {function}")
    print("own:")
    for function, count in own.most_common(args.top):
        print(f"  {100 * count / total:5.1f} %  {function}")
    if args.lines:
        print(f"lines of {args.lines} (inclusive):")
        for (function, line), count in sorted(lines.items(), key=lambda x: (x[0][0], x[0][1] or 0)):
            print(f"  {100 * count / total:5.1f} %  {function}:{line}")


if __name__ == "__main__":
    main()
