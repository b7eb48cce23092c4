"""The graph ⇄ RDF under our ontology, and deterministic serialisations.

Every node becomes a resource with a stable IRI (a region's contains its adcode,
``id/region/440300``); every edge becomes both a direct triple (``440300 kg:backs
ind:low-altitude-economy``, for simple SPARQL) and a ``kg:Relationship`` resource
carrying its weight, dates, quantified targets and ``kg:Evidence`` (each
``prov:wasDerivedFrom`` its article). No blank nodes: the same graph always gives
the same bytes. :func:`graph_from_rdf` reads it back without loss.
"""

from __future__ import annotations

import hashlib
import json
from decimal import Decimal
from urllib.parse import quote, unquote

import networkx as nx
from rdflib import RDF, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, SKOS, XSD

from kg.ontology import ID, IND, KG, RELATION_PROPERTY, bind_prefixes

__all__ = ["node_iri", "iri_node", "graph_to_rdf", "graph_from_rdf", "serialize", "FORMATS"]

_CLASS = {
    "province": KG.Province, "city": KG.City, "district": KG.District, "zone": KG.Zone, "macro_region": KG.MacroRegion,
    "agency": KG.Agency, "fund": KG.Fund, "policy": KG.Policy, "article": KG.Article, "industry": SKOS.Concept,
}
_TYPE_OF_CLASS = {v: k for k, v in _CLASS.items()}
_RELATION_OF = {v: k for k, v in RELATION_PROPERTY.items()}
_PREFIX_PATH = {"zone": "zone", "macro": "macro", "agency": "agency", "fund": "fund", "policy": "policy", "article": "article"}


def node_iri(node: str) -> URIRef:
    """The IRI of a graph node (ids are injective, so IRIs are too)."""
    if node.isdigit():
        return ID[f"region/{node}"]
    kind, _, rest = node.partition(":")
    if kind == "industry":
        return IND[rest]
    if kind in _PREFIX_PATH:
        return ID[f"{_PREFIX_PATH[kind]}/" + "/".join(quote(part, safe="") for part in rest.split(":"))]
    return ID["node/" + quote(node, safe="")]


def iri_node(iri: URIRef) -> str:
    text = str(iri)
    if text.startswith(str(IND)):
        return "industry:" + text[len(str(IND)) :]
    path = text[len(str(ID)) :]
    kind, _, rest = path.partition("/")
    if kind == "region":
        return rest
    if kind == "node":
        return unquote(rest)
    return kind + ":" + ":".join(unquote(part) for part in rest.split("/"))


def _hash_iri(kind: str, *parts: object) -> URIRef:
    digest = hashlib.sha1("\x1f".join(str(p) for p in parts).encode()).hexdigest()[:16]
    return ID[f"{kind}/{digest}"]


def _date(value: str) -> Literal:
    return Literal(value, datatype=XSD.date)


