"""Look things up in a built graph: names → entities, neighbours, profiles, statistics.

Reads what ``kg build`` wrote; never rebuilds anything, and imports neither spaCy
nor jieba, so a lookup starts fast. Beside ``graph.json`` the build writes
``lookup.sqlite``, the same graph indexed by node: a cold lookup then reads only
the rows it needs instead of parsing the whole graph (hundreds of MB for a large
corpus). Without it (a graph.json copied alone, or changed since) the lookups
load graph.json.
"""

from __future__ import annotations

import difflib
import json
import sqlite3
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from kg.errors import AmbiguousName, KgError, NodeNotFound
from kg.kb import REGION_TYPES

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["GraphIndex", "LookupIndex", "LookupWriter", "Neighbour", "open_graph", "stamp_lookup", "DEFAULT_GRAPH_JSON", "LOOKUP"]

DEFAULT_GRAPH_JSON = Path("exports") / "graph.json"
LOOKUP = "lookup.sqlite"


@dataclass(frozen=True)
class Neighbour:
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


def open_graph(path: str | Path | None = None, whole: bool = False) -> GraphIndex:
    """The graph ``kg build`` wrote (default ``exports/graph.json``), indexed by name.

    Uses ``lookup.sqlite`` beside it when that was written for this very graph.json,
    unless ``whole`` asks for the whole networkx graph (``index.graph``, for pages).
    """
    path = Path(path) if path else DEFAULT_GRAPH_JSON
    if not path.exists():
        raise KgError(f"{path}: no graph there; run 'kg build' first or pass --graph PATH")
    lookup = path.with_name(LOOKUP)
    if not whole and lookup.exists() and _stamp(path) == _read_stamp(lookup):
        return LookupIndex(lookup)
    from kg.graph import load_graph  # (and networkx: only when the lookup index cannot answer)

    try:
        graph = load_graph(path)
    except (ValueError, KeyError) as exc:
        raise KgError(f"{path}: not a graph written by kg build ({exc})") from exc
    return GraphIndex(graph)


def _entity_names(attrs: dict):
    """The names a node is found by (articles are found by id only)."""
    if attrs.get("type") == "article":
        return
    for name in (attrs.get("name"), *attrs.get("aliases", ()), attrs.get("adcode")):
        if name:
            yield name


