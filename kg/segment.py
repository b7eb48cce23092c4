"""Cleaned lines → :class:`~kg.types.Article`\\ s, newsletter metadata and furniture.

A file is read in every way that fits, each reading scored, and the best explains it
(DESIGN.md §2; :attr:`Document.readings`, :func:`explain`):

``sections``
    groups headed ``【上海】``; each article is a title, paragraphs and a
    trailer ``（深圳特区报 20231128）`` that closes it. A bracket tag at the start of a paragraph of an
    article that is still open (no trailer yet) is part of that article. An item that printed no
    trailer ends where the next item's headline opens a body of its own (:func:`_untrailed_heads`).
``digest``
    a title, a line ``新华社 2023-08-13``, the body, ``附：《…》`` and a link;
    the section is the table-of-contents category the title is listed under.
``headlines``, ``run-in``, ``document``, ``plain``
    items found by their headlines' shape and marks, a digest pasted into one paragraph,
    the file as one document or one plain article (:mod:`kg.headlines`).

Every line of a source ends up in exactly one article or one piece of
furniture (masthead, table of contents, section heading, page header or
footer, QR-code blurb, distribution list, back cover, navigation).
"""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache

from kg.headlines import ITEM_OPENER as _ITEM_OPENER
from kg.headlines import Candidate, HeadlineReading, source_trailer_below, candidates, section_name, day_prefix, echoes_subject, is_back_matter, marked_apart, read_items, read_whole, rejoin_wrapped_headlines, section_tag
from kg.ingest import clean_lines, join_lines
from kg.lines import SENTENCE_PUNCT as _SENTENCE_PUNCT
from kg.lines import TAG
from kg.lines import URL as _URL
from kg.lines import continues, dateline, ends_sentence, headline_form, is_box_label, is_metadata, is_post_furniture, line_mode, numbering, strip_numbering
from kg.lines import visual_width
from kg.lines import item_mark, item_marks, place_head
from kg.lines import ATTRIBUTED, REPORTER_BYLINE
from kg.lines import EXCERPTED_FROM, bracketed_outlet, bracketed_source, ordinal_label, restates_headline
from kg.lines import ends_with_trailer as _ends_with_trailer
from kg.lines import is_prose as _is_prose
from kg.lines import title_like as _title_like
from kg.lines import iso_date as _iso
from kg.lines import ENGLISH_DAY, ENGLISH_MONTH_DAY, english_date
from kg.lines import trailer_alone
from kg.run_in import PastedItems, cut_bracket_head, cut_lost_break, cut_colon_head, cut_glued_head, place_heads, cut_run_in, cut_sentence_head, pasted_items
from kg.types import Article, Document, Furniture, Line, Newsletter, Paragraph, Reading, Run, Source

__all__ = ["segment", "explain", "pasted_paragraphs", "parse_trailer", "chinese_number"]

_TAG = TAG
_BRACKETED_LINE = re.compile(r"【[^【】]{2,60}】")
_BULLET_TAG = re.compile(r"^[-•·]\s*【([^【】]{1,12})】\s*(.*)$")
_OUTLET_LINE = re.compile(r"^(?:来源\s*[:：]\s*)?(?P<outlet>\S.{0,40}?)\s+(?P<date>\d{4}-\d{1,2}-\d{1,2})$")
_TRAILER = re.compile(r"[（(](?P<body>[^（）()]{0,80}?(?:\d{8}|\d{4}-\d{1,2}-\d{1,2}|" + ENGLISH_DAY + r")[^（）()]{0,40}?)[）)]$")
_SOURCE_LABEL = re.compile(r"^(?:来源|稿源|信息来源|文章来源|出处)\s*[:：]\s*")
# The issue a trailer names after its outlet (（决策参考 2025年第14期 2025-07-20）): no part of the outlet's name.
_ISSUE_NUMBER = re.compile(r"\s*(?:(?:19|20)\d{2}\s*年\s*)?第\s*\d{1,4}\s*期$")
_SOURCE_IN_TRAILER = re.compile(r"\s*(?P<outlet>.+?)[\s，,]*(?P<date>\d{8}|\d{4}-\d{1,2}-\d{1,2}|" + ENGLISH_DAY + ")")
_TOC_START = re.compile(r"^(?:目\s*录|CONTENTS)", re.IGNORECASE)
# "title<TAB>page", or "title page" where a PDF turned the tab into spaces.
_TOC_ENTRY = re.compile(r"^(?P<title>.+?)(?:\s*\t\s*(?P<page>\d{1,4})?|\s+(?P<bare>\d{1,3}))$")
_ATTACHMENT = re.compile(r"^附\s*[:：]\s*(?P<what>.+)$")
_QR = re.compile(r"二维码")
_DISTRIBUTION = re.compile(r"^(?:报|送|报送|抄送|抄报|发送)\s*[:：]")
_NEWSLETTER_NAME = re.compile(
    r"^[\u4e00-\u9fff]{2,8}(?:观察|摘编|简报|参考|动态|周报|月报|快讯|要报|专报|通讯|资讯|内参|专刊|速递|要闻|信息)$"
)
_ISSUE = re.compile(r"(\d{4})\s*年\s*第\s*([0-9一二三四五六七八九十百零〇]+)\s*期")
_HEADER_NAME = re.compile(r"(?:\S{1,6}\s+)?([\u4e00-\u9fff]{2,10})\s*\d{4}\s*年")  # a running header's name before its year
_ISSUE_TOTAL = re.compile(r"总\s*第\s*([0-9一二三四五六七八九十百零〇]+)\s*期")
_ISSUE_DATE = re.compile(r"(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(?:印发|出版|编印|发布|刊印)")
_PUBLISHER = re.compile(r"^(?:主办(?:单位)?|编辑单位|主编单位|编印单位?)\s*[:：]?\s*(?P<rest>.*)$")
_KEY_PUNCT = str.maketrans({":": "：", "(": "（", ")": "）", ",": "，", ";": "；", "?": "？", "!": "！"})
_KEY_PUNCT_CHAR = re.compile("[" + re.escape("".join(map(chr, _KEY_PUNCT))) + "]")
# An editor's note or summary above the items (【编者按】, 今日导读：): introduces them, is none of them.
_EDITOR_NOTE = re.compile(r"^[【\[>\s]*(?:编者按|编者的话|(?:本期|今日|本周)?(?:导读|要点|看点)|内容提要|提要)")

# Headline classes that are not a document's numbered parts (一、, （一）, 1.).
_UNNUMBERED = frozenset({"plain", "h1", "h2", "h3", "h4", "h5", "h6", "bold"})

# A paragraph going on from an article's lead under its sub-heading (针对起降场地不足…, 为吸引…, 《若干措施》提出…),
# not opening an item of its own.
_GOES_ON = re.compile(r"^(?:为|针对|对于?|据此|根据|围绕|按照|通过|《|其中|此外|同时|另外|与此同时|对此|为此|这|该|下一步)")
# A sub-heading saying what to do, its verb first and nobody named before it (完善基础设施, 培育市场主体).
_TASK_HEADING = re.compile(r"^(?:完善|加快|加强|推进|推动|强化|提升|培育|优化|健全|深化|扩大|促进|鼓励|落实|构建|建立|做好|抓好|坚持|"
                           r"创新|拓展|引导|规范|提高|增强|夯实|聚焦|着力|全力|大力|积极|持续|进一步|统筹|严格|筑牢|降低|减轻|保持|稳定|加大)")

# A verb saying what happened, in a bracketed tag: a headline's (【创业大赛启动】), not a section's name.
_NEWS_VERB = re.compile(r"启动|开业|开通|揭牌|签约|发布|出台|印发|召开|举行|落地|获批|公布|推出|亮相|成立|设立|开工|投产|建成|上线|竣工|"
                        r"增长|下降|回升|突破|调整|开放|入选|交付|投用|落户|完成|提速|扩容|升级|实施|施行")

_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def chinese_number(text: str) -> int | None:
    """``"27"`` → 27, ``"二十七"`` → 27, ``"九"`` → 9, ``"一百零二"`` → 102; None if neither.

    >>> chinese_number("二十七"), chinese_number("十"), chinese_number("272")
    (27, 10, 272)
    """
    if text.isdigit():
        return int(text)
    total, current = 0, 0
    for char in text:
        if char in _DIGITS:
            current = _DIGITS[char]
        elif char == "十":
            total += (current or 1) * 10
            current = 0
        elif char == "百":
            total += (current or 1) * 100
            current = 0
        else:
            return None
    return total + current


@lru_cache(maxsize=1 << 14)  # asked of every line, several times, where a file lists its contents
def _key(text: str) -> str:
    """Compare titles ignoring spaces and ASCII/full-width punctuation differences.

    Every line is looked up in the table of contents this way; translate walks each character
    through a dict, so it runs only on the few keys with ASCII punctuation."""
    key = "".join(text.split())  # without whitespace (what \s matches; a fifth of a substitution's cost)
    return key.translate(_KEY_PUNCT) if _KEY_PUNCT_CHAR.search(key) else key


_NON_DIGIT = re.compile(r"\D")
_LATIN = re.compile(r"[A-Za-z]")  # (a day written in English: Nov. 19)
_AUTHOR_NOTE = re.compile(r"^(?:作者|记者|文|撰稿)")  # before the outlet in a trailer


def parse_trailer(text: str, year: int | None = None) -> tuple[int, tuple[tuple[str, str | None], ...]] | None:
    """Find a source trailer at the end of ``text``.

    Returns ``(offset where the trailer starts, ((outlet, iso_date), …))``.
    An author note before the outlet is dropped. A day written in English (（某某观察，Nov. 19）) is in
    the issue's ``year`` where it states none.

    >>> parse_trailer("…投资基金。（每日经济新闻 20231128）")
    (6, (('每日经济新闻', '2023-11-28'),))
    >>> parse_trailer("（证券时报 20240206 上海证券报 20240207）")[1]
    (('证券时报', '2024-02-06'), ('上海证券报', '2024-02-07'))
    >>> parse_trailer("…步道40公里。（来源：某某日报 2025-10-10）")[1]
    (('某某日报', '2025-10-10'),)
    >>> parse_trailer("（决策参考 2025年第14期 2025-07-20）")[1]
    (('决策参考', '2025-07-20'),)
    >>> parse_trailer("…增长12%。（某某观察，Nov. 19）", 2025)[1], parse_trailer("（某某观察，19 Nov）", 2025)[1], parse_trailer("（某某观察，Nov. 19）")
    ((('某某观察', '2025-11-19'),), (('某某观察', '2025-11-19'),), None)
    """
    match = _TRAILER.search(text)
    if not match:
        return None
    sources = []
    for part in _SOURCE_IN_TRAILER.finditer(match["body"]):
        outlet = _SOURCE_LABEL.sub("", part["outlet"].strip())  # （来源：某某日报 2025-10-10）: the outlet, not its label
        if _AUTHOR_NOTE.match(outlet) and " " in outlet:
            outlet = outlet.rsplit(" ", 1)[1]  # "作者…研究员 上海转型发布" → the outlet
        date = english_date(part["date"], year) if _LATIN.search(part["date"]) else _iso(part["date"])
        sources.append((_ISSUE_NUMBER.sub("", outlet), date))
    if not any(date for _, date in sources):
        return None  # digits that are no date: （联系电话：0000-00000000）
    return match.start(), tuple(sources)


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