def graph_to_rdf(graph: nx.MultiDiGraph) -> Graph:
    rdf = bind_prefixes(Graph())
    for node, attrs in graph.nodes(data=True):
        iri = node_iri(node)
        rdf.add((iri, RDF.type, _CLASS.get(attrs.get("type"), KG.Region)))
        if attrs.get("type") == "article":
            rdf.add((iri, DCTERMS.title, Literal(attrs["name"], lang="zh")))
            for key, prop in (("source", DCTERMS.source), ("outlet", KG.outlet), ("section", KG.section)):
                if key in attrs:
                    rdf.add((iri, prop, Literal(attrs[key])))
            if "date" in attrs:
                rdf.add((iri, DCTERMS.date, _date(attrs["date"])))
            if "url" in attrs:
                rdf.add((iri, KG.url, Literal(attrs["url"], datatype=XSD.anyURI)))
            continue
        rdf.add((iri, SKOS.prefLabel, Literal(attrs["name"], lang="zh")))
        for alias in attrs.get("aliases", []):
            rdf.add((iri, SKOS.altLabel, Literal(alias, lang="zh")))
        if "name_en" in attrs:
            rdf.add((iri, SKOS.prefLabel, Literal(attrs["name_en"], lang="en")))
        if "adcode" in attrs:
            rdf.add((iri, KG.adcode, Literal(attrs["adcode"])))
            rdf.add((iri, KG.level, Literal(attrs["level"])))
        if "parent" in attrs:
            rdf.add((iri, KG.parent, node_iri(attrs["parent"])))
        if "size" in attrs:
            rdf.add((iri, KG.size, Literal(attrs["size"])))
        if "lng" in attrs:
            rdf.add((iri, KG.lng, Literal(Decimal(str(attrs["lng"])))))
            rdf.add((iri, KG.lat, Literal(Decimal(str(attrs["lat"])))))
            rdf.add((iri, KG.datum, Literal(attrs["datum"])))
    for u, v, relation, attrs in graph.edges(keys=True, data=True):
        s, o, p = node_iri(u), node_iri(v), RELATION_PROPERTY[relation]
        rdf.add((s, p, o))
        edge = _hash_iri("relationship", u, relation, v)
        rdf.add((edge, RDF.type, KG.Relationship))
        rdf.add((edge, KG.subject, s))
        rdf.add((edge, KG.relation, p))
        rdf.add((edge, KG.object, o))
        rdf.add((edge, KG.weight, Literal(attrs["weight"])))
        rdf.add((edge, KG.method, Literal(attrs["method"])))
        if "first_date" in attrs:
            rdf.add((edge, KG.firstDate, _date(attrs["first_date"])))
            rdf.add((edge, KG.lastDate, _date(attrs["last_date"])))
        for n, e in enumerate(attrs["evidence"]):
            ev = _hash_iri("evidence", u, relation, v, n, e["article"], e["start"], e["rule"])
            rdf.add((edge, KG.evidence, ev))
            rdf.add((ev, RDF.type, KG.Evidence))
            if e["article"]:
                # Source file, date and outlet are the article's: said once, on the article.
                rdf.add((ev, PROV.wasDerivedFrom, node_iri(f"article:{e['article']}")))
            else:
                rdf.add((ev, DCTERMS.source, Literal(e["source"])))
            if e["sentence"]:
                rdf.add((ev, KG.sentence, Literal(e["sentence"], lang="zh")))
            rdf.add((ev, KG.start, Literal(e["start"])))
            rdf.add((ev, KG.end, Literal(e["end"])))
            rdf.add((ev, KG.rule, Literal(e["rule"])))
            rdf.add((ev, KG.method, Literal(e["method"])))
        for n, q in enumerate(attrs.get("quantities", [])):
            target = _hash_iri("target", u, relation, v, n, q["article"], q["text"])
            rdf.add((edge, KG.target, target))
            rdf.add((target, RDF.type, KG.Target))
            rdf.add((target, KG.amount, Literal(Decimal(str(q["amount"])))))
            rdf.add((target, KG.unit, Literal(q["unit"])))
            if q["year"] is not None:
                rdf.add((target, KG.year, Literal(q["year"])))
            rdf.add((target, KG.text, Literal(q["text"], lang="zh")))
            rdf.add((target, PROV.wasDerivedFrom, node_iri(f"article:{q['article']}")))
    return rdf


def _one(rdf: Graph, s, p):
    return next(iter(sorted(rdf.objects(s, p))), None)


def graph_from_rdf(rdf: Graph) -> nx.MultiDiGraph:
    """Rebuild the networkx graph from its RDF mirror (the inverse of :func:`graph_to_rdf`)."""
    graph = nx.MultiDiGraph()
    for cls, kind in sorted(_TYPE_OF_CLASS.items()):
        for iri in sorted(rdf.subjects(RDF.type, cls)):
            if isinstance(iri, URIRef) and (str(iri).startswith(str(ID)) or str(iri).startswith(str(IND))):
                graph.add_node(iri_node(iri), **_node_attrs(rdf, iri, kind))
    for edge in sorted(rdf.subjects(RDF.type, KG.Relationship)):
        u, v = iri_node(_one(rdf, edge, KG.subject)), iri_node(_one(rdf, edge, KG.object))
        relation = _RELATION_OF[_one(rdf, edge, KG.relation)]
        attrs: dict = {"relation": relation, "weight": int(_one(rdf, edge, KG.weight)), "method": str(_one(rdf, edge, KG.method))}
        evidence = [_evidence(rdf, ev) for ev in rdf.objects(edge, KG.evidence)]
        attrs["evidence"] = sorted(evidence, key=lambda e: (e.get("date") or "", e["article"], e["start"], e["rule"]))
        if _one(rdf, edge, KG.firstDate) is not None:
            attrs["first_date"] = str(_one(rdf, edge, KG.firstDate))
            attrs["last_date"] = str(_one(rdf, edge, KG.lastDate))
        quantities = [_quantity(rdf, t) for t in rdf.objects(edge, KG.target)]
        if quantities:
            attrs["quantities"] = sorted(quantities, key=lambda q: (q["year"] or 0, q["amount"], q["unit"], q["article"]))
        graph.add_edge(u, v, key=relation, **attrs)
    return graph


