"""Make PDF and DOCX fixtures from bundled text, offline.

The PDF is typeset like the real newsletters: lines wrapped at the page
width (never inside a Latin word or number), a running header and a page
number on every page, reportlab's built-in Chinese CID font (no download).
"""

from __future__ import annotations

from pathlib import Path

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
