"""Incremental builds: a file added, changed or removed rewrites only what it touches.

Every export is a sequence of *items* — the graph's nodes (sorted by id) and edges
(sorted by ends and relation), the source files for ``articles.jsonl`` — each written
as a text of its own between a fixed head, separators and tail (:class:`Layout`). A
build records each item's byte length in every export (:class:`State`, in
``.cache/incremental.pickle``, with what each file contributed). The next build into
the same folder, when few files changed, works out which items change — the articles
and mentions of the changed files, the edges whose evidence came from them (their
weight, dates and confidence recomputed from the evidence that stays), the nodes that
appear or go, the ``part_of`` edges that follow — renders only those, and assembles
each export from runs of the previous one copied as they are (``os.copy_file_range``)
and the new texts: byte for byte what a full build of the same files writes. The
SPARQL store is a hard-linked copy of the previous one (``Store.backup``) with the
changed items' triples deleted and inserted; ``lookup.sqlite`` a copy with their rows
replaced and its page index (:mod:`kg.explore_index`) patched: the facts of the articles
gone and new, the backing of the region → industry pairs whose edges changed, the
statistics counted from the state. The pages are drawn in a forked process meanwhile.
Everything is staged and swapped in as a full build's exports are, so an interrupted
update leaves the previous exports as they were.

The update runs in steps, each a function: :func:`_changes` (which files changed, what
they gave before and give now), :func:`_graph_now` (the edges, nodes and attributes that
change), :class:`_Items` (where each item of the new exports was in the previous ones),
:func:`_write_exports` (the item-wise exports and the store's patch), :func:`_patch_lookup`.

Whatever this cannot do exactly (no or stale state, another pipeline, many files
changed, an attribute GEXF would declare differently, …) it declines, and the build
runs in full.
"""

from __future__ import annotations

import os
import pickle
import re
from array import array
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from itertools import accumulate
from pathlib import Path

__all__ = ["STATE", "Layout", "LAYOUTS", "State", "FileRecord", "record_state", "update", "item_lengths", "scan_lengths",
           "SUMMARY_REGIONS", "backs_weights"]

#: Where a build leaves what the next one needs to update its exports, under ``out/.cache``.
STATE = "incremental.pickle"

#: Beyond this share of the files changed, a full build is as quick.
MAX_CHANGED = 0.25

#: The types of the regions whose ``backs`` edges summary.txt ranks (its top backers).
SUMMARY_REGIONS = ("province", "city", "district", "zone")


@dataclass(frozen=True)
class Layout:
    """How an export lays out its items: ``head``, the items of the first section joined
    by ``sep``, ``middle``, the second section's, ``tail``. ``nodes_first``: which section
    comes first."""

    sep: bytes = b""
    middle: bytes = b""
    tail: bytes = b""
    nodes_first: bool = True


#: The item-wise exports (their heads depend on the graph: see :func:`_heads`).
LAYOUTS = {
    "graph.json": Layout(b", ", b'], "multigraph": true, "nodes": [', b"]}\n", nodes_first=False),
    "graph.gexf": Layout(b"", b"    </nodes>\n    <edges>\n", b"    </edges>\n  </graph>\n</gexf>\n"),
    "graph.nt": Layout(),
    "graph.ttl": Layout(),
    "graph.jsonld": Layout(b",", b",", b"]"),
}


@dataclass
class FileRecord:
    path: str
    key: str  # its cache entry's name (content and pipeline)
    summary: object  # kg.build.FileSummary
    warnings: tuple
    articles: tuple[str, ...]  # node ids of its articles
    jsonl: int  # bytes of its articles.jsonl lines


@dataclass
class State:
    """What a build leaves for the next one to update its exports (see the module's docstring)."""

    version: str
    strict: bool
    files: list[FileRecord]
    nodes: list[str]
    edges: list[tuple[str, str, str]]
    lengths: dict[str, array]  # export → byte length of each item, nodes then edges
    heads: dict[str, bytes]  # export → its head
    node_info: dict[str, tuple[str, str]]  # node → (type, name)
    refs: Counter  # node → how many edges made from facts touch it
    kb_edges: set  # the part_of edges added from the knowledge base
    ancestors: dict[str, tuple[str, ...]]  # region → its ancestors in the knowledge base
    fund_sizes: dict[str, dict[str, str]]  # fund → {article node: size text}
    signatures: list[tuple]  # GEXF signatures, each once
    node_sigs: array
    edge_sigs: array
    weights: dict  # (u, v) → weight of each backs edge from a region (for the summary)
    page_nodes: dict[str, dict]  # node → the attributes the page index reads (see _patch_page_index)
    stamps: dict[str, tuple[int, int]] = field(default_factory=dict)  # export → (size, mtime_ns)


# ---------------------------------------------------------------- recording, in a full build


def item_lengths(texts) -> array:
    return array("q", (len(t.encode()) for t in texts))