def _node_attrs(rdf: Graph, iri, kind: str) -> dict:
    attrs: dict = {"type": kind}
    if kind == "article":
        attrs["name"] = str(_one(rdf, iri, DCTERMS.title))
        for key, prop in (("source", DCTERMS.source), ("outlet", KG.outlet), ("section", KG.section), ("date", DCTERMS.date), ("url", KG.url)):
            value = _one(rdf, iri, prop)
            if value is not None:
                attrs[key] = str(value)
        return attrs
    labels = list(rdf.objects(iri, SKOS.prefLabel))
    attrs["name"] = str(next(label for label in labels if label.language == "zh"))
    english = [label for label in labels if label.language == "en"]
    aliases = sorted(str(a) for a in rdf.objects(iri, SKOS.altLabel))
    if aliases:
        attrs["aliases"] = aliases
    if _one(rdf, iri, KG.adcode) is not None:
        attrs["adcode"] = str(_one(rdf, iri, KG.adcode))
        attrs["level"] = str(_one(rdf, iri, KG.level))
    if _one(rdf, iri, KG.parent) is not None:
        attrs["parent"] = iri_node(_one(rdf, iri, KG.parent))
    if _one(rdf, iri, KG.lng) is not None:
        attrs["lng"] = float(_one(rdf, iri, KG.lng))
        attrs["lat"] = float(_one(rdf, iri, KG.lat))
        attrs["datum"] = str(_one(rdf, iri, KG.datum))
    if english:
        attrs["name_en"] = str(english[0])
    if _one(rdf, iri, KG.size) is not None:
        attrs["size"] = str(_one(rdf, iri, KG.size))
    return attrs


def _evidence(rdf: Graph, ev) -> dict:
    article = _one(rdf, ev, PROV.wasDerivedFrom)
    sentence = _one(rdf, ev, KG.sentence)
    e = {
        "article": iri_node(article).split(":", 1)[1] if article is not None else "",
        "sentence": str(sentence) if sentence is not None else "",
        "start": int(_one(rdf, ev, KG.start)),
        "end": int(_one(rdf, ev, KG.end)),
        "rule": str(_one(rdf, ev, KG.rule)),
        "method": str(_one(rdf, ev, KG.method)),
    }
    holder = article if article is not None else ev
    e["source"] = str(_one(rdf, holder, DCTERMS.source))
    for key, prop in (("date", DCTERMS.date), ("outlet", KG.outlet)):
        value = _one(rdf, holder, prop) if article is not None else None
        if value is not None:
            e[key] = str(value)
    return e


def _quantity(rdf: Graph, target) -> dict:
    year = _one(rdf, target, KG.year)
    return {
        "amount": float(_one(rdf, target, KG.amount)),
        "unit": str(_one(rdf, target, KG.unit)),
        "year": int(year) if year is not None else None,
        "text": str(_one(rdf, target, KG.text)),
        "article": iri_node(_one(rdf, target, PROV.wasDerivedFrom)).split(":", 1)[1],
    }


#: export file name → rdflib format
FORMATS = {"graph.ttl": "turtle", "graph.nt": "nt", "graph.jsonld": "json-ld"}


def serialize(rdf: Graph, fmt: str) -> str:
    """Byte-stable text: N-Triples sorted by line, JSON-LD sorted by @id and keys."""
    if fmt == "nt":
        lines = sorted(set(rdf.serialize(format="nt").splitlines()) - {""})
        return "\n".join(lines) + "\n"
    if fmt == "json-ld":
        data = json.loads(rdf.serialize(format="json-ld", auto_compact=False))
        nodes = data if isinstance(data, list) else data.get("@graph", [data])
        for node in nodes:
            for key, values in node.items():
                if isinstance(values, list):
                    node[key] = sorted(values, key=lambda x: json.dumps(x, ensure_ascii=False, sort_keys=True))
        nodes = sorted(nodes, key=lambda n: n.get("@id", ""))
        return json.dumps(nodes, ensure_ascii=False, sort_keys=True, indent=1) + "\n"
    return rdf.serialize(format=fmt)
