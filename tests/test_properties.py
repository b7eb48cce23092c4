"""Invariants of ingest and segmentation on arbitrary newsletter-like text."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from conftest import assert_nothing_lost
from kg.ingest import _FULLWIDTH
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
texts = st.lists(st.one_of(st.sampled_from(PIECES), st.text(min_size=1, max_size=12)), max_size=80).map("".join)


def _segment(text: str):
    return segment(Source(path=Path("generated.txt"), text=text, format="txt", encoding="utf-8", sha256=""))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_segmentation_never_loses_or_overlaps_text(text):
    assert_nothing_lost(_segment(text))


@settings(max_examples=300, deadline=None)
@given(texts)
@example("“0**\n２０２４")  # the space joining two lines once mapped to a dropped "**"
def test_paragraph_offsets_map_back_to_the_source(text):
    doc = _segment(text)
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
