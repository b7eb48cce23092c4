"""The whole pipeline as one function, used by ``kg build`` and ``build_graph.py``.

files → articles → linked mentions → facts → graph → exports (``articles.jsonl``,
``graph.json`` node-link, ``graph.gexf``, ``graph.ttl``, ``graph.nt``, ``graph.jsonld``,
``summary.txt``), each written atomically.

Built to scale: each file is extracted on its own (in worker processes, or on a
Dask cluster) into a compact :class:`Extracted` record; the main process keeps
only the graph, streams every large export to disk, and never holds a whole
corpus's documents or export text in memory.
"""

from __future__ import annotations

import gc
import re
import signal
from array import array
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from kg import BUNDLED_CORPUS
from kg.errors import BuildLocked, InputError, InputWarning, Interrupted, KgError
from kg.export import StagedFiles, article_record, atomic_write, jsonl, swap_directory, sync
from kg.ingest import discover, read_source
from kg.segment import pasted_paragraphs, segment
from kg.types import Article, Document, Fact, Newsletter

__all__ = ["Loaded", "BuildResult", "Extracted", "FileSummary", "load_documents", "build", "extract_file", "pipeline_version", "summary_text"]

DEFAULT_EXPORTS = Path("exports")


def _identity(items, label):
    return items


@dataclass
class Loaded:
    """Files read and segmented (``kg articles``, ``kg extract``): documents, and the files that failed."""

    documents: list[Document] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)
    warnings: list[InputWarning] = field(default_factory=list)  # files read, but with problems

    @property
    def articles(self) -> list[Article]:
        return [a for d in self.documents for a in d.articles]


@dataclass(frozen=True)
class FileSummary:
    """What the build summary says of one file."""

    name: str
    path: str
    layout: str
    newsletter: Newsletter
    sections: tuple[str | None, ...]  # one per article
    chars: int = 0  # length of the file's text
    pasted: tuple[int, ...] = ()  # a file read as one article: first lines of paragraphs that look like items pasted together


@dataclass(frozen=True)
class Extracted:
    """What the build keeps of one file once it is extracted (the unit of parallel work
    and of the cache): no source text, only what the exports need."""

    file: FileSummary
    articles_jsonl: str  # its lines of articles.jsonl
    article_nodes: tuple[tuple[str, dict], ...]
    facts: tuple[Fact, ...]
    seconds: tuple[tuple[str, float], ...] = ()  # CPU seconds the extraction took, per step (not exported)
    warnings: tuple[InputWarning, ...] = ()  # read with problems (invalid bytes replaced …)


@dataclass
class BuildResult:
    files: list[FileSummary] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)
    warnings: list[InputWarning] = field(default_factory=list)  # files read, but with problems
    outputs: list[Path] = field(default_factory=list)
    graph: object = None  # networkx.MultiDiGraph once built
    timings: dict = field(default_factory=dict)  # wall seconds per stage (not written anywhere: not stable)
    extraction: Counter = field(default_factory=Counter)  # CPU seconds per extraction step, summed over the workers
    views: list = field(default_factory=list)  # HTML pages written (exports/views/, not committed)
    incremental: object = None  # set by an incremental update (kg.incremental)
    summary_counts: object = None  # (node → (type, name), edges per relation, backs weights) when there is no graph

    @property
    def article_count(self) -> int:
        return sum(len(f.sections) for f in self.files)


def load_documents(
    paths: Iterable[str | Path] | None = None,
    progress: Callable[[Path], None] | None = None,
    strict_encoding: bool = False,
    every_reading: bool = False,
) -> Loaded:
    """Read and segment every file under ``paths`` (default: the bundled corpus).

    A file that cannot be read is recorded in ``errors``, one read with problems in
    ``warnings``; the others go on. ``every_reading``: each document lists every reading
    of its file, scored (:func:`kg.segment.segment`), as ``kg articles --explain`` shows them.
    """
    files, errors = discover(list(paths) if paths else [BUNDLED_CORPUS])
    result = Loaded(errors=errors)
    for path in files:
        if progress:
            progress(path)
        try:
            source = read_source(path, strict_encoding=strict_encoding)
            result.documents.append(segment(source, every_reading))
        except InputError as exc:
            result.errors.append(exc)
            continue
        result.warnings.extend(InputWarning(path, problem) for problem in source.problems)
    result.documents.sort(key=lambda d: (d.source.name, str(d.source.path)))
    return result


# ---------------------------------------------------------------- extraction, one file at a time

_LINKER = None  # set in the parent before forking, inherited by the workers


