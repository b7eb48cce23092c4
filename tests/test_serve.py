"""kg serve: the pages and /sparql through Flask's test client, then a real server on loopback in Chromium."""

from __future__ import annotations

import csv
import io
import json
import re
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

import pytest

from browser import body_data, chromium, dump_dom
from makers import DOUBTFUL_CONFIDENCE, TRUSTED_CONFIDENCE, make_confidence_graph
from kg.errors import ArgumentError, KgError
from kg.explore import PROVINCE_TILES, Explorer
from kg.serve import create_app
from kg.serve.protocol import Refused, format_for

SELECT = "SELECT ?i (COUNT(*) AS ?n) WHERE { ?r kg:backs ?i } GROUP BY ?i ORDER BY DESC(?n) ?i LIMIT 3"


@pytest.fixture(scope="module")
def exports(bundled_build):
    return bundled_build[1]


@pytest.fixture(scope="module")
def app(exports):
    return create_app(exports, sparql_timeout=10)


@pytest.fixture(scope="module")
def client(app):
    return app.test_client()


@pytest.fixture(scope="module")
def explorer(exports):
    return Explorer(exports)


def text(response) -> str:
    return response.get_data(as_text=True)


# ---------------------------------------------------------------- the library behind the pages


def test_tile_grid_has_every_province_once():
    assert len(PROVINCE_TILES) == 34 and len(set(PROVINCE_TILES.values())) == 34
    assert all(re.fullmatch(r"\d{2}0000", code) for code in PROVINCE_TILES)


def test_industry_backers_ranked_and_tiles_sum_regions(explorer):
    found = explorer.industry("industry:low-altitude-economy")
    weights = [r["weight"] for r in found["backers"]]
    assert weights == sorted(weights, reverse=True) and weights
    guangdong = next(t for t in found["tiles"] if t["id"] == "440000")
    assert guangdong["weight"] >= 1 and "440300" in {r["id"] for r in guangdong["regions"]}
    with pytest.raises(KgError, match="not an industry"):
        explorer.industry("440300")


def test_matrix_cells_roll_up_to_the_level_and_count_articles(explorer):
    provinces = explorer.matrix("province", top=5)
    assert len(provinces.columns) == 5 and provinces.columns_cut > 0
    cities = explorer.matrix("city", top=None)
    # a province's cell counts the articles of its own and its cities' edges, never fewer than any city's
    for (city, industry), n in cities.cells.items():
        province = explorer.graph.nodes[city]["parent"]
        whole = explorer.matrix("province", top=None).cells
        assert whole.get((province, industry), 0) >= n
    cell = explorer.cell("440000", "industry:low-altitude-economy")
    assert cell["articles"] == explorer.matrix("province", top=None).cells[("440000", "industry:low-altitude-economy")]
    assert all(e["title"] and e["newsletter"] for e in cell["evidence"])
    with pytest.raises(KgError, match="level must be one of province, city, district"):
        explorer.matrix("county")


def test_matrix_branch_and_period(explorer):
    branch = explorer.matrix("province", branch="新能源")
    assert branch.columns and all(c["id"] in explorer._branch("新能源") for c in branch.columns)
    recent = explorer.matrix("province", top=None, since="2024-06")
    assert sum(recent.cells.values()) < sum(explorer.matrix("province", top=None).cells.values())
    rows = list(csv.reader(io.StringIO(branch.csv())))
    assert rows[0][:2] == ["region_id", "region"] and len(rows) == len(branch.rows) + 1


