"""The RDF mirror: closed namespace = ontology, lossless round trip, SHACL, stable bytes."""

from __future__ import annotations

from pathlib import Path

import io

import pytest
import rdflib
from hypothesis import given
from hypothesis import strategies as st
from rdflib.namespace import RDF

from kg.ontology import KG, RELATION_PROPERTY
import rdflib.compare

from kg.rdf import CONVERTED, convert_ntriples, graph_from_rdf, graph_to_rdf, iri_node, node_iri, write_ntriples

ONTOLOGY = Path(__file__).parents[1] / "ontology"


@pytest.fixture(scope="module")
def graph(bundled_build):
    return bundled_build[0].graph


@pytest.fixture(scope="module")
def rdf(graph):
    return graph_to_rdf(graph)


def test_closed_namespace_equals_the_ontology():
    ontology = rdflib.Graph().parse(ONTOLOGY / "kg.ttl")
    ns = str(KG._NS)
    defined = {str(s)[len(ns) :] for s in ontology.subjects() if str(s).startswith(ns)}
    in_code = set(KG.__annotations__)
    assert defined == in_code
    with pytest.raises(AttributeError):
        KG.bakcs  # noqa: B018 - a typo must fail, not mint an IRI
    assert set(RELATION_PROPERTY.values()) <= {KG[t] for t in in_code}


@pytest.mark.parametrize("node", ["440300", "zone:coop_qianhai", "macro:yrd", "agency:miit", "agency:440300:economy_and_it",
                                  "industry:low-altitude-economy", "fund:440300:20+8高端装备基金", "policy:关于《若干措施》的通知 (2024/01)", "article:abc123"])
def test_iris_are_stable_and_invertible(node):
    iri = node_iri(node)
    assert iri_node(iri) == node
    assert str(iri).isascii()
    assert node_iri(node) == iri


def test_region_iri_contains_its_adcode():
    assert str(node_iri("440300")).endswith("/region/440300")


def test_round_trip_is_lossless(graph, rdf):
    back = graph_from_rdf(rdf)
    assert dict(back.nodes(data=True)) == dict(graph.nodes(data=True))
    assert {(u, v, k): d for u, v, k, d in back.edges(keys=True, data=True)} == {(u, v, k): d for u, v, k, d in graph.edges(keys=True, data=True)}


def test_no_blank_nodes(rdf):
    assert not any(isinstance(term, rdflib.BNode) for triple in rdf for term in triple)


def test_every_edge_has_evidence_derived_from_its_article(rdf):
    for edge in rdf.subjects(RDF.type, KG.Relationship):
        evidence = list(rdf.objects(edge, KG.evidence))
        assert evidence
        relation = rdf.value(edge, KG.relation)
        assert relation != KG.mentions
        if relation not in (KG.partOf,):
            assert all(rdf.value(e, rdflib.namespace.PROV.wasDerivedFrom) is not None for e in evidence)
    mentioned = {(rdf.value(m, rdflib.namespace.PROV.wasDerivedFrom), rdf.value(m, KG.entity)) for m in rdf.subjects(RDF.type, KG.Mention)}
    assert set(rdf.subject_objects(KG.mentions)) == mentioned


def test_a_mentions_edge_rdf_cannot_hold_is_refused():
    """A mentions edge is written as its kg:Mention resources alone; one whose weight, dates,
    method or confidence do not follow from them would be lost, so the writer says so instead."""
    import networkx as nx

    graph = nx.MultiDiGraph()
    graph.add_node("article:a1", type="article", name="t", source="f.txt", date="2024-01-02")
    graph.add_node("440300", type="city", name="深圳市")
    evidence = [{"article": "a1", "source": "f.txt", "sentence": "深圳", "start": 3, "end": 5, "date": "2024-01-02", "rule": "region_short", "method": "linker"}]
    from kg.confidence import confidence

    graph.add_edge("article:a1", "440300", key="mentions", relation="mentions", weight=1, method="linker", confidence=confidence("region_short", "linker"),
                   first_date="2024-01-02", last_date="2024-01-02", evidence=evidence)
    assert graph_from_rdf(graph_to_rdf(graph)).edges["article:a1", "440300", "mentions"] == graph.edges["article:a1", "440300", "mentions"]
    graph.edges["article:a1", "440300", "mentions"]["weight"] = 2
    with pytest.raises(ValueError, match="article:a1 → 440300"):
        graph_to_rdf(graph)