def pipeline_version() -> str:
    """A hash of everything extraction depends on: the code and the data tables.

    The cache of a file is valid only for the pipeline that made it.
    """
    import hashlib

    import kg

    root = Path(kg.__file__).parent
    digest = hashlib.sha256(kg.__version__.encode())
    for path in sorted([*root.glob("*.py"), *root.glob("kb/*.py"), *root.glob("link/*.py"), *root.glob("relations/*.py"), *root.glob("data/kb/*"), *root.glob("data/relations/*")]):
        digest.update(path.relative_to(root).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def _pasted_lines(document: Document) -> tuple[int, ...]:
    """First lines (1-based) of the paragraphs of ``document`` that look like several items pasted together, kept whole."""
    return tuple(document.source.text.count("\n", 0, p.start) + 1 for p, _ in pasted_paragraphs(document))


def extract_file(path: str | Path, *, strict_encoding: bool = False, time_budget: float | None = None) -> Extracted | InputError:
    """Read, segment, link and extract one file, or say why not (never raises for the file).

    A pure function of the file (and the pipeline): the unit of parallel work. Anything that
    goes wrong with this file, a bug of kg included, comes back as an :class:`InputError`
    naming it, so one bad file never stops a build. ``strict_encoding``: refuse a UTF-8 file
    with invalid bytes instead of replacing them; ``time_budget``: see :func:`extract_source`.
    """
    path = Path(path)
    try:
        return extract_source(read_source(path, strict_encoding=strict_encoding), time_budget)
    except InputError as exc:
        return exc
    except Exception as exc:  # a bug met on this file: reported for it, the build goes on
        return _failed(path, exc)


def _failed(path: str | Path, exc: BaseException) -> InputError:
    return InputError(path, f"extraction failed ({type(exc).__name__}: {exc}); this is a bug in kg, please report it with the file")


def extract_source(source, time_budget: float | None = None) -> Extracted:
    """Segment, link and extract a source already read.

    Raises :class:`InputError` when it takes longer than its budget: ``time_budget`` seconds,
    ``0`` for no limit, by default a minute plus a second per 10,000 characters
    (:func:`kg.budget.seconds_for`).
    """
    import time

    from kg.budget import OverBudget, seconds_for
    from kg.budget import time_budget as budget
    from kg.graph import article_node
    from kg.relations import extract_facts

    global _LINKER
    if _LINKER is None:  # a worker that was not forked from the build (a Dask worker)
        from kg.link import Linker

        _LINKER = Linker()
    try:
        with budget(seconds_for(len(source.text), time_budget)):
            # CPU seconds: what a step costs, whatever else the machine runs at the time
            start = time.process_time()
            document = segment(source)
            articles = document.articles
            segmented = time.process_time()
            located = [_LINKER.locate_article(a) for a in articles]
            linked = time.process_time()
            facts = tuple(f for article, found in zip(articles, located) for f in extract_facts(article, _LINKER, found)[1])
            done = time.process_time()
    except OverBudget as exc:
        raise InputError(source.path, f"{exc} ({len(source.text):,} characters)") from None
    return Extracted(
        file=FileSummary(source.name, str(source.path), document.layout, document.newsletter, tuple(a.section for a in articles), len(source.text),
                         _pasted_lines(document) if len(articles) == 1 else ()),
        articles_jsonl=jsonl(article_record(a) for a in articles),
        article_nodes=tuple(article_node(a) for a in articles),
        facts=facts,
        seconds=(("segment", segmented - start), ("link", linked - segmented), ("relations", done - linked)),
        warnings=tuple(InputWarning(source.path, problem) for problem in source.problems),
    )


def _extract_bytes(name: str, data: bytes, strict_encoding: bool = False, time_budget: float | None = None) -> Extracted | InputError:
    """The Dask task: the file travels as bytes, so workers need not see the same disk."""
    from kg.ingest import source_from_bytes

    try:
        return extract_source(source_from_bytes(name, data, strict_encoding=strict_encoding), time_budget)
    except InputError as exc:
        return exc
    except Exception as exc:  # see extract_file
        return _failed(name, exc)


def _extract_on_cluster(files: Sequence[Path], scheduler: str, track: Callable, strict_encoding: bool, time_budget: float | None) -> Iterable:
    """Run the extraction of every file on a Dask cluster; results in file order, as they come.

    A task that fails on the cluster (its worker died, the result could not come back …)
    is reported for its file; the others go on.
    """
    try:
        from dask.distributed import Client
    except ImportError as exc:  # the "scale" extra
        raise KgError("--scheduler needs dask.distributed: pip install 'kg[scale]'") from exc
    with Client(scheduler) as client:
        futures = []
        for path in files:
            try:
                futures.append((path, client.submit(_extract_bytes, str(path), path.read_bytes(), strict_encoding, time_budget, pure=False)))
            except OSError as exc:
                futures.append((path, InputError(path, f"cannot read: {exc.strerror or exc}")))
        for path, future in track(futures, "extracting"):
            if isinstance(future, InputError):
                yield future
                continue
            try:
                yield future.result()
            except Exception as exc:  # KilledWorker, a lost connection …
                yield InputError(path, f"failed on the Dask cluster ({type(exc).__name__}: {exc})")


@dataclass(frozen=True)
class _Extraction:
    """The extraction of one file as a build runs it (the cache, the options): a picklable
    callable, sent to the worker processes."""

    cache: Path | None
    version: str
    strict_encoding: bool = False
    time_budget: float | None = None

    def __call__(self, path: Path) -> Extracted | InputError:
        import pickle

        if _IN_WORKER:
            _limit_cpu(path, self.time_budget)
        if self.cache is None:
            return extract_file(path, strict_encoding=self.strict_encoding, time_budget=self.time_budget)
        try:
            data = path.read_bytes()
        except OSError:
            return extract_file(path)  # extract_file reports the read error
        entry = self.cache / f"{cache_key(path, data, self.strict_encoding)}-{self.version}.pickle"
        if entry.exists():
            try:
                return pickle.loads(entry.read_bytes())
            except (pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError):
                entry.unlink(missing_ok=True)  # a damaged entry is recomputed
        result = _extract_bytes(str(path), data, self.strict_encoding, self.time_budget)  # the bytes read once, for the key and the text
        if not isinstance(result, InputError):
            atomic_write(entry, pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL))
        return result


def cache_key(path: Path, data: bytes, strict_encoding: bool) -> str:
    """The cache's key for a file: its name and content (and whether encodings are strict)."""
    import hashlib

    strict = b"\0strict" if strict_encoding else b""  # a replaced byte was fine without it
    return hashlib.sha256(path.name.encode() + b"\0" + data + strict).hexdigest()


def _extract_all(files: Sequence[Path], jobs: int, work: _Extraction, track: Callable) -> Iterable:
    """Extract every file, in parallel processes when ``jobs`` > 1; results in file order, as they come."""
    if jobs <= 1 or len(files) <= 1:
        for path in track(files, "extracting"):
            yield work(path)
        return
    yield from track(_in_processes(files, jobs, work), "extracting")


