"""Load the N-Triples export into a SPARQL server, replacing one named graph.

The file travels by the Graph Store HTTP Protocol in chunks of whole lines (PUT
the first, POST the rest), streamed from disk: a 1 GB export never sits in memory
and no request exceeds what a server takes in one body. Our exports hold no blank
nodes, so a chunk may end at any line (a file with blank nodes is refused: split
across requests they would become different nodes).

Replacing is done so that a failure is never left unnoticed: the chunks go into a
fresh staging graph, the server's triple count there must equal the number sent,
then one SPARQL 1.1 Update ``MOVE`` puts the staging graph in place of the target
(which the server empties first) and the target is counted again. Until the MOVE
the target graph is untouched; a MOVE that fails half-way (a server need not make
it atomic) shows in the second count; an error says which state the target was
left in. The counts are asked through the query endpoint, as ``kg sparql
--endpoint`` asks; they equal the lines sent because an export holds each triple
once (a file with duplicate lines fails the first count, harmlessly).

Virtuoso serves all three protocols beside its query endpoint ``…/sparql``:
``/sparql-graph-crud-auth`` (Graph Store) and ``/sparql-auth`` (Update), both
behind HTTP Digest authentication for a user with the SPARQL_UPDATE role (dba).
Other servers: pass their Graph Store and Update URLs.
"""

from __future__ import annotations

import hashlib
import os
import re
import time
import urllib.parse
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from kg.errors import EndpointError, InputError, KgError, PushError
from kg.namespaces import DEFAULT_GRAPH
from kg.sparql import run_remote

__all__ = ["DEFAULT_GRAPH", "CHUNK_BYTES", "Pushed", "push", "server_urls", "count_triples"]

CHUNK_BYTES = 4 * 1024 * 1024

_IRI = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:[^<>\"{}|^`\\\x00-\x20]+")
_BLANK_NODE = re.compile(rb"^\s*_:|\s_:[A-Za-z0-9_.-]*[A-Za-z0-9_-]\s*\.\s*$")
_FORM = "application/x-www-form-urlencoded"


@dataclass(frozen=True)
class Pushed:
    """What a push loaded: the graph, its triples (as counted on the server), requests, bytes and time."""

    endpoint: str
    graph: str
    triples: int
    chunks: int
    bytes: int
    seconds: float


def push(
    ntriples: str | Path,
    endpoint: str,
    graph: str = DEFAULT_GRAPH,
    *,
    user: str | None = None,
    password: str | None = None,
    graph_store: str | None = None,
    update: str | None = None,
    chunk_bytes: int = CHUNK_BYTES,
    timeout: float = 60,
    progress: Callable[[int, int, int], None] | None = None,
) -> Pushed:
    """Replace the named graph ``graph`` on the server of ``endpoint`` with the triples of an N-Triples file.

    ``endpoint`` is the server's SPARQL query endpoint; the Graph Store and Update
    URLs default to Virtuoso's beside it (see :func:`server_urls`). With ``user``,
    requests are signed with HTTP Digest. Every request must be answered whole within
    ``timeout`` seconds. ``progress(request, bytes sent, bytes in all)`` is called after
    each chunk. Raises :class:`PushError` saying whether the target graph was left as
    it was or may be incomplete.
    """
    path = Path(ntriples)
    if not path.is_file():
        raise InputError(path, "no such N-Triples file; run 'kg build' first")
    if not _IRI.fullmatch(graph):
        raise PushError(f"{graph!r} is not an absolute IRI; name the graph by one")
    store_url, update_url = server_urls(endpoint, graph_store, update, authenticated=user is not None)
    client = _Client(user, password, timeout)
    staging = f"{graph}/kg-push-{uuid.uuid4().hex}"
    started = time.perf_counter()
    try:
        client.authenticate(_graph_url(store_url, staging))  # a graph not there yet: the GET fetches nothing
    except KgError as exc:
        raise PushError(f"{exc}; nothing was sent: <{graph}> is as it was") from exc
    try:
        triples, chunks, size = _upload(client, store_url, staging, path, chunk_bytes, progress)
        _expect(endpoint, staging, triples, timeout)
    except KgError as exc:
        raise PushError(f"{exc}; nothing was replaced: <{graph}> is as it was{_drop(client, update_url, staging)}") from exc
    try:
        client.send(update_url, {"update": f"MOVE GRAPH <{staging}> TO GRAPH <{graph}>"})
        _expect(endpoint, graph, triples, timeout)
    except KgError as exc:
        raise PushError(f"{exc}; <{graph}> may hold only part of the new triples: push again{_drop(client, update_url, staging)}") from exc
    return Pushed(endpoint, graph, triples, chunks, size, time.perf_counter() - started)


