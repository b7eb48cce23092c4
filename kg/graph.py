"""Facts → a networkx ``MultiDiGraph``; saved as node-link JSON and GEXF.

Nodes are keyed by stable entity ids (``440300``, ``agency:miit``, ``article:<id>``),
never by labels; the relation name is the edge key, so a rebuild merges evidence
into the same edge and is idempotent. Edge attributes: ``weight`` (distinct
supporting articles), ``confidence`` (the best of its evidence), ``first_date``/``last_date``, ``evidence`` (list of
dicts, sorted; a built graph holds it as rows of one table that read as that list, see
:mod:`kg.evidence_table`) and, for ``sets_target``, ``quantities``.
"""

from __future__ import annotations

import json
import re
from array import array
from collections.abc import Iterable, Sequence
from dataclasses import asdict
from pathlib import Path
from typing import TextIO

import networkx as nx

from kg.confidence import confidence
from kg.evidence_table import EvidenceRows, EvidenceTable
from kg.kb import REGION_TYPES, KnowledgeBase
from kg.types import Article, Fact

__all__ = ["GraphBuilder", "fact_records", "kb_hierarchy_evidence", "article_node", "edge_attributes", "evidence_order", "quantity_order", "build_graph", "write_node_link", "node_link_head", "NODE_LINK_MIDDLE", "NODE_LINK_TAIL", "GEXF_MIDDLE", "GEXF_TAIL", "link_json", "node_json", "node_link", "from_node_link", "load_graph", "write_gexf", "gexf_keys", "gexf_signature", "gexf_attributes", "gexf_head", "gexf_node", "gexf_edge", "gexf_edge_id", "COORDINATE_DATUM"]

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


def article_node(article: Article) -> tuple[str, dict]:
    """An article as a graph node: its id and the attributes the graph keeps of it."""
    attrs = {"type": "article", "name": article.title, "source": article.source, "date": article.date,
             "outlet": article.outlet, "section": article.section, "url": article.url}
    return f"article:{article.id}", {k: v for k, v in attrs.items() if v is not None}


def _evidence_record(evidence) -> dict:
    record = {"article": evidence.article, "source": evidence.source, "sentence": evidence.sentence, "start": evidence.start,
              "end": evidence.end, "date": evidence.date, "outlet": evidence.outlet, "rule": evidence.rule, "method": evidence.method}
    return {k: v for k, v in record.items() if v is not None}


def fact_records(facts: Iterable[Fact]):
    """Each fact as its edge's key, its evidence record and its quantity record (or None)."""
    for fact in facts:
        quantity = None if fact.quantity is None else _quantity_record(fact)
        yield (fact.subject, fact.object, fact.relation), _evidence_record(fact.evidence), quantity


def _quantity_record(fact: Fact) -> dict:
    quantity = {k: v for k, v in asdict(fact.quantity).items() if k != "amount_max" or v is not None}  # a range's upper end
    quantity["article"] = fact.evidence.article
    return quantity


def kb_hierarchy_evidence() -> dict:
    """The evidence of a part_of edge added from the knowledge base."""
    return {"article": "", "source": "kg/data/kb/regions.tsv", "sentence": "", "start": 0, "end": 0, "rule": "kb_hierarchy", "method": "knowledge_base"}


