"""The graph ⇄ RDF under our ontology, and deterministic serialisations.

Every node becomes a resource with a stable IRI (a region's contains its adcode,
``id/region/440300``); every edge becomes both a direct triple (``440300 kg:backs
ind:low-altitude-economy``, for simple SPARQL) and a ``kg:Relationship`` resource
carrying its weight, confidence, dates, quantified targets and ``kg:Evidence`` (each
``prov:wasDerivedFrom`` its article). A ``mentions`` edge (article → entity) is the
direct triple and its evidence, one ``kg:Mention`` per place the article names the
entity: its weight (1), dates (the article's), method and confidence (the linker's) follow from
that, and mentions are most of a graph's edges. No blank nodes: the same graph
always gives the same bytes. :func:`graph_from_rdf` reads it back without loss.
"""

from __future__ import annotations

import hashlib
import io
import re
from decimal import Decimal
from pathlib import Path
from typing import BinaryIO, TextIO
from urllib.parse import unquote

import networkx as nx
from rdflib import RDF, Graph, URIRef
from rdflib.namespace import DCTERMS, PROV, SKOS

from kg.graph import edge_attributes, evidence_order, quantity_order
from kg.namespaces import iri_of_node
from kg.ontology import ID, IND, KG, RELATION_PROPERTY, bind_prefixes

__all__ = ["node_iri", "iri_node", "node_ntriples", "edge_ntriples", "node_blocks", "edge_blocks", "write_ntriples", "convert_ntriples", "CONVERTED", "graph_to_rdf", "graph_from_rdf"]

_CLASS = {
    "province": KG.Province, "city": KG.City, "district": KG.District, "zone": KG.Zone, "macro_region": KG.MacroRegion,
    "agency": KG.Agency, "fund": KG.Fund, "policy": KG.Policy, "article": KG.Article, "industry": SKOS.Concept,
}
_TYPE_OF_CLASS = {v: k for k, v in _CLASS.items()}
_RELATION_OF = {v: k for k, v in RELATION_PROPERTY.items()}


def node_iri(node: str) -> URIRef:
    """The IRI of a graph node (:func:`kg.namespaces.iri_of_node`)."""
    return URIRef(iri_of_node(node))


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


def _hashed(kind: str, *parts: object) -> str:
    """The N-Triples term of a resource named by a digest of what identifies it (an edge's
    Relationship, its n-th Evidence …): deterministic, and the same whoever builds it."""
    digest = hashlib.sha1("\x1f".join(map(str, parts)).encode()).hexdigest()[:16]
    return f"<{ID}{kind}/{digest}>"


_XSD = "http://www.w3.org/2001/XMLSchema#"


def _u(iri) -> str:
    """An IRI as an N-Triples term."""
    return f"<{iri}>"


# Every predicate and class the mirror uses, as N-Triples terms, formatted once.
_TYPE, _PREF, _ALT, _TITLE, _DATE, _SOURCE, _DERIVED = map(
    _u, (RDF.type, SKOS.prefLabel, SKOS.altLabel, DCTERMS.title, DCTERMS.date, DCTERMS.source, PROV.wasDerivedFrom)
)
_K = {name: _u(KG[name]) for name in (
    "outlet", "section", "url", "adcode", "level", "parent", "size", "lng", "lat", "datum", "Relationship", "subject",
    "relation", "object", "weight", "method", "firstDate", "lastDate", "evidence", "Evidence", "sentence", "start", "end",
    "rule", "target", "Target", "amount", "amountMax", "unit", "confidence", "year", "text", "Region", "Mention", "entity",
)}
_CLASS_TERM = {kind: _u(cls) for kind, cls in _CLASS.items()}
_RELATION_TERM = {relation: _u(prop) for relation, prop in RELATION_PROPERTY.items()}
_ARTICLE_FIELDS = ((("source", _SOURCE), ("outlet", _K["outlet"]), ("section", _K["section"])))

# N-Triples escapes, as Oxigraph writes them (so our files and its serialisers agree byte for byte).
_ECHAR = {"\b": "\\b", "\t": "\\t", "\n": "\\n", "\f": "\\f", "\r": "\\r", '"': '\\"', "\\": "\\\\"}
_NEEDS_ESCAPE = re.compile(r'[\x00-\x1f\x7f"\\]')


def _escape_char(match: re.Match) -> str:
    char = match[0]
    return _ECHAR.get(char) or f"\\u{ord(char):04X}"


def _lit(value, datatype: str | None = None, lang: str | None = None) -> str:
    """A literal as an N-Triples term."""
    text = str(value)
    if _NEEDS_ESCAPE.search(text):
        text = _NEEDS_ESCAPE.sub(_escape_char, text)
    if lang:
        return f'"{text}"@{lang}'
    return f'"{text}"^^<{datatype}>' if datatype else f'"{text}"'