def scan_lengths(path: Path, fmt: str, blocks: array) -> tuple[bytes, array]:
    """The head of a Turtle or JSON-LD export Oxigraph wrote and each item's byte length,
    given how many subject blocks each item has (``blocks``: consecutive triples with one
    subject make one block in both formats).

    Read in slices, keeping only the items' starts: the file can be gigabytes, and a list
    of every block's offset (or a map of the whole file) would grow with it."""
    with open(path, "rb") as handle:
        size = os.fstat(handle.fileno()).st_size
        if size == 0:
            return b"", array("q")
        if fmt == "TURTLE":
            head = b""
            while (line := handle.readline()).startswith(b"@prefix"):
                head += line
            body, trailer = len(head), 0  # a block runs to the next one's start (or the end)
            pattern, offset = _TURTLE_BLOCK, 1  # a block starts after the newline
        else:  # JSON-LD: [{…},{…}]; a top-level object ends "]}" before ",{\"@id\":" (a quote inside a string is escaped)
            head = handle.read(1)
            body, trailer = 1, 1  # a block ends before the "," (the last one before the final "]")
            pattern, offset = _JSON_LD_BLOCK, 3  # after "]},"
        boundaries = array("q", accumulate(blocks, initial=0))  # the index of each item's first block (and the total)
        items = len(blocks)
        starts = array("q", [body] if items else [])  # each item's first byte
        index, wanted = 1, 1  # blocks found so far (the first starts the body); the next item whose start is sought
        handle.seek(body)
        base, carry = body, b""  # the file offset of carry's first byte; bytes not searched yet
        while True:
            data = handle.read(_SCAN_SLICE)
            text = carry + data
            # A match starting this near the end may need bytes not read yet: it is searched again with them.
            limit = len(text) if not data else max(0, len(text) - _SCAN_OVERLAP)
            found = [m.start() for m in pattern.finditer(text, 0, len(text))]
            found = found[:bisect_left(found, limit)]
            last = bisect_right(boundaries, index + len(found) - 1, wanted, items)  # items starting in this slice
            shift = base + offset
            starts.extend(found[boundaries[k] - index] + shift for k in range(wanted, last))
            index, wanted = index + len(found), last
            if not data:
                break
            base, carry = base + limit, text[limit:]
    if index != boundaries[-1]:
        raise ValueError(f"{path}: {index} blocks where the items have {boundaries[-1]}")
    lengths = array("q", (b - a - trailer for a, b in zip(starts, starts[1:])))
    if starts:
        lengths.append(size - trailer - starts[-1])
    return head, lengths


_TURTLE_BLOCK = re.compile(rb"\n(?=[^\t])")  # a new subject: a line not indented
_JSON_LD_BLOCK = re.compile(rb'\]\},\{"@id":')
_SCAN_SLICE = 1 << 24  # bytes read at a time by scan_lengths
_SCAN_OVERLAP = 16  # longer than any block pattern with its lookahead


def record_state(out: Path, graph, result, files: Sequence[Path], version: str, strict: bool, kb_edges: set, lengths: dict[str, array], heads: dict[str, bytes], jsonl: list[int], fund_sizes: dict, articles: list[tuple[str, ...]]) -> None:
    """Write the state of a full build that has just swapped its exports in."""
    from kg.graph import _gexf_edge_values, gexf_signature
    from kg.kb import REGION_TYPES, load_kb

    kb = load_kb()
    signatures: dict[tuple, int] = {}
    node_sigs = array("i", (signatures.setdefault(gexf_signature(a), len(signatures)) for _, a in graph.nodes(data=True)))
    edge_sigs = array("i", (signatures.setdefault(gexf_signature(_gexf_edge_values(k, a)), len(signatures)) for _, _, k, a in graph.edges(keys=True, data=True)))
    refs: Counter = Counter()
    for u, v, key in graph.edges(keys=True):
        if (u, v, key) not in kb_edges:
            refs[u] += 1
            refs[v] += 1
    node_info = {n: (a.get("type", "?"), a.get("name", "")) for n, a in graph.nodes(data=True)}
    state = State(
        version=version, strict=strict,
        files=[FileRecord(str(p), _cache_key(p, strict), s, w, a, n) for p, s, w, a, n in zip(files, result.files, _warnings_by_file(result, files), articles, jsonl)],
        nodes=list(graph.nodes), edges=list(graph.edges(keys=True)), lengths=lengths, heads=heads, node_info=node_info,
        refs=refs, kb_edges=kb_edges,
        ancestors={n: tuple(kb.ancestors(n)) for n in graph.nodes if kb.get(n) is not None and kb.get(n).type in REGION_TYPES},
        fund_sizes=fund_sizes, signatures=list(signatures), node_sigs=node_sigs, edge_sigs=edge_sigs,
        weights=backs_weights(graph.edges(keys=True, data=True), node_info),
        page_nodes={n: _page_attrs(a) for n, a in graph.nodes(data=True)},
    )
    save(out, state)


def _warnings_by_file(result, files) -> list[tuple]:
    by_path: dict[str, list] = {}
    for warning in result.warnings:
        by_path.setdefault(str(warning.path), []).append(warning)
    return [tuple(by_path.get(str(p), ())) for p in files]


def backs_weights(edges, node_info: dict[str, tuple[str, str]]) -> dict[tuple[str, str], float]:
    """``(region, industry) → weight`` of the ``backs`` edges among ``edges`` ``(u, v, relation, attrs)``
    whose subject is one of :data:`SUMMARY_REGIONS` (``node_info``: each node's type and name)."""
    return {(u, v): attrs["weight"] for u, v, key, attrs in edges if key == "backs" and node_info[u][0] in SUMMARY_REGIONS}


def _cache_key(path: Path, strict: bool, data: bytes | None = None) -> str:
    from kg.build import cache_key

    return cache_key(path, path.read_bytes() if data is None else data, strict)


def save(out: Path, state: State) -> None:
    from kg.export import atomic_write

    state.stamps = {name: _stamp(out / name) for name in _STAMPED}
    atomic_write(out / ".cache" / STATE, pickle.dumps(state, protocol=pickle.HIGHEST_PROTOCOL))


_STAMPED = ("articles.jsonl", *LAYOUTS, "summary.txt", "lookup.sqlite", "store/kg-stamp.json")


def _stamp(path: Path) -> tuple[int, int]:
    info = path.stat()
    return info.st_size, info.st_mtime_ns


def forget(out: Path) -> None:
    """Drop the state before the exports change (a build that stops halfway leaves none)."""
    (out / ".cache" / STATE).unlink(missing_ok=True)