def server_urls(endpoint: str, graph_store: str | None = None, update: str | None = None, authenticated: bool = True) -> tuple[str, str]:
    """The Graph Store and SPARQL Update URLs of a server: as given, or Virtuoso's beside ``…/sparql``.

    Authenticated: ``…/sparql-graph-crud-auth`` and ``…/sparql-auth``; anonymous:
    ``…/sparql-graph-crud`` and ``…/sparql`` (which Virtuoso opens for writing only
    when its anonymous SPARQL user has been granted SPARQL_UPDATE).
    """
    if not endpoint.startswith(("http://", "https://")):
        raise PushError(f"{endpoint}: an endpoint is an http(s) URL")
    base = endpoint.rstrip("/")
    if not (graph_store and update) and not base.endswith("/sparql"):
        raise PushError(f"{endpoint}: not a Virtuoso-style …/sparql endpoint; pass the server's Graph Store and Update URLs")
    suffix = "-auth" if authenticated else ""
    return graph_store or f"{base}-graph-crud{suffix}", update or f"{base}{suffix}"


def count_triples(endpoint: str, graph: str, timeout: float = 60) -> int:
    """How many triples the server holds in one named graph (asked as ``kg sparql --endpoint`` asks)."""
    query = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"  # ours: no SERVICE to look for
    results = run_remote(endpoint, query, allow_service=True, default_graph=graph, timeout=timeout)
    return int(results.rows[0]["n"]["value"])


def _upload(client: _Client, store_url: str, graph: str, path: Path, chunk_bytes: int, progress: Callable | None) -> tuple[int, int, int]:
    """Send the file into ``graph`` chunk by chunk; the triples, requests and bytes sent."""
    triples = chunks = size = 0
    total = path.stat().st_size
    url = _graph_url(store_url, graph)
    for body, count, lines in _chunks(path, chunk_bytes):
        try:
            client.send(url, body, method="PUT" if chunks == 0 else "POST", content_type="application/n-triples")
        except EndpointError as exc:
            raise EndpointError(exc.url, f"{exc.problem} (request {chunks + 1}, lines {lines} of {path})", exc.status) from exc
        triples, chunks, size = triples + count, chunks + 1, size + len(body)
        if progress:
            progress(chunks, size, total)
    if not triples:
        raise PushError(f"{path} holds no triples")
    return triples, chunks, size


def _graph_url(store_url: str, graph: str) -> str:
    return f"{store_url}{'&' if '?' in store_url else '?'}{urllib.parse.urlencode({'graph': graph})}"


def _chunks(path: Path, size: int) -> Iterator[tuple[bytes, int, str]]:
    """Whole lines of an N-Triples file, about ``size`` bytes at a time, each with its triples and line numbers."""
    lines: list[bytes] = []
    length = triples = number = 0
    with path.open("rb") as stream:
        for number, line in enumerate(stream, 1):
            if _BLANK_NODE.search(line):
                problem = f"line {number} has a blank node, which would split across requests; load this file with the server's bulk loader"
                raise InputError(path, problem)
            lines.append(line)
            length += len(line)
            triples += bool(line.strip()) and not line.lstrip().startswith(b"#")
            if length >= size:
                yield b"".join(lines), triples, f"{number - len(lines) + 1}-{number}"
                lines, length, triples = [], 0, 0
    if lines:
        yield b"".join(lines), triples, f"{number - len(lines) + 1}-{number}"


def _expect(endpoint: str, graph: str, triples: int, timeout: float) -> None:
    found = count_triples(endpoint, graph, timeout)
    if found != triples:
        raise PushError(f"{endpoint}: the server holds {found:,} triples in <{graph}>, {triples:,} were sent")


def _drop(client: _Client, update_url: str, staging: str) -> str:
    """Remove the staging graph after a failure; a note for the error message if that failed too."""
    try:
        client.send(update_url, {"update": f"DROP SILENT GRAPH <{staging}>"})
    except KgError as exc:
        return f" (and the staging graph <{staging}> could not be dropped: {exc})"
    return ""