_NOT_CATEGORY = re.compile(r"[\d:：，,、《“]")


def _is_category(text: str) -> bool:
    """A TOC category heading: a short phrase, not a news title."""
    return visual_width(text) <= 6 and not _NOT_CATEGORY.search(text)


def _digest_toc(lines: Sequence[Line], end: int) -> _Toc:
    toc = _Toc()
    start = next((i for i in range(end) if _TOC_START.match(lines[i].text)), None)
    if start is None:
        return toc
    category: str | None = None
    last_entry = start
    entries: list[int] = []
    for i in range(start + 1, end):
        text = lines[i].text
        match = _TOC_ENTRY.match(text)
        title = match["title"].strip() if match else text
        page = (match["page"] or match["bare"]) if match else None
        if _is_category(title):
            category = title
            if page:  # a category with a page number is an entry of its own
                toc.section_of[_key(title)] = title
            entries.append(i)
            last_entry = i if page else last_entry
        elif page:
            toc.section_of[_key(title)] = category
            entries.append(i)
            last_entry = i
    toc.indices = {start, *(i for i in entries if i <= last_entry)}
    return toc


def _bullet_toc(lines: Sequence[Line], end: int, text: str) -> _Toc:
    """A list ``- 【上海】 title`` (+ further titles on the lines right below)."""
    toc = _Toc()
    tag: str | None = None
    for i in range(end):
        match = _BULLET_TAG.match(lines[i].text)
        if match:
            tag = match[1]
            if match[2]:
                toc.section_of[_key(match[2])] = tag
            toc.indices.add(i)
        elif tag is not None and i - 1 in toc.indices and "\n\n" not in text[lines[i - 1].end : lines[i].start]:
            toc.section_of[_key(lines[i].text)] = tag
            toc.indices.add(i)
        else:
            tag = None
    return toc


def _trailing_toc(lines: Sequence[Line], start: int, text: str) -> set[int]:
    """TOC residue on a back page: tab-indented tags and titles."""
    return {i for i in range(start, len(lines)) if text[lines[i].start - 1 : lines[i].start] == "\t" and (_TAG.match(lines[i].text) or _title_like(lines[i].text))}


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


def segment(source: Source) -> Document:
    """Split one source into articles and furniture; never raises on odd input.

    Every layout that fits is read and scored (:attr:`Document.readings`, best first); the
    best explains the file. Ties go to the bundled layouts, then to the file as one article.
    """
    text = source.text
    lines, furniture = clean_lines(text, source.marks)
    lines = _unmarked(lines)
    mode, width = line_mode(lines)
    table = _table_rows(lines)  # (before wrapped headlines are rejoined: a row's cells stand a line each there)
    lines = rejoin_wrapped_headlines(lines, text, mode, width)
    found = candidates(lines, text, mode, width)
    options = [_bundled(lines, text, mode, width, [c for c in found if not c.loose])] if lines else []
    options = [o for o in options if o is not None]
    options.append(_from_items(lines, read_whole(lines, text)))
    if table is not None:
        options.append(table)
    options += [_from_items(lines, r) for r in read_items(lines, text, found)]
    best = max(options, key=lambda o: o.score)  # the first of equals
    # (items closed by trailers, where the one that printed none left its headline inside the item above: a reading by
    # headlines that keeps every item of that one and heads items at just those headlines reads the file better)
    if best.missed and (finer := next((o for o in options if _splits_at_missed(o, best)), None)) is not None:
        best = finer
    # (items whose headlines are written as sentences, 1、…。…, are cut whatever read best: their column tags read as headlines too)
    if len(best.drafts) <= 1 or sum(1 for line in lines if cut_sentence_head(line)) >= 3:
        run_in = _run_in(lines, text, mode, width, whole=len(best.drafts) <= 1)
        if run_in is not None:
            options.append(run_in)
            if run_in.score > best.score:
                best = run_in
    elif not _explained_by_sources(best) and (run_in := _run_in(lines, text, mode, width)) is not None and _refines(run_in, best):
        options.append(run_in)  # (items marked as headings, the items between them pasted into their bodies: those cut too)
        best = run_in
    elif sum(1 for d in best.drafts if not d.title) >= 2 and (run_in := _run_in(lines, text, mode, width)) is not None \
            and len(run_in.drafts) >= len(best.drafts) and all(d.title for d in run_in.drafts):
        options.append(run_in)  # (items closed by trailers, each one paragraph opening with its headline run in, 【…】…：
        best = run_in  # the trailers' reading finds no titles, the cuts title every item)
    lines = best.lines if best.lines is not None else lines

    front = lines[: best.first]
    for i, line in enumerate(front):
        if i in best.headings:
            continue
        kind = "toc" if i in best.toc.indices else (_furniture_kind(line.text) or "masthead")
        furniture.append(Furniture(kind, line.start, line.end))
    furniture.extend(best.furniture)
    back_toc = _trailing_toc(lines, best.back, text)
    for i in range(best.back, len(lines)):
        line = lines[i]
        kind = "toc" if i in back_toc or _key(line.text) in best.toc.section_of else (_furniture_kind(line.text) or "back_cover")
        furniture.append(Furniture(kind, line.start, line.end))

    newsletter = _newsletter(front, [text[f.start : f.end] for f in furniture if f.kind == "page_header"])
    year = newsletter.year or _year(front) or _signed_year(lines[best.back :])
    # A web page's <title> and <meta> date stand for a single article's, where its text has none.
    page = {line.kind: line.text for line in front if line.kind in ("page_title", "page_date")} if len(best.drafts) == 1 else {}
    articles = []
    for draft in best.drafts:
        article = _finish(draft, source, len(articles), newsletter, best.toc, mode, width, year, page)
        if article is not None:
            articles.append(article)
        else:  # nothing but furniture-like lines: account for them
            furniture.extend(Furniture("back_cover", line.start, line.end) for line in draft.title + draft.meta + draft.body)
    if len(articles) == 1:  # a file of one article: its header and closing lines are its own
        own = _own_furniture_at(furniture)
        articles[0] = _with_margins(articles[0], [line for line in front + lines[best.back :] if (line.start, line.end) in own])
    furniture.sort(key=lambda f: (f.start, f.end))
    readings = [best] + sorted((o for o in options if o is not best), key=lambda o: -o.score)
    return Document(
        source=source, layout=best.layout, newsletter=newsletter, articles=tuple(articles), furniture=tuple(furniture),
        readings=tuple(Reading(o.layout, round(o.score, 2), len(o.drafts), tuple(o.reasons)) for o in readings),
    )


#: Furniture a file of one article holds that is the document's own text (a 文号 or issuer line
#: above it, 抄送 lists and signatures below it), not the publisher's (contents, page headers).
_OWN_FURNITURE = ("masthead", "back_cover", "distribution")


def _own_furniture_at(furniture: Sequence[Furniture]) -> set[tuple[int, int]]:
    return {(f.start, f.end) for f in furniture if f.kind in _OWN_FURNITURE}


def _margins(lines: Sequence[Line]) -> list[Paragraph]:
    """The lines segmentation sets aside that are an article's margins (:attr:`Article.margins`). A credit
    (来源：某某厅网站) is none: it names who published the text (the article's outlet), not what it says."""
    return [Paragraph(line.text, line.runs, "margin") for line in lines if not _LABELLED_OUTLET.search(line.text)]


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


