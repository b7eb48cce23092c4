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