class _Client:
    """HTTP requests signed from the first byte when the server wants credentials.

    urllib's auth handlers send each request unsigned, then again after the 401:
    every multi-megabyte chunk would cross the network twice. This client learns
    the server's Digest challenge once (:meth:`authenticate`) and signs every
    request with it (RFC 7616, qop=auth, as Virtuoso asks), signing again once if
    the server answers with a new challenge (an expired nonce).
    """

    def __init__(self, user: str | None, password: str | None, timeout: float) -> None:
        self.user = user
        self.password = password or ""
        self.timeout = timeout
        self.challenge: dict[str, str] | None = None
        self.uses = 0

    def authenticate(self, url: str) -> None:
        """Learn the challenge and check the credentials with a bodiless GET, before any upload.

        A server refusing a signed multi-megabyte body may close the connection before
        reading it, which reads as a network error instead of a refusal.
        """
        try:
            self.send(url, None, method="GET")
        except EndpointError as exc:
            if exc.status in (None, 401):
                raise  # unreachable or refused; any other answer (a graph not there yet: 404) lets us in

    def send(self, url: str, body: bytes | dict[str, str] | None, method: str = "POST", content_type: str = _FORM) -> None:
        """Send one request (a dict body is form-encoded); raise :class:`EndpointError` unless it succeeded."""
        from kg.http import request  # here: http.client and email take a while to import, and most commands never send

        data = urllib.parse.urlencode(body).encode("utf-8") if isinstance(body, dict) else body
        for attempt in range(2):
            headers = {"Content-Type": content_type, **self._signature(method, url)}
            try:
                answer = request(url, data, headers, method=method, timeout=self.timeout)
            except EndpointError as exc:
                raise EndpointError(_without_query(url), exc.problem, exc.status) from exc
            if answer.status < 400:
                return
            challenge = _challenge(answer) if answer.status == 401 and self.user is not None else None
            if challenge is None or attempt:
                raise self._refusal(url, answer)
            self.challenge, self.uses = challenge, 0  # first contact, or an expired nonce: sign (again)

    def _refusal(self, url: str, answer) -> EndpointError:
        from kg.http import refusal

        url = _without_query(url)
        if answer.status != 401:
            return refusal(url, answer)
        if self.user is None:
            return EndpointError(url, "the server wants credentials; pass --user and --password", 401)
        if _challenge(answer) is None:
            scheme = (answer.headers.get("WWW-Authenticate") or "other").split()[0]
            return EndpointError(url, f"the server asks for {scheme} authentication; kg speaks HTTP Digest", 401)
        return EndpointError(url, f"the server refused the credentials of user {self.user!r}", 401)

    def _signature(self, method: str, url: str) -> dict[str, str]:
        """The Authorization header for one request (none before the server asked for one)."""
        return {"Authorization": self._digest(method, url)} if self.challenge else {}

    def _digest(self, method: str, url: str) -> str:
        challenge = self.challenge
        algorithm = challenge.get("algorithm", "MD5")
        name = {"MD5": "md5", "SHA-256": "sha256"}.get(algorithm.upper())
        if name is None:
            raise EndpointError(url, f"the server asks for Digest algorithm {algorithm}; kg speaks MD5 and SHA-256")

        def digest(text: str) -> str:
            return hashlib.new(name, text.encode("utf-8")).hexdigest()

        parts = urllib.parse.urlsplit(url)
        uri = parts.path + (f"?{parts.query}" if parts.query else "")
        secret = digest(f"{self.user}:{challenge['realm']}:{self.password}")
        request = digest(f"{method}:{uri}")
        quoted = {"username": self.user, "realm": challenge["realm"], "nonce": challenge["nonce"], "uri": uri}
        fields = {k: f'"{v}"' for k, v in quoted.items()} | {"algorithm": algorithm}
        if "auth" in [q.strip() for q in challenge.get("qop", "").split(",")]:
            self.uses += 1
            count, cnonce = f"{self.uses:08x}", os.urandom(8).hex()
            response = digest(f"{secret}:{challenge['nonce']}:{count}:{cnonce}:auth:{request}")
            fields |= {"qop": "auth", "nc": count, "cnonce": f'"{cnonce}"'}
        else:
            response = digest(f"{secret}:{challenge['nonce']}:{request}")
        fields["response"] = f'"{response}"'
        if "opaque" in challenge:
            fields["opaque"] = f'"{challenge["opaque"]}"'
        return "Digest " + ", ".join(f"{k}={v}" for k, v in fields.items())


def _without_query(url: str) -> str:
    """A URL as errors name it: the staging graph's IRI in its query string would only be noise."""
    return url.split("?", 1)[0]


def _challenge(answer) -> dict[str, str] | None:
    """The fields of a Digest challenge in a 401 answer (None: no Digest challenge there)."""
    for value in answer.headers.get_all("WWW-Authenticate") or []:
        scheme, _, rest = value.strip().partition(" ")
        if scheme.lower() == "digest":
            return {k.lower(): quoted or plain for k, quoted, plain in re.findall(r'(\w+)\s*=\s*(?:"([^"]*)"|([^\s,]*))', rest)}
    return None