def _bundled(lines: Sequence[Line], text: str, mode: str, width: float, found: Sequence[Candidate]) -> _Option | None:
    """The reading by the layouts of the bundled newsletters: sections with trailers, digests with outlet lines.

    Headline candidates with a source or a news opening that this reading leaves inside an
    article's body count against it: items the layout missed (a trailer not printed)."""
    outlet_lines = [i for i, line in enumerate(lines) if i and _is_outlet_line(lines, i)]
    trailer_count = sum(1 for line in lines if _ends_with_trailer(line.text))
    # (an editor's note run in after its tag, 【编者按】本期聚焦…, opens no section: it is the issue's)
    tag_lines = [i for i, line in enumerate(lines) if _TAG.match(line.text) and not _EDITOR_NOTE.match(line.text)]
    if len(outlet_lines) >= 2 and len(outlet_lines) >= trailer_count:
        first = _title_start(lines, outlet_lines[0], mode, width)
        toc = _digest_toc(lines, first)
        drafts, back = _digest(lines, first, outlet_lines, toc, mode, width)
        option = _Option("digest", 0.0, [], drafts, first, back, toc)
        explained = sum(1 for d in drafts if d.outlet is not None)
        why = f"{len(outlet_lines)} outlet lines (来源 YYYY-MM-DD) under titles"
    elif tag_lines or trailer_count >= 2:
        first = _first_section(lines, tag_lines, found)
        heads_at = {c.index: c.mark for c in found}
        if first and not tag_lines and _section_head(lines, first - 1, heads_at):
            first -= 1  # the section heading above the first item (一、全省情况) heads it
        toc = _bullet_toc(lines, first, text)
        if not toc.section_of:
            toc = _digest_toc(lines, first)
        untrailed = _untrailed_heads(lines, found, mode, width) if trailer_count >= 2 else set()
        drafts, back, headings = _sections(lines, first, toc, mode, width, trailer_count >= 2, untrailed, heads_at if not tag_lines else {})
        option = _Option("sections", 0.0, [], drafts, first, back, toc, headings)
        # (a trailer that is an item's whole body, right under its headline, closes nothing: it is the source line
        # of the body below it, which this reading leaves untitled)
        explained = sum(1 for d in drafts if d.body and _ends_with_trailer(d.body[-1].text) and not _source_line_only(d))
        tagged = sum(1 for d in drafts if d.title and _TAG.match(d.title[0].text))  # 【北京】北京发布…: a tag in its title line
        why = f"{len(headings) + tagged} section tags (【…】), {trailer_count} trailers （outlet YYYYMMDD）"
        opened = {id(lines[i]) for i in untrailed}
        without = sum(1 for d in drafts if d.title and id(d.title[0]) in opened)
        if without:
            why += f", {without} items without one (a headline over a body of its own)"
    else:
        return None
    untitled = sum(1 for d in drafts if not d.title)
    # Tags each over one untitled item, every one shaped like a headline that says what happened
    # (【创业大赛启动】, not 【国内要闻】 or 【北京】): the items' headlines in brackets, not sections.
    tags = [d.section for d in drafts if d.section]
    headline_tags = 0
    if untitled == len(drafts) >= 2 and len(tags) == len(drafts) == len(set(tags)):
        headline_tags = sum(1 for t in tags if len(t) >= 5 and headline_form(t) and _NEWS_VERB.search(t))
        headline_tags = headline_tags if headline_tags == len(tags) else 0
    # Or some items are titled by a line in brackets too long for a tag (【保障性租赁住房今年再筹集5万套】), the
    # others headed alike by a shorter one over no title (【县城污水管网补短板】): one layout, the headlines in brackets.
    bracketed = sum(1 for d in drafts if d.title and _BRACKETED_LINE.fullmatch(d.title[0].text))
    if bracketed and untitled >= 1 and not headline_tags:
        shaped = [d.section for d in drafts if not d.title and d.section and len(d.section) >= 5 and headline_form(d.section)]
        if len(shaped) == untitled == len(drafts) - bracketed:
            headline_tags = untitled
    inside = {id(line) for d in drafts for line in d.body}
    # (and where items are titled in brackets, a bracketed headline over a body of its own inside another item;
    # and where items are closed by trailers, an unnumbered headline over a body of its own after a sentence:
    # the item above printed no trailer, so the one below merged into it is not explained by that trailer)
    by_trailers = option.layout == "sections" and trailer_count >= 2
    # (or, where every tag stands alone over an item titled by the line under it, with no trailers, a line of the
    # titles' markup over a body of its own after a sentence: a second item under that tag, 【民生】 / 城区新增…, 老年助餐点…)
    titled_tags = _tags_over_titles(lines, drafts, tag_lines) if option.layout == "sections" and not by_trailers else None
    missed_at = {id(lines[c.index]) for c in found if id(lines[c.index]) in inside and (
        c.news or c.meta or (bracketed and c.mark == "【】" and not is_box_label(lines[c.index].text))
        or ((by_trailers or lines[c.index].kind == titled_tags) and c.mark in _UNNUMBERED
            and (_item_ended(lines, c.index - 1) or (not by_trailers and _kicker(lines, c.index - 1)))
            and not _TASK_HEADING.match(lines[c.index].text[c.title_range[0] :]) and not _GOES_ON.match(_text_below(lines, c.index))))}
    missed = len(missed_at)
    option.missed = {lines[c.index].start for c in found if id(lines[c.index]) in missed_at}
    # A headline marked as a heading of the kind that marks every title here (### …), with its source or a news
    # opening, left inside an article: that article is two, the file's markup says where items begin. So is a
    # plain line over a news opening that names who did what, where every title is a plain line.
    marks = {d.title[0].kind for d in drafts if d.title}
    # (so is one numbered as every title is, 5、… inside the article titled 1、…: the numbers count the items, not the sections)
    numbers = {numbering(d.title[0].text) for d in drafts if d.title}
    counted = numbers.pop() if len(numbers) == 1 and untitled == 0 else None
    split_at = {id(lines[c.index]) for c in found if id(lines[c.index]) in inside and len(marks) == 1 and lines[c.index].kind in marks
                and ((c.news or c.meta) and (c.mark in ("h1", "h2", "h3", "h4", "h5", "h6", "bold")
                                             or (not lines[c.index].kind and c.mark == "plain" and c.news and c.headline))
                     or (counted is not None and numbering(lines[c.index].text) == counted))}
    split = len(split_at)
    # (nor is such an article closed by its source: it is two, the second closed by the first one's source)
    # (and with the headline of an item that printed no trailer inside it, the trailer closing it is that of the last one)
    explained -= sum(1 for d in drafts if any(id(line) in split_at for line in d.body) or (
        by_trailers and d.body and _ends_with_trailer(d.body[-1].text) and any(id(line) in missed_at for line in d.body)))
    # The structure these layouts read is specific: an article closed by its outlet counts most. A headline
    # read as a tag costs more than the item's title: once the long bracketed headlines open items by their mark
    # alone, the reading would otherwise win on the trailers it shares with the headlines reading.
    option.score = 4.0 * explained + len(drafts) - 2.0 * untitled - 2.0 * missed - 3.0 * headline_tags - 5.0 * split
    option.reasons = [why, f"{len(drafts)} articles, {explained} closed by their source"] + ([f"{untitled} without a title"] if untitled else []) \
        + ([f"{missed} headline-shaped lines with a source, a news opening or brackets left inside articles"] if missed else []) \
        + ([f"{headline_tags} tags shaped like headlines, one over each item"] if headline_tags else []) \
        + ([f"{split} headlines marked as the titles are, left inside articles"] if split else [])
    return option


def _source_line_only(draft: _Draft) -> bool:
    """Is a titled draft's whole body one trailer line (（决策参考 20250720） under its headline)?"""
    return bool(draft.title) and len(draft.body) == 1 and trailer_alone(draft.body[0].text)


def _item_ended(lines: Sequence[Line], i: int) -> bool:
    """Does line ``i`` end an item: a sentence, or a source or credit line of its own under one (…。 / （来源：某某研究））?"""
    return ends_sentence(lines[i].text) or (i > 0 and lines[i].text[:1] in "（(—" and is_metadata(lines[i].text) and ends_sentence(lines[i - 1].text))


def _kicker(lines: Sequence[Line], i: int) -> bool:
    """Is line ``i`` a column's label over the headline below it (■ 地方实践, ◆ 典型案例), standing after the item above:
    short, no sentence, not a task to do? Where tags alone head the titles, an item under it is an item of its own."""
    return i > 0 and section_name(lines[i]) is not None and not _TASK_HEADING.match(strip_numbering(lines[i].text))


def _tags_over_titles(lines: Sequence[Line], drafts: Sequence[_Draft], tag_lines: Sequence[int]) -> str | None | bool:
    """The markup of the titles (None: plain lines) where two or more tags each stand alone on their line right over
    the title of an item of theirs (【今日关注】 / 全县重点项目集中开工), all titled so in one markup; else False."""
    alone = {id(lines[i + 1]) for i in tag_lines if i + 1 < len(lines) and _TAG.fullmatch(lines[i].text.strip())}
    kinds = {d.title[0].kind for d in drafts if d.title}
    if len(alone) < 2 or len(kinds) != 1 or not all(d.title and id(d.title[0]) in alone for d in drafts):
        return False
    return next(iter(kinds))


# A chat's mark on a message passed on (【转发】, 【转载】): no column's tag, no part of the headline after it.
_FORWARDED = re.compile(r"转发|转载")


def _from_items(lines: Sequence[Line], reading: HeadlineReading) -> _Option:
    drafts = []
    for item in reading.items:
        tag = section_tag(lines[item.title], item.title_range) if item.title is not None else None
        tag = None if tag is not None and _FORWARDED.fullmatch(tag) else tag  # (【转发】…: a chat's furniture, no column)
        draft = _Draft(section=tag or item.section)
        if item.title is not None:
            draft.title = [lines[item.title]]
            draft.title_range = _without_colon(lines[item.title].text, item.title_range)
            if tag is not None and item.title_range is not None and not marked_apart(lines[item.title], item.title_range[0]):
                # 【苏州】工业园区集中签约…: a reader cites the whole line; the tag is also the item's section
                draft.title_range = (0, item.title_range[1])
        draft.meta = [lines[i] for i in item.meta]
        draft.body = [lines[i] for i in item.body]
        draft.day = lines[item.day] if item.day is not None else None
        drafts.append(draft)
    first = reading.front[-1] + 1 if reading.front else 0
    back = reading.back[0] if reading.back else len(lines)
    headings = [Furniture("section_heading", lines[i].start, lines[i].end) for i in reading.headings]
    option = _Option(reading.layout, reading.score, reading.reasons, drafts, first, back, _Toc(indices=set(reading.toc)),
                     furniture=headings)
    option.headings = set(reading.headings)
    return option


def _without_colon(text: str, title_range: tuple[int, int] | None) -> tuple[int, int] | None:
    """A title without the colon that closes its line: a place alone heading its item (**济南：** over 本周济南市…) is
    titled by the place.

    >>> _without_colon("济南：", (0, 3)), _without_colon("济南：新增企业增长", (0, 9)), _without_colon("：", (0, 1))
    ((0, 2), (0, 9), (0, 1))
    """
    if title_range is None:
        return None
    a, b = title_range
    return (a, b - 1) if b - a > 1 and b == len(text) and text[b - 1] in "：:" else title_range


# A table's column labels (序号, 发布日期, 地区, 信息标题, 内容摘要, 信息来源): what each column of a row holds.
_COLUMN_KINDS = (("number", re.compile(r"序号|编号")), ("date", re.compile(r"(?:发布|报送|更新)?(?:日期|时间)")),
                 ("source", re.compile(r"(?:信息|新闻)?来源|(?:报送|发布|填报)单位|出处")),
                 ("summary", re.compile(r"[\u4e00-\u9fff]{0,4}(?:摘要|简介|内容|概要)")),
                 ("title", re.compile(r"[\u4e00-\u9fff]{0,4}(?:标题|名称|题目|项目[\u4e00-\u9fff]{0,2}|信息|事项)")))
_CELL = re.compile(r"\S+")
# What stands under a table, no row's text: a note, a page's number, who supplied it.
_UNDER_TABLE = re.compile(r"(?:注|备注|说明)\s*[:：]|第\s*\d+\s*页|[（(](?:以上|本表)")


def _column(label: str) -> str | None:
    """The kind of a table's column by its label (信息标题 → title, 内容摘要 → summary), ``"other"`` for a short label of
    another kind (地区, 县市区), None for no label."""
    if not re.fullmatch(r"[\u4e00-\u9fff]{2,6}", label):
        return None
    return next((kind for kind, pattern in _COLUMN_KINDS if pattern.fullmatch(label)), "other")