class GraphBuilder:
    """Collects articles and facts one file at a time; :meth:`graph` makes the graph.

    A build keeps only this (not the documents) in memory while files stream in.
    """

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self.evidence = EvidenceTable()  # every edge's evidence, as rows (kg.evidence_table)
        self._edges: dict[tuple[str, str, str], dict] = {}  # key → {"evidence": row numbers, "quantities": [...]}
        self._articles: dict[str, dict] = {}

    def add(self, articles: Iterable[tuple[str, dict]], facts: Iterable[Fact]) -> None:
        self._articles.update(articles)
        add, edges = self.evidence.add_row, self._edges
        for fact in facts:
            key = (fact.subject, fact.object, fact.relation)
            record = edges.get(key)
            if record is None:
                record = edges[key] = {"evidence": array("i"), "quantities": []}
            e = fact.evidence  # as _evidence_record has it, in rows
            record["evidence"].append(add(e.article, e.source, e.sentence, e.start, e.end, e.date, e.outlet, e.rule, e.method))
            if fact.quantity is not None:
                record["quantities"].append(_quantity_record(fact))

    def edge_evidence(self, key: tuple[str, str, str]) -> list[dict]:
        """The evidence added for the edge ``key`` (subject, object, relation), in the order added."""
        return list(map(self.evidence.record, self._edges[key]["evidence"]))

    def graph(self) -> nx.MultiDiGraph:
        """The graph. Each edge's evidence is an :class:`~kg.evidence_table.EvidenceRows` of
        this builder's table (read as the list of dicts), sorted by :func:`evidence_order`."""
        kb, edges, table = self.kb, dict(self._edges), self.evidence
        nodes: set[str] = {n for key in edges for n in key[:2]}
        # part_of: every region in the graph up to its province (the hierarchy comes from the KB).
        for node in sorted(n for n in nodes if kb.get(n) is not None and kb.get(n).type in REGION_TYPES):
            child = node
            for parent in kb.ancestors(node):
                key = (child, parent, "part_of")
                if key not in edges:
                    edges[key] = {"evidence": array("i", [table.add(kb_hierarchy_evidence())]), "quantities": []}
                child = parent
        nodes = {n for key in edges for n in key[:2]}
        sizes: dict[str, str] = {}
        for key in sorted(k for k in edges if k[2] == "mentions" and k[1].startswith("fund:") and edges[k]["quantities"]):
            sizes.setdefault(key[1], min(edges[key]["quantities"], key=lambda q: q["article"])["text"])
        graph = nx.MultiDiGraph()
        for node in sorted(nodes):
            if node in sizes:
                graph.add_node(node, **_node_attrs(node, kb), size=sizes[node])
            elif node in self._articles:
                graph.add_node(node, **self._articles[node])
            else:
                graph.add_node(node, **_node_attrs(node, kb))
        record = table.record
        for (subject, obj, relation), edge in sorted(edges.items()):
            # sorted as edge_attributes sorts the dicts (stably: ties keep the order added), read once and dropped
            rows = edge["evidence"]
            evidence = list(map(record, rows))  # read once, for the edge's aggregates, and dropped
            order = sorted(range(len(rows)), key=lambda n: evidence_order(evidence[n]))  # stable, as edge_attributes sorts
            attrs = edge_attributes(relation, [evidence[n] for n in order], edge["quantities"])
            attrs["evidence"] = EvidenceRows(table, (rows[n] for n in order))
            graph.add_edge(subject, obj, key=relation, **attrs)
        return graph


def evidence_order(evidence: dict) -> tuple:
    """The order of an edge's evidence: by date, article, offset, rule."""
    return (evidence.get("date") or "", evidence["article"], evidence["start"], evidence["rule"])


def quantity_order(quantity: dict) -> tuple:
    return (quantity["year"] or 0, quantity["amount"], quantity["unit"], quantity["article"])


def edge_attributes(relation: str, evidence: list[dict], quantities: list[dict]) -> dict:
    """An edge's attributes, from all its evidence (and quantities): weight = distinct
    supporting articles, method = "rule" if any rule found it, confidence = the best of its
    evidence's (:func:`kg.confidence.confidence`), first and last dates."""
    evidence = sorted(evidence, key=evidence_order)
    dates = sorted(e["date"] for e in evidence if e.get("date"))
    attrs = {
        "relation": relation,
        "weight": len({e["article"] for e in evidence if e["article"]}) or 1,
        "evidence": evidence,
        "method": "rule" if any(e["method"] == "rule" for e in evidence) else evidence[0]["method"],
        "confidence": max(confidence(e["rule"], e["method"]) for e in evidence),  # the best of its evidence
    }
    if dates:
        attrs["first_date"], attrs["last_date"] = dates[0], dates[-1]
    if quantities and relation != "mentions":
        attrs["quantities"] = sorted(quantities, key=quantity_order)
    return attrs


def build_graph(articles: Sequence[Article], facts: Iterable[Fact], kb: KnowledgeBase) -> nx.MultiDiGraph:
    """One graph from every article's facts, plus the region hierarchy from the knowledge base."""
    builder = GraphBuilder(kb)
    builder.add(map(article_node, articles), facts)
    return builder.graph()


def node_link(graph: nx.MultiDiGraph) -> dict:
    return nx.node_link_data(graph, edges="links")


