"""The RDF namespaces of the graph and their prefixes, as plain strings.

One table for every place that needs them: rdflib graphs (:func:`kg.ontology.bind_prefixes`),
SPARQL queries and Oxigraph's serialisers (:mod:`kg.sparql`), and how a node's IRI is
made (:func:`iri_of_node`). Only the standard library: the query commands read it
without loading rdflib.
"""

from urllib.parse import quote

PREFIXES = {
    "kg": "https://w3id.org/kg-regional-policy/ontology#",
    "ind": "https://w3id.org/kg-regional-policy/industry/",
    "id": "https://w3id.org/kg-regional-policy/id/",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "prov": "http://www.w3.org/ns/prov#",
    "dcterms": "http://purl.org/dc/terms/",
    "org": "http://www.w3.org/ns/org#",
    "geo": "http://www.opengis.net/ont/geosparql#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}

#: The named graph ``kg push`` loads the exports into (and ``kg sparql --endpoint`` queries by default).
DEFAULT_GRAPH = "https://w3id.org/kg-regional-policy/graph"

#: Node id prefix → the path under the ``id:`` namespace its IRIs take.
_ID_PATH = {"zone": "zone", "macro": "macro", "agency": "agency", "fund": "fund", "policy": "policy", "article": "article"}


def iri_of_node(node: str) -> str:
    """The IRI of a graph node (ids are injective, so IRIs are too): ``id:region/440300``,
    ``ind:robots``, ``id:agency/440300/economy_and_it`` (each part percent-encoded), else ``id:node/…``.

    >>> iri_of_node("industry:robots")
    'https://w3id.org/kg-regional-policy/industry/robots'
    """
    if node.isdigit():
        return f"{PREFIXES['id']}region/{node}"
    kind, _, rest = node.partition(":")
    if kind == "industry":
        return PREFIXES["ind"] + rest
    if kind in _ID_PATH:
        return f"{PREFIXES['id']}{_ID_PATH[kind]}/" + "/".join(quote(part, safe="") for part in rest.split(":"))
    return f"{PREFIXES['id']}node/" + quote(node, safe="")
