"""kg sparql and kg push when things go wrong: damaged or stale stores, limits, unfriendly servers, hostile values.

Stores are copies of the session's bundled build, damaged one kind of file per test.
Servers are threads of this module on loopback (port 0). Each CLI call that could
hang runs in a thread joined with a generous bound, so a hang fails the test instead
of stalling the run.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.errors import QueryError
from kg.namespaces import PREFIXES
from kg.sparql import STAMP, Limits, Results, run_query

COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
TYPED = "SELECT (COUNT(*) AS ?n) WHERE { ?s a ?o . ?s ?p ?x }"  # reads other indexes than COUNT
HANG_BOUND = 120  # seconds: far beyond every deadline used here


@pytest.fixture(scope="module")
def exports(bundled_build):
    return bundled_build[1]


def _invoke(*args: str):
    """Run the CLI in a thread; fail (not hang) if it does not return within HANG_BOUND."""
    box = {}
    thread = threading.Thread(target=lambda: box.setdefault("result", CliRunner().invoke(main, list(args))), daemon=True)
    started = time.monotonic()
    thread.start()
    thread.join(HANG_BOUND)
    assert not thread.is_alive(), f"kg {' '.join(args)} did not return within {HANG_BOUND} s"
    box["result"].seconds = time.monotonic() - started
    return box["result"]


def _one_line_error(result, *parts: str) -> str:
    assert result.exit_code == 1, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: "), result.output
    for part in parts:
        assert part in lines[0], lines[0]
    return lines[0]


# ---------------------------------------------------------------- damaged and stale stores

KINDS = {  # a kind of store file → how to find its files
    "sst": lambda d: sorted(d.glob("*.sst")),
    "CURRENT": lambda d: [d / "CURRENT"],
    "MANIFEST": lambda d: sorted(d.glob("MANIFEST-*")),
    "OPTIONS": lambda d: sorted(d.glob("OPTIONS-*")),
    "LOG": lambda d: [d / "LOG"],
    "wal": lambda d: sorted(d.glob("*.log")),
    "IDENTITY": lambda d: [d / "IDENTITY"],
}


def _damaged_copy(exports: Path, tmp_path: Path, kind: str, keep_times: bool) -> Path:
    """A copy of the store with 1 KB overwritten inside each file of one kind (all of a small file).

    With ``keep_times`` the files keep their size and modification time, so the stamp's quick
    look passes and the damage reaches the engine itself.
    """
    store = tmp_path / "store"
    shutil.copytree(exports / "store", store)
    noise = random.Random(kind)
    for path in KINDS[kind](store):
        info = path.stat()
        with path.open("r+b") as stream:
            if info.st_size > 4096:
                for offset in range(1024, info.st_size - 1024, max(info.st_size // 4, 2048)):
                    stream.seek(offset)
                    stream.write(noise.randbytes(1024))
            else:
                stream.write(noise.randbytes(info.st_size if keep_times else max(info.st_size, 16)))
        if keep_times:
            os.utime(path, ns=(info.st_atime_ns, info.st_mtime_ns))
    return store


@pytest.mark.parametrize("kind", sorted(set(KINDS) - {"LOG"}))
def test_a_damaged_store_file_is_named_with_the_fix(exports, tmp_path, kind, triples):
    store = _damaged_copy(exports, tmp_path, kind, keep_times=False)
    damaged = KINDS[kind](store)
    if not any(path.stat().st_size for path in damaged) and kind == "wal":
        pytest.skip("the write-ahead logs of this build are empty: nothing to overwrite")
    result = _invoke("sparql", COUNT, "--store", str(store))
    line = _one_line_error(result, "run 'kg build' again")
    assert any(str(path) in line for path in damaged)


def test_a_damaged_engine_log_is_not_data(exports, tmp_path, triples):
    store = _damaged_copy(exports, tmp_path, "LOG", keep_times=False)
    result = _invoke("sparql", COUNT, "--store", str(store), "--format", "csv")
    assert result.exit_code == 0 and result.output == f"n\n{triples}\n"


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_damage_the_stamp_cannot_see_still_ends_in_an_answer_or_one_line(exports, tmp_path, kind, triples):
    """The engine meets the damage itself: every query ends, within its limits, in the right
    answer (the damaged blocks were not needed) or one line saying to build again."""
    store = _damaged_copy(exports, tmp_path, kind, keep_times=True)
    for query in (COUNT, TYPED, "SELECT ?s ?o WHERE { ?s kg:backs ?o } ORDER BY ?s ?o"):
        result = _invoke("sparql", query, "--store", str(store), "--format", "csv", "--max-memory", "512", "--timeout", "60")
        if result.exit_code == 0:
            if query == COUNT:
                assert result.output == f"n\n{triples}\n"
            continue
        line = _one_line_error(result, "kg build' again")
        assert str(store) in line


def test_a_changed_stamp_is_refused(exports, tmp_path):
    store = tmp_path / "store"
    shutil.copytree(exports / "store", store)
    (store / STAMP).write_text("{not json")
    _one_line_error(_invoke("sparql", COUNT, "--store", str(store)), f"{store / STAMP}: the store's stamp is damaged", "run 'kg build' again")


def test_a_missing_store_file_is_named(exports, tmp_path):
    store = tmp_path / "store"
    shutil.copytree(exports / "store", store)
    (store / "CURRENT").unlink()
    _one_line_error(_invoke("sparql", COUNT, "--store", str(store)), f"{store / 'CURRENT'}: missing from the SPARQL store")


def test_a_store_older_than_the_graph_beside_it_is_refused(exports, tmp_path, triples):
    """A build interrupted after renaming the exports and before swapping the store in."""
    out = tmp_path / "exports"
    out.mkdir()
    shutil.copytree(exports / "store", out / "store")
    shutil.copy(exports / "graph.nt", out / "graph.nt")  # a copy: new times, same bytes, accepted
    result = _invoke("sparql", COUNT, "--store", str(out / "store"), "--format", "csv")
    assert result.exit_code == 0 and result.output == f"n\n{triples}\n"
    with (out / "graph.nt").open("ab") as stream:
        stream.write(b"<https://example.org/s> <https://example.org/p> <https://example.org/o> .\n")
    _one_line_error(_invoke("sparql", COUNT, "--store", str(out / "store")), "not loaded from the graph.nt beside it", "run 'kg build' again")


def test_a_store_swap_interrupted_halfway_says_so(exports, tmp_path):
    shutil.copytree(exports / "store", tmp_path / ".store.tmp")  # renamed away, the new one not yet in place
    _one_line_error(_invoke("sparql", COUNT, "--store", str(tmp_path / "store")), "a build was interrupted while replacing it")


def test_a_copied_store_without_a_stamp_is_still_read(exports, tmp_path, triples):
    store = tmp_path / "store"
    shutil.copytree(exports / "store", store)
    (store / STAMP).unlink()
    assert run_query(store, COUNT).values() == [[str(triples)]]


# ---------------------------------------------------------------- limits on local queries


def test_a_long_query_is_stopped_at_the_deadline(exports):
    cross = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o . ?a ?b ?c . ?d ?e ?f }"
    result = _invoke("sparql", cross, "--store", str(exports / "store"), "--timeout", "1")
    _one_line_error(result, "ran longer than 1 s (--timeout)")
    assert run_query(exports / "store", "ASK { ?s ?p ?o }").boolean is True  # the next query gets a new worker


def test_a_query_beyond_its_memory_is_stopped(exports):
    grouped = "SELECT ?p ?b (COUNT(*) AS ?n) WHERE { ?s ?p ?o . ?a ?b ?c } GROUP BY ?p ?b ?s ?a"
    with pytest.raises(QueryError, match=r"the query needed more than 256 MB of memory \(--max-memory\)"):
        run_query(exports / "store", grouped, limits=Limits(timeout=100, max_memory=256))


def test_rows_beyond_the_bound_are_an_error_not_a_silent_cut(exports):
    result = _invoke("sparql", "SELECT ?s WHERE { ?s ?p ?o }", "--store", str(exports / "store"), "--max-rows", "1000")
    _one_line_error(result, "more than 1,000 rows (--max-rows)")
    assert len(run_query(exports / "store", "SELECT ?s WHERE { ?s ?p ?o } LIMIT 1000", limits=Limits(max_rows=1000)).rows) == 1000


def test_the_worker_is_stopped_and_its_files_closed_at_exit(exports):
    """A process that ran a query leaves no worker behind and no unclosed file (a ResourceWarning under -X dev)."""
    import subprocess
    import sys

    script = f"from kg.sparql import run_query; print(run_query({str(exports / 'store')!r}, 'ASK {{ ?s ?p ?o }}').boolean)"
    done = subprocess.run([sys.executable, "-X", "dev", "-c", script], capture_output=True, text=True, timeout=HANG_BOUND)
    assert done.returncode == 0 and done.stdout.strip() == "True", done.stderr
    assert "ResourceWarning" not in done.stderr, done.stderr


# ---------------------------------------------------------------- query forms and messages


def test_local_ask_answers(exports):
    yes = _invoke("sparql", "ASK { ?r kg:backs ?i }", "--store", str(exports / "store"), "--format", "json")
    assert yes.exit_code == 0 and json.loads(yes.output) == {"head": {}, "boolean": True}
    no = _invoke("sparql", "ASK { ?r kg:backs <https://example.org/nothing> }", "--store", str(exports / "store"))
    assert no.exit_code == 0 and no.output.split() == ["ask", "false", "1", "rows"]


@pytest.mark.parametrize("query", ["CONSTRUCT WHERE { ?s ?p ?o }", "DESCRIBE <https://example.org/x>"])
def test_construct_and_describe_are_refused_by_name(exports, query):
    _one_line_error(_invoke("sparql", query, "--store", str(exports / "store")), "queries are not supported here: kg sparql answers SELECT and ASK")


def test_an_update_is_refused_locally(exports):
    _one_line_error(_invoke("sparql", "DROP SILENT GRAPH <https://example.org/g>", "--store", str(exports / "store")), "is a SPARQL Update (DROP)")


@pytest.mark.parametrize(
    "query, where",
    [
        ("SELECT * WHERE { ?s ?p }", "line 1, column 25"),
        ("SELECT *\nWHERE {\n  ?s ?p ?o .\n  FILTER(?o = ) }", "line 4, column "),
        ("SELECT * WHERE { ?s ?p 'service' ", "line 1, column"),  # parsed by rdflib first (the word SERVICE)
    ],
)
def test_syntax_errors_point_into_the_users_text(exports, query, where):
    line = _one_line_error(_invoke("sparql", query, "--store", str(exports / "store")), "not a valid SPARQL query: ", where)
    number = int(line.split("line ")[1].split(",")[0])
    assert number <= query.count("\n") + 1


def test_an_unknown_canned_name_lists_close_names(exports):
    result = _invoke("sparql", "regions_backing_industri", "--store", str(exports / "store"))
    _one_line_error(result, "no canned query is called 'regions_backing_industri'; close names: regions_backing_industry")
    _one_line_error(_invoke("sparql", "nothing.rq"), "nothing.rq: no such query file")


# ---------------------------------------------------------------- what is printed

HOSTILE_IRI = PREFIXES["id"] + "policy/%E5%85%B3%E4%BA%8E%22%3E%3Csvg%20onload%3Dx%3E"


def test_csv_keeps_iris_whole_and_tables_keep_them_unambiguous():
    results = Results(["p"], [{"p": {"type": "uri", "value": HOSTILE_IRI}}])
    assert results.values() == [[HOSTILE_IRI]]
    assert results.cells() == [["id:policy/关于%22%3E%3Csvg%20onload%3Dx%3E"]]
    other = Results(["p"], [{"p": {"type": "uri", "value": "https://example.org/a b"}}])
    assert other.cells() == [["<https://example.org/a b>"]]


def test_csv_output_of_the_store_gives_engine_iris(exports):
    result = _invoke("sparql", "SELECT ?p WHERE { ?p a kg:Policy } ORDER BY ?p LIMIT 3", "--store", str(exports / "store"), "--format", "csv")
    assert result.exit_code == 0
    values = result.output.splitlines()[1:]
    assert len(values) == 3 and all(v.startswith(PREFIXES["id"] + "policy/") and "%" in v for v in values)


def test_control_characters_are_shown_escaped_in_table_and_json():
    text = "a\x1b[2Jb\x9b\u202ec\nd"
    results = Results(["t"], [{"t": {"type": "literal", "value": text}}])
    assert results.cells() == [["a\\x1b[2Jb\\x9b\\u202ec\\nd"]]
    dumped = results.json()
    assert not any(ch in dumped for ch in "\x1b\x9b\u202e\n")
    assert json.loads(dumped)["results"]["bindings"][0]["t"]["value"] == text
    result = _invoke_with_results(results, "table")
    assert "\x1b" not in result and "\\x1b[2J" in result


def _invoke_with_results(results: Results, fmt: str) -> str:
    from unittest import mock

    with mock.patch("kg.sparql.run_query", return_value=results):
        out = _invoke("sparql", "SELECT ?t WHERE { ?s ?p ?t }", "--format", fmt)
    assert out.exit_code == 0, out.output
    return out.output


# ---------------------------------------------------------------- unfriendly servers


class _Recorder(BaseHTTPRequestHandler):
    """Answers every query with one empty SELECT result and records what it was sent."""

    seen: list = []
    behaviour = "answer"

    def do_POST(self):  # noqa: N802 - the http.server API
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        self.seen.append((self.path, body))
        if self.behaviour == "hang on upload" and self.command == "GET":  # no such graph yet: let the client in
            self.send_response(404)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        if self.behaviour in ("hang", "hang on upload"):
            time.sleep(HANG_BOUND)
            return
        answer = json.dumps({"head": {"vars": ["x"]}, "results": {"bindings": []}}).encode()
        if self.behaviour == "trickle":  # headers at once, then a byte every half second, for ever
            self.send_response(200)
            self.send_header("Content-Type", "application/sparql-results+json")
            self.end_headers()
            try:
                for byte in answer * 1000:
                    self.wfile.write(bytes([byte]))
                    self.wfile.flush()
                    time.sleep(0.5)
            except OSError:
                pass  # the client gave up, as it should
            return
        self.send_response(200 if self.behaviour == "answer" else 201)
        self.send_header("Content-Type", "application/sparql-results+json")
        self.send_header("Content-Length", str(len(answer)))
        self.end_headers()
        self.wfile.write(answer)

    do_PUT = do_POST
    do_GET = do_POST

    def log_message(self, *args):
        pass


@pytest.fixture
def server():
    """A loopback server whose behaviour a test sets: answer, hang, trickle."""

    class Handler(_Recorder):
        seen = []

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield Handler, f"http://127.0.0.1:{httpd.server_port}/sparql"
    httpd.shutdown()
    httpd.server_close()


def test_remote_updates_are_never_sent_whatever_the_flags(server):
    handler, url = server
    result = _invoke("sparql", "DROP SILENT GRAPH <https://w3id.org/kg-regional-policy/graph>", "--endpoint", url, "--allow-service")
    _one_line_error(result, "is a SPARQL Update (DROP)", "never changes a store")
    result = _invoke("sparql", "INSERT DATA { <https://e.org/s> <https://e.org/p> 'x' }", "--endpoint", url, "--allow-service")
    _one_line_error(result, "is a SPARQL Update (INSERT DATA)")
    _one_line_error(_invoke("sparql", "CONSTRUCT WHERE { ?s ?p ?o }", "--endpoint", url), "CONSTRUCT queries are not supported")
    _one_line_error(_invoke("sparql", "SELECT * WHERE { ?s ?p }", "--endpoint", url), "not a valid SPARQL query: line 1, column")
    assert handler.seen == []
    literal = _invoke("sparql", "SELECT ?s WHERE { ?s ?p 'DROP GRAPH <x>; CLEAR ALL' }", "--endpoint", url)  # a query, whatever its words
    assert literal.exit_code == 0, literal.output
    assert len(handler.seen) == 1


@pytest.mark.parametrize("behaviour", ["hang", "trickle"])
def test_a_server_that_never_finishes_answering_meets_the_deadline(server, behaviour):
    handler, url = server
    handler.behaviour = behaviour
    result = _invoke("sparql", "SELECT * WHERE { ?s ?p ?o }", "--endpoint", url, "--timeout", "2")
    _one_line_error(result, f"{url}: no complete answer within 2 s (the deadline, --timeout)")
    assert result.seconds < HANG_BOUND / 2


@pytest.mark.parametrize("behaviour", ["hang", "trickle", "hang on upload"])
def test_push_to_a_server_that_never_finishes_answering_meets_the_deadline(server, exports, behaviour):
    handler, url = server
    handler.behaviour = behaviour
    result = _invoke("push", "--endpoint", url, "--exports", str(exports), "--timeout", "2")
    assert result.exit_code == 1
    line = result.output.strip().splitlines()[-1]  # after the progress lines, if any
    assert line.startswith(f"Error: {url}-graph-crud: no complete answer within 2 s (the deadline, --timeout)"), result.output
    if behaviour == "hang on upload":
        assert "(request 1, lines 1-" in line and "nothing was replaced" in line
    else:
        assert "nothing was sent" in line


def test_an_unreachable_endpoint_is_named(tmp_path):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"http://127.0.0.1:{port}/sparql"
    _one_line_error(_invoke("sparql", "ASK {}", "--endpoint", url, "--timeout", "2"), f"{url}: cannot reach the server")


def test_a_query_waiting_behind_a_heavy_one_is_refused_within_its_own_deadline(exports):
    from kg.sandbox import Busy

    cross = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o . ?a ?b ?c . ?d ?e ?f }"
    heavy = threading.Thread(target=lambda: pytest.raises(QueryError, run_query, exports / "store", cross, limits=Limits(timeout=6)), daemon=True)
    heavy.start()
    time.sleep(0.5)  # the heavy query holds the worker
    started = time.monotonic()
    with pytest.raises(Busy, match=r"busy with other queries for the whole 1 s"):
        run_query(exports / "store", "ASK { ?s ?p ?o }", limits=Limits(timeout=1))
    assert time.monotonic() - started < 3  # its own 1 s, not the heavy query's 6
    heavy.join(HANG_BOUND)
    assert run_query(exports / "store", "ASK { ?s ?p ?o }").boolean is True
