#!/usr/bin/env python3
"""The extraction's cost in machine instructions: a figure that other jobs on the machine do not move.

    python benchmarks/bench_instructions.py [PATH] [--relations | --link | --segment]      (default: the bundled corpus; needs valgrind)

CPU seconds on this shared 2-core machine vary by a third from one run to the next, more than
most changes to the code; the instructions executed do not vary (hash seed fixed). The script
runs itself under callgrind with instrumentation off, loads the knowledge base, jieba and the
rule tables as a build does before forking its workers, switches instrumentation on, extracts
every file once (segment, link, relations: a cold worker), switches it off, and prints the
count. Run it on two commits to compare them; it takes about 50 times as long as the extraction.
``--relations`` counts the relation rules alone: every article is segmented and linked first, with
instrumentation off, then the rules run over them all (a change to the rules is measured in a
minute, not seven; the linker's caches are those of a worker that has linked every file).
``--link`` counts the linker alone: every article is segmented first, with instrumentation off, then
linked (``Linker.locate_article``; the snippets the rules link are not counted).
``--segment`` counts the segmenter alone: every file is read first, then segmented with
instrumentation on (no linking, no rules).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

_CHILD = "KG_BENCH_INSTRUCTIONS_CHILD"
_STAGES = {
    "--relations": "the relation rules alone (articles segmented and linked first)",
    "--link": "the linker alone (articles segmented first)",
    "--segment": "the segmenter alone (files read first)",
}
_AFTER_SEGMENTING = ("--relations", "--link")


def _extract(path: str | None, only: str | None = None) -> None:
    """In the process callgrind runs: prepare, then extract with instrumentation on (``only``
    ``"--relations"``: segment and link first, then count the relation rules alone; ``"--link"``:
    segment first, then count the linker alone; ``"--segment"``: count the segmenter alone)."""
    from kg import BUNDLED_CORPUS
    from kg import build
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
    articles = [article for source in sources for article in segment(source).articles] if only in _AFTER_SEGMENTING else []
    located = [(article, linker.locate_article(article)) for article in articles] if only == "--relations" else []
    build.worker_gc()  # as a build's workers do
    subprocess.run(["callgrind_control", "-i", "on", str(os.getpid())], check=True, capture_output=True)
    for article, mentions in located:
        extract_facts(article, linker, mentions)
    for article in articles if only == "--link" else ():
        linker.locate_article(article)
    for source in sources if only == "--segment" else ():
        segment(source)
    for source in sources if not only else ():
        articles = segment(source).articles
        for article in articles:
            extract_facts(article, linker, linker.locate_article(article))
    subprocess.run(["callgrind_control", "-i", "off", str(os.getpid())], check=True, capture_output=True)
    print(sum(len(s.text) for s in sources))


def main() -> None:
    args = [a for a in sys.argv[1:] if a not in _STAGES]
    only = next((a for a in sys.argv[1:] if a in _STAGES), None)
    path = args[0] if args else None
    if os.environ.get(_CHILD):
        _extract(path, only)
        return
    if shutil.which("valgrind") is None:
        sys.exit("bench_instructions.py needs valgrind (Debian: apt-get install valgrind)")
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, PYTHONHASHSEED="0", **{_CHILD: "1"})
        run = subprocess.run(
            ["valgrind", "--tool=callgrind", "--instr-atstart=no", f"--callgrind-out-file={tmp}/out", sys.executable, os.path.abspath(__file__), *args[:1], *([only] if only else [])],
            env=env, capture_output=True, text=True,
        )
    collected = re.search(r"Collected : (\d+)", run.stderr)
    if run.returncode or not collected:
        sys.exit(f"callgrind failed:\n{run.stderr[-2000:]}")
    chars = int(run.stdout.split()[-1])
    instructions = int(collected[1])
    what = _STAGES.get(only, "extraction (segment, link, relations; one cold worker)")
    print(f"{what}: {instructions:,} instructions for {chars:,} characters, {instructions / chars:,.0f} per character")


if __name__ == "__main__":
    main()
