"""The whole pipeline as one function, used by ``kg build`` and ``build_graph.py``.

files → articles → linked mentions → facts → graph → exports (``articles.jsonl``,
``graph.json`` node-link, ``graph.gexf``, ``graph.ttl``, ``graph.nt``, ``graph.jsonld``,
``summary.txt``), each written atomically.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from kg import BUNDLED_CORPUS
from kg.errors import InputError, KgError
from kg.export import article_record, atomic_write, jsonl
from kg.ingest import discover, read_source
from kg.segment import segment
from kg.types import Article, Document


def _identity(items, label):
    return items

__all__ = ["BuildResult", "load_documents", "build", "extract_file", "pipeline_version", "summary_text"]

DEFAULT_EXPORTS = Path("exports")


@dataclass
class BuildResult:
    documents: list[Document] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)
    outputs: list[Path] = field(default_factory=list)
    graph: object = None  # networkx.MultiDiGraph once built
    timings: dict = field(default_factory=dict)  # seconds per stage (not written anywhere: not stable)
    views: list = field(default_factory=list)  # HTML pages written (exports/views/, not committed)

    @property
    def articles(self) -> list[Article]:
        return [a for d in self.documents for a in d.articles]


def load_documents(
    paths: Iterable[str | Path] | None = None,
    progress: Callable[[Path], None] | None = None,
) -> BuildResult:
    """Read and segment every file under ``paths`` (default: the bundled corpus).

    A file that cannot be read is recorded in ``errors``; the others go on.
    """
    files, errors = discover(list(paths) if paths else [BUNDLED_CORPUS])
    result = BuildResult(errors=errors)
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
    for path in sorted([*root.glob("*.py"), *root.glob("kb/*.py"), *root.glob("data/kb/*"), *root.glob("data/relations/*")]):
        digest.update(path.relative_to(root).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def extract_file(path: Path):
    """Read, segment, link and extract one file: ``(Document, facts)`` or an InputError.

    A pure function of the file (and the pipeline): the unit of parallel work.
    """
    try:
        source = read_source(path)
    except InputError as exc:
        return exc
    return extract_source(source)


def extract_source(source):
    """Segment, link and extract a source already read: ``(Document, facts)``."""
    from kg.relations import extract_facts

    global _LINKER
    if _LINKER is None:  # a worker that was not forked from the build (a Dask worker)
        from kg.link import Linker

        _LINKER = Linker()
    document = segment(source)
    facts = [f for article in document.articles for f in extract_facts(article, _LINKER)[1]]
    return document, facts


def _extract_bytes(name: str, data: bytes):
    """The Dask task: the file travels as bytes, so workers need not see the same disk."""
    from kg.ingest import source_from_bytes

    try:
        return extract_source(source_from_bytes(name, data))
    except InputError as exc:
        return exc


def _extract_on_cluster(files: Sequence[Path], scheduler: str, track: Callable) -> list:
    """Run the extraction of every file on a Dask cluster; results in file order."""
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
        return [f if isinstance(f, InputError) else f.result() for f in track(futures, "extracting")]


def _cached_extract(path: Path, cache: Path | None, version: str):
    import hashlib
    import pickle

    if cache is None:
        return extract_file(path)
    try:
        key = hashlib.sha256(path.name.encode() + b"\0" + path.read_bytes()).hexdigest()
    except OSError:
        return extract_file(path)  # extract_file reports the read error
    entry = cache / f"{key}-{version}.pickle"
    if entry.exists():
        try:
            return pickle.loads(entry.read_bytes())
        except (pickle.UnpicklingError, EOFError, AttributeError):
            entry.unlink(missing_ok=True)  # a damaged entry is recomputed
    result = extract_file(path)
    if not isinstance(result, InputError):
        atomic_write(entry, pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL))
    return result


def _extract_all(files: Sequence[Path], jobs: int, cache: Path | None, track: Callable) -> list:
    """Extract every file, in parallel processes when ``jobs`` > 1, results in file order."""
    version = pipeline_version()
    if jobs <= 1 or len(files) <= 1:
        return [_cached_extract(path, cache, version) for path in track(files, "extracting")]
    import multiprocessing
    from functools import partial

    # fork: workers inherit the loaded knowledge base and jieba instead of loading them again.
    context = multiprocessing.get_context("fork")
    with context.Pool(processes=jobs) as pool:
        work = partial(_cached_extract, cache=cache, version=version)
        return list(track(pool.imap(work, files, chunksize=1), "extracting"))


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
    to ``jobs=1``); with ``scheduler`` (``tcp://host:port``) a Dask cluster does it; with ``cache``, a file whose content and pipeline did not change
    since the last build into ``out`` is not processed again (``out/.cache/``).
    ``progress`` is told each file; ``track(items, label)`` wraps the extraction loop
    (a progress bar in the CLI). ``result.timings`` holds seconds per stage. Every
    export is computed before the first is written, and each is written atomically,
    so an interrupted build leaves the previous exports as they were.
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
    result = BuildResult(errors=errors, timings=timings)
    from kg.export import dumps
    from kg.graph import build_graph, gexf_text, node_link
    from kg.kb import load_kb
    from kg.link import Linker
    from kg.rdf import export_rdf

    kb = load_kb()
    _LINKER = Linker(kb)
    _LINKER._jieba  # load jieba's dictionary now, once, before any fork
    lap("load")
    if progress:
        for path in files:
            progress(path)
    facts = []
    if scheduler:
        outcomes = _extract_on_cluster(files, scheduler, track)
    else:
        outcomes = _extract_all(files, jobs, out / ".cache" if cache else None, track)
    for outcome in outcomes:
        if isinstance(outcome, InputError):
            result.errors.append(outcome)
            continue
        document, document_facts = outcome
        result.documents.append(document)
        facts.extend(document_facts)
    lap("extract")
    if not result.documents:
        return result
    order = sorted(range(len(result.documents)), key=lambda i: (result.documents[i].source.name, str(result.documents[i].source.path)))
    result.documents = [result.documents[i] for i in order]
    result.graph = build_graph(result.articles, facts, kb)
    lap("graph")
    rdf = export_rdf(result.graph)
    lap("rdf")
    payloads = {
        "articles.jsonl": jsonl(article_record(a) for a in result.articles),
        "graph.json": dumps(node_link(result.graph)) + "\n",
        "graph.gexf": gexf_text(result.graph),
        **rdf,
    }
    payloads["summary.txt"] = summary_text(result)
    lap("serialise")
    for name, text in payloads.items():
        result.outputs.append(atomic_write(out / name, text))
    lap("write")
    from kg.sparql import STORE_DIR, load_store

    load_store(out / "graph.nt", out / STORE_DIR)
    lap("store")
    result.views = write_views(result.graph, out / "views")
    lap("views")
    return result


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

    written = [viz.write_page(viz.overview_page(graph), directory / "overview.html")]
    for name, kind, args in VIEWS[1:]:
        if not all(v in graph for v in args.values()):
            continue
        page = viz.neighbourhood_page(graph, **args) if kind == "neighbourhood" else viz.region_industry_page(graph, **args)
        written.append(viz.write_page(page, directory / name))
    return written


def summary_text(result: BuildResult) -> str:
    """A short human-readable account of a build (stable: no times, no paths)."""
    lines = ["kg build summary", ""]
    lines.append(f"files read: {len(result.documents)}    articles: {len(result.articles)}")
    lines.append("")
    lines.append("articles per file:")
    for doc in result.documents:
        name = doc.newsletter.name or "?"
        issue = f" {doc.newsletter.year}年第{doc.newsletter.issue}期" if doc.newsletter.issue else ""
        lines.append(f"  {doc.source.name}  {len(doc.articles):4d}  ({doc.layout}; {name}{issue})")
    sections = Counter(a.section or "—" for a in result.articles)
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
