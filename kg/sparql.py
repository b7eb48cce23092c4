"""SPARQL over the exported RDF: an on-disk Oxigraph store, canned queries, remote endpoints.

``kg build`` loads ``graph.nt`` into ``exports/store/`` once; a query then opens
the store read-only and starts in well under a second (no re-parsing). Oxigraph
was chosen over rdflib's in-memory store by measurement (``benchmarks/bench_query.py``:
parsing the bundled Turtle into rdflib takes ~3 s before the first query).

Prefixes are bound, so queries need no PREFIX lines. Parameters of canned queries
(``--param industry=低空经济``) are resolved to entities and *bound*: as SPARQL terms
serialised by rdflib, in the query's ``VALUES ?x { UNDEF }`` slots (and as Oxigraph
substitutions locally), never pasted into the query text. ``SERVICE`` (a query reaching out
to the network) is refused unless explicitly allowed.
"""

from __future__ import annotations

import json
import re
import shutil
import urllib.parse
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from kg.errors import EndpointError, QueryError
from kg.namespaces import PREFIXES

__all__ = ["PREFIXES", "Canned", "canned_queries", "staged_store", "fill_store", "swap_store", "run_query", "run_remote", "endpoint_error", "Results", "STORE_DIR"]

QUERIES = Path(__file__).parent / "queries"
STORE_DIR = "store"



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


def staged_store(directory: Path) -> Path:
    """Where a new store is built beside ``directory`` while the old one still serves."""
    return directory.with_name(f".{directory.name}.tmp")


#: N-Triples bulk-loaded per call: Oxigraph's bulk loader holds about its input's size again in memory,
#: so a large export is loaded in slices (measured, 100× graph of 865 MB: 2.4 GB in one call, 0.7 GB in slices).
LOAD_SLICE = 64 * 2**20


def fill_store(ntriples: Path, directory: Path, done: int | None = None) -> None:
    """Bulk-load an N-Triples file into a new store at ``directory`` (anything there is replaced),
    in slices of whole lines (our exports have no blank nodes, so a slice may end at any line).

    With ``done`` (see :class:`kg.export.GrowingFile`) the file may still be being written:
    each slice is loaded as soon as it is complete. Parsed leniently (IRIs not re-validated):
    the file is our own writer's, whose terms are escaped as Oxigraph's own (property-tested).
    """
    import io

    import pyoxigraph

    from kg.export import GrowingFile

    shutil.rmtree(directory, ignore_errors=True)
    store = pyoxigraph.Store(str(directory))
    lines = open(ntriples, "rb") if done is None else io.BufferedReader(GrowingFile(ntriples, done), 2**20)
    with lines:
        while chunk := lines.read(LOAD_SLICE):
            store.bulk_load(input=chunk + lines.readline(), format=pyoxigraph.RdfFormat.N_TRIPLES, lenient=True)
    store.flush()
    del store  # closed before anyone renames or opens the folder


def swap_store(staged: Path, directory: Path) -> Path:
    """Put a staged store in the place of the old one."""
    from kg.export import swap_directory

    swap_directory(staged, directory)
    _open_store.cache_clear()  # a store opened in this process is the old one
    return directory


def _refuse_service(query: str) -> None:
    from rdflib.plugins.sparql.parser import parseQuery

    try:
        tree = parseQuery(query)
    except Exception as exc:  # pyparsing raises its own ParseException
        raise QueryError(f"not a valid SPARQL query: {exc}") from exc
    if _uses_service(tree):
        raise QueryError("the query uses SERVICE, which would send requests over the network; pass --allow-service to run it")


def _uses_service(node) -> bool:
    """Is there a SERVICE pattern anywhere in rdflib's parse tree (not just the word in a literal or IRI)?"""
    from rdflib.plugins.sparql.parserutils import CompValue

    if isinstance(node, CompValue):
        return node.name == "ServiceGraphPattern" or any(_uses_service(value) for value in node.values())
    if isinstance(node, (list, tuple)) or type(node).__name__ == "ParseResults":
        return any(_uses_service(item) for item in node)
    return False


def run_query(store_dir: Path, query: str, bindings: dict[str, str] | None = None, allow_service: bool = False) -> Results:
    """Run a SELECT/ASK query on the local store; ``bindings`` maps variables to IRIs or typed values."""
    import pyoxigraph

    if not allow_service:
        _refuse_service(_with_prefixes(query))
    store = _open_store(str(Path(store_dir).resolve()))
    substitutions = {pyoxigraph.Variable(k): _term(v) for k, v in (bindings or {}).items()}
    try:
        result = store.query(_fill_slots(query, bindings or {}), prefixes=PREFIXES, substitutions=substitutions or None)
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


