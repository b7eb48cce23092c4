"""Our vocabulary as a closed namespace, kept equal to ``ontology/kg.ttl`` by a test.

A typo (``KG.bakcs``) raises instead of minting a new IRI. Prefixes (the table in
:mod:`kg.namespaces`) are bound by :func:`bind_prefixes`.
"""

from __future__ import annotations

from rdflib import Graph, Namespace, URIRef
from rdflib.namespace import DefinedNamespace

from kg.namespaces import PREFIXES

__all__ = ["KG", "IND", "ID", "ORG", "GEO", "bind_prefixes", "RELATION_PROPERTY"]

IND = Namespace(PREFIXES["ind"])
ID = Namespace(PREFIXES["id"])
ORG = Namespace(PREFIXES["org"])
GEO = Namespace(PREFIXES["geo"])


class KG(DefinedNamespace):
    _NS = Namespace(PREFIXES["kg"])
    _fail = True

    # classes
    Region: URIRef
    Province: URIRef
    City: URIRef
    District: URIRef
    Zone: URIRef
    MacroRegion: URIRef
    Agency: URIRef
    Fund: URIRef
    Policy: URIRef
    Article: URIRef
    Relationship: URIRef
    Evidence: URIRef
    Mention: URIRef
    Target: URIRef
    # relations between entities
    backs: URIRef
    setsTarget: URIRef
    issues: URIRef
    targets: URIRef
    appliesTo: URIRef
    investsIn: URIRef
    locatedIn: URIRef
    establishedBy: URIRef
    jurisdiction: URIRef
    partOf: URIRef
    cooperatesWith: URIRef
    mentions: URIRef
    # relationships and evidence
    subject: URIRef
    relation: URIRef
    object: URIRef
    weight: URIRef
    confidence: URIRef
    firstDate: URIRef
    lastDate: URIRef
    method: URIRef
    evidence: URIRef
    target: URIRef
    entity: URIRef
    sentence: URIRef
    start: URIRef
    end: URIRef
    rule: URIRef
    outlet: URIRef
    amount: URIRef
    amountMax: URIRef
    unit: URIRef
    year: URIRef
    text: URIRef
    # attributes
    adcode: URIRef
    level: URIRef
    parent: URIRef
    lng: URIRef
    lat: URIRef
    datum: URIRef
    section: URIRef
    size: URIRef
    url: URIRef


#: graph relation name → property
RELATION_PROPERTY = {
    "backs": KG.backs,
    "sets_target": KG.setsTarget,
    "issues": KG.issues,
    "targets": KG.targets,
    "applies_to": KG.appliesTo,
    "invests_in": KG.investsIn,
    "located_in": KG.locatedIn,
    "established_by": KG.establishedBy,
    "jurisdiction": KG.jurisdiction,
    "part_of": KG.partOf,
    "cooperates_with": KG.cooperatesWith,
    "mentions": KG.mentions,
}


def bind_prefixes(graph: Graph) -> Graph:
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, Namespace(namespace), override=True, replace=True)
    return graph