def write_node_link(graph: nx.MultiDiGraph, handle, each=None, lengths: list | None = None) -> None:
    """``graph.json`` streamed item by item: the bytes of ``dumps(node_link(graph)) + "\\n"``
    without ever holding the whole text (hundreds of MB for a large corpus).

    ``each(kind, key, attrs, text)`` is told every node (``"node"``, its id) and link
    (``"link"``, ``(u, v, relation)``) with the JSON text written for it, so another
    index can reuse the text instead of serialising the graph again. ``lengths`` gets the
    UTF-8 length of each link's and then each node's text (see :mod:`kg.incremental`).
    """
    handle.write(node_link_head(graph.graph))
    for n, (u, v, key, attrs) in enumerate(graph.edges(keys=True, data=True)):
        text = link_json(u, v, key, attrs)
        handle.write((", " if n else "") + text)
        if each:
            each("link", (u, v, key), attrs, text)
        if lengths is not None:
            lengths.append(len(text.encode()))
    handle.write(NODE_LINK_MIDDLE)
    for n, (node, attrs) in enumerate(graph.nodes(data=True)):
        text = node_json(node, attrs)
        handle.write((", " if n else "") + text)
        if each:
            each("node", node, attrs, text)
        if lengths is not None:
            lengths.append(len(text.encode()))
    handle.write(NODE_LINK_TAIL)


def node_link_head(graph_attrs: dict) -> str:
    """What graph.json holds before its links (items are separated by ", ")."""
    from kg.export import dumps

    return '{"directed": true, "graph": ' + dumps(graph_attrs) + ', "links": ['


NODE_LINK_MIDDLE = '], "multigraph": true, "nodes": ['
NODE_LINK_TAIL = "]}\n"


def link_json(u: str, v: str, key: str, attrs: dict) -> str:
    """A link's text in graph.json."""
    from kg.export import dumps

    return dumps({**attrs, "source": u, "target": v, "key": key})


def node_json(node: str, attrs: dict) -> str:
    """A node's text in graph.json."""
    from kg.export import dumps

    return dumps({**attrs, "id": node})


def from_node_link(data: dict) -> nx.MultiDiGraph:
    return nx.node_link_graph(data, directed=True, multigraph=True, edges="links")


def write_gexf(graph: nx.MultiDiGraph, handle: TextIO, lengths: list | None = None) -> str:
    """GEXF 1.2 for Gephi, streamed (networkx's writer builds the whole XML tree in memory).

    The layout networkx's writer uses (and its reader reads back): attributes declared
    with the type of their first value, list and dict values as JSON strings (GEXF has
    no lists), the relation as ``networkx_key``, ``weight`` on the edge; evidence is left
    out (it is in graph.json and the RDF), its count kept. An edge's id is a digest of its
    ends and relation (:func:`gexf_edge_id`), the same whatever other edges the graph has.
    ``lengths`` gets the UTF-8 length of each node's and then each edge's text. Returns the
    head written before the nodes (:func:`gexf_head`: its attributes' declarations).
    """
    node_keys, edge_keys = gexf_keys(graph)
    write = handle.write
    write(head := gexf_head(node_keys, edge_keys))
    for node, attrs in graph.nodes(data=True):
        text = gexf_node(node, attrs, node_keys)
        write(text)
        if lengths is not None:
            lengths.append(len(text.encode()))
    write(GEXF_MIDDLE)
    for u, v, key, attrs in graph.edges(keys=True, data=True):
        text = gexf_edge(u, v, key, attrs, edge_keys)
        write(text)
        if lengths is not None:
            lengths.append(len(text.encode()))
    write(GEXF_TAIL)
    return head


GEXF_MIDDLE = "    </nodes>\n    <edges>\n"
GEXF_TAIL = "    </edges>\n  </graph>\n</gexf>\n"


def gexf_keys(graph: nx.MultiDiGraph) -> tuple[dict, dict]:
    """The node and edge attributes GEXF declares (see :func:`gexf_signature`)."""
    nodes = gexf_attributes(gexf_signature(attrs) for _, attrs in graph.nodes(data=True))
    edges = gexf_attributes((gexf_signature(_gexf_edge_values(key, attrs)) for _, _, key, attrs in graph.edges(keys=True, data=True)), first_id=len(nodes))
    return nodes, edges