def load(out: Path, version: str, strict: bool) -> State | None:
    """The state the last build left, if it still describes the exports in ``out``."""
    try:
        state = pickle.loads((out / ".cache" / STATE).read_bytes())
        if not isinstance(state, State) or state.version != version or state.strict != strict:
            return None
        if any(_stamp(out / name) != state.stamps.get(name) for name in _STAMPED):
            return None
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError, ValueError):
        return None
    return state


# ---------------------------------------------------------------- updating


class _Declined(Exception):
    """This update cannot be made exactly: the build runs in full."""


class _Offsets:
    """Where each item of a previous export is, from its items' lengths (prefix sums: no pass in Python)."""

    def __init__(self, head: int, layout: Layout, lengths: array, nodes: int) -> None:
        self.lengths = lengths
        self.prefix = array("q", accumulate(lengths, initial=0))
        self.sep = len(layout.sep)
        self.nodes = nodes
        sections = [(True, 0, nodes), (False, nodes, len(lengths))]
        if not layout.nodes_first:
            sections.reverse()
        self.base: dict[bool, tuple[int, int]] = {}  # is it the nodes' section → (its first item, its offset)
        position = head
        for n, (of_nodes, first, last) in enumerate(sections):
            if n:
                position += len(layout.middle)
            self.base[of_nodes] = (first, position)
            position += self.prefix[last] - self.prefix[first] + self.sep * max(last - first - 1, 0)

    def start(self, i: int) -> int:
        first, base = self.base[i < self.nodes]
        return base + self.prefix[i] - self.prefix[first] + self.sep * (i - first)


def update(state: State, files: list[Path], out: Path, extract: Callable, result, staged, lap: Callable) -> bool:
    """Update every export in ``out`` for ``files`` from ``state``, staging them in ``staged``
    (:class:`kg.export.StagedFiles`) and filling ``result``; False (nothing staged) when an
    exact update is not possible and the build must run in full."""
    running: list = []  # the processes started (the store's patch, the pages), stopped if this fails
    try:
        _update(state, files, out, extract, result, staged, lap, running)
        return True
    except BaseException as exc:
        for process in running:  # e.g. the pages' process, when GEXF declines
            _stop(process)
        if isinstance(exc, _Declined):
            return False
        raise


def _stop(process) -> None:
    """Kill and reap a process started by the update (a ``subprocess.Popen`` or a ``multiprocessing.Process``)."""
    process.kill()
    process.wait() if hasattr(process, "wait") else process.join()


def _update(state: State, files: list[Path], out: Path, extract: Callable, result, staged, lap: Callable, running: list) -> None:
    """:func:`update`'s steps, each process it starts appended to ``running``; raises :class:`_Declined`
    where an exact update is not possible."""
    from kg.build import _newsletter_labels, summary_text
    from kg.errors import KgError

    change = _changes(state, files, out, extract, result)
    lap("extract")
    result.files = [change.new[p].file if p in change.new else change.kept[p].summary for p in change.paths if p in change.new or p in change.kept]
    warnings = {p: change.new[p].warnings if p in change.new else change.old_files[p].warnings for p in change.paths if p in change.new or p in change.old_files}
    result.warnings.extend(w for p in change.paths for w in warnings.get(p, ()))
    views = out / ".views.tmp"
    with _PreviousJson(out / "graph.json", state) as old_attrs:
        graph = _graph_now(state, change, old_attrs)
        items = _Items(state, graph)
        lap("graph")
        pages = _start_pages(items, old_attrs, views, {f.name: f.newsletter.label() for f in result.files})
        running.append(pages)
        lengths, heads, signatures, json_texts, store = _write_exports(state, graph, items, out, staged, running)
        _articles(state, files, change.new, staged.path(out / "articles.jsonl"), out)
        _patch_lookup(out, staged, state, change, graph, items, json_texts, old_attrs, _newsletter_labels(result))
    result.summary_counts = (graph.node_info, Counter(k[2] for k in graph.edge_list), graph.weights)
    staged.open(out / "summary.txt").write(summary_text(result))
    staged.sync_in_background(every=True)
    lap("exports")
    pages.join()
    if pages.exitcode != 0:
        raise KgError(f"writing the pages failed (its process exited with {pages.exitcode}); the previous exports are kept")
    lap("pages")
    fresh_nodes = {i for i in range(items.n_nodes) if items.old_of[i] is None}
    result.incremental = (_next_state(state, change, graph, lengths, heads, signatures), store.wait, views, fresh_nodes)


def _next_state(state: State, change: _Change, graph: _Graph, lengths: dict, heads: dict, signatures: tuple) -> State:
    """What the next update needs (saved once the exports are swapped in)."""
    records = []
    for p in change.paths:
        if p in change.new:
            x = change.new[p]
            records.append(FileRecord(p, change.keys[p], x.file, x.warnings, tuple(a for a, _ in x.article_nodes), len(x.articles_jsonl.encode())))
        elif p in change.kept:
            records.append(change.kept[p])
    node_sigs, edge_sigs, signature_list = signatures
    return State(
        version=state.version, strict=state.strict, files=records, nodes=graph.node_list, edges=graph.edge_list, lengths=lengths, heads=heads,
        node_info=graph.node_info, refs=+graph.refs, kb_edges=graph.kb_edges, ancestors=graph.ancestors, fund_sizes=graph.fund_sizes,
        signatures=signature_list, node_sigs=node_sigs, edge_sigs=edge_sigs, weights=graph.weights, page_nodes=graph.page_nodes,
    )


def _start_pages(items: _Items, old_attrs: _PreviousJson, views: Path, newsletters: dict[str, str]):
    """Fork a process that writes the pages into ``views`` (beside the rest of the update, as a
    full build writes its RDF beside its other exports); returns it."""
    import multiprocessing
    import shutil

    from kg.build import _export_child, _signals_deferred

    shutil.rmtree(views, ignore_errors=True)
    process = multiprocessing.get_context("fork").Process(target=_export_child, args=(os.getpid(), _write_pages, items, old_attrs, views, newsletters))
    with _signals_deferred():
        process.start()
    return process