def _table_rows(lines: Sequence[Line]) -> _Option | None:
    """The reading of a table of items copied out of a page or a PDF: a header row of column labels, 序号 first and one
    column the items' titles (信息标题, 项目进展), on one line (序号 日期 地区 项目信息 进展摘要) or a label a line; then rows
    numbered 1, 2, 3 … in turn, their cells split by spaces or standing a cell a line, a wrapped summary's lines going on
    under its row. Each row is an item: its title cell the title, its summary cell the body, its date and source cells
    its date and outlet, the other cells its metadata. None where no such table of three rows or more stands."""
    header: list[str] = []
    one_a_line = False
    k = 0
    while k < len(lines) and not header:
        if not lines[k].text.startswith(("序号", "编号")):  # (every header opens with the rows' number: most lines are none)
            k += 1
            continue
        cells = _CELL.findall(lines[k].text)
        if len(cells) >= 4 and cells[0] in ("序号", "编号") and all(_column(c) for c in cells):
            header, first = cells, k + 1
        elif lines[k].text.strip() in ("序号", "编号"):
            run = [lines[j].text.strip() for j in range(k, min(len(lines), k + 8))]
            labels = []
            for label in run:
                if _column(label) is None or (labels and label.isdigit()):
                    break
                labels.append(label)
            if len(labels) >= 4:
                header, first, one_a_line = labels, k + len(labels), True
        k += 1
    kinds = [_column(label) for label in header]
    if not header or "title" not in kinds or not ({"summary", "date", "source"} & set(kinds)):
        return None
    n = len(header)
    # Rows: a line whose first cell is the next number opens one.
    starts = []
    for j in range(first, len(lines)):
        cells = _CELL.findall(lines[j].text)
        if cells and cells[0] == str(len(starts) + 1):
            starts.append(j)
    if len(starts) < 3 and one_a_line and kinds[0] == "number":
        # (a cell a line, the rows' numbers dropped as a page's would be: every row its other cells, a line each, in turn)
        width = n - 1
        starts = []
        j = first
        while j + width <= len(lines) and not any(_UNDER_TABLE.match(lines[i].text) or is_back_matter(lines[i].text)
                                                 for i in range(j, j + width)):
            starts.append(j)
            j += width
        kinds, header, n = kinds[1:], header[1:], width
    if len(starts) < 3:
        return None
    drafts = []
    back = len(lines)
    for r, start in enumerate(starts):
        end = starts[r + 1] if r + 1 < len(starts) else len(lines)
        if r + 1 == len(starts):
            end = next((j for j in range(start + 1, len(lines)) if _UNDER_TABLE.match(lines[j].text) or is_back_matter(lines[j].text)), end)
            back = end
        cells = [piece for j in range(start, end) for piece in
                 ([lines[j]] if lines[j].kind else [_slice(lines[j], m.start(), m.end()) for m in _CELL.finditer(lines[j].text)]) if piece]
        if len(cells) < n - 1:
            return None
        summary = kinds.index("summary") if "summary" in kinds else n - 1
        after = n - 1 - summary
        columns: list[list[Line]] = [[cell] for cell in cells[:summary]] + [cells[summary : len(cells) - after]] \
            + [[cell] for cell in cells[len(cells) - after :]]
        title = columns[kinds.index("title")]
        if len(title) != 1 or not headline_form(title[0].text):
            return None
        draft = _Draft(section=None, title=title)
        text_of = {kind: columns[c][0].text for c, kind in enumerate(kinds) if kind in ("date", "source") and columns[c]}
        draft.row = (text_of.get("source"), text_of.get("date"))
        for c, kind in enumerate(kinds):
            if kind == "summary":
                draft.body = columns[c]
            elif kind != "title":
                draft.meta += columns[c]
        if "summary" not in kinds:
            draft.body, draft.meta = draft.meta[-1:], draft.meta[:-1]
        drafts.append(draft)
    option = _Option("table", 3.0 * len(drafts), [f"a table of {len(drafts)} rows under its header ({' '.join(header)}), a row an item"],
                     drafts, starts[0], back)
    option.lines = list(lines)
    return option


def _splits_at_missed(option: _Option, best: _Option) -> bool:
    """Does ``option`` keep every titled item of ``best`` and add items headed exactly at the headline-shaped lines that
    ``best`` left inside its articles (:attr:`_Option.missed`), all of them?"""
    starts = {draft.title[0].start for draft in option.drafts if draft.title}
    kept = {draft.title[0].start for draft in best.drafts if draft.title}
    return option is not best and all(draft.title for draft in best.drafts) and kept <= starts and starts - kept == best.missed


def _explained_by_sources(best: _Option) -> bool:
    """Is each item of ``best`` explained by its source, a digest's outlet line under each title or a trailer closing
    each section's item? Then no items are pasted into their bodies, and the run-in reading is not tried on it
    (:func:`_refines`: cutting every line of such a file cost more than the rest of its segmentation)."""
    return best.layout == "digest" or (best.layout == "sections" and all(d.body and _ends_with_trailer(d.body[-1].text) for d in best.drafts))


def _refines(run_in: _Option, best: _Option) -> bool:
    """Does the run-in reading keep every headline of ``best`` (a reading of several articles) and find more items
    besides, cut from their bodies (## 1.某某项目签约 / body。2.某某项目开工 某某…)?"""
    starts = {draft.title[0].start for draft in run_in.drafts if draft.title}
    return len(run_in.drafts) > len(best.drafts) and all(draft.title and draft.title[0].start in starts for draft in best.drafts)


def _run_in(lines: Sequence[Line], text: str, mode: str, width: float, whole: bool = True) -> _Option | None:
    """The reading of a digest pasted into one paragraph: long lines cut at headline-shaped runs,
    or of items each on one line as ``【headline】body`` (where at least two lines open so). Not ``whole`` (the file
    read as several articles already): only items each on one line as ``1、headline。body`` (:func:`cut_sentence_head`)."""
    cut_lines: list[Line] = []
    cut_any = False
    headline_at: set[int] = set()  # pieces that open with a headline the cut found
    heads = [cut_bracket_head(line) if whole else None for line in lines]
    if sum(1 for h in heads if h) < 2:
        heads = [None] * len(lines)
    # Or items each on one line as ``headline：body``: three such lines or more, most of the file's paragraphs.
    colon = [cut_colon_head(line) if not head and whole else None for line, head in zip(lines, heads)]
    if whole and not any(colon):  # (or as ``place：body``, each item headed by its place alone: 济南：本周济南市…)
        colon = [None if head else cut for head, cut in zip(heads, place_heads(lines))]
    colons = sum(1 for h in colon if h)
    if colons < 3 or 2 * colons < sum(1 for line in lines if _is_prose(line.text)):
        colon = [None] * len(lines)
    # Or numbered items each on one line as ``1、headline。body`` (or unheaded, ``据…消息，first sentence。body``): three
    # such lines or more, most of the file's paragraphs.
    stopped = [cut_sentence_head(line) if not head and not colon_head else None for line, head, colon_head in zip(lines, heads, colon)]
    # (unnumbered, a headline run in as a paragraph's first sentence heads a digest's items from the first paragraph on:
    # where the first opens otherwise, 本报温州…电…, the file is one report whose later paragraphs open with a short sentence)
    first_prose = next((k for k, line in enumerate(lines) if _is_prose(line.text)), None)
    if first_prose is not None and not stopped[first_prose]:
        stopped = [None if cut and numbering(line.text) is None and not ATTRIBUTED.match(line.text) else cut
                   for line, cut in zip(lines, stopped)]
    stops = sum(1 for h in stopped if h)
    if stops < 3 or 2 * stops < sum(1 for line in lines if _is_prose(line.text)):
        stopped = [None] * len(lines)
    runs = _runs_in(lines) if whole else [None] * len(lines)
    for line, run, head, colon_head, stop_head in zip(lines, runs, heads, colon, stopped):
        colon_head = colon_head or stop_head
        cuts = run or head or colon_head
        if not cuts:
            cut_lines.append(line)
            continue
        cut_any = True
        edges = sorted({0, *(k for pair in cuts for k in pair)})
        heads_at = {a for a, b in cuts if b > a}  # (an empty cut only starts a piece: a column's tag, no headline)
        for a, b in zip(edges, [*edges[1:], len(line.text)]):
            piece = _slice(line, a, b)
            # the colon after the headline, or a numbered headline's full stop (1.某某项目开工。项目…): in its span, not its title
            if piece is not None and a in heads_at and (cuts is colon_head or piece.text.rstrip(" \u3000").endswith(("。", "：", ":"))):
                text_end = len(piece.text.rstrip("：:。 \u3000"))
                piece = replace(piece, text=piece.text[:text_end], runs=_slice_runs(piece.runs, 0, text_end))
            if piece is not None:
                if a in heads_at:
                    headline_at.add(len(cut_lines))
                cut_lines.append(piece)
    if not cut_any:
        return None
    readings = read_items(cut_lines, text, candidates(cut_lines, text, "paragraph", 0.0, frozenset(headline_at)), layout="run-in")
    if not readings:
        return None
    best = _from_items(cut_lines, max(readings, key=lambda r: r.score))
    best.lines = cut_lines
    best.reasons.insert(0, "a paragraph holding several items, cut where a headline-shaped run meets a sentence or a dateline")
    return best


def _runs_in(lines: Sequence[Line]) -> list[list[tuple[int, int]] | None]:
    """Each line's cuts at headline-shaped runs (:func:`~kg.run_in.cut_run_in`), or None. Where some paragraph holds
    several items, a paragraph holding one besides at its end (…。 某某物资发放到户 （通讯员 某某）…) or alone (【提示】某某
    路段明日停水 因…) is cut too: the digest was pasted a few items a paragraph, one left over for the last."""
    runs = [cut_run_in(line) for line in lines]
    if any(runs):  # (or one holding the next item's headline at its end, its body the paragraph below: …。泉州…“一厂一策”)
        return [run or cut_run_in(line, alone=True) or (cut_glued_head(line, lines[k + 1]) if k + 1 < len(lines) else None)
                for k, (run, line) in enumerate(zip(runs, lines))]
    # (or, none holding several, two paragraphs or more each holding one item whose column's tag opens it after the
    # paragraph's sentences, …共享。 【广州】某某政策兑现提速 …: the digest pasted an item under each headline marked above it)
    tagged = [cut_run_in(line, alone=True) if _TAG_AFTER_SENTENCE.search(line.text) else None for line in lines]
    tagged = [run if run and all(a > 0 and line.text.startswith("【", a) for a, b in run if b > a) else None for run, line in zip(tagged, lines)]
    if sum(1 for run in tagged if run) >= 2:
        return tagged
    # (or, items closing with their source line, a headline whose line break was lost beside one: glued to its end, 来源：某某报
    # 20251119某某项目并网, or opening the line under it, its body after a space)
    lost = [cut_lost_break(lines, k) for k in range(len(lines))]
    return lost if any(lost) else runs


# A column's tag opening a headline after a sentence's end in one paragraph (…共享。 【广州】…): an item pasted there.
_TAG_AFTER_SENTENCE = re.compile(r"[。！？][”’」』]?[ \u3000]*【[\u4e00-\u9fff]{2,6}】")


_ENGLISH_YEAR = re.compile(ENGLISH_MONTH_DAY + r",?[ \u3000]?(20\d{2})(?!\d)")  # (a masthead's day: Nov. 21, 2025, 21 Nov 2025)


def _year(front: Sequence[Line]) -> int | None:
    """The year a newsletter's front matter states (2024年3月第1期, 2024.05.20, Nov. 21, 2025)."""
    for line in front:
        match = re.search(r"(20\d{2})\s*(?:年|[.\-/]\d)", line.text) or _ENGLISH_YEAR.search(line.text)
        if match:
            return int(match[1])
    return None


_SIGNED = re.compile(r"(20\d{2})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日")


def _signed_year(back: Sequence[Line]) -> int | None:
    """The year of the date a file is signed with, alone on a line of its back matter (某某局办公室 / 2026年12月4日):
    the year of its items' days (（12月2日）) where the front matter states none (市场监管信息（第38期）)."""
    for line in back:
        match = _SIGNED.fullmatch(line.text.strip())
        if match:
            return int(match[1])
    return None


def _is_outlet_line(lines: Sequence[Line], i: int) -> bool:
    if not lines[i].text[-1:].isdecimal():
        return False  # (asked of every line: its date ends it, \d being a decimal digit)
    match = _OUTLET_LINE.match(lines[i].text)
    if not match or _SENTENCE_PUNCT.search(match["outlet"]) or visual_width(match["outlet"]) > 24:
        return False
    return _title_like(lines[i - 1].text) and _iso(match["date"]) is not None


