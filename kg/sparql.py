"""SPARQL over the exported RDF: an on-disk Oxigraph store, canned queries, remote endpoints.

``kg build`` loads ``graph.nt`` into ``exports/store/`` once; a query then opens
the store read-only and starts in well under a second (no re-parsing). Oxigraph
was chosen over rdflib's in-memory store by measurement (``benchmarks/bench_sparql.py``:
parsing the bundled Turtle into rdflib takes ~3 s before the first query).

Prefixes are bound, so queries need no PREFIX lines. Parameters of canned queries
(``--param industry=低空经济``) are resolved to entities and *bound* with SPARQL
substitutions, never pasted into the query text. ``SERVICE`` (a query reaching out
to the network) is refused unless explicitly allowed.
"""

from __future__ import annotations

import json
import re
import shutil
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from kg.errors import QueryError

__all__ = ["PREFIXES", "Canned", "canned_queries", "load_store", "run_query", "run_remote", "Results", "STORE_DIR"]

QUERIES = Path(__file__).parent / "queries"
STORE_DIR = "store"

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


@dataclass(frozen=True)
class Canned:
    name: str
    title: str
    params: tuple[tuple[str, str], ...]  # (variable, kind: entity | date | text)
    text: str


def canned_queries() -> dict[str, Canned]:
    out = {}
    for path in sorted(QUERIES.glob("*.rq")):
        text = path.read_text(encoding="utf-8")
        title = re.search(r"^#\s*title:\s*(.+)$", text, re.M)
        params = tuple((m[1], m[2]) for m in re.finditer(r"^#\s*param:\s*(\w+)\s+(\w+)\s*$", text, re.M))
        out[path.stem] = Canned(path.stem, title[1].strip() if title else path.stem, params, text)
    return out


@dataclass
class Results:
    variables: list[str]
    rows: list[dict[str, dict]]  # SPARQL 1.1 JSON results bindings

    def json(self) -> str:
        return json.dumps({"head": {"vars": self.variables}, "results": {"bindings": self.rows}}, ensure_ascii=False, sort_keys=True)

    def values(self) -> list[list[str]]:
        return [[_plain(row.get(v)) for v in self.variables] for row in self.rows]


def _plain(binding: dict | None) -> str:
    if binding is None:
        return ""
    value = binding["value"]
    if binding["type"] == "uri":
        for prefix, ns in PREFIXES.items():
            if value.startswith(ns):
                return f"{prefix}:{urllib.parse.unquote(value[len(ns):])}"
    return value


# ---------------------------------------------------------------- the store


def load_store(ntriples: Path, directory: Path) -> Path:
    """(Re)build the on-disk store from an N-Triples export, replacing the old one whole."""
    return swap_store(stage_store(ntriples, directory), directory)


def stage_store(ntriples: Path, directory: Path) -> Path:
    """Bulk-load a new store beside ``directory`` (the old one still serves); returns its folder."""
    import pyoxigraph

    tmp = directory.with_name(f".{directory.name}.tmp")
    shutil.rmtree(tmp, ignore_errors=True)
    store = pyoxigraph.Store(str(tmp))
    store.bulk_load(path=str(ntriples), format=pyoxigraph.RdfFormat.N_TRIPLES)
    store.flush()
    del store
    return tmp


def swap_store(staged: Path, directory: Path) -> Path:
    """Put a staged store in the place of the old one."""
    old = directory.with_name(f".{directory.name}.old")
    shutil.rmtree(old, ignore_errors=True)
    if directory.exists():
        directory.rename(old)
    staged.rename(directory)
    shutil.rmtree(old, ignore_errors=True)
    _open_store.cache_clear()
    return directory


def _refuse_service(query: str) -> None:
    from rdflib.plugins.sparql.parser import parseQuery

    try:
        tree = parseQuery(query)
    except Exception as exc:  # pyparsing raises its own ParseException
        raise QueryError(f"not a valid SPARQL query: {exc}") from exc
    if "ServiceGraphPattern" in repr(tree):
        raise QueryError("the query uses SERVICE, which would send requests over the network; pass --allow-service to run it")


