"""Facts → a networkx ``MultiDiGraph``; saved as node-link JSON and GEXF.

Nodes are keyed by stable entity ids (``440300``, ``agency:miit``, ``article:<id>``),
never by labels; the relation name is the edge key, so a rebuild merges evidence
into the same edge and is idempotent. Edge attributes: ``weight`` (distinct
supporting articles), ``first_date``/``last_date``, ``evidence`` (list of
dicts, sorted) and, for ``sets_target``, ``quantities``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import asdict
from pathlib import Path

import networkx as nx

from kg.kb import REGION_TYPES, KnowledgeBase
from kg.types import Article, Fact

__all__ = ["build_graph", "node_link", "from_node_link", "load_graph", "gexf_text", "COORDINATE_DATUM"]

#: The datum of every coordinate in the graph (the regions' source carries GCJ-02, not WGS84).
COORDINATE_DATUM = "GCJ-02"


def _node_attrs(entity_id: str, kb: KnowledgeBase) -> dict:
    entity = kb.get(entity_id)
    if entity is None:  # funds and policies are not in the knowledge base
        kind, _, rest = entity_id.partition(":")
        name = rest.split(":", 1)[1] if kind == "fund" else rest
        return {"type": kind, "name": name}
    attrs = {"type": entity.type, "name": entity.name}
    if entity.aliases:
        attrs["aliases"] = sorted(entity.aliases)
    if entity.adcode:
        attrs["adcode"] = entity.adcode
        attrs["level"] = entity.type
    if entity.parent and entity.type in (*REGION_TYPES, "agency"):
        attrs["parent"] = entity.parent
    if entity.lng is not None and entity.lat is not None:
        attrs.update(lng=entity.lng, lat=entity.lat, datum=COORDINATE_DATUM)
    if entity.name_en:
        attrs["name_en"] = entity.name_en
    return attrs


def build_graph(articles: Sequence[Article], facts: Iterable[Fact], kb: KnowledgeBase) -> nx.MultiDiGraph:
    """One graph from every article's facts, plus the region hierarchy from the knowledge base."""
    graph = nx.MultiDiGraph()
    edges: dict[tuple[str, str, str], dict] = {}
    for fact in facts:
        record = edges.setdefault((fact.subject, fact.object, fact.relation), {"evidence": [], "quantities": []})
        record["evidence"].append({k: v for k, v in asdict(fact.evidence).items() if v is not None})
        if fact.quantity is not None:
            record["quantities"].append({**asdict(fact.quantity), "article": fact.evidence.article})
    nodes: set[str] = {n for key in edges for n in key[:2]}
    # part_of: every region in the graph up to its province (the hierarchy comes from the KB).
    for node in sorted(n for n in nodes if kb.get(n) is not None and kb.get(n).type in REGION_TYPES):
        child = node
        for parent in kb.ancestors(node):
            key = (child, parent, "part_of")
            if key not in edges:
                edges[key] = {"evidence": [{"article": "", "source": "kg/data/kb/regions.tsv", "sentence": "", "start": 0, "end": 0, "rule": "kb_hierarchy", "method": "knowledge_base"}], "quantities": []}
            child = parent
    nodes = {n for key in edges for n in key[:2]}
    by_id = {f"article:{a.id}": a for a in articles}
    sizes: dict[str, str] = {}
    for (subject, obj, relation), record in sorted(edges.items()):
        if relation == "mentions" and obj.startswith("fund:") and record["quantities"] and obj not in sizes:
            sizes[obj] = sorted(record["quantities"], key=lambda q: q["article"])[0]["text"]
    for node in sorted(nodes):
        if node in sizes:
            graph.add_node(node, **_node_attrs(node, kb), size=sizes[node])
        elif node in by_id:
            a = by_id[node]
            attrs = {"type": "article", "name": a.title, "source": a.source, "date": a.date, "outlet": a.outlet, "section": a.section, "url": a.url}
            graph.add_node(node, **{k: v for k, v in attrs.items() if v is not None})
        else:
            graph.add_node(node, **_node_attrs(node, kb))
    for (subject, obj, relation), record in sorted(edges.items()):
        evidence = sorted(record["evidence"], key=lambda e: (e.get("date") or "", e["article"], e["start"], e["rule"]))
        dates = sorted(e["date"] for e in evidence if e.get("date"))
        attrs = {
            "weight": len({e["article"] for e in evidence if e["article"]}) or 1,
            "evidence": evidence,
            "method": "rule" if any(e["method"] == "rule" for e in evidence) else evidence[0]["method"],
        }
        if dates:
            attrs["first_date"], attrs["last_date"] = dates[0], dates[-1]
        if record["quantities"] and relation != "mentions":
            attrs["quantities"] = sorted(record["quantities"], key=lambda q: (q["year"] or 0, q["amount"], q["unit"], q["article"]))
        graph.add_edge(subject, obj, key=relation, relation=relation, **attrs)
    return graph


def node_link(graph: nx.MultiDiGraph) -> dict:
    return nx.node_link_data(graph, edges="links")


def from_node_link(data: dict) -> nx.MultiDiGraph:
    return nx.node_link_graph(data, directed=True, multigraph=True, edges="links")


def gexf_text(graph: nx.MultiDiGraph) -> str:
    """GEXF for Gephi: list and dict attributes become JSON strings (GEXF has no lists)."""
    flat = nx.MultiDiGraph()
    for node, attrs in graph.nodes(data=True):
        flat.add_node(node, **{k: _flat(v) for k, v in attrs.items()}, label=attrs.get("name", node))
    for u, v, key, attrs in graph.edges(keys=True, data=True):
        flat.add_edge(u, v, key=key, **{k: _flat(val) for k, val in attrs.items() if k != "evidence"}, evidence_count=len(attrs.get("evidence", [])))
    import io

    buffer = io.BytesIO()
    nx.write_gexf(flat, buffer, encoding="utf-8", prettyprint=True)
    return _strip_gexf_date(buffer.getvalue().decode("utf-8"))


def _flat(value):
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return value


def _strip_gexf_date(text: str) -> str:
    """networkx stamps today's date in the GEXF header; drop it so exports are byte-stable."""
    import re

    return re.sub(r'\s*lastmodifieddate="[^"]*"', "", text)


def load_graph(path: str | Path) -> nx.MultiDiGraph:
    return from_node_link(json.loads(Path(path).read_text(encoding="utf-8")))