def _title_start(lines: Sequence[Line], outlet: int, mode: str, width: float) -> int:
    """Index of the first line of the title that stands above an outlet line."""
    start = outlet - 1
    while start > 0 and mode == "wrapped" and continues(lines[start - 1].text, lines[start].text, mode, width) and _title_like(lines[start - 1].text):
        start -= 1
    return start


def _first_section(lines: Sequence[Line], tag_lines: Sequence[int], found: Sequence[Candidate] = ()) -> int:
    """The first section tag followed by prose (a TOC's tags are followed by titles); without
    tags, the first headline candidate (the lines above are the masthead)."""
    if not tag_lines:
        return found[0].index if found else 0
    for i in tag_lines:
        for j in range(i + 1, min(i + 6, len(lines))):
            if _is_prose(lines[j].text):
                return i
            if _TAG.match(lines[j].text) or _BULLET_TAG.match(lines[j].text):
                break
    return tag_lines[0] if tag_lines else 0


def _digest(lines, first, outlet_lines, toc, mode, width):
    starts = {}
    last = -1
    for o in outlet_lines:  # an outlet line is never also the title of the next (新华社 2023-08-13 twice)
        s = _title_start(lines, o, mode, width)
        if s > last:
            starts[s] = o
            last = o
    # Titles the table of contents lists without an outlet line below them.
    for i in range(first, len(lines)):
        if i not in starts and (i - 1) not in starts and lines[i].text in toc and _title_like(lines[i].text):
            starts[i] = None
    order = sorted(s for s in starts if s >= first)
    drafts = []
    for n, s in enumerate(order):
        outlet = starts[s]
        end = order[n + 1] if n + 1 < len(order) else len(lines)
        title_end = outlet if outlet is not None else s + 1
        draft = _Draft(section=toc.section_of.get(_key(" ".join(line.text for line in lines[s:title_end]))))
        draft.title = list(lines[s:title_end])
        draft.outlet = lines[outlet] if outlet is not None else None
        draft.body = list(lines[title_end + (1 if outlet is not None else 0) : end])
        while draft.body and is_metadata(draft.body[0].text):  # a byline under the outlet line
            draft.meta.append(draft.body.pop(0))
        drafts.append(draft)
    back = len(lines)
    if drafts:  # trailing QR blurbs and distribution lists are not article text
        while drafts[-1].body and _furniture_kind(drafts[-1].body[-1].text):
            drafts[-1].body.pop()
            back -= 1
    return drafts, back


def _section_head(lines: Sequence[Line], i: int, heads_at: dict[int, str], inside: bool = False) -> str | None:
    """The name of a numbered section heading (二、市县动态) right above an item's headline (a headline
    candidate: ``heads_at`` maps its line to its mark), or None: short, numbered 一、, no figures or
    sentence punctuation. ``inside``: the line stands in an item that printed no trailer, where 一、 over
    （一） or 1. is the item's own structure, so the headline below must be unnumbered."""
    mark = heads_at.get(i + 1)
    if mark is None or numbering(lines[i].text) != "一、" or (inside and mark not in _UNNUMBERED and mark != "【】"):
        return None
    name = strip_numbering(lines[i].text).strip()
    return name if 2 <= visual_width(name) <= 12 and not re.search(r"[\d，。；：,;:！？]", name) else None


def _sections(lines, first, toc, mode, width, uses_trailers, heads=frozenset(), heads_at=None):
    """Drafts of sections with trailers; ``heads``: lines that open an item whose predecessor printed no trailer;
    ``heads_at``: headline candidates, under which a numbered section heading (二、市县动态) between items
    opens a section (where no 【】 tags do)."""
    drafts: list[_Draft] = []
    headings: list[Furniture] = []
    section: str | None = None
    current: _Draft | None = None
    i = first
    back = len(lines)
    while i < len(lines):
        line = lines[i]
        tag = _TAG.match(line.text)
        is_open = current is not None and not current.closed
        if tag:
            rest = _slice(line, tag.end())
            starts_section = rest is None or rest.text in toc or not (is_open and uses_trailers) and _title_like(rest.text)
            if starts_section:
                section = tag[1]
                current = _Draft(section=section)
                drafts.append(current)
                apart = marked_apart(line, tag.end())  # 【区域】**…**: the tag a column's label, outside the headline
                if rest is None or apart:
                    heading = _slice(line, 0, tag.end())
                    headings.append(Furniture("section_heading", heading.start, heading.end))
                    if rest is not None:  # (markup cleaned out between the tag and the title, 【区域】** **【上海】, is the title's)
                        rest = replace(rest, span=(heading.end, rest.end))
                if rest is not None:  # 【北京】北京发布…: the whole line is the title a reader cites, its tag the section
                    current.title.append(rest if apart else line)
                    i = _more_title(lines, i, current, mode, width)
                    i = _meta_below(lines, i, current)
                i += 1
                continue
        if current is not None and current.body and (is_post_furniture(line.text) or is_back_matter(line.text)) and _only_back_matter(lines, i + 1):
            back = i  # 往期回顾：…, 声明：… under the last item, and nothing but furniture below: the file's, not the item's
            break
        fresh = current is not None and not current.title and not current.body
        inside = current is not None and not current.closed
        name = _section_head(lines, i, heads_at or {}, inside) if not inside or ends_sentence(lines[i - 1].text) else None
        if name is not None:
            section = name
            headings.append(Furniture("section_heading", line.start, line.end))
            current = None
            i += 1
            continue
        if current is None or current.closed or fresh or (line.text in toc and current.body and _title_like(line.text)) \
                or (i in heads and current.body):
            # (a headline over a sentence of its own, however short, is an item: 无锡：千兆光网进农村 / 无锡已实现…全覆盖。)
            if _only_back_matter(lines, i) and not (_title_like(line.text) and i + 1 < len(lines) and ends_sentence(lines[i + 1].text)
                                                    and not is_back_matter(lines[i + 1].text) and not _furniture_kind(lines[i + 1].text)):
                back = i
                break
            if not fresh:
                current = _Draft(section=section)
                drafts.append(current)
            if _title_like(line.text) or line.text in toc:
                current.title.append(line)
                i = _more_title(lines, i, current, mode, width)
                i = _meta_below(lines, i, current)
            else:
                current.body.append(line)
        else:
            current.body.append(line)
        if _ends_with_trailer(lines[i].text):
            current.closed = True
        i += 1
    return drafts, back, headings


def _untrailed_heads(lines: Sequence[Line], found: Sequence[Candidate], mode: str, width: float) -> set[int]:
    """Headlines of items that printed no trailer, in a file whose other items end with one.

    Between two trailers, the lines shaped like a headline that stand after a sentence (not after a
    trailer) open items if every one of them is a whole line in brackets (【…】) or an unnumbered
    headline candidate whose body opens on its own: like news (6月18日，…), with a time (今年以来，
    截至8月底, 1—10月), with a place (六安市推动…), with the office that acted (市文物保护中心完成…)
    or under a reporter's byline (（记者 某某）…).
    The sub-headings of an article go on from its lead (针对目前…，《若干措施》提出…, 为打通…);
    numbered parts (一、) are a document's.
    """
    heads = {c.index: c for c in found}
    spans: list[list[int]] = [[]]
    for i, line in enumerate(lines):
        text = line.text
        if i and ends_sentence(lines[i - 1].text) and not _ends_with_trailer(lines[i - 1].text) and (i in heads or (
                headline_form(text) and not (i + 1 < len(lines) and continues(text, lines[i + 1].text, mode, width)))):
            spans[-1].append(i)
        if _ends_with_trailer(text):
            spans.append([])

    def opens_item(i: int) -> bool:
        c = heads.get(i)
        j = i + 1
        while j < len(lines) and is_metadata(lines[j].text):
            j += 1
        body = lines[j].text if j < len(lines) else ""
        # (or naming again the headline's actor: 建工集团签约… over 省建工集团与…). A whole line in brackets
        # (【直达资金分配下达进度快于去年】, too long for a section tag) is an item's headline by its mark.
        if c is None or c.mark == "【】":
            return c is not None
        title = lines[i].text[c.title_range[0] : c.title_range[1]]
        return c.mark in _UNNUMBERED and (c.news or c.meta or bool(_ITEM_OPENER.match(body))
                                          or echoes_subject(title, body) or restates_headline(title, body))

    return {i for span in spans if all(opens_item(i) for i in span) for i in span}


def _text_below(lines: Sequence[Line], i: int) -> str:
    """The first line under line ``i`` that is not metadata (its body's opening), or ``""``."""
    j = i + 1
    while j < len(lines) and is_metadata(lines[j].text):
        j += 1
    return lines[j].text if j < len(lines) else ""


def _more_title(lines, i, draft, mode, width) -> int:
    """A wrapped title goes on over the next line(s); return the last title line. (Not over the first line of a paragraph
    that runs on, line after line, to a sentence's end: a body under a headline as wide as its column, 【项目推介】…二期招租 /
    某某产业园二期标准厂房已竣工验 / 收，可供租赁面积约6.8万平方米，… / …业入驻。)"""
    while mode == "wrapped" and i + 1 < len(lines) and continues(draft.title[-1].text, lines[i + 1].text, mode, width) and _title_like(lines[i + 1].text) and not _is_prose(lines[i + 1].text) \
            and not _runs_to_sentence_end(lines, i + 1, mode, width):
        i += 1
        draft.title.append(lines[i])
    return i


def _runs_to_sentence_end(lines: Sequence[Line], j: int, mode: str, width: float) -> bool:
    """Does the paragraph opening at ``lines[j]`` go on over one line or more and end a sentence, as a body does (a
    title's wrapped lines end none)?"""
    k = j
    while k + 1 < len(lines) and continues(lines[k].text, lines[k + 1].text, mode, width):
        k += 1
    return k > j and ends_sentence(lines[k].text)


def _meta_below(lines, i, draft) -> int:
    """Byline, date and source lines right under a title (本报记者 某某, （记者 某某）) are the
    article's metadata, not its text; return the last of them. So is a trailer on a line of its own right under the
    title, over prose (【区域动态】… / （决策参考 20250720） / 山东省…印发…): an article never has an empty body, so it
    is the item's source line, not the trailer closing the item."""
    while i + 1 < len(lines) and ((is_metadata(lines[i + 1].text) and not _ends_with_trailer(lines[i + 1].text))
                                  or (not draft.meta and source_trailer_below(lines, i + 1))):
        i += 1
        draft.meta.append(lines[i])
    return i


def _only_back_matter(lines: Sequence[Line], i: int) -> bool:
    """From line ``i`` on, is there nothing but back-cover material (no prose)?"""
    return not any(_is_prose(line.text) and not _furniture_kind(line.text) and not is_back_matter(line.text) for line in lines[i:])


