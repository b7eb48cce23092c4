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
replaced and its page index (:mod:`kg.explore_index`) computed anew from the updated
graph. Everything is staged and swapped in as a full build's exports are, so an
interrupted update leaves the previous exports as they were.

Whatever this cannot do exactly (no or stale state, another pipeline, many files
changed, an attribute GEXF would declare differently, …) it declines, and the build
runs in full.
"""

from __future__ import annotations

import os
import pickle
from array import array
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from itertools import accumulate
from pathlib import Path

__all__ = ["STATE", "Layout", "LAYOUTS", "State", "FileRecord", "record_state", "update", "item_lengths", "scan_lengths"]

#: Where a build leaves what the next one needs to update its exports, under ``out/.cache``.
STATE = "incremental.pickle"

#: Beyond this share of the files changed, a full build is as quick.
MAX_CHANGED = 0.25


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
    stamps: dict[str, tuple[int, int]] = field(default_factory=dict)  # export → (size, mtime_ns)


# ---------------------------------------------------------------- recording, in a full build


def item_lengths(texts) -> array:
    return array("q", (len(t.encode()) for t in texts))


def scan_lengths(path: Path, fmt: str, blocks: array) -> tuple[bytes, array]:
    """The head of a Turtle or JSON-LD export Oxigraph wrote and each item's byte length,
    given how many subject blocks each item has (``blocks``: consecutive triples with one
    subject make one block in both formats)."""
    import mmap
    import re

    with open(path, "rb") as handle:
        size = os.fstat(handle.fileno()).st_size
        if size == 0:
            return b"", array("q")
        with mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) as data:
            if fmt == "TURTLE":
                body = 0
                while data[body:body + 7] == b"@prefix":
                    body = data.find(b"\n", body) + 1
                head = data[:body]
                starts = [body, *(m.end() for m in re.compile(rb"\n(?=[^\t])").finditer(data, body) if m.end() < size)]
                ends = [*starts[1:], size]
            else:  # JSON-LD: [{…},{…}]; a top-level object ends "]}" before ",{\"@id\":" (a quote inside a string is escaped)
                head = data[:1]
                starts = [1, *(m.start() + 3 for m in re.compile(rb'\]\},\{"@id":').finditer(data, 1))]
                ends = [*(s - 1 for s in starts[1:]), size - 1]
    if len(starts) != sum(blocks):
        raise ValueError(f"{path}: {len(starts)} blocks where the items have {sum(blocks)}")
    lengths = array("q")
    first = 0
    for count in blocks:
        lengths.append(ends[first + count - 1] - starts[first])
        first += count
    return head, lengths


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
        weights=_backs_weights(graph.edges(keys=True, data=True), node_info),
    )
    save(out, state)


def _warnings_by_file(result, files) -> list[tuple]:
    by_path: dict[str, list] = {}
    for warning in result.warnings:
        by_path.setdefault(str(warning.path), []).append(warning)
    return [tuple(by_path.get(str(p), ())) for p in files]


def _backs_weights(edges, node_info) -> dict:
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


def _starts(head: int, layout: Layout, lengths: array, nodes: int) -> list[int]:
    """Each item's offset in an export (items in the state's order: nodes, then edges)."""
    sections = [(0, nodes), (nodes, len(lengths))]
    if not layout.nodes_first:
        sections.reverse()
    starts = [0] * len(lengths)
    position = head
    for n, (first, last) in enumerate(sections):
        if n:
            position += len(layout.middle)
        for i in range(first, last):
            if i != first:
                position += len(layout.sep)
            starts[i] = position
            position += lengths[i]
    return starts


@dataclass
class _Export:
    """One export as the update assembles it: the previous file, where its items are, the new texts."""

    path: Path
    starts: list[int]
    lengths: array
    texts: dict[int, bytes] = field(default_factory=dict)  # new item index → its text


def update(state: State, files: list[Path], out: Path, extract: Callable, result, staged, lap: Callable) -> bool:
    """Update every export in ``out`` for ``files`` from ``state``, staging them in ``staged``
    (:class:`kg.export.StagedFiles`) and filling ``result``; False (nothing staged) when an
    exact update is not possible and the build must run in full."""
    running: list = []  # the store's process, stopped if this fails
    try:
        return _update(state, files, out, extract, result, staged, lap, running)
    except _Declined:
        return False
    except BaseException:
        for process in running:
            process.kill()
            process.wait()
        raise


def _update(state: State, files: list[Path], out: Path, extract: Callable, result, staged, lap: Callable, running: list) -> bool:
    import json
    import mmap

    from kg.build import Extracted
    from kg.errors import InputError
    from kg.graph import edge_attributes, fact_records

    old_files = {r.path: r for r in state.files}
    paths = [str(p) for p in files]
    keys: dict[str, str | None] = {}
    for path in files:
        try:
            keys[str(path)] = _cache_key(path, state.strict)
        except OSError:
            keys[str(path)] = None  # extraction reports it
    changed = [p for p in files if str(p) not in old_files or old_files[str(p)].key != keys[str(p)]]
    removed = [old_files[p] for p in old_files if p not in set(paths)]
    if len(changed) + len(removed) > MAX_CHANGED * max(len(files), 1):
        return False
    gone = [old_files[str(p)] for p in changed if str(p) in old_files] + removed
    previous = []
    for record in gone:
        try:
            previous.append(pickle.loads((out / ".cache" / f"{record.key}-{state.version}.pickle").read_bytes()))
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError):
            return False  # what the file contributed is not known any more
    outcomes = dict(zip(map(str, changed), extract(changed)))
    lap("extract")
    new: dict[str, Extracted] = {p: o for p, o in outcomes.items() if not isinstance(o, InputError)}
    result.errors.extend(o for o in outcomes.values() if isinstance(o, InputError))
    gone_articles = {a.split(":", 1)[1] for record in gone for a in record.articles}
    kept_articles = {a for r in state.files if r.path not in {g.path for g in gone} for a in r.articles}
    new_articles = [a for x in new.values() for a, _ in x.article_nodes]
    if len(set(new_articles)) != len(new_articles) or kept_articles.intersection(new_articles):
        return False  # the same article in two files: a full build merges them

    # The edges whose evidence changes, from what the files contributed before and now.
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
        return False  # evidence no file owns
    n_nodes = len(state.nodes)
    node_index = {n: i for i, n in enumerate(state.nodes)}
    edge_index = {e: n_nodes + i for i, e in enumerate(state.edges)}
    json_export = _Export(out / "graph.json", _starts(len(state.heads["graph.json"]), LAYOUTS["graph.json"], state.lengths["graph.json"], n_nodes), state.lengths["graph.json"])
    with open(json_export.path, "rb") as handle, mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) as old_json:

        def old_attrs(i: int) -> dict:
            start = json_export.starts[i]
            attrs = json.loads(old_json[start:start + json_export.lengths[i]])
            for key in ("id",) if i < n_nodes else ("source", "target", "key"):  # (an article node has a source)
                attrs.pop(key, None)
            return attrs

        edges: dict[tuple, dict | None] = {}  # affected edge → its attributes now (None: gone)
        refs = Counter(state.refs)
        weights = dict(state.weights)
        for key in affected:
            evidence, quantities = [], []
            if key in edge_index:
                attrs = old_attrs(edge_index[key])
                evidence = [e for e in attrs["evidence"] if e["article"] not in gone_articles]
                quantities = [q for q in attrs.get("quantities", ()) if q["article"] not in gone_articles]
            more = contributions.get(key, ((), ()))
            evidence += more[0]
            quantities += more[1]
            edges[key] = edge_attributes(key[2], evidence, quantities) if evidence else None
            if (key in edge_index) != (edges[key] is not None):
                for node in key[:2]:
                    refs[node] += 1 if edges[key] is not None else -1

        # Nodes: those the facts name, and their ancestors by part_of (as GraphBuilder.graph).
        kb = None

        def knowledge_base():
            nonlocal kb
            if kb is None:
                from kg.kb import load_kb

                kb = load_kb()
            return kb

        from kg.kb import REGION_TYPES

        node_info = dict(state.node_info)
        ancestors = dict(state.ancestors)
        fact_nodes = {n for n, c in refs.items() if c > 0}
        for node in fact_nodes - node_info.keys():
            entity = None if node.startswith("article:") else knowledge_base().get(node)
            if entity is not None and entity.type in REGION_TYPES:
                ancestors[node] = tuple(knowledge_base().ancestors(node))
        kb_edges = set()
        for node in sorted(n for n in fact_nodes if n in ancestors):
            child = node
            for parent in ancestors[node]:
                kb_edges.add((child, parent, "part_of"))
                child = parent
        nodes = fact_nodes | {n for key in kb_edges for n in key[:2]}
        for node in nodes - node_info.keys():
            if node not in ancestors and knowledge_base().get(node) is not None and knowledge_base().get(node).type in REGION_TYPES:
                ancestors[node] = tuple(knowledge_base().ancestors(node))

        # Fund sizes (the first quantity of the mention from the first article).
        fund_sizes = {f: {a: t for a, t in sizes.items() if a.split(":", 1)[1] not in gone_articles} for f, sizes in state.fund_sizes.items()}
        for key, (_, quantities) in contributions.items():
            if key[2] == "mentions" and key[1].startswith("fund:") and quantities:
                fund_sizes.setdefault(key[1], {})[key[0]] = quantities[0]["text"]
        fund_sizes = {f: s for f, s in fund_sizes.items() if s}

        def size(fund: str) -> str | None:
            sizes = fund_sizes.get(fund)
            return sizes[min(sizes)] if sizes else None

        article_attrs = {a: attrs for x in new.values() for a, attrs in x.article_nodes}
        changed_nodes = {n for n in nodes if n not in node_index or n in article_attrs}
        changed_nodes |= {f for f in set(fund_sizes) | set(state.fund_sizes) if f in nodes and size(f) != _old_size(state.fund_sizes.get(f))}
        node_attrs: dict[str, dict] = {}
        for node in changed_nodes:
            if node in article_attrs:
                node_attrs[node] = article_attrs[node]
            else:
                from kg.graph import _node_attrs

                node_attrs[node] = _node_attrs(node, knowledge_base())
                if size(node) is not None:
                    node_attrs[node]["size"] = size(node)
            node_info[node] = (node_attrs[node].get("type", "?"), node_attrs[node].get("name", ""))
        for node in set(node_info) - nodes:
            del node_info[node]
            ancestors.pop(node, None)

        old_edges = set(state.edges)
        for key in state.kb_edges - kb_edges:
            edges[key] = None
        for key in kb_edges - state.kb_edges:
            edges[key] = _kb_edge()
        edge_list = sorted((old_edges - {k for k, a in edges.items() if a is None}) | {k for k, a in edges.items() if a is not None})
        node_list = sorted(nodes)
        for (u, v, relation), attrs in edges.items():
            if relation == "backs" and attrs is None:
                weights.pop((u, v), None)  # (its subject may be gone from node_info already)
            elif relation == "backs" and node_info[u][0] in SUMMARY_REGIONS:
                weights[(u, v)] = attrs["weight"]
        lap("graph")

        # Every export, from runs of the previous one and the texts of the items that changed.
        items: list = node_list + edge_list
        old_of = [None if n in changed_nodes else node_index[n] for n in node_list]
        old_of += [None if e in edges else edge_index[e] for e in edge_list]
        attrs_of = {**node_attrs, **{k: a for k, a in edges.items() if a is not None}}
        node_sigs, edge_sigs, signatures = _signatures(state, items, old_of, attrs_of, len(node_list))
        from kg.graph import gexf_attributes, gexf_head

        node_keys = gexf_attributes(signatures[i] for i in dict.fromkeys(node_sigs))
        edge_keys = gexf_attributes((signatures[i] for i in dict.fromkeys(edge_sigs)), first_id=len(node_keys))
        heads = {**state.heads, "graph.gexf": gexf_head(node_keys, edge_keys).encode()}
        if heads["graph.gexf"] != state.heads["graph.gexf"]:
            return False  # GEXF would declare its attributes otherwise: every item's text changes
        texts = _render(items, old_of, attrs_of, article_attrs, len(node_list), node_keys, edge_keys, out)
        lengths = {}
        for name, layout in LAYOUTS.items():
            old = _Export(out / name, _starts(len(state.heads[name]), layout, state.lengths[name], n_nodes), state.lengths[name])
            lengths[name] = _assemble(old, staged.path(out / name), heads[name], layout, old_of, texts[name], len(node_list))
        removals, additions = _triple_changes(out / "graph.nt", state, old_of, texts["graph.nt"], n_nodes, len(node_list))
        store = _start_store_patch(out, removals, additions, staged)
        running.append(store)
        _articles(state, files, new, staged.path(out / "articles.jsonl"), out)
        lookup = _patch_lookup(out, staged, state, items, old_of, texts["graph.json"], len(node_list), node_info, attrs_of)
        lap("exports")
        views_graph = _views_graph(items, old_of, attrs_of, len(node_list), old_attrs)

    # The build's summary, and what the next update needs.
    from kg.build import _newsletter_labels, write_views

    result.files = [new[p].file if p in new else old_files[p].summary for p in paths if p in new or (p in old_files and keys[p] == old_files[p].key)]
    warnings = {p: new[p].warnings if p in new else old_files[p].warnings for p in paths if p in new or p in old_files}
    result.warnings.extend(w for p in paths for w in warnings.get(p, ()))
    result.summary_counts = (node_info, Counter(k[2] for k in edge_list), weights)
    from kg.build import summary_text

    staged.open(out / "summary.txt").write(summary_text(result))
    views = out / ".views.tmp"
    import shutil

    shutil.rmtree(views, ignore_errors=True)
    write_views(views_graph, views, {f.name: f.newsletter.label() for f in result.files})
    _page_index(views_graph, items, len(node_list), lookup, _newsletter_labels(result))
    lap("pages")
    records = []
    for path in files:
        p = str(path)
        if p in new:
            x = new[p]
            records.append(FileRecord(p, keys[p], x.file, x.warnings, tuple(a for a, _ in x.article_nodes), len(x.articles_jsonl.encode())))
        elif p in old_files and keys[p] == old_files[p].key:
            records.append(old_files[p])
    fresh_nodes = {i for i in range(len(node_list)) if old_of[i] is None}
    state = State(
        version=state.version, strict=state.strict, files=records, nodes=node_list, edges=edge_list, lengths=lengths, heads=heads,
        node_info=node_info, refs=+refs, kb_edges=kb_edges, ancestors=ancestors, fund_sizes=fund_sizes, signatures=signatures,
        node_sigs=node_sigs, edge_sigs=edge_sigs, weights=weights,
    )
    result.incremental = (state, store.wait, views, fresh_nodes)
    return True


SUMMARY_REGIONS = ("province", "city", "district", "zone")


def _old_size(sizes: dict | None) -> str | None:
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


def _assemble(old: _Export, target: Path, head: bytes, layout: Layout, old_of: list, texts: dict[int, bytes], n_nodes: int) -> array:
    """Write an export: runs of the previous file's items copied in the kernel, new texts written."""
    sections = [range(0, n_nodes), range(n_nodes, len(old_of))]
    if not layout.nodes_first:
        sections.reverse()
    lengths = array("q", [0]) * len(old_of)
    with open(old.path, "rb") as source, open(target, "wb", buffering=0) as sink:
        out, src = sink.fileno(), source.fileno()
        os.write(out, head)
        for n, section in enumerate(sections):
            if n:
                os.write(out, layout.middle)
            run: list[int] = []  # [first old index, last old index] of a run being copied

            def flush() -> None:
                if run:
                    start = old.starts[run[0]]
                    _copy(src, out, start, old.starts[run[1]] + old.lengths[run[1]] - start)
                    run.clear()

            for position, i in enumerate(section):
                o = old_of[i]
                if o is not None and run and o == run[1] + 1 and _adjacent(old, run[1], o, layout):
                    run[1] = o
                    lengths[i] = old.lengths[o]
                    continue
                flush()
                if position:
                    os.write(out, layout.sep)
                if o is None:
                    os.write(out, texts[i])
                    lengths[i] = len(texts[i])
                else:
                    run[:] = [o, o]
                    lengths[i] = old.lengths[o]
            flush()
        os.write(out, layout.tail)
    return lengths


