"""Lookups in the built graph (kg/query.py) and SPARQL over the store (kg/sparql.py)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.errors import AmbiguousName, ArgumentError, NodeNotFound, QueryError
from kg.query import GraphIndex, LookupIndex, check_period, open_graph, parse_date

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module", params=["networkx", "sqlite"])
def index(request, bundled_build):
    """Every lookup test runs on the graph in memory and on the lookup.sqlite the build wrote."""
    if request.param == "networkx":
        return GraphIndex(bundled_build[0].graph)
    index = open_graph(bundled_build[1] / "graph.json")
    assert isinstance(index, LookupIndex)
    return index


def test_a_stale_lookup_is_not_used(tmp_path, bundled_build):
    """A graph.json that changed after the build (or was copied alone) is read itself."""
    import shutil

    for name in ("graph.json", "lookup.sqlite"):
        shutil.copy(bundled_build[1] / name, tmp_path / name)
    assert not isinstance(open_graph(tmp_path / "graph.json"), LookupIndex)  # a copy has another mtime
    assert not isinstance(open_graph(bundled_build[1] / "graph.json", whole=True), LookupIndex)


@pytest.fixture(scope="module")
def exports(bundled_build):
    return bundled_build[1]


@pytest.mark.parametrize("name", ["深圳", "深圳市", "440300"])
def test_any_name_resolves_to_one_node(index, name):
    assert index.resolve(name) == "440300"


def test_agency_alias_resolves(index):
    assert index.resolve("工信部") == "agency:miit"


def test_ambiguous_and_unknown_names_list_candidates(index):
    import networkx as nx

    graph = nx.MultiDiGraph()
    graph.add_node("110000", type="province", name="北京市")
    graph.add_node("220100", type="city", name="长春市")
    graph.add_node("110105", type="district", name="朝阳区", parent="110000")
    graph.add_node("220104", type="district", name="朝阳区", parent="220100")
    with pytest.raises(AmbiguousName) as info:
        GraphIndex(graph).resolve("朝阳区")
    assert str(info.value) == "'朝阳区' matches 2 entities: 110105 (北京市朝阳区), 220104 (长春市朝阳区); pass an id"
    with pytest.raises(NodeNotFound) as info:
        index.resolve("深圳特区")
    assert "440300 (广东省深圳市)" in str(info.value)


def test_neighbors_filters_and_order(index):
    rows = index.neighbors("440300", relations=("backs",), direction="out")
    assert rows and all(r.relation == "backs" and r.direction == "out" and r.type == "industry" for r in rows)
    assert [r.weight for r in rows] == sorted((r.weight for r in rows), reverse=True)
    assert all(r.evidence for r in rows)
    later = index.neighbors("440300", relations=("backs",), direction="out", since="2024-01-01")
    assert all(r.last_date >= "2024-01-01" for r in later) and len(later) < len(rows)
    deeper = index.neighbors("440300", relations=("part_of",), direction="out", depth=2)
    assert [r.id for r in deeper] == ["440000"]  # 深圳 → 广东 (no higher level)
    assert index.neighbors("440300", limit=3).__len__() == 3
    assert not any(r.relation == "mentions" for r in index.neighbors("440300"))


@pytest.mark.parametrize("text", ["2024", "2024-02", "2024-02-29", " 2024-12-31 "])
def test_dates_in_three_forms_are_accepted(text):
    assert parse_date(text) == text.strip()


@pytest.mark.parametrize("text, problem", [
    ("notadate", "is not a date"), ("2024-13-45", "is not a calendar date (month must be in 1..12)"),
    ("2023-02-29", "is not a calendar date (day is out of range for month)"), ("0000", "is not a calendar date (year 0 is out of range)"),
    ("2024-1", "is not a date"), ("2024/01/01", "is not a date"), ("２０２４", "is not a date"), ("", "is not a date"),
])
def test_anything_else_is_not_a_date(text, problem):
    with pytest.raises(ArgumentError) as info:
        parse_date(text, "since")
    assert str(info.value) == f"since {text!r} {problem}; expected YYYY, YYYY-MM or YYYY-MM-DD"


def test_a_period_ends_after_it_starts_and_keeps_whole_years_and_months(index):
    with pytest.raises(ArgumentError, match="since 2025 is after until 2024-12: no date is in that period"):
        check_period("2025", "2024-12")
    assert check_period("2024-12-31", "2024-12") == ("2024-12-31", "2024-12")  # the same day is allowed
    whole_year = index.neighbors("440300", relations=("backs",), until="2023")
    assert whole_year and whole_year == index.neighbors("440300", relations=("backs",), until="2023-12-31")
    assert any(r.last_date > "2023-01-01" for r in whole_year)
    assert index.neighbors("440300", since="2024-11", until="2024-11") == index.neighbors("440300", since="2024-11-01", until="2024-11-30")
    with pytest.raises(ArgumentError, match="until 'soon' is not a date"):
        index.neighbors("440300", until="soon")


def test_relations_and_types_are_checked_against_the_graph(index):
    with pytest.raises(ArgumentError) as info:
        index.neighbors("440300", relations=("Backs",))
    assert str(info.value).startswith("no relation 'Backs' in this graph; close names: backs; relations in this graph: applies_to, backs, ")
    with pytest.raises(ArgumentError) as info:
        index.neighbors("440300", types=("nonsense",))
    assert str(info.value).startswith("no type 'nonsense' in this graph; types in this graph: agency, article, city, ")
    assert index.neighbors("440300", types=("industry",))  # a type the graph holds


@pytest.mark.parametrize("name", ["", "   ", "\t\n"])
def test_an_empty_name_is_an_error_not_a_suggestion(index, name):
    with pytest.raises(ArgumentError, match="an entity name cannot be empty or blank"):
        index.resolve(name)
    with pytest.raises(ArgumentError, match="the text to search for cannot be empty"):
        index.search(name)


def test_hostile_names_and_numbers(index):
    with pytest.raises(NodeNotFound) as info:
        index.resolve("深圳" * 50_000)
    assert len(str(info.value)) < 500 and "(100,000 characters)" in str(info.value)
    with pytest.raises(NodeNotFound, match=r"'<b>\\x1b\[31m深圳\\x07'"):  # control characters are shown escaped
        index.resolve("<b>\x1b[31m深圳\x07")
    for bad in ({"limit": 0}, {"limit": -1}, {"depth": 0}, {"depth": -3}, {"direction": "up"}):
        with pytest.raises(ArgumentError):
            index.neighbors("440300", **bad)
    with pytest.raises(ArgumentError):
        index.search("深圳", limit=0)
    assert index.neighbors("440300", depth=10**9) == index.neighbors("440300", depth=50)  # no hang: stops when nothing is left


def test_profile_and_stats(index):
    profile = index.profile("440300")
    assert profile["name"] == "深圳市" and profile["parents"] == ["440000 (广东省)"]
    assert profile["coordinates"]["datum"] == "GCJ-02"
    assert profile["top_industries"]
    industry = index.profile("industry:low-altitude-economy")
    assert industry["top_backers"]
    stats = index.stats()
    assert stats["entities_per_type"]["article"] == 98 and stats["edges_per_relation"]["backs"] > 100
    assert sum(stats["articles_per_newsletter"].values()) == 98


def test_search(index):
    assert "440300" in [r["id"] for r in index.search("深圳")]


def _sparql(exports, *args):
    return CliRunner().invoke(main, ["sparql", *args, "--graph", str(exports / "graph.json")], catch_exceptions=False)


def test_canned_query_with_a_bound_parameter(exports):
    result = _sparql(exports, "regions_backing_industry", "--param", "industry=低空经济", "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    regions = {b["region_name"]["value"] for b in data["results"]["bindings"]}
    assert {"上海市", "江苏省", "浙江省", "安徽省"} <= regions
    assert data["head"]["vars"][0] == "industry"


@pytest.mark.parametrize("name", ["industries_backed_by_region", "compare_regions", "edge_evidence", "articles_mentioning"])
def test_every_canned_query_runs(exports, name):
    params = {
        "industries_backed_by_region": ["--param", "region=深圳"],
        "compare_regions": ["--param", "region_a=北京", "--param", "region_b=上海"],
        "edge_evidence": ["--param", "subject=深圳", "--param", "object=新能源汽车"],
        "articles_mentioning": ["--param", "entity=深圳"],
    }[name]
    result = _sparql(exports, name, *params, "--format", "csv")
    assert result.exit_code == 0, result.output
    assert len(result.output.splitlines()) > 1


def test_parameters_are_bound_not_pasted(exports):
    # A value that would break out of a pasted IRI or string is just a name that does not resolve.
    result = CliRunner().invoke(main, ["sparql", "regions_backing_industry", "--param", "industry=x> } ; DROP ALL ; #", "--graph", str(exports / "graph.json")])
    assert result.exit_code == 1 and "no entity in the graph matches" in result.output


def test_the_store_loaded_in_slices_holds_every_triple(exports, tmp_path, monkeypatch):
    """Slices end at line ends: loading 4 KB at a time loses and splits nothing."""
    from kg import sparql

    monkeypatch.setattr(sparql, "LOAD_SLICE", 4096)
    sparql.fill_store(exports / "graph.nt", tmp_path / "store")
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    lines = sum(1 for _ in open(exports / "graph.nt", encoding="utf-8"))
    assert sparql.run_query(tmp_path / "store", count).values() == [[str(lines)]]


def test_a_slice_that_cannot_be_loaded_fails_the_load(tmp_path, monkeypatch):
    """Slices are loaded in threads: one that does not parse fails the whole load, and no store is stamped."""
    from kg import sparql

    lines = [f'<https://e.org/s{n}> <https://e.org/p> "{n}" .\n' for n in range(300)]
    lines[200] = '<https://e.org/s200> <https://e.org/p> "unclosed .\n'
    (tmp_path / "graph.nt").write_text("".join(lines), encoding="utf-8")
    monkeypatch.setattr(sparql, "LOAD_SLICE", 512)
    with pytest.raises(SyntaxError):
        sparql.fill_store(tmp_path / "graph.nt", tmp_path / "store")
    assert not (tmp_path / "store" / sparql.STAMP).exists()


def test_a_filled_slot_holds_an_escaped_term(exports):
    """Slots are filled with escaped terms: a hostile text stays one literal, a hostile IRI is refused."""
    from kg.sparql import run_query

    hostile = ('x" } ; DROP ALL ; #\n', "http://www.w3.org/2001/XMLSchema#string")
    query = "SELECT ?t WHERE { VALUES ?t { UNDEF } }"
    assert run_query(exports / "store", query, {"t": hostile}).values() == [[hostile[0]]]
    with pytest.raises(QueryError, match="cannot be bound as an IRI"):
        run_query(exports / "store", query, {"t": "https://example.org/a> } ; DROP ALL ; #"})


def test_service_is_refused_unless_allowed(exports):
    from kg.sparql import run_query

    with pytest.raises(QueryError, match="SERVICE"):
        run_query(exports / "store", "SELECT * WHERE { SERVICE <http://127.0.0.1:1/sparql> { ?s ?p ?o } }")
    # The word alone (in a literal or a name) is not a SERVICE pattern.
    assert run_query(exports / "store", 'SELECT * WHERE { ?s kg:ServiceGraphPattern "ServiceGraphPattern" }').values() == []
    # Nor is it in a literal, an IRI or a comment: told without parsing the query.
    from kg.sparql import _may_use_service

    harmless = "SELECT ?s WHERE { ?s ?p 'SERVICE <http://127.0.0.1:1/sparql> { }' . ?s ?q <https://e.org/SERVICE> } # SERVICE <x> { }"
    assert not _may_use_service(harmless) and run_query(exports / "store", harmless).values() == []
    for hidden in ("SELECT * WHERE {?s ?p ?o .SERVICE<http://127.0.0.1:1/sparql>{?s ?p ?o}}",
                   "SELECT * WHERE { ?s ?p '#' SERVICE ?s { ?s ?p ?o } }",
                   "SELECT * WHERE { \\u0053ERVICE <http://127.0.0.1:1/sparql> { ?s ?p ?o } }"):  # escapes are read first
        with pytest.raises(QueryError, match="SERVICE"):
            run_query(exports / "store", hidden)


def test_a_canned_query_loads_neither_rdflib_nor_networkx(exports):
    """The cold path of kg sparql NAME: names resolved from lookup.sqlite, terms bound without rdflib."""
    code = ("import sys\nfrom kg.cli import main\n"
            f"main(['sparql', 'regions_backing_industry', '--param', 'industry=低空经济', '--graph', {str(exports / 'graph.json')!r}], standalone_mode=False)\n"
            "print(sorted(m for m in ('rdflib', 'networkx', 'pyparsing') if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    assert "rows" in done.stdout and done.stdout.splitlines()[-1] == "[]"


def test_plain_query_with_bound_prefixes(exports):
    result = _sparql(exports, "SELECT (COUNT(*) AS ?n) WHERE { ?r kg:backs ?i }")
    assert result.exit_code == 0 and "1 rows" in result.output


def test_bad_query_and_missing_store_say_why(exports, tmp_path):
    result = _sparql(exports, "SELECT WHERE {")
    assert result.exit_code == 1 and "not a valid SPARQL query" in result.output
    result = CliRunner().invoke(main, ["sparql", "SELECT * WHERE { ?s ?p ?o }", "--store", str(tmp_path / "nothing")])
    assert result.exit_code == 1 and "run 'kg build' first" in result.output


def test_cli_lookups(exports):
    graph = ["--graph", str(exports / "graph.json")]
    runner = CliRunner()
    out = runner.invoke(main, ["neighbors", "深圳", "--relation", "backs", "--format", "json", *graph]).output
    assert all(row["relation"] == "backs" for row in json.loads(out))
    out = runner.invoke(main, ["neighbors", "深圳", "--format", "csv", "--limit", "2", *graph]).output
    assert out.splitlines()[0].startswith("relation,direction,name,id") and len(out.splitlines()) == 3
    assert "深圳市" in runner.invoke(main, ["show", "440300", *graph]).output
    assert "entities_per_type" in runner.invoke(main, ["stats", *graph]).output
    missing = runner.invoke(main, ["neighbors", "深圳", "--graph", "/nonexistent/graph.json"])
    assert missing.exit_code == 1 and "run 'kg build' first" in missing.output


@pytest.fixture
def endpoint(exports):
    """A minimal SPARQL 1.1 endpoint on loopback serving the exported store (protocol: query via URL-encoded POST)."""
    import threading
    import urllib.parse
    from http.server import BaseHTTPRequestHandler, HTTPServer

    import pyoxigraph

    store = pyoxigraph.Store.read_only(str(exports / "store"))
    seen = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):  # noqa: N802 - the http.server API
            form = urllib.parse.parse_qs(self.rfile.read(int(self.headers["Content-Length"])).decode("utf-8"))
            query = form["query"][0]
            seen.append((self.headers["Content-Type"], query))
            body = store.query(query).serialize(format=pyoxigraph.QueryResultsFormat.JSON)
            self.send_response(200)
            self.send_header("Content-Type", "application/sparql-results+json")
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = HTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}/sparql", seen
    server.shutdown()


def test_remote_endpoint_gives_the_same_answers(exports, endpoint):
    url, seen = endpoint
    local = _sparql(exports, "regions_backing_industry", "--param", "industry=低空经济", "--format", "json").output
    remote = _sparql(exports, "regions_backing_industry", "--param", "industry=低空经济", "--format", "json", "--endpoint", url).output
    assert json.loads(remote) == json.loads(local)
    content_type, query = seen[-1]
    assert content_type == "application/x-www-form-urlencoded"
    # bound, not pasted: the entity and the confidence threshold in one VALUES row
    assert 'VALUES (?industry ?min_confidence) { (<https://w3id.org/kg-regional-policy/industry/low-altitude-economy> "0.8"^^<http://www.w3.org/2001/XMLSchema#double>) }' in query
