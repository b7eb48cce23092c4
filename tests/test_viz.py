"""kg.viz: offline, escaped, capped, deterministic pages — checked as text and in headless Chromium."""

from __future__ import annotations

import json
import os
import random
import re
import shutil
import statistics
import struct
from pathlib import Path

import networkx as nx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from browser import body_data, chromium, dump_dom, screenshot
from makers import DOUBTFUL_CONFIDENCE, DOUBTFUL_RULE, TRUSTED_CONFIDENCE, TRUSTED_RULE, make_confidence_graph
from kg import viz
from kg.errors import KgError, NodeNotFound
from kg.graph import load_graph
from kg.confidence import DEFAULT_MIN_CONFIDENCE
from kg.query import evidence_confidence, kept_evidence, newsletter_labels, trusted_evidence

EXPORTS_GRAPH = Path(__file__).parents[1] / "exports" / "graph.json"
REGION_TYPES = {"province", "city", "district", "zone", "macro_region"}
XSS_NAME = "<script>alert(1)</script>"
XSS_SENTENCE = "深圳市支持<img src=x onerror=alert(1)>低空经济发展。"
PWN_NAME = '<img src=x onerror="document.body.dataset.pwned=1">'


# ---------------------------------------------------------------- helpers and graphs


def page_data(page: str) -> dict:
    """The graph data a page hands to vis-network (nodes, edges, styles)."""
    match = re.search(r"var DATA = (\{.*?\});\n", page)
    assert match, "no DATA in the page"
    return json.loads(match.group(1))


def node_ids(page: str) -> set[str]:
    return {n["id"] for n in page_data(page)["nodes"]}


# A resource the browser would fetch from the network: src/href/… = http(s)://… or //host,
# url(http…) in CSS, any @import, <link> or <script src>.
_REMOTE = [
    re.compile(r"""\b(?:src|href|action|poster|data|srcset|xlink:href)\s*=\s*["']?\s*(?:https?:)?//""", re.I),
    re.compile(r"""url\(\s*["']?\s*(?:https?:)?//""", re.I),
    re.compile(r"@import", re.I),
    re.compile(r"<link\b", re.I),
    re.compile(r"<script\b[^>]*\bsrc\s*=", re.I),
    re.compile(r"""\.(?:src|href)\s*=\s*["'](?:https?:)?//""", re.I),
]


def remote_resources(page: str) -> list[str]:
    found = []
    for pattern in _REMOTE:
        found += [page[max(m.start() - 40, 0) : m.end() + 40] for m in pattern.finditer(page)]
    return found


def make_xss_graph() -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    g.add_node("440300", type="city", name="深圳市", adcode="440300", aliases=["深圳"])
    g.add_node("agency:evil", type="agency", name=XSS_NAME)
    g.add_node("industry:low-altitude-economy", type="industry", name="低空经济")
    g.add_node("industry:pwn", type="industry", name=PWN_NAME)
    evidence = [
        {"article": "a1", "source": "x<b>.txt", "sentence": XSS_SENTENCE, "start": 0, "end": 30, "date": "2024-01-02", "rule": TRUSTED_RULE, "method": "rule"}
    ]
    for u, v in [("440300", "industry:low-altitude-economy"), ("agency:evil", "industry:low-altitude-economy"), ("440300", "industry:pwn")]:
        dates = {"first_date": "2024-01-02", "last_date": "2024-01-02"}
        g.add_edge(u, v, key="backs", relation="backs", weight=1, method="rule", evidence=evidence, **dates)
    return g


def make_synthetic_graph(n_industries: int = 600, seed: int = 3) -> nx.MultiDiGraph:
    """About 600 entities of every overview type, linked at random (seeded)."""
    rng = random.Random(seed)
    g = nx.MultiDiGraph()
    regions = [f"{i:02d}0000" for i in range(11, 41)]
    for code in regions:
        g.add_node(code, type="province", name=f"测试省{code[:2]}", adcode=code)
    agencies = [f"agency:a{i}" for i in range(60)]
    policies = [f"policy:关于推进测试产业发展的若干措施{i}" for i in range(60)]
    funds = [f"fund:f{i}" for i in range(30)]
    industries = [f"industry:i{i}" for i in range(n_industries)]
    for node in agencies:
        g.add_node(node, type="agency", name=f"测试市发展和改革委员会{node[8:]}")
    for node in policies:
        g.add_node(node, type="policy", name=node[7:])
    for node in funds:
        g.add_node(node, type="fund", name=f"产业投资基金{node[6:]}")
    for node in industries:
        g.add_node(node, type="industry", name=f"新兴产业{node[10:]}")

    def link(u: str, v: str, relation: str) -> None:
        if not g.has_edge(u, v, key=relation):
            w = rng.choice([1, 1, 1, 2, 3])
            sentence = f"{g.nodes[u]['name']}支持{g.nodes[v]['name']}。"
            ev = [{"article": f"a{rng.randrange(999)}", "source": "000_test.txt", "sentence": sentence, "date": "2024-05-01", "rule": TRUSTED_RULE, "method": "rule"}]
            dates = {"first_date": "2024-05-01", "last_date": "2024-05-01"}
            g.add_edge(u, v, key=relation, relation=relation, weight=w, method="rule", evidence=ev, **dates)

    for node in industries:
        link(rng.choice(regions), node, "backs")
        if rng.random() < 0.5:
            link(rng.choice(regions), node, "backs")
    for node in policies:
        link(rng.choice(agencies), node, "issues")
        link(node, rng.choice(industries), "targets")
    for node in agencies:
        link(node, rng.choice(industries), "backs")
    for node in funds:
        link(node, rng.choice(industries), "invests_in")
    for _ in range(20):
        link(rng.choice(regions), rng.choice(industries), "sets_target")
    return g