def _in_processes(files: Sequence[Path], jobs: int, work: Callable[[Path], object]) -> Iterator:
    """``work`` on every file in ``jobs`` forked processes; results in file order.

    A worker that dies (killed by the OOM killer, a crash in a C library) breaks the pool
    and every file in it at the time; the files that were in it are then run again one
    process each, so the file that killed its worker is reported by name and the others
    get their results, and a new pool goes on with the rest. Anything a worker raises is
    reported for its file. The workers die with the build (see :func:`_die_with_parent`).
    """
    import multiprocessing
    import os
    from collections import deque
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    # fork: workers inherit the loaded knowledge base and jieba instead of loading them again.
    context = multiprocessing.get_context("fork")
    window = 2 * jobs  # files handed to the pool ahead of the one waited for: enough to keep it busy
    waiting = deque(files)
    parent = os.getpid()

    def new_pool() -> ProcessPoolExecutor:
        return ProcessPoolExecutor(jobs, mp_context=context, initializer=_worker_start, initargs=(parent,))

    pool = new_pool()
    submitted: deque = deque()  # (path, future), in file order
    try:
        while waiting or submitted:
            while waiting and len(submitted) < window:
                try:
                    with _signals_deferred():  # may fork: see _signals_deferred
                        future = pool.submit(work, waiting[0])
                except BrokenProcessPool:  # a worker died since the last result came
                    if submitted:
                        break  # the files in the pool are re-run below
                    _kill_pool(pool)
                    pool = new_pool()
                    continue
                submitted.append((waiting.popleft(), future))
            path, future = submitted.popleft()
            try:
                yield future.result()
                continue
            except BrokenProcessPool:
                pass
            except Exception as exc:  # raised in the worker, or its result could not come back
                yield _failed(path, exc)
                continue
            # The pool is broken: every file still in it failed with it.
            done = {}
            suspects = [path]
            for other, pending in submitted:
                if pending.done() and not pending.cancelled() and pending.exception() is None:
                    done[other] = pending.result()
                else:
                    suspects.append(other)
            _kill_pool(pool)
            alone = dict(_one_process_each(suspects, jobs, work, context, parent))
            for other in [path, *(p for p, _ in submitted)]:
                yield done[other] if other in done else alone[other]
            submitted.clear()
            pool = new_pool()
    except BaseException:
        _kill_pool(pool)  # interrupted: nothing left running
        raise
    else:
        pool.shutdown(wait=True)


def _kill_pool(pool) -> None:
    """Stop a process pool now, its running work with it."""
    for process in list((getattr(pool, "_processes", None) or {}).values()):  # no public way before Python 3.14
        process.kill()
    pool.shutdown(wait=True, cancel_futures=True)


def _one_process_each(files: Sequence[Path], jobs: int, work: Callable, context, parent: int) -> Iterator[tuple[Path, object]]:
    """``work`` on each file in a process of its own, ``jobs`` at a time: ``(file, result)``;
    a file whose process dies is reported by name with how it died."""
    running: list = []  # (file, process, read end of its pipe), oldest first
    queue = list(files)
    try:
        while queue or running:
            while queue and len(running) < jobs:
                path = queue.pop(0)
                receive, send = context.Pipe(duplex=False)
                process = context.Process(target=_run_and_send, args=(work, path, send, parent), daemon=True)
                with _signals_deferred():
                    process.start()
                send.close()
                running.append((path, process, receive))
            path, process, receive = running[0]
            try:
                result = receive.recv()  # before join: a large result must leave the pipe first
            except EOFError:
                process.join()
                result = InputError(path, f"its worker process died ({_how_it_died(process.exitcode)}); skipped")
            process.join()
            receive.close()
            running.pop(0)
            yield path, result
    finally:
        for _, process, receive in running:  # interrupted: nothing left running
            process.kill()
            process.join()
            receive.close()


def _run_and_send(work: Callable, path: Path, send, parent: int) -> None:
    _worker_start(parent)
    try:
        result = work(path)
    except Exception as exc:
        result = _failed(path, exc)
    send.send(result)
    send.close()


def _how_it_died(code: int | None) -> str:
    if code is not None and code < 0:
        name = signal.Signals(-code).name
        hint = {"SIGKILL": ": out of memory?", "SIGSEGV": ": a crash in a library", "SIGXCPU": ": over its time budget, stuck"}.get(name, "")
        return f"killed by {name}{hint}"
    return f"exit status {code}"


_IN_WORKER = False  # in an extraction worker process (see _worker_start)


#: Objects allocated (less those freed) between two collections of a worker's youngest generation:
#: Python's 700 had the bundled corpus's extraction collect 58 times, each walking the young
#: records and tuples an article's extraction makes and drops (about 3 % of its time); every
#: 10,000, 7 times. A bound all the same (a cycle is still collected soon), a few megabytes at most.
WORKER_GC_THRESHOLD = 10_000


def worker_gc() -> None:
    """Garbage collection as an extraction worker runs it (see :func:`_worker_start`, and
    ``benchmarks/bench_instructions.py``, which extracts as a worker does)."""
    # What a worker inherits (the knowledge base, jieba's dictionary) is never garbage: frozen, the
    # collections of the worker's own objects do not walk it again and again (nor copy its pages).
    gc.freeze()
    gc.set_threshold(WORKER_GC_THRESHOLD, *gc.get_threshold()[1:])
    gc.enable()


def _worker_start(parent: int) -> None:
    """In each extraction worker: collect garbage again (the build turned it off, see
    :func:`_without_gc`), and :func:`_child_start`."""
    import resource

    global _IN_WORKER
    _IN_WORKER = True
    worker_gc()
    _child_start(parent)
    resource.setrlimit(resource.RLIMIT_CORE, (0, resource.getrlimit(resource.RLIMIT_CORE)[1]))  # no core file from SIGXCPU


