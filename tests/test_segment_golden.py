"""Every bundled newsletter against expectations written by reading it (tests/golden/articles)."""

from __future__ import annotations

import json
from dataclasses import asdict

import pytest

from conftest import CORPUS_FILES, GOLDEN, assert_nothing_lost

GOLD_FILES = sorted((GOLDEN / "articles").glob("*.json"))


def test_every_bundled_file_has_golden_expectations():
    assert [p.stem for p in GOLD_FILES] == [p.stem for p in CORPUS_FILES]


@pytest.fixture(params=GOLD_FILES, ids=lambda p: p.stem)
def case(request, corpus_documents):
    gold = json.loads(request.param.read_text(encoding="utf-8"))
    return gold, corpus_documents[gold["file"]]


def test_article_titles_in_order(case):
    gold, doc = case
    assert [a.title for a in doc.articles] == [g["title"] for g in gold["articles"]]


def test_article_metadata(case):
    gold, doc = case
    got = [
        {"section": a.section, "outlet": a.outlet, "date": a.date, "sources": [list(s) for s in a.sources], "url": a.url}
        for a in doc.articles
    ]
    want = [{k: g[k] for k in ("section", "outlet", "date", "sources", "url")} for g in gold["articles"]]
    assert got == want


def test_article_bodies_start_and_end_where_printed(case):
    """The body starts after the title (and outlet line) and ends before the trailer / links."""
    gold, doc = case
    got = [(a.paragraphs[0].text[:12].strip(), a.paragraphs[-1].text[-12:].strip()) for a in doc.articles]
    assert got == [(g["first_line"], g["last_line"]) for g in gold["articles"]]


def test_newsletter_metadata(case):
    gold, doc = case
    assert asdict(doc.newsletter) == gold["newsletter"]
    assert all(a.newsletter == doc.newsletter for a in doc.articles)


def test_nothing_silently_lost(case):
    _, doc = case
    assert_nothing_lost(doc)


def test_article_ids_are_stable_and_unique(corpus_documents):
    ids = [a.id for doc in corpus_documents.values() for a in doc.articles]
    assert len(ids) == len(set(ids))
    assert all(len(i) == 12 for i in ids)


def test_masthead_and_toc_are_furniture_not_articles(corpus_documents):
    doc = corpus_documents["002_978983cdd4d6daa1.txt"]
    text = doc.source.text
    kinds = {text[f.start : f.end]: f.kind for f in doc.furniture}
    assert kinds["- 【区域】 沪苏浙皖第一季度经济报告出炉"] == "toc"
    assert kinds["4 月 25 日印发"] == "masthead"
    assert kinds["【上海】"] == "section_heading"
    assert kinds["扫描二维码，敬请详看《BRI 双周决策观察》电子版"] == "qr_blurb"
    footer = corpus_documents["000_6655e9b386682018.txt"]
    kinds = [f.kind for f in footer.furniture]
    assert kinds.count("page_header") == 2 and kinds.count("page_footer") == 2


def test_bracket_tag_inside_an_article_is_not_a_section(corpus_documents):
    doc = corpus_documents["003_01685ed864da3128.txt"]
    article = next(a for a in doc.articles if a.title == "长三角加速低空经济产业布局")
    assert any(p.text.startswith("【浙江】以杭州、宁波国家临空经济示范区为核心") for p in article.paragraphs)
    assert article.section == "区域"


def test_table_rows_stay_rows(corpus_documents):
    doc = corpus_documents["003_01685ed864da3128.txt"]
    rows = [p for a in doc.articles for p in a.paragraphs if p.kind == "table_row"]
    assert [r.text.split("\t")[0] for r in rows] == ["省份", "江苏", "浙江", "上海", "安徽"]
    assert all(r.text.count("\t") == 3 for r in rows)


def test_pdf_lines_broken_mid_sentence_are_rejoined(corpus_documents):
    doc = corpus_documents["000_6655e9b386682018.txt"]
    text = "\n".join(p.text for a in doc.articles for p in a.paragraphs)
    # broken across a line, and across a page header + footer:
    assert "国务院批复同意《支持北京深化国家服务业扩大开放综合示范区建设工作方案》" in text
    assert "安徽三地则提出要打造世界一流汽车企业。" in text
    assert "全市智能网联汽车产业规模力争要达到5000 亿元；武汉经开区" in text
    assert "双周决策观察" not in text and "- 14 -" not in text