@pytest.fixture(scope="module")
def graph() -> nx.MultiDiGraph:
    if not EXPORTS_GRAPH.exists():
        pytest.skip(f"{EXPORTS_GRAPH} not built (run kg build)")
    return load_graph(EXPORTS_GRAPH)


@pytest.fixture(scope="module")
def synthetic() -> nx.MultiDiGraph:
    return make_synthetic_graph()


@pytest.fixture(scope="module")
def pages(graph, synthetic, tmp_path_factory) -> dict[str, tuple[Path, str]]:
    """Every kind of page, written with write_page: name → (path, html)."""
    folder = tmp_path_factory.mktemp("pages")
    xss = make_xss_graph()
    made = {
        "overview": viz.overview_page(graph),
        "neighbourhood-440300": viz.neighbourhood_page(graph, "440300"),
        "neighbourhood-440300-depth2": viz.neighbourhood_page(graph, "440300", depth=2, max_nodes=150),
        "region-industry-low-altitude": viz.region_industry_page(graph, industry="industry:low-altitude-economy"),
        "region-industry-110000": viz.region_industry_page(graph, region="110000"),
        "synthetic-500": viz.region_industry_page(synthetic, max_nodes=500),
        "xss-neighbourhood": viz.neighbourhood_page(xss, "440300", depth=2),
        "xss-overview": viz.overview_page(xss),
    }
    return {name: (viz.write_page(text, folder / f"{name}.html"), text) for name, text in made.items()}


# ---------------------------------------------------------------- the pages as text


def test_every_written_page_is_offline(pages):
    assert len(pages) == 8
    for name, (path, text) in pages.items():
        written = path.read_text(encoding="utf-8")
        assert written == text, name
        assert not remote_resources(written), f"{name} refers to remote resources: {remote_resources(written)[:3]}"
        assert "vis.Network" in written and "vis-network" in written  # the library is inlined
        assert "sourceMappingURL" not in written
        assert "Content-Security-Policy" in written


def test_the_offline_check_catches_remote_resources():
    bad = [
        '<script src="https://cdn.jsdelivr.net/npm/vis-network/vis-network.min.js"></script>',
        "<link rel=stylesheet href=http://example.org/b.css>",
        "<style>@import 'x.css';</style>",
        "<style>.a{background:url( 'https://example.org/a.png')}</style>",
        '<img src="//example.org/a.png">',
    ]
    for snippet in bad:
        assert remote_resources(snippet), snippet
    # text that mentions an address but loads nothing is fine
    assert not remote_resources('<p>see https://example.org</p><script>createElementNS("http://www.w3.org/2000/svg","g")</script>')


def test_graph_text_is_escaped():
    g = make_xss_graph()
    made = [
        viz.neighbourhood_page(g, "440300", depth=2),
        viz.neighbourhood_page(g, "agency:evil"),
        viz.region_industry_page(g, industry="industry:low-altitude-economy"),
        viz.region_industry_page(g, region="440300"),
        viz.overview_page(g),
    ]
    for page in made:
        for raw in ("<script>alert(1)", "alert(1)</script>", "<img src=x", "<img src=x onerror=alert(1)>", "<b>.txt", PWN_NAME):
            assert raw not in page
        assert "<\\/script>alert" not in page  # not merely the closing tag escaped
        data = page_data(page)
        names = {n["name"] for n in data["nodes"]}
        assert XSS_NAME in names or PWN_NAME in names  # the JSON decodes back to the text itself, shown as text
    # where names go into HTML (heading, datalist) they are entity-escaped
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in made[1]
    evidence = [ev["sentence"] for e in page_data(made[0])["edges"] for ev in e["evidence"]]
    assert XSS_SENTENCE in evidence


def test_placeholders_in_names_are_not_expanded():
    g = make_xss_graph()
    nx.set_node_attributes(g, {"agency:evil": "{{ vis_js }} {% raw %}"}, "name")
    page = viz.neighbourhood_page(g, "440300", depth=2)
    assert page.count("vis-network") == viz.neighbourhood_page(make_xss_graph(), "440300", depth=2).count("vis-network")
    assert "{{ vis_js }} {% raw %}" in page


