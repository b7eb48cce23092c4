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
    result = runner.invoke(main, ["viz", "--industry", "低空经济", "--graph", graph, "-o", str(tmp_path / "lae.html")])
    assert result.exit_code == 0 and (tmp_path / "lae.html").exists()
    result = runner.invoke(main, ["viz", "--graph", graph, "-o", str(tmp_path / "x.html")])
    assert result.exit_code == 2 and "give either ENTITY or --industry/--region" in result.output
    assert sorted(p.name for p in bundled_build[0].views) == ["beijing-industries.html", "low-altitude-economy.html", "overview.html", "shenzhen.html"]
