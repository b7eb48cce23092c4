"""File formats → text plus what their markup says of it (:class:`~kg.types.Mark`\\ s).

A reader returns the text every later offset refers to and marks over it:
heading levels, paragraphs in bold only, list items, a web page's title and date,
and page furniture (menus, headers, footers, share buttons). Segmentation reads
the marks as evidence of where headlines are; it never needs the markup itself.

- PDF: pypdf's text, pages separated by a form feed (no marks: fonts are not read).
- DOCX: paragraphs (heading styles, paragraphs whose runs are all bold) and table rows.
- HTML: parsed with lxml (never with regular expressions): scripts, styles and forms
  dropped; navigation, headers, footers and share widgets kept as text marked
  ``navigation`` (so the segmenter accounts for them as furniture); each block
  (heading, paragraph, list item, table row) one line; ``<title>`` and the
  publication date of ``<meta>`` as the first lines.
- Markdown: markdown-it-py's block tokens (headings, list items, bold-only paragraphs).
- Plain text: ``#`` headings and lines wholly in ``**bold**`` (exports of Markdown).
"""

from __future__ import annotations

import re
from pathlib import Path

from kg.errors import InputError
from kg.lines import figure_headline, headline_form
from kg.types import Mark

__all__ = ["extract_pdf", "extract_docx", "extract_html", "markdown_marks", "text_marks"]


def extract_pdf(path: Path, data: bytes) -> str:
    """The text of a PDF, pages separated by ``\\n\\f\\n``."""
    import io
    import logging

    import pypdf

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        pages = [page.extract_text() or "" for page in reader.pages]
    except Exception as exc:  # pypdf raises many types for broken files
        raise InputError(path, f"not a readable PDF: {exc}") from exc
    # A form feed between pages keeps page breaks visible to the cleaner.
    return "\n\f\n".join(page.replace("\r\n", "\n").replace("\r", "\n") for page in pages)


class _Text:
    """Text assembled block by block, each block a line followed by a blank line, with marks."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.marks: list[Mark] = []

    def add(self, text: str, kind: str = "", lead: str = "") -> None:
        """One block; ``lead``, a bold headline the block opens with, goes on a line of its own."""
        if lead:
            self.marks.append(Mark(self.length, self.length + len(lead), "bold"))
            self.parts.append(lead + "\n")
            self.length += len(lead) + 1
        if kind and text.strip():
            self.marks.append(Mark(self.length, self.length + len(text), kind))
        self.parts.append(text + "\n\n")
        self.length += len(text) + 2

    def result(self) -> tuple[str, tuple[Mark, ...]]:
        return "".join(self.parts), tuple(self.marks)


def _bold_lead(pieces: list[tuple[str, bool]]) -> tuple[str, str]:
    """Split a block opening with a bold run-in headline (**标题**正文…) into ``(headline, rest)``,
    or ``("", text)``. A bold lead ending a sentence (（一）指导思想。) is a lead-in, not a headline."""
    text = "".join(t for t, _ in pieces)
    lead = ""
    for piece, bold in pieces:
        if not bold and (lead.strip() or piece.strip()):
            break
        lead += piece
    head, rest = lead.strip(), text[len(lead) :].strip()
    # Emphasis opening a sentence (**数据显示**，…) is not a headline: the rest goes on after punctuation.
    if not head or not rest or len(head) < 6 or len(head) > 60 or head[-1] in "；;.，,:：" or "。" in head[:-1] or rest[0] in "，。、；：,.;:）)”":
        return "", text
    if head.endswith("。") and (re.match(r"^[（(]?[一二三四五六七八九十\d]{1,3}[、.．）)]", head) or re.search(r"[，；：,;:]", head) or len(head) < 8):
        return "", text  # a numbered lead-in of a document's paragraph: （一）指导思想。
    return head, rest


_DOCX_HEADING = re.compile(r"^(?:heading|标题)\s*(\d)$", re.IGNORECASE)


# The most a DOCX's parts may unpack to, all together: python-docx holds every part in memory, so a small zip of a huge
# part (a zip bomb renamed .docx) would fill it before anything could refuse it. A newsletter's, pictures and all, is
# tens of MB.
DOCX_MAX_UNPACKED = 512 * 1024 * 1024


def _docx_unpacked(data: bytes) -> int:
    """The bytes a DOCX's parts declare they unpack to (0 when it is no zip: python-docx says so)."""
    import io
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, ValueError, OSError):
        return 0


