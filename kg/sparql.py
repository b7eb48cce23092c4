"""SPARQL over the exported RDF: an on-disk Oxigraph store, canned queries, remote endpoints.

``kg build`` loads ``graph.nt`` into ``exports/store/`` once; a query then opens
the store read-only and starts in well under a second (no re-parsing). Oxigraph
was chosen over rdflib's in-memory store by measurement (``benchmarks/bench_query.py``:
parsing the bundled Turtle into rdflib takes ~3 s before the first query).

Prefixes are bound, so queries need no PREFIX lines. Parameters of canned queries
(``--param industry=低空经济``) are resolved to entities and *bound*: as SPARQL terms
serialised and escaped (:func:`_n3`), in the query's ``VALUES ?x { UNDEF }`` slots (and as Oxigraph
substitutions locally), never pasted into the query text. ``SERVICE`` (a query reaching out
to the network) is refused unless explicitly allowed.

Local queries run in a worker process under a deadline, a memory budget and a row
bound (:mod:`kg.sandbox`), on a store first checked against the stamp its build left
(:func:`check_store`): a damaged or stale store is one clear error, never a traceback,
a hang or the machine's memory. A remote endpoint is only ever read: a query is parsed
before anything is sent, and an update, whatever the flags, is refused; every request
has a total deadline (:mod:`kg.http`).
"""

from __future__ import annotations

import json
import re
import urllib.parse
import zlib
from pathlib import Path
from typing import NamedTuple

from kg.errors import CONTROL_CHARACTERS, EndpointError, QueryError, visible
from kg.namespaces import PREFIXES
from kg.sandbox import Limits

_XSD = "http://www.w3.org/2001/XMLSchema#"
_XSD_STRING = _XSD + "string"

__all__ = [
    "PREFIXES", "Canned", "canned_queries", "canned_query", "staged_store", "fill_store", "patch_store", "swap_store", "check_store",
    "run_query", "start_worker", "run_remote", "Results", "Limits", "STORE_DIR",
]

QUERIES = Path(__file__).parent / "queries"
STORE_DIR = "store"



class Canned(NamedTuple):
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


def canned_query(name: str) -> Canned:
    """The canned query called ``name``; a :class:`QueryError` naming the close names (or all) when there is none."""
    canned = canned_queries()
    if name in canned:
        return canned[name]
    import difflib

    close = difflib.get_close_matches(name, canned, n=3, cutoff=0.5)
    hint = f"close names: {', '.join(close)}" if close else f"the canned queries are {', '.join(canned)}"
    raise QueryError(f"no canned query is called {name!r}; {hint} (kg sparql --list)")


class Results(NamedTuple):
    """A SELECT's variables and rows (SPARQL 1.1 JSON bindings), or an ASK's answer: ``boolean``,
    and one row binding the variable ``ask`` to it, for tables."""

    variables: list[str]
    rows: list[dict[str, dict]]  # SPARQL 1.1 JSON results bindings
    boolean: bool | None = None

    @classmethod
    def ask(cls, answer: bool) -> Results:
        return cls(["ask"], [{"ask": {"type": "literal", "value": str(answer).lower(), "datatype": _XSD + "boolean"}}], answer)

    def json(self) -> str:
        """SPARQL 1.1 JSON results; characters a terminal would act on are \\u-escaped (the same JSON value)."""
        if self.boolean is not None:
            data = {"head": {}, "boolean": self.boolean}
        else:
            data = {"head": {"vars": self.variables}, "results": {"bindings": self.rows}}
        return _json_safe(json.dumps(data, ensure_ascii=False, sort_keys=True))

    def values(self) -> list[list[str]]:
        """Every row's values exactly as the engine gave them (IRIs whole): for CSV and programs."""
        return [[row[v]["value"] if v in row else "" for v in self.variables] for row in self.rows]

    def cells(self) -> list[list[str]]:
        """Every row's values for reading in a terminal: IRIs under a bound prefix shortened to
        ``prefix:local`` (percent-escapes of non-ASCII characters shown as the characters, the
        others kept, so what is shown is still the IRI), control characters made visible."""
        return [[visible(_compact(row.get(v))) for v in self.variables] for row in self.rows]


