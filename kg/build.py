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
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from kg import BUNDLED_CORPUS
from kg.errors import InputError, KgError
from kg.export import StagedFiles, article_record, atomic_write, jsonl, swap_directory, sync
from kg.ingest import discover, read_source
from kg.segment import segment
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


@dataclass(frozen=True)
class Extracted:
    """What the build keeps of one file once it is extracted (the unit of parallel work
    and of the cache): no source text, only what the exports need."""

    file: FileSummary
    articles_jsonl: str  # its lines of articles.jsonl
    article_nodes: tuple[tuple[str, dict], ...]
    facts: tuple[Fact, ...]
    seconds: tuple[tuple[str, float], ...] = ()  # time the extraction took, per step (not exported)


@dataclass
class BuildResult:
    files: list[FileSummary] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)
    outputs: list[Path] = field(default_factory=list)
    graph: object = None  # networkx.MultiDiGraph once built
    timings: dict = field(default_factory=dict)  # wall seconds per stage (not written anywhere: not stable)
    extraction: Counter = field(default_factory=Counter)  # seconds per extraction step, summed over the workers
    views: list = field(default_factory=list)  # HTML pages written (exports/views/, not committed)

    @property
    def article_count(self) -> int:
        return sum(len(f.sections) for f in self.files)


def load_documents(
    paths: Iterable[str | Path] | None = None,
    progress: Callable[[Path], None] | None = None,
) -> Loaded:
    """Read and segment every file under ``paths`` (default: the bundled corpus).

    A file that cannot be read is recorded in ``errors``; the others go on.
    """
    files, errors = discover(list(paths) if paths else [BUNDLED_CORPUS])
    result = Loaded(errors=errors)
    for path in files:
        if progress:
            progress(path)
        try:
            result.documents.append(segment(read_source(path)))
        except InputError as exc:
            result.errors.append(exc)
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
    for path in sorted([*root.glob("*.py"), *root.glob("kb/*.py"), *root.glob("link/*.py"), *root.glob("data/kb/*"), *root.glob("data/relations/*")]):
        digest.update(path.relative_to(root).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def extract_file(path: Path) -> Extracted | InputError:
    """Read, segment, link and extract one file (or say why it could not be read).

    A pure function of the file (and the pipeline): the unit of parallel work.
    """
    try:
        source = read_source(path)
    except InputError as exc:
        return exc
    return extract_source(source)


def extract_source(source) -> Extracted:
    """Segment, link and extract a source already read."""
    import time

    from kg.graph import article_node
    from kg.relations import extract_facts

    global _LINKER
    if _LINKER is None:  # a worker that was not forked from the build (a Dask worker)
        from kg.link import Linker

        _LINKER = Linker()
    start = time.perf_counter()
    document = segment(source)
    articles = document.articles
    segmented = time.perf_counter()
    located = [_LINKER.locate_article(a) for a in articles]
    linked = time.perf_counter()
    facts = tuple(f for article, found in zip(articles, located) for f in extract_facts(article, _LINKER, found)[1])
    done = time.perf_counter()
    return Extracted(
        file=FileSummary(source.name, str(source.path), document.layout, document.newsletter, tuple(a.section for a in articles)),
        articles_jsonl=jsonl(article_record(a) for a in articles),
        article_nodes=tuple(article_node(a) for a in articles),
        facts=facts,
        seconds=(("segment", segmented - start), ("link", linked - segmented), ("relations", done - linked)),
    )


def _extract_bytes(name: str, data: bytes):
    """The Dask task: the file travels as bytes, so workers need not see the same disk."""
    from kg.ingest import source_from_bytes

    try:
        return extract_source(source_from_bytes(name, data))
    except InputError as exc:
        return exc


def _extract_on_cluster(files: Sequence[Path], scheduler: str, track: Callable) -> Iterable:
    """Run the extraction of every file on a Dask cluster; results in file order, as they come."""
    try:
        from dask.distributed import Client
    except ImportError as exc:  # the "scale" extra
        raise KgError("--scheduler needs dask.distributed: pip install 'kg[scale]'") from exc
    with Client(scheduler) as client:
        futures = []
        for path in files:
            try:
                futures.append(client.submit(_extract_bytes, str(path), path.read_bytes(), pure=False))
            except OSError as exc:
                futures.append(InputError(path, f"cannot read: {exc.strerror or exc}"))
        for future in track(futures, "extracting"):
            yield future if isinstance(future, InputError) else future.result()


def _cached_extract(path: Path, cache: Path | None, version: str):
    import hashlib
    import pickle

    if cache is None:
        return extract_file(path)
    try:
        data = path.read_bytes()
    except OSError:
        return extract_file(path)  # extract_file reports the read error
    key = hashlib.sha256(path.name.encode() + b"\0" + data).hexdigest()
    entry = cache / f"{key}-{version}.pickle"
    if entry.exists():
        try:
            return pickle.loads(entry.read_bytes())
        except (pickle.UnpicklingError, EOFError, AttributeError):
            entry.unlink(missing_ok=True)  # a damaged entry is recomputed
    result = _extract_bytes(str(path), data)  # the bytes read once, for the key and the text
    if not isinstance(result, InputError):
        atomic_write(entry, pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL))
    return result