def extract_docx(path: Path, data: bytes) -> tuple[str, tuple[Mark, ...]]:
    """Paragraphs and table rows (cells joined by tabs) of a DOCX, one a line, blank lines between."""
    import io

    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph as DocxParagraph

    unpacked = _docx_unpacked(data)
    if unpacked > DOCX_MAX_UNPACKED:
        raise InputError(path, f"not a readable DOCX: its parts unpack to {unpacked / 2**20:,.0f} MB, more than the "
                               f"{DOCX_MAX_UNPACKED / 2**20:,.0f} MB a document holds (a zip bomb?)")
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises zipfile/KeyError/ValueError …
        raise InputError(path, f"not a readable DOCX: {exc}") from exc
    out = _Text()
    styles: dict[str | None, bool] = {}  # see _bold
    try:
        for block in document.element.body.iterchildren():
            tag = block.tag.rsplit("}", 1)[-1]
            if tag == "p":
                paragraph = DocxParagraph(block, document)
                kind = _docx_kind(paragraph, styles)
                lead, rest = ("", paragraph.text) if kind else _bold_lead([(run.text, _bold(run, styles)) for run in paragraph.runs])
                out.add(rest, kind, lead)
            elif tag == "tbl":
                for row in Table(block, document).rows:
                    out.add("\t".join(cell.text.replace("\n", " ") for cell in row.cells))
    except Exception as exc:  # a damaged part (styles, a table) python-docx cannot follow
        raise InputError(path, f"not a readable DOCX: {exc}") from exc
    text, marks = out.result()
    return text[:-1], marks  # one newline at the end, as before


def _docx_kind(paragraph, styles: dict[str | None, bool]) -> str:
    style = paragraph.style.name if paragraph.style is not None else ""
    match = _DOCX_HEADING.match(style or "")
    if match:
        return f"h{min(int(match[1]), 6)}"
    if style in ("Title", "标题"):
        return "h1"
    runs = [run for run in paragraph.runs if run.text.strip()]
    if runs and all(_bold(run, styles) for run in runs):
        return "bold"
    return ""


def _bold(run, styles: dict[str | None, bool]) -> bool:
    """Is the run bold, set so or by its character style? ``styles``: the document's answers per style id so far
    (python-docx finds a run's style, the default one too, by walking all the document's styles: at every run of a
    document of thousands of tiny runs, a second or more per thousand)."""
    if run.bold:
        return True
    key = run._r.style  # (its style's id; None: the document's default character style)
    if key not in styles:
        style = run.style
        styles[key] = bool(style is not None and style.font.bold)
    return styles[key]


# ---------------------------------------------------------------- HTML

_DROP_TAGS = ("script", "style", "noscript", "template", "svg", "iframe", "object", "canvas", "select", "option",
              "button", "input", "textarea", "head")
_FURNITURE_TAGS = {"nav", "aside", "footer"}
# class / id words of page furniture on news and government sites.
_FURNITURE_WORDS = re.compile(
    r"(?:^|[-_\s])(?:nav|navbar|menu|breadcrumbs?|crumbs?|footer|foot|share|sharing|social|sidebar|side|copyright|"
    r"toolbar|topbar|top-bar|bottom|login|search|position|location|related|recommend|comment|comments|ad|ads|advert|print|tools|"
    r"header|logo|banner|right|hot|latest|links|friend|pager|pagination|paging|pagebar|fenye)"
    r"(?:$|[-_\s\d])",
    re.IGNORECASE,
)
_BLOCK_TAGS = {"p", "div", "section", "article", "main", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre",
               "dd", "dt", "dl", "ul", "ol", "table", "tbody", "thead", "tr", "figure", "figcaption", "center", "address",
               "header", "footer", "nav", "aside", "hr", "form", "fieldset", "body", "html"}
