#!/usr/bin/env python3
"""The whole build (articles → exports) on the bundled corpus or given paths, stage by stage.

    python benchmarks/bench_build.py [PATH…] [--out DIR] [--jobs N] [--dask-workers N]

Prints seconds, articles/s and characters/s per stage, wall time, the extraction's
steps in CPU seconds summed over the workers, peak memory, the size of every export,
and plain jieba.cut over the same text (in CPU seconds too) as the reference, with
the extraction's speed as a multiple of it. With ``--dask-workers N`` it then builds the same files again with the
extraction on a Dask ``LocalCluster`` of N single-threaded worker processes (what
``kg build --scheduler`` does with a real cluster), prints that build's wall time and
memory beside the local one's, and checks that its exports are byte-identical.
A figure to read, not a test.

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


def _build(paths: list[str], out: Path, jobs: int, report, dask_workers: int = 0) -> None:
    """In the measured process: build (on a LocalCluster of ``dask_workers`` processes, started here
    so that its processes are this one's descendants and measured with it), then report what the watcher prints."""
    from kg.build import build

    cluster, started = None, 0.0
    if dask_workers:
        from dask.distributed import LocalCluster

        begin = time.perf_counter()
        cluster = LocalCluster(n_workers=dask_workers, threads_per_worker=1, processes=True, dashboard_address=None)
        started = time.perf_counter() - begin
    start = time.perf_counter()
    result = build(paths or None, out, jobs=jobs, cache=False, scheduler=cluster.scheduler_address if cluster else None)
    wall = time.perf_counter() - start
    if cluster is not None:
        cluster.close()
    report.send({
        "wall": wall,
        "cluster_start": started,
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
    parser.add_argument("--dask-workers", type=int, default=0, metavar="N",
                        help="Then build again on a Dask LocalCluster of N worker processes and compare (needs kg[scale]).")
    args = parser.parse_args()
    out = args.out or Path(tempfile.mkdtemp(prefix="kg-bench-"))
    jobs = args.jobs or os.cpu_count() or 1

    got, samples, whole = _measured(args.paths, out, jobs)
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
    print("extraction, per step (CPU seconds summed over the worker processes):")
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
    t = time.process_time()  # CPU seconds, as the extraction's steps: on a shared machine wall time says little
    for text in texts:
        list(jieba.cut(text))
    seconds = time.process_time() - t
    extraction = sum(got["extraction"].values())
    print(f"reference: jieba.cut {chars / seconds:,.0f} chars per CPU-second over the same text;"
          f" extraction end to end {chars / extraction:,.0f}, {seconds / extraction:.2f}× jieba.cut")
    if args.dask_workers:
        _on_a_cluster(args.paths, args.dask_workers, got, whole, jobs)


def _measured(paths: list[str], out: Path, jobs: int, dask_workers: int = 0) -> tuple[dict, list[tuple[float, float]], list[float]]:
    """Build in a process of its own, watched from here: what it reported, its main process's
    resident MB over time, and the PSS of all its processes."""
    receive, report = multiprocessing.Pipe(duplex=False)
    # fork: nothing of kg is imported here yet, so the build pays for its own imports, as `kg build` does.
    builder = multiprocessing.get_context("fork").Process(target=_build, args=(paths, out, jobs, report, dask_workers))
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
    return got, samples, whole


def _on_a_cluster(paths: list[str], workers: int, local: dict, local_whole: list[float], jobs: int) -> None:
    """The same build with the extraction on a LocalCluster of ``workers`` processes, printed beside
    the local one (``local``: what it reported; ``local_whole``: its processes' PSS over time)."""
    out = Path(tempfile.mkdtemp(prefix="kg-bench-dask-"))
    got, _, whole = _measured(paths, out, jobs, workers)
    if got["errors"] != local["errors"]:
        print("on the cluster, other files failed: " + "; ".join(got["errors"]))
    pairs = list(zip(local["outputs"], got["outputs"]))
    differ = [Path(a).name for a, b in pairs if Path(a).read_bytes() != Path(b).read_bytes()]
    if len(got["outputs"]) != len(local["outputs"]):
        differ.append(f"{len(got['outputs'])} exports against {len(local['outputs'])}")
    print(f"on a Dask LocalCluster of {workers} worker processes (1 thread each; started in {got['cluster_start']:.1f} s, not counted):")
    print(f"{'':<20}{'whole build':>12}{'extraction':>12}{'memory MB, all processes':>26}")
    for label, run, pss in (("local (forked pool)", local, local_whole), ("Dask LocalCluster", got, whole)):
        extraction = run["timings"].get("extract", float("nan"))
        print(f"{label:<20}{run['wall']:>11.1f}s{extraction:>11.1f}s{max(pss, default=0):>26,.0f}")
    print(f"exports byte-identical to the local build's: {'NO: ' + ', '.join(differ) if differ else 'yes'}"
          f" ({len(pairs)} files compared)")


if __name__ == "__main__":
    main()
