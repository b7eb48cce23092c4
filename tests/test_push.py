"""kg push and kg sparql --endpoint against a real SPARQL server: a private Virtuoso on loopback.

The server is Debian's ``virtuoso-t`` (package virtuoso-opensource-7-bin, installed by
scripts/test when run as root), started here with its own database in a temporary
folder, bound to 127.0.0.1 on free ports, with Virtuoso's default cap of 10,000 rows
per answer; it is stopped and its files removed after the module. Without the
binary those tests are skipped. Paging is also checked without Virtuoso, on a
loopback endpoint over the local store that caps its answers the same way.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.errors import KgError, PushError
from kg.push import DEFAULT_GRAPH, count_triples, push
from kg.sparql import canned_queries, run_query, run_remote

CAP = 10_000  # Virtuoso's default ResultSetMaxRows, kept in the test server's ini
PARAMS = {
    "agencies_policies_industry": ["industry=低空经济"],
    "articles_mentioning": ["entity=深圳"],
    "compare_regions": ["region_a=北京", "region_b=上海"],
    "edge_evidence": ["subject=深圳", "object=新能源汽车"],
    "funds_investing_in_industry": ["industry=工业母机"],  # no fund invests in 低空经济
    "industries_backed_by_region": ["region=深圳"],
    "regions_backing_industry": ["industry=低空经济"],
    "targets_by_industry": ["industry=低空经济"],
}
ORDERED_BEYOND_CAP = "SELECT ?s ?p ?o WHERE { ?s ?p ?o FILTER isIRI(?o) } ORDER BY ?s ?p ?o"

INI = """\
[Database]
DatabaseFile = {folder}/virtuoso.db
ErrorLogFile = {folder}/virtuoso.log
LockFile = {folder}/virtuoso.lck
TransactionFile = {folder}/virtuoso.trx
xa_persistent_file = {folder}/virtuoso.pxa
MaxCheckpointRemap = 2000
Striping = 0
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = {folder}/virtuoso-temp.db
TransactionFile = {folder}/virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping = 0

[Parameters]
ServerPort = 127.0.0.1:{sql_port}
DisableUnixSocket = 1
MaxClientConnections = 10
CheckpointInterval = 60
CaseMode = 2
DirsAllowed = {folder}
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000

