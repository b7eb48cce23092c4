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

import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import replace
from itertools import islice

from kg.headlines import read_items, read_whole
from kg.ingest import clean_lines
from kg.lines import (
    ATTRIBUTED,
    ENGLISH_MONTH_DAY,
    ends_with_trailer as _ends_with_trailer,
    is_prose as _is_prose,
    iso_date as _iso,
    line_mode,
    numbering,
    visual_width,
)
from kg.run_in import (
    PastedItems,
    cut_bracket_head,
    cut_colon_head,
    cut_glued_head,
    cut_lost_break,
    cut_run_in,
    cut_sentence_head,
    pasted_items,
    place_heads,
)
from kg.segmenting.article_fields import _finish, chinese_number, parse_trailer
from kg.segmenting.bundled import _EDITOR_NOTE, _bundled
from kg.segmenting.candidates import candidates, rejoin_wrapped_headlines
from kg.segmenting.drafts import _Draft, _Option, _Toc, _furniture_kind, _key, _slice, _slice_runs, _unmarked, _with_margins
from kg.segmenting.marks import marked_apart, section_tag
from kg.segmenting.records import HeadlineReading
from kg.segmenting.tables import _table_rows
from kg.segmenting.toc import _trailing_toc
from kg.types import Document, Furniture, Line, Newsletter, Paragraph, Reading, Source

__all__ = ["segment", "explain", "pasted_paragraphs", "parse_trailer", "chinese_number"]
_NEWSLETTER_NAME = re.compile(
    r"^[\u4e00-\u9fff]{2,8}(?:观察|摘编|简报|参考|动态|周报|月报|快讯|要报|专报|通讯|资讯|内参|专刊|速递|要闻|信息)$"
)
_ISSUE = re.compile(r"(\d{4})\s*年\s*第\s*([0-9一二三四五六七八九十百零〇]+)\s*期")
_HEADER_NAME = re.compile(r"(?:\S{1,6}\s+)?([\u4e00-\u9fff]{2,10})\s*\d{4}\s*年")  # a running header's name before its year
_ISSUE_TOTAL = re.compile(r"总\s*第\s*([0-9一二三四五六七八九十百零〇]+)\s*期")
_ISSUE_DATE = re.compile(r"(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(?:印发|出版|编印|发布|刊印)")
_PUBLISHER = re.compile(r"^(?:主办(?:单位)?|编辑单位|主编单位|编印单位?)\s*[:：]?\s*(?P<rest>.*)$")


def _at_least(n: int, found: Iterator[object]) -> bool:
    """Does ``found`` yield ``n`` things or more? (It stops at the n-th: a whole file's lines need not all be asked.)"""
    return sum(1 for _ in islice(found, n)) >= n


def segment(source: Source, every_reading: bool = False) -> Document:
    """Split one source into articles and furniture; never raises on odd input.

    Every layout that fits is read and scored (:attr:`Document.readings`, best first); the
    best explains the file. Ties go to the bundled layouts, then to the file as one article.
    A reading by headlines that cannot score as high as another reading is left unread
    unless ``every_reading`` (``kg articles --explain`` lists them all).
    """
    text = source.text
    lines, furniture = clean_lines(text, source.marks)
    lines = _unmarked(lines)
    mode, width = line_mode(lines)
    table = _table_rows(lines)  # (before wrapped headlines are rejoined: a row's cells stand a line each there)
    lines = rejoin_wrapped_headlines(lines, text, mode, width)
    found = candidates(lines, text, mode, width)
    bundled = _bundled(lines, text, mode, width, [c for c in found if not c.loose]) if lines else None
    options = [bundled] if bundled is not None else []
    options.append(_from_items(lines, read_whole(lines, text)))
    if table is not None:
        options.append(table)
    # (a reading by headlines that scores below these is not read, unless it may split the bundled reading at the headlines
    # that one left inside its articles: :func:`_splits_at_missed` takes it over a better one, below)
    splits = bundled is not None and bool(bundled.missed) and all(d.title for d in bundled.drafts)
    keep = frozenset(bundled.missed | {d.title[0].start for d in bundled.drafts}) if splits else frozenset()
    floor = None if every_reading else max(o.score for o in options)
    options += [_from_items(lines, r) for r in read_items(lines, text, found, floor=floor, keep=keep)]
    best = max(options, key=lambda o: o.score)  # the first of equals
    # (items closed by trailers, where the one that printed none left its headline inside the item above: a reading by
    # headlines that keeps every item of that one and heads items at just those headlines reads the file better)
    if best.missed and (finer := next((o for o in options if _splits_at_missed(o, best)), None)) is not None:
        best = finer
    # (items whose headlines are written as sentences, 1、…。…, are cut whatever read best: their column tags read as headlines too)
    if len(best.drafts) <= 1 or _at_least(3, (line for line in lines if cut_sentence_head(line))):
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