def test_every_question_keeps_the_confident_evidence(tmp_path):
    from kg.graph import write_node_link

    with open(tmp_path / "graph.json", "w", encoding="utf-8") as handle:
        write_node_link(make_confidence_graph(), handle)
    small = Explorer(tmp_path)
    # by default (0.8) only 深圳 → 机器人 in a1 counts: 保险业 and the sentence of a2 rest on a rule of precision 0.25
    (row,) = small.entity("440300")["neighbours"]
    assert (row["id"], row["weight"], row["confidence"], [e["article"] for e in row["evidence"]]) == ("industry:robots", 1, TRUSTED_CONFIDENCE, ["a1"])
    assert [(r["id"], r["weight"], r["confidence"]) for r in small.region("440300")["industries"]] == [("industry:robots", 1, TRUSTED_CONFIDENCE)]
    assert small.industry("industry:insurance")["backers"] == []
    assert small.matrix("province").cells == {("440000", "industry:robots"): 1}
    assert small.cell("440000", "industry:insurance")["evidence"] == []
    # at 0 every fact counts, each with its confidence
    rows = {r["id"]: r for r in small.entity("440300", min_confidence=0)["neighbours"]}
    assert (rows["industry:robots"]["weight"], rows["industry:insurance"]["confidence"]) == (2, DOUBTFUL_CONFIDENCE)
    assert [(r["id"], r["confidence"]) for r in small.industry("industry:insurance", min_confidence=0)["backers"]] == [("440300", DOUBTFUL_CONFIDENCE)]
    assert small.matrix("province", min_confidence=0).cells == {("440000", "industry:robots"): 2, ("440000", "industry:insurance"): 1}
    assert small.matrix("province").cells == {("440000", "industry:robots"): 1}  # the cache keeps thresholds apart
    (ev,) = small.cell("440000", "industry:insurance", min_confidence=0)["evidence"]
    assert (ev["article"], ev["confidence"]) == ("a3", DOUBTFUL_CONFIDENCE)
    for question in (small.entity, small.region):
        with pytest.raises(ArgumentError, match="a confidence is a number from 0 to 1"):
            question("440300", min_confidence=1.5)
    with pytest.raises(ArgumentError, match="a confidence is a number from 0 to 1"):
        small.matrix(min_confidence=-0.1)


def _page_answers(explorer: Explorer) -> list:
    """What the front page, an article page, the matrix and the overview count, for comparing two explorers."""
    from kg import viz

    return [
        explorer.stats(),
        explorer.article("c7851b7e775a")["facts"],
        *[(m.rows, m.columns, m.cells, m.columns_cut) for m in (
            explorer.matrix("province"), explorer.matrix("city", top=None, since="2024-06", until="2025"),
            explorer.matrix("district", branch="新能源", min_confidence=0), explorer.matrix("province", until="2023-12-31"),
        )],
        explorer.region_industry_links(0.5),
        viz.overview_page(explorer.graph, top=20, newsletters=explorer.newsletters, links=explorer.region_industry_links()),
    ]


def test_page_index_the_build_wrote_answers_as_the_graph_does(explorer, exports, tmp_path):
    from kg import viz

    def database(explorer: Explorer) -> str:  # the file the page index is read from ("" in memory)
        return explorer.pages._db.execute("PRAGMA database_list").fetchone()[2]

    assert database(explorer) == str((exports / "lookup.sqlite").resolve())  # the build's, not made in memory
    for name in ("graph.json", "articles.jsonl"):  # the same build without its lookup: counted from graph.json
        (tmp_path / name).write_bytes((exports / name).read_bytes())
    alone = Explorer(tmp_path)
    answers = _page_answers(explorer)
    assert _page_answers(alone) == answers and database(alone) == ""
    assert answers[0]["nodes"] == explorer.graph.number_of_nodes() and answers[1] and answers[2][2]
    # the overview drawn from the counted links is the one drawn from the graph alone (kg viz, the build's views)
    assert answers[-1] == viz.overview_page(explorer.graph, top=20, newsletters=explorer.newsletters)


def test_page_index_from_an_older_or_damaged_lookup_is_made_from_the_graph(explorer, exports, tmp_path):
    import os
    import sqlite3
    import warnings

    from kg.errors import KgWarning

    for name in ("graph.json", "articles.jsonl", "lookup.sqlite"):
        (tmp_path / name).write_bytes((exports / name).read_bytes())
        os.utime(tmp_path / name, ns=(os.stat(exports / name).st_atime_ns, os.stat(exports / name).st_mtime_ns))
    with sqlite3.connect(tmp_path / "lookup.sqlite") as db:  # what an older kg wrote: no page tables
        db.executescript("DROP TABLE page_facts; DROP TABLE page_backing; DROP TABLE page_meta;")
    older = Explorer(tmp_path)
    assert older.pages._db is None and _page_answers(older) == _page_answers(explorer)
    lookup = tmp_path / "lookup.sqlite"
    lookup.write_bytes(b"not a database" * 1000)
    with pytest.warns(KgWarning, match="lookup.sqlite: cannot read the page index"):
        damaged = Explorer(tmp_path)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert damaged.stats() == explorer.stats()