def test_node_cap_keeps_the_heaviest_and_says_what_was_cut():
    g = nx.MultiDiGraph()
    g.add_node("hub", type="province", name="中心省", adcode="110000")
    for i in range(10):
        g.add_node(f"industry:{i}", type="industry", name=f"产业{i}")
        g.add_edge("hub", f"industry:{i}", key="backs", relation="backs", weight=i + 1, evidence=[])
    page = viz.neighbourhood_page(g, "hub", max_nodes=5)
    assert node_ids(page) == {"hub", "industry:9", "industry:8", "industry:7", "industry:6"}
    assert len(page_data(page)["edges"]) == 4
    note = re.search(r'<p class="kg-note" id="kg-cut-note"[^>]*>(.*?)</p>', page, re.S)
    assert note, "no cut note"
    assert "6 of 11 nodes and 6 of 10 edges were cut" in note.group(1)
    assert 'data-kg-expected-nodes="5"' in page and 'data-kg-expected-edges="4"' in page
    uncapped = viz.neighbourhood_page(g, "hub")
    assert "kg-cut-note" not in uncapped and len(node_ids(uncapped)) == 11


def test_focus_is_kept_under_the_cap(graph):
    page = viz.neighbourhood_page(graph, "440300", depth=2, max_nodes=10)
    assert "440300" in node_ids(page) and len(node_ids(page)) == 10
    assert "kg-cut-note" in page


def test_synthetic_picture_is_cut_to_500(pages, synthetic):
    data = page_data(pages["synthetic-500"][1])
    assert len(data["nodes"]) == 500
    total = len({n for u, v, k in synthetic.edges(keys=True) if k in viz.REGION_INDUSTRY_RELATIONS and synthetic.nodes[u]["type"] == "province" for n in (u, v)})
    assert total > 500
    assert f"{total - 500} of {total} nodes" in pages["synthetic-500"][1]


def test_pages_are_deterministic(graph):
    assert viz.overview_page(graph) == viz.overview_page(graph)
    assert viz.neighbourhood_page(graph, "440300", depth=2) == viz.neighbourhood_page(graph, "440300", depth=2)
    # nor does the order in which the graph was built matter
    shuffled = nx.MultiDiGraph()
    nodes = list(graph.nodes(data=True))
    random.Random(1).shuffle(nodes)
    shuffled.add_nodes_from(nodes)
    edges = list(graph.edges(keys=True, data=True))
    random.Random(2).shuffle(edges)
    shuffled.add_edges_from(edges)
    assert viz.region_industry_page(shuffled, industry="industry:low-altitude-economy") == viz.region_industry_page(
        graph, industry="industry:low-altitude-economy"
    )
    assert viz.neighbourhood_page(shuffled, "440300") == viz.neighbourhood_page(graph, "440300")


def trusted(edges):
    """The edges the default views draw: of confidence (the best of their evidence) 0.8 or more."""
    return [(u, v, k) for u, v, k, a in edges if a["confidence"] >= DEFAULT_MIN_CONFIDENCE]


def test_neighbourhood_of_shenzhen(graph):
    page = viz.neighbourhood_page(graph, "440300")
    ids = node_ids(page)
    backs = {v for _, v, k in trusted(graph.out_edges("440300", keys=True, data=True)) if k == "backs"}
    assert backs and backs <= ids
    assert not any(graph.nodes[n]["type"] == "article" for n in ids)
    assert not any(e["relation"] == "mentions" for e in page_data(page)["edges"])
    assert "深圳市" in page
    # every node is one step away, along an edge of confidence 0.8 or more
    neighbours = {v for _, v, k in trusted(graph.out_edges("440300", keys=True, data=True)) if k != "mentions"}
    neighbours |= {u for u, _, k in trusted(graph.in_edges("440300", keys=True, data=True)) if k != "mentions"}
    assert ids == neighbours | {"440300"}
    assert all(e["confidence"] >= DEFAULT_MIN_CONFIDENCE and not e.get("faded") for e in page_data(page)["edges"])


def test_drawings_keep_confident_evidence_and_set_apart_the_rest():
    g = make_confidence_graph()
    drawings = {
        "neighbourhood": lambda **o: viz.neighbourhood(g, "深圳", **o),
        "by region": lambda **o: viz.region_industry(g, region="440300", **o),
        "overview": lambda **o: viz.overview(g, **o),
    }
    for name, draw in drawings.items():
        default = draw()
        edges = {e["to"]: e for e in default.edges if e["relation"] == "backs"}
        assert set(edges) == {"industry:robots"}, name  # 保险业 rests on a rule of precision 0.25 only
        robots = edges["industry:robots"]
        assert (robots["weight"], robots["confidence"], robots.get("faded")) == (1, TRUSTED_CONFIDENCE, None), name
        assert [ev["date"] for ev in robots["evidence"]] == ["2024-01-02"], name  # the doubtful sentence is not shown
        assert "confidence 0.8 or more" in default.page["description"] and default.page["confidence"]["faded"] == 0, name

        every = draw(min_confidence=0)
        edges = {e["to"]: e for e in every.edges if e["relation"] == "backs"}
        assert (edges["industry:robots"]["weight"], edges["industry:robots"].get("faded")) == (2, None), name
        assert (edges["industry:insurance"]["confidence"], edges["industry:insurance"]["faded"]) == (DOUBTFUL_CONFIDENCE, True), name
        assert every.page["confidence"] == {**every.page["confidence"], "threshold": "0.8", "faded": 1}, name
        page = every.generate_html()
        assert "confidence below 0.8" in page and 'stroke-opacity="0.35"' in page, name  # the legend says how they are drawn
        assert page_data(page)["edges"] == every.edges, name
    with pytest.raises(KgError, match="a confidence is a number from 0 to 1"):
        viz.neighbourhood(g, "深圳", min_confidence=1.5)