def _extract_all(files: Sequence[Path], jobs: int, cache: Path | None, track: Callable) -> Iterable:
    """Extract every file, in parallel processes when ``jobs`` > 1; results in file order, as they come."""
    version = pipeline_version()
    if jobs <= 1 or len(files) <= 1:
        for path in track(files, "extracting"):
            yield _cached_extract(path, cache, version)
        return
    import multiprocessing
    from functools import partial

    # fork: workers inherit the loaded knowledge base and jieba instead of loading them again.
    context = multiprocessing.get_context("fork")
    with context.Pool(processes=jobs, initializer=gc.enable) as pool:  # the build turned it off (_without_gc)
        work = partial(_cached_extract, cache=cache, version=version)
        yield from track(pool.imap(work, files, chunksize=1), "extracting")


def build(
    paths: Sequence[str | Path] | None = None,
    out: str | Path = DEFAULT_EXPORTS,
    progress: Callable[[Path], None] | None = None,
    track: Callable = _identity,
    jobs: int = 1,
    cache: bool = True,
    scheduler: str | None = None,
) -> BuildResult:
    """Build every export from ``paths`` into ``out``; returns what was done.

    ``jobs`` processes extract files in parallel (the exports are byte-identical
    to ``jobs=1``); with ``scheduler`` (``tcp://host:port``) a Dask cluster does it;
    with ``cache``, a file whose content and pipeline did not change since the last
    build into ``out`` is not processed again (``out/.cache/``). ``progress`` is told
    each file; ``track(items, label)`` wraps the extraction loop (a progress bar in the
    CLI). ``result.timings`` holds seconds per stage. Every export is staged in a
    temporary file and all are renamed into place only once all are complete, so an
    interrupted build leaves the previous exports as they were.
    """
    import time

    global _LINKER
    clock = time.perf_counter()
    timings: dict[str, float] = {}

    def lap(stage: str) -> None:
        nonlocal clock
        now = time.perf_counter()
        timings[stage] = timings.get(stage, 0.0) + now - clock
        clock = now

    out = Path(out)
    files, errors = discover(list(paths) if paths else [BUNDLED_CORPUS])
    files.sort(key=lambda path: (path.name, str(path)))  # the order of the exports
    result = BuildResult(errors=errors, timings=timings)
    from kg.graph import GraphBuilder
    from kg.kb import load_kb
    from kg.link import Linker
    from kg.query import LOOKUP, stamp_lookup
    from kg.sparql import STORE_DIR, swap_store

    kb = load_kb()
    _LINKER = Linker(kb)
    _LINKER._jieba  # load jieba's dictionary now, once, before any fork
    lap("load")
    if progress:
        for path in files:
            progress(path)
    if scheduler:
        outcomes = _extract_on_cluster(files, scheduler, track)
    else:
        outcomes = _extract_all(files, jobs, out / ".cache" if cache else None, track)
    builder = GraphBuilder(kb)
    with _without_gc(), StagedFiles() as staged:
        articles = staged.open(out / "articles.jsonl")
        for outcome in outcomes:  # streamed: a file's record is dropped once it is written and added
            if isinstance(outcome, InputError):
                result.errors.append(outcome)
                continue
            result.files.append(outcome.file)
            result.extraction.update(dict(outcome.seconds))
            articles.write(outcome.articles_jsonl)
            builder.add(outcome.article_nodes, outcome.facts)
        lap("extract")
        if not result.files:
            staged.discard()
            return result
        result.graph = builder.graph()
        del builder
        lap("graph")
        views = out / ".views.tmp"
        store = _write_exports(result, out, staged, views, lap)
        result.outputs = [out / name for name in EXPORTS]
    swap_store(store, out / STORE_DIR)
    swap_directory(views, out / "views")
    result.views = [out / "views" / name for name, *_ in VIEWS if (out / "views" / name).exists()]
    stamp_lookup(out / LOOKUP, out / "graph.json")
    lap("write")
    return result


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

    Work is spread over processes that all run at once: a forked one (it reads the graph
    without copying it) writes the N-Triples; a new interpreter bulk-loads the store and
    two forked processes convert to Turtle and JSON-LD, each following the N-Triples
    while they are written; this one writes the JSON, the lookup index, the GEXF, the
    summary and the pages.
    """
    import multiprocessing
    import os
    import shutil
    import subprocess
    import sys

    from kg.graph import write_gexf, write_node_link
    from kg.query import LOOKUP, LookupWriter
    from kg.rdf import CONVERTED
    from kg.sparql import STORE_DIR, staged_store

    graph = result.graph
    context = multiprocessing.get_context("fork")
    store = staged_store(out / STORE_DIR)
    shutil.rmtree(views, ignore_errors=True)
    running: list[tuple[str, object]] = []  # (what it does, its Process or Popen), in the order they are waited for

    def fork(what: str, target: Callable, *args) -> None:
        process = context.Process(target=target, args=args)
        process.start()
        running.append((what, process))

    def exit_code(process) -> int:
        if isinstance(process, subprocess.Popen):
            return process.wait()
        process.join()
        return process.exitcode

    def stop_all() -> None:
        for _, process in running:
            process.kill()
        for _, process in running:
            exit_code(process)

    try:
        ntriples = staged.path(out / "graph.nt")
        # A pipe whose write end only the N-Triples writer holds: its readers see end-of-file
        # once the file is complete (kg.export.GrowingFile).
        done, writing = os.pipe()
        fork("writing graph.nt", _write_ntriples, graph, ntriples)
        os.close(writing)
        # The loader is a new interpreter, not a fork: RocksDB must not inherit a parent's
        # locks (a test process may hold a store open).
        here = str(Path(__file__).resolve().parents[1])  # the loader imports this very kg
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [here, os.environ.get("PYTHONPATH")]))}
        command = [sys.executable, "-c", _LOAD_STORE, str(ntriples), str(store), str(done)]
        running.append(("loading the SPARQL store", subprocess.Popen(command, env=env, pass_fds=(done,))))
        for name, fmt in CONVERTED.items():
            fork(f"writing {name}", _convert, ntriples, done, staged.path(out / name), fmt)
        os.close(done)
        lookup = LookupWriter(staged.path(out / LOOKUP))
        write_node_link(graph, staged.open(out / "graph.json"), lookup)
        lookup.close()
        write_gexf(graph, staged.open(out / "graph.gexf"))
        staged.open(out / "summary.txt").write(summary_text(result))
        staged.sync_in_background()  # this process's files, while the others finish theirs
        write_views(graph, views)  # beside the old pages
        lap("json, lookup, gexf, pages")
        for what, process in running:
            code = exit_code(process)
            if code != 0:
                stop_all()
                for folder in (store, views):
                    shutil.rmtree(folder, ignore_errors=True)
                raise KgError(f"{what} failed (its process exited with {code}); the previous exports are kept")
        lap("rdf: n-triples, turtle, json-ld, store")
    finally:
        stop_all()  # nothing is left running when this one fails
    return store


def _write_ntriples(graph, path: Path) -> None:
    from kg.rdf import write_ntriples

    with open(path, "w", encoding="utf-8", newline="\n") as handle:
        write_ntriples(graph, handle)
    sync(path)  # here, in parallel with the others: committing then finds nothing left to sync


_LOAD_STORE = "import sys; from pathlib import Path; from kg.sparql import fill_store; fill_store(Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3]))"


def _convert(ntriples: Path, done: int, output: Path, fmt: str) -> None:
    import io
    import os

    from kg.export import GrowingFile
    from kg.rdf import convert_ntriples

    os.nice(10)  # yield the cores to the store's loader, the longest job of the stage

    with io.BufferedReader(GrowingFile(ntriples, done), 2**20) as source, open(output, "wb") as handle:
        convert_ntriples(source, handle, fmt)
    sync(output)


#: The pages build_graph.py / kg build write for the bundled corpus (and any other).
VIEWS = (
    ("overview.html", "overview", {}),
    ("shenzhen.html", "neighbourhood", {"entity_id": "440300"}),
    ("low-altitude-economy.html", "region_industry", {"industry": "industry:low-altitude-economy"}),
    ("beijing-industries.html", "region_industry", {"region": "110000"}),
)


def write_views(graph, directory: Path) -> list[Path]:
    """An overview page and a few views, for entities the graph has."""
    from kg import viz

    (overview, _, _), *views = VIEWS
    written = [viz.write_page(viz.overview_page(graph), directory / overview)]
    for name, kind, args in views:
        if not all(v in graph for v in args.values()):
            continue
        page = viz.neighbourhood_page(graph, **args) if kind == "neighbourhood" else viz.region_industry_page(graph, **args)
        written.append(viz.write_page(page, directory / name))
    return written


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
    if result.graph is not None:
        lines += _graph_summary(result.graph)
    if result.errors:
        lines.append("")
        lines.append("files not read:")
        lines.extend(f"  {Path(e.path).name}: {e.problem}" for e in result.errors)
    return "\n".join(lines) + "\n"


def _graph_summary(graph) -> list[str]:
    nodes = Counter(attrs.get("type", "?") for _, attrs in graph.nodes(data=True))
    relations = Counter(key for _, _, key in graph.edges(keys=True))
    lines = ["", f"graph: {graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges", "", "nodes per type:"]
    lines += [f"  {t}  {n}" for t, n in sorted(nodes.items(), key=lambda kv: (-kv[1], kv[0]))]
    lines += ["", "edges per relation:"]
    lines += [f"  {r}  {n}" for r, n in sorted(relations.items(), key=lambda kv: (-kv[1], kv[0]))]
    backers: dict[str, list[tuple[int, str]]] = {}
    for u, v, key, attrs in graph.edges(keys=True, data=True):
        if key == "backs" and graph.nodes[u].get("type") in ("province", "city", "district", "zone"):
            backers.setdefault(v, []).append((attrs["weight"], u))
    lines += ["", "top regions per industry (backs, by number of articles):"]
    for industry in sorted(backers, key=lambda i: (-sum(w for w, _ in backers[i]), i))[:15]:
        top = sorted(backers[industry], key=lambda wu: (-wu[0], wu[1]))[:5]
        names = ", ".join(f"{graph.nodes[u]['name']} ({w})" for w, u in top)
        lines.append(f"  {graph.nodes[industry]['name']}: {names}")
    return lines