def test_article_highlights_its_linked_mentions(explorer):
    article = explorer.article("c7851b7e775a")
    assert article["title"] and article["newsletter"] == "双周决策观察 2023年第22期"
    linked = [p for para in article["paragraphs"] for p in para["pieces"] if "entity" in p]
    assert linked and all(p["text"] for p in linked)
    assert article["facts"]


# ---------------------------------------------------------------- pages, through the test client


@pytest.mark.parametrize("url", [
    "/", "/entity/440300", "/entity/industry:low-altitude-economy", "/entity/110000", "/entity/agency:miit",
    "/matrix", "/matrix?level=city&top=10&since=2024", "/article/c7851b7e775a", "/sparql/editor", "/overview",
    "/graph/440300", "/graph/industry:low-altitude-economy?view=backers",
])
def test_pages_answer_offline(client, url):
    response = client.get(url)
    assert response.status_code == 200, text(response)[:300]
    page = text(response)
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", page), "a resource from the network"
    assert "default-src 'none'" in response.headers["Content-Security-Policy"]


def test_search_resolves_names_or_lists_matches(client):
    assert client.get("/search?q=深圳").headers["Location"].endswith("/entity/440300")
    assert client.get("/search?q=低空经济").headers["Location"].endswith("/entity/industry:low-altitude-economy")
    missing = client.get("/search?q=深训")
    assert missing.status_code == 404 and "no entity in the graph matches" in text(missing)


def test_entity_page_shows_evidence_with_article_and_newsletter(client):
    page = text(client.get("/entity/440300"))
    assert 'href="/article/' in page and "双周决策观察" in page
    assert not re.search(r"\d{3}_[0-9a-f]{16}\.txt", page), "a file name where an article title belongs"
    assert 'id="kg-graph"' in page


def test_date_filter_reaches_the_graph(client):
    whole = text(client.get("/graph/440300"))
    recent = text(client.get("/graph/440300?since=2024-06"))
    count = lambda page: int(re.search(r'data-kg-expected-edges="(\d+)"', page).group(1))  # noqa: E731
    assert 0 < count(recent) < count(whole)


def test_min_confidence_reaches_tables_graph_and_matrix(client, bundled_build):
    # A region with facts on both sides of the threshold, chosen from the graph so that the test follows
    # the measured confidence table (深圳 has none below it since cue_backs_article_subject rose above 0.8).
    graph = bundled_build[0].graph
    node = next(
        u for u in sorted(n for n in graph if n.isdigit())
        if {a["confidence"] >= 0.8 for _, _, a in graph.out_edges(u, data=True) if "confidence" in a} == {True, False}
    )
    rows = lambda page: len(re.findall(r"<tr><td>[→←]", page))  # noqa: E731
    default, every = text(client.get(f"/entity/{node}")), text(client.get(f"/entity/{node}?min_confidence=0"))
    assert 0 < rows(default) < rows(every)
    assert 'name="min_confidence"' in default and 'value="0.8"' in default and "min_confidence=0.8" in default  # the control and the drawing
    assert re.search(rf'src="/graph/{node}\?[^"]*min_confidence=0(&|")', every)
    edges = lambda page: int(re.search(r'data-kg-expected-edges="(\d+)"', page).group(1))  # noqa: E731
    assert 0 < edges(text(client.get(f"/graph/{node}"))) < edges(text(client.get(f"/graph/{node}?min_confidence=0")))
    total = lambda url: sum(int(n) for line in text(client.get(url)).splitlines()[1:] for n in line.split(",")[2:])  # noqa: E731
    # (every region's backing may stand above 0.8: the matrix is checked at its most confident backing's level)
    cut = max(a["confidence"] for u, _, a in graph.edges(data=True) if u.isdigit() and a.get("relation") == "backs")
    assert 0 < total(f"/matrix.csv?top=500&min_confidence={cut}") < total("/matrix.csv?top=500&min_confidence=0")
    bad = client.get("/matrix?min_confidence=high")
    assert bad.status_code == 400 and "min_confidence must be a number from 0 to 1, not &#39;high&#39;" in text(bad)
    assert client.get("/matrix/cell?region=440000&industry=industry:low-altitude-economy&min_confidence=2").status_code == 400


