#!/usr/bin/env python3
"""The whole build (articles → exports) on the bundled corpus or given paths, stage by stage.

    python benchmarks/bench_build.py [PATH…] [--out DIR] [--jobs N] [--dask-workers N] [--profile FILE] [--no-reference] [--reference-rounds N]

Prints seconds, articles/s and characters/s per stage, wall time, the extraction's
steps in CPU seconds summed over the workers, peak memory, the size of every export,
and plain jieba.cut over the same text (in CPU seconds too, the median of a few fresh
processes) as the reference, with the extraction's speed as a multiple of it. With ``--dask-workers N`` it then builds
the same files again with the extraction on a Dask ``LocalCluster`` of N single-threaded worker processes (what
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
import statistics
import tempfile
import time
from pathlib import Path

RSS_EVERY = 0.1  # seconds between reads of the main process's resident size
PSS_EVERY = 0.5  # seconds between sums of the proportional set size of all the build's processes


def _build(paths: list[str], out: Path, jobs: int, report, dask_workers: int = 0, profile: Path | None = None) -> None:
    """In the measured process: build (on a LocalCluster of ``dask_workers`` processes, started here
    so that its processes are this one's descendants and measured with it), then report what the watcher prints."""
    from kg.build import build

    cluster, started = None, 0.0
    if dask_workers:
        from dask.distributed import LocalCluster

        begin = time.perf_counter()
        cluster = LocalCluster(n_workers=dask_workers, threads_per_worker=1, processes=True, dashboard_address=None)
        started = time.perf_counter() - begin
    profiler = None
    if profile is not None:  # the main process only (forked children inherit it running, but never write it)
        import cProfile

        profiler = cProfile.Profile()
        profiler.enable()
    start = time.perf_counter()
    result = build(paths or None, out, jobs=jobs, cache=False, scheduler=cluster.scheduler_address if cluster else None)
    wall = time.perf_counter() - start
    if profiler is not None:
        profiler.disable()
        profiler.dump_stats(profile)
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
        "main_cpu": _cpu(resource.RUSAGE_SELF),
        "child_peak": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
    })


def _time_jieba(texts: list[str], report) -> None:
    """In a fresh process: CPU seconds of plain ``jieba.cut`` over ``texts``, its dictionary loaded first."""
    import jieba

    jieba.setLogLevel(60)
    jieba.initialize()
    start = time.process_time()
    for text in texts:
        list(jieba.cut(text))
    report.send(time.process_time() - start)


def _jieba_reference(texts: list[str], rounds: int) -> list[float]:
    """CPU seconds of ``jieba.cut`` over ``texts`` in each of ``rounds`` freshly spawned processes.

    Timed in this process after the build, the same loop ran at 236,000 to 480,000 characters per
    CPU-second from one run to the next (this process holds the build's results and its watcher's
    samples); a fresh process, like the build's extraction worker, reads steadily about 450,000."""
    context = multiprocessing.get_context("spawn")
    seconds = []
    for _ in range(max(1, rounds)):
        receive, send = context.Pipe(duplex=False)
        process = context.Process(target=_time_jieba, args=(texts, send))
        process.start()
        send.close()
        seconds.append(receive.recv())
        process.join()
    return seconds


def tree_pss(pid: int, seen: dict | None = None, parent: int = 0) -> float:
    """PSS (MB) of ``pid`` and its descendants: a page shared by n processes counts 1/n in each,
    so the sum is what the build really uses. With ``seen``, each process's latest CPU seconds
    and largest PSS are kept there (pid → [parent, start tick, what it runs, CPU s, peak MB])."""
    try:
        with open(f"/proc/{pid}/smaps_rollup") as rollup:
            kb = next(int(line.split()[1]) for line in rollup if line.startswith("Pss:"))
        kids = []  # a process forked from another thread (a pool's) is listed under that thread
        for task in os.listdir(f"/proc/{pid}/task"):
            try:
                with open(f"/proc/{pid}/task/{task}/children") as children:
                    kids.extend(int(c) for c in children.read().split())
            except OSError:  # the thread ended
                pass
        if seen is not None:
            with open(f"/proc/{pid}/stat") as stat:
                fields = stat.read().rsplit(")", 1)[1].split()
            cpu = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime + stime
            row = seen.get(pid)
            if row is None:
                with open(f"/proc/{pid}/cmdline", "rb") as cmdline:
                    what = "store loader" if b"fill_store" in cmdline.read() else "fork"
                row = seen[pid] = [parent, int(fields[19]), what, 0.0, 0.0]
            row[3], row[4] = cpu, max(row[4], kb / 1024)
    except (OSError, StopIteration, IndexError, ValueError):
        return 0.0
    return kb / 1024 + sum(tree_pss(kid, seen, pid) for kid in kids)


