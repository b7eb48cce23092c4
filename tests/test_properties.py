"""Invariants of ingest, segmentation and the whole extraction on arbitrary newsletter-like text."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from conftest import assert_nothing_lost
from kg.ingest import _FULLWIDTH
from kg.readers import markdown_marks, text_marks
from kg.segment import segment
from kg.types import Source

# Pieces real newsletters are made of, mixed with arbitrary text.
PIECES = [
    "【上海】", "【区域】**", "**", "- 【北京】 ", "\n", "\n\n", " ", "\t", "　", "\f",
    "上海发布新政", "深圳市工业和信息化局", "。", "，", "、", "：", "“", "”", "（", "）", "《", "》",
    "（深圳特区报 20231128）", "（兴业研究 \n\n20231126）", "新华社 2023-08-13", "附：《若干措施》",
    "<https://mp.weixin.qq.com/s/x>", "- 14 -", "双周决策观察  2023 年第 22 期 总第 272 期",
    "目录 CONTENTS", "热点关注", "国务院：发布 24 条措施\t1", "扫描二维码", "报：", "<p>", "</p>",
    "２０２４", "ＧＤＰ", "2024 年第 8 期", "(总第 282 期)", "4 月 25 日印发", "主办", "一、", "4.1 ",
]
# Pieces of digests in other layouts: headlines by their shape and marks, metadata, datelines.
HEADLINE_PIECES = [
    "## ", "# ", "**", "===\n", "- ", "1. ", "（一）", "①", "【", "】", "来源：新华社", "发布时间：2024-01-10", "（记者 张三）",
    "新华社北京1月10日电", "本报讯", "近日，", "3月5日，", "南通出台海工装备产业扶持办法", "某某市人民政府关于印发方案的通知",
    "各区人民政府：", "一、总体要求", "2024年6月1日", "——访某某", "（完）", "责任编辑：李四", "某府发〔2024〕3号",
]
texts = st.lists(st.one_of(st.sampled_from(PIECES + HEADLINE_PIECES), st.text(min_size=1, max_size=12)), max_size=80).map("".join)


def _segment(text: str, fmt: str = "txt", every_reading: bool = False):
    marks = markdown_marks(text) if fmt == "md" else text_marks(text)
    return segment(Source(path=Path(f"generated.{fmt}"), text=text, format=fmt, encoding="utf-8", sha256="", marks=marks), every_reading)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts, st.sampled_from(["txt", "md"]))
def test_segmentation_never_loses_or_overlaps_text(text, fmt):
    assert_nothing_lost(_segment(text, fmt))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.sampled_from(["", "## ", "**", "1. ", "【"]), st.sampled_from(HEADLINE_PIECES + PIECES),
                          st.lists(st.sampled_from(PIECES + HEADLINE_PIECES), max_size=6).map("".join)), min_size=1, max_size=8),
       st.sampled_from(["\n", "\n\n"]))
@example([("1. ", "## ", "新华社 2023-08-13"), ("", "新华社 2023-08-13", "")], "\n")  # two outlet lines once claimed one title line twice
@example([("", "## ", "【区域】** 【上海】")], "\n")  # markup cleaned out between a section tag and its title once belonged to neither
@example([("", "## ", "【区域】** **【上海】")], "\n")  # …and an empty bold run there: the spaces a slice strips once took the markup beside them out of its span
@example([("", "## ", "")] * 4 + [("", "## ", "【上海】【上海】【上海】【上海】"), ("", "**", "（兴业研究 \n\n20231126）")], "\n")  # a headline once rejoined across a lone ** between its halves
def test_digest_shaped_text_is_split_without_losing_text(items, gap):
    """Headline, then body lines: whatever the layout chosen, every character is accounted for once,
    and the chosen reading is the best scored one; the readings left unread as unable to beat it change nothing."""
    text = gap.join(f"{mark}{head}{'**' if mark == '**' else '】' if mark == '【' else ''}\n{body}" for mark, head, body in items)
    for fmt in ("txt", "md"):
        doc = _segment(text, fmt)
        assert_nothing_lost(doc)
        assert doc.readings[0].layout == doc.layout
        assert doc.readings[0].score >= max(r.score for r in doc.readings)
        every = _segment(text, fmt, every_reading=True)
        assert (doc.layout, doc.articles, doc.furniture, doc.newsletter) == (every.layout, every.articles, every.furniture, every.newsletter)
        assert doc.readings[0] == every.readings[0] and set(doc.readings) <= set(every.readings)


@settings(max_examples=300, deadline=None)
@given(texts, st.sampled_from(["txt", "md"]))
@example("“0**\n２０２４", "txt")  # the space joining two lines once mapped to a dropped "**"
def test_paragraph_offsets_map_back_to_the_source(text, fmt):
    doc = _segment(text, fmt)
    for article in doc.articles:
        for paragraph in article.paragraphs:
            for i, char in enumerate(paragraph.text):
                source_char = text[paragraph.source_offset(i)]
                if char == " ":
                    assert source_char.isspace() or source_char.translate(_FULLWIDTH) == " "
                else:
                    assert source_char.translate(_FULLWIDTH) == char, (i, char, source_char)


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_arbitrary_unicode_never_raises(text):
    doc = _segment(text)
    assert all(a.title for a in doc.articles)


# ---------------------------------------------------------------- the whole extraction

# Pieces that make the linker and the relation rules fire, mixed with arbitrary text and no
# punctuation at all in long runs (sentences longer than the rules' limit are cut).
FACT_PIECES = [
    "深圳市", "广州市", "南山区", "北京", "沪苏浙皖", "工信部", "深圳市工业和信息化局", "市发改委", "支持", "打造", "布局", "培育",
    "低空经济", "人工智能", "集成电路", "机器人产业", "到2025年", "规模达到5000亿元", "印发", "发布", "《深圳市支持低空经济高质量发展的若干措施》",
    "（以下简称《措施》）", "《措施》", "设立", "高端装备产业基金", "总规模20亿元的", "投资于", "落地", "合作", "该市", "全市", "【上海】",
    "“", "”", "，", "、", "。", "；", "\n", " ",
]
extraction_texts = st.lists(
    st.one_of(st.sampled_from(FACT_PIECES), st.sampled_from(PIECES), st.text(max_size=8)), max_size=400
).map("".join)


@pytest.fixture(scope="module")
def linker():
    """The linker a build makes once and its workers inherit, made before any example is timed."""
    from kg import build
    from kg.link import Linker

    build._LINKER = Linker()
    build._LINKER._jieba
    return build._LINKER


@settings(max_examples=60, deadline=5000, suppress_health_check=[HealthCheck.too_slow])
@given(extraction_texts)
@example("深圳市支持低空经济发展" * 100)  # issue 12: no punctuation, a fact every few characters
def test_extraction_never_raises_and_its_facts_point_into_the_source(linker, text):
    """Segment + link + relations on arbitrary text: no exception, every fact a known relation
    whose evidence lies in the source, no sentence longer than the rules' limit, and the same
    text gives the same facts."""
    from kg.build import extract_source
    from kg.relations import MAX_SENTENCE
    from kg.types import RELATIONS

    source = Source(path=Path("generated.txt"), text=text, format="txt", encoding="utf-8", sha256="")
    extracted = extract_source(source, time_budget=0)
    for fact in extracted.facts:
        assert fact.relation in RELATIONS
        assert 0 <= fact.evidence.start <= fact.evidence.end <= len(text), fact
        if fact.evidence.method == "rule":
            assert len(fact.evidence.sentence) <= MAX_SENTENCE
    assert extract_source(source, time_budget=0).facts == extracted.facts


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 3), st.integers(0, 5), st.integers(0, 6)), min_size=1, max_size=6), st.data())
def test_a_spans_source_offsets_are_its_ends_offsets(pieces, data):
    """Unit.source_span (one lookup where the span lies in one run) maps a span as its first and last characters map."""
    from kg.link.units import Unit

    runs, text_at, source_at = [], 0, 0
    for gap, skipped, length in pieces:  # runs in text order, with gaps (a joined line break) and source skipped between them
        text_at += gap
        source_at += skipped
        runs.append((text_at, source_at, length))
        text_at += length
        source_at += length
    unit = Unit("x" * (text_at + 1), tuple(runs))
    start = data.draw(st.integers(0, text_at))
    end = data.draw(st.integers(start + 1, text_at + 1))
    assert unit.source_span(start, end) == (unit.source(start), unit.source(end - 1) + 1)