def _limit_cpu(path: Path, time_budget: float | None) -> None:
    """In a worker, before a file: a hard limit of CPU time beyond its time budget (twice it and
    5 s more), so a file stuck where the budget is not checked (in a C library: a regular
    expression that backtracks for ever) is killed by the kernel (SIGXCPU) and reported."""
    import resource

    from kg.budget import seconds_for

    try:
        size = path.stat().st_size  # bytes: at least its characters, so the limit errs on the generous side
    except OSError:
        return
    seconds = seconds_for(size, time_budget)
    hard = resource.getrlimit(resource.RLIMIT_CPU)[1]
    if seconds is None:
        resource.setrlimit(resource.RLIMIT_CPU, (hard, hard))
        return
    usage = resource.getrusage(resource.RUSAGE_SELF)
    soft = int(usage.ru_utime + usage.ru_stime + 2 * seconds + 5)
    resource.setrlimit(resource.RLIMIT_CPU, (soft if hard == resource.RLIM_INFINITY else min(soft, hard), hard))


def _child_start(parent: int) -> None:
    """In every process a build starts: leave Ctrl-C to the build (which stops its processes
    itself, and a terminal sends it to all of them), and die with the build."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    for number in _STOP_SIGNALS:
        signal.signal(number, signal.SIG_DFL)  # not the build's handler, inherited by the fork
    _die_with_parent(parent)


def _die_with_parent(parent: int) -> None:
    """Linux: have the kernel kill this process when the build (``parent``) dies, even by
    SIGKILL, so no worker outlives it. Elsewhere nothing is done."""
    import ctypes
    import os
    import sys

    if not sys.platform.startswith("linux"):
        return
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, int(signal.SIGKILL), 0, 0, 0)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        return
    if os.getppid() != parent:  # the build died before the line above: nobody would tell us
        os._exit(1)


def build(
    paths: Sequence[str | Path] | None = None,
    out: str | Path = DEFAULT_EXPORTS,
    progress: Callable[[Path], None] | None = None,
    track: Callable = _identity,
    jobs: int = 1,
    cache: bool = True,
    scheduler: str | None = None,
    strict_encoding: bool = False,
    time_budget: float | None = None,
) -> BuildResult:
    """Build every export from ``paths`` into ``out``; returns what was done.

    ``jobs`` processes extract files in parallel (the exports are byte-identical
    to ``jobs=1``); with ``scheduler`` (``tcp://host:port``) a Dask cluster does it;
    with ``cache``, a file whose content and pipeline did not change since the last
    build into ``out`` is not processed again (``out/.cache/``). ``progress`` is told
    each file; ``track(items, label)`` wraps the extraction loop (a progress bar in the
    CLI). ``result.timings`` holds seconds per stage. A file that cannot be read, whose
    worker dies or that runs over its ``time_budget`` (seconds, see :func:`extract_source`)
    is in ``result.errors``; one read with problems (invalid bytes replaced, or refused
    with ``strict_encoding``) in ``result.warnings``.

    Every export is staged in a temporary file and all are renamed into place only once
    all are complete, so an interrupted build leaves the previous exports as they were.
    The build holds a lock on ``out`` (another build into it raises :class:`BuildLocked`
    naming its process; a lock whose holder died is taken over), removes what an
    interrupted build left there, and turns SIGTERM/SIGHUP into :class:`Interrupted`
    after cleaning up; a signal arriving while the finished exports are renamed into
    place waits until they all are.
    """
    out = Path(out)
    with _stop_signals_raise(), _locked(out):
        _clear_litter(out)  # what a killed build left
        try:
            return _build(paths, out, progress, track, jobs, cache, scheduler, strict_encoding, time_budget)
        except BaseException:
            _clear_litter(out)
            raise


def _build(paths, out: Path, progress, track, jobs: int, cache: bool, scheduler: str | None, strict_encoding: bool, time_budget: float | None) -> BuildResult:
    import time
    from contextlib import ExitStack

    global _LINKER
    clock = time.perf_counter()
    timings: dict[str, float] = {}

    def lap(stage: str) -> None:
        nonlocal clock
        now = time.perf_counter()
        timings[stage] = timings.get(stage, 0.0) + now - clock
        clock = now

    files, errors = discover(list(paths) if paths else [BUNDLED_CORPUS])
    files.sort(key=lambda path: (path.name, str(path)))  # the order of the exports
    result = BuildResult(errors=errors, timings=timings)
    from kg.graph import GraphBuilder
    from kg.kb import load_kb
    from kg.link import Linker
    from kg.query import LOOKUP, stamp_lookup
    from kg.sparql import STORE_DIR, swap_store

    from kg import incremental

    version = pipeline_version()
    state = incremental.load(out, version, strict_encoding) if cache and not scheduler else None
    if state is not None:
        work = _Extraction(out / ".cache", version, strict_encoding, time_budget)
        if _update(state, files, out, lambda changed: list(_extract_all(changed, 1, work, track)), result, lap):
            return result
        result = BuildResult(errors=errors, timings=timings)  # declined: the build runs in full
    incremental.forget(out)
    kb = load_kb()
    _LINKER = Linker(kb)
    _LINKER.prepare()  # load jieba and the linker's tables now, once, before any fork (not once per worker)
    from kg.relations import prepare as prepare_relations

    prepare_relations()
    lap("load")
    if progress:
        for path in files:
            progress(path)
    if scheduler:
        outcomes = _extract_on_cluster(files, scheduler, track, strict_encoding, time_budget)
    else:
        work = _Extraction(out / ".cache" if cache else None, version, strict_encoding, time_budget)
        outcomes = _extract_all(files, jobs, work, track)
    builder = GraphBuilder(kb)
    with ExitStack() as finishing:
        finishing.callback(outcomes.close)  # stops the workers now if the build stops early (not when the traceback goes)
        with _without_gc(), StagedFiles() as staged:
            articles = staged.open(out / "articles.jsonl")
            per_file: list[tuple[Path, int, tuple[str, ...]]] = []  # (path, bytes of its articles.jsonl, its articles)
            for outcome in outcomes:  # streamed: a file's record is dropped once it is written and added
                if isinstance(outcome, InputError):
                    result.errors.append(outcome)
                    continue
                result.files.append(outcome.file)
                result.warnings.extend(outcome.warnings)
                result.extraction.update(dict(outcome.seconds))
                articles.write(outcome.articles_jsonl)
                per_file.append((Path(outcome.file.path), len(outcome.articles_jsonl.encode()), tuple(a for a, _ in outcome.article_nodes)))
                builder.add(outcome.article_nodes, outcome.facts)
            lap("extract")
            if not result.files:
                staged.discard()
                return result
            result.graph = builder.graph()
            kb_edges = {k for k in result.graph.edges(keys=True) if k[2] == "part_of" and k not in builder._edges}
            fund_sizes: dict[str, dict[str, str]] = {}
            for (u, v, relation), record in builder._edges.items():
                if relation == "mentions" and v.startswith("fund:") and record["quantities"]:
                    fund_sizes.setdefault(v, {})[u] = record["quantities"][0]["text"]
            del builder
            lap("graph")
            views = out / ".views.tmp"
            store, lengths, heads = _write_exports(result, out, staged, views, lap)
            result.outputs = [out / name for name in EXPORTS]
            finishing.enter_context(_signals_deferred())  # from here to the last rename, nothing stops halfway
        swap_store(store, out / STORE_DIR)
        swap_directory(views, out / "views")
        result.views = [out / "views" / name for name, *_ in VIEWS if (out / "views" / name).exists()]
        stamp_lookup(out / LOOKUP, out / "graph.json")
    if cache and not scheduler and lengths is not None:
        paths, sizes, owned = zip(*per_file)
        incremental.record_state(out, result.graph, result, paths, version, strict_encoding, kb_edges, lengths, heads, list(sizes), fund_sizes, list(owned))
    lap("write")
    return result


def _update(state, files: list[Path], out: Path, extract: Callable, result: BuildResult, lap: Callable) -> bool:
    """An incremental update of the exports (see :mod:`kg.incremental`); False when declined."""
    from contextlib import ExitStack

    from kg import incremental
    from kg.query import LOOKUP, stamp_lookup
    from kg.sparql import STORE_DIR, staged_store, swap_store

    with ExitStack() as finishing:
        with _without_gc(), StagedFiles() as staged:
            if not incremental.update(state, files, out, extract, result, staged, lap):
                staged.discard()
                return False
            new_state, store_done, views, _ = result.incremental
            try:
                code = store_done()
            except BaseException:
                result.incremental[1].__self__.kill()
                raise
            if code != 0:
                raise KgError(f"updating the SPARQL store failed (its process exited with {code}); the previous exports are kept")
            result.outputs = [out / name for name in EXPORTS]
            incremental.forget(out)
            finishing.enter_context(_signals_deferred())  # from here to the last rename, nothing stops halfway
        swap_store(staged_store(out / STORE_DIR), out / STORE_DIR)
        swap_directory(views, out / "views")
        result.views = [out / "views" / name for name, *_ in VIEWS if (out / "views" / name).exists()]
        stamp_lookup(out / LOOKUP, out / "graph.json")
    incremental.save(out, new_state)
    lap("write")
    return True


# ---------------------------------------------------------------- one build at a time, no litter

LOCK = ".lock"
#: What a build stages in its output folder (and its cache) and renames at the end: after a
#: build killed before that, nothing else ever removes them.
_LITTER = re.compile(r"^\..+\.tmp(?:-journal|-wal|-shm)?$|^\.(?:store|views)\.old$")
_STOP_SIGNALS = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name))


@contextmanager
def _locked(out: Path) -> Iterator[None]:
    """Hold ``out/.lock`` while building into ``out``; raise :class:`BuildLocked` naming the
    holder's pid if another build holds it.

    An ``flock`` on the file: the kernel releases it when its holder dies however it dies,
    so a lock left by a killed build is simply taken (the pid in the file is only for
    the message). The file is removed on release, before unlocking; a build that locked
    the file just removed sees that the path is no longer its file, and tries again.
    """
    import fcntl
    import os

    out.mkdir(parents=True, exist_ok=True)
    path = out / LOCK
    while True:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.read(fd, 32).decode("ascii", "replace").strip()
            os.close(fd)
            raise BuildLocked(out, int(holder) if holder.isdigit() else None) from None
        try:
            mine = os.fstat(fd).st_ino == os.stat(path).st_ino
        except FileNotFoundError:
            mine = False
        if mine:
            break
        os.close(fd)
    try:
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())
        yield
    finally:
        path.unlink(missing_ok=True)
        os.close(fd)


def _clear_litter(out: Path) -> None:
    """Remove what an interrupted build staged in ``out`` (call it holding the lock)."""
    import shutil

    for folder in (out, out / ".cache"):
        if not folder.is_dir():
            continue
        for entry in folder.iterdir():
            if _LITTER.match(entry.name):
                if entry.is_dir() and not entry.is_symlink():
                    shutil.rmtree(entry, ignore_errors=True)
                else:
                    entry.unlink(missing_ok=True)


def _raise_interrupted(number: int, frame) -> None:
    # The first stop signal ends the build; those after it (each worker of a pool may pass one on, a supervisor may
    # repeat its own) are ignored until the build has cleaned up, where one raised again would break off the
    # cleaning up — killing the pool — half done and leave the build hanging (:func:`_stop_signals_raise` restores).
    for other in _STOP_SIGNALS:
        signal.signal(other, signal.SIG_IGN)
    raise Interrupted(f"kg build stopped by {signal.Signals(number).name}; the previous exports are kept")


@contextmanager
def _stop_signals_raise() -> Iterator[None]:
    """SIGTERM and SIGHUP raise :class:`Interrupted` (so the build cleans up as after Ctrl-C)
    instead of ending the process where it stands. Only in the main thread (where Python runs
    signal handlers); elsewhere nothing changes."""
    import threading

    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = {number: signal.signal(number, _raise_interrupted) for number in _STOP_SIGNALS}
    try:
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)


@contextmanager
def _signals_deferred() -> Iterator[None]:
    """Hold Ctrl-C, SIGTERM and SIGHUP back until the block is done, then act on the first one
    as it would have been: a build in the middle of renaming its exports into place finishes
    that, and a fork finishes (an exception raised in the middle of one, inside the at-fork
    handlers of the standard library, is ignored there and leaves their locks held)."""
    import threading

    if threading.current_thread() is not threading.main_thread():
        yield
        return
    received: list[int] = []
    previous = {number: signal.signal(number, lambda n, frame: received.append(n)) for number in (signal.SIGINT, *_STOP_SIGNALS)}
    try:
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)
        if received:
            signal.raise_signal(received[0])


@contextmanager
def _without_gc() -> Iterator[None]:
    """No cyclic garbage collection while the graph is assembled and written: the build's
    objects (millions of small dicts and lists at scale) hold no cycles, so reference counting
    frees all it drops, and each collection would only walk the whole growing heap again
    (at 100×, about 15 s of the build). The exports' forked writers inherit this, so they
    never touch (never copy) the graph's memory pages either; the extraction workers turn it back on."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


#: Every file a build writes into its output folder, in this order.
EXPORTS = ("articles.jsonl", "graph.json", "graph.gexf", "graph.ttl", "graph.nt", "graph.jsonld", "summary.txt")


def _write_exports(result: BuildResult, out: Path, staged: StagedFiles, views: Path, lap: Callable[[str], None]) -> Path:
    """Stage every export but articles.jsonl, the lookup index, the pages (into ``views``) and
    the SPARQL store (returned); swap the folders in once the exports are committed.

    The store's loader, the longest job, is a new interpreter started first: it bulk-loads
    the N-Triples while this process writes them. Once they are whole, a second new
    interpreter converts them to Turtle and JSON-LD (it needs nothing but the file) while this
    process writes the JSON, the lookup index and its page index, the GEXF, the summary and
    the pages. Nothing that reads the graph is forked: a forked writer touches every
    object of the graph (reference counts), so the kernel copies every page of it, into
    the child or — for a child that leaves the graph alone while this process goes on
    reading it — into this one, and the build held the graph two or three times over.
    """
    import os
    import shutil
    import subprocess
    import sys

    from kg.graph import write_gexf, write_node_link
    from kg.query import LOOKUP, LookupWriter
    from kg.rdf import CONVERTED
    from kg.sparql import STORE_DIR, staged_store

    graph = result.graph
    store = staged_store(out / STORE_DIR)
    shutil.rmtree(views, ignore_errors=True)
    loader = converter = None

    def failed(what: str, exc: BaseException) -> KgError:
        return KgError(f"{what} failed ({type(exc).__name__}: {exc}); the previous exports are kept")

    try:
        ntriples = staged.path(out / "graph.nt")
        # A pipe whose write end only this process holds, closed once graph.nt is whole: the
        # loader sees end-of-file then (kg.export.GrowingFile).
        done, writing = os.pipe()
        items = out / ".cache" / ".items.tmp"  # each item's length in graph.nt and its blocks (kg.incremental)
        items.parent.mkdir(parents=True, exist_ok=True)
        try:
            # The loader is a new interpreter, not a fork: RocksDB must not inherit a parent's
            # locks (a test process may hold a store open).
            here = str(Path(__file__).resolve().parents[1])  # the loader imports this very kg
            env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [here, os.environ.get("PYTHONPATH")]))}
            command = [sys.executable, "-c", _LOAD_STORE, str(ntriples), str(store), str(done), str(os.getpid())]
            try:
                with _signals_deferred():
                    loader = subprocess.Popen(command, env=env, pass_fds=(done,))
            finally:
                os.close(done)  # the loader's now
            try:
                _write_ntriples(graph, ntriples, items)
            except Exception as exc:
                raise failed("writing graph.nt", exc) from exc
        finally:
            os.close(writing)  # the loader reads to the end of what was written (and is stopped if that failed)
        jobs = [f"{fmt}\n{staged.path(out / name)}\n{out / '.cache' / f'.{name}-items.tmp'}" for name, fmt in CONVERTED.items()]
        with _signals_deferred():
            converter = subprocess.Popen([sys.executable, "-c", _CONVERT, str(os.getpid()), str(ntriples), str(items), *jobs], env=env)
        lookup_path = staged.path(out / LOOKUP)
        lookup = LookupWriter(lookup_path)
        json_lengths = array("q")  # not lists of ints: an item each, millions at scale
        write_node_link(graph, staged.open(out / "graph.json"), lookup, json_lengths)
        lookup.close()
        _write_page_index(graph, lookup_path, _newsletter_labels(result))
        gexf_lengths = array("q")
        gexf_head = write_gexf(graph, staged.open(out / "graph.gexf"), gexf_lengths)
        staged.open(out / "summary.txt").write(summary_text(result))
        staged.sync_in_background()  # this process's files, while it goes on
        write_views(graph, views, {f.name: f.newsletter.label() for f in result.files})  # beside the old pages
        lap("n-triples, json, lookup, gexf, pages")
        if converter.wait() != 0:
            raise KgError(f"converting graph.nt to {' and '.join(CONVERTED)} failed (its process exited with {converter.returncode}); "
                          "the previous exports are kept")
        code = loader.wait()
        if code != 0:
            raise KgError(f"loading the SPARQL store failed (its process exited with {code}); the previous exports are kept")
        lap("turtle, json-ld, rest of the store")
    except BaseException:
        for folder in (store, views):
            shutil.rmtree(folder, ignore_errors=True)
        raise
    finally:
        for child in (loader, converter):  # nothing is left running when this one fails
            if child is not None and child.poll() is None:
                child.kill()
                child.wait()
    lengths, heads = _item_lengths(graph, out, items, json_lengths, gexf_lengths, gexf_head)
    return store, lengths, heads