class GraphIndex:
    """Lookups over a graph in memory. Every method reaches the graph through the four
    primitives ``node``, ``edges``, ``degree`` and ``everything``, which
    :class:`LookupIndex` answers from SQLite instead."""

    def __init__(self, graph: nx.MultiDiGraph) -> None:
        self.graph = graph
        self._names: dict[str, set[str]] = {}
        for node, attrs in graph.nodes(data=True):
            for name in _entity_names(attrs):
                self._names.setdefault(name, set()).add(node)

    def node(self, node: str) -> dict | None:
        """A node's attributes, or None if the graph has no such node."""
        return self.graph.nodes[node] if node in self.graph else None

    def edges(self, node: str, direction: str = "both"):
        """``(u, v, relation, attrs)`` of the edges leaving (out), entering (in) or touching ``node``."""
        if direction in ("out", "both"):
            yield from self.graph.out_edges(node, keys=True, data=True)
        if direction in ("in", "both"):
            yield from self.graph.in_edges(node, keys=True, data=True)

    def degree(self, node: str) -> int:
        return self.graph.degree(node)

    def everything(self):
        """Every node ``(id, attrs)`` and every edge ``(u, v, relation)`` (for statistics)."""
        return self.graph.nodes(data=True), self.graph.edges(keys=True)

    # ------------------------------------------------------------ names

    def resolve(self, name: str) -> str:
        """An id for any name of an entity: 深圳, 深圳市, 440300, agency:miit, 工信部 …"""
        name = name.strip()
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
        raise NodeNotFound(name, [self.label(m) for m in self.close_matches(name)])

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
        names = sorted(self._names)
        found = [n_ for n_ in names if text in n_ or n_ in text][:n]
        found += difflib.get_close_matches(text, names, n=n, cutoff=0.5)
        nodes: list[str] = []
        for name in found:
            for node in sorted(self._names[name]):
                if node not in nodes:
                    nodes.append(node)
        return nodes[:n]

    def label(self, node: str) -> str:
        attrs = self.node(node)
        name = attrs.get("name", node)
        parent = self.node(attrs["parent"]) if attrs.get("parent") and attrs.get("type") in REGION_TYPES else None
        if parent is not None:
            name = f"{parent.get('name', attrs['parent'])}{name}"
        return f"{node} ({name})"

    def search(self, text: str, limit: int = 20) -> list[dict]:
        """Entities whose names or aliases contain ``text``, the most connected first."""
        hits = {node for name, nodes in self._names.items() if text in name for node in nodes}
        rows = [self._summary(node) for node in hits]
        return sorted(rows, key=lambda r: (-r["degree"], r["id"]))[:limit]

    def _summary(self, node: str) -> dict:
        attrs = self.node(node)
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
    ) -> list[Neighbour]:
        """Neighbours of ``node``, the heaviest edges first.

        ``since``/``until`` keep edges with evidence in that period (ISO dates);
        ``mentions`` edges (article → entity) are left out unless asked for.
        """
        if direction not in ("in", "out", "both"):
            raise KgError(f"direction must be in, out or both, not {direction!r}")
        relations = tuple(relations)
        rows: dict[tuple[str, str, str], Neighbour] = {}
        frontier = {node}
        seen = {node}
        for level in range(1, max(depth, 1) + 1):
            nxt = set()
            for current in sorted(frontier):
                for u, v, relation, attrs in self.edges(current, direction):
                    if relations and relation not in relations:
                        continue
                    if not relations and relation == "mentions":
                        continue
                    other = v if u == current else u
                    kept = _in_period(attrs, since, until)
                    if not kept:
                        continue
                    o_attrs = self.node(other)
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
                        evidence=_snippet(kept), depth=level,
                    )
                    if other not in seen:
                        seen.add(other)
                        nxt.add(other)
            frontier = nxt
        ordered = sorted(rows.values(), key=lambda r: (r.depth, -r.weight, r.relation, r.id))
        return ordered[:limit] if limit else ordered

    # ------------------------------------------------------------ profiles and statistics

    def profile(self, node: str) -> dict:
        attrs = dict(self.node(node))
        chain = []
        parent = attrs.get("parent")
        while parent and self.node(parent) is not None and parent not in chain:
            chain.append(parent)
            parent = self.node(parent).get("parent")
        edges = list(self.edges(node))
        relations = Counter(f"{k} ({'out' if u == node else 'in'})" for u, v, k, _ in edges)
        profile = {
            "id": node, "name": attrs.get("name"), "type": attrs.get("type"), "aliases": attrs.get("aliases", []),
            "adcode": attrs.get("adcode"), "parents": [self.label(p) for p in chain],
            "coordinates": {"lng": attrs["lng"], "lat": attrs["lat"], "datum": attrs.get("datum")} if "lng" in attrs else None,
            "relations": dict(sorted(relations.items())),
        }
        if attrs.get("type") in (*REGION_TYPES, "zone", "macro_region", "agency"):
            profile["top_industries"] = [f"{r.name} ({r.weight})" for r in self.neighbors(node, relations=("backs",), direction="out", limit=10)]
        if attrs.get("type") == "industry":
            profile["top_backers"] = [f"{r.name} ({r.weight})" for r in self.neighbors(node, relations=("backs",), direction="in", limit=10)]
        latest = sorted(
            ((e.get("date") or "", e["sentence"], e["source"]) for *_, a in edges for e in a["evidence"] if e["sentence"] and e["method"] == "rule"),
            reverse=True,
        )[:3]
        profile["latest_evidence"] = [f"{d} {s} ({src})" for d, s, src in latest]
        return profile

    def stats(self) -> dict:
        nodes, edges = self.everything()
        attrs = dict(nodes)
        edges = list(edges)
        types = Counter(a.get("type", "?") for a in attrs.values())
        relations = Counter(k for *_, k in edges)
        backs_out = Counter(u for u, _, k in edges if k == "backs" and attrs[u].get("type") in (*REGION_TYPES, "zone"))
        backs_in = Counter(v for _, v, k in edges if k == "backs")
        articles = [a for a in attrs.values() if a.get("type") == "article"]
        return {
            "nodes": len(attrs), "edges": len(edges),
            "entities_per_type": dict(sorted(types.items(), key=lambda kv: (-kv[1], kv[0]))),
            "edges_per_relation": dict(sorted(relations.items(), key=lambda kv: (-kv[1], kv[0]))),
            "busiest_regions": [f"{attrs[n]['name']} ({c})" for n, c in sorted(backs_out.items(), key=lambda kv: (-kv[1], kv[0]))[:10]],
            "busiest_industries": [f"{attrs[n]['name']} ({c})" for n, c in sorted(backs_in.items(), key=lambda kv: (-kv[1], kv[0]))[:10]],
            "articles_per_newsletter": dict(sorted(Counter(a.get("source", "?") for a in articles).items())),
            "articles_per_month": dict(sorted(Counter((a.get("date") or "undated")[:7] for a in articles).items())),
        }


