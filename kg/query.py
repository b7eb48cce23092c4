"""Look things up in a built graph: names → entities, neighbours, profiles, statistics.

Reads what ``kg build`` wrote; never rebuilds anything, and imports neither spaCy
nor jieba, so a lookup starts fast. Beside ``graph.json`` the build writes
``lookup.sqlite``, the same graph indexed by node: a cold lookup then reads only
the rows it needs instead of parsing the whole graph (hundreds of MB for a large
corpus). Without it (a graph.json copied alone, or changed since) the lookups
load graph.json; a damaged one is noticed on opening or on any later read, and the
lookups then warn once (:class:`~kg.errors.KgWarning`) and answer from graph.json.
A damaged graph.json is an :class:`~kg.errors.InputError` naming it.
"""

from __future__ import annotations

import json
import re
import sqlite3
from urllib.parse import quote
import warnings
from collections import Counter
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from kg import DEFAULT_GRAPH_JSON
from kg.confidence import DEFAULT_MIN_CONFIDENCE, confidence
from kg.errors import AmbiguousName, ArgumentError, InputError, KgError, KgWarning, NodeNotFound, shown
from kg.evidence_table import EvidenceRows  # a build's graph holds its evidence as rows

if TYPE_CHECKING:
    import networkx as nx

__all__ = [
    "GraphIndex", "LookupIndex", "LookupWriter", "Neighbour", "open_graph", "read_graph", "parse_date", "check_period", "evidence_in_period", "newsletter_labels", "stamp_lookup",
    "DEFAULT_GRAPH_JSON", "LOOKUP", "check_confidence", "DEFAULT_MIN_CONFIDENCE", "evidence_confidence", "trusted_evidence", "kept_evidence",
]

LOOKUP = "lookup.sqlite"


class Neighbour(NamedTuple):
    relation: str
    direction: str  # out: entity → neighbour; in: neighbour → entity
    id: str
    name: str
    type: str
    weight: int
    first_date: str | None
    last_date: str | None
    evidence: str  # one sentence, with its source and date
    depth: int = 1
    confidence: float = 1.0  # the best of the evidence kept (the measured precision of its rule)


def open_graph(path: str | Path | None = None, whole: bool = False) -> GraphIndex:
    """The graph ``kg build`` wrote (default ``exports/graph.json``), indexed by name.

    Uses ``lookup.sqlite`` beside it when that was written for this very graph.json,
    unless ``whole`` asks for the whole networkx graph (``index.graph``, for pages).
    A lookup.sqlite written for another graph.json is passed over silently; a damaged
    one with a :class:`~kg.errors.KgWarning` naming it. A missing or damaged graph.json
    raises a :class:`~kg.errors.KgError` naming it.
    """
    path = Path(path) if path is not None else DEFAULT_GRAPH_JSON
    _check_graph_path(path)
    lookup = path.with_name(LOOKUP)
    if not whole and (lookup.exists() or lookup.is_symlink()):
        try:
            fresh = _lookup_is_fresh(lookup, path)
        except _DAMAGE as exc:
            _warn_damaged(lookup, exc, path)
        else:
            if fresh:
                return LookupIndex(lookup, path)
    return GraphIndex(read_graph(path), path)


def read_graph(path: str | Path) -> nx.MultiDiGraph:
    """graph.json read back as a networkx graph, or an :class:`~kg.errors.InputError` that names
    the file and what is wrong with it (missing, a folder, unreadable, empty, truncated, not a graph)."""
    from kg.graph import from_node_link  # (and networkx: only when the lookup index cannot answer)

    path = Path(path)
    data = _read_json(path)
    problem = _node_link_problem(data)
    if problem:
        raise _damaged(path, f"not a graph written by kg build ({problem})")
    return from_node_link(data)


def _damaged(path: Path, problem: str) -> InputError:
    return InputError(path, f"{problem}; run 'kg build' again to rewrite it")


def _check_graph_path(path: Path) -> None:
    if not path.exists():
        raise KgError(f"{path}: no graph there; run 'kg build' first or pass --graph PATH")
    if path.is_dir():
        raise InputError(path, "a folder, not a graph.json; pass the graph.json kg build wrote (--graph PATH) or run 'kg build' again")
    if not path.is_file():  # a FIFO or a device: reading it could block forever
        raise _damaged(path, "not a regular file")


def _read_json(path: Path):
    _check_graph_path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise _damaged(path, f"not UTF-8 text (byte {exc.start:,} cannot be decoded)") from exc
    except OSError as exc:
        raise InputError(path, f"cannot be read ({exc.strerror or exc})") from exc
    if not text.strip():
        raise _damaged(path, "empty file")
    try:
        return json.loads(text)
    except ValueError as exc:
        where = f" at line {exc.lineno}, column {exc.colno}" if isinstance(exc, json.JSONDecodeError) else ""
        raise _damaged(path, f"not valid JSON, truncated or damaged ({getattr(exc, 'msg', exc)}{where})") from exc
    except RecursionError as exc:
        raise _damaged(path, "not valid JSON (nested too deeply)") from exc


