"""Reading files: encodings, formats, cleaning, and bad input."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import CORPUS_FILES, assert_nothing_lost
from kg.errors import InputError
from kg.ingest import clean_lines, decode_bytes, join_lines, read_source, read_sources
from kg.segment import segment
from makers import make_docx, make_pdf

BUNDLED = {p.name: p for p in CORPUS_FILES}


def _articles(doc):
    return [(a.section, a.title, a.outlet, a.date, [p.text for p in a.paragraphs]) for a in doc.articles]


@pytest.mark.parametrize("encoding", ["gbk", "gb18030", "utf-16", "utf-8-sig"])
@pytest.mark.parametrize("path", CORPUS_FILES, ids=lambda p: p.stem)
def test_other_encodings_give_identical_articles(tmp_path, path, encoding, corpus_documents):
    original = path.read_text(encoding="utf-8")
    copy = tmp_path / path.name
    copy.write_bytes(original.encode(encoding))
    source = read_source(copy)
    assert source.text == original
    assert _articles(segment(source)) == _articles(corpus_documents[path.name])


def test_crlf_line_endings_are_unified():
    text, encoding = decode_bytes("第一行\r\n第二行\r".encode())
    assert (text, encoding) == ("第一行\n第二行\n", "utf-8")


def test_normalisation_of_full_width_and_bold():
    lines, _ = clean_lines("【上海】**２０２４年ＧＤＰ增长５％**　全年\n<p>书名：数字基建</p>\n")
    assert [line.text for line in lines] == ["【上海】2024年GDP增长5% 全年", "书名：数字基建"]
    first = lines[0]
    # every cleaned character maps back to the source character it came from
    assert "【上海】**２０２４年ＧＤＰ增长５％**　全年"[first.source_offset(4) - first.start] == "２"



def test_a_running_header_beside_rising_page_numbers_is_furniture_and_a_tables_row_labels_are_not():
    pages = "".join(f"第{p}段正文。\n第{p}页\n园区工作动态\n" for p in range(1, 4))  # (a header of another name than the masthead's)
    numbered = "".join(f"第{p}段正文。\n{p}　　　　　　产业简报\n" for p in range(4, 6))  # (the masthead's name beside each number)
    rows = "".join(f"合计　　　　{n}\n" for n in (30, 31, 32)) + "".join(f"全区\n{n}\n" for n in (12, 8, 15))
    lines, furniture = clean_lines("产业简报\n第2期\n" + pages + numbered + rows)
    assert [f.kind for f in furniture] == ["page_footer", "page_header"] * 3 + ["page_header"] * 2 + ["page_footer"] * 3
    assert [line.text for line in lines][-6:] == ["合计 30", "合计 31", "合计 32", "全区", "全区", "全区"]


def test_a_series_number_counting_up_over_each_item_is_furniture_and_one_that_does_not_count_up_is_text():
    items = "".join(f"社情民意　第{n}号\n关于某某问题的建议{n}\n建议加强某某工作。\n" for n in (118, 119, 120))
    lines, furniture = clean_lines(items)
    assert [(f.kind, items[f.start : f.end]) for f in furniture] == [("markup", f"社情民意　第{n}号") for n in (118, 119, 120)]
    repeated = "".join(f"国务院令 第{n}号\n某某条例\n" for n in (701, 701, 705))  # (the same number twice, a gap: no series)
    lines, furniture = clean_lines(repeated)
    assert not furniture and [line.text for line in lines][::2] == ["国务院令 第701号", "国务院令 第701号", "国务院令 第705号"]


def test_page_header_glued_inside_a_paragraph_is_removed():
    text = (
        "过去三年，各地密集发布支持智能网联汽车产业发展的政策规划。整体来看一些\n"
        "地方制定了较为宏大的目标 双周决策观察  2023 年第 22 期 总第 272 期 例如在产业规模上，\n"
        "- 14 -\n"
        "上海提出要达到 5000 亿元。\n"
    )
    lines, furniture = clean_lines(text)
    assert [f.kind for f in furniture] == ["page_header", "page_footer"]
    paragraphs = list(join_lines(lines, "wrapped", 30))
    assert len(paragraphs) == 1
    assert "双周决策观察" not in paragraphs[0].text
    assert "目标例如在产业规模上，上海提出" in paragraphs[0].text


def _typeset(name: str, tmp_path):
    """A bundled file typeset as a PDF (running header, page numbers, wrapped lines), read back."""
    pdf = make_pdf(BUNDLED[name].read_text(encoding="utf-8"), tmp_path / f"{Path(name).stem}.pdf")
    return segment(read_source(pdf))


def test_pdf_gives_the_same_articles_as_its_text(tmp_path, corpus_documents):
    name = "002_978983cdd4d6daa1.txt"
    doc, want = _typeset(name, tmp_path), corpus_documents[name]
    assert [(a.section, a.title, a.outlet, a.date) for a in doc.articles] == [(a.section, a.title, a.outlet, a.date) for a in want.articles]
    # Sentences rejoined across wrapped lines and page breaks. Spaces aside (a
    # typesetter drops the space where it breaks a line), and paragraph breaks
    # aside: a full line that ends a sentence may or may not end a paragraph.
    def squeeze(d):
        return ["".join(p.text for p in a.paragraphs if p.kind != "table_row").replace(" ", "") for a in d.articles]

    assert squeeze(doc) == squeeze(want)
    assert doc.newsletter.issue == 8 and doc.newsletter.issue_total == 282
    assert_nothing_lost(doc)


def test_pdf_of_a_digest(tmp_path, corpus_documents):
    name = "001_45264a07892273a6.txt"
    doc, want = _typeset(name, tmp_path), corpus_documents[name]
    assert [(a.title, a.outlet, a.date, a.url) for a in doc.articles] == [(a.title, a.outlet, a.date, a.url) for a in want.articles]


@pytest.mark.parametrize("name", ["002_978983cdd4d6daa1.txt", "003_01685ed864da3128.txt"])
def test_docx_gives_the_same_articles_as_its_text(tmp_path, corpus_documents, name):
    path = make_docx(BUNDLED[name].read_text(encoding="utf-8"), tmp_path / "issue.docx")
    doc = segment(read_source(path))
    assert _articles(doc) == _articles(corpus_documents[name])
    assert_nothing_lost(doc)


def test_markdown_is_read_like_text(tmp_path, corpus_documents):
    name = "004_ed97ee6178b6ef7d.txt"
    md = tmp_path / "issue.md"
    md.write_text(BUNDLED[name].read_text(encoding="utf-8"), encoding="utf-8")
    assert _articles(segment(read_source(md))) == _articles(corpus_documents[name])


@pytest.mark.parametrize(
    ("name", "data", "problem"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b"  \n\n ", "empty file"),
        ("binary.txt", bytes(range(256)) * 8, "binary"),
        ("garbage.txt", b"\x81\xff\x00\xfe" * 500, "binary"),
        ("broken.pdf", b"%PDF-1.4 not really", "not a readable PDF"),
        ("broken.docx", b"PK\x03\x04 not a zip", "not a readable DOCX"),
        ("table.xlsx", b"PK", "unsupported file type .xlsx"),
    ],
)
def test_bad_files_say_which_and_why(tmp_path, name, data, problem):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(InputError) as info:
        read_source(path)
    assert info.value.path == str(path)
    assert problem in info.value.problem
    assert name in str(info.value)


def test_a_folder_with_mixed_files_reads_the_good_ones(tmp_path):
    (tmp_path / "good.txt").write_text(BUNDLED["002_978983cdd4d6daa1.txt"].read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "photo.png").write_bytes(b"\x89PNG\r\n")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "notes.md").write_text("一段没有版式的文字。\n", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("不读", encoding="utf-8")
    sources, errors = read_sources([tmp_path, tmp_path / "missing.txt"])
    assert sorted(s.name for s in sources) == ["good.txt", "notes.md"]
    assert sorted((e.path.rsplit("/", 1)[-1], e.problem.split(";")[0]) for e in errors) == [
        ("empty.txt", "empty file"),
        ("missing.txt", "no such file or folder"),
        ("photo.png", "unsupported file type .png"),
    ]


# ---------------------------------------------------------------- structure from markup

PAGE = """<!DOCTYPE html><html><head><meta charset="gbk"><title>园区动态_某某区人民政府</title>
<meta name="PubDate" content="2024-06-03 10:00"><script>var tracker = "不是正文";</script><style>p{color:red}</style></head>
<body><div class="nav"><a href="/">首页</a><a href="/news">新闻</a></div>
<div class="breadcrumb">当前位置：首页 &gt; 新闻</div>
<div class="article"><h1>园区动态（第6期）</h1>
<h3>某某区新增两家专精特新企业</h3><p>某某区工业和信息化局近日公布，区内两家企业入选省级专精特新企业名单。</p>
<p><strong>某某区启动低空物流试点</strong>6月1日，某某区首条无人机物流航线试飞，单程配送时间缩短一半。</p>
</div><div class="share">分享到：微信 微博</div><footer><p>主办单位：某某区人民政府</p></footer></body></html>"""


def test_html_page_text_marks_and_furniture(tmp_path):
    path = tmp_path / "page.html"
    path.write_bytes(PAGE.encode("gbk"))
    source = read_source(path)
    assert source.format == "html"
    assert "不是正文" not in source.text and "color" not in source.text  # scripts and styles dropped
    kinds = {source.text[m.start : m.end]: m.kind for m in source.marks}
    assert kinds["园区动态_某某区人民政府"] == "page_title"
    assert kinds["2024-06-03"] == "page_date"
    assert kinds["某某区新增两家专精特新企业"] == "h3"
    assert kinds["某某区启动低空物流试点"] == "bold"  # a bold run-in headline on a line of its own
    assert kinds["首页新闻"] == "navigation" and kinds["分享到：微信 微博"] == "navigation"
    doc = segment(source)
    assert [a.title for a in doc.articles] == ["某某区新增两家专精特新企业", "某某区启动低空物流试点"]
    assert doc.articles[1].paragraphs[0].text.startswith("6月1日，某某区首条无人机物流航线试飞")
    furniture = {source.text[f.start : f.end]: f.kind for f in doc.furniture}
    assert furniture["主办单位：某某区人民政府"] == "navigation"
    assert_nothing_lost(doc)


def test_a_single_web_page_takes_its_date_from_meta(tmp_path):
    path = tmp_path / "notice.htm"
    path.write_text(
        '<html><head><title>关于开展企业技术改造项目申报的通知</title><meta name="PubDate" content="2024-07-09"></head><body>'
        "<p>关于开展企业技术改造项目申报的通知</p><p>各有关企业：</p><p>为推动企业设备更新，现组织开展技术改造项目申报。请于8月1日前报送材料。</p>"
        "</body></html>", encoding="utf-8")
    (article,) = segment(read_source(path)).articles
    assert (article.title, article.date) == ("关于开展企业技术改造项目申报的通知", "2024-07-09")


def test_markdown_headings_lists_and_bold_are_marks(tmp_path):
    text = "# 周报\n\n标题一\n======\n\n## 二级标题 ##\n\n- 列表一项\n\n**整段加粗**\n\n正文，**部分加粗**。\n"
    path = tmp_path / "notes.md"
    path.write_text(text, encoding="utf-8")
    source = read_source(path)
    lines, furniture = clean_lines(source.text, source.marks)
    assert [(line.kind, line.text) for line in lines] == [
        ("h1", "周报"), ("h1", "标题一"), ("h2", "二级标题"), ("item", "- 列表一项"), ("bold", "整段加粗"), ("", "正文，部分加粗。"),
    ]
    assert [source.text[f.start : f.end] for f in furniture] == ["======"]
    assert_nothing_lost(segment(source))


def test_docx_heading_styles_and_bold_paragraphs_are_marks(tmp_path):
    import docx

    document = docx.Document()
    document.add_paragraph("园区简报", style="Title")
    document.add_paragraph("某某园区新签约项目八个", style="Heading 2")
    document.add_paragraph("某某园区管委会近日介绍，园区新签约项目八个，总投资约40亿元。")
    bold = document.add_paragraph()
    bold.add_run("某某园区人才公寓投用").bold = True
    bold.add_run("园区首批人才公寓近日交付使用，可提供房源600套。")
    path = tmp_path / "brief.docx"
    document.save(path)
    source = read_source(path)
    kinds = [(source.text[m.start : m.end], m.kind) for m in source.marks]
    assert kinds == [("园区简报", "h1"), ("某某园区新签约项目八个", "h2"), ("某某园区人才公寓投用", "bold")]
    doc = segment(source)
    assert [a.title for a in doc.articles] == ["某某园区新签约项目八个", "某某园区人才公寓投用"]
    assert doc.articles[1].paragraphs[0].text.startswith("园区首批人才公寓")


def test_a_docx_of_thousands_of_tiny_runs_is_read_whole_with_bold_set_by_a_style(tmp_path):
    """Bold set on a run or by its character style (Strong) makes a headline of the runs that open a paragraph; a
    style's boldness is found once per style (per run, python-docx walks every style of the document)."""
    import docx

    document = docx.Document()
    body = "某某园区近日介绍，园区新签约项目八个，总投资约40亿元。" * 100
    for n in range(20):
        paragraph = document.add_paragraph()
        for k, piece in enumerate(("某某园区人才", "公寓投用", f"第{n}期")):
            run = paragraph.add_run(piece)
            if k == 1:
                run.bold = True
            else:
                run.style = "Strong"
        for i in range(0, len(body), 2):
            paragraph.add_run(body[i : i + 2])
    path = tmp_path / "runs.docx"
    document.save(path)
    source = read_source(path)
    heads = [f"某某园区人才公寓投用第{n}期" for n in range(20)]
    assert source.text == "\n".join(f"{head}\n{body}\n" for head in heads)
    assert [(source.text[m.start : m.end], m.kind) for m in source.marks] == [(head, "bold") for head in heads]