def _compact(binding: dict | None) -> str:
    if binding is None:
        return ""
    value = binding["value"]
    if binding["type"] == "uri":
        for prefix, ns in PREFIXES.items():
            if value.startswith(ns):
                return f"{prefix}:{_NON_ASCII_ESCAPES.sub(_unquote, value[len(ns):])}"
        return f"<{value}>"
    return value


# Percent-escapes of UTF-8 sequences that start with a byte >= 0x80: non-ASCII characters,
# which an IRI may hold as they are; an escaped ASCII character ("%22", "%3E") stays escaped.
_NON_ASCII_ESCAPES = re.compile(r"(?:%[89A-Fa-f][0-9A-Fa-f])+")


def _unquote(escapes: re.Match) -> str:
    text = urllib.parse.unquote(escapes[0], errors="strict") if _decodes(escapes[0]) else escapes[0]
    return "".join(c if c.isprintable() else urllib.parse.quote(c) for c in text)


def _decodes(escapes: str) -> bool:
    try:
        bytes.fromhex(escapes.replace("%", "")).decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _json_safe(text: str) -> str:
    """JSON text in which the control characters json.dumps leaves raw (DEL, C1, bidi controls)
    are written as JSON escapes (U+202E as ``\\u202e``): the same JSON value, safe in a terminal."""
    return CONTROL_CHARACTERS.sub(lambda m: f"\\u{ord(m[0]):04x}", text)


# ---------------------------------------------------------------- the store


def staged_store(directory: Path) -> Path:
    """Where a new store is built beside ``directory`` while the old one still serves."""
    return directory.with_name(f".{directory.name}.tmp")


#: N-Triples bulk-loaded per call: Oxigraph's bulk loader holds about its input's size again in memory,
#: so a large export is loaded in slices (measured, 100× graph of 865 MB: 2.4 GB in one call, 0.7 GB in slices).
LOAD_SLICE = 64 * 2**20
#: Slices bulk-loaded at once, each in a thread of its own (Oxigraph releases the GIL while it loads): when
#: the build's other processes are done, the rest of a large load uses both cores of a 2-core machine.
LOAD_THREADS = 2

#: The file in a store folder recording what the store was built from and each of its files (see :func:`check_store`).
STAMP = "kg-stamp.json"


def fill_store(ntriples: Path, directory: Path, done: int | None = None) -> None:
    """Bulk-load an N-Triples file into a new store at ``directory`` (anything there is replaced),
    in slices of whole lines (our exports have no blank nodes, so a slice may end at any line),
    and stamp it (:data:`STAMP`) with the file it was loaded from and its own files.

    With ``done`` (see :class:`kg.export.GrowingFile`) the file may still be being written:
    each slice is loaded as soon as it is complete, :data:`LOAD_THREADS` at a time (the store
    holds the same triples whatever the order its slices are loaded in). Parsed leniently (IRIs not re-validated):
    the file is our own writer's, whose terms are escaped as Oxigraph's own (property-tested).
    """
    import io
    import shutil
    import threading
    from concurrent.futures import ThreadPoolExecutor

    import pyoxigraph

    from kg.export import GrowingFile

    shutil.rmtree(directory, ignore_errors=True)
    store = pyoxigraph.Store(str(directory))
    lines = open(ntriples, "rb") if done is None else io.BufferedReader(GrowingFile(ntriples, done), 2**20)
    crc = 0
    free = threading.Semaphore(LOAD_THREADS)  # slices read and not loaded yet: at most one per thread
    loading: list = []

    def load(chunk: bytes) -> None:
        try:
            store.bulk_load(input=chunk, format=pyoxigraph.RdfFormat.N_TRIPLES, lenient=True)
        finally:
            free.release()

    with lines, ThreadPoolExecutor(LOAD_THREADS) as pool:
        while True:
            free.acquire()
            for future in [f for f in loading if f.done()]:
                loading.remove(future)
                future.result()  # a slice that failed stops the load here
            chunk = lines.read(LOAD_SLICE)
            if not chunk:
                free.release()
                break
            chunk += lines.readline()
            crc = zlib.crc32(chunk, crc)
            loading.append(pool.submit(load, chunk))
            del chunk
        for future in loading:
            future.result()
    store.flush()
    del store  # closed before anyone renames or opens the folder
    _stamp_store(directory, ntriples, crc)


