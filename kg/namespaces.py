"""The RDF namespaces of the graph and their prefixes, as plain strings.

One table for every place that needs them: rdflib graphs (:func:`kg.ontology.bind_prefixes`),
SPARQL queries and Oxigraph's serialisers (:mod:`kg.sparql`). No imports: the query
commands read it without loading rdflib.
"""

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