def test_neighbourhood_respects_relations_and_depth(graph):
    only_part_of = viz.neighbourhood_page(graph, "440300", relations=["part_of"])
    expected = {"440300"} | {v for _, v, k in graph.out_edges("440300", keys=True) if k == "part_of"}
    expected |= {u for u, _, k in graph.in_edges("440300", keys=True) if k == "part_of"}
    assert node_ids(only_part_of) == expected
    assert {e["relation"] for e in page_data(only_part_of)["edges"]} == {"part_of"}

    one = node_ids(viz.neighbourhood_page(graph, "440300"))
    two = node_ids(viz.neighbourhood_page(graph, "440300", depth=2, max_nodes=10_000))
    assert one < two
    assert node_ids(viz.neighbourhood_page(graph, "440300", depth=0)) == {"440300"}

    with_mentions = viz.neighbourhood_page(graph, "440300", relations=["mentions", "backs"])
    types = {graph.nodes[n]["type"] for n in node_ids(with_mentions)}
    assert "article" in types
    assert {e["relation"] for e in page_data(with_mentions)["edges"]} <= {"mentions", "backs"}


def test_region_industry_by_industry(graph):
    industry = "industry:low-altitude-economy"
    page = viz.region_industry_page(graph, industry=industry)
    ids = node_ids(page)
    backers = {u for u, _, k in trusted(graph.in_edges(industry, keys=True, data=True)) if k == "backs"}  # drawn by default
    regions = {u for u in backers if graph.nodes[u]["type"] in REGION_TYPES}
    assert regions and regions <= ids
    assert backers <= ids
    for region in regions:
        assert graph.nodes[region]["name"] in page  # in the datalist and data
    assert {e["relation"] for e in page_data(page)["edges"]} <= {"backs", "sets_target", "part_of"}
    assert all(e["to"] == industry for e in page_data(page)["edges"] if e["relation"] != "part_of")


def test_region_industry_by_region_includes_sub_regions(graph):
    page = viz.region_industry_page(graph, region="110000")
    ids = node_ids(page)
    subs = {u for u, _, k in graph.in_edges("110000", keys=True) if k == "part_of"}
    backing = set()
    for sub in subs | {"110000"}:
        backed = {v for _, v, k in trusted(graph.out_edges(sub, keys=True, data=True)) if k == "backs" and graph.nodes[v]["type"] == "industry"}
        assert backed <= ids, sub
        if backed:
            backing.add(sub)
    assert backing - {"110000"}, "no sub-region of 110000 backs an industry: the test needs another region"
    assert backing <= ids
    assert ids & subs == backing - {"110000"}  # sub-regions that back nothing are left out
    part_of = {(e["from"], e["to"]) for e in page_data(page)["edges"] if e["relation"] == "part_of"}
    assert {(sub, "110000") for sub in backing - {"110000"}} <= part_of
    assert all(graph.nodes[n]["type"] in REGION_TYPES | {"industry"} for n in ids)


def test_overview_is_regions_to_industries_heaviest_first(graph):
    data = page_data(viz.overview_page(graph))
    types = {n["type"] for n in data["nodes"]}
    assert "industry" in types and types <= REGION_TYPES | {"industry"}
    assert {e["relation"] for e in data["edges"]} <= set(viz.REGION_INDUSTRY_RELATIONS)
    # the top 10 links: every one drawn is at least as heavy as every one cut, and the page says how many were cut
    page = viz.overview_page(graph, top=10)
    links = {(e["from"], e["to"]) for e in page_data(page)["edges"]}
    assert len(links) == 10
    weights = {}
    for u, v, k, a in graph.edges(keys=True, data=True):
        if k in viz.REGION_INDUSTRY_RELATIONS and graph.nodes[u]["type"] in REGION_TYPES:
            kept = trusted_evidence(a["evidence"], DEFAULT_MIN_CONFIDENCE)  # the default: what rules of 0.8 or more found
            if kept:
                weights.setdefault((u, v), set()).update(e["article"] for e in kept)
    assert min(len(weights[p]) for p in links) >= max(len(w) for p, w in weights.items() if p not in links)
    note = re.search(r'<p class="kg-note" id="kg-cut-note"[^>]*>(.*?)</p>', page, re.S).group(1)
    assert f"Showing the 10 heaviest of {len(weights)} region → industry links" in note
    assert f"{len(weights) - 10} lighter links" in note
    assert "kg-cut-note" not in viz.overview_page(graph, top=len(weights))