def _zh(value: str) -> str:
    return _lit(value, lang="zh")


def _int(value: int) -> str:
    return f'"{int(value)}"^^<{_XSD}integer>'


def _decimal(value: float) -> str:
    return _lit(Decimal(str(value)), _XSD + "decimal")


def _date(value: str) -> str:
    return _lit(value, _XSD + "date")


def _ntriples(graph: nx.MultiDiGraph):
    """Every triple of the RDF mirror as N-Triples lines, in a fixed order (a piece may hold several).

    The one place the mapping graph → RDF is written: :func:`write_ntriples` writes
    the lines, :func:`graph_to_rdf` parses them with rdflib. Each triple
    is said once (ids are injective and evidence is numbered), so no set is needed
    to deduplicate, which keeps a large export streaming in constant memory.
    """
    iri = _iri_terms()
    for node, attrs in graph.nodes(data=True):
        yield from node_ntriples(node, attrs, iri)
    for u, v, relation, attrs in graph.edges(keys=True, data=True):
        yield from edge_ntriples(u, v, relation, attrs, graph.nodes[u], iri)


def _iri_terms():
    """A memoised node id → N-Triples IRI term."""
    iris: dict[str, str] = {}

    def iri(node: str) -> str:
        term = iris.get(node)
        if term is None:
            term = iris[node] = _u(node_iri(node))
        return term

    return iri


def node_ntriples(node: str, attrs: dict, iri=None):
    """The triples of one node (one subject: one Turtle or JSON-LD block)."""
    iri = iri or _iri_terms()
    s = iri(node)
    kind = attrs.get("type")
    yield f"{s} {_TYPE} {_CLASS_TERM.get(kind, _K['Region'])} .\n"
    if kind == "article":
        yield f"{s} {_TITLE} {_zh(attrs['name'])} .\n"
        for key, prop in _ARTICLE_FIELDS:
            if key in attrs:
                yield f"{s} {prop} {_lit(attrs[key])} .\n"
        if "date" in attrs:
            yield f"{s} {_DATE} {_date(attrs['date'])} .\n"
        if "url" in attrs:
            yield f"{s} {_K['url']} {_lit(attrs['url'], _XSD + 'anyURI')} .\n"
        return
    yield f"{s} {_PREF} {_zh(attrs['name'])} .\n"
    for alias in attrs.get("aliases", []):
        yield f"{s} {_ALT} {_zh(alias)} .\n"
    if "name_en" in attrs:
        yield f"{s} {_PREF} {_lit(attrs['name_en'], lang='en')} .\n"
    if "adcode" in attrs:
        yield f"{s} {_K['adcode']} {_lit(attrs['adcode'])} .\n"
        yield f"{s} {_K['level']} {_lit(attrs['level'])} .\n"
    if "parent" in attrs:
        yield f"{s} {_K['parent']} {iri(attrs['parent'])} .\n"
    if "size" in attrs:
        yield f"{s} {_K['size']} {_lit(attrs['size'])} .\n"
    if "lng" in attrs:
        yield f"{s} {_K['lng']} {_decimal(attrs['lng'])} .\n"
        yield f"{s} {_K['lat']} {_decimal(attrs['lat'])} .\n"
        yield f"{s} {_K['datum']} {_lit(attrs['datum'])} .\n"