def _newsletter_labels(result: BuildResult) -> dict[str, str]:
    """Each file's newsletter label, for the page index (files with no newsletter left out)."""
    return {f.name: f.newsletter.label() for f in result.files if f.newsletter.name}


def _write_page_index(graph, lookup: Path, labels: dict[str, str]) -> None:
    """Add to the lookup what kg serve's pages count (:mod:`kg.explore_index`), so none of them passes over the
    whole graph."""
    import sqlite3
    from contextlib import closing

    from kg.explore_index import write_page_index
    from kg.query import GraphIndex

    with closing(sqlite3.connect(lookup)) as db:
        write_page_index(db, graph, GraphIndex(graph).stats(labels))
    sync(lookup)


def _item_lengths(graph, out: Path, items: Path, json_lengths: array, gexf_lengths: array, gexf_head: str):
    """Each item's length in every item-wise export and each export's head (``gexf_head``: what
    :func:`~kg.graph.write_gexf` wrote before the nodes), for :mod:`kg.incremental`; or (None, None)
    when a writer could not tell them."""
    import pickle

    from kg.graph import node_link_head

    try:
        nt_lengths, _ = pickle.loads(items.read_bytes())
        converted = {name: pickle.loads((out / ".cache" / f".{name}-items.tmp").read_bytes()) for name in ("graph.ttl", "graph.jsonld")}
    except (OSError, pickle.UnpicklingError, EOFError):
        return None, None
    finally:
        for path in (items, *(out / ".cache" / f".{name}-items.tmp" for name in ("graph.ttl", "graph.jsonld"))):
            path.unlink(missing_ok=True)
    if any(c is None for c in converted.values()):
        return None, None
    edges = graph.number_of_edges()
    lengths = {"graph.json": json_lengths[edges:] + json_lengths[:edges], "graph.gexf": gexf_lengths, "graph.nt": nt_lengths}
    heads = {"graph.json": node_link_head(graph.graph).encode(), "graph.gexf": gexf_head.encode(), "graph.nt": b""}
    for name, (head, found) in converted.items():
        lengths[name], heads[name] = found, head
    return lengths, heads