def _stamp_store(directory: Path, ntriples: Path, crc: int, previous: dict | None = None) -> None:
    """Write the store's stamp; a file with the size and time ``previous`` recorded (a hard link
    to the previous store's) keeps its checksum."""
    info = Path(ntriples).stat()  # complete: its writer has exited (done) or it was complete from the start
    files = {}
    for path in sorted(directory.iterdir()):
        if path.name.startswith("LOG") or path.name == STAMP:
            continue
        known = (previous or {}).get(path.name)
        stat = path.stat()
        files[path.name] = known if known and (known["size"], known["mtime_ns"]) == (stat.st_size, stat.st_mtime_ns) else _fingerprint(path)
    stamp = {"source": {"size": info.st_size, "mtime_ns": info.st_mtime_ns, "crc32": crc}, "files": files}
    (directory / STAMP).write_text(json.dumps(stamp, indent=1, sort_keys=True), encoding="utf-8")


def patch_store(previous: Path, directory: Path, removals: bytes, additions: bytes, ntriples: Path) -> None:
    """A new store at ``directory``: the one at ``previous`` (copied with hard links: its files
    are never changed in place) less the N-Triples ``removals``, plus ``additions``; stamped
    with ``ntriples``, the new graph.nt (complete, staged to replace the one beside ``previous``)."""
    import io
    import shutil

    import pyoxigraph

    shutil.rmtree(directory, ignore_errors=True)
    old = pyoxigraph.Store.read_only(str(previous))
    old.backup(str(directory))
    del old
    store = pyoxigraph.Store(str(directory))
    for triple in pyoxigraph.parse(input=io.BytesIO(removals), format=pyoxigraph.RdfFormat.N_TRIPLES, lenient=True):
        store.remove(pyoxigraph.Quad(triple.subject, triple.predicate, triple.object, pyoxigraph.DefaultGraph()))
    store.bulk_load(input=additions, format=pyoxigraph.RdfFormat.N_TRIPLES, lenient=True)
    store.flush()
    del store
    try:
        recorded = json.loads((previous / STAMP).read_text(encoding="utf-8"))["files"]
    except (OSError, ValueError, KeyError):
        recorded = None
    _stamp_store(directory, ntriples, _crc32(ntriples), recorded)


def _fingerprint(path: Path) -> dict:
    info = path.stat()
    return {"size": info.st_size, "mtime_ns": info.st_mtime_ns, "crc32": _crc32(path)}


def _crc32(path: Path) -> int:
    crc = 0
    with path.open("rb") as stream:
        while block := stream.read(2**22):
            crc = zlib.crc32(block, crc)
    return crc


def _differs(path: Path, recorded: dict) -> bool:
    """Does the file differ from its stamp? Size and time decide at once; equal size but another
    time (a copy) is settled by the checksum."""
    info = path.stat()
    if info.st_size != recorded["size"]:
        return True
    return info.st_mtime_ns != recorded["mtime_ns"] and _crc32(path) != recorded["crc32"]


def swap_store(staged: Path, directory: Path) -> Path:
    """Put a staged store in the place of the old one."""
    from kg.export import swap_directory
    from kg.sandbox import stop_all

    swap_directory(staged, directory)
    stop_all(directory.resolve())  # a worker of this process would still read the old one
    return directory