[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerRoot = {folder}
ServerThreads = 10
MaxClientConnections = 10
Charset = UTF-8

[SPARQL]
ResultSetMaxRows = {cap}
MaxQueryExecutionTime = 120
"""


@dataclass(frozen=True)
class Server:
    endpoint: str
    user: str
    password: str


@pytest.fixture(scope="module")
def exports(bundled_build):
    return bundled_build[1]


@pytest.fixture(scope="module")
def virtuoso(tmp_path_factory):
    """A private Virtuoso on loopback (user dba, password dba: a fresh database's)."""
    binary = shutil.which("virtuoso-t")
    if binary is None:
        pytest.skip("Virtuoso is not installed (Debian: apt-get install virtuoso-opensource-7-bin; scripts/test does it when run as root)")
    folder = tmp_path_factory.mktemp("virtuoso")
    sql_port, http_port = _free_ports(2)
    (folder / "virtuoso.ini").write_text(INI.format(folder=folder, sql_port=sql_port, http_port=http_port, cap=CAP))
    with (folder / "stdout.log").open("wb") as log:
        process = subprocess.Popen(
            [binary, "+foreground", "+configfile", str(folder / "virtuoso.ini")],
            cwd=folder, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
        )
    endpoint = f"http://127.0.0.1:{http_port}/sparql"
    try:
        _wait_until_ready(endpoint, process, folder)
        yield Server(endpoint, "dba", "dba")
    finally:
        _stop(process)
        shutil.rmtree(folder, ignore_errors=True)


def _free_ports(n: int) -> list[int]:
    sockets = [socket.socket() for _ in range(n)]
    try:
        for s in sockets:
            s.bind(("127.0.0.1", 0))
        return [s.getsockname()[1] for s in sockets]
    finally:
        for s in sockets:
            s.close()


def _wait_until_ready(endpoint: str, process: subprocess.Popen, folder: Path, timeout: float = 90) -> None:
    """Poll the SPARQL endpoint until it answers; fail with the server's log if it dies or never does."""
    deadline = time.monotonic() + timeout
    probe = f"{endpoint}?{urllib.parse.urlencode({'query': 'ASK {}'})}"
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"virtuoso-t exited with {process.returncode}:\n{_log_tail(folder)}")
        try:
            with urllib.request.urlopen(probe, timeout=2):
                return
        except (urllib.error.URLError, OSError):
            time.sleep(0.3)
    pytest.fail(f"Virtuoso did not answer on {endpoint} within {timeout:.0f} s:\n{_log_tail(folder)}")


def _log_tail(folder: Path) -> str:
    return "\n".join(
        path.read_text(errors="replace")[-2000:] for path in (folder / "virtuoso.log", folder / "stdout.log") if path.exists()
    )


def _stop(process: subprocess.Popen) -> None:
    """SIGTERM makes Virtuoso shut down cleanly in about a second; SIGKILL if it does not."""
    for sig, grace in ((signal.SIGTERM, 30), (signal.SIGKILL, 10)):
        if process.poll() is None:
            os.killpg(process.pid, sig)
            with contextlib.suppress(subprocess.TimeoutExpired):
                process.wait(grace)


@pytest.fixture(scope="module")
def pushed(virtuoso, exports):
    """The bundled graph, pushed once into the default named graph."""
    return push(exports / "graph.nt", virtuoso.endpoint, user=virtuoso.user, password=virtuoso.password)


# ---------------------------------------------------------------- comparing answers


def _invoke(*args: str, env: dict | None = None):
    return CliRunner().invoke(main, list(args), env=env, catch_exceptions=False)


def _canned(exports, name: str, *extra: str) -> dict:
    params = [arg for p in PARAMS[name] for arg in ("--param", p)]
    result = _invoke("sparql", name, *params, "--format", "json", "--graph", str(exports / "graph.json"), *extra)
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def assert_same_answers(query: str, local: dict, remote: dict) -> None:
    """Same variables, same rows (a multiset), and rows in the same order of the query's ORDER BY keys.

    Rows that tie on every ORDER BY key may come in any order, so only the keys'
    sequence is compared in order.
    """
    assert remote["head"]["vars"] == local["head"]["vars"]
    concatenated = re.findall(r"GROUP_CONCAT\s*\(.*?\)\s*AS\s*\?(\w+)", query, re.I | re.S)
    local_rows = [_comparable(row, concatenated) for row in local["results"]["bindings"]]
    remote_rows = [_comparable(row, concatenated) for row in remote["results"]["bindings"]]
    assert Counter(remote_rows) == Counter(local_rows)
    order = re.search(r"\bORDER\s+BY\b(.*)$", query, re.I | re.S)
    keys = re.findall(r"\?(\w+)", order[1]) if order else []
    assert [_keys(row, keys) for row in remote["results"]["bindings"]] == [_keys(row, keys) for row in local["results"]["bindings"]]


def _comparable(row: dict, concatenated: list[str]) -> str:
    # GROUP_CONCAT over labels that all carry @zh: Oxigraph keeps the common language tag,
    # Virtuoso returns a plain literal (engines differ here). Only those columns lose their tag.
    return json.dumps({v: {k: x for k, x in b.items() if not (v in concatenated and k == "xml:lang")} for v, b in row.items()}, sort_keys=True)


def _keys(row: dict, keys: list[str]) -> tuple:
    return tuple(json.dumps(row.get(k), sort_keys=True) for k in keys)


# ---------------------------------------------------------------- against Virtuoso


def test_push_loads_every_triple_and_leaves_no_staging_graph(virtuoso, pushed, triples):
    assert pushed.graph == DEFAULT_GRAPH and pushed.triples == triples > 40_000
    assert count_triples(virtuoso.endpoint, DEFAULT_GRAPH) == triples
    graphs = run_remote(virtuoso.endpoint, "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }").rows
    assert not [g for g in graphs if "/kg-push-" in g["g"]["value"]]


def test_the_named_graph_keeps_virtuosos_system_triples_out(virtuoso, pushed, triples):
    everything = run_remote(virtuoso.endpoint, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    assert int(everything.rows[0]["n"]["value"]) > triples  # the server's default graph holds its own data too


@pytest.mark.parametrize("name", sorted(canned_queries()))
def test_every_canned_query_gives_the_local_answers(virtuoso, pushed, exports, name):
    local = _canned(exports, name)
    remote = _canned(exports, name, "--endpoint", virtuoso.endpoint, "--named-graph", pushed.graph)
    assert local["results"]["bindings"], f"{name}: no rows with {PARAMS[name]}; pick parameters that give some"
    assert_same_answers(canned_queries()[name].text, local, remote)


def test_answers_beyond_the_cap_come_whole_and_in_order(virtuoso, pushed, exports, triples):
    raw = _raw_select(virtuoso.endpoint, ORDERED_BEYOND_CAP, pushed.graph)
    assert len(raw) == CAP  # the server really caps: read in one request, rows are lost
    local = run_query(exports / "store", ORDERED_BEYOND_CAP).rows
    remote = run_remote(virtuoso.endpoint, ORDERED_BEYOND_CAP, default_graph=pushed.graph).rows
    assert len(local) > CAP and remote == local
    every = run_remote(virtuoso.endpoint, "SELECT ?s ?p ?o WHERE { ?s ?p ?o }", default_graph=pushed.graph).rows
    assert len(every) == triples
    assert Counter(json.dumps(r, sort_keys=True) for r in every) == Counter(
        json.dumps(r, sort_keys=True) for r in run_query(exports / "store", "SELECT ?s ?p ?o WHERE { ?s ?p ?o }").rows
    )


def test_a_slice_beyond_the_cap_keeps_its_length(virtuoso, pushed):
    rows = run_remote(virtuoso.endpoint, "SELECT ?s ?p ?o WHERE { ?s ?p ?o } LIMIT 15000 OFFSET 5", default_graph=pushed.graph).rows
    assert len(rows) == 15_000 == len({json.dumps(r, sort_keys=True) for r in rows})


def _raw_select(endpoint: str, query: str, graph: str) -> list:
    from kg.sparql import PREFIXES

    prologue = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())
    form = urllib.parse.urlencode({"query": prologue + query, "default-graph-uri": graph}).encode()
    request = urllib.request.Request(endpoint, data=form, headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(request, timeout=60) as response:
        return json.loads(response.read())["results"]["bindings"]


def test_pushing_again_replaces_the_graph_through_the_cli(virtuoso, exports, triples, tmp_path):
    graph = "https://example.org/kg-test/replaced"
    env = {"KG_ENDPOINT_USER": virtuoso.user, "KG_ENDPOINT_PASSWORD": virtuoso.password}
    first = _invoke("push", "--endpoint", virtuoso.endpoint, "--named-graph", graph, "--exports", str(exports), env=env)
    assert first.exit_code == 0, first.output
    assert f"loaded {triples:,} triples into <{graph}>" in first.output
    assert count_triples(virtuoso.endpoint, graph) == triples
    smaller = tmp_path / "smaller"
    smaller.mkdir()
    lines = (exports / "graph.nt").read_bytes().splitlines(keepends=True)[:1000]
    (smaller / "graph.nt").write_bytes(b"".join(lines))
    second = _invoke("push", "--endpoint", virtuoso.endpoint, "--named-graph", graph, "--exports", str(smaller), "--chunk-size", "1", env=env)
    assert second.exit_code == 0, second.output
    assert count_triples(virtuoso.endpoint, graph) == 1000  # replaced, not added to


def test_a_push_that_fails_midway_leaves_the_graph_as_it_was(virtuoso, pushed, exports, tmp_path):
    broken = tmp_path / "graph.nt"
    lines = (exports / "graph.nt").read_bytes().splitlines(keepends=True)
    broken.write_bytes(b"".join(lines[:3000]) + b'<https://example.org/s> <https://example.org/p> "unterminated .\n')
    with pytest.raises(PushError) as info:
        push(broken, virtuoso.endpoint, pushed.graph, user=virtuoso.user, password=virtuoso.password, chunk_bytes=64 * 1024)
    message = str(info.value)
    assert "sparql-graph-crud-auth: HTTP 500: " in message and "End-of-line in a short double-quoted string" in message
    assert re.search(rf"\(request [2-9], lines \d+-3001 of {re.escape(str(broken))}\)", message)  # the chunk with the last line
    assert f"nothing was replaced: <{pushed.graph}> is as it was" in message
    assert count_triples(virtuoso.endpoint, pushed.graph) == pushed.triples
    graphs = run_remote(virtuoso.endpoint, "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }").rows
    assert not [g for g in graphs if "/kg-push-" in g["g"]["value"]]


def test_wrong_password_missing_credentials_and_bad_queries_say_why(virtuoso, pushed, exports):
    with pytest.raises(KgError, match=r"sparql-graph-crud-auth: HTTP 401: the server refused the credentials of user 'dba'"):
        push(exports / "graph.nt", virtuoso.endpoint, pushed.graph, user="dba", password="wrong")
    anonymous = _invoke("push", "--endpoint", virtuoso.endpoint, "--exports", str(exports), env={"KG_ENDPOINT_USER": None, "KG_ENDPOINT_PASSWORD": None})
    assert anonymous.exit_code == 1 and "sparql-graph-crud: HTTP 403" in anonymous.output and "Permission denied" in anonymous.output
    assert count_triples(virtuoso.endpoint, pushed.graph) == pushed.triples
    # Virtuoso refuses to sort more rows than its cap for one answer, whatever the LIMIT.
    bad = _invoke("sparql", "SELECT ?s WHERE { ?s ?p ?o } ORDER BY ?s LIMIT 5 OFFSET 20000", "--endpoint", virtuoso.endpoint, "--named-graph", pushed.graph)
    assert bad.exit_code == 1 and f"{virtuoso.endpoint}: HTTP 500: Virtuoso 22023 Error SR353" in bad.output


# ---------------------------------------------------------------- without a server


def test_blank_nodes_and_empty_files_are_refused(virtuoso, pushed, tmp_path):
    blank = tmp_path / "blank.nt"
    blank.write_text('<https://example.org/s> <https://example.org/p> "a _:x ." .\n<https://example.org/s> <https://example.org/p> _:b1 .\n')
    with pytest.raises(PushError, match="line 2 has a blank node, which would split across requests"):
        push(blank, virtuoso.endpoint, pushed.graph, user=virtuoso.user, password=virtuoso.password)
    empty = tmp_path / "empty.nt"
    empty.write_text("")
    with pytest.raises(PushError, match="holds no triples; nothing was replaced"):
        push(empty, virtuoso.endpoint, pushed.graph, user=virtuoso.user, password=virtuoso.password)
    assert count_triples(virtuoso.endpoint, pushed.graph) == pushed.triples


# ---------------------------------------------------------------- without a server


def test_an_unreachable_server_and_a_missing_export_are_named(exports, tmp_path):
    port = _free_ports(1)[0]
    result = _invoke("push", "--endpoint", f"http://127.0.0.1:{port}/sparql", "--user", "dba", "--password", "dba", "--exports", str(exports))
    assert result.exit_code == 1 and f"http://127.0.0.1:{port}/sparql-graph-crud-auth: cannot reach the server" in result.output
    result = _invoke("push", "--endpoint", f"http://127.0.0.1:{port}/sparql", "--exports", str(tmp_path))
    assert result.exit_code == 1 and "graph.nt: no such N-Triples file; run 'kg build' first" in result.output
    result = _invoke("push", "--endpoint", f"http://127.0.0.1:{port}/query", "--exports", str(exports))
    assert result.exit_code == 1 and "pass the server's Graph Store and Update URLs" in result.output


def test_named_graph_needs_an_endpoint(exports):
    result = CliRunner().invoke(main, ["sparql", "SELECT * WHERE { ?s ?p ?o } LIMIT 1", "--named-graph", DEFAULT_GRAPH, "--graph", str(exports / "graph.json")])
    assert result.exit_code == 2 and "--named-graph goes with --endpoint" in result.output


@pytest.fixture
def capped_endpoint(exports):
    """A loopback endpoint over the local store that caps answers at 3 rows, announcing it as Virtuoso does."""
    import threading
    from http.server import BaseHTTPRequestHandler, HTTPServer

    import pyoxigraph

    store = pyoxigraph.Store.read_only(str(exports / "store"))
    cap = 3

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):  # noqa: N802 - the http.server API
            form = urllib.parse.parse_qs(self.rfile.read(int(self.headers["Content-Length"])).decode("utf-8"))
            answer = json.loads(store.query(form["query"][0]).serialize(format=pyoxigraph.QueryResultsFormat.JSON))
            capped = len(answer["results"]["bindings"]) >= cap
            answer["results"]["bindings"] = answer["results"]["bindings"][:cap]
            self.send_response(200)
            self.send_header("Content-Type", "application/sparql-results+json")
            if capped:
                self.send_header("X-SPARQL-MaxRows", str(cap))
            self.end_headers()
            self.wfile.write(json.dumps(answer).encode())

        def log_message(self, *args):
            pass

    server = HTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}/sparql"
    server.shutdown()


@pytest.mark.parametrize("name", sorted(canned_queries()))
def test_capped_answers_are_read_page_by_page(capped_endpoint, exports, name):
    local = _canned(exports, name)
    remote = _canned(exports, name, "--endpoint", capped_endpoint)
    assert_same_answers(canned_queries()[name].text, local, remote)
