"""Look things up in a built graph: names → entities, neighbours, profiles, statistics.

Reads what ``kg build`` wrote (``graph.json``); never rebuilds anything, and
imports neither spaCy nor jieba, so a lookup starts fast.
"""

from __future__ import annotations

import difflib
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import networkx as nx

from kg.errors import AmbiguousName, KgError, NodeNotFound

__all__ = ["GraphIndex", "Neighbour", "open_graph", "DEFAULT_GRAPH"]

DEFAULT_GRAPH = Path("exports") / "graph.json"
REGION_TYPES = ("province", "city", "district")


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


def open_graph(path: str | Path | None = None) -> GraphIndex:
    """The graph ``kg build`` wrote (default ``exports/graph.json``), indexed by name."""
    from kg.graph import load_graph

    path = Path(path) if path else DEFAULT_GRAPH
    if not path.exists():
        raise KgError(f"{path}: no graph there; run 'kg build' first or pass --graph PATH")
    try:
        graph = load_graph(path)
    except (ValueError, KeyError) as exc:
        raise KgError(f"{path}: not a graph written by kg build ({exc})") from exc
    return GraphIndex(graph)


class GraphIndex:
    def __init__(self, graph: nx.MultiDiGraph) -> None:
        self.graph = graph
        self._names: dict[str, set[str]] = {}
        for node, attrs in graph.nodes(data=True):
            if attrs.get("type") == "article":
                continue
            for name in (attrs.get("name"), *attrs.get("aliases", ()), attrs.get("adcode")):
                if name:
                    self._names.setdefault(name, set()).add(node)

    # ------------------------------------------------------------ names

    def resolve(self, name: str) -> str:
        """An id for any name of an entity: 深圳, 深圳市, 440300, agency:miit, 工信部 …"""
        name = name.strip()
        if name in self.graph and self.graph.nodes[name].get("type") != "article":
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
        ids = {i for i, kind in kb.candidates(name) if i in self.graph}
        if len(ids) > 1:  # 吉林 (the province and the city): the province, as the linker does
            provinces = {i for i in ids if self.graph.nodes[i].get("type") == "province"}
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
        attrs = self.graph.nodes[node]
        name = attrs.get("name", node)
        parent = attrs.get("parent")
        if parent and parent in self.graph and attrs.get("type") in REGION_TYPES:
            name = f"{self.graph.nodes[parent].get('name', parent)}{name}"
        return f"{node} ({name})"

    def search(self, text: str, limit: int = 20) -> list[dict]:
        """Entities whose names or aliases contain ``text``, the most connected first."""
        hits = {node for name, nodes in self._names.items() if text in name for node in nodes}
        rows = [self._summary(node) for node in hits]
        return sorted(rows, key=lambda r: (-r["degree"], r["id"]))[:limit]

    def _summary(self, node: str) -> dict:
        attrs = self.graph.nodes[node]
        return {"id": node, "name": attrs.get("name"), "type": attrs.get("type"), "aliases": attrs.get("aliases", []), "degree": self.graph.degree(node)}

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
                for u, v, relation, attrs in self._edges(current, direction):
                    if relations and relation not in relations:
                        continue
                    if not relations and relation == "mentions":
                        continue
                    other = v if u == current else u
                    kept = _in_period(attrs, since, until)
                    if not kept:
                        continue
                    o_attrs = self.graph.nodes[other]
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

    def _edges(self, node: str, direction: str):
        if direction in ("out", "both"):
            yield from self.graph.out_edges(node, keys=True, data=True)
        if direction in ("in", "both"):
            yield from self.graph.in_edges(node, keys=True, data=True)

    # ------------------------------------------------------------ profiles and statistics

    def profile(self, node: str) -> dict:
        attrs = dict(self.graph.nodes[node])
        chain = []
        parent = attrs.get("parent")
        while parent and parent in self.graph and parent not in chain:
            chain.append(parent)
            parent = self.graph.nodes[parent].get("parent")
        relations = Counter(f"{k} ({'out' if u == node else 'in'})" for u, v, k in [*self.graph.out_edges(node, keys=True), *self.graph.in_edges(node, keys=True)])
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
            ((e.get("date") or "", e["sentence"], e["source"]) for *_, a in self._edges(node, "both") for e in a["evidence"] if e["sentence"] and e["method"] == "rule"),
            reverse=True,
        )[:3]
        profile["latest_evidence"] = [f"{d} {s} ({src})" for d, s, src in latest]
        return profile

    def stats(self) -> dict:
        graph = self.graph
        types = Counter(a.get("type", "?") for _, a in graph.nodes(data=True))
        relations = Counter(k for *_, k in graph.edges(keys=True))
        backs_out = Counter(u for u, _, k in graph.edges(keys=True) if k == "backs" and graph.nodes[u].get("type") in (*REGION_TYPES, "zone"))
        backs_in = Counter(v for _, v, k in graph.edges(keys=True) if k == "backs")
        articles = [a for _, a in graph.nodes(data=True) if a.get("type") == "article"]
        return {
            "nodes": graph.number_of_nodes(), "edges": graph.number_of_edges(),
            "entities_per_type": dict(sorted(types.items(), key=lambda kv: (-kv[1], kv[0]))),
            "edges_per_relation": dict(sorted(relations.items(), key=lambda kv: (-kv[1], kv[0]))),
            "busiest_regions": [f"{graph.nodes[n]['name']} ({c})" for n, c in sorted(backs_out.items(), key=lambda kv: (-kv[1], kv[0]))[:10]],
            "busiest_industries": [f"{graph.nodes[n]['name']} ({c})" for n, c in sorted(backs_in.items(), key=lambda kv: (-kv[1], kv[0]))[:10]],
            "articles_per_newsletter": dict(sorted(Counter(a.get("source", "?") for a in articles).items())),
            "articles_per_month": dict(sorted(Counter((a.get("date") or "undated")[:7] for a in articles).items())),
        }


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