def check_store(directory: Path) -> None:
    """Raise :class:`QueryError`, naming the file and the fix, unless the store at ``directory`` is
    there and as its build left it.

    A build stamps its store (:data:`STAMP`): every file's size, time and checksum, and those of
    the ``graph.nt`` it was loaded from. A store file changed since (damaged: the engine might
    read garbage, or only fail on the queries that touch the damaged part) or a ``graph.nt``
    beside the store that is not the one it was loaded from (a build interrupted between
    renaming the exports and swapping the store in) is refused. The engine's log files are
    not data and are left out. A store without a stamp (made by hand) is taken as it is.
    """
    fix = "run 'kg build' again"
    if not directory.is_dir():
        if staged_store(directory).exists() or directory.with_name(f".{directory.name}.old").exists():
            raise QueryError(f"{directory}: no SPARQL store there: a build was interrupted while replacing it; {fix}")
        raise QueryError(f"{directory}: no SPARQL store there; run 'kg build' first or pass --store")
    stamp_path = directory / STAMP
    if not stamp_path.exists():
        return
    try:
        stamp = json.loads(stamp_path.read_text(encoding="utf-8"))
        files, source = dict(stamp["files"]), stamp["source"]
    except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError) as exc:
        raise QueryError(f"{stamp_path}: the store's stamp is damaged ({exc}); {fix}") from exc
    for name, recorded in sorted(files.items()):
        path = directory / name
        try:
            changed = _differs(path, recorded)
        except FileNotFoundError:
            raise QueryError(f"{path}: missing from the SPARQL store; {fix}") from None
        except (OSError, KeyError, TypeError) as exc:
            raise QueryError(f"{path}: cannot check this file of the SPARQL store ({exc}); {fix}") from exc
        if changed:
            raise QueryError(f"{path}: changed since kg build wrote it, the SPARQL store is damaged; {fix}")
    ntriples = directory.parent / "graph.nt"
    try:
        stale = ntriples.exists() and _differs(ntriples, source)
    except (OSError, KeyError, TypeError) as exc:
        raise QueryError(f"{ntriples}: cannot compare it with the SPARQL store ({exc}); {fix}") from exc
    if stale:
        problem = f"the SPARQL store was not loaded from the {ntriples.name} beside it (a build was interrupted?)"
        raise QueryError(f"{directory}: {problem}; {fix}")


def start_worker(store_dir: Path, limits: Limits = Limits()) -> None:
    """Start the worker process that :func:`run_query` will use on this store with these limits now, so
    that it opens the store while the caller does other work (a missing store is left for
    :func:`run_query` to report)."""
    from kg import sandbox

    store = Path(store_dir).resolve()
    if store.is_dir():
        sandbox.start(store, limits)


def run_query(
    store_dir: Path,
    query: str,
    bindings: dict[str, str | tuple[str, str]] | None = None,
    allow_service: bool = False,
    limits: Limits = Limits(),
) -> Results:
    """Run a SELECT or ASK query on the local store; ``bindings`` maps variables to IRIs or
    ``(lexical form, datatype IRI)`` literals.

    The query runs in a worker process under ``limits`` (see :mod:`kg.sandbox`); the store is
    checked first (:func:`check_store`). Errors are :class:`QueryError`: a syntax error with its
    line and column in ``query`` as given, an update or a CONSTRUCT/DESCRIBE refused, a limit
    reached, or the store missing or damaged (naming the file and saying to build again).
    """
    from kg import sandbox

    if not allow_service and _may_use_service(query):  # only then parse, to be sure
        _check_parsed(query, allow_service=False)
    store = Path(store_dir).resolve()
    check_store(store)
    try:
        answer = sandbox.run(store, _fill_slots(query, bindings or {}), PREFIXES, bindings or {}, limits)
    except sandbox.BadSyntax as exc:
        _refuse_update(query)
        raise QueryError(f"not a valid SPARQL query: {exc}") from exc
    if answer.boolean is not None:
        return Results.ask(answer.boolean)
    return Results(answer.variables, answer.rows)


# SERVICE as a keyword: not a variable (?service), nor part of a prefixed name or blank node label (kg:service, service:x).
_SERVICE = re.compile(r"(?<![\w?$:])SERVICE(?![\w:])", re.I)


def _may_use_service(query: str) -> bool:
    r"""Whether ``query`` may hold a SERVICE clause, told without parsing it: the keyword outside its
    strings, IRIs and comments (what :data:`_LEXEME` finds). False means it holds none; True, that
    only a parse can say (also a query with codepoint escapes, ``\u0053ERVICE``, which SPARQL reads
    before anything else).

    >>> _may_use_service('SELECT * WHERE { ?s ?p "SERVICE <http://example.org/> { }" } # service')
    False
    >>> _may_use_service("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }")
    True
    """
    lowered = query.lower()
    if "\\u" in lowered:
        return True
    return "service" in lowered and _SERVICE.search(_LEXEME.sub(" ", query)) is not None


