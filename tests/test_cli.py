"""The command line, in-process."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main

README = Path(__file__).parents[1] / "README.md"


@pytest.fixture
def run():
    runner = CliRunner()

    def invoke(*args):
        return runner.invoke(main, [str(a) for a in args], catch_exceptions=False)

    return invoke


def test_every_command_has_help_and_is_in_the_readme(run):
    readme = README.read_text(encoding="utf-8")
    for name in main.commands:
        result = run(name, "--help")
        assert result.exit_code == 0, name
        assert f"kg {name}" in readme, f"README does not mention 'kg {name}'"


def test_articles_table_lists_the_bundled_corpus_with_counts(run):
    result = run("articles")
    assert result.exit_code == 0
    assert "深圳促进新能源汽车产业高质量发展" in result.output
    assert re.search(r"001_45264a07892273a6\.txt\s+digest\s+63", result.output)
    assert re.search(r"国内动态\s+22", result.output)
    assert result.output.rstrip().endswith("98 articles in 5 files")


def test_articles_jsonl_and_json(run, corpus_documents):
    lines = run("articles", "--format", "jsonl").output.splitlines()
    records = [json.loads(line) for line in lines]
    assert len(records) == 98
    first = records[0]
    assert {"id", "source", "title", "section", "outlet", "date", "url", "paragraphs", "newsletter"} <= first.keys()
    assert json.loads(run("articles", "--format", "json").output) == records


def test_articles_show_one_article(run, corpus_documents):
    article = corpus_documents["004_ed97ee6178b6ef7d.txt"].articles[5]
    for wanted in (article.id, article.id[:6], f"{article.source}:{article.index}"):
        result = run("articles", "--show", wanted)
        assert result.exit_code == 0
        assert result.output.startswith(article.title + "\n")
        assert article.paragraphs[-1].text in result.output
        assert f"outlet: {article.outlet} {article.date}" in result.output


def test_articles_show_unknown_id(run):
    result = run("articles", "--show", "zzzz")
    assert result.exit_code == 1
    assert "no article with id 'zzzz'" in result.output


def test_bad_files_are_reported_and_the_rest_processed(run, tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "ok.txt").write_text("【上海】\n\n上海发布新政\n\n上海今天发布了新政，支持人工智能产业。（解放日报 20240101）\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["articles", str(tmp_path), "--format", "jsonl"])
    assert result.exit_code == 0
    assert f"error: {tmp_path / 'empty.txt'}: empty file" in result.stderr
    assert json.loads(result.stdout)["title"] == "上海发布新政"


def test_nothing_readable_exits_non_zero(run, tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    result = CliRunner().invoke(main, ["articles", str(tmp_path / "empty.txt")])
    assert result.exit_code == 1
    assert "empty file" in result.stderr
    assert "no file could be read" in result.stderr


def test_build_writes_exports_and_says_where(run, tmp_path):
    result = run("build", "--out", tmp_path / "out")
    assert result.exit_code == 0
    assert "articles: 98" in result.output
    assert str((tmp_path / "out").resolve()) in result.output
    assert (tmp_path / "out" / "articles.jsonl").exists()


def test_link_prints_mentions(run):
    result = run("link", "深圳市工信局支持宝安区发展低空经济")
    assert result.exit_code == 0
    assert "agency:440300:economy_and_it" in result.output and "440306" in result.output
    records = json.loads(run("link", "深圳市工信局", "--format", "json").output)
    assert records == [{"text": "深圳市工信局", "start": 0, "end": 6, "type": "agency", "id": "agency:440300:economy_and_it", "name": "深圳市工业和信息化局", "adcode": None, "rule": "agency_region_function"}]
    assert records[0]["rule"] in result.output  # the rule the table shows


def test_link_reads_region_names_as_of_a_date(run):
    records = json.loads(run("link", "思茅加快发展普洱茶产业", "--date", "2005-06-01", "--format", "json").output)
    assert [(r["id"], r["historical"]) for r in records if r["type"] == "city"] == [("530800", {"adcode": "530800", "name": "思茅市"})]
    assert "then 思茅市 530800" in run("link", "思茅加快发展", "--date", "2005").output
    result = run("link", "思茅", "--date", "soon")
    assert result.exit_code == 2 and "not a date" in result.output


def test_extract_plain_text_file_is_one_article(run, tmp_path):
    path = tmp_path / "note.txt"
    path.write_text("苏州发布行动方案\n\n苏州市发改委、市工信局联合发布《苏州市关于推进算力产业发展和应用的行动方案》。\n", encoding="utf-8")
    records = [json.loads(line) for line in run("extract", path).output.splitlines()]
    assert len(records) == 1
    ids = {m["id"] for m in records[0]["mentions"]}
    assert {"320500", "agency:320500:development_reform", "agency:320500:economy_and_it", "policy:苏州市关于推进算力产业发展和应用的行动方案"} <= ids


def test_eval_prints_scores_per_type_and_rule(run):
    gold = Path(__file__).parent / "gold"
    result = run("eval", gold, "--errors", "--by-rule")
    assert result.exit_code == 0
    assert re.search(r"region \(adcode\)\s+\d+", result.output)
    assert "28 articles" in result.output
    assert re.search(r"^region_name\s+\d+\s+\d+\s+[01]\.\d{3}\s+[01]\.\d{3}$", result.output, re.M)
    assert re.search(r"^  spurious \S+  \S+  [a-z_+]+$", result.output, re.M)  # each false positive with its rule


def test_eval_keeps_subfolders_apart(tmp_path):
    import shutil

    gold = Path(__file__).parent / "gold"
    dev = tmp_path / "gold"
    (dev / "heldout").mkdir(parents=True)
    (dev / "relations").mkdir()
    (dev / "elsewhere").mkdir()
    shutil.copy(gold / "entities_a.jsonl", dev)
    for name in ("entities_c.jsonl", "relations_c.jsonl"):  # held-out entities and relations, scored together
        shutil.copy(gold / "heldout" / name, dev / "heldout")
    shutil.copy(gold / "relations" / "relations_a.jsonl", dev / "relations")
    (dev / "elsewhere" / "x.jsonl").write_text(json.dumps({"file": "nope.txt", "index": 0, "title": "x", "entities": []}) + "\n", encoding="utf-8")
    dev_articles = len((dev / "entities_a.jsonl").read_text(encoding="utf-8").splitlines())
    runner = CliRunner()

    plain = runner.invoke(main, ["eval", str(dev)])
    assert plain.exit_code == 0 and f"\n{dev_articles} articles" in plain.stdout and "backs" not in plain.stdout  # the dev figure alone
    assert f"gold in subfolders was not read: {dev / 'elsewhere'}, {dev / 'heldout'}, {dev / 'relations'}" in plain.stderr

    each = runner.invoke(main, ["eval", str(dev), "--recursive"])
    tables = dict(part.split("\n", 1) for part in each.stdout.split("== ")[1:])
    assert list(tables) == [str(dev), f"{dev / 'elsewhere'}: not scored: nope.txt: gold article 0 (x) is not in the corpus (its texts may be elsewhere: --corpus)",
                            str(dev / "heldout"), str(dev / "relations")]
    assert tables[str(dev)].strip() == plain.stdout.strip()  # the same figure, not pooled with the folders below
    assert "\n12 articles" in tables[str(dev / "heldout")] and "backs " in tables[str(dev / "relations")]
    assert re.search(r"invests_in\s+0\s+0\s+0\s+—\s+—\s+—", tables[str(dev / "heldout")])  # no gold items: —, not 1.000
    assert each.exit_code == 1 and f"1 of 4 gold folders not scored: {dev / 'elsewhere'}" in each.stderr

    data = json.loads(runner.invoke(main, ["eval", str(dev / "heldout"), str(dev / "relations"), "--recursive", "--format", "json"]).stdout)
    assert sorted(data) == [str(dev / "heldout"), str(dev / "relations")] and data[str(dev / "heldout")]["articles"] == 12

    (tmp_path / "sets").mkdir()
    shutil.move(str(dev / "heldout"), tmp_path / "sets")
    only_below = runner.invoke(main, ["eval", str(tmp_path / "sets")])
    assert only_below.exit_code == 1 and "no *.jsonl gold files in this folder; gold is in its subfolders heldout" in only_below.stderr


def test_eval_rejects_gold_for_articles_it_cannot_find(run, tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"file": "nope.txt", "index": 0, "title": "x", "entities": []}) + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["eval", str(gold)])
    assert result.exit_code == 1
    assert "nope.txt" in result.stderr


def test_viz_writes_an_offline_page(bundled_build, tmp_path):
    graph = str(bundled_build[1] / "graph.json")
    runner = CliRunner()
    result = runner.invoke(main, ["viz", "深圳", "--graph", graph, "-o", str(tmp_path / "sz.html")])
    assert result.exit_code == 0, result.output
    page = (tmp_path / "sz.html").read_text(encoding="utf-8")
    assert "深圳市" in page and "https://" not in page.split("<script", 1)[0]
    assert "only evidence of confidence 0.8 or more" in page and '"faded":true' not in page
    result = runner.invoke(main, ["viz", "深圳", "--min-confidence", "0", "--graph", graph, "-o", str(tmp_path / "sz-all.html")])
    assert result.exit_code == 0 and '"faded":true' in (tmp_path / "sz-all.html").read_text(encoding="utf-8")
    result = runner.invoke(main, ["viz", "--industry", "低空经济", "--graph", graph, "-o", str(tmp_path / "lae.html")])
    assert result.exit_code == 0 and (tmp_path / "lae.html").exists()
    result = runner.invoke(main, ["viz", "--graph", graph, "-o", str(tmp_path / "x.html")])
    assert result.exit_code == 2 and "give either ENTITY or --industry/--region" in result.output
    assert sorted(p.name for p in bundled_build[0].views) == ["beijing-industries.html", "low-altitude-economy.html", "overview.html", "shenzhen.html"]


def test_lookup_filters_are_checked(bundled_build):
    graph = ["--graph", str(bundled_build[1] / "graph.json")]
    runner = CliRunner()
    result = runner.invoke(main, ["neighbors", "深圳", "--since", "2024-13-45", *graph])
    assert result.exit_code == 2
    assert "Invalid value for '--since': '2024-13-45' is not a calendar date (month must be in 1..12); expected YYYY, YYYY-MM or YYYY-MM-DD" in result.stderr
    result = runner.invoke(main, ["neighbors", "深圳", "--relation", "nonsense", *graph])
    assert result.exit_code == 1 and result.stderr.startswith("Error: no relation 'nonsense' in this graph; relations in this graph: ")
    result = runner.invoke(main, ["neighbors", "深圳", "--since", "2025", "--until", "2024", *graph])
    assert result.exit_code == 1 and "since 2025 is after until 2024" in result.stderr
    result = runner.invoke(main, ["show", " ", *graph])
    assert result.exit_code == 1 and result.stderr.startswith("Error: an entity name cannot be empty or blank")
    result = runner.invoke(main, ["search", "\x1b[2J" * 10_000, *graph])  # echoed escaped and cut, not 40,000 characters
    assert result.exit_code == 0 and result.stdout == "no entity name contains '" + "\\x1b[2J" * 15 + "'… (40,000 characters)\n"
    result = runner.invoke(main, ["neighbors", "深圳", "--until", "2024", "--relation", "backs", "--format", "csv", *graph])
    assert result.exit_code == 0 and len(result.stdout.splitlines()) > 1


def test_viz_into_a_folder_gets_a_name_from_the_ids(bundled_build, tmp_path):
    graph = ["--graph", str(bundled_build[1] / "graph.json")]
    runner = CliRunner()
    result = runner.invoke(main, ["viz", "深圳", "-o", str(tmp_path), *graph])
    assert result.exit_code == 0, result.output
    assert result.stdout == f"wrote {(tmp_path / '440300.html').resolve()}\n" and (tmp_path / "440300.html").is_file()
    result = runner.invoke(main, ["viz", "--industry", "低空经济", "--region", "北京", "-o", str(tmp_path), *graph])
    assert result.exit_code == 0 and (tmp_path / "110000-industry-low-altitude-economy.html").is_file()


def test_viz_does_not_create_folders(bundled_build, tmp_path):
    graph = ["--graph", str(bundled_build[1] / "graph.json")]
    runner = CliRunner()
    missing = tmp_path / "new" / "dir" / "x.html"
    result = runner.invoke(main, ["viz", "深圳", "-o", str(missing), *graph])
    assert result.exit_code == 1
    assert result.stderr == f"Error: {missing}: the folder {missing.parent} does not exist; create it first or write the page elsewhere\n"
    assert not (tmp_path / "new").exists()
    (tmp_path / "file").write_text("", encoding="utf-8")
    result = runner.invoke(main, ["viz", "深圳", "-o", str(tmp_path / "file" / "x.html"), *graph])
    assert result.exit_code == 1 and f"{tmp_path / 'file'} is not a folder" in result.stderr


SEGMENTATION_DEV = Path(__file__).parent / "gold" / "segmentation" / "dev"


def test_articles_explain_says_how_a_file_was_read(run):
    result = run("articles", "--explain", SEGMENTATION_DEV / "d14_one_paragraph.txt", SEGMENTATION_DEV / "d15_single_policy.txt")
    assert result.exit_code == 0
    out = result.output
    assert "d14_one_paragraph.txt: run-in, 5 articles" in out
    assert "note: a paragraph holding several items was cut into 5 articles" in out
    assert re.search(r"0  line 2, characters \d+-\d+  苏州发布人形机器人产业创新发展方案", out)
    assert "d15_single_policy.txt: document, 1 articles" in out
    assert "an address line (各…：)" in out
    explained = json.loads(run("articles", "--explain", "--format", "json", SEGMENTATION_DEV / "d15_single_policy.txt").output)
    assert explained[0]["layout"] == "document" and explained[0]["articles"][0]["lines"][0] == 1


def test_eval_segmentation(run, tmp_path):
    result = run("eval", "--segmentation", SEGMENTATION_DEV)
    assert result.exit_code == 0
    assert re.search(r"files split exactly\s+\d+/\d+", result.output)
    data = json.loads(run("eval", "--segmentation", "--format", "json", SEGMENTATION_DEV).output)
    assert data[str(SEGMENTATION_DEV)]["headlines"] >= 55
    bad = run("eval", "--segmentation", tmp_path)
    assert bad.exit_code != 0 and "no gold.jsonl" in bad.output


def test_build_summary_warns_of_a_long_file_read_as_one_article():
    from kg.build import SINGLE_ARTICLE_WARNING, BuildResult, FileSummary, summary_text
    from kg.types import Newsletter

    files = [FileSummary("long.txt", "long.txt", "plain", Newsletter(), (None,), SINGLE_ARTICLE_WARNING + 1),
             FileSummary("short.txt", "short.txt", "plain", Newsletter(), (None,), 200),
             FileSummary("digest.txt", "digest.txt", "headlines", Newsletter(), (None, None), 9000),
             FileSummary("pasted.txt", "pasted.txt", "plain", Newsletter(), (None,), 600, (2,))]
    text = summary_text(BuildResult(files=files))
    assert "warning: files of more than 3,000 characters, or holding items pasted into one paragraph, read as a single article" in text
    assert "long.txt  3,001 characters, layout plain\n" in text
    assert "pasted.txt  600 characters, layout plain; line 2: several items pasted into one paragraph, not cut" in text
    assert "short.txt  200" not in text and "digest.txt  9,000" not in text


def test_build_summary_names_a_short_file_of_items_pasted_into_one_paragraph(run, tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "pasted.txt").write_text(
        "本周要闻\n宁波舟山港集装箱吞吐量同比增长12%，航线总数达到300条。（某某日报 20240312）数字经济发展大会在杭州开幕会议吸引200余家"
        "企业参展，发布成果30项。（某某晚报 20240313）绍兴集成电路产业园签约项目总投资120亿元，涵盖设计、制造和封测环节。（某某商报 20240314）\n",
        encoding="utf-8")
    result = run("build", tmp_path / "in", "--out", tmp_path / "out")
    assert result.exit_code == 0
    assert "pasted.txt  151 characters, layout plain; line 2: several items pasted into one paragraph, not cut" in result.output


# ---------------------------------------------------------------- as a newcomer meets the lookups


def test_lookups_say_what_the_name_resolved_to(bundled_build):
    graph = str(bundled_build[1] / "graph.json")
    result = CliRunner().invoke(main, ["neighbors", "深圳", "--graph", graph, "--limit", "2"])
    assert result.output.splitlines()[0] == "深圳 → 440300 广东省深圳市"
    assert CliRunner().invoke(main, ["show", "深圳", "--graph", graph]).output.startswith("深圳 → 440300 广东省深圳市\n")
    as_json = CliRunner().invoke(main, ["neighbors", "深圳", "--graph", graph, "--limit", "2", "--format", "json"])
    assert json.loads(as_json.stdout)[0]["id"]  # scripts get JSON only


def test_tables_fit_the_terminal_unless_wide(bundled_build):
    from kg.entry import cell_width

    graph = str(bundled_build[1] / "graph.json")
    fitted = CliRunner().invoke(main, ["neighbors", "深圳", "--graph", graph], env={"COLUMNS": "100"})
    lines = fitted.output.splitlines()[1:]
    assert max(cell_width(line) for line in lines) <= 100 and any(line.endswith("…") for line in lines)
    wide = CliRunner().invoke(main, ["neighbors", "深圳", "--graph", graph, "--wide"], env={"COLUMNS": "100"})
    assert max(cell_width(line) for line in wide.output.splitlines()) > 200 and "…" not in wide.output.split("\n")[1][:40]


def test_evidence_names_the_article_not_the_file(bundled_build):
    graph = str(bundled_build[1] / "graph.json")
    result = CliRunner().invoke(main, ["neighbors", "深圳", "--graph", graph, "--format", "csv"])
    assert "深圳推动融资租赁高质量发展" in result.output
    assert not re.search(r"\d{3}_[0-9a-f]{16}\.txt", result.output)


def test_stats_name_newsletters_by_publisher_and_issue(bundled_build):
    result = CliRunner().invoke(main, ["stats", "--graph", str(bundled_build[1] / "graph.json"), "--format", "json"])
    newsletters = json.loads(result.stdout)["articles_per_newsletter"]
    assert newsletters["信息摘编 (天津港保税区文教局) 2023年第9期"] == 63
    assert not any(name.endswith(".txt") for name in newsletters)


def test_relation_without_gold_items_is_a_dash():
    from kg.evaluate import Evaluation, Score

    evaluation = Evaluation()
    evaluation.scores["invests_in"] = Score()
    evaluation.scores["backs"] = Score(tp=0, fp=2, fn=0)
    table = evaluation.table()
    assert re.search(r"invests_in\s+0\s+0\s+0\s+—\s+—\s+—", table)
    assert re.search(r"backs\s+0\s+2\s+0\s+0\.000\s+—\s+—", table)


def test_a_former_name_says_which_unit_succeeded_it(bundled_build):
    graph = ["--graph", str(bundled_build[1] / "graph.json")]
    result = CliRunner().invoke(main, ["show", "闸北", *graph])
    assert result.exit_code == 0 and result.stdout.startswith("闸北 → 310106 上海市静安区 (闸北区 (310108) became 静安区 in 2015 (撤销))\n")
    result = CliRunner().invoke(main, ["show", "襄樊", *graph])  # 襄阳市 is not in the bundled graph: the error says what 襄樊 is
    assert result.exit_code == 1 and "(襄樊市 (420600) became 襄阳市 in 2010 (更名))" in result.stderr
    result = CliRunner().invoke(main, ["show", "中山", *graph])  # a successor of the same name is told by its code
    assert result.exit_code == 1 and "(中山市 (449002) became 中山市 (442000) in 1988 (撤销))" in result.stderr


def test_python_dash_m_kg_runs_the_same_command_line():
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "-m", "kg", "search", "--help"], capture_output=True, text=True, timeout=120, cwd=README.parent
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Usage: kg search")


def test_control_characters_from_the_files_reach_the_terminal_as_escapes(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("深圳发布新政策\n\n深圳市发布《关于支持低空经济\u202etxt.exe发展的若干措施》，深圳市将大力发展低空经济。\n", encoding="utf-8")
    runner = CliRunner()
    assert runner.invoke(main, ["build", str(corpus), "--out", str(tmp_path / "out")]).exit_code == 0
    graph = ["--graph", str(tmp_path / "out" / "graph.json")]
    policy = "policy:关于支持低空经济\u202etxt.exe发展的若干措施"
    for args in (["search", "txt.exe"], ["show", policy], ["neighbors", policy], ["neighbors", "关于支持低空经济txt.exe"]):
        result = runner.invoke(main, [*args, *graph])
        assert "\u202e" not in result.output and "\\u202etxt.exe" in result.output, (args, result.output)


def test_control_characters_in_a_label_are_escaped_in_json_and_csv_too(tmp_path):
    # A label holding an escape sequence and a carriage return (a hostile or damaged file): JSON writes them as
    # escapes (the same string when read back), CSV as the table does (\x1b, \r): no raw one reaches a terminal, nor
    # splits a row in a spreadsheet.
    import networkx as nx

    from kg.graph import write_node_link

    graph = nx.MultiDiGraph()
    graph.add_node("440300", type="city", name="深圳市")
    graph.add_node("industry:x", type="industry", name="低空\x1b[2J经济\r产业\u202e", aliases=["低空\x1b]经济"])
    evidence = {"article": "a1", "source": "a.txt", "sentence": "深圳发展低空\x1b[2J经济\r产业。", "start": 0, "date": "2024-01-01", "method": "rule"}
    graph.add_edge("440300", "industry:x", key="backs", weight=1, evidence=[evidence], first_date="2024-01-01", last_date="2024-01-01", confidence=1.0)
    path = tmp_path / "graph.json"
    with path.open("w", encoding="utf-8") as handle:
        write_node_link(graph, handle)
    runner = CliRunner()
    for args in (["search", "低空"], ["neighbors", "深圳市", "--min-confidence", "0"]):
        for fmt in ("json", "csv"):
            result = runner.invoke(main, [*args, "--format", fmt, "--graph", str(path)])
            assert result.exit_code == 0, result.output
            assert not re.search("[\x00-\x09\x0b-\x1f\x7f-\x9f\u202e]", result.output), (args, fmt, result.output)
            if fmt == "json":
                assert "低空\x1b[2J经济\r产业\u202e" in {row["name"] for row in json.loads(result.output)}  # read back whole
            else:
                assert "低空\\x1b[2J经济\\r产业\\u202e" in result.output