def edge_ntriples(u: str, v: str, relation: str, attrs: dict, article_attrs: dict, iri=None):
    """The triples of one edge (``article_attrs``: its subject's node attributes, for a mention)."""
    iri = iri or _iri_terms()
    s, o, p = iri(u), iri(v), _RELATION_TERM[relation]
    yield f"{s} {p} {o} .\n"
    if relation == "mentions":
        yield from _mentions(s, o, u, v, attrs, article_attrs)
        return
    edge = _hashed("relationship", u, relation, v)
    yield f"{edge} {_TYPE} {_K['Relationship']} .\n"
    yield f"{edge} {_K['subject']} {s} .\n"
    yield f"{edge} {_K['relation']} {p} .\n"
    yield f"{edge} {_K['object']} {o} .\n"
    yield f"{edge} {_K['weight']} {_int(attrs['weight'])} .\n"
    yield f"{edge} {_K['method']} {_lit(attrs['method'])} .\n"
    yield f"{edge} {_K['confidence']} {_decimal(attrs['confidence'])} .\n"
    if "first_date" in attrs:
        yield f"{edge} {_K['firstDate']} {_date(attrs['first_date'])} .\n"
        yield f"{edge} {_K['lastDate']} {_date(attrs['last_date'])} .\n"
    for n, e in enumerate(attrs["evidence"]):
        ev = _hashed("evidence", u, relation, v, n, e["article"], e["start"], e["rule"])
        yield f"{edge} {_K['evidence']} {ev} .\n"
        yield f"{ev} {_TYPE} {_K['Evidence']} .\n"
        if e["article"]:
            # Source file, date and outlet are the article's: said once, on the article.
            yield f"{ev} {_DERIVED} {iri('article:' + e['article'])} .\n"
        else:
            yield f"{ev} {_SOURCE} {_lit(e['source'])} .\n"
        if e["sentence"]:
            yield f"{ev} {_K['sentence']} {_zh(e['sentence'])} .\n"
        yield f"{ev} {_K['start']} {_int(e['start'])} .\n"
        yield f"{ev} {_K['end']} {_int(e['end'])} .\n"
        yield f"{ev} {_K['rule']} {_lit(e['rule'])} .\n"
        yield f"{ev} {_K['method']} {_lit(e['method'])} .\n"
    for n, q in enumerate(attrs.get("quantities", [])):
        target = _hashed("target", u, relation, v, n, q["article"], q["text"])
        yield f"{edge} {_K['target']} {target} .\n"
        yield f"{target} {_TYPE} {_K['Target']} .\n"
        yield f"{target} {_K['amount']} {_decimal(q['amount'])} .\n"
        if q.get("amount_max") is not None:
            yield f"{target} {_K['amountMax']} {_decimal(q['amount_max'])} .\n"
        yield f"{target} {_K['unit']} {_lit(q['unit'])} .\n"
        if q["year"] is not None:
            yield f"{target} {_K['year']} {_int(q['year'])} .\n"
        yield f"{target} {_K['text']} {_zh(q['text'])} .\n"
        yield f"{target} {_DERIVED} {iri('article:' + q['article'])} .\n"


def node_blocks(attrs: dict, fmt: str) -> int:
    """How many blocks Oxigraph writes for a node in ``fmt`` (TURTLE or JSON_LD): one, but a JSON-LD
    object cannot hold skos:prefLabel twice, so the English label after the aliases starts another."""
    return 2 if fmt == "JSON_LD" and attrs.get("aliases") and "name_en" in attrs else 1


def edge_blocks(relation: str, attrs: dict) -> int:
    """How many runs of triples with one subject :func:`edge_ntriples` writes for an edge (Turtle
    and JSON-LD write one block per run): the direct triple; for a mention, one per kg:Mention;
    else the Relationship with its first evidence link, then evidence and targets in turns."""
    if relation == "mentions":
        return 1 + len(attrs["evidence"])
    return 1 + 2 * len(attrs["evidence"]) + 2 * len(attrs.get("quantities", ()))


def _mentions(article: str, entity: str, u: str, v: str, attrs: dict, article_attrs: dict):
    """The kg:Mention resources standing for a ``mentions`` edge (see the module's docstring)."""
    fields = {"article": u.split(":", 1)[1], **{k: article_attrs[k] for k in ("source", "date", "outlet") if k in article_attrs}}
    evidence = list(attrs["evidence"])  # read once (a built graph's evidence makes its dicts on each read)
    read_back = [_mention_record(fields, e["sentence"], e["start"], e["end"], e["rule"]) for e in evidence]
    if read_back != evidence or edge_attributes("mentions", read_back, []) != {**attrs, "evidence": evidence}:
        raise ValueError(f"the mentions edge {u} → {v} is not one article's linked mentions: its RDF would lose something")
    for n, e in enumerate(evidence):
        mention = _hashed("mention", u, v, n, e["start"], e["rule"])
        yield (
            f"{mention} {_TYPE} {_K['Mention']} .\n"
            f"{mention} {_K['entity']} {entity} .\n"
            f"{mention} {_DERIVED} {article} .\n"
            f"{mention} {_K['text']} {_zh(e['sentence'])} .\n"
            f"{mention} {_K['start']} {_int(e['start'])} .\n"
            f"{mention} {_K['end']} {_int(e['end'])} .\n"
            f"{mention} {_K['rule']} {_lit(e['rule'])} .\n"
        )  # a mention's seven triples at once: mentions are most of a large graph's triples


def _mention_record(article_fields: dict, text: str, start: int, end: int, rule: str) -> dict:
    """A mention as the graph's evidence: what it says of its article is the article's; the linker found it."""
    return {**article_fields, "sentence": text, "start": start, "end": end, "rule": rule, "method": "linker"}


def write_ntriples(graph: nx.MultiDiGraph, handle: TextIO) -> None:
    """Stream the RDF mirror into ``handle`` as N-Triples, one line per triple."""
    handle.writelines(_ntriples(graph))


