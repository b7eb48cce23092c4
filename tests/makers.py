"""Make fixtures offline: PDF and DOCX from bundled text, and a small graph of facts of known confidence.

The PDF is typeset like the real newsletters: lines wrapped at the page
width (never inside a Latin word or number), a running header and a page
number on every page, reportlab's built-in Chinese CID font (no download).
"""

from __future__ import annotations

from pathlib import Path

import networkx as nx

from kg.confidence import DEFAULT_MIN_CONFIDENCE, confidence

from kg.ingest import clean_lines, join_lines
from kg.lines import line_mode

HEADER = "双周决策观察  2024 年第 8 期 总第 282 期"
FONT_SIZE = 10
PAGE_LINES = 60


def source_lines(text: str) -> list[str]:
    """The text's lines, with lines the text itself broke mid-sentence rejoined:
    a typesetter is given paragraphs."""
    lines = clean_lines(text)[0]
    return [p.text for p in join_lines(lines, *line_mode(lines))]


def _wrap(text: str, width_em: float) -> list[str]:
    """Greedy wrapping by visual width, breaking only between CJK or at spaces."""
    from kg.lines import visual_width

    out: list[str] = []
    tokens: list[str] = []
    word = ""
    for char in text:
        if char.isascii() and not char.isspace():
            word += char
            continue
        if word:
            tokens.append(word)
            word = ""
        tokens.append(char)
    if word:
        tokens.append(word)
    line = ""
    for token in tokens:
        if visual_width(line + token) > width_em and line.strip():
            out.append(line.rstrip())
            line = token.lstrip()
        else:
            line += token
    if line.strip():
        out.append(line.rstrip())
    return out


def make_pdf(text: str, path: Path, width_em: float = 40) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    rows: list[str] = []
    for line in source_lines(text):
        rows.extend(_wrap(line.replace("\t", "  "), width_em) if "\t" not in line else [line.replace("\t", "  ")[: int(width_em)]])
    page = 0
    for start in range(0, len(rows), PAGE_LINES):
        page += 1
        pdf.setFont("STSong-Light", FONT_SIZE)
        pdf.drawString(50, 805, HEADER)
        y = 780
        for row in rows[start : start + PAGE_LINES]:
            pdf.drawString(50, y, row)
            y -= 12.5
        pdf.drawString(280, 30, f"- {page} -")
        pdf.showPage()
    pdf.save()
    return path


def make_docx(text: str, path: Path) -> Path:
    import docx

    document = docx.Document()
    table_rows: list[list[str]] = []

    def flush() -> None:
        if table_rows:
            table = document.add_table(rows=len(table_rows), cols=len(table_rows[0]))
            for r, cells in enumerate(table_rows):
                for c, cell in enumerate(cells):
                    table.cell(r, c).text = cell
            table_rows.clear()

    for line in source_lines(text):
        if "\t" in line:
            table_rows.append(line.split("\t"))
            continue
        flush()
        document.add_paragraph(line)
    flush()
    document.save(str(path))
    return path


#: Rules of kg/data/relations/rule_precision.tsv: one above the default views' 0.8, one below, with their
#: measured precision as the table gives it (it changes when the gold does).
TRUSTED_RULE, DOUBTFUL_RULE = "target_implies_backs", "cue_backs_previous_agency"
TRUSTED_CONFIDENCE, DOUBTFUL_CONFIDENCE = confidence(TRUSTED_RULE, "rule"), confidence(DOUBTFUL_RULE, "rule")
assert TRUSTED_CONFIDENCE >= DEFAULT_MIN_CONFIDENCE > DOUBTFUL_CONFIDENCE, "pick other rules for the tests"


def make_confidence_graph() -> nx.MultiDiGraph:
    """深圳市 (in 广东省) backs 机器人 in article a1 by a trusted rule and in a2 by a doubtful one,
    and 保险业 in a3 by the doubtful rule only: at the default 0.8 only 深圳 → 机器人 (weight 1) is left."""
    g = nx.MultiDiGraph()
    g.add_node("440000", type="province", name="广东省", adcode="440000")
    g.add_node("440300", type="city", name="深圳市", adcode="440300", parent="440000", aliases=["深圳"])
    g.add_node("industry:robots", type="industry", name="机器人")
    g.add_node("industry:insurance", type="industry", name="保险业")

    def evidence(article: str, date: str, rule: str, sentence: str) -> dict:
        g.add_node(f"article:{article}", type="article", name=f"标题{article}", date=date, source=f"{article}.txt")
        return {"article": article, "source": f"{article}.txt", "sentence": sentence, "start": 0, "end": len(sentence),
                "date": date, "rule": rule, "method": "rule"}

    for target, items in (
        ("industry:robots", [evidence("a1", "2024-01-02", TRUSTED_RULE, "深圳市支持机器人产业发展。"),
                             evidence("a2", "2024-02-03", DOUBTFUL_RULE, "深圳市出台政策。机器人企业增多。")]),
        ("industry:insurance", [evidence("a3", "2024-03-04", DOUBTFUL_RULE, "深圳市保险业务增长。")]),
    ):
        best = max(TRUSTED_CONFIDENCE if e["rule"] == TRUSTED_RULE else DOUBTFUL_CONFIDENCE for e in items)
        dates = sorted(e["date"] for e in items)
        g.add_edge("440300", target, key="backs", relation="backs", weight=len(items), method="rule", evidence=items,
                   first_date=dates[0], last_date=dates[-1], confidence=best)
    return g