_META_DATE_NAMES = ("article:published_time", "og:published_time", "og:release_date", "pubdate", "publishdate",
                    "publish-date", "publish_date", "firstpublishedtime", "dc.date", "dc.date.issued", "dcterms.created",
                    "date", "datepublished", "lastmodifiedtime")
_DATE_IN_META = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})")
_WHITESPACE = re.compile(r"\s+")
# Bold set by a style, as WeChat's editor writes it: <span style="font-weight:bold;color:…">.
_BOLD_STYLE = re.compile(r"(?:^|[;\s])font-weight\s*:\s*(?:bold|bolder|[6-9]00)\b", re.IGNORECASE)


def extract_html(path: Path, text: str) -> tuple[str, tuple[Mark, ...]]:
    """The readable text of a web page: one block a line, with the page's title and date first."""
    import lxml.etree
    import lxml.html

    try:
        # (huge_tree: libxml2 otherwise gives up past 256 levels of nesting and returns an empty page, which
        # would read as "no text found"; the walk below says when a page is nested too deeply for it)
        parser = lxml.html.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True, huge_tree=True)
        root = lxml.html.document_fromstring(text.encode("utf-8"), parser=parser)
    except (lxml.etree.ParserError, ValueError) as exc:
        raise InputError(path, f"not a readable HTML page: {exc}") from exc
    out = _Text()
    title = root.find(".//title")
    if title is not None and title.text_content().strip():
        out.add(_WHITESPACE.sub(" ", title.text_content()).strip(), "page_title")
    date = _meta_date(root)
    if date:
        out.add(date, "page_date")
    body = root.find("body")
    walker = _Walker(out)
    try:
        walker.walk(body if body is not None else root, furniture=False)
    except RecursionError as exc:
        raise InputError(path, "HTML nested too deeply to read") from exc
    walker.flush()
    return out.result()


def _meta_date(root) -> str | None:
    for meta in root.iter("meta"):
        name = (meta.get("name") or meta.get("property") or meta.get("itemprop") or "").strip().lower()
        if name in _META_DATE_NAMES:
            match = _DATE_IN_META.search(meta.get("content") or "")
            if match:
                return f"{match[1]}-{int(match[2]):02d}-{int(match[3]):02d}"
    for time in root.iter("time"):
        match = _DATE_IN_META.search(time.get("datetime") or "")
        if match:
            return f"{match[1]}-{int(match[2]):02d}-{int(match[3]):02d}"
    return None


def _is_furniture(element) -> bool:
    tag = element.tag if isinstance(element.tag, str) else ""
    if tag in _FURNITURE_TAGS:
        return True
    if tag == "header":
        # A page's banner, not an article's header (which holds its headline).
        return not any(ancestor.tag in ("article", "main") for ancestor in element.iterancestors()) and \
            element.find(".//h1") is None
    words = f"{element.get('class') or ''} {element.get('id') or ''} {element.get('role') or ''}".strip()
    if words.lower() in ("navigation", "banner", "contentinfo"):
        return True
    return bool(words) and bool(_FURNITURE_WORDS.search(words)) and element.find(".//h1") is None


class _Walker:
    """Depth-first over the body: inline text gathered into the current block, flushed at block edges."""

    def __init__(self, out: _Text) -> None:
        self.out = out
        self.pieces: list[tuple[str, bool]] = []  # (text, in bold)
        self.kind = ""
        self.furniture = False

    def flush(self) -> None:
        text = _WHITESPACE.sub(" ", "".join(t for t, _ in self.pieces)).strip()
        if text:
            lead = ""
            if self.furniture:
                kind = "navigation"
            elif self.kind:
                kind = self.kind
            else:
                plain = "".join(t for t, bold in self.pieces if not bold)
                kind = "bold" if not plain.strip() else ""
                if not kind:
                    lead, rest = _bold_lead([(_WHITESPACE.sub(" ", t), bold) for t, bold in self.pieces])
                    text = _WHITESPACE.sub(" ", rest).strip() if lead else text
            self.out.add(text, kind, lead)
        self.pieces = []
        self.kind = ""

    def walk(self, element, furniture: bool, bold: bool = False) -> None:
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag in _DROP_TAGS or not tag:
            self._tail(element, furniture, bold)
            return
        furniture = furniture or _is_furniture(element)
        block = tag in _BLOCK_TAGS
        if block or tag in ("br", "td", "th"):
            if tag in ("td", "th"):
                self.pieces.append(("\t" if self.pieces else "", bold))
            else:
                self.flush()
        self.furniture = furniture
        if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            self.kind = tag
        elif tag == "li" and not self.kind:
            self.kind = "item"
        inner_bold = bold or tag in ("strong", "b") or bool(_BOLD_STYLE.search(element.get("style") or ""))
        if element.text:
            self.pieces.append((element.text, inner_bold))
        for child in element:
            self.walk(child, furniture, inner_bold)
            self.furniture = furniture
        if block or tag == "tr":
            self.flush()
        self._tail(element, furniture, bold)

    def _tail(self, element, furniture: bool, bold: bool) -> None:
        if element.tail:
            self.furniture = furniture
            self.pieces.append((element.tail, bold))