def _write_pages(items: _Items, old_attrs: _PreviousJson, views: Path, newsletters: dict[str, str]) -> None:
    from kg.build import write_views

    write_views(_views_graph(items, old_attrs), views, newsletters)


# ---------------------------------------------------------------- what changed


@dataclass
class _Change:
    """The files that changed since the last build, what they contributed then and what now."""

    paths: list[str]  # every file of this build, in order
    keys: dict[str, str | None]  # path → its cache key now (None: unreadable)
    old_files: dict[str, FileRecord]  # path → its record in the last build
    kept: dict[str, FileRecord]  # the unchanged files' records
    new: dict  # path → kg.build.Extracted, for the files extracted now
    gone_articles: set[str]  # the articles (ids without "article:") of the changed and removed files, before
    new_articles: set[str]  # those of the changed files now
    contributions: dict[tuple, tuple[list, list]]  # edge → the evidence and quantities the changed files give it now
    affected: set[tuple]  # the edges whose evidence changes


def _changes(state: State, files: list[Path], out: Path, extract: Callable, result) -> _Change:
    """Find the changed and removed files, read what they contributed, extract the changed ones."""
    from kg.errors import InputError
    from kg.graph import fact_records

    old_files = {r.path: r for r in state.files}
    paths = [str(p) for p in files]
    keys: dict[str, str | None] = {}
    for path in files:
        try:
            keys[str(path)] = _cache_key(path, state.strict)
        except OSError:
            keys[str(path)] = None  # extraction reports it
    changed = [p for p in files if str(p) not in old_files or old_files[str(p)].key != keys[str(p)]]
    present = set(paths)
    removed = [old_files[p] for p in old_files if p not in present]
    if len(changed) + len(removed) > MAX_CHANGED * max(len(files), 1):
        raise _Declined
    gone = [old_files[str(p)] for p in changed if str(p) in old_files] + removed
    previous = []
    for record in gone:
        try:
            previous.append(pickle.loads((out / ".cache" / f"{record.key}-{state.version}.pickle").read_bytes()))
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError):
            raise _Declined from None  # what the file contributed is not known any more
    outcomes = dict(zip(map(str, changed), extract(changed)))
    new = {p: o for p, o in outcomes.items() if not isinstance(o, InputError)}
    result.errors.extend(o for o in outcomes.values() if isinstance(o, InputError))
    gone_paths = {g.path for g in gone}
    kept = {p: old_files[p] for p in paths if p in old_files and p not in gone_paths}
    kept_articles = {a for r in kept.values() for a in r.articles}
    new_articles = [a for x in new.values() for a, _ in x.article_nodes]
    if len(set(new_articles)) != len(new_articles) or kept_articles.intersection(new_articles):
        raise _Declined  # the same article in two files: a full build merges them
    contributions: dict[tuple, tuple[list, list]] = {}
    for extracted in new.values():
        for key, evidence, quantity in fact_records(extracted.facts):
            record = contributions.setdefault(key, ([], []))
            record[0].append(evidence)
            if quantity is not None:
                record[1].append(quantity)
    affected = set(contributions)
    for extracted in previous:
        affected.update(key for key, _, _ in fact_records(extracted.facts))
    if any(not e["article"] for ev, _ in contributions.values() for e in ev) or any(k[2] == "part_of" for k in affected):
        raise _Declined  # evidence no file owns
    return _Change(
        paths=paths, keys=keys, old_files=old_files, kept=kept, new=new,
        gone_articles={a.split(":", 1)[1] for record in gone for a in record.articles},
        new_articles={a.split(":", 1)[1] for a in new_articles}, contributions=contributions, affected=affected,
    )


class _PreviousJson:
    """The previous graph.json, mapped: the attributes of its items by index (nodes, then edges)."""

    def __init__(self, path: Path, state: State) -> None:
        self.path = path
        self.nodes = len(state.nodes)
        self.offsets = _Offsets(len(state.heads["graph.json"]), LAYOUTS["graph.json"], state.lengths["graph.json"], self.nodes)
        self.node_index = {n: i for i, n in enumerate(state.nodes)}
        self.edge_index = {e: self.nodes + i for i, e in enumerate(state.edges)}

    def __enter__(self) -> _PreviousJson:
        import mmap

        with open(self.path, "rb") as handle:
            self.data = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
        return self

    def __exit__(self, *exc) -> None:
        self.data.close()

    def __call__(self, i: int) -> dict:
        import json

        start = self.offsets.start(i)
        attrs = json.loads(self.data[start:start + self.offsets.lengths[i]])
        for key in ("id",) if i < self.nodes else ("source", "target", "key"):  # (an article node has a source)
            attrs.pop(key, None)
        return attrs


# ---------------------------------------------------------------- the graph after the change


@dataclass
class _Graph:
    """The graph after the change, told as what differs from the previous one."""

    edges: dict[tuple, dict | None]  # each edge that changes → its attributes now (None: gone)
    refs: Counter  # node → how many edges made from facts touch it
    node_info: dict[str, tuple[str, str]]
    ancestors: dict[str, tuple[str, ...]]
    kb_edges: set
    fund_sizes: dict[str, dict[str, str]]
    node_attrs: dict[str, dict]  # the attributes of the nodes that are new or change
    article_attrs: dict[str, dict]  # the changed files' article nodes
    page_nodes: dict[str, dict]
    node_list: list[str]
    edge_list: list[tuple[str, str, str]]
    weights: dict