def graph_to_rdf(graph: nx.MultiDiGraph) -> Graph:
    """The RDF mirror as an rdflib Graph (for validation, tests and rdflib users)."""
    buffer = io.StringIO()
    write_ntriples(graph, buffer)
    return bind_prefixes(Graph()).parse(data=buffer.getvalue(), format="nt")


#: The other RDF exports, converted from the N-Triples by Oxigraph's serialisers.
CONVERTED = {"graph.ttl": "TURTLE", "graph.jsonld": "JSON_LD"}


def convert_ntriples(ntriples: BinaryIO | Path, output: BinaryIO | Path, format_name: str) -> None:
    """Re-serialise an N-Triples stream as Turtle or JSON-LD, streaming, in the same triple
    order (so the output is as byte-stable as the input). Given paths, Oxigraph reads and
    writes the files itself (a fifth less CPU than through Python file objects)."""
    import pyoxigraph as ox

    from kg.namespaces import PREFIXES

    fmt = getattr(ox.RdfFormat, format_name)
    source = {"path": str(ntriples)} if isinstance(ntriples, Path) else {"input": ntriples}
    # lenient: the file is our own writer's, whose terms are escaped as Oxigraph's own (property-tested).
    triples = ox.parse(**source, format=ox.RdfFormat.N_TRIPLES, lenient=True)
    ox.serialize(triples, output=str(output) if isinstance(output, Path) else output, format=fmt, prefixes=PREFIXES)


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
        attrs: dict = {"relation": relation, "weight": int(_one(rdf, edge, KG.weight)), "method": str(_one(rdf, edge, KG.method)),
                       "confidence": float(_one(rdf, edge, KG.confidence))}
        evidence = [_evidence(rdf, ev) for ev in rdf.objects(edge, KG.evidence)]
        attrs["evidence"] = sorted(evidence, key=evidence_order)
        if _one(rdf, edge, KG.firstDate) is not None:
            attrs["first_date"] = str(_one(rdf, edge, KG.firstDate))
            attrs["last_date"] = str(_one(rdf, edge, KG.lastDate))
        quantities = [_quantity(rdf, t) for t in rdf.objects(edge, KG.target)]
        if quantities:
            attrs["quantities"] = sorted(quantities, key=quantity_order)
        graph.add_edge(u, v, key=relation, **attrs)
    mentions: dict[tuple[str, str], list[dict]] = {}
    for mention in rdf.subjects(RDF.type, KG.Mention):
        article = _one(rdf, mention, PROV.wasDerivedFrom)
        key = (iri_node(article), iri_node(_one(rdf, mention, KG.entity)))
        mentions.setdefault(key, []).append(_mention(rdf, mention, article))
    for (u, v), evidence in sorted(mentions.items()):
        graph.add_edge(u, v, key="mentions", **edge_attributes("mentions", evidence, []))
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
    if article is None:  # from the knowledge base, not an article
        e = {"article": "", "source": str(_one(rdf, ev, DCTERMS.source))}
    else:
        e = _article_fields(rdf, article)
    e.update(sentence=str(sentence) if sentence is not None else "", method=str(_one(rdf, ev, KG.method)), **_span(rdf, ev))
    return e


def _mention(rdf: Graph, mention, article) -> dict:
    span = _span(rdf, mention)
    return _mention_record(_article_fields(rdf, article), str(_one(rdf, mention, KG.text)), span["start"], span["end"], span["rule"])


def _article_fields(rdf: Graph, article) -> dict:
    """What evidence says of its article: said once, on the article."""
    e = {"article": iri_node(article).split(":", 1)[1], "source": str(_one(rdf, article, DCTERMS.source))}
    for key, prop in (("date", DCTERMS.date), ("outlet", KG.outlet)):
        value = _one(rdf, article, prop)
        if value is not None:
            e[key] = str(value)
    return e


def _span(rdf: Graph, ev) -> dict:
    return {"start": int(_one(rdf, ev, KG.start)), "end": int(_one(rdf, ev, KG.end)), "rule": str(_one(rdf, ev, KG.rule))}


def _quantity(rdf: Graph, target) -> dict:
    year = _one(rdf, target, KG.year)
    upper = _one(rdf, target, KG.amountMax)
    return {
        "amount": float(_one(rdf, target, KG.amount)),
        **({"amount_max": float(upper)} if upper is not None else {}),
        "unit": str(_one(rdf, target, KG.unit)),
        "year": int(year) if year is not None else None,
        "text": str(_one(rdf, target, KG.text)),
        "article": iri_node(_one(rdf, target, PROV.wasDerivedFrom)).split(":", 1)[1],
    }