def test_html_nested_past_the_parsers_default_depth_is_read_and_nested_too_deep_says_so(tmp_path):
    """libxml2 stops at 256 levels and returns an empty page unless told otherwise; deeper than the walk can go, the
    error says why rather than "no text found"."""
    deep = tmp_path / "deep.html"
    deep.write_text("<html><body>" + "<div>" * 300 + "<p>某某区推进老旧小区改造，已完成改造小区42个。</p>" + "</div>" * 300 + "</body></html>",
                    encoding="utf-8")
    assert "老旧小区改造" in read_source(deep).text
    deeper = tmp_path / "deeper.html"
    deeper.write_text("<html><body>" + "<div>" * 5000 + "<p>某某区推进老旧小区改造。</p>" + "</div>" * 5000 + "</body></html>",
                      encoding="utf-8")
    with pytest.raises(InputError) as info:
        read_source(deeper)
    assert "deeper.html" in str(info.value) and "nested too deeply" in info.value.problem


def test_html_that_lxml_cannot_read_says_so(tmp_path):
    path = tmp_path / "empty.html"
    path.write_bytes(b"<html><body><script>only()</script></body></html>")
    with pytest.raises(InputError) as info:
        read_source(path)
    assert "empty.html" in str(info.value) and "no text" in info.value.problem