def _graph_now(state: State, change: _Change, old_attrs: _PreviousJson) -> _Graph:
    edges, refs = _edges_now(state, change, old_attrs)
    nodes, ancestors, kb_edges, kb = _nodes_now(state, refs)
    fund_sizes = _fund_sizes_now(state, change)
    article_attrs = {a: attrs for x in change.new.values() for a, attrs in x.article_nodes}
    node_info, node_attrs = _node_attrs_now(state, nodes, old_attrs.node_index, article_attrs, fund_sizes, kb)
    page_nodes = {n: a for n, a in state.page_nodes.items() if n in nodes}
    page_nodes.update((n, _page_attrs(a)) for n, a in node_attrs.items())
    for node in set(ancestors) - nodes:
        del ancestors[node]
    for key in state.kb_edges - kb_edges:
        edges[key] = None
    for key in kb_edges - state.kb_edges:
        edges[key] = _kb_edge()
    gone = {k for k, a in edges.items() if a is None}
    edge_list = sorted((set(state.edges) - gone) | (edges.keys() - gone))
    weights = dict(state.weights)
    for (u, v, relation), attrs in edges.items():
        if relation == "backs" and attrs is None:
            weights.pop((u, v), None)  # (its subject may be gone from node_info already)
        elif relation == "backs" and node_info[u][0] in SUMMARY_REGIONS:
            weights[(u, v)] = attrs["weight"]
    return _Graph(edges, refs, node_info, ancestors, kb_edges, fund_sizes, node_attrs, article_attrs, page_nodes, sorted(nodes), edge_list, weights)


def _edges_now(state: State, change: _Change, old_attrs: _PreviousJson) -> tuple[dict, Counter]:
    """The affected edges' attributes, from the evidence that stays and the changed files' (weight,
    dates and confidence recomputed), and how many fact edges touch each node now."""
    from kg.graph import edge_attributes

    edges: dict[tuple, dict | None] = {}
    refs = Counter(state.refs)
    for key in change.affected:
        evidence, quantities = [], []
        index = old_attrs.edge_index.get(key)
        if index is not None:
            attrs = old_attrs(index)
            evidence = [e for e in attrs["evidence"] if e["article"] not in change.gone_articles]
            quantities = [q for q in attrs.get("quantities", ()) if q["article"] not in change.gone_articles]
        more = change.contributions.get(key, ((), ()))
        evidence += more[0]
        quantities += more[1]
        edges[key] = edge_attributes(key[2], evidence, quantities) if evidence else None
        if (index is not None) != (edges[key] is not None):
            for node in key[:2]:
                refs[node] += 1 if edges[key] is not None else -1
    return edges, refs


def _nodes_now(state: State, refs: Counter):
    """The nodes now: those the facts name and their ancestors by part_of (as GraphBuilder.graph
    makes them), the regions' ancestors, the part_of edges from the knowledge base, and the
    knowledge base (a callable: loaded only if needed)."""
    from kg.kb import REGION_TYPES

    kb = None

    def knowledge_base():
        nonlocal kb
        if kb is None:
            from kg.kb import load_kb

            kb = load_kb()
        return kb

    def is_region(node: str) -> bool:
        entity = None if node.startswith("article:") else knowledge_base().get(node)
        return entity is not None and entity.type in REGION_TYPES

    ancestors = dict(state.ancestors)
    fact_nodes = {n for n, c in refs.items() if c > 0}
    for node in fact_nodes - state.node_info.keys():
        if is_region(node):
            ancestors[node] = tuple(knowledge_base().ancestors(node))
    kb_edges = set()
    for node in sorted(n for n in fact_nodes if n in ancestors):
        child = node
        for parent in ancestors[node]:
            kb_edges.add((child, parent, "part_of"))
            child = parent
    nodes = fact_nodes | {n for key in kb_edges for n in key[:2]}
    for node in nodes - state.node_info.keys():
        if node not in ancestors and is_region(node):
            ancestors[node] = tuple(knowledge_base().ancestors(node))
    return nodes, ancestors, kb_edges, knowledge_base


def _fund_sizes_now(state: State, change: _Change) -> dict[str, dict[str, str]]:
    """Each fund's size text per article (the first quantity of its mention): a fund node's size is the first article's."""
    fund_sizes = {f: {a: t for a, t in sizes.items() if a.split(":", 1)[1] not in change.gone_articles} for f, sizes in state.fund_sizes.items()}
    for key, (_, quantities) in change.contributions.items():
        if key[2] == "mentions" and key[1].startswith("fund:") and quantities:
            fund_sizes.setdefault(key[1], {})[key[0]] = quantities[0]["text"]
    return {f: s for f, s in fund_sizes.items() if s}


def _node_attrs_now(state: State, nodes: set, node_index: dict, article_attrs: dict, fund_sizes: dict, kb: Callable) -> tuple[dict, dict]:
    """Each node's (type, name), and the attributes of those that are new or change (the changed
    files' articles, funds whose size changes)."""
    from kg.graph import _node_attrs

    changed = {n for n in nodes if n not in node_index or n in article_attrs}
    changed |= {f for f in set(fund_sizes) | set(state.fund_sizes) if f in nodes and _fund_size(fund_sizes.get(f)) != _fund_size(state.fund_sizes.get(f))}
    node_info = dict(state.node_info)
    node_attrs: dict[str, dict] = {}
    for node in changed:
        if node in article_attrs:
            node_attrs[node] = article_attrs[node]
        else:
            node_attrs[node] = _node_attrs(node, kb())
            size = _fund_size(fund_sizes.get(node))
            if size is not None:
                node_attrs[node]["size"] = size
        node_info[node] = (node_attrs[node].get("type", "?"), node_attrs[node].get("name", ""))
    for node in set(node_info) - nodes:
        del node_info[node]
    return node_info, node_attrs