def test_bad_input_is_one_clear_message(client):
    bad = client.get("/entity/440300?since=yesterday")
    assert bad.status_code == 400 and "expected YYYY, YYYY-MM or YYYY-MM-DD" in text(bad)
    assert client.get("/entity/no-such-thing").status_code == 404
    assert "top must be a whole number" in text(client.get("/matrix?top=many"))
    assert client.get("/matrix?level=county").status_code == 400


@pytest.mark.parametrize("host", ["evil.example", "evil.example:8765", "127.0.0.1.evil.example", "localhost.evil.example:80"])
def test_requests_for_another_host_name_are_refused(client, host):
    for path in ("/", "/entity/440300", "/sparql?query=ASK%20%7B%7D"):  # DNS rebinding: a foreign page made same-origin
        answer = client.get(path, headers={"Host": host})
        assert answer.status_code == 400 and "answers requests for 127.0.0.1, localhost, ::1 only" in text(answer)
    for known in ("localhost", "localhost:8765", "127.0.0.1:8765", "[::1]:8765", "LOCALHOST"):
        assert client.get("/", headers={"Host": known}).status_code == 200


def test_text_from_the_graph_is_escaped(client, explorer):
    response = client.get("/search", query_string={"q": "<script>alert(1)</script>"})
    assert "<script>alert(1)" not in text(response) and "&lt;script&gt;" in text(response)


def test_matrix_csv_and_cell(client):
    response = client.get("/matrix.csv?level=province&top=5")
    assert response.mimetype == "text/csv" and response.get_data(as_text=True).startswith("region_id,region,")
    cell = client.get("/matrix/cell", query_string={"region": "440000", "industry": "industry:low-altitude-economy"}).get_json()
    assert cell["evidence"] and cell["evidence"][0]["sentence"]


# ---------------------------------------------------------------- /sparql: the SPARQL 1.1 Protocol


def test_sparql_get_post_and_formats(client):
    as_json = client.get("/sparql", query_string={"query": SELECT})
    assert as_json.status_code == 200 and as_json.mimetype == "application/sparql-results+json"
    rows = json.loads(text(as_json))["results"]["bindings"]
    assert len(rows) == 3
    posted = client.post("/sparql", data=SELECT.encode(), content_type="application/sparql-query")
    assert json.loads(text(posted)) == json.loads(text(as_json))
    form = client.post("/sparql", data={"query": SELECT}, headers={"Accept": "text/csv"})
    assert form.mimetype == "text/csv" and text(form).splitlines()[0] == "i,n"
    tsv = client.get("/sparql", query_string={"query": SELECT, "format": "tsv"})
    assert text(tsv).splitlines()[0] == "?i\t?n" and text(tsv).splitlines()[1].startswith("<https://")


def test_sparql_is_read_only_and_refuses_service(client):
    assert client.post("/sparql", data={"update": "DROP ALL"}).status_code == 403
    assert client.post("/sparql", data=b"DROP ALL", content_type="application/sparql-update").status_code == 403
    assert client.post("/sparql", data={"query": "INSERT DATA { <a:b> <a:c> <a:d> }"}).status_code == 400
    service = client.get("/sparql", query_string={"query": "SELECT * WHERE { SERVICE <http://example.org/s> { ?s ?p ?o } }"})
    assert service.status_code == 400 and "SERVICE" in text(service)
    assert client.get("/sparql?query=").status_code == 400


def test_a_body_beyond_the_bound_is_refused_before_it_is_read(client):
    from kg.serve import MAX_REQUEST_BYTES

    comment = b"#" * MAX_REQUEST_BYTES + b"\nASK {}"  # before: read whole into memory (300 MB: the server grew by ~900 MB)
    assert client.post("/sparql", data=comment, content_type="application/sparql-query").status_code == 413
    assert client.post("/sparql", data={"query": comment.decode()}).status_code == 413
    assert client.post("/sparql", data=b"# a comment\nASK {}", content_type="application/sparql-query").status_code == 200