def test_a_web_page_without_a_headline_in_its_text_takes_its_title(tmp_path):
    path = tmp_path / "page.html"
    path.write_text('<html><head><title>某某区推进老旧小区改造_工作动态_某某区人民政府</title></head><body>'
                    "<p>今年以来，某某区推进老旧小区改造，已完成改造小区42个，惠及居民1.2万户，并同步加装电梯和充电设施。</p></body></html>",
                    encoding="utf-8")
    (article,) = segment(read_source(path)).articles
    assert article.title == "某某区推进老旧小区改造"


def test_a_line_at_the_same_edge_of_every_pdf_page_is_furniture_its_number_aside():
    # (pypdf's text, pages parted by a form feed: a running head over each page, a footer naming the page under the
    # first one and over the second, as the PDF's margin boxes come out; a bracketed 第…页 alone is a page number too)
    text = ("某某研究周报｜2026.11.20\n请务必阅读正文之后的免责声明　1\n某某区域研究周报\n◆ 某某省发布重大项目名单\n"
            "某某省发展改革委公布重大项目名单，新增项目20个。\n（第1页）\n\f\n某某研究周报｜2026.11.20\n请务必阅读正文之后的免责声明　2\n"
            "◆ 某某市设立产业基金\n某某市设立规模30亿元的产业基金。\n")
    lines, furniture = clean_lines(text)
    assert [line.text for line in lines] == ["某某区域研究周报", "◆ 某某省发布重大项目名单", "某某省发展改革委公布重大项目名单，新增项目20个。",
                                             "◆ 某某市设立产业基金", "某某市设立规模30亿元的产业基金。"]
    assert [f.kind for f in furniture] == ["page_header", "page_header", "page_footer", "page_header", "page_header"]


