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
from decimal import Decimal
from urllib.parse import quote, unquote

import networkx as nx
from rdflib import RDF, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, SKOS

from kg.ontology import ID, IND, KG, RELATION_PROPERTY, bind_prefixes

__all__ = ["node_iri", "iri_node", "triples", "graph_to_rdf", "export_rdf", "graph_from_rdf"]

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


_XSD = "http://www.w3.org/2001/XMLSchema#"
_TYPE = str(RDF.type)


def _lit(value, datatype: str | None = None, lang: str | None = None) -> tuple:
    """A literal as (lexical form, datatype IRI or None, language or None)."""
    return (str(value), datatype, lang)


def _int(value: int) -> tuple:
    return _lit(value, _XSD + "integer")


def _decimal(value: float) -> tuple:
    return _lit(Decimal(str(value)), _XSD + "decimal")


def _date(value: str) -> tuple:
    return _lit(value, _XSD + "date")


def triples(graph: nx.MultiDiGraph):
    """Every triple of the RDF mirror, in a fixed order: IRIs as ``str``, literals as tuples.

    The one place the mapping graph → RDF is written; :func:`graph_to_rdf` (rdflib) and
    :func:`export_rdf` (Oxigraph's fast serialisers) both read it.
    """
    for node, attrs in graph.nodes(data=True):
        iri = str(node_iri(node))
        yield iri, _TYPE, str(_CLASS.get(attrs.get("type"), KG.Region))
        if attrs.get("type") == "article":
            yield iri, str(DCTERMS.title), _lit(attrs["name"], lang="zh")
            for key, prop in (("source", DCTERMS.source), ("outlet", KG.outlet), ("section", KG.section)):
                if key in attrs:
                    yield iri, str(prop), _lit(attrs[key])
            if "date" in attrs:
                yield iri, str(DCTERMS.date), _date(attrs["date"])
            if "url" in attrs:
                yield iri, str(KG.url), _lit(attrs["url"], _XSD + "anyURI")
            continue
        yield iri, str(SKOS.prefLabel), _lit(attrs["name"], lang="zh")
        for alias in attrs.get("aliases", []):
            yield iri, str(SKOS.altLabel), _lit(alias, lang="zh")
        if "name_en" in attrs:
            yield iri, str(SKOS.prefLabel), _lit(attrs["name_en"], lang="en")
        if "adcode" in attrs:
            yield iri, str(KG.adcode), _lit(attrs["adcode"])
            yield iri, str(KG.level), _lit(attrs["level"])
        if "parent" in attrs:
            yield iri, str(KG.parent), str(node_iri(attrs["parent"]))
        if "size" in attrs:
            yield iri, str(KG.size), _lit(attrs["size"])
        if "lng" in attrs:
            yield iri, str(KG.lng), _decimal(attrs["lng"])
            yield iri, str(KG.lat), _decimal(attrs["lat"])
            yield iri, str(KG.datum), _lit(attrs["datum"])
    for u, v, relation, attrs in graph.edges(keys=True, data=True):
        s, o, p = str(node_iri(u)), str(node_iri(v)), str(RELATION_PROPERTY[relation])
        yield s, p, o
        edge = str(_hash_iri("relationship", u, relation, v))
        yield edge, _TYPE, str(KG.Relationship)
        yield edge, str(KG.subject), s
        yield edge, str(KG.relation), p
        yield edge, str(KG.object), o
        yield edge, str(KG.weight), _int(attrs["weight"])
        yield edge, str(KG.method), _lit(attrs["method"])
        if "first_date" in attrs:
            yield edge, str(KG.firstDate), _date(attrs["first_date"])
            yield edge, str(KG.lastDate), _date(attrs["last_date"])
        for n, e in enumerate(attrs["evidence"]):
            ev = str(_hash_iri("evidence", u, relation, v, n, e["article"], e["start"], e["rule"]))
            yield edge, str(KG.evidence), ev
            yield ev, _TYPE, str(KG.Evidence)
            if e["article"]:
                # Source file, date and outlet are the article's: said once, on the article.
                yield ev, str(PROV.wasDerivedFrom), str(node_iri(f"article:{e['article']}"))
            else:
                yield ev, str(DCTERMS.source), _lit(e["source"])
            if e["sentence"]:
                yield ev, str(KG.sentence), _lit(e["sentence"], lang="zh")
            yield ev, str(KG.start), _int(e["start"])
            yield ev, str(KG.end), _int(e["end"])
            yield ev, str(KG.rule), _lit(e["rule"])
            yield ev, str(KG.method), _lit(e["method"])
        for n, q in enumerate(attrs.get("quantities", [])):
            target = str(_hash_iri("target", u, relation, v, n, q["article"], q["text"]))
            yield edge, str(KG.target), target
            yield target, _TYPE, str(KG.Target)
            yield target, str(KG.amount), _decimal(q["amount"])
            yield target, str(KG.unit), _lit(q["unit"])
            if q["year"] is not None:
                yield target, str(KG.year), _int(q["year"])
            yield target, str(KG.text), _lit(q["text"], lang="zh")
            yield target, str(PROV.wasDerivedFrom), str(node_iri(f"article:{q['article']}"))


def graph_to_rdf(graph: nx.MultiDiGraph) -> Graph:
    """The RDF mirror as an rdflib Graph (for validation, tests and rdflib users)."""
    rdf = bind_prefixes(Graph())

    def term(value):
        if isinstance(value, str):
            return URIRef(value)
        lexical, datatype, lang = value
        return Literal(lexical, lang=lang) if lang else Literal(lexical, datatype=URIRef(datatype) if datatype else None)

    for s, p, o in triples(graph):
        rdf.add((URIRef(s), URIRef(p), term(o)))
    return rdf


def export_rdf(graph: nx.MultiDiGraph) -> dict[str, str]:
    """Turtle, N-Triples and JSON-LD of the RDF mirror, written by Oxigraph; byte-stable
    because the triples come in a fixed order (no blank nodes, no sorting needed)."""
    import pyoxigraph as ox

    from kg.sparql import PREFIXES

    cache: dict[str, ox.NamedNode] = {}

    def iri(value: str):
        node = cache.get(value)
        if node is None:
            node = cache[value] = ox.NamedNode(value)
        return node

    def term(value):
        if isinstance(value, str):
            return iri(value)
        lexical, datatype, lang = value
        if lang:
            return ox.Literal(lexical, language=lang)
        return ox.Literal(lexical, datatype=iri(datatype)) if datatype else ox.Literal(lexical)

    seen = set()
    quads = []
    for s, p, o in triples(graph):
        key = (s, p, o)
        if key not in seen:  # an RDF graph is a set: the same triple said twice is one
            seen.add(key)
            quads.append(ox.Triple(iri(s), iri(p), term(o)))
    return {
        name: ox.serialize(quads, format=fmt, prefixes=PREFIXES if fmt != ox.RdfFormat.N_TRIPLES else None).decode("utf-8")
        for name, fmt in (("graph.ttl", ox.RdfFormat.TURTLE), ("graph.nt", ox.RdfFormat.N_TRIPLES), ("graph.jsonld", ox.RdfFormat.JSON_LD))
    }


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