def _check_parsed(query: str, allow_service: bool) -> None:
    """Parse ``query`` (rdflib's SPARQL grammar) and refuse, before it runs: an update, a query that
    is not SELECT or ASK, and SERVICE unless allowed. Syntax errors say where in ``query``."""
    from pyparsing import ParseException
    from rdflib.plugins.sparql.parser import parseQuery

    text, added = _with_prefixes(query), _added_lines(query)
    try:
        tree = parseQuery(text)
    except ParseException as exc:
        _refuse_update(query)
        line = exc.lineno - added
        near = exc.line[exc.col - 1:][:40].strip()
        raise QueryError(f"not a valid SPARQL query: line {line}, column {exc.col}: {exc.msg}{f' near {near!r}' if near else ''}") from exc
    form = tree[1].name
    if form not in ("SelectQuery", "AskQuery"):
        raise QueryError(f"{form.removesuffix('Query').upper()} queries are not supported here: kg sparql answers SELECT and ASK queries")
    if not allow_service and _uses_service(tree):
        raise QueryError("the query uses SERVICE, which would send requests over the network; pass --allow-service to run it")


def _refuse_update(query: str) -> None:
    """Raise :class:`QueryError` if ``query`` parses as a SPARQL Update (by the grammar, not by its words)."""
    from pyparsing import ParseException
    from rdflib.plugins.sparql.parser import parseUpdate

    try:
        update = parseUpdate(_with_prefixes(query))
    except (ParseException, RecursionError):
        return
    if update.request:  # the empty text is an empty update, not one
        operations = sorted({_UPDATE_NAMES.get(op.name, op.name) for op in update.request})
        raise QueryError(
            f"the text is a SPARQL Update ({', '.join(operations)}), not a query: kg sparql only reads, it never changes a store"
        )


_UPDATE_NAMES = {
    "Load": "LOAD", "Clear": "CLEAR", "Drop": "DROP", "Create": "CREATE", "Add": "ADD", "Move": "MOVE", "Copy": "COPY",
    "InsertData": "INSERT DATA", "DeleteData": "DELETE DATA", "DeleteWhere": "DELETE WHERE", "Modify": "DELETE/INSERT",
}


def _uses_service(node) -> bool:
    """Is there a SERVICE pattern anywhere in rdflib's parse tree (not just the word in a literal or IRI)?"""
    from rdflib.plugins.sparql.parserutils import CompValue

    if isinstance(node, CompValue):
        return node.name == "ServiceGraphPattern" or any(_uses_service(value) for value in node.values())
    if isinstance(node, (list, tuple)) or type(node).__name__ == "ParseResults":
        return any(_uses_service(item) for item in node)
    return False


def _fill_slots(query: str, bindings: dict) -> str:
    """Fill the query's parameter slots (``VALUES ?x { UNDEF }``) with the bound terms.

    The substitutions bind the variables; the filled slots let Oxigraph plan from them
    (it orders its joins from a VALUES block, not from substitutions — measured on the
    100× benchmark graph: industries_backed_by_region 1.2 s → 17 ms). Terms are
    serialised and escaped by :func:`_n3`, never pasted.
    """

    def fill(slot: re.Match) -> str:
        names = re.findall(r"\?(\w+)", slot[1])
        if not set(names) <= set(bindings):
            return slot[0]
        terms = " ".join(_n3(bindings[name]) for name in names)
        return f"VALUES ({' '.join('?' + name for name in names)}) {{ ({terms}) }}"

    return _SLOT.sub(fill, query) if bindings else query


def _n3(value) -> str:
    """A bound value as a SPARQL term: an IRI, or ``(lexical form, datatype IRI)`` for a typed literal.

    The literal's quote, backslash and line breaks are escaped (what SPARQL's ``STRING_LITERAL2``
    forbids unescaped); an IRI with a character an ``IRIREF`` cannot hold is refused.
    """
    if isinstance(value, tuple):
        lexical = value[0].replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
        return f'"{lexical}"^^{_iri(value[1])}'
    return _iri(value)


_NOT_IN_IRI = re.compile(r'[<>"{}|^`\\\x00-\x20]')


def _iri(iri: str) -> str:
    if _NOT_IN_IRI.search(iri):
        raise QueryError(f"{iri!r} cannot be bound as an IRI: it holds a space, a control character or one of <>\"{{}}|^`\\")
    return f"<{iri}>"


def _with_prefixes(query: str) -> str:
    """``query`` after a PREFIX line for each bound prefix it does not declare itself."""
    return "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in _missing_prefixes(query)) + query


def _added_lines(query: str) -> int:
    return len(_missing_prefixes(query))