def test_sparql_format_negotiation():
    assert format_for(None, "text/csv;q=0.9, */*") == "csv"
    assert format_for(None, "") == "json"
    with pytest.raises(Refused):
        format_for("xml", "")


# ---------------------------------------------------------------- a real server, in Chromium


@pytest.fixture(scope="module")
def server(app):
    from werkzeug.serving import make_server

    from kg.serve import request_handler

    httpd = make_server("127.0.0.1", 0, app, threaded=True, request_handler=request_handler(2))
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_port}"
    httpd.shutdown()
    thread.join(timeout=10)


def test_plain_http_client_queries_and_cannot_update(server):
    url = f"{server}/sparql?" + urllib.parse.urlencode({"query": SELECT})
    with urllib.request.urlopen(urllib.request.Request(url, headers={"Accept": "application/sparql-results+json"}), timeout=30) as answer:
        assert len(json.load(answer)["results"]["bindings"]) == 3
    update = urllib.request.Request(f"{server}/sparql", data=b"DROP ALL", headers={"Content-Type": "application/sparql-update"})
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(update, timeout=30)
    assert refused.value.code == 403


def test_a_client_that_never_finishes_its_request_is_dropped_and_holds_up_no_one(server):
    import socket

    host, port = server.removeprefix("http://").split(":")
    stalled = [socket.create_connection((host, int(port)), timeout=10) for _ in range(3)]
    stalled[0].sendall(b"GET / HTTP/1.1\r\nHost: x\r\n")  # headers never ended
    stalled[1].sendall(b"POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\nContent-Length: 1000\r\n\r\nASK {}")
    started = time.monotonic()
    with urllib.request.urlopen(server + "/", timeout=10) as answer:  # others are answered meanwhile
        assert answer.status == 200
    for connection in stalled:  # and each stalled connection is closed at the server's 2 s timeout (recv would raise at 10 s)
        while connection.recv(65536):
            pass
        connection.close()
    assert time.monotonic() - started < 8


needs_chromium = pytest.mark.skipif(chromium() is None, reason="no chromium on PATH")


@needs_chromium
@pytest.mark.parametrize("path", ["/", "/entity/440300", "/entity/industry:low-altitude-economy", "/entity/110000", "/matrix",
                                  "/article/c7851b7e775a", "/sparql/editor"])
def test_pages_render_in_chromium_without_errors(server, path):
    data = body_data(dump_dom(server + path))
    assert data["kgReady"] == "1" and data["kgErrors"] == "0", data


@needs_chromium
def test_search_leads_to_the_entity_page_in_chromium(server):
    dom = dump_dom(f"{server}/search?q=" + urllib.parse.quote("深圳"))
    assert 'id="kg-entity" data-id="440300"' in dom


@needs_chromium
def test_matrix_cell_shows_its_evidence_in_chromium(server):
    dom = dump_dom(f"{server}/matrix#cell=440000/industry:low-altitude-economy")
    assert body_data(dom)["kgErrors"] == "0"
    assert dom.count('class="ev kg-cell-ev"') >= 1 and "低空经济" in dom


@needs_chromium
def test_date_filter_changes_the_drawn_graph_in_chromium(server):
    whole = body_data(dump_dom(f"{server}/graph/440300"))
    recent = body_data(dump_dom(f"{server}/graph/440300?since=2024-06"))
    assert whole["kgErrors"] == recent["kgErrors"] == "0"
    assert 0 < int(recent["kgEdges"]) < int(whole["kgEdges"])


def test_build_pages_name_articles_and_newsletters(exports):
    page = (exports / "views" / "shenzhen.html").read_text(encoding="utf-8")
    assert "双周决策观察" in page and 'content="kg.viz (pyvis)"' in page
    assert not re.search(r"\d{3}_[0-9a-f]{16}\.txt", page)
    overview = (exports / "views" / "overview.html").read_text(encoding="utf-8")
    assert "region → industry links" in overview