def _validate(rdf):
    import pyshacl

    shapes = rdflib.Graph().parse(ONTOLOGY / "shapes.ttl")
    ontology = rdflib.Graph().parse(ONTOLOGY / "kg.ttl")
    conforms, _, text = pyshacl.validate(rdf, shacl_graph=shapes, ont_graph=ontology, inference="none")
    return conforms, text


def test_exports_pass_the_shacl_shapes(rdf):
    conforms, text = _validate(rdf)
    assert conforms, text[:2000]


def test_the_shapes_catch_a_broken_graph(rdf):
    broken = rdflib.Graph()
    for triple in rdf:
        broken.add(triple)
    shenzhen = node_iri("440300")
    broken.remove((shenzhen, KG.adcode, None))
    broken.add((node_iri("fund:440300:高端装备基金"), KG.backs, node_iri("440300")))
    conforms, text = _validate(broken)
    assert not conforms
    assert "adcode" in text and "backs" in text


def test_every_export_parses_back_to_the_graph(graph, rdf, tmp_path):
    """The files a build writes (our N-Triples, Oxigraph's Turtle and JSON-LD converted from it)
    hold exactly the triples of the mirror, and reading one back gives the graph without loss."""
    ntriples = tmp_path / "graph.nt"
    with open(ntriples, "w", encoding="utf-8") as handle:
        write_ntriples(graph, handle)
    files = {"graph.nt": ntriples}
    for name, fmt in CONVERTED.items():
        with open(ntriples, "rb") as source, open(tmp_path / name, "wb") as handle:
            convert_ntriples(source, handle, fmt)
        files[name] = tmp_path / name
    for name, fmt in (("graph.ttl", "turtle"), ("graph.nt", "nt"), ("graph.jsonld", "json-ld")):
        again = rdflib.Graph().parse(files[name], format=fmt)
        assert rdflib.compare.isomorphic(again, rdf), name
    back = graph_from_rdf(rdflib.Graph().parse(files["graph.ttl"], format="turtle"))
    assert {(u, v, k): d for u, v, k, d in back.edges(keys=True, data=True)} == {(u, v, k): d for u, v, k, d in graph.edges(keys=True, data=True)}


def test_every_triple_is_written_once(graph):
    """The writer streams without a set to deduplicate: the mapping must never say a triple twice."""
    buffer = io.StringIO()
    write_ntriples(graph, buffer)
    lines = buffer.getvalue().splitlines()
    assert len(lines) == len(set(lines))


@given(st.text())
def test_literals_are_escaped_as_oxigraph_escapes_them(text):
    """Our N-Triples writer and Oxigraph's agree on every string, control characters included."""
    import pyoxigraph as ox

    from kg.rdf import _lit

    assert _lit(text, lang="zh") == str(ox.Literal(text, language="zh"))
    assert _lit(text) == str(ox.Literal(text))




def test_a_mentions_edge_whose_rdf_would_lose_something_is_refused():
    """A mention's RDF holds its text, offsets and rule; the rest must be its article's and the linker's."""
    from kg.graph import edge_attributes
    from kg.rdf import edge_ntriples

    article = {"type": "article", "name": "标题", "source": "f.txt", "date": "2024-01-05"}
    said = {"article": "a1", "source": "f.txt", "sentence": "深圳", "start": 0, "end": 2, "date": "2024-01-05", "rule": "linker_exact", "method": "linker"}
    assert list(edge_ntriples("article:a1", "440300", "mentions", edge_attributes("mentions", [said], []), article))
    for evidence in ({**said, "method": "rule"}, {**said, "outlet": "深圳特区报"}, {**said, "date": "2024-02-01"}):
        with pytest.raises(ValueError, match="would lose something"):
            list(edge_ntriples("article:a1", "440300", "mentions", edge_attributes("mentions", [evidence], []), article))
    with pytest.raises(ValueError, match="would lose something"):
        list(edge_ntriples("article:a1", "440300", "mentions", {**edge_attributes("mentions", [said], []), "weight": 2}, article))