def _cpu(who: int) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


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
    parser.add_argument("--profile", type=Path, default=None, metavar="FILE",
                        help="Write a cProfile of the build's main process into FILE (slows it; pstats reads it).")
    parser.add_argument("--no-reference", action="store_true", help="Do not time jieba.cut over the same text (minutes at 300×).")
    parser.add_argument("--reference-rounds", type=int, default=3, metavar="N",
                        help="Time jieba.cut in N fresh processes and compare with the median (default 3).")
    args = parser.parse_args()
    out = args.out or Path(tempfile.mkdtemp(prefix="kg-bench-"))
    jobs = args.jobs or os.cpu_count() or 1

    got, samples, whole = _measured(args.paths, out, jobs, profile=args.profile)
    wall = got["wall"]
    cpu = got["cpu"]

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
        rates = f"{articles / seconds:>12,.0f}{chars / seconds:>14,.0f}" if seconds >= 0.01 else f"{'—':>12}{'—':>14}"  # (done while others ran)
        print(f"{stage:<20}{seconds:>9.2f}{rates}{resident:>10,.0f}")
    print(f"{'whole build':<20}{wall:>9.2f}{articles / wall:>12,.0f}{chars / wall:>14,.0f}")
    print(f"CPU: {cpu:.1f} s summed over all the build's processes ({1000 * cpu / articles:.2f} ms per article,"
          f" {1e6 * cpu / chars:.2f} µs per character); {got['main_cpu']:.1f} s in the main process")
    print("CPU and peak PSS per process (sampled every 0.5 s, so a process's last half second may be missing):")
    for pid, (parent, _, what, seconds, peak) in sorted(got["processes"].items(), key=lambda kv: kv[1][1]):
        if seconds >= 0.5 or peak >= 100:
            print(f"  {pid:>8} (parent {parent:>8}) {what:<13}{seconds:>9.1f} CPU-s{peak:>9,.0f} MB")
    print("extraction, per step (CPU seconds summed over the worker processes):")
    for step, seconds in got["extraction"].items():
        print(f"  {step:<18}{seconds:>9.2f}{articles / seconds:>12,.0f}{chars / seconds:>14,.0f}")
    print(f"peak memory: {got['main_peak']:,.0f} MB in the main process, {got['child_peak']:,.0f} MB in the largest child (extractor or store loader);")
    print(f"  all the build's processes together (PSS, sampled every {PSS_EVERY} s): {max(whole, default=0):,.0f} MB at most")
    print("(the store's loader runs in a process of its own, following graph.nt while the main process writes it and")
    print(" then the other exports; the last stage is the Turtle and JSON-LD conversions and what remained of the load)")
    print("exports:")
    for path in map(Path, got["outputs"]):
        print(f"  {path.name:<16}{path.stat().st_size:>12,} bytes")

    if not args.no_reference:
        rounds = _jieba_reference(texts, args.reference_rounds)
        seconds = statistics.median(rounds)
        extraction = sum(got["extraction"].values())
        print(f"reference: jieba.cut {chars / seconds:,.0f} chars per CPU-second over the same text (median of"
              f" {len(rounds)} fresh processes: {', '.join(f'{chars / r:,.0f}' for r in rounds)});"
              f" extraction end to end {chars / extraction:,.0f}, {seconds / extraction:.2f}× jieba.cut")
    if args.dask_workers:
        _on_a_cluster(args.paths, args.dask_workers, got, whole, jobs)


def _measured(paths: list[str], out: Path, jobs: int, dask_workers: int = 0, profile: Path | None = None) -> tuple[dict, list[tuple[float, float]], list[float]]:
    """Build in a process of its own, watched from here: what it reported, its main process's
    resident MB over time, and the PSS of all its processes."""
    receive, report = multiprocessing.Pipe(duplex=False)
    # fork: nothing of kg is imported here yet, so the build pays for its own imports, as `kg build` does.
    builder = multiprocessing.get_context("fork").Process(target=_build, args=(paths, out, jobs, report, dask_workers, profile))
    start = time.perf_counter()
    builder.start()
    report.close()
    samples: list[tuple[float, float]] = []  # (seconds since start, resident MB of the build's main process)
    whole: list[float] = []  # PSS (MB) of all the build's processes
    seen: dict = {}  # pid → [parent, start tick, what it runs, CPU s, peak PSS MB]
    cpu_before = _cpu(resource.RUSAGE_CHILDREN)
    next_pss = start
    while not receive.poll(RSS_EVERY):
        now = time.perf_counter()
        samples.append((now - start, resident_mb(builder.pid)))
        if now >= next_pss:
            whole.append(tree_pss(builder.pid, seen))
            next_pss = now + PSS_EVERY
    try:
        got = receive.recv()
    except EOFError:  # the build's process ended without reporting: its traceback is above
        got = None
    builder.join()
    if got is not None:  # every process of the build has been waited for: their CPU is counted here
        got["cpu"] = _cpu(resource.RUSAGE_CHILDREN) - cpu_before
        got["processes"] = seen
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