def _fill_slots(query: str, bindings: dict) -> str:
    """Fill the query's parameter slots (``VALUES ?x { UNDEF }``) with the bound terms.

    The substitutions bind the variables; the filled slots let Oxigraph plan from them
    (it orders its joins from a VALUES block, not from substitutions — measured on the
    100× benchmark graph: industries_backed_by_region 1.2 s → 17 ms). Terms are
    serialised by rdflib (escaped), never pasted.
    """

    def fill(slot: re.Match) -> str:
        names = re.findall(r"\?(\w+)", slot[1])
        if not set(names) <= set(bindings):
            return slot[0]
        terms = " ".join(_n3(bindings[name]) for name in names)
        return f"VALUES ({' '.join('?' + name for name in names)}) {{ ({terms}) }}"

    return _SLOT.sub(fill, query) if bindings else query


def _n3(value) -> str:
    """A bound value as a SPARQL term: an IRI, or ``(lexical form, datatype IRI)`` for a typed literal."""
    from rdflib import Literal, URIRef

    return Literal(value[0], datatype=URIRef(value[1])).n3() if isinstance(value, tuple) else URIRef(value).n3()


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

_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"

# What paging must see through: strings, IRIs and comments (a "}" or "#" inside them is neither brace
# nor comment) and braces; and the prologue's PREFIX/BASE lines, which a subquery cannot hold.
_LEXEME = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"""' r"|'''(?:[^'\\]|\\.|'(?!''))*'''"
    r'|"(?:[^"\\\n]|\\.)*"' r"|'(?:[^'\\\n]|\\.)*'"
    r'|<[^<>"{}|^`\\\x00-\x20]*>|#[^\n]*|[{}]'
)
_PROLOGUE = re.compile(r"(?:\s*(?:PREFIX\s+[\w.-]*:\s*<[^>]*>|BASE\s*<[^>]*>))*\s*", re.I)
_SLICE = re.compile(r"(?:\s*\b(?:LIMIT|OFFSET)\s+\d+)+\s*$", re.I)
# A parameter's slot in a canned query: VALUES ?x { UNDEF } or VALUES (?x ?y) { (UNDEF UNDEF) }.
_SLOT = re.compile(r"VALUES\s*(\?\w+|\((?:\s*\?\w+)+\s*\))\s*\{\s*(?:UNDEF|\((?:\s*UNDEF)+\s*\))\s*\}", re.I)


def run_remote(
    endpoint: str,
    query: str,
    bindings: dict[str, str] | None = None,
    allow_service: bool = False,
    timeout: float = 30,
    default_graph: str | None = None,
) -> Results:
    """Run the same query against a SPARQL 1.1 endpoint (protocol: query via URL-encoded POST).

    A remote endpoint cannot bind variables from outside, so bindings become a
    VALUES block whose terms are serialised as N-Triples terms (escaped by rdflib),
    not text spliced into the query.

    ``default_graph`` is sent as the protocol's ``default-graph-uri``: the query sees
    that named graph alone (Virtuoso's default graph also holds the server's own
    system triples). A server that caps result sets (Virtuoso's ``ResultSetMaxRows``,
    10,000 by default, announced by an ``X-SPARQL-MaxRows`` header on an answer that
    reached it) is read again page by page, so no row is lost; an answer the server
    marks incomplete (Virtuoso's "anytime" timeout) is an error, never a result.
    """
    if not endpoint.startswith(("http://", "https://")):
        raise QueryError(f"{endpoint}: an endpoint is an http(s) URL")
    query = _with_prefixes(query)
    if not allow_service:
        _refuse_service(query)
    if bindings:
        query = _values_block(query, bindings)
    data, cap = _ask(endpoint, query, default_graph, timeout)
    if "boolean" in data:
        return Results(["ask"], [{"ask": {"type": "literal", "value": str(data["boolean"]).lower()}}])
    results = _results(data)
    if cap is not None and len(results.rows) >= cap:
        results = _all_pages(endpoint, query, results.variables, cap, default_graph, timeout)
    return results


def endpoint_error(url: str, exc: Exception) -> EndpointError:
    """A failed request in the server's own words: the HTTP status and the start of its message."""
    import urllib.error

    if isinstance(exc, urllib.error.HTTPError):
        body = exc.read().decode("utf-8", "replace")
        message = " ".join(re.sub(r"<[^>]+>", " ", body).split())
        return EndpointError(url, message[:400] or str(exc.reason), exc.code)
    return EndpointError(url, f"cannot reach the server ({getattr(exc, 'reason', exc)})")


def _ask(endpoint: str, query: str, default_graph: str | None, timeout: float) -> tuple[dict, int | None]:
    """POST one query; its JSON answer and the row cap the server says it applied (None: not capped).

    URL-encoded, not ``application/sparql-query``: Virtuoso 7.2 never answers the
    latter (openlink/virtuoso-opensource#842); every SPARQL 1.1 server takes the former.
    """
    import urllib.error  # here: http.client and email take a while to import, and most queries are local
    import urllib.request

    form = {"query": query, **({"default-graph-uri": default_graph} if default_graph else {})}
    request = urllib.request.Request(
        endpoint, data=urllib.parse.urlencode(form).encode("utf-8"), method="POST",
        headers={"Content-Type": "application/x-www-form-urlencoded", "Accept": "application/sparql-results+json"},
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            body, headers = response.read(), response.headers
    except (urllib.error.URLError, OSError) as exc:
        raise endpoint_error(endpoint, exc) from exc
    if headers.get("X-SQL-State"):
        cause = headers.get("X-SQL-Message") or headers["X-SQL-State"]
        raise EndpointError(endpoint, f"the server cut the answer short ({cause}); narrow the query or raise the server's time limit")
    try:
        data = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise EndpointError(endpoint, f"the answer is not SPARQL JSON results ({exc})") from exc
    cap = headers.get("X-SPARQL-MaxRows", "")
    return data, int(cap) if cap.isdigit() else None


def _results(data: dict) -> Results:
    rows = [{v: _normalised(b) for v, b in row.items()} for row in data["results"]["bindings"]]
    return Results(data["head"]["vars"], rows)


def _normalised(binding: dict) -> dict:
    """The SPARQL 1.1 JSON form the local store gives, whichever server answered.

    Virtuoso still writes the 2005 draft's ``"typed-literal"``; a literal typed
    xsd:string is the same term as a plain one (RDF 1.1), which the store writes plain.
    """
    if binding.get("type") == "typed-literal":
        binding = {**binding, "type": "literal"}
    if binding.get("datatype") == _XSD_STRING:
        binding = {k: v for k, v in binding.items() if k != "datatype"}
    return binding


def _all_pages(endpoint: str, query: str, variables: list[str], cap: int, default_graph: str | None, timeout: float) -> Results:
    """Every row of a SELECT the server capped, read in pages of at most ``cap`` rows.

    Pages partition the answer only if each run orders it the same way, so the
    query's own ORDER BY gets every projected variable appended as a tie-breaker
    (rows that still tie are identical). The ordered query runs as a subquery with
    LIMIT/OFFSET outside it: Virtuoso refuses an ORDER BY whose OFFSET + LIMIT
    exceeds the cap (error SR353), and keeps the subquery's order.
    """
    prologue, ordered, offset, limit = _paging_plan(query, variables)
    projection = " ".join(f"?{v}" for v in variables)
    rows: list[dict] = []
    while limit is None or len(rows) < limit:
        size = cap if limit is None else min(cap, limit - len(rows))
        page = f"{prologue}SELECT {projection} WHERE {{ {{ {ordered} }} }} LIMIT {size} OFFSET {offset + len(rows)}"
        batch = _results(_ask(endpoint, page, default_graph, timeout)[0]).rows
        rows += batch
        if len(batch) < size:
            break
    return Results(variables, rows)


def _paging_plan(query: str, variables: list[str]) -> tuple[str, str, int, int | None]:
    """Split a SELECT into its prologue, the query totally ordered without its slice, its OFFSET and its LIMIT."""
    query = _LEXEME.sub(lambda m: "" if m[0].startswith("#") else m[0], query)
    start = _PROLOGUE.match(query).end()
    prologue, body = query[:start], query[start:]
    modifiers = max((m.end() for m in _LEXEME.finditer(body) if m[0] == "}"), default=0)
    head, tail = body[:modifiers], body[modifiers:]
    given = {"LIMIT": None, "OFFSET": 0}
    cut = _SLICE.search(tail)
    if cut:
        for keyword, number in re.findall(r"\b(LIMIT|OFFSET)\s+(\d+)", cut[0], re.I):
            given[keyword.upper()] = int(number)
        tail = tail[: cut.start()]
    keys = " ".join(f"?{v}" for v in variables)
    tail = f"{tail} {keys}" if re.search(r"\bORDER\s+BY\b", tail, re.I) else f"{tail} ORDER BY {keys}"
    return prologue, head + tail, given["OFFSET"], given["LIMIT"]


def _values_block(query: str, bindings: dict[str, str]) -> str:
    """Bind parameters with a VALUES block opening every WHERE clause, subqueries' included.

    A subquery is evaluated before the outer query binds anything: bound only outside,
    ``compare_regions`` would group every region with ?region_b unbound where the
    local store, whose substitutions reach into subqueries, sums per region pair.
    The query's own slots for the parameters (``VALUES ?x { UNDEF }``, which the
    local store fills in place) are dropped: joining one all-UNDEF row changes
    nothing, and Virtuoso cannot follow ``kg:partOf*`` from a variable bound only by
    such a slot (it answers nothing, or fails with error TR…); filled in place
    instead, inside a UNION, Virtuoso hands the IRIs back as plain literals.
    """
    names = sorted(bindings)
    terms = [_n3(bindings[n]) for n in names]
    block = f"VALUES ({' '.join('?' + n for n in names)}) {{ ({' '.join(terms)}) }}"
    query = _SLOT.sub(lambda slot: "" if set(re.findall(r"\?(\w+)", slot[1])) <= set(names) else slot[0], query)
    bound, found = re.subn(r"WHERE\s*\{", lambda where: f"{where[0]}\n  {block}\n", query, flags=re.I)
    if not found:
        raise QueryError("cannot bind parameters: the query has no WHERE clause")
    return bound