def _adjacent(old: _Export, a: int, b: int, layout: Layout) -> bool:
    """Whether old item ``b`` follows ``a`` directly in the previous file (same section)."""
    return old.starts[b] == old.starts[a] + old.lengths[a] + len(layout.sep)


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


def _triple_changes(ntriples: Path, state: State, old_of: list, texts: dict[int, bytes], old_nodes: int, new_nodes: int) -> tuple[bytes, bytes]:
    """The triples the store loses and gains: those of the previous and new texts of the items that changed."""
    kept = {o for o in old_of if o is not None}
    starts = _starts(0, LAYOUTS["graph.nt"], state.lengths["graph.nt"], old_nodes)
    before: set[bytes] = set()
    with open(ntriples, "rb") as handle:
        for o in range(len(starts)):
            if o not in kept:
                handle.seek(starts[o])
                before.update(handle.read(state.lengths["graph.nt"][o]).splitlines(keepends=True))
    after: set[bytes] = set()
    for text in texts.values():
        after.update(text.splitlines(keepends=True))
    return b"".join(sorted(before - after)), b"".join(sorted(after - before))


def _start_store_patch(out: Path, removals: bytes, additions: bytes, staged):
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
    command = [sys.executable, "-c", _PATCH_STORE, str(out / STORE_DIR), str(store), str(changes), str(os.getpid())]
    return subprocess.Popen(command, env=env)