def test_legend_and_tooltip_data(graph):
    page = viz.neighbourhood_page(graph, "440300")
    data = page_data(page)
    for kind in {n["type"] for n in data["nodes"]}:
        assert f'<input type="checkbox" value="{kind}" checked>' in page
    for relation in {e["relation"] for e in data["edges"]}:
        assert f'<input type="checkbox" value="{relation}" checked>' in page
    node = next(n for n in data["nodes"] if n["id"] == "440300")
    assert (node["name"], node["type"], node["adcode"]) == ("深圳市", "city", "440300")
    edge = next(e for e in data["edges"] if e["relation"] == "backs" and e["from"] == "440300")
    assert {"relation", "weight", "first_date", "last_date", "width"} <= set(edge)
    assert 1 <= len(edge["evidence"]) <= 3 and all(ev["title"] and ev["date"] and ev["sentence"] for ev in edge["evidence"])
    assert not any("url" in n for n in data["nodes"])


def test_article_addresses_are_not_put_in_pages(graph):
    page = viz.neighbourhood_page(graph, "440300", relations=["mentions"])
    articles = [n for n in node_ids(page) if graph.nodes[n]["type"] == "article"]
    assert articles
    urls = [graph.nodes[n]["url"] for n in articles if graph.nodes[n].get("url")]
    assert not any(url in page for url in urls)
    assert not remote_resources(page)


def test_empty_and_tiny_graphs():
    empty = viz.overview_page(nx.MultiDiGraph())
    assert page_data(empty)["nodes"] == [] and 'data-kg-expected-nodes="0"' in empty
    g = nx.MultiDiGraph()
    g.add_node("440300", type="city", name="深圳市")
    assert node_ids(viz.neighbourhood_page(g, "440300", depth=3)) == {"440300"}
    # a type or relation the styles do not know is drawn in the "other" style, under its own name
    g.add_node("thing:1", type="thing", name="某物")
    g.add_edge("thing:1", "440300", key="novel", relation="novel", weight=1, evidence=[])
    page = viz.neighbourhood_page(g, "440300")
    assert {n["type"] for n in page_data(page)["nodes"]} == {"city", "thing"}
    assert '<input type="checkbox" value="" checked>' in page and '<input type="checkbox" value="novel" checked>' in page


def test_bad_arguments(graph):
    with pytest.raises(NodeNotFound, match="440399"):
        viz.neighbourhood_page(graph, "440399")
    with pytest.raises(KgError, match="not an industry"):
        viz.region_industry_page(graph, industry="440300")
    with pytest.raises(KgError, match="not a region"):
        viz.region_industry_page(graph, region="industry:low-altitude-economy")
    with pytest.raises(KgError, match="max_nodes"):
        viz.neighbourhood_page(graph, "440300", max_nodes=0)
    with pytest.raises(KgError, match="top"):
        viz.overview_page(graph, top=0)
    with pytest.raises(KgError, match="unknown relation 'backz'.*backs"):
        viz.neighbourhood_page(graph, "440300", relations=["backz"])


def test_write_page_is_utf8(tmp_path):
    path = viz.write_page("<p>深圳市</p>", tmp_path / "sub" / "p.html")
    assert path.read_bytes() == "<p>深圳市</p>".encode("utf-8")


def test_page_names_and_paths(tmp_path):
    assert viz.page_name(entity="440300") == "440300.html"
    assert viz.page_name(industry="industry:low-altitude-economy") == "industry-low-altitude-economy-backers.html"
    assert viz.page_name(region="110000") == "110000-industries.html"
    assert viz.page_name(entity="policy:深圳市关于/促进..低空经济") == "policy-深圳市关于-促进..低空经济.html"  # no folder, no hidden file
    assert viz.page_path(tmp_path, "440300.html") == tmp_path / "440300.html"
    assert viz.page_path(tmp_path / "p.html", "440300.html") == tmp_path / "p.html"
    with pytest.raises(KgError, match="the folder .*missing does not exist"):
        viz.page_path(tmp_path / "missing" / "p.html", "x.html")
    os.mkfifo(tmp_path / "fifo")
    with pytest.raises(KgError, match="fifo: not a regular file"):  # the page would have been renamed over it
        viz.page_path(tmp_path / "fifo", "x.html")


def test_a_page_that_cannot_be_written_is_one_error(tmp_path):
    (tmp_path / "file").write_text("", encoding="utf-8")
    with pytest.raises(KgError, match="file/p.html: cannot write the page"):
        viz.write_page("<p></p>", tmp_path / "file" / "p.html")


# ---------------------------------------------------------------- the pages in Chromium

needs_chromium = pytest.mark.skipif(
    chromium() is None, reason="no chromium binary on PATH (scripts/test installs Debian's chromium when run as root)"
)


def rendered(path: Path) -> dict[str, str]:
    data = body_data(dump_dom(path))
    assert data.get("kgReady") == "1", f"{path.name}: the network never drew: {data}"
    return data


@needs_chromium
@pytest.mark.parametrize(
    "name",
    [
        "overview",
        "neighbourhood-440300",
        "neighbourhood-440300-depth2",
        "region-industry-low-altitude",
        "region-industry-110000",
        "xss-neighbourhood",
    ],
)
def test_page_renders_in_chromium(pages, name):
    path, text = pages[name]
    data = page_data(text)
    seen = rendered(path)
    assert seen["kgErrors"] == "0"
    assert seen["kgCspViolations"] == "0"  # nothing was blocked: the page asked for no resource
    assert int(seen["kgNodes"]) == len(data["nodes"]) == int(seen["kgExpectedNodes"])
    assert int(seen["kgEdges"]) == len(data["edges"])
    assert int(seen["kgNonBlank"]) > 1000
    assert "pwned" not in seen
    print(f"{name}: {seen['kgNodes']} nodes, {seen['kgEdges']} edges, ready in {seen['kgReadyMs']} ms")