def _finish(draft: _Draft, source: Source, index: int, newsletter: Newsletter, toc: _Toc, mode: str, width: float,
            year: int | None = None, page: dict[str, str] | None = None) -> Article | None:
    spans = [(line.start, line.end) for line in draft.title + ([draft.outlet] if draft.outlet else []) + draft.meta + draft.body]
    if not spans:
        return None
    body: list[Line] = []
    url = None
    attachments = []
    for line in draft.body:
        url_match = _URL.match(line.text)
        attachment = _ATTACHMENT.match(line.text)
        if url_match:
            url = url or url_match["url"]
        elif attachment:
            attachments.append(attachment["what"].strip())
        else:
            body.append(line)
    paragraphs = [_mark_heading(p) for p in join_lines(body, mode, width)]
    sources: tuple[tuple[str | None, str | None], ...] = ()
    if draft.row is not None and any(draft.row):  # a table row's source and date cells
        sources = ((draft.row[0], _closing_date(draft.row[1], year) if draft.row[1] else None),)
    elif draft.outlet is not None:
        match = _OUTLET_LINE.match(draft.outlet.text)
        sources = ((_byline_outlet(match["outlet"].strip(" |｜丨/\u3000")), _iso(match["date"])),)
    else:  # metadata lines of their own say it first, or a date after the headline (…主线贯通　6月3日)
        tail = _slice(draft.title[0], draft.title_range[1]) if draft.title and draft.title_range else None
        sources = _meta_sources(([tail] if tail is not None and (is_metadata(tail.text) or bracketed_source(tail.text, alone=True)) else [])
                                + draft.meta, year)
    credit = _CLOSING_CREDIT.search(paragraphs[-1].text) if paragraphs else None
    if credit:  # an editor's credit closing the last sentence (…补助。（编辑：某某）): the file's, no sentence of the item
        cut = _cut(paragraphs[-1], credit.start() + 1)
        paragraphs[-1:] = [cut] if cut else []
    if not sources and paragraphs:
        trailer = parse_trailer(paragraphs[-1].text, year)
        if trailer:
            offset, sources = trailer
            cut = _cut(paragraphs[-1], offset)
            paragraphs[-1:] = [cut] if cut else []
    if not sources and paragraphs:
        sources = _dateline_source(paragraphs[0].text, year)
    if not sources and len(paragraphs) > 1 and not dateline(paragraphs[0].text):
        # (a feature's lead, a quotation or a scene, set before the paragraph its dateline opens: “…。”某某说。 / 某某社…电　…)
        sources = _dateline_source(paragraphs[1].text, year)
    if not sources and paragraphs:  # a source in brackets closing the last sentence: …建成加氢站11座。（来源：嘉兴发布）
        closing = _CLOSING_SOURCE.search(paragraphs[-1].text)
        if closing:
            outlet, day = (closing["outlet"], closing["date"]) if closing["outlet"] else (closing["named"], closing["named_date"])
            sources = ((outlet.strip(), _closing_date(day, year) if day else None),) if not _NO_OUTLET.match(outlet.strip()) else ()
    # (the day before the title, 11.18｜…, or before a space, 11月3日　…, which the title leaves out)
    day = (day_prefix(draft.title[0].text[draft.title_range[0] :]) or day_prefix(strip_numbering(draft.title[0].text))) \
        if draft.title and draft.title_range and year else None
    if not sources and day:  # the item's day before its headline (11.18｜…), in the issue's year
        sources = ((None, _iso(f"{year}-{day[0]}-{day[1]}")),)
    if not sources and draft.day is not None:  # or the day heading over the items of that day (11月3日（周一）, 【11月5日】, ▌11月6日)
        sources = _meta_sources([Line(strip_numbering(draft.day.text).strip("【】[] \u3000"), (), draft.day.span)], year)
    page = page or {}
    if not sources and "page_date" in page:
        sources = ((None, page["page_date"]),)
    title_runs: tuple[Run, ...] = ()
    if draft.title and draft.title_range is not None:
        piece = _slice(draft.title[0], *draft.title_range) or draft.title[0]
        title, title_runs = piece.text, piece.runs
    elif draft.title:
        # A list mark before a headline (①, 一、, 01丨, or a label and its ordinal: 观察一：) numbers the item; it is not the title's.
        first = draft.title[0]
        mark = len(first.text) - len(strip_numbering(first.text))
        mark += ordinal_label(first.text[mark:])
        unmarked = _slice(first, mark) if mark and visual_width(first.text[mark:]) >= 4 else None
        # A headline in brackets on a line of its own (【保障性租赁住房今年再筹集5万套】): the brackets are no part of it.
        if unmarked is None and len(draft.title) == 1 and _BRACKETED_LINE.fullmatch(first.text):
            unmarked = _slice(first, 1, len(first.text) - 1)
        joined = next(join_lines([unmarked or first, *draft.title[1:]], "wrapped", 0.0))
        title, title_runs = joined.text, joined.runs
    else:
        if not paragraphs:
            return None
        # A page's <title> without the site's name after it (…的通知_通知公告_某某厅).
        title = re.split(r"\s*[_|｜]\s*|\s+-\s+", page["page_title"])[0] if page.get("page_title") else _derived_title(paragraphs[0].text, source)
    outlet, date = sources[0] if sources else (None, None)
    if date is None and paragraphs:
        date = _lead_day(paragraphs[0].text) or _head_line_day(paragraphs[0].text)
    if date is None and paragraphs:
        date = _opening_date(paragraphs)
        if date and _told_later(paragraphs, int(date[:4])):
            date = None  # 2013年11月5日，第一家企业落户… in a feature told years after: not when it was written
    identity = f"{source.name}\x1f{index}\x1f{title}".encode()
    return Article(
        id=hashlib.sha1(identity).hexdigest()[:12],
        source=source.name,
        index=index,
        newsletter=newsletter,
        section=draft.section,
        title=title,
        paragraphs=tuple(paragraphs),
        outlet=outlet,
        date=date,
        sources=sources,
        url=url,
        attachments=tuple(attachments),
        spans=tuple(spans),
        title_runs=title_runs,
        margins=tuple(_margins(draft.meta)),
    )


_LABELLED_OUTLET = re.compile(r"(?<!图)(?<!图片)(?:来源|来\s*源|稿源|信息来源|文章来源|出处)\s*[:：丨｜|]\s*(?P<outlet>[^\s:：*_（）()|｜丨【】\[\]，,；;]{1,30})")
# An editor's credit in brackets after the last sentence: …给予最高500万元补助。（编辑：某某）
# (or who supplied it: …共计1260万元。（就业促进处供稿）, …。（供稿：某某镇）)
_CLOSING_CREDIT = re.compile(r"[。！？”][ \u3000]*[（(]\s*(?:(?:责任编辑|本期编辑|值班编辑|编辑|责编|审核|校对|供稿单位|供稿|撰稿)\s*[:：][^（）()。！？]{1,30}"
                             r"|[^（）()，。；：:！？]{2,30}(?:供稿|撰稿))[）)]$")
# What is no outlet after 来源： (根据公开信息整理), and a field glued to the outlet (某某厅阅读量：…).
# (with the day it ran, written any way: …增长10.4%。（来源：某某晚报 2025年11月4日）; and with no label when the day
# follows the outlet, as a trailer: …（某某晚报 2025年11月4日）; or its month and day alone, …（某某晚报　11月30日）, in the
# issue's year)
_CLOSING_DAY = r"(?P<date>(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{8})"
_CLOSING_SOURCE = re.compile(r"[。！？”][ \u3000]*[（(]\s*(?:(?:来源|稿源|信息来源|文章来源|出处)\s*[:：]\s*(?P<outlet>[^\s（）()，。；,;:：]{2,30})"
                             r"(?:[ \u3000，,]+" + _CLOSING_DAY + r")?"
                             r"|(?P<named>[\u4e00-\u9fff]{2,20}?(?:报|网|台|社|发布|客户端|新闻|频道|号|刊|杂志|融媒体中心))[ \u3000，,]+"
                             + _CLOSING_DAY.replace("date", "named_date") + r")\s*[）)]$")
_AGENCY_ONLY = re.compile(r"^据?(?P<who>[\u4e00-\u9fff]{2,8}?(?:社|网|台|客户端))(?:电|讯)(?=[ \u3000（(，,：:]|$)")
_EXCERPTED = re.compile(rf"(?:[（(]|—{{1,2}})\s*(?:{EXCERPTED_FROM})\s*《(?P<outlet>[^《》（）()]{{2,30}})》")
_NO_OUTLET = re.compile(r"^(?:根据|综合|据).{0,12}(?:整理|综合|报道)$|^(?:网络|互联网|本站|本网)$")
_GLUED_FIELD = re.compile(r"(?:阅读量?|浏览(?:次数|量)?|点击(?:数|量)?|作者|编辑|发布时间|发布日期|字号)$")
_ANY_DATE = re.compile(r"(?P<y>\d{4})\s*[-/.年]\s*(?P<m>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})|(?P<compact>(?:19|20)\d{6})")
# An outlet or a WeChat account over its date, the author's name before it: 原创 周宁 某某观察 2025年06月18日 08:00 北京.
_ACCOUNT_LINE = re.compile(r"^(?:原创\s*)?(?:\S{1,12}\s+)?(?P<outlet>[^\s:：\d]{2,24})\s+\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?"
                           r"(?:\s*\d{1,2}[:：]\d{2})?(?:\s+(?:发表于)?[\u4e00-\u9fff]{2,8})?$")
_MONTH_DAY = re.compile(r"^(?:[（(](?:[\u4e00-\u9fff]{1,10}[ \u3000]*)?)?(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日")
_CN_DATE = re.compile(r"(?P<y>[〇○零一二三四五六七八九]{4})\s*年\s*(?P<m>[一二三四五六七八九十]{1,2})\s*月\s*(?P<d>[一二三四五六七八九十]{1,3})\s*日")
_DATELINE_PARTS = re.compile(r"^据?(?P<who>[\u4e00-\u9fff]{1,8}?(?:社|网|报|台|客户端))?[\u4e00-\u9fff]{0,8}\s*(?:(?P<y>\d{4})年)?(?:(?P<m>\d{1,2})月)?(?P<d>\d{1,2})日(?P<kind>电|讯|消息)")


def _byline_outlet(text: str) -> str | None:
    """The outlet a reporter's byline names (the desk before 记者, never the reporter), or ``text``
    itself when it is no byline.

    >>> _byline_outlet("证券日报记者 吴桐"), _byline_outlet("某某网通讯员　李明　王芳"), _byline_outlet("本报记者 张三"), _byline_outlet("某某日报")
    ('证券日报', '某某网', None, '某某日报')
    """
    byline = REPORTER_BYLINE.match(text)
    if byline is None:
        return text
    desk = byline["desk"]
    return desk if len(desk) >= 2 and not re.match(r"本(?:报|刊|台|网|站)$", desk) else None


def _closing_date(day: str, year: int | None) -> str | None:
    """The ISO date of the day a closing source gives (2025年11月4日, 2025-11-04, 20251104), or of its month and day alone
    (11月30日) in the issue's ``year``: None where no year is known.

    >>> _closing_date("2025年11月4日", None), _closing_date("11月30日", 2026), _closing_date("11月30日", None)
    ('2025-11-04', '2026-11-30', None)
    """
    digits = _NON_DIGIT.sub("-", day).strip("-")
    if digits.count("-") == 1:
        return _iso(f"{year}-{digits}") if year else None
    return _iso(digits)