def gexf_signature(attrs: dict) -> tuple[tuple[str, str], ...]:
    """An item's attributes as GEXF declares them: (key, GEXF type) of each value present."""
    return tuple((key, _GEXF_TYPE.get(type(value), "string")) for key, value in attrs.items() if value is not None)


def gexf_attributes(signatures, first_id: int = 0) -> dict[str, tuple[str, str]]:
    """Every attribute key in first-seen order → (GEXF id, GEXF type of its first value)."""
    keys: dict[str, tuple[str, str]] = {}
    for signature in signatures:
        for key, kind in signature:
            if key not in keys:
                keys[key] = (str(first_id + len(keys)), kind)
    return keys


def gexf_head(node_keys: dict, edge_keys: dict) -> str:
    lines = ["<?xml version='1.0' encoding='utf-8'?>\n"
             '<gexf xmlns="http://www.gexf.net/1.2draft" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
             'xsi:schemaLocation="http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd" version="1.2">\n'
             "  <meta>\n    <creator>kg</creator>\n  </meta>\n"
             '  <graph defaultedgetype="directed" mode="static" name="">\n']
    for cls, keys in (("edge", edge_keys), ("node", node_keys)):
        lines.append(f'    <attributes mode="static" class="{cls}">\n')
        for key, (ident, kind) in keys.items():
            lines.append(f'      <attribute id="{ident}" title={_xml(key)} type="{kind}" />\n')
        lines.append("    </attributes>\n")
    lines.append("    <nodes>\n")
    return "".join(lines)


def gexf_node(node: str, attrs: dict, node_keys: dict) -> str:
    parts = [f"      <node id={_xml(node)} label={_xml(attrs.get('name', node))}>\n"]
    _write_attvalues(parts.append, node_keys, attrs)
    parts.append("      </node>\n")
    return "".join(parts)


def gexf_edge(u: str, v: str, key: str, attrs: dict, edge_keys: dict) -> str:
    parts = [f'      <edge source={_xml(u)} target={_xml(v)} id="{gexf_edge_id(u, v, key)}" weight="{attrs.get("weight", 1)}">\n']
    _write_attvalues(parts.append, edge_keys, _gexf_edge_values(key, attrs))
    parts.append("      </edge>\n")
    return "".join(parts)


def gexf_edge_id(u: str, v: str, key: str) -> str:
    """An edge's GEXF id: a digest of its ends and relation, so adding or removing other
    edges never renumbers it (an incremental build rewrites only the edges that changed)."""
    import hashlib

    return hashlib.sha1(f"{u}\x1f{key}\x1f{v}".encode()).hexdigest()[:16]


def _gexf_edge_values(key: str, attrs: dict) -> dict:
    """An edge's GEXF attributes: its own but the evidence (counted) and the weight (on the edge)."""
    values = {k: v for k, v in attrs.items() if k not in ("evidence", "weight")}
    return {**values, "evidence_count": len(attrs.get("evidence", [])), "networkx_key": key}


_GEXF_TYPE = {bool: "boolean", int: "long", float: "double", str: "string", list: "string", dict: "string"}


def _write_attvalues(write, keys: dict[str, tuple[str, str]], attrs: dict) -> None:
    present = [(keys[k][0], v) for k, v in attrs.items() if k in keys and v is not None]
    if not present:
        return
    write("        <attvalues>\n")
    for ident, value in present:
        write(f'          <attvalue for="{ident}" value={_xml(_flat(value))} />\n')
    write("        </attvalues>\n")


_XML_ESCAPES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "\n": "&#10;", "\r": "&#13;", "\t": "&#09;"}
_XML_SPECIAL = re.compile(r'[&<>"\n\r\t\x00-\x08\x0b\x0c\x0e-\x1f]')


def _xml(value) -> str:
    """A quoted XML attribute value; characters XML 1.0 cannot hold become U+FFFD."""
    text = value if isinstance(value, str) else str(value).lower() if isinstance(value, bool) else str(value)
    if _XML_SPECIAL.search(text):  # rare: most values are plain names, ids and numbers
        text = _XML_SPECIAL.sub(lambda m: _XML_ESCAPES.get(m[0], "\ufffd"), text)
    return f'"{text}"'


def _flat(value):
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return value


def load_graph(path: str | Path) -> nx.MultiDiGraph:
    return from_node_link(json.loads(Path(path).read_text(encoding="utf-8")))