def _node_link_problem(data) -> str | None:
    """What keeps ``data`` from being node-link JSON networkx can read, or None.

    Only the frame is checked here (a pass over every node and link); the attributes
    a lookup uses are checked as it reads them (:func:`_node_problem`, :func:`_edge_problem`).
    """
    if not isinstance(data, dict):
        return f"JSON {type(data).__name__} instead of an object with nodes and links"
    for key in ("nodes", "links"):
        if key not in data:
            return f"no {key!r}"
        if not isinstance(data[key], list):
            return f"{key!r} is {type(data[key]).__name__}, not a list"
    for n, node in enumerate(data["nodes"]):
        if not isinstance(node, dict) or not isinstance(node.get("id"), str):
            return f"node {n:,} has no id"
    for n, link in enumerate(data["links"]):
        if not isinstance(link, dict):
            return f"link {n:,} is not an object"
        for key in ("source", "target", "key"):
            if not isinstance(link.get(key), str):
                return f"link {n:,} has no {key!r}"
    return None


#: The attributes lookups read and the types they must have (when present).
_NODE_FIELDS = {"type": str, "name": str, "aliases": list, "adcode": str, "parent": str, "lng": (int, float), "lat": (int, float), "source": str, "date": str}
_EDGE_FIELDS = {"weight": int, "evidence": (list, EvidenceRows), "first_date": str, "last_date": str, "confidence": float}
_EVIDENCE_FIELDS = {"article": str, "source": str, "sentence": str, "start": int, "date": str, "method": str}


def _fields_problem(attrs, fields: dict, required: tuple[str, ...] = ()) -> str | None:
    if not isinstance(attrs, dict):
        return f"{type(attrs).__name__}, not an object"
    for key in required:
        if key not in attrs:
            return f"no {key!r}"
    for key, kind in fields.items():
        value = attrs.get(key)
        if value is not None and not isinstance(value, kind):
            return f"{key!r} is {type(value).__name__}"
    return None


def _node_problem(node: str, attrs) -> str | None:
    problem = _fields_problem(attrs, _NODE_FIELDS)
    if problem is None and not all(isinstance(a, str) for a in attrs.get("aliases", ())):
        problem = "an alias is not a string"
    return f"node {node!r}: {problem}" if problem else None


def _edge_problem(u: str, v: str, relation: str, attrs) -> str | None:
    problem = _fields_problem(attrs, _EDGE_FIELDS, ("weight", "evidence"))
    if problem is None:
        problem = next(filter(None, (_fields_problem(e, _EVIDENCE_FIELDS, ("article", "source", "start", "method")) for e in attrs["evidence"])), None)
        problem = problem and f"evidence: {problem}"
    return f"edge {u} → {v} ({relation}): {problem}" if problem else None


class _Malformed(ValueError):
    """A row of lookup.sqlite that is not what kg build wrote."""


#: What reading a damaged lookup.sqlite raises: SQLite's own errors (some only when the damaged
#: page is read, long after opening), undecodable text or JSON, rows of the wrong shape.
_DAMAGE = (sqlite3.Error, ValueError)


def _warn_damaged(lookup: Path, exc: BaseException, graph_json: Path) -> None:
    warnings.warn(KgWarning(f"{lookup}: damaged ({exc}); answering from {graph_json} instead; run 'kg build' again to rewrite it"), stacklevel=3)


def _entity_names(attrs: dict):
    """The names a node is found by (articles are found by id only)."""
    if attrs.get("type") == "article":
        return
    for name in (attrs.get("name"), *attrs.get("aliases", ()), attrs.get("adcode")):
        if name:
            yield name