@needs_chromium
def test_500_node_page_timing(pages):
    path, text = pages["synthetic-500"]
    runs = [rendered(path) for _ in range(3)]
    for seen in runs:
        assert seen["kgErrors"] == "0"
        assert seen["kgNodes"] == "500"
        assert int(seen["kgNonBlank"]) > 1000
        assert float(seen["kgReadyMs"]) > 0
    times = [float(seen["kgReadyMs"]) for seen in runs]
    print(f"500-node page: kgReadyMs {times}, median {statistics.median(times):.1f} ms")


def _png_size(png: Path) -> tuple[int, int]:
    head = png.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", head[16:24])


@needs_chromium
def test_screenshot(pages, tmp_path):
    shots = {}
    for name in ("neighbourhood-440300", "overview"):
        png = screenshot(pages[name][0], tmp_path / f"{name}.png", width=1400, height=900)
        assert _png_size(png) == (1400, 900)
        assert png.stat().st_size > 30_000  # a blank page of this size is a few kB
        shots[name] = png
    if os.environ.get("KG_SAVE_SCREENSHOT"):
        shutil.copyfile(shots["neighbourhood-440300"], "/tmp/kg-viz-screenshot.png")
        shutil.copyfile(shots["overview"], "/tmp/kg-viz-screenshot-overview.png")
    print(f"screenshots: {', '.join(str(p) for p in shots.values())}")


# ---------------------------------------------------------------- pyvis networks


def test_neighbourhood_is_a_pyvis_network_found_by_any_name(graph):
    from pyvis.network import Network

    network = viz.neighbourhood(graph, "深圳")
    assert isinstance(network, Network)
    assert "440300" in network.get_nodes() and network.num_edges() > 0
    assert network.generate_html() == viz.neighbourhood_page(graph, "440300")
    # the graph given is not changed (pyvis's from_nx would rename weights and add sizes)
    assert "size" not in graph.nodes["440300"] and all("value" not in a for *_, a in graph.edges(data=True))


def test_network_writes_utf8_whatever_the_locale(graph, tmp_path, monkeypatch):
    import locale

    monkeypatch.setattr(locale, "getpreferredencoding", lambda *a, **k: "ascii")
    path = tmp_path / "shenzhen.html"
    viz.neighbourhood(graph, "440300").write_html(str(path))
    assert "深圳市" in path.read_text(encoding="utf-8")


def test_date_period_and_min_weight_cut_edges(graph):
    whole = page_data(viz.neighbourhood_page(graph, "440300"))
    recent = page_data(viz.neighbourhood_page(graph, "440300", since="2024-01"))
    assert 0 < len(recent["edges"]) < len(whole["edges"])
    for edge in recent["edges"]:
        assert edge.get("first_date", "9999") >= "2024-01"
        assert all(ev["date"] >= "2024-01" for ev in edge["evidence"])
    heavy = page_data(viz.neighbourhood_page(graph, "440300", min_weight=2))
    assert heavy["edges"] and all(e["weight"] >= 2 for e in heavy["edges"])
    assert len(heavy["edges"]) < len(whole["edges"])
    with pytest.raises(KgError, match="YYYY"):
        viz.neighbourhood(graph, "440300", since="last week")


def test_evidence_names_article_and_newsletter_not_file(graph):
    labels = newsletter_labels(EXPORTS_GRAPH.with_name("articles.jsonl"))
    assert labels["000_6655e9b386682018.txt"] == "双周决策观察 2023年第22期"
    page = viz.neighbourhood_page(graph, "440300", newsletters=labels)
    evidence = [ev for e in page_data(page)["edges"] for ev in e["evidence"]]
    assert evidence and all(ev["title"] and ev["newsletter"] for ev in evidence)
    assert not re.search(r"\d{3}_[0-9a-f]{16}\.txt", page)
    assert newsletter_labels(EXPORTS_GRAPH.with_name("no-such.jsonl")) == {}


# ---------------------------------------------------------------- the fast paths draw what reading every item draws
# A drawing judges each edge from a summary of its evidence kept with the graph, walks networkx's
# adjacency dicts, picks tooltips in one pass and lays out in place: each is checked here against
# the plain way (every evidence item read, networkx's views, a sort, numpy's allocating arithmetic).


