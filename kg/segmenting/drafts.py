"""The drafts and options the segmenter passes between its layouts: a draft item's line range and fields,
a layout's option with its score, a table of contents, and cutting a file's lines into items' lines.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache

from kg.lines import headline_form, is_post_furniture, item_mark, item_marks, place_head
from kg.types import Article, Furniture, Line, Paragraph, Run

__all__ = []
_QR = re.compile(r"二维码")
_DISTRIBUTION = re.compile(r"^(?:报|送|报送|抄送|抄报|发送)\s*[:：]")
_KEY_PUNCT = str.maketrans({":": "：", "(": "（", ")": "）", ",": "，", ";": "；", "?": "？", "!": "！"})
_KEY_PUNCT_CHAR = re.compile("[" + re.escape("".join(map(chr, _KEY_PUNCT))) + "]")


@lru_cache(maxsize=1 << 14)  # asked of every line, several times, where a file lists its contents
def _key(text: str) -> str:
    """Compare titles ignoring spaces and ASCII/full-width punctuation differences.

    Every line is looked up in the table of contents this way; translate walks each character
    through a dict, so it runs only on the few keys with ASCII punctuation."""
    key = "".join(text.split())  # without whitespace (what \s matches; a fifth of a substitution's cost)
    return key.translate(_KEY_PUNCT) if _KEY_PUNCT_CHAR.search(key) else key


# ---------------------------------------------------------------- lines


def _slice(line: Line, a: int, b: int | None = None) -> Line | None:
    """The part ``text[a:b]`` of a line, stripped, with its source map.

    Slices of one line cover it without gaps: a slice that does not start
    the line starts right after the character before it in the source, so
    markup cleaning dropped between two slices stays accounted for.
    """
    text = line.text
    b = len(text) if b is None else b
    while a < b and text[a] == " ":
        a += 1
    while b > a and text[b - 1] == " ":
        b -= 1
    if a >= b:
        return None
    start = line.start if a == 0 else line.source_offset(a - 1) + 1
    end = line.end if b == len(text) else line.source_offset(b - 1) + 1
    return Line(text=text[a:b], runs=_slice_runs(line.runs, a, b), span=(start, end))


def _unmarked(lines: list[Line]) -> list[Line]:
    """The lines with the file's own item marks (:func:`kg.lines.item_marks`: ✦ …, ※…, 〖…〗) read as markup, as a
    Markdown list's bullet is: a headline-shaped line they open is an item (its title the text after the mark, or
    inside the brackets), the mark kept in its span."""
    marks = item_marks(lines)
    if not marks:
        return lines
    out = []
    for line in lines:
        found = item_mark(line.text)
        if found is not None and found[0] in marks:
            _, p, b = found
            a = p + 1
            while a < b and line.text[a] in " \u3000":
                a += 1
            text = line.text[:p] + line.text[a:b]
            if a < b and (headline_form(text) or (len(found[0]) == 2 and place_head(text))):  # (or a place alone: 〔郫都区〕)
                runs = _slice_runs(line.runs, 0, p) + tuple((t + p, s, n) for t, s, n in _slice_runs(line.runs, a, b))
                line = replace(line, text=text, runs=runs, kind=line.kind or "item")
        out.append(line)
    return out


def _slice_runs(runs: Sequence[Run], a: int, b: int) -> tuple[Run, ...]:
    out: list[Run] = []
    for t, s, n in runs:
        lo, hi = max(t, a), min(t + n, b)
        if lo < hi:
            out.append((lo - a, s + (lo - t), hi - lo))
    return tuple(out)


def _cut(paragraph: Paragraph, b: int) -> Paragraph | None:
    text = paragraph.text[:b].rstrip()
    if not text:
        return None
    return Paragraph(text=text, runs=_slice_runs(paragraph.runs, 0, len(text)), kind=paragraph.kind)


def _furniture_kind(text: str) -> str | None:
    if _QR.search(text):
        return "qr_blurb"
    if _DISTRIBUTION.match(text):
        return "distribution"
    if is_post_furniture(text):
        return "navigation"
    return None


# ---------------------------------------------------------------- table of contents


@dataclass
class _Toc:
    """Titles listed in a table of contents, with the category each is under."""

    section_of: dict[str, str | None] = field(default_factory=dict)  # key(title) → category
    indices: set[int] = field(default_factory=set)  # line indices that are the TOC

    def __contains__(self, title: str) -> bool:
        return bool(self.section_of) and _key(title) in self.section_of  # (asked of every line; most files list no contents)


# ---------------------------------------------------------------- segmentation


@dataclass
class _Draft:
    section: str | None
    title: list[Line] = field(default_factory=list)
    outlet: Line | None = None
    body: list[Line] = field(default_factory=list)
    closed: bool = False
    meta: list[Line] = field(default_factory=list)  # source, date, reporter lines (not article text)
    title_range: tuple[int, int] | None = None  # the title within a one-line headline (no numbering, brackets)
    day: Line | None = None  # the day heading above the item (11月3日（周一）): its date where it states none
    row: tuple[str | None, str | None] | None = None  # a table row's source and date cells (outlet, day as written)


def _margins(lines: Sequence[Line]) -> list[Paragraph]:
    """The lines segmentation sets aside that are an article's margins (:attr:`Article.margins`). A credit
    (来源：某某厅网站) is one of kind ``credit``: it names who published the text (the article's outlet), a
    body the article mentions where it is a government body's, not what the text says (nor a place)."""
    return [Paragraph(line.text, line.runs, "credit" if _LABELLED_OUTLET.search(line.text) else "margin") for line in lines]


def _with_margins(article: Article, lines: Sequence[Line]) -> Article:
    """``article`` holding ``lines`` (furniture around it) among its margins too, in source order."""
    margins = sorted([*article.margins, *_margins([line for line in lines if line.runs])], key=lambda p: (p.start, p.end))
    return replace(article, margins=tuple(margins))


@dataclass
class _Option:
    """A candidate reading turned into drafts, ready to be finished into articles."""

    layout: str
    score: float
    reasons: list[str]
    drafts: list[_Draft]
    first: int  # lines before are front matter
    back: int  # lines from here on are back matter
    toc: _Toc = field(default_factory=_Toc)
    furniture: list[Furniture] = field(default_factory=list)  # section headings
    lines: list[Line] | None = None  # the lines, where the reading re-cut them (run-in)
    headings: set[int] = field(default_factory=set)  # lines that are section headings (in furniture already)
    missed: set[int] = field(default_factory=set)  # starts of headline-shaped lines the reading left inside articles


_LABELLED_OUTLET = re.compile(r"(?<!图)(?<!图片)(?:来源|来\s*源|稿源|信息来源|文章来源|出处)\s*[:：丨｜|]\s*(?P<outlet>[^\s:：*_（）()|｜丨【】\[\]，,；;]{1,30})")