class GraphIndex:
    """Lookups over a graph in memory. Every method reaches the graph through the five
    primitives ``node``, ``edges``, ``degree``, ``everything`` and ``vocabulary``, which
    :class:`LookupIndex` answers from SQLite instead.

    ``source`` names the file the graph was read from, for messages: attributes of a
    type lookups cannot use raise an :class:`~kg.errors.InputError` naming it.
    """

    def __init__(self, graph: nx.MultiDiGraph, source: str | Path | None = None) -> None:
        self.graph = graph
        self.source = source
        self._vocabulary: tuple[frozenset[str], frozenset[str]] | None = None
        self._names: dict[str, set[str]] = {}
        for node, attrs in graph.nodes(data=True):
            self._check(_node_problem(node, attrs))
            for name in _entity_names(attrs):
                self._names.setdefault(name, set()).add(node)

    def _check(self, problem: str | None) -> None:
        if problem:
            if self.source is None:
                raise KgError(f"the graph is not one kg build writes ({problem})")
            raise _damaged(Path(self.source), f"not a graph written by kg build ({problem})")

    def node(self, node: str) -> dict | None:
        """A node's attributes, or None if the graph has no such node."""
        return self.graph.nodes[node] if node in self.graph else None

    def edges(self, node: str, direction: str = "both"):
        """``(u, v, relation, attrs)`` of the edges leaving (out), entering (in) or touching ``node``."""
        if direction in ("out", "both"):
            for edge in self.graph.out_edges(node, keys=True, data=True):
                self._check(_edge_problem(*edge))
                yield edge
        if direction in ("in", "both"):
            for edge in self.graph.in_edges(node, keys=True, data=True):
                self._check(_edge_problem(*edge))
                yield edge

    def degree(self, node: str) -> int:
        return self.graph.degree(node)

    def everything(self):
        """Every node ``(id, attrs)`` and every edge ``(u, v, relation)`` (for statistics)."""
        return self.graph.nodes(data=True), self.graph.edges(keys=True)

    def vocabulary(self) -> tuple[frozenset[str], frozenset[str]]:
        """The relations and the node types the graph holds (what ``--relation``/``--type`` may name)."""
        if self._vocabulary is None:
            relations = frozenset(key for *_, key in self.graph.edges(keys=True))
            types = frozenset(t for _, t in self.graph.nodes(data="type") if t)
            self._vocabulary = (relations, types)
        return self._vocabulary

    # ------------------------------------------------------------ names

    def resolve(self, name: str) -> str:
        """An id for any name of an entity: 深圳, 深圳市, 440300, agency:miit, 工信部 …

        Raises :class:`~kg.errors.AmbiguousName` (with the candidates), :class:`~kg.errors.NodeNotFound`
        (with close names) or, for an empty or blank name, :class:`~kg.errors.ArgumentError`.
        """
        name = name.strip()
        if not name:
            raise ArgumentError("an entity name cannot be empty or blank; give a name (深圳), an adcode (440300) or an id (agency:miit)")
        attrs = self.node(name)
        if attrs is not None and attrs.get("type") != "article":
            return name
        matches = set(self._names.get(name, ()))
        if not matches:
            matches = self._from_knowledge_base(name)
        if len(matches) == 1:
            return matches.pop()
        if len(matches) > 1:
            raise AmbiguousName(name, [self.label(m) for m in sorted(matches)])
        raise NodeNotFound(name, [self.label(m) for m in self.close_matches(name)], self.former_name(name))

    def former_name(self, name: str, node: str | None = None) -> str | None:
        """Why a name leads to another unit when it is a former division's (襄樊 → ``襄樊市 (420600)
        became 襄阳市 in 2010 (更名)``), or None; with ``node``, only if that unit succeeded it."""
        name = name.strip()
        if node is not None and name in (node, *_entity_names(self.node(node) or {})):
            return None  # one of the node's own names: nothing to explain (and no knowledge base to load)
        from kg.kb import load_kb

        kb = load_kb()
        unit = kb.former_unit(name)
        if unit is None or unit.successor not in kb.by_id or node not in (None, unit.successor):
            return None
        successor = kb.by_id[unit.successor]  # of the same name (中山市 449002 → 442000): said with its code
        return unit.explain(successor.name if successor.name != unit.name else f"{successor.name} ({successor.id})")

    def _from_knowledge_base(self, name: str) -> set[str]:
        """Short names, abbreviations and former names the graph's nodes do not carry."""
        from kg.kb import load_kb

        kb = load_kb()
        types = {i: self.node(i) for i, _ in kb.candidates(name)}
        ids = {i for i, attrs in types.items() if attrs is not None}
        if len(ids) > 1:  # 吉林 (the province and the city): the province, as the linker does
            provinces = {i for i in ids if types[i].get("type") == "province"}
            ids = provinces or ids
        return ids

    def close_matches(self, text: str, n: int = 5) -> list[str]:
        """Up to ``n`` entities whose names or aliases come closest to ``text``, the closest first.

        Closeness is difflib's similarity ratio, raised for a name that contains ``text`` (more
        when it starts with it) or is contained in it; ties go to the shorter name, then by name.
        So 中山 offers 中山市 before 金山区, 舟山市 or 昆山市.

        >>> import networkx as nx
        >>> g = nx.MultiDiGraph()
        >>> for node, name in [("310116", "金山区"), ("330900", "舟山市"), ("442000", "中山市")]:
        ...     g.add_node(node, type="city", name=name)
        >>> GraphIndex(g).close_matches("中山")
        ['442000', '330900', '310116']
        """
        text = text.strip()
        if not text:
            return []
        import difflib  # here: a lookup that finds its name (every cold kg sparql NAME) never needs it

        letters = set(text)
        scored = []
        for name in self._names:
            if len(name) > 4 * len(text) + 20 or not letters & set(name):  # nothing in common: not close
                continue
            score = difflib.SequenceMatcher(None, text, name).ratio()
            if text in name:
                score += 0.5 + (0.25 if name.startswith(text) else 0.0)
            elif name in text:
                score += 0.25
            if score >= 0.4:  # one character of two in common: 深训 → 深圳
                scored.append((-score, len(name), name))
        nodes: list[str] = []
        for *_, name in sorted(scored):
            for node in sorted(self._names[name]):
                if node not in nodes:
                    nodes.append(node)
            if len(nodes) >= n:
                break
        return nodes[:n]

    def _article_title(self, evidence: dict) -> str:
        """What names an evidence item's article for a reader: its title (its file when the graph lacks it)."""
        attrs = self.node(f"article:{evidence['article']}") if evidence.get("article") else None
        return str((attrs or {}).get("name") or evidence.get("source") or "?")

    def full_name(self, node: str) -> str:
        """A node's name, a region's with its parent's before it: 广东省深圳市, 北京市朝阳区."""
        from kg.kb import REGION_TYPES  # here: kg.kb takes a while to import, and most lookups never need it

        attrs = self.node(node) or {}
        name = attrs.get("name", node)
        parent = self.node(attrs["parent"]) if attrs.get("parent") and attrs.get("type") in REGION_TYPES else None
        if parent is not None:
            name = f"{parent.get('name', attrs['parent'])}{name}"
        return name

    def label(self, node: str) -> str:
        return f"{node} ({self.full_name(node)})"

    def search(self, text: str, limit: int = 20) -> list[dict]:
        """Entities whose names or aliases contain ``text``, the most connected first."""
        if not text.strip():
            raise ArgumentError("the text to search for cannot be empty or blank")
        _check_limit(limit)
        hits = {node for name, nodes in self._names.items() if text in name for node in nodes}
        rows = [self._summary(node) for node in hits]
        return sorted(rows, key=lambda r: (-r["degree"], r["id"]))[:limit]

    def _summary(self, node: str) -> dict:
        attrs = self.node(node) or {}
        return {"id": node, "name": attrs.get("name"), "type": attrs.get("type"), "aliases": attrs.get("aliases", []), "degree": self.degree(node)}

    # ------------------------------------------------------------ neighbours

    def neighbors(
        self,
        node: str,
        relations: tuple[str, ...] = (),
        types: tuple[str, ...] = (),
        direction: str = "both",
        depth: int = 1,
        since: str | None = None,
        until: str | None = None,
        limit: int | None = None,
        min_confidence: float = DEFAULT_MIN_CONFIDENCE,
    ) -> list[Neighbour]:
        """Neighbours of ``node``, the heaviest edges first.

        ``since``/``until`` keep edges with evidence in that period (``YYYY``, ``YYYY-MM`` or
        ``YYYY-MM-DD``, both ends included); ``min_confidence`` keeps evidence found by rules
        at least that precise (:mod:`kg.confidence`; by default the rules below 0.8 are left
        out, 0 keeps everything); ``mentions`` edges (article → entity) are left
        out unless asked for. Raises :class:`~kg.errors.ArgumentError` for a filter that
        cannot match anything: a relation or type the graph does not hold (with the close
        names and the valid ones), a date that is not one, since after until, depth or limit
        below 1, a confidence outside 0–1.
        """
        if direction not in ("in", "out", "both"):
            raise ArgumentError(f"direction must be in, out or both, not {shown(str(direction))}")
        if not isinstance(depth, int) or depth < 1:
            raise ArgumentError(f"depth must be a whole number, 1 or more, not {depth!r}")
        _check_limit(limit)
        check_confidence(min_confidence)
        since, until = check_period(since, until)
        relations, types = tuple(relations), tuple(types)
        if relations or types:
            known_relations, known_types = self.vocabulary()
            _check_known(relations, known_relations, "relation", "relations")
            _check_known(types, known_types, "type", "types")
        return self._neighbours(node, relations, types, direction, depth, since, until, limit, min_confidence)

    def _neighbours(self, node, relations, types, direction, depth, since, until, limit, min_confidence=DEFAULT_MIN_CONFIDENCE) -> list[Neighbour]:
        rows: dict[tuple[str, str, str], Neighbour] = {}
        frontier = {node}
        seen = {node}
        for level in range(1, depth + 1):
            if not frontier:  # nothing further out: a huge depth costs nothing more
                break
            nxt = set()
            for current in sorted(frontier):
                for u, v, relation, attrs in self.edges(current, direction):
                    if relations and relation not in relations:
                        continue
                    if not relations and relation == "mentions":
                        continue
                    other = v if u == current else u
                    kept = kept_evidence(attrs, since, until, min_confidence)
                    if not kept:
                        continue
                    o_attrs = self.node(other) or {}
                    if types and o_attrs.get("type") not in types:
                        continue
                    key = (relation, "out" if u == current else "in", other)
                    if other == node or key in rows:
                        continue
                    rows[key] = Neighbour(
                        relation=relation, direction=key[1], id=other, name=o_attrs.get("name", other), type=o_attrs.get("type", "?"),
                        weight=len({e["article"] for e in kept if e["article"]}) or attrs["weight"],
                        first_date=min((e["date"] for e in kept if e.get("date")), default=None),
                        last_date=max((e["date"] for e in kept if e.get("date")), default=None),
                        evidence=_snippet(kept, self._article_title), depth=level, confidence=max(evidence_confidence(e) for e in kept),
                    )
                    if other not in seen:
                        seen.add(other)
                        nxt.add(other)
            frontier = nxt
        ordered = sorted(rows.values(), key=lambda r: (r.depth, -r.weight, r.relation, r.id))
        return ordered[:limit] if limit else ordered

    # ------------------------------------------------------------ profiles and statistics

    def profile(self, node: str, min_confidence: float = DEFAULT_MIN_CONFIDENCE) -> dict:
        """Names, type, parents, coordinates, edges per relation, the top industries (of a region
        or agency) or backers (of an industry) with their confidence, the latest evidence: all
        from evidence at least ``min_confidence`` (see :meth:`neighbors`)."""
        from kg.kb import REGION_TYPES

        check_confidence(min_confidence)
        attrs = dict(self.node(node) or {})
        chain = []
        parent = attrs.get("parent")
        while parent and self.node(parent) is not None and parent not in chain:
            chain.append(parent)
            parent = self.node(parent).get("parent")
        edges = [(u, v, k, {**a, "evidence": kept}) for u, v, k, a in self.edges(node) if (kept := trusted_evidence(a.get("evidence", []), min_confidence))]
        relations = Counter(f"{k} ({'out' if u == node else 'in'})" for u, v, k, _ in edges)
        profile = {
            "id": node, "name": attrs.get("name"), "type": attrs.get("type"), "aliases": attrs.get("aliases", []),
            "adcode": attrs.get("adcode"), "parents": [self.label(p) for p in chain],
            "coordinates": {"lng": attrs["lng"], "lat": attrs["lat"], "datum": attrs.get("datum")} if "lng" in attrs and "lat" in attrs else None,
            "relations": dict(sorted(relations.items())),
        }
        if attrs.get("type") in (*REGION_TYPES, "zone", "macro_region", "agency"):
            top = self._neighbours(node, ("backs",), (), "out", 1, None, None, 10, min_confidence)
            profile["top_industries"] = [f"{r.name} ({r.weight}, confidence {r.confidence:.2f})" for r in top]
        if attrs.get("type") == "industry":
            top = self._neighbours(node, ("backs",), (), "in", 1, None, None, 10, min_confidence)
            profile["top_backers"] = [f"{r.name} ({r.weight}, confidence {r.confidence:.2f})" for r in top]
        latest = sorted(  # a set: one sentence is often the evidence of several edges
            {(e.get("date") or "", e["sentence"], e.get("article") or "", e["source"]) for *_, a in edges for e in a["evidence"]
             if e.get("sentence") and e["method"] == "rule"},
            reverse=True,
        )[:3]
        profile["latest_evidence"] = [f"{d} {s} ({self._article_title({'article': a, 'source': src})})" for d, s, a, src in latest]
        return profile

    def stats(self, labels: Mapping[str, str] | None = None) -> dict:
        """Counts of nodes and edges, by type and relation; the busiest regions and industries; articles
        per newsletter (named by ``labels``: source file → label, else from the articles.jsonl beside
        the graph) and per month."""
        from kg.kb import REGION_TYPES

        nodes, edges = self.everything()
        attrs = dict(nodes)
        edges = list(edges)
        types = Counter(a.get("type", "?") for a in attrs.values())
        relations = Counter(k for *_, k in edges)
        backs_out = Counter(u for u, _, k in edges if k == "backs" and attrs.get(u, {}).get("type") in (*REGION_TYPES, "zone"))
        backs_in = Counter(v for _, v, k in edges if k == "backs")
        articles = [a for a in attrs.values() if a.get("type") == "article"]
        # newsletters by name and issue (from the articles.jsonl beside the graph), not by file
        if labels is None:
            labels = newsletter_labels(Path(self.source).with_name("articles.jsonl")) if self.source else {}
        return {
            "nodes": len(attrs), "edges": len(edges),
            "entities_per_type": dict(sorted(types.items(), key=lambda kv: (-kv[1], kv[0]))),
            "edges_per_relation": dict(sorted(relations.items(), key=lambda kv: (-kv[1], kv[0]))),
            "busiest_regions": [f"{attrs.get(n, {}).get('name', n)} ({c})" for n, c in sorted(backs_out.items(), key=lambda kv: (-kv[1], kv[0]))[:10]],
            "busiest_industries": [f"{attrs.get(n, {}).get('name', n)} ({c})" for n, c in sorted(backs_in.items(), key=lambda kv: (-kv[1], kv[0]))[:10]],
            "articles_per_newsletter": dict(sorted(Counter(labels.get(a.get("source"), a.get("source", "?")) for a in articles).items())),
            "articles_per_month": dict(sorted(Counter((a.get("date") or "undated")[:7] for a in articles).items())),
        }