@dataclass
class _Items:
    """The items of the exports now (nodes, then edges, each sorted), and where each was before."""

    items: list
    old_of: list  # item → its index in the previous exports, or None when its text changes
    attrs_of: dict  # the new or changed items' attributes
    n_nodes: int
    pieces: tuple[list, list]  # per section (nodes, edges): (first, last) runs of previous items, or a new item's index

    def __init__(self, state: State, graph: _Graph) -> None:
        node_index = {n: i for i, n in enumerate(state.nodes)}
        n_old = len(state.nodes)
        edge_index = {e: n_old + i for i, e in enumerate(state.edges)}
        self.items = graph.node_list + graph.edge_list
        self.n_nodes = len(graph.node_list)
        self.old_of = [None if n in graph.node_attrs else node_index[n] for n in graph.node_list]
        self.old_of += [None if e in graph.edges else edge_index[e] for e in graph.edge_list]
        self.attrs_of = {**graph.node_attrs, **{k: a for k, a in graph.edges.items() if a is not None}}
        self.pieces = (_pieces(self.old_of, 0, self.n_nodes), _pieces(self.old_of, self.n_nodes, len(self.items)))


def _pieces(old_of: list, first: int, last: int) -> list:
    """Items ``first`` to ``last`` as runs ``(first, last)`` of consecutive previous items
    (copied as they are) and the indexes of the new items (ints)."""
    pieces: list = []
    run: list[int] | None = None
    for i in range(first, last):
        o = old_of[i]
        if o is not None and run is not None and o == run[1] + 1:
            run[1] = o
            continue
        if run is not None:
            pieces.append((run[0], run[1]))
            run = None
        if o is None:
            pieces.append(i)
        else:
            run = [o, o]
    if run is not None:
        pieces.append((run[0], run[1]))
    return pieces


# ---------------------------------------------------------------- the exports


def _write_exports(state: State, graph: _Graph, items: _Items, out: Path, staged, running: list):
    """Stage every item-wise export and start the store's patch (appended to ``running``);
    returns the items' lengths, the heads and the GEXF signatures for the next update, the new
    items' texts in graph.json (the lookup's rows) and the store's process."""
    from kg.graph import gexf_attributes, gexf_head

    node_sigs, edge_sigs, signatures = _signatures(state, items.items, items.old_of, items.attrs_of, items.n_nodes)
    node_keys = gexf_attributes(signatures[i] for i in dict.fromkeys(node_sigs))
    edge_keys = gexf_attributes((signatures[i] for i in dict.fromkeys(edge_sigs)), first_id=len(node_keys))
    heads = {**state.heads, "graph.gexf": gexf_head(node_keys, edge_keys).encode()}
    if heads["graph.gexf"] != state.heads["graph.gexf"]:
        raise _Declined  # GEXF would declare its attributes otherwise: every item's text changes
    texts = _render(items.items, items.old_of, items.attrs_of, graph.article_attrs, items.n_nodes, node_keys, edge_keys, out)
    n_old = len(state.nodes)
    lengths, targets = {}, {}
    for name, layout in LAYOUTS.items():
        old = _Offsets(len(state.heads[name]), layout, state.lengths[name], n_old)
        targets[name] = staged.path(out / name)
        lengths[name] = _assemble(out / name, old, targets[name], heads[name], layout, items.pieces, texts[name])
    removals, additions = _triple_changes(out / "graph.nt", state, items.old_of, texts["graph.nt"])
    store = _start_store_patch(out, removals, additions, targets["graph.nt"])
    running.append(store)
    return lengths, heads, (node_sigs, edge_sigs, signatures), texts["graph.json"], store


def _fund_size(sizes: dict[str, str] | None) -> str | None:
    """A fund node's size: of its sizes per article (:func:`_fund_sizes_now`), the first article's (by id), as a full build takes it."""
    return sizes[min(sizes)] if sizes else None


def _kb_edge() -> dict:
    from kg.graph import edge_attributes, kb_hierarchy_evidence

    return edge_attributes("part_of", [kb_hierarchy_evidence()], [])


def _signatures(state: State, items: list, old_of: list, attrs_of: dict, n_nodes: int):
    from kg.graph import _gexf_edge_values, gexf_signature

    ids = {s: i for i, s in enumerate(state.signatures)}
    signatures = list(state.signatures)
    node_sigs, edge_sigs = array("i"), array("i")
    old_n = len(state.node_sigs)
    for i, item in enumerate(items):
        old = old_of[i]
        if old is not None:
            sig = state.node_sigs[old] if old < old_n else state.edge_sigs[old - old_n]
        else:
            attrs = attrs_of[item]
            signature = gexf_signature(attrs if i < n_nodes else _gexf_edge_values(item[2], attrs))
            sig = ids.get(signature)
            if sig is None:
                sig = ids[signature] = len(signatures)
                signatures.append(signature)
        (node_sigs if i < n_nodes else edge_sigs).append(sig)
    return node_sigs, edge_sigs, signatures