def _write_ntriples(graph, path: Path, items: Path) -> None:
    """Write graph.nt, and each node's and edge's length in it and number of subject blocks into ``items``."""
    import pickle
    from array import array

    from kg.rdf import _iri_terms, edge_blocks, edge_ntriples, node_blocks, node_ntriples

    lengths, blocks, objects = array("q"), array("q"), array("q")  # blocks: Turtle's; objects: JSON-LD's
    iri = _iri_terms()
    with open(path, "wb") as handle:
        for node, attrs in graph.nodes(data=True):
            text = "".join(node_ntriples(node, attrs, iri)).encode()
            handle.write(text)
            lengths.append(len(text))
            blocks.append(1)
            objects.append(node_blocks(attrs, "JSON_LD"))
        for u, v, relation, attrs in graph.edges(keys=True, data=True):
            text = "".join(edge_ntriples(u, v, relation, attrs, graph.nodes[u], iri)).encode()
            handle.write(text)
            lengths.append(len(text))
            blocks.append(edge_blocks(relation, attrs))
            objects.append(blocks[-1])
    items.write_bytes(pickle.dumps((lengths, {"TURTLE": blocks, "JSON_LD": objects})))
    sync(path)  # now, while the loader still reads it: committing then finds nothing left to sync


_LOAD_STORE = (
    "import sys; from pathlib import Path; from kg.build import _child_start; _child_start(int(sys.argv[4])); "
    "from kg.sparql import fill_store; fill_store(Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3]))"
)