class LookupIndex(GraphIndex):
    """The same lookups, answered from ``lookup.sqlite``: opening it reads only the names.

    SQLite notices most damage only when it reads the damaged page, so every read is
    guarded: the first that fails (or returns a row kg build could not have written)
    warns once, and this index and every later read answer from ``graph_json`` instead.
    """

    def __init__(self, path: Path, graph_json: Path | None = None) -> None:
        self.path = path
        self.source = graph_json or path.with_name("graph.json")
        self._fallback: GraphIndex | None = None
        self._nodes: dict[str, dict | None] = {}
        self._names = {}
        self._db: sqlite3.Connection | None = None
        try:
            self._db = _connect_read_only(path)
            for name, node in self._db.execute("SELECT name, id FROM names"):
                self._names.setdefault(name, set()).add(_ids(name, node)[1])
            meta = dict(self._db.execute("SELECT key, value FROM meta WHERE key IN ('relations', 'types')"))
            self._vocabulary = (_string_set(meta["relations"]), _string_set(meta["types"]))
        except (*_DAMAGE, KeyError) as exc:
            self._fall_back(exc)

    @property
    def graph(self):  # pages need the whole graph: open_graph(path, whole=True)
        raise AttributeError("a LookupIndex holds no networkx graph; open the graph with whole=True")

    def _fall_back(self, exc: BaseException) -> GraphIndex:
        if self._fallback is None:
            _warn_damaged(self.path, exc, self.source)
            if self._db is not None:
                self._db.close()
                self._db = None
            self._fallback = GraphIndex(read_graph(self.source), self.source)
            self._names = self._fallback._names
        return self._fallback

    def _answer(self, read, fallback):
        """``read()`` from SQLite, or once that has failed, ``fallback(index of graph.json)``."""
        if self._fallback is None:
            try:
                return read()
            except _DAMAGE as exc:
                self._fall_back(exc)
        return fallback(self._fallback)

    def node(self, node: str) -> dict | None:
        return self._answer(lambda: self._read_node(node), lambda index: index.node(node))

    def _read_node(self, node: str) -> dict | None:
        if node not in self._nodes:
            row = self._db.execute("SELECT attrs FROM nodes WHERE id = ?", (node,)).fetchone()
            self._nodes[node] = _node_attrs(node, row[0]) if row else None
        return self._nodes[node]

    def edges(self, node: str, direction: str = "both") -> list:
        # Read whole before returning: a page found damaged halfway must not leave half an answer.
        return self._answer(lambda: list(self._read_edges(node, direction)), lambda index: list(index.edges(node, direction)))

    def _read_edges(self, node: str, direction: str):
        queries = {"out": "SELECT u, v, relation, attrs FROM edges WHERE u = ? ORDER BY v, relation",
                   "in": "SELECT u, v, relation, attrs FROM edges WHERE v = ? ORDER BY u, relation"}
        for side in ("out", "in"):
            if direction in (side, "both"):
                for u, v, relation, attrs in self._db.execute(queries[side], (node,)):
                    yield (*_ids(u, v, relation), _edge_attrs(u, v, relation, attrs))

    def degree(self, node: str) -> int:
        query = "SELECT (SELECT count(*) FROM edges WHERE u = ?) + (SELECT count(*) FROM edges WHERE v = ?)"
        return self._answer(lambda: self._db.execute(query, (node, node)).fetchone()[0], lambda index: index.degree(node))

    def everything(self):
        def read():
            nodes = [(*_ids(node), _node_attrs(node, attrs)) for node, attrs in self._db.execute("SELECT id, attrs FROM nodes ORDER BY id")]
            return nodes, [_ids(*edge) for edge in self._db.execute("SELECT u, v, relation FROM edges ORDER BY u, v, relation")]

        return self._answer(read, lambda index: index.everything())

    def vocabulary(self) -> tuple[frozenset[str], frozenset[str]]:
        return self._answer(lambda: self._vocabulary, lambda index: index.vocabulary())