def test_a_list_pages_pager_is_navigation(tmp_path):
    # The pager under a list of items (共 3 条 首页 上一页 1 下一页 尾页) is the page's furniture, not the last item's text.
    path = tmp_path / "list.html"
    path.write_text("<html><body><ul><li><h4>某某县新建充电桩200个</h4><p>某某县今年新建公共充电桩200个，覆盖全部乡镇。</p></li></ul>"
                    "<div class=\"pager\">共 3 条 首页 上一页 1 下一页 尾页</div></body></html>", encoding="utf-8")
    source = read_source(path)
    assert {source.text[m.start : m.end]: m.kind for m in source.marks}["共 3 条 首页 上一页 1 下一页 尾页"] == "navigation"


def test_mail_header_blocks_and_forwarders_note_are_furniture():
    text = (
        "发件人：王某某\n发送时间：2030年3月2日 9:10\n收件人：办公室全体\n主题：转发: 某某动态第3期\n"
        "请各位阅看。\n王某某\n-----原始邮件-----\n"
        "From: 编辑组\nSubject: 某某动态第3期\n"
        "某某动态\n示例县新建一座污水处理厂\n示例县近日建成一座日处理能力两万吨的污水处理厂，已投入试运行。\n"
    )
    lines, furniture = clean_lines(text)
    assert [line.text for line in lines] == ["某某动态", "示例县新建一座污水处理厂", "示例县近日建成一座日处理能力两万吨的污水处理厂，已投入试运行。"]
    assert {f.kind for f in furniture} == {"mail_header"}
    # a field alone, or a block naming no sender, is text
    lines, _ = clean_lines("主题：乡村振兴\n附件：名单.xlsx\n正文第一句。\n")
    assert len(lines) == 3
    # a long message under the header (a digest pasted into the mail) is kept
    body = "".join(f"第{k}条消息的正文写在这里，内容足够长。\n" for k in range(8))
    lines, _ = clean_lines("发件人：李某\n主题：动态\n" + body)
    assert len(lines) == 8


def test_a_chat_posters_name_and_time_is_metadata():
    from kg.lines import is_metadata

    assert is_metadata("周某某 08:20") and is_metadata("李某 9:05")
    assert not is_metadata("示例县召开08:20例会")