_PATCH_STORE = (
    "import sys, pickle; from pathlib import Path; from kg.build import _child_start; _child_start(int(sys.argv[4])); "
    "from kg.sparql import patch_store; patch_store(Path(sys.argv[1]), Path(sys.argv[2]), *pickle.loads(Path(sys.argv[3]).read_bytes()))"
)


def _patch_lookup(out: Path, staged, state: State, items: list, old_of: list, texts: dict[int, bytes], n_nodes: int, node_info: dict, attrs_of: dict) -> Path:
    """lookup.sqlite (its staged path): a copy of the previous one with the rows of the items that
    changed replaced, and without the page index (:func:`_page_index` writes it anew)."""
    import json
    import sqlite3

    from kg.explore_index import PAGE_TABLES
    from kg.query import LOOKUP, _entity_names

    target = staged.path(out / LOOKUP)
    with open(out / LOOKUP, "rb") as source, open(target, "wb") as sink:
        _copy(source.fileno(), sink.fileno(), 0, os.fstat(source.fileno()).st_size)
    kept = {o for o in old_of if o is not None}
    old_n = len(state.nodes)
    gone_nodes = [state.nodes[o] for o in range(old_n) if o not in kept]
    gone_edges = [state.edges[o - old_n] for o in range(old_n, old_n + len(state.edges)) if o not in kept]
    db = sqlite3.connect(target)
    try:
        db.executemany("DELETE FROM nodes WHERE id = ?", [(n,) for n in gone_nodes])
        db.executemany("DELETE FROM names WHERE id = ?", [(n,) for n in gone_nodes])
        db.executemany("DELETE FROM edges WHERE u = ? AND v = ? AND relation = ?", gone_edges)
        fresh = [(i, items[i]) for i in texts]
        db.executemany("INSERT INTO nodes (id, attrs) VALUES (?, ?)", [(item, texts[i].decode()) for i, item in fresh if i < n_nodes])
        db.executemany("INSERT INTO names VALUES (?, ?)", [(name, item) for i, item in fresh if i < n_nodes for name in _entity_names(attrs_of[item])])
        db.executemany("INSERT INTO edges (u, v, relation, attrs) VALUES (?, ?, ?, ?)", [(*item, texts[i].decode()) for i, item in fresh if i >= n_nodes])
        relations = sorted({key[2] for key in items[n_nodes:]})
        types = sorted({node_info[n][0] for n in items[:n_nodes] if node_info[n][0] != "?"})
        db.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)", [("relations", json.dumps(relations, ensure_ascii=False)), ("types", json.dumps(types, ensure_ascii=False))])
        db.execute("DELETE FROM meta WHERE key = 'graph'")
        db.executescript("".join(f"DROP TABLE IF EXISTS {table};" for table in PAGE_TABLES))  # rewritten by _page_index
        db.commit()
    finally:
        db.close()
    return target


def _page_index(views_graph, items: list, n_nodes: int, lookup: Path, labels: dict[str, str]) -> None:
    """The page index (:mod:`kg.explore_index`) of the staged ``lookup``, computed anew as a full
    build does, from ``views_graph`` with the mentions added back. (Their attributes are not read:
    the page tables leave mentions out and the statistics only count them.) Changes ``views_graph``."""
    from kg.build import _write_page_index

    views_graph.add_edges_from((u, v, key) for u, v, key in items[n_nodes:] if key == "mentions")
    _write_page_index(views_graph, lookup, labels)


def _views_graph(items: list, old_of: list, attrs_of: dict, n_nodes: int, old_attrs: Callable):
    """The graph the pages draw: every node, every edge but the mentions (which they leave out)."""
    import networkx as nx

    graph = nx.MultiDiGraph()
    for i in range(n_nodes):
        graph.add_node(items[i], **(attrs_of[items[i]] if old_of[i] is None else old_attrs(old_of[i])))
    for i in range(n_nodes, len(items)):
        u, v, key = items[i]
        if key != "mentions":
            graph.add_edge(u, v, key=key, **(attrs_of[items[i]] if old_of[i] is None else old_attrs(old_of[i])))
    return graph