def _meta_sources(meta: Sequence[Line], year: int | None = None) -> tuple[tuple[str | None, str | None], ...]:
    """The outlet and date that an item's metadata lines state (来源：…, 发布时间：…, 人民日报 2024-01-10;
    a month and day alone, 6月4日, in the year of the issue).

    >>> _meta_sources([Line("6月4日", (), (0, 5))], 2025), _meta_sources([Line("6月4日", (), (0, 5))])
    (((None, '2025-06-04'),), ())
    >>> _meta_sources([Line("（江岸区 6月10日）", (), (0, 11))], 2025)
    ((None, '2025-06-10'),)
    >>> _meta_sources([Line("（摘自《某某发展研究》2026年第1期）", (), (0, 20))]), _meta_sources([Line("【某某晚报】", (), (0, 6))])
    ((('某某发展研究', None),), (('某某晚报', None),))

    The day after the outlet and a comma is no part of its name: ``> 来源：某某商报，2026-11-24``.

    >>> _meta_sources([Line("> 来源：某某商报，2026-11-24", (), (0, 20))])
    (('某某商报', '2026-11-24'),)

    A trailer printed on a line of its own under the headline gives both: ``（决策参考 20250720）``.

    >>> _meta_sources([Line("（决策参考 20250720）", (), (0, 15))])
    (('决策参考', '2025-07-20'),)
    """
    outlet = date = None
    for line in meta:
        text = line.text
        trailer = parse_trailer(text, year) if text[:1] in "（(" else None
        if trailer and trailer[0] == 0 and outlet is None and date is None:  # （决策参考 20250720） under a headline
            outlet, date = trailer[1][0]
            continue
        labelled = _LABELLED_OUTLET.search(text)
        if labelled and outlet is None and not _NO_OUTLET.match(labelled["outlet"]):
            outlet = _GLUED_FIELD.sub("", labelled["outlet"]) or None
        found = _ANY_DATE.search(text)
        if found and date is None:
            date = _iso(found["compact"] or f"{found['y']}-{found['m']}-{found['d']}")
        written = _CN_DATE.search(text)
        if written and date is None:  # 二〇二五年三月十八日
            date = _written_date(written)
        day = _MONTH_DAY.match(text)
        if day and date is None and year:
            date = _iso(f"{year}-{day['m']}-{day['d']}")
        plain = _OUTLET_LINE.match(text)
        if plain and outlet is None and not labelled and not re.search(r"[:：]", plain["outlet"]):
            outlet = _byline_outlet(plain["outlet"].strip(" |｜丨/\u3000"))
        byline = _ANY_DATE.search(text) and REPORTER_BYLINE.match(text[: _ANY_DATE.search(text).start()].strip())
        if byline and outlet is None and not labelled:
            outlet = _byline_outlet(byline[0].strip())
            continue  # (a byline over its date, 证券日报记者 吴桐 2024年12月2日: the reporter's name is no account)
        account = _ACCOUNT_LINE.match(text)
        if account and outlet is None and not labelled:
            outlet = account["outlet"]
        if outlet is None and text[:1] in "（(":  # （江淮日报）: an outlet's name alone in brackets
            outlet = bracketed_outlet(text)
        excerpted = _EXCERPTED.match(text) if outlet is None else None
        if excerpted:  # （摘自《某某研究》2026年第1期）: the publication it was taken from
            outlet = excerpted["outlet"]
        if outlet is None and text.lstrip(" \u3000")[:1] in "【［[〔":  # 【姑苏商报】 after a headline: its source
            source = bracketed_source(text, alone=True)
            outlet = source["source"] if source else None
    return ((outlet, date),) if outlet or date else ()


def _opening_date(paragraphs: Sequence[Line]) -> str | None:
    """The day an article without a source or dateline opens on: a full date opening one of its first two
    paragraphs (2024年3月12日上午，市政府…召开; （2025年7月25日…会议通过）) or saying when its first sentence
    happened (…全体会议，于2026年1月8日在太原召开), which dates the document or the event reported. Any other
    date is what the text is about, not when (会议指出，2019年1月1日起施行的条例…).

    >>> _opening_date([Line("2024年3月12日上午，市政府召开专题会议。", (), (0, 20))])
    '2024-03-12'
    >>> _opening_date([Line("会议指出，2019年1月1日起施行的条例…", (), (0, 20))]), _opening_date([Line("（二〇二五年三月十八日通过）", (), (0, 14))])
    (None, '2025-03-18')
    """
    for paragraph in paragraphs[:2]:
        head = paragraph.text[:_OPENING_REACH]
        found = _ANY_DATE.search(head)
        if found and not found["compact"] and "年" in found[0] and _opens_or_dates(head, found.start()):
            return _iso(f"{found['y']}-{found['m']}-{found['d']}")
        written = _CN_DATE.search(head)
        if written and _opens_or_dates(head, written.start()):
            return _written_date(written)
    return None


def _lead_day(paragraph: str) -> str | None:
    """The day a news lead opening with a dateline states: the dateline's own day, its year stated next to it
    (…6月18日电（2024年）) or by a full date of the same day in the lead's first clause (…3月6日电（记者 某某）…管委会
    2026年3月6日召开…); or, where the dateline gives no day, the full date right after it and the reporter's
    credit (本报讯（记者 某某）2026年1月13日，…; 财经网讯 2024年11月8日，…; 记者2025年12月9日从…获悉), whose year is the
    dateline's too when that day is not after the dateline's (本报某地3月12日讯（记者 某某）2025年3月11日，…). Only the lead's
    opening is read: a date inside its sentences is what the report is about.

    >>> _lead_day("本报讯（记者 某某）2026年1月13日，记者从某某获悉"), _lead_day("某某网6月18日电（2024年）某市6月18日举行…")
    ('2026-01-13', '2024-06-18')
    >>> _lead_day("某某网兰州12月9日电（记者 某某）记者2025年12月9日从…获悉"), _lead_day("某某网武汉3月6日电　2025年，全区产值…")
    ('2025-12-09', None)
    >>> _lead_day("本报讯（记者 某某）近日，2026年1月13日…"), _lead_day("据介绍，2026年1月13日起施行")
    (None, None)
    """
    plain = _PLAIN_DATELINE.match(paragraph)
    opening = dateline(paragraph) or (plain.end() if plain else 0)
    if not opening:
        return None
    own = _DATELINE_PARTS.match(paragraph[:opening])
    credit = _LEAD_CREDIT.match(paragraph, opening)
    day = _LEAD_DAY.match(paragraph, credit.end())
    if own and own["m"]:  # the dateline's day, in the year given beside it or by the lead's first clause
        filed = (int(own["m"]), int(own["d"]))
        clause = _CLAUSE_END.split(paragraph[credit.end() :], 1)[0]
        same = next((found["y"] for found in _ANY_DATE.finditer(clause) if not found["compact"]
                     and (int(found["m"]), int(found["d"])) == filed), None)
        before = day["y"] if day and (int(day["m"]), int(day["d"])) <= filed else None  # (…3月12日讯（…）2025年3月11日，…)
        year = own["y"] or credit["year"] or same or before
        return _iso(f"{year}-{own['m']}-{own['d']}") if year else None
    return _iso(f"{day['y']}-{day['m']}-{day['d']}") if day else None


# An outlet's news with no place nor day before 讯 (财经网讯, 本报湛江讯, 本台消息), which :func:`kg.lines.dateline` leaves
# to the headline reader.
_PLAIN_DATELINE = re.compile(r"据?[\u4e00-\u9fff]{0,10}?(?:社|网|报|台|客户端)[\u4e00-\u9fff]{0,6}?(?:讯|消息)")
# What may stand between a dateline and its lead: a reporter's credit, or the year of the dateline's day (…电（2024年）).
_LEAD_CREDIT = re.compile(r"[\s\u3000]*(?:[（(](?:(?P<year>(?:19|20)\d\d)\s*年|[^（）()。，,；;]{0,12}?(?:记者|通讯员|实习生|作者)[^（）()。；;]{0,30})[）)])?[\s\u3000]*")
# A full date opening a lead (（2025年9月12日）…; 记者2025年12月9日从…), not one a rule takes effect from (…日起施行).
_LEAD_DAY = re.compile(r"(?:记者)?[（(]?(?P<y>(?:19|20)\d\d)\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日(?![起前至到以—\-~～])")
_CLAUSE_END = re.compile(r"[，,。；;！？]")


def _head_line_day(paragraph: str) -> str | None:
    """The day stated by a line of an article's head, above its first paragraph: a digest's issue line
    (（《区域动态》2025年第18期，2025年9月22日）, 信息摘编　2026年第3期（2026年2月10日）), a document's number or issuer
    line (甬政办发〔2025〕33号　某某市人民政府办公厅　2025年5月15日印发, 某某市人民政府 2024年5月20日印发). The line
    holds one full date and, besides it, only an issue or document number, a newsletter's or an issuer's name and
    印发 or 发布: a sentence with a date in it (2025年3月18日召开会议) is no such line.

    >>> _head_line_day("决策参考　第2025-41期（2025年10月16日）"), _head_line_day("某某市人民政府 2024年5月20日印发")
    ('2025-10-16', '2024-05-20')
    >>> _head_line_day("某府规〔2024〕11号（2024年10月15日）"), _head_line_day("2025年3月18日召开专题会议")
    ('2024-10-15', None)
    """
    if visual_width(paragraph) > 80:
        return None
    days = [found for found in _ANY_DATE.finditer(paragraph) if not found["compact"] and "年" in found[0]]
    if len(days) != 1 or not paragraph[days[0].end() :].lstrip().startswith("日"):
        return None
    rest = paragraph[: days[0].start()] + paragraph[days[0].end() :].lstrip()[1:]
    numbered = _HEAD_NUMBER.search(rest)
    name = _HEAD_FILLER.sub("", _HEAD_NUMBER.sub("", rest))
    if not (_HEAD_NAME.fullmatch(name) or numbered and _NEWSLETTER_TITLE.fullmatch(name)):
        return None
    found = days[0]
    return _iso(f"{found['y']}-{found['m']}-{found['d']}")


# An issue's or a document's number (2025年第18期, 第2025-41期, 2025年9月第18期, 甬政办发〔2025〕33号).
_HEAD_NUMBER = re.compile(r"(?:\d{4}\s*年\s*)?(?:\d{1,2}\s*月\s*)?第\s*(?:\d{4}\s*[-—]\s*)?\d{1,4}\s*期"
                          r"|[\u4e00-\u9fff]{1,10}[〔\[［]\s*\d{4}\s*[〕\]］]\s*\d{1,4}\s*号")
_HEAD_FILLER = re.compile(r"[\s\u3000（）()【】《》·｜|，,、]")
# An issuer's name, and what it did on that day (某某市人民政府办公厅印发), or nothing besides the numbers.
_HEAD_NAME = re.compile(r"(?:[\u4e00-\u9fff]{2,30}?(?:政府|办公厅|办公室|委员会|常委会|局|厅|委|部|院|署|办))*(?:印发|发布|公布|发)?")
_NEWSLETTER_TITLE = re.compile(r"[\u4e00-\u9fff]{2,10}")