def _connect_read_only(path: Path, **options) -> sqlite3.Connection:
    # A URI (for mode=ro) with the path quoted: '?', '#' or '%' in a folder name would change its meaning.
    # (urllib.parse.quote, not urllib.request.pathname2url: the same on POSIX without importing http and ssl.)
    return sqlite3.connect(f"file:{quote(str(path.absolute()))}?mode=ro", uri=True, **options)


def _string_set(text: str) -> frozenset[str]:
    values = json.loads(text)
    if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
        raise _Malformed("its list of relations or types is not a list of names")
    return frozenset(values)


def _ids(*values) -> tuple[str, ...]:
    """Ids, names and relations read from SQLite, which keeps whatever type a damaged record says."""
    for value in values:
        if not isinstance(value, str):
            raise _Malformed(f"a row holds {type(value).__name__} where a name belongs")
    return values


def _loads(text):
    if not isinstance(text, (str, bytes)):  # SQLite keeps whatever type a damaged record says
        raise _Malformed(f"a row holds {type(text).__name__} where JSON text belongs")
    return json.loads(text)


def _node_attrs(node: str, text: str) -> dict:
    """A node's attributes from its graph.json text (which also holds its id)."""
    attrs = _loads(text)
    problem = _node_problem(node, attrs)
    if problem:
        raise _Malformed(problem)
    attrs.pop("id", None)
    return attrs