def drawn_by_reading(attrs: dict, since, until, min_weight: int, min_confidence: float) -> dict | None:
    """What a drawing keeps of an edge, its evidence read item by item (the rule of viz._Filter.drawn)."""
    evidence = attrs.get("evidence")
    if not evidence:
        if evidence is not None and (since or until):
            return None
        if attrs.get("confidence") is not None and float(attrs["confidence"]) < min_confidence:
            return None
    else:
        kept = kept_evidence(attrs, since, until, min_confidence)
        if not kept:
            return None
        if len(kept) < len(evidence):
            dates = [e["date"] for e in kept if e.get("date")]
            attrs = {**attrs, "evidence": kept, "weight": len({e.get("article") for e in kept if e.get("article")}) or 1,
                     "first_date": min(dates, default=None), "last_date": max(dates, default=None),
                     "confidence": max(evidence_confidence(e) for e in kept)}
        elif attrs.get("confidence") is None:
            attrs = {**attrs, "confidence": max(evidence_confidence(e) for e in kept)}
    if float(attrs.get("weight", 1) or 1) < min_weight:
        return None
    return attrs


_ITEM = st.fixed_dictionaries({
    "article": st.sampled_from(["a1", "a2", "a3", None]),
    "date": st.sampled_from(["2023-11-30", "2024-01-15", "2024-01-16", "2024-03-01", "2024", None]),
    "rule": st.sampled_from([TRUSTED_RULE, DOUBTFUL_RULE, "a_rule_no_gold_measured"]),
    "method": st.sampled_from(["rule", "rule", "knowledge_base"]),
    "sentence": st.sampled_from(["深圳市支持机器人产业发展。", " 深圳市支持机器人产业发展。\n", "深圳市出台政策。", "  ", ""]),
    "source": st.sampled_from(["a.txt", "b.txt"]),
    "start": st.integers(0, 3),
})
_BOUND = st.sampled_from([None, "2023", "2024", "2024-01", "2024-01-15", "2024-01-16", "2024-03"])


@settings(max_examples=300, deadline=None)
@given(evidence=st.one_of(st.none(), st.lists(_ITEM, max_size=6)), confidence=st.sampled_from([None, 0.3, 0.9]),
       weight=st.sampled_from([None, 1, 2, 3]), since=_BOUND, until=_BOUND,
       min_confidence=st.sampled_from([0, 0.5, DOUBTFUL_CONFIDENCE, DEFAULT_MIN_CONFIDENCE, TRUSTED_CONFIDENCE, 1]),
       min_weight=st.sampled_from([1, 2]))
def test_judging_by_summary_draws_what_reading_every_item_draws(evidence, confidence, weight, since, until, min_confidence, min_weight):
    attrs = {"relation": "backs"}
    for key, value in (("evidence", evidence), ("confidence", confidence), ("weight", weight)):
        if value is not None:
            attrs[key] = value
    try:
        keep = viz._Filter.of(since, until, min_weight, min_confidence)
    except KgError:
        return  # since after until
    judge = keep.judge(viz._EdgeFacts())
    expected = drawn_by_reading(attrs, since, until, min_weight, min_confidence)
    assert judge(attrs) == expected
    assert judge(attrs) == expected  # again, from the summary (and the part kept) made the first time
    assert keep.drawn(attrs) == expected


def test_a_summary_is_made_again_when_the_edge_changes():
    g = make_confidence_graph()  # 深圳 → 机器人: a trusted item (a1) and a doubtful one (a2)
    weight = lambda: {(e["from"], e["to"]): e["weight"] for e in page_data(viz.neighbourhood_page(g, "440300"))["edges"]}
    assert weight()[("440300", "industry:robots")] == 1
    edge = g["440300"]["industry:robots"]["backs"]
    edge["evidence"].append({**edge["evidence"][0], "article": "a4"})  # grown in place
    assert weight()[("440300", "industry:robots")] == 2
    edge["evidence"] = [e for e in edge["evidence"] if e["article"] != "a1"]  # replaced
    assert weight()[("440300", "industry:robots")] == 1
    assert ("440300", "industry:insurance") not in weight()


def test_preloaded_drawings_read_no_evidence_again(monkeypatch):
    expected = viz.neighbourhood_page(make_confidence_graph(), "440300", depth=2)
    g = make_confidence_graph()
    viz.preload(g)

    def read(*_):
        raise AssertionError("an evidence item's confidence was looked up after preload")

    monkeypatch.setattr("kg.confidence.confidence", read)
    assert viz.neighbourhood_page(g, "440300", depth=2) == expected  # the first drawing too
    assert viz.neighbourhood_page(g, "440300", depth=2) == expected


def walk_by_views(graph: nx.MultiDiGraph, start: str, depth: int, relations, keep) -> tuple[set[str], dict]:
    """The neighbourhood as first written: networkx's views, every edge between the nodes reached read again."""
    allowed = viz._relations(graph, relations)
    with_articles = "mentions" in allowed
    seen, frontier, chosen = {start}, [start], {}
    for _ in range(depth):
        reached = set()
        for node in frontier:
            for u, v, key, attrs in [*graph.out_edges(node, keys=True, data=True), *graph.in_edges(node, keys=True, data=True)]:
                other = v if u == node else u
                if key not in allowed or (not with_articles and graph.nodes[other].get("type") == "article"):
                    continue
                drawn = keep.drawn(attrs)
                if drawn is not None:
                    chosen[u, v, key] = drawn
                    if other not in seen:
                        reached.add(other)
        seen |= reached
        frontier = sorted(reached)
    for u, v, key, attrs in graph.subgraph(seen).edges(keys=True, data=True):
        if key in allowed and (u, v, key) not in chosen and (drawn := keep.drawn(attrs)) is not None:
            chosen[u, v, key] = drawn
    return seen, chosen