def _missing_prefixes(query: str) -> list[tuple[str, str]]:
    return [(p, ns) for p, ns in PREFIXES.items() if not re.search(rf"PREFIX\s+{p}:", query, re.I)]


# ---------------------------------------------------------------- remote endpoints


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
    bindings: dict[str, str | tuple[str, str]] | None = None,
    allow_service: bool = False,
    timeout: float = Limits().timeout,
    default_graph: str | None = None,
    max_rows: int = Limits().max_rows,
) -> Results:
    """Run the same query against a SPARQL 1.1 endpoint (protocol: query via URL-encoded POST).

    The query is parsed first and only a SELECT or ASK query is ever sent: an update is
    refused whatever the flags (``allow_service`` allows SERVICE and nothing else). Every
    request must be answered whole within ``timeout`` seconds; an answer of more than
    ``max_rows`` rows is an error.

    A remote endpoint cannot bind variables from outside, so bindings become a
    VALUES block whose terms are serialised as N-Triples terms (escaped by :func:`_n3`),
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
    _check_parsed(query, allow_service)
    query = _with_prefixes(query)
    if bindings:
        query = _values_block(query, bindings)
    data, cap = _ask(endpoint, query, default_graph, timeout)
    if "boolean" in data:
        return Results.ask(bool(data["boolean"]))
    results = _results(endpoint, data)
    if cap is not None and len(results.rows) >= cap:
        results = _all_pages(endpoint, query, results.variables, cap, default_graph, timeout, max_rows)
    if len(results.rows) > max_rows:
        raise _too_many(endpoint, max_rows)
    return results


def _too_many(endpoint: str, max_rows: int) -> QueryError:
    return QueryError(f"{endpoint}: the answer has more than {max_rows:,} rows (--max-rows); narrow the query (LIMIT) or raise --max-rows")


def _ask(endpoint: str, query: str, default_graph: str | None, timeout: float) -> tuple[dict, int | None]:
    """POST one query; its JSON answer and the row cap the server says it applied (None: not capped).

    URL-encoded, not ``application/sparql-query``: Virtuoso 7.2 never answers the
    latter (openlink/virtuoso-opensource#842); every SPARQL 1.1 server takes the former.
    """
    from kg.http import refusal, request  # here: http.client and email take a while to import, and most queries are local

    form = {"query": query, **({"default-graph-uri": default_graph} if default_graph else {})}
    headers = {"Content-Type": "application/x-www-form-urlencoded", "Accept": "application/sparql-results+json"}
    answer = request(endpoint, urllib.parse.urlencode(form).encode("utf-8"), headers, timeout=timeout)
    if answer.status >= 400:
        raise refusal(endpoint, answer)
    if answer.headers.get("X-SQL-State"):
        cause = answer.headers.get("X-SQL-Message") or answer.headers["X-SQL-State"]
        raise EndpointError(endpoint, f"the server cut the answer short ({cause}); narrow the query or raise the server's time limit")
    try:
        data = json.loads(answer.body.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise EndpointError(endpoint, f"the answer is not SPARQL JSON results ({exc})") from exc
    if not isinstance(data, dict) or not ("boolean" in data or isinstance(data.get("results"), dict)):
        raise EndpointError(endpoint, "the answer is not SPARQL JSON results (no boolean, no results)")
    cap = answer.headers.get("X-SPARQL-MaxRows", "")
    return data, int(cap) if cap.isdigit() else None


def _results(endpoint: str, data: dict) -> Results:
    try:
        rows = [{v: _normalised(b) for v, b in row.items()} for row in data["results"]["bindings"]]
        variables = [str(v) for v in data["head"]["vars"]]
        if not all(isinstance(b.get("value"), str) and isinstance(b.get("type"), str) for row in rows for b in row.values()):
            raise TypeError("a binding without a type and a value")
    except (KeyError, TypeError, AttributeError) as exc:
        raise EndpointError(endpoint, f"the answer is not SPARQL JSON results ({exc})") from exc
    return Results(variables, rows)


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


def _all_pages(
    endpoint: str, query: str, variables: list[str], cap: int, default_graph: str | None, timeout: float, max_rows: int
) -> Results:
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
        batch = _results(endpoint, _ask(endpoint, page, default_graph, timeout)[0]).rows
        rows += batch
        if len(rows) > max_rows:
            raise _too_many(endpoint, max_rows)
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