def _edge_attrs(u: str, v: str, relation: str, text: str) -> dict:
    """A link's attributes from its graph.json text (which also holds its ends and relation)."""
    attrs = _loads(text)
    problem = _edge_problem(u, v, relation, attrs)
    if problem:
        raise _Malformed(problem)
    for key in ("source", "target", "key"):
        attrs.pop(key, None)
    return attrs


_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE nodes (seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, attrs TEXT NOT NULL);
CREATE TABLE names (name TEXT NOT NULL, id TEXT NOT NULL);
CREATE TABLE edges (seq INTEGER PRIMARY KEY, u TEXT NOT NULL, v TEXT NOT NULL, relation TEXT NOT NULL, attrs TEXT NOT NULL);
"""


class LookupWriter:
    """Writes ``lookup.sqlite`` from the node and link texts of graph.json as they are
    written (:func:`kg.graph.write_node_link`'s ``each``); :func:`stamp_lookup` it after."""

    def __init__(self, path: Path) -> None:
        path.unlink(missing_ok=True)
        self._db = sqlite3.connect(path)
        self._db.executescript(_SCHEMA)
        self._rows: dict[str, list] = {"nodes": [], "names": [], "edges": []}
        self._relations: set[str] = set()
        self._types: set[str] = set()

    def __call__(self, kind: str, key, attrs: dict, text: str) -> None:
        if kind == "node":
            self._rows["nodes"].append((key, text))
            self._rows["names"].extend((name, key) for name in _entity_names(attrs))
            if attrs.get("type"):
                self._types.add(attrs["type"])
        else:
            self._rows["edges"].append((*key, text))
            self._relations.add(key[2])
        if len(self._rows["nodes"]) + len(self._rows["edges"]) >= 10_000:
            self._flush()

    def _flush(self) -> None:
        insert = {"nodes": "INSERT INTO nodes (id, attrs) VALUES (?, ?)", "names": "INSERT INTO names VALUES (?, ?)",
                  "edges": "INSERT INTO edges (u, v, relation, attrs) VALUES (?, ?, ?, ?)"}
        for table, rows in self._rows.items():
            self._db.executemany(insert[table], rows)
            rows.clear()

    def close(self) -> None:
        self._flush()
        # What --relation and --type may name, so checking them needs no pass over every edge.
        self._db.executemany("INSERT INTO meta VALUES (?, ?)", [(k, json.dumps(sorted(v), ensure_ascii=False)) for k, v in (("relations", self._relations), ("types", self._types))])
        self._db.executescript("CREATE INDEX edges_u ON edges (u, v, relation); CREATE INDEX edges_v ON edges (v, u, relation);")
        self._db.commit()
        self._db.close()


def stamp_lookup(lookup: Path, graph_json: Path) -> None:
    """Record which graph.json the lookup was written for (its size and modification time)."""
    db = sqlite3.connect(lookup)
    try:
        db.execute("INSERT OR REPLACE INTO meta VALUES ('graph', ?)", (_stamp(graph_json),))
        db.commit()
    finally:
        db.close()


def _stamp(graph_json: Path) -> str:
    info = graph_json.stat()
    return f"{info.st_size}:{info.st_mtime_ns}"


def _lookup_is_fresh(lookup: Path, graph_json: Path) -> bool:
    """Whether ``lookup`` was written, whole, for this very graph.json; raises one of ``_DAMAGE``
    when it cannot be read as a lookup kg wrote (not a database, tables missing …)."""
    if not lookup.is_file():  # a folder, or a FIFO that would block SQLite's open
        raise _Malformed("not a regular file")
    db = _connect_read_only(lookup)
    try:
        meta = dict(db.execute("SELECT key, value FROM meta").fetchall())
    finally:
        db.close()
    # No stamp: written for another graph.json, by an older kg, or by a build stopped before stamping.
    return meta.get("graph") == _stamp(graph_json) and "relations" in meta and "types" in meta


def newsletter_labels(articles_jsonl: str | Path) -> dict[str, str]:
    """Source file name → its newsletter's label (``双周决策观察 2023年第22期``), from ``articles.jsonl``.

    Files whose newsletter has no name are left out (callers show the file name). A missing
    articles.jsonl gives an empty mapping; a damaged one is an :class:`~kg.errors.InputError` naming it.
    """
    from kg.types import Newsletter

    path = Path(articles_jsonl)
    labels: dict[str, str] = {}
    if not path.is_file():
        return labels
    try:
        with open(path, encoding="utf-8") as handle:
            for number, line in enumerate(handle, 1):
                record = json.loads(line)
                newsletter = Newsletter(**(record.get("newsletter") or {}))
                if newsletter.name and record["source"] not in labels:
                    labels[record["source"]] = newsletter.label()
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise InputError(path, f"not an articles.jsonl kg build wrote (line {locals().get('number', 0)}: {exc})") from exc
    return labels


_DATE = re.compile(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?")
_DATE_FORMS = "expected YYYY, YYYY-MM or YYYY-MM-DD"


def parse_date(text: str, name: str | None = None) -> str:
    """A date filter checked: ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``, a real calendar date.

    Returns it without surrounding blanks; anything else raises :class:`~kg.errors.ArgumentError`
    saying what is accepted (``name``, e.g. ``since``, starts the message).

    >>> parse_date(" 2024-02 ")
    '2024-02'
    >>> parse_date("2023-02-29", "since")
    Traceback (most recent call last):
    kg.errors.ArgumentError: since '2023-02-29' is not a calendar date (day is out of range for month); expected YYYY, YYYY-MM or YYYY-MM-DD
    """
    what = f"{name} " if name else ""
    value = text.strip() if isinstance(text, str) else ""
    match = _DATE.fullmatch(value)
    if match is None:
        raise ArgumentError(f"{what}{shown(str(text))} is not a date; {_DATE_FORMS}")
    year, month, day = (int(part) if part else 1 for part in match.groups())
    import datetime  # here: a cold kg sparql NAME never reads a date

    try:
        datetime.date(year, month, day)
    except ValueError as exc:
        raise ArgumentError(f"{what}{shown(text)} is not a calendar date ({exc}); {_DATE_FORMS}") from exc
    return value


def check_period(since: str | None, until: str | None) -> tuple[str | None, str | None]:
    """``since`` and ``until`` checked with :func:`parse_date`, and checked to leave some days between them.

    Both ends are included whatever their precision: ``until 2024`` keeps all of 2024.
    """
    since = parse_date(since, "since") if since is not None else None
    until = parse_date(until, "until") if until is not None else None
    if since and until and _first_day(since) > _last_day(until):
        raise ArgumentError(f"since {since} is after until {until}: no date is in that period")
    return since, until


def _first_day(date: str) -> str:
    return {4: f"{date}-01-01", 7: f"{date}-01"}.get(len(date), date)


def _last_day(date: str) -> str:
    if len(date) == 4:
        return date + "-12-31"
    if len(date) == 7:
        import calendar  # here: a cold lookup without a period need not import it

        return f"{date}-{calendar.monthrange(int(date[:4]), int(date[5:]))[1]:02d}"
    return date


def evidence_in_period(attrs: dict, since: str | None, until: str | None) -> list[dict]:
    """An edge's evidence dated within the period (``since``/``until`` checked by :func:`check_period`);
    a date is compared at the precision it was given in; without a period, all of it."""
    evidence = attrs.get("evidence", [])
    if not since and not until:
        return evidence
    return [e for e in evidence if e.get("date") and (not since or e["date"][:len(since)] >= since) and (not until or e["date"][:len(until)] <= until)]


def check_confidence(value: float) -> float:
    """``value`` if it is a confidence (a number from 0 to 1), else :class:`~kg.errors.ArgumentError`."""
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= 1:
        raise ArgumentError(f"a confidence is a number from 0 to 1, not {value!r}")
    return float(value)


def evidence_confidence(evidence: dict) -> float:
    """One evidence item's confidence: the measured precision of the rule (or linker) that found it."""
    return confidence(evidence.get("rule", ""), evidence.get("method", ""))


def trusted_evidence(evidence: list[dict], min_confidence: float) -> list[dict]:
    """The evidence whose rule's confidence is at least ``min_confidence`` (all, at 0)."""
    if min_confidence <= 0:
        return evidence
    # evidence_confidence inlined: this runs for every evidence item a page or drawing looks at
    return [e for e in evidence if confidence(e.get("rule", ""), e.get("method", "")) >= min_confidence]


def kept_evidence(attrs: dict, since: str | None = None, until: str | None = None, min_confidence: float = DEFAULT_MIN_CONFIDENCE) -> list[dict]:
    """An edge's evidence that every view keeps: dated within the period (:func:`evidence_in_period`)
    and found by rules at least ``min_confidence`` precise (:func:`trusted_evidence`)."""
    return trusted_evidence(evidence_in_period(attrs, since, until), min_confidence)


def _check_known(given: tuple[str, ...], known: frozenset[str], what: str, plural: str) -> None:
    for value in given:
        if value not in known:
            import difflib

            close = difflib.get_close_matches(value, sorted(known), n=3, cutoff=0.6) if len(value) < 100 else []
            hint = f"; close names: {', '.join(close)}" if close else ""
            raise ArgumentError(f"no {what} {shown(value)} in this graph{hint}; {plural} in this graph: {', '.join(sorted(known))}")


def _check_limit(limit: int | None) -> None:
    if limit is not None and (not isinstance(limit, int) or limit < 1):
        raise ArgumentError(f"limit must be a whole number, 1 or more, not {limit!r}")


def _snippet(evidence: list[dict], title_of) -> str:
    """The latest rule-found sentence (else any), cut to 80 characters, with its article's title and date."""
    rule = [e for e in evidence if e.get("sentence") and e["method"] == "rule"] or [e for e in evidence if e.get("sentence")]
    if not rule:
        return ""
    e = max(rule, key=lambda e: (e.get("date") or "", e["start"]))
    sentence = e["sentence"] if len(e["sentence"]) <= 80 else e["sentence"][:79] + "…"
    return f"{sentence} ({title_of(e)}{', ' + e['date'] if e.get('date') else ''})"