# The Turtle and JSON-LD conversions, in a new interpreter started once graph.nt is whole (_convert_all).
_CONVERT = "import sys; from kg.build import _convert_all; _convert_all(sys.argv[1:])"


def _convert_all(argv: list[str]) -> None:
    """In the converters' interpreter: ``argv`` is the build's pid, graph.nt, the items file, then one
    ``fmt\noutput\nlengths`` job per format, converted in turn."""
    parent, ntriples, items, *jobs = argv
    _child_start(int(parent))
    for job in jobs:
        fmt, output, lengths = job.split("\n")
        _convert(Path(ntriples), None, Path(output), fmt, Path(items), Path(lengths))


def _export_child(parent: int, target: Callable, *args) -> None:
    """A forked export writer (:mod:`kg.incremental`'s pages): dies with the build, leaves signals to it, then writes."""
    _child_start(parent)
    target(*args)


def _convert(ntriples: Path, done: int | None, output: Path, fmt: str, items: Path | None = None, lengths: Path | None = None) -> None:
    """Convert graph.nt to ``fmt`` (Turtle or JSON-LD) at ``output``, following it while it is
    written when ``done`` is given (see :class:`kg.export.GrowingFile`; else it is whole), and
    write where each item is in the output into ``lengths`` (from the blocks in ``items``)."""
    import io

    from kg.export import GrowingFile
    from kg.rdf import convert_ntriples

    if done is None:  # whole: Oxigraph reads and writes the files itself
        convert_ntriples(Path(ntriples), Path(output), fmt)
    else:
        with io.BufferedReader(GrowingFile(ntriples, done), 2**20) as source, open(output, "wb") as handle:
            convert_ntriples(source, handle, fmt)
    sync(output)
    if items is not None:  # where each item is in the output (kg.incremental); None if that cannot be told
        import pickle

        from kg.incremental import scan_lengths

        try:
            found = scan_lengths(output, fmt, pickle.loads(items.read_bytes())[1][fmt])
        except (OSError, ValueError):
            found = None
        lengths.write_bytes(pickle.dumps(found))