def _render(items: list, old_of: list, attrs_of: dict, article_attrs: dict, n_nodes: int, node_keys: dict, edge_keys: dict, out: Path) -> dict[str, dict[int, bytes]]:
    """The texts of the items that changed, in every item-wise export."""
    import io

    from kg.graph import gexf_edge, gexf_node, link_json, node_json
    from kg.rdf import convert_ntriples, edge_blocks, edge_ntriples, node_blocks, node_ntriples

    texts: dict[str, dict[int, bytes]] = {name: {} for name in LAYOUTS}
    batches: list[list[int]] = [[], []]  # nodes, edges: converted apart (a node's block could merge with an edge's)
    blocks: dict[str, dict[int, int]] = {"TURTLE": {}, "JSON_LD": {}}
    for i, item in enumerate(items):
        if old_of[i] is not None:
            continue
        attrs = attrs_of[item]
        if i < n_nodes:
            texts["graph.json"][i] = node_json(item, attrs).encode()
            texts["graph.gexf"][i] = gexf_node(item, attrs, node_keys).encode()
            texts["graph.nt"][i] = "".join(node_ntriples(item, attrs)).encode()
            for fmt in blocks:
                blocks[fmt][i] = node_blocks(attrs, fmt)
        else:
            u, v, key = item
            texts["graph.json"][i] = link_json(u, v, key, attrs).encode()
            texts["graph.gexf"][i] = gexf_edge(u, v, key, attrs, edge_keys).encode()
            texts["graph.nt"][i] = "".join(edge_ntriples(u, v, key, attrs, article_attrs.get(u, {}))).encode()
            for fmt in blocks:
                blocks[fmt][i] = edge_blocks(key, attrs)
        batches[i >= n_nodes].append(i)
    for batch in batches:
        if not batch:
            continue
        ntriples = b"".join(texts["graph.nt"][i] for i in batch)
        for name, fmt in (("graph.ttl", "TURTLE"), ("graph.jsonld", "JSON_LD")):
            converted = out / ".cache" / f".{name}.part.tmp"
            with open(converted, "wb") as handle:
                convert_ntriples(io.BytesIO(ntriples), handle, fmt)
            _, lengths = scan_lengths(converted, fmt, array("q", (blocks[fmt][i] for i in batch)))
            data = converted.read_bytes()
            converted.unlink()
            position = _head_length(data, fmt)
            for i, length in zip(batch, lengths):
                texts[name][i] = data[position:position + length]
                position += length + (1 if fmt == "JSON_LD" else 0)
    return texts


def _head_length(data: bytes, fmt: str) -> int:
    if fmt == "JSON_LD":
        return 1
    body = 0
    while data[body:body + 7] == b"@prefix":
        body = data.find(b"\n", body) + 1
    return body


def _assemble(previous: Path, old: _Offsets, target: Path, head: bytes, layout: Layout, pieces: tuple[list, list], texts: dict[int, bytes]) -> array:
    """Write an export: runs of the previous file's items copied in the kernel, new texts
    written; returns each item's length (nodes, then edges)."""
    lengths: list[array] = [array("q"), array("q")]  # the nodes', the edges'
    with open(previous, "rb") as source, open(target, "wb", buffering=0) as sink:
        out, src = sink.fileno(), source.fileno()
        os.write(out, head)
        for n, section in enumerate((0, 1) if layout.nodes_first else (1, 0)):
            if n:
                os.write(out, layout.middle)
            found = lengths[section]
            for k, piece in enumerate(pieces[section]):
                if k:
                    os.write(out, layout.sep)
                if isinstance(piece, int):
                    os.write(out, texts[piece])
                    found.append(len(texts[piece]))
                else:
                    first, last = piece
                    start = old.start(first)
                    _copy(src, out, start, old.start(last) + old.lengths[last] - start)
                    found.extend(old.lengths[first:last + 1])
        os.write(out, layout.tail)
    return lengths[0] + lengths[1]


def _copy(source: int, sink: int, offset: int, count: int) -> None:
    while count:
        done = os.copy_file_range(source, sink, count, offset)
        if done == 0:
            raise OSError(f"the previous export ended early (at byte {offset:,})")
        offset += done
        count -= done


def _articles(state: State, files: list[Path], new: dict, target: Path, out: Path) -> None:
    """articles.jsonl: each file's lines, copied or new."""
    starts = list(accumulate((r.jsonl for r in state.files), initial=0))
    where = {r.path: (s, r.jsonl) for r, s in zip(state.files, starts)}
    with open(out / "articles.jsonl", "rb") as source, open(target, "wb", buffering=0) as sink:
        for path in map(str, files):
            if path in new:
                os.write(sink.fileno(), new[path].articles_jsonl.encode())
            elif path in where:
                _copy(source.fileno(), sink.fileno(), *where[path])


def _triple_changes(ntriples: Path, state: State, old_of: list, texts: dict[int, bytes]) -> tuple[bytes, bytes]:
    """The triples the store loses and gains: those of the previous and new texts of the items that changed."""
    kept = {o for o in old_of if o is not None}
    lengths = state.lengths["graph.nt"]
    old = _Offsets(0, LAYOUTS["graph.nt"], lengths, len(state.nodes))
    before: set[bytes] = set()
    with open(ntriples, "rb") as handle:
        for o in range(len(lengths)):
            if o not in kept:
                handle.seek(old.start(o))
                before.update(handle.read(lengths[o]).splitlines(keepends=True))
    after: set[bytes] = set()
    for text in texts.values():
        after.update(text.splitlines(keepends=True))
    return b"".join(sorted(before - after)), b"".join(sorted(after - before))


def _start_store_patch(out: Path, removals: bytes, additions: bytes, ntriples: Path):
    """Start a new interpreter (RocksDB must not be forked) that copies the store with hard
    links and applies the changes; returns it (its ``wait`` says how it went)."""
    import subprocess
    import sys

    from kg.export import atomic_write
    from kg.sparql import STORE_DIR, staged_store

    changes = out / ".cache" / ".store-changes.tmp"
    atomic_write(changes, pickle.dumps((removals, additions)))
    store = staged_store(out / STORE_DIR)
    here = str(Path(__file__).resolve().parents[1])
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [here, os.environ.get("PYTHONPATH")]))}
    command = [sys.executable, "-c", _PATCH_STORE, str(out / STORE_DIR), str(store), str(changes), str(os.getpid()), str(ntriples)]
    return subprocess.Popen(command, env=env)


_PATCH_STORE = (
    "import sys, pickle; from pathlib import Path; from kg.build import _child_start; _child_start(int(sys.argv[4])); "
    "from kg.sparql import patch_store; patch_store(Path(sys.argv[1]), Path(sys.argv[2]), *pickle.loads(Path(sys.argv[3]).read_bytes()), Path(sys.argv[5]))"
)