class LookupIndex(GraphIndex):
    """The same lookups, answered from ``lookup.sqlite``: opening it reads only the names."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        self._names = {}
        for name, node in self._db.execute("SELECT name, id FROM names"):
            self._names.setdefault(name, set()).add(node)
        self._nodes: dict[str, dict | None] = {}

    @property
    def graph(self):  # pages need the whole graph: open_graph(path, whole=True)
        raise AttributeError("a LookupIndex holds no networkx graph; open the graph with whole=True")

    def node(self, node: str) -> dict | None:
        if node not in self._nodes:
            row = self._db.execute("SELECT attrs FROM nodes WHERE id = ?", (node,)).fetchone()
            self._nodes[node] = _node_attrs(row[0]) if row else None
        return self._nodes[node]

    def edges(self, node: str, direction: str = "both"):
        queries = {"out": "SELECT u, v, relation, attrs FROM edges WHERE u = ? ORDER BY seq",
                   "in": "SELECT u, v, relation, attrs FROM edges WHERE v = ? ORDER BY seq"}
        for side in ("out", "in"):
            if direction in (side, "both"):
                for u, v, relation, attrs in self._db.execute(queries[side], (node,)):
                    yield u, v, relation, _edge_attrs(attrs)

    def degree(self, node: str) -> int:
        return self._db.execute("SELECT (SELECT count(*) FROM edges WHERE u = ?) + (SELECT count(*) FROM edges WHERE v = ?)", (node, node)).fetchone()[0]

    def everything(self):
        nodes = ((node, _node_attrs(attrs)) for node, attrs in self._db.execute("SELECT id, attrs FROM nodes ORDER BY seq"))
        edges = self._db.execute("SELECT u, v, relation FROM edges ORDER BY seq")
        return nodes, edges


def _node_attrs(text: str) -> dict:
    """A node's attributes from its graph.json text (which also holds its id)."""
    attrs = json.loads(text)
    del attrs["id"]
    return attrs


def _edge_attrs(text: str) -> dict:
    """A link's attributes from its graph.json text (which also holds its ends and relation)."""
    attrs = json.loads(text)
    for key in ("source", "target", "key"):
        del attrs[key]
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

    def __call__(self, kind: str, key, attrs: dict, text: str) -> None:
        if kind == "node":
            self._rows["nodes"].append((key, text))
            self._rows["names"].extend((name, key) for name in _entity_names(attrs))
        else:
            self._rows["edges"].append((*key, text))
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
        self._db.executescript("CREATE INDEX edges_u ON edges (u, seq); CREATE INDEX edges_v ON edges (v, seq);")
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


def _read_stamp(lookup: Path) -> str | None:
    try:
        db = sqlite3.connect(f"file:{lookup}?mode=ro", uri=True)
        try:
            row = db.execute("SELECT value FROM meta WHERE key = 'graph'").fetchone()
        finally:
            db.close()
    except sqlite3.Error:
        return None  # not a lookup kg wrote: fall back to graph.json
    return row[0] if row else None


def _in_period(attrs: dict, since: str | None, until: str | None) -> list[dict]:
    evidence = attrs.get("evidence", [])
    if not since and not until:
        return evidence
    return [e for e in evidence if e.get("date") and (not since or e["date"] >= since) and (not until or e["date"] <= until)]


def _snippet(evidence: list[dict]) -> str:
    rule = [e for e in evidence if e.get("sentence") and e["method"] == "rule"] or [e for e in evidence if e.get("sentence")]
    if not rule:
        return ""
    e = max(rule, key=lambda e: (e.get("date") or "", e["start"]))
    sentence = e["sentence"] if len(e["sentence"]) <= 80 else e["sentence"][:79] + "…"
    return f"{sentence} ({e['source']}{', ' + e['date'] if e.get('date') else ''})"