#: The pages build_graph.py / kg build write for the bundled corpus (and any other).
VIEWS = (
    ("overview.html", "overview", {}),
    ("shenzhen.html", "neighbourhood", {"entity_id": "440300"}),
    ("low-altitude-economy.html", "region_industry", {"industry": "industry:low-altitude-economy"}),
    ("beijing-industries.html", "region_industry", {"region": "110000"}),
)


def write_views(graph, directory: Path, newsletters: dict[str, str] | None = None) -> list[Path]:
    """An overview page and a few views, for entities the graph has; ``newsletters`` maps
    a source file name to its newsletter's label, which evidence shows. Like every default
    view they draw the facts of rules at least :data:`~kg.confidence.DEFAULT_MIN_CONFIDENCE` precise."""
    from kg import viz

    (overview, _, _), *views = VIEWS
    written = [viz.write_page(viz.overview_page(graph, newsletters=newsletters), directory / overview)]
    for name, kind, args in views:
        if not all(v in graph for v in args.values()):
            continue
        if kind == "neighbourhood":
            page = viz.neighbourhood_page(graph, **args, newsletters=newsletters)
        else:
            page = viz.region_industry_page(graph, **args, newsletters=newsletters)
        written.append(viz.write_page(page, directory / name))
    return written


#: A file longer than this (characters) that gives one article is named in the build summary.
SINGLE_ARTICLE_WARNING = 3000


def summary_text(result: BuildResult) -> str:
    """A short human-readable account of a build (stable: no times, no paths)."""
    lines = ["kg build summary", ""]
    lines.append(f"files read: {len(result.files)}    articles: {result.article_count}")
    lines.append("")
    lines.append("articles per file:")
    for file in result.files:
        name = file.newsletter.name or "?"
        issue = f" {file.newsletter.year}年第{file.newsletter.issue}期" if file.newsletter.issue else ""
        lines.append(f"  {file.name}  {len(file.sections):4d}  ({file.layout}; {name}{issue})")
    sections = Counter(section or "—" for file in result.files for section in file.sections)
    lines.append("")
    lines.append("articles per section:")
    for section, count in sorted(sections.items(), key=lambda kv: (-kv[1], kv[0])):
        lines.append(f"  {section}  {count}")
    # A long file read as one article is most often a digest whose layout was not recognised; so is one holding a
    # paragraph that looks like several items pasted together, however short.
    single = [f for f in result.files if len(f.sections) == 1 and (f.chars > SINGLE_ARTICLE_WARNING or f.pasted)]
    if single:
        lines.append("")
        lines.append(f"warning: files of more than {SINGLE_ARTICLE_WARNING:,} characters, or holding items pasted into one paragraph, "
                     "read as a single article (see kg articles --explain FILE):")
        lines.extend(f"  {f.name}  {f.chars:,} characters, layout {f.layout}"
                     + (f"; line{'s' if len(f.pasted) > 1 else ''} {', '.join(map(str, f.pasted))}: several items pasted into one paragraph, not cut"
                        if f.pasted else "") for f in single)
    if result.graph is not None:
        lines += _graph_summary(result.graph)
    elif result.summary_counts is not None:
        lines += _summary_lines(*result.summary_counts)
    if result.warnings:
        lines.append("")
        lines.append("files read with problems:")
        lines.extend(f"  {Path(w.path).name}: {w.problem}" for w in result.warnings)
    if result.errors:
        lines.append("")
        lines.append("files not read:")
        lines.extend(f"  {Path(e.path).name}: {e.problem}" for e in result.errors)
    return "\n".join(lines) + "\n"


def _graph_summary(graph) -> list[str]:
    from kg.incremental import backs_weights

    node_info = {n: (a.get("type", "?"), a.get("name", "")) for n, a in graph.nodes(data=True)}
    relations = Counter(key for _, _, key in graph.edges(keys=True))
    return _summary_lines(node_info, relations, backs_weights(graph.edges(keys=True, data=True), node_info))


def _summary_lines(node_info: dict, relations: Counter, weights: dict) -> list[str]:
    """The graph's part of the summary: nodes per type, edges per relation, top backers."""
    nodes = Counter(kind for kind, _ in node_info.values())
    lines = ["", f"graph: {len(node_info)} nodes, {sum(relations.values())} edges", "", "nodes per type:"]
    lines += [f"  {t}  {n}" for t, n in sorted(nodes.items(), key=lambda kv: (-kv[1], kv[0]))]
    lines += ["", "edges per relation:"]
    lines += [f"  {r}  {n}" for r, n in sorted(relations.items(), key=lambda kv: (-kv[1], kv[0]))]
    backers: dict[str, list[tuple[int, str]]] = {}
    for (u, v), weight in weights.items():
        backers.setdefault(v, []).append((weight, u))
    lines += ["", "top regions per industry (backs, by number of articles):"]
    for industry in sorted(backers, key=lambda i: (-sum(w for w, _ in backers[i]), i))[:15]:
        top = sorted(backers[industry], key=lambda wu: (-wu[0], wu[1]))[:5]
        names = ", ".join(f"{node_info[u][1]} ({w})" for w, u in top)
        lines.append(f"  {node_info[industry][1]}: {names}")
    return lines