def run_query(store_dir: Path, query: str, bindings: dict[str, str] | None = None, allow_service: bool = False) -> Results:
    """Run a SELECT/ASK query on the local store; ``bindings`` maps variables to IRIs or typed values."""
    import pyoxigraph

    if not allow_service:
        _refuse_service(_with_prefixes(query))
    store = _open_store(str(Path(store_dir).resolve()))
    substitutions = {pyoxigraph.Variable(k): _term(v) for k, v in (bindings or {}).items()}
    try:
        result = store.query(query, prefixes=PREFIXES, substitutions=substitutions or None)
    except (SyntaxError, ValueError, RuntimeError, OSError) as exc:
        raise QueryError(str(exc)) from exc
    if isinstance(result, bool):
        return Results(["ask"], [{"ask": {"type": "literal", "value": str(result).lower()}}])
    if not isinstance(result, pyoxigraph.QuerySolutions):
        raise QueryError("only SELECT and ASK queries are supported here")
    variables = [v.value for v in result.variables]
    rows = []
    for solution in result:
        row = {}
        for v in variables:
            term = solution[v]
            if term is not None:
                row[v] = _binding(term)
        rows.append(row)
    return Results(variables, rows)


@lru_cache(maxsize=4)
def _open_store(store_dir: str):
    """Open a store read-only once per process (opening costs ~25 ms; queries then take a few)."""
    import pyoxigraph

    if not Path(store_dir).exists():
        raise QueryError(f"{store_dir}: no SPARQL store there; run 'kg build' first or pass --store")
    try:
        return pyoxigraph.Store.read_only(store_dir)
    except OSError as exc:
        raise QueryError(f"{store_dir}: cannot open the store ({exc})") from exc


def _term(value):
    import pyoxigraph

    if isinstance(value, tuple):  # (lexical form, datatype IRI)
        return pyoxigraph.Literal(value[0], datatype=pyoxigraph.NamedNode(value[1]))
    return pyoxigraph.NamedNode(value)


def _binding(term) -> dict:
    import pyoxigraph

    if isinstance(term, pyoxigraph.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, pyoxigraph.Literal):
        out = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype and term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
            out["datatype"] = term.datatype.value
        return out
    return {"type": "bnode", "value": str(term)}


def _with_prefixes(query: str) -> str:
    declared = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items() if not re.search(rf"PREFIX\s+{p}:", query, re.I))
    return declared + query


# ---------------------------------------------------------------- remote endpoints


def run_remote(endpoint: str, query: str, bindings: dict[str, str] | None = None, allow_service: bool = False, timeout: float = 30) -> Results:
    """Run the same query against a SPARQL 1.1 endpoint (protocol: POST application/sparql-query).

    A remote endpoint cannot bind variables from outside, so bindings become a
    VALUES block whose terms are serialised as N-Triples terms (escaped by rdflib),
    not text spliced into the query.
    """
    if not endpoint.startswith(("http://", "https://")):
        raise QueryError(f"{endpoint}: an endpoint is an http(s) URL")
    query = _with_prefixes(query)
    if not allow_service:
        _refuse_service(query)
    if bindings:
        query = _values_block(query, bindings)
    request = urllib.request.Request(
        endpoint, data=query.encode("utf-8"), method="POST",
        headers={"Content-Type": "application/sparql-query; charset=utf-8", "Accept": "application/sparql-results+json"},
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            data = json.loads(response.read().decode("utf-8"))
    except (urllib.error.URLError, TimeoutError, json.JSONDecodeError) as exc:
        raise QueryError(f"{endpoint}: {exc}") from exc
    if "boolean" in data:
        return Results(["ask"], [{"ask": {"type": "literal", "value": str(data["boolean"]).lower()}}])
    return Results(data["head"]["vars"], data["results"]["bindings"])


def _values_block(query: str, bindings: dict[str, str]) -> str:
    from rdflib import Literal, URIRef

    names = sorted(bindings)
    terms = [Literal(v[0], datatype=URIRef(v[1])).n3() if isinstance(v, tuple) else URIRef(v).n3() for v in (bindings[n] for n in names)]
    block = f"VALUES ({' '.join('?' + n for n in names)}) {{ ({' '.join(terms)}) }}"
    where = re.search(r"WHERE\s*\{", query, re.I)
    if not where:
        raise QueryError("cannot bind parameters: the query has no WHERE clause")
    return query[: where.end()] + "\n  " + block + "\n" + query[where.end() :]