def _written_date(written: re.Match[str]) -> str | None:
    """The ISO day of a date written in Chinese numerals (a :data:`_CN_DATE` match: 二〇二五年三月十八日)."""
    year = "".join(str(chinese_number(c)) for c in written["y"].replace("○", "〇"))
    return _iso(f"{year}-{chinese_number(written['m'])}-{chinese_number(written['d'])}")


def _opens_or_dates(head: str, start: int) -> bool:
    """Whether a date at ``start`` opens the paragraph (after a bracket) or follows 于 (于2026年1月8日召开), not
    one that is still to come (将于2027年1月1日起执行, 拟于…: when a rule takes effect, not when the item was written).

    >>> _opens_or_dates("会议于2026年1月8日召开", 3), _opens_or_dates("新版目录将于2027年1月1日起执行", 6)
    (True, False)
    """
    before = head[:start]
    return not before.strip(" \u3000（(") or (before.endswith("于") and not _FUTURE_YU.search(before))


_FUTURE_YU = re.compile(r"(?:将|拟|计划|预计|定)于$")  # (a day still to come: 将于, 拟于, 定于)


def _told_later(paragraphs: Sequence[Line], year: int) -> bool:
    """Whether the text speaks of a year after ``year`` other than as a goal (到2027年, 2027年前): then an
    opening date is where a story starts, not when it was told.

    >>> _told_later([Line("2013年11月5日，首家企业落户。2024年，产值突破百亿元。", (), (0, 30))], 2013)
    True
    >>> _told_later([Line("2013年11月5日，首家企业落户。截至2024年底，园区已有企业200家。", (), (0, 35))], 2013)
    True
    >>> _told_later([Line("2024年3月12日，市政府召开会议，提出到2027年产值突破百亿元、2026年底前建成基地。", (), (0, 40))], 2024)
    False
    """
    for paragraph in paragraphs:
        for found in _YEAR.finditer(paragraph.text):
            if int(found["y"]) > year and not _GOAL_BEFORE.search(paragraph.text, 0, found.start()) \
                    and not _GOAL_AFTER.match(paragraph.text, found.end()):
                return True
    return False


_YEAR = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)\s*年")
# (截至2024年底 is a later telling: no goal; the end of a plan's period, 2025—2027年, is one ahead)
_GOAL_BEFORE = re.compile(r"(?:到|(?<!截)至|力争|预计|计划|争取|目标|于|\d{4}\s*[—–－~～-]{1,2})\s*$")
_GOAL_AFTER = re.compile(r"(?:年底|年末|末|底)?(?:前|以前|之前)")


#: How far into a paragraph a date still dates its first sentence (…第七次全体会议，于2026年1月8日在太原召开).
_OPENING_REACH = 40


def _dateline_source(paragraph: str, year: int | None) -> tuple[tuple[str | None, str | None], ...]:
    """The outlet and date of a dateline opening a paragraph (江淮社芜湖3月6日电: the year from the issue).

    >>> _dateline_source("据某某社岳阳3月6日电　城陵矶港…", 2026), _dateline_source("据某某社电　常德市提出…", 2026)
    ((('某某社', '2026-03-06'),), (('某某社', None),))
    >>> _dateline_source("某某网2025年2月10日讯　某某市近日出台…", None)
    (('某某网', '2025-02-10'),)
    >>> _dateline_source("某某网讯（通讯员 某某）株洲…", 2026), _dateline_source("本网讯　某某…", 2026), _dateline_source("据介绍，某某…", 2026)
    ((('某某网', None),), (), ())
    """
    length = dateline(paragraph)
    match = _DATELINE_PARTS.match(paragraph[:length]) if length else None
    if not match:  # (an agency's or a site's news with no place nor day: 据某某社电　…, 某某网讯（通讯员 某某）…)
        agency = _AGENCY_ONLY.match(paragraph)
        return ((agency["who"], None),) if agency and not agency["who"].startswith("本") else ()
    outlet = match["who"] if match["who"] and not match["who"].startswith("本") else None
    # A place's "news of March 4" (成都东部新区3月4日消息) opens a sentence, it is no agency's dateline.
    agency = match["who"] or match["kind"] != "消息" or paragraph.startswith("本")
    year = match["y"] or year  # (某某日报2025年2月10日讯: its own year)
    date = _iso(f"{year}-{match['m']}-{match['d']}") if year and match["m"] and agency else None
    return ((outlet, date),) if outlet or date else ()


def _derived_title(first_paragraph: str, source: Source) -> str:
    """A title for text that has none: its first line if short, else the file name."""
    if _title_like(first_paragraph):
        return first_paragraph
    return source.path.stem


def _mark_heading(paragraph: Paragraph) -> Paragraph:
    text = paragraph.text
    if paragraph.kind == "text" and visual_width(text) <= 40 and text[-1] not in "。！？；…”" and not _SENTENCE_PUNCT.search(text[:-1]):
        return Paragraph(text=text, runs=paragraph.runs, kind="heading")
    return paragraph


# ---------------------------------------------------------------- newsletter


def _newsletter(front: Sequence[Line], headers: Sequence[str]) -> Newsletter:
    texts = [line.text for line in front] + list(headers)
    joined = "\n".join(texts)
    name = None
    for header in headers:
        match = _HEADER_NAME.match(header)
        if match:
            name = match[1]
            break
    if name is None:
        name = next((t for t in texts if _NEWSLETTER_NAME.match(t)), None)
    year = issue = total = None
    match = _ISSUE.search(joined)
    if match:
        year, issue = int(match[1]), chinese_number(match[2])
    match = _ISSUE_TOTAL.search(joined)
    if match:
        total = chinese_number(match[1])
    issue_date = None
    match = _ISSUE_DATE.search(joined)
    if match and year:
        issue_date = _iso(f"{year}-{match[1]}-{match[2]}")
    return Newsletter(name=name, publisher=_publisher(front), year=year, issue=issue, issue_total=total, issue_date=issue_date)


_TRAILING_BRACKET = re.compile(r"\s*[（(][^（）()]*[）)]\s*$")


def _publisher(front: Sequence[Line]) -> str | None:
    for rank in ("主办", "编"):
        for i, line in enumerate(front):
            match = _PUBLISHER.match(line.text)
            if not match or not line.text.startswith(rank):
                continue
            rest = match["rest"].strip() or (front[i + 1].text if i + 1 < len(front) else "")
            rest = _TRAILING_BRACKET.sub("", rest).strip()
            if rest:
                return rest
    return None


# ---------------------------------------------------------------- explanation


def pasted_paragraphs(document: Document) -> list[tuple[Paragraph, PastedItems]]:
    """The paragraphs of ``document``'s articles that look like several items pasted together, kept whole by the
    reading chosen, with what :func:`~kg.run_in.pasted_items` saw in each: for :func:`explain` and the build summary.
    Rare by design: none in any development gold text (issue 13)."""
    return [(p, found) for a in document.articles for p in a.paragraphs if p.kind == "text" and (found := pasted_items(p.text)) is not None]


def _pasted_places(found: PastedItems) -> str:
    """The candidate cut points :func:`~kg.run_in.pasted_items` saw in a paragraph, in words."""
    places = [f"items numbered {' '.join(found.numbered[:6])}"] if found.numbered else \
        [f"{found.runs} headline-shaped run{'s' if found.runs != 1 else ''} after a sentence's end"] if found.runs else []
    places += [f"{found.sources} source{'s' if found.sources != 1 else ''} closing an item inside it"] if found.sources else []
    return ", ".join(places)


def _kept_whole(found: PastedItems, document: Document) -> str:
    """Why a paragraph that looks like several items pasted together was not cut into them, for :func:`explain`."""
    best = document.readings[0]
    if found.cuts:
        run_in = next((r for r in document.readings if r.layout == "run-in"), None)
        if run_in is not None and run_in is not best:
            return f"cut at {found.cuts} runs, the run-in reading scored {run_in.score:g}, below the {best.layout} reading's {best.score:g}"
        return f"cut at {found.cuts} runs, the items did not fit the {best.layout} reading of the file ({best.articles} articles)"
    if found.numbered:
        return ("where each numbered headline ends could not be told for every one (no space, dateline or actor named again "
                "after it), and numbered items are cut all together or not at all")
    if found.confirmed == 0:
        return ("no run followed by a dateline, a news opening, a space and a sentence, or its actor named again" if found.runs
                else "no headline-shaped run after the sources to cut at")
    if found.confirmed == 1:
        return "only one run followed by a dateline, a news opening, a space and a sentence, or its actor named again (two are needed)"
    return "the runs leave no two items with a body of their own"


def explain(document: Document) -> dict:
    """How a file was read, for ``kg articles --explain``: the layout chosen, every layout
    considered with its score and evidence, each article's line range (1-based lines of the
    file's text, or of the text extracted from a PDF, DOCX or HTML file), title and margins
    (the lines of its metadata and back matter whose entities it mentions), and notes
    (whether a long paragraph was cut into items; which paragraphs look like several items pasted together but
    were kept whole, and why: :func:`~kg.run_in.pasted_items`)."""
    text = document.source.text
    starts = [0] + [m.end() for m in re.finditer("\n", text)]

    def line_of(offset: int) -> int:
        return bisect_right(starts, offset)

    articles = [{"index": a.index, "title": a.title, "lines": [line_of(a.start), line_of(max(a.end - 1, a.start))], "offsets": [a.start, a.end],
                 "margins": [line_of(p.start) for p in a.margins]}
                for a in document.articles]
    notes = []
    layouts = [r.layout for r in document.readings]
    if document.layout == "run-in":
        notes.append(f"a paragraph holding several items was cut into {len(document.articles)} articles at headline-shaped runs")
    elif "run-in" in layouts:
        notes.append("a long paragraph could be cut into items, but that reading scored lower")
    for p, found in pasted_paragraphs(document):
        first, last = line_of(p.start), line_of(max(p.end - 1, p.start))
        where = f"line {first}" if first == last else f"lines {first}-{last}"
        notes.append(f"{where}: a paragraph that looks like several items pasted together ({_pasted_places(found)}), "
                     f"kept whole: {_kept_whole(found, document)}")
    # Sentences left out of every article (read as the masthead or back cover): a paragraph, or its
    # start, where no headline was found to cut it at.
    for f in document.furniture:
        chunk = text[f.start : f.end]
        if f.kind in ("masthead", "back_cover") and not _EDITOR_NOTE.match(chunk) and len(re.findall("[。！？]", chunk)) >= 2 and visual_width(chunk) >= 40:
            notes.append(f"line {line_of(f.start)}, characters {f.start}-{f.end}: sentences read as {f.kind.replace('_', ' ')}, "
                         "not as an article: no headline found to cut this text into an item")
    return {
        "file": document.source.name,
        "layout": document.layout,
        "lines_of": "lines of the file" if document.source.format in ("txt", "md") else f"lines of the text extracted from the {document.source.format.upper()}",
        "readings": [{"layout": r.layout, "score": r.score, "articles": r.articles, "reasons": list(r.reasons)} for r in document.readings],
        "articles": articles,
        "notes": notes,
    }