# ---------------------------------------------------------------- Markdown and text


def _line_starts(text: str) -> list[int]:
    # markdown-it counts lines as it normalises them: \r\n, a lone \r and \n each end one.
    starts = [0]
    for match in re.finditer("\r\n?|\n", text):
        starts.append(match.end())
    return starts


# A note in brackets after a bold headline, outside the bold: its source, date or media (**…合龙**（图）, **…**（江淮日报）).
_NOTE_AFTER_BOLD = re.compile(r"[ \u3000]*[（(\[［][^（）()\[\]［］]{1,24}[）)\]］][ \u3000]*")


def _wholly_bold(children: list) -> bool:
    """Inline tokens that are one bold run: ``**…**`` from the first to the last (a note in brackets after it allowed)."""
    if len(children) >= 4 and children[-1].type == "text" and _NOTE_AFTER_BOLD.fullmatch(children[-1].content):
        children = children[:-1]
    return len(children) >= 3 and children[0].type == "strong_open" and children[-1].type == "strong_close" and \
        not any(c.type == "strong_open" for c in children[1:-1])


def _prose_heading(content: str) -> bool:
    r"""A setext heading's text that reads as a sentence (a line of it ends with 。！？): CommonMark makes a
    paragraph a heading when ``---`` or ``===`` follows it directly; a writer meant a rule (…增长4.5%。 /
    来源：某某局 / ====, an item's last sentence and its source over the rule between items).

    >>> _prose_heading("某某项目开工"), _prose_heading("投资增长6.8%。\n来源：某某局"), _prose_heading("增长6.8%。")
    (False, True, True)
    """
    return any(line.rstrip().endswith(("。", "！", "？", "。”", "！”", "？”")) for line in content.split("\n"))