def _patch_lookup(out: Path, staged, state: State, change: _Change, graph: _Graph, items: _Items, texts: dict[int, bytes], old_attrs: _PreviousJson, labels: dict[str, str]) -> None:
    """lookup.sqlite (staged): a copy of the previous one with the rows of the items that changed
    replaced, and its page index (:mod:`kg.explore_index`) patched (:func:`_patch_page_index`)."""
    import json
    import sqlite3

    from kg.query import LOOKUP, _entity_names

    target = staged.path(out / LOOKUP)
    with open(out / LOOKUP, "rb") as source, open(target, "wb") as sink:
        _copy(source.fileno(), sink.fileno(), 0, os.fstat(source.fileno()).st_size)
    kept = {o for o in items.old_of if o is not None}
    old_n = len(state.nodes)
    gone_nodes = [state.nodes[o] for o in range(old_n) if o not in kept]
    gone_edges = [state.edges[o - old_n] for o in range(old_n, old_n + len(state.edges)) if o not in kept]
    fresh = [(i, items.items[i]) for i, o in enumerate(items.old_of) if o is None]
    n_nodes = items.n_nodes
    db = sqlite3.connect(target)
    try:
        db.executemany("DELETE FROM nodes WHERE id = ?", [(n,) for n in gone_nodes])
        db.executemany("DELETE FROM names WHERE id = ?", [(n,) for n in gone_nodes])
        db.executemany("DELETE FROM edges WHERE u = ? AND v = ? AND relation = ?", gone_edges)
        db.executemany("INSERT INTO nodes (id, attrs) VALUES (?, ?)", [(item, texts[i].decode()) for i, item in fresh if i < n_nodes])
        db.executemany("INSERT INTO names VALUES (?, ?)", [(name, item) for i, item in fresh if i < n_nodes for name in _entity_names(items.attrs_of[item])])
        db.executemany("INSERT INTO edges (u, v, relation, attrs) VALUES (?, ?, ?, ?)", [(*item, texts[i].decode()) for i, item in fresh if i >= n_nodes])
        relations = sorted({key[2] for key in graph.edge_list})
        types = sorted({graph.node_info[n][0] for n in graph.node_list if graph.node_info[n][0] != "?"})
        db.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)", [("relations", json.dumps(relations, ensure_ascii=False)), ("types", json.dumps(types, ensure_ascii=False))])
        db.execute("DELETE FROM meta WHERE key = 'graph'")
        _patch_page_index(db, change, graph, old_attrs, labels)
        db.commit()
    finally:
        db.close()


#: The node attributes the page index reads (:func:`_patch_page_index`).
_PAGE_KEYS = ("type", "name", "source", "date", "parent")


def _page_attrs(attrs: dict) -> dict:
    return {k: attrs[k] for k in _PAGE_KEYS if k in attrs}


class _PageGraph:
    """Enough of a graph for :mod:`kg.explore_index`'s rows and :meth:`kg.query.GraphIndex.stats`:
    the nodes' attributes it reads, and the edges' keys."""

    source = None

    def __init__(self, nodes: dict[str, dict], edges: list) -> None:
        self.nodes = nodes
        self.edges = edges

    def __contains__(self, node: str) -> bool:
        return node in self.nodes

    def everything(self):
        return self.nodes.items(), self.edges


def _patch_page_index(db, change: _Change, graph: _Graph, old_attrs: _PreviousJson, labels: dict[str, str]) -> None:
    """Patch the page tables a full build writes (:func:`kg.explore_index.write_page_index`):
    an article's facts are only its own evidence, so the rows of the articles gone are deleted
    and the new articles' added (in the order of the edges, which is the order a page lists
    them in); the backing rows of each region → industry pair with a changed edge are made
    again from both its edges; the statistics are counted from the state's nodes and edges."""
    import json

    from kg.explore_index import BACKING, backing_rows
    from kg.query import GraphIndex

    db.executemany("DELETE FROM page_facts WHERE article = ?", [(a,) for a in sorted(change.gone_articles)])
    rows = []
    for u, v, relation in sorted(k for k, a in graph.edges.items() if a is not None and k[2] != "mentions"):
        for e in graph.edges[u, v, relation]["evidence"]:
            if e.get("article") in change.new_articles:
                rows.append((e["article"], u, relation, v, str(e.get("sentence") or ""), str(e.get("rule") or "")))
    db.executemany("INSERT INTO page_facts VALUES (?, ?, ?, ?, ?, ?)", rows)
    pairs = sorted({(u, v) for u, v, relation in graph.edges if relation in BACKING})
    db.executemany("DELETE FROM page_backing WHERE region = ? AND industry = ?", pairs)
    backing = []
    for u, v in pairs:
        for relation in BACKING:
            key = (u, v, relation)
            if key in graph.edges:
                attrs = graph.edges[key]
            else:
                index = old_attrs.edge_index.get(key)
                attrs = None if index is None else old_attrs(index)
            if attrs is not None:
                backing.append((u, v, relation, attrs))
    page_graph = _PageGraph(graph.page_nodes, graph.edge_list)
    db.executemany("INSERT INTO page_backing VALUES (?, ?, ?, ?, ?, ?, ?, ?)", backing_rows(page_graph, backing))
    stats = GraphIndex.stats(page_graph, labels)
    db.execute("UPDATE page_meta SET value = ? WHERE key = 'stats'", (json.dumps(stats, ensure_ascii=False),))


def _views_graph(items: _Items, old_attrs: _PreviousJson):
    """The graph the pages draw: every node, every edge but the mentions (which they leave out)."""
    import networkx as nx

    graph = nx.MultiDiGraph()
    for i in range(items.n_nodes):
        node = items.items[i]
        graph.add_node(node, **(items.attrs_of[node] if items.old_of[i] is None else old_attrs(items.old_of[i])))
    for i in range(items.n_nodes, len(items.items)):
        u, v, key = items.items[i]
        if key != "mentions":
            graph.add_edge(u, v, key=key, **(items.attrs_of[u, v, key] if items.old_of[i] is None else old_attrs(items.old_of[i])))
    return graph