@pytest.mark.parametrize("start, depth, relations, since, min_confidence", [
    ("440300", 0, None, None, DEFAULT_MIN_CONFIDENCE),
    ("440300", 1, None, None, DEFAULT_MIN_CONFIDENCE),
    ("440300", 2, None, None, DEFAULT_MIN_CONFIDENCE),
    ("440300", 3, None, "2024-01", 0),
    ("440300", 2, ["backs", "part_of"], None, DEFAULT_MIN_CONFIDENCE),
    ("440300", 2, ["mentions", "backs"], None, DEFAULT_MIN_CONFIDENCE),
    ("industry:low-altitude-economy", 2, None, None, 0.9),
])
def test_walk_reaches_what_the_views_reach(graph, start, depth, relations, since, min_confidence):
    keep = viz._Filter.of(since, None, 1, min_confidence)
    expected = walk_by_views(graph, start, depth, relations, keep)
    assert viz._walk(graph, start, depth, viz._relations(graph, relations), keep) == expected
    listed = graph.copy()
    viz.preload(listed)  # the walk then follows each node's edge list made there
    assert viz._facts(listed).incident is not None
    assert viz._walk(listed, start, depth, viz._relations(listed, relations), keep) == expected


def tooltip_by_sorting(evidence: list[dict]) -> tuple[list[tuple[dict, str]], int]:
    """The tooltip's evidence as first written: every item sorted, latest first, one per distinct sentence."""
    items = [e for e in evidence if str(e.get("sentence") or "").strip()]
    items.sort(key=lambda e: (str(e.get("date") or ""), str(e.get("source") or ""), int(e.get("start") or 0)), reverse=True)
    shown, seen = [], set()
    for e in items:
        sentence = " ".join(str(e["sentence"]).split())
        if sentence not in seen:
            seen.add(sentence)
            if len(shown) < 3:
                shown.append((e, sentence if len(sentence) <= 220 else sentence[:219] + "…"))
    return shown, len(seen)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.fixed_dictionaries({
    "sentence": st.sampled_from(["甲。", " 甲。", "甲 。", "乙。\n", "丙。", "丁。", "戊" * 300, "", "  ", None]),
    "date": st.sampled_from(["2024-01-02", "2024-01-03", "", None]),
    "source": st.sampled_from(["a.txt", "b.txt", None]),
    "start": st.sampled_from([0, 5, None]),
}), max_size=12))
def test_tooltip_picks_what_sorting_every_item_picks(evidence):
    picked, total = viz._tooltip(evidence)
    expected, expected_total = tooltip_by_sorting(evidence)
    assert total == expected_total
    assert [(id(e), s) for e, s in picked] == [(id(e), s) for e, s in expected]


def force_layout_allocating(n: int, links: dict, seed: int, iterations: int = 150) -> list[tuple[float, float]]:
    """Fruchterman–Reingold as first written, each step's arrays allocated anew."""
    import numpy as np

    if n == 1:
        return [(0.0, 0.0)]
    adjacency = np.zeros((n, n))
    for (i, j), w in links.items():
        adjacency[i, j] = adjacency[j, i] = min(w, 3.0)
    pos = np.random.default_rng(seed).random((n, 2))
    mass = 1.0 + np.sqrt((adjacency > 0).sum(axis=1))
    repulsion = mass[:, np.newaxis] * mass[np.newaxis, :] / float(mass.mean()) ** 2
    attraction = adjacency / np.sqrt(mass[:, np.newaxis] * mass[np.newaxis, :]) * float(mass.mean())
    k = (1.0 / n) ** 0.5
    temperature = 0.1
    cooling = temperature / (iterations + 1)
    x, y = pos[:, 0].copy(), pos[:, 1].copy()
    for _ in range(iterations):
        dx = x[:, np.newaxis] - x[np.newaxis, :]
        dy = y[:, np.newaxis] - y[np.newaxis, :]
        squared = np.maximum(dx * dx + dy * dy, 1e-4)
        force = repulsion * (k * k) / squared - attraction * np.sqrt(squared) / k
        move_x, move_y = (dx * force).sum(axis=1), (dy * force).sum(axis=1)
        step = temperature / np.maximum(np.hypot(move_x, move_y), 0.01)
        x += move_x * step
        y += move_y * step
        temperature -= cooling
    pos = np.column_stack((x, y))
    pos -= pos.mean(axis=0)
    pos /= float(np.abs(pos).max()) or 1.0
    return [(float(x), float(y)) for x, y in pos]


@pytest.mark.parametrize("n", [2, 3, 40, 130])
def test_layout_in_place_is_the_same_bit_for_bit(n):
    rng = random.Random(n)
    links: dict[tuple[int, int], float] = {}
    for _ in range(3 * n):
        i, j = sorted(rng.sample(range(n), 2))
        links[i, j] = links.get((i, j), 0) + rng.choice([1, 1, 2, 5, 0.5])
    assert viz._force_layout(n, links, 7) == force_layout_allocating(n, links, 7)