def markdown_marks(text: str) -> tuple[Mark, ...]:
    """Headings, list items and bold-only paragraphs of a Markdown text, by markdown-it-py.

    A line wholly in bold inside a longer paragraph is marked alone: with no blank lines, ``**标题**``
    and the body below are one paragraph to CommonMark, a headline and its body to a reader.
    """
    from markdown_it import MarkdownIt

    tokens = MarkdownIt("commonmark").parse(text)
    starts = _line_starts(text) + [len(text) + 1]
    marks: list[Mark] = []

    def span(token) -> tuple[int, int]:
        first, last = token.map
        return starts[first], starts[min(last, len(starts) - 1)] - 1

    in_item = 0
    next_number = 0  # the number after the last item of an ordered list
    for n, token in enumerate(tokens):
        if token.type == "list_item_open":
            in_item += 1
            next_number = int(token.info) + 1 if token.info.isdigit() else 0
        elif token.type == "list_item_close":
            in_item -= 1
        if token.map is None:
            continue
        # (a sentence over a rule, ---, ===, is a paragraph and a thematic break, not a heading: with no blank lines,
        # a bold headline over it is inside that paragraph)
        prose = token.type == "heading_open" and token.markup in ("-", "=") and _prose_heading(tokens[n + 1].content)
        if token.type == "heading_open" and not prose:
            marks.append(Mark(*span(token), token.tag))
        elif token.type == "paragraph_open" or prose:
            inline = tokens[n + 1]
            children = [c for c in inline.children or [] if not (c.type == "text" and not c.content.strip())]
            # The paragraph wholly in bold; else lines wholly in bold inside it (headlines with no blank line below).
            lines: list[list] = [[]]
            for child in children:
                if child.type in ("softbreak", "hardbreak"):
                    lines.append([])
                else:
                    lines[-1].append(child)
            bold = [k for k, line in enumerate(lines) if _wholly_bold(line)]
            if _wholly_bold(children):
                marks.append(Mark(*span(token), "bold"))
            elif bold:
                first = token.map[0]
                marks.extend(Mark(starts[first + k], starts[first + k + 1] - 1, "bold") for k in bold)
            elif next_number and not in_item:
                # The list going on under a line of its own (【会员风采】 / 3. 某某商会开展…): CommonMark lets no list but
                # one numbered 1. interrupt a paragraph; a writer numbering on meant the next item.
                first, last = token.map
                for k in range(first + 1, last):
                    line = text[starts[k] : starts[k + 1] - 1]
                    number = re.match(r" {0,3}(\d{1,3})[.)] +(\S.*)$", line)
                    if number and int(number[1]) == next_number and headline_form(number[2].strip()) and k + 1 < last:
                        marks.append(Mark(starts[k], starts[k + 1] - 1, "item"))
                        next_number += 1
            elif in_item:
                # A headline numbered as a list item with its body right below, unindented (1. 某某出台…\n某某市…。):
                # to CommonMark the body continues the item, to a reader it is the text under a headline.
                first, last = token.map
                below = text[starts[first + 1] : starts[last] - 1].split("\n") if last - first > 1 else []
                head = inline.content.split("\n")[0]
                # (its date after it is no part of its shape: 1. 某某会议召开　2025-11-04)
                dated = _DATE_AFTER.search(head)
                head = head[: dated.start()] if dated and len(head[: dated.start()].strip()) >= 6 else head
                quoted = re.fullmatch(r"“[^“”。；]{4,38}”", head) is not None  # (a headline all one quotation: “企业的事，就是我们的事”)
                short = re.fullmatch(r"[\u4e00-\u9fff]{2,3}", head) is not None  # (as short as a column's name, numbered: 2. 外贸)
                figure = bool(below) and figure_headline(head, below[0])  # (a figure its body explains: 3. 5.2%)
                if below and (headline_form(head) or quoted or short or figure) and head[-1] not in "，、,；;：:" \
                        and not any(line[:1].isspace() for line in below):
                    marks.append(Mark(starts[first], starts[first + 1] - 1, "item"))
                else:
                    marks.append(Mark(*span(token), "item"))
    return tuple(sorted(marks, key=lambda m: (m.start, m.end)))


# A date after a headline and a space, or in brackets (…召开　2025-11-04, …召开（2025/11/04）, … 11月4日).
_DATE_AFTER = re.compile(r"(?:[ \u3000]+|[ \u3000]*(?=[\[［（(]))[\[［（(]?(?:(?:19|20)\d{2}([-./])\d{1,2}\1\d{1,2}|(?:(?:19|20)\d{2}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日)[\]］）)]?$")
_TEXT_HEADING = re.compile(r"^[ \t]*#{1,6}[ \t]+\S[^\n]*$", re.MULTILINE)
_TEXT_BOLD = re.compile(r"^[ \t]*\*\*[^*\n]+\*\*(?:[ \u3000]*[（(\[［][^（）()\[\]［］\n]{1,24}[）)\]］])?[ \t]*$", re.MULTILINE)


def text_marks(text: str) -> tuple[Mark, ...]:
    """``#`` headings and lines wholly in ``**bold**`` of a plain-text file (a Markdown export).

    Cheap line patterns, not a Markdown parse: a ``.txt`` is not promised to be Markdown.
    """
    marks = []
    for match in _TEXT_HEADING.finditer(text):
        level = len(match[0].lstrip(" \t")) - len(match[0].lstrip(" \t").lstrip("#"))
        marks.append(Mark(match.start(), match.end(), f"h{level}"))
    marks.extend(Mark(m.start(), m.end(), "bold") for m in _TEXT_BOLD.finditer(text))
    return tuple(sorted(marks, key=lambda m: (m.start, m.end)))
