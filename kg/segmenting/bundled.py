"""The bundled layouts: the newsletter layouts kg knows by their marks (【tag】 titles, numbered sections,
digests with a trailer closing each item) (:func:`_bundled`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from kg.lines import (
    SENTENCE_PUNCT as _SENTENCE_PUNCT,
    continues,
    ends_sentence,
    ends_with_trailer as _ends_with_trailer,
    headline_form,
    is_box_label,
    is_metadata,
    is_post_furniture,
    is_prose as _is_prose,
    iso_date as _iso,
    numbering,
    restates_headline,
    strip_numbering,
    title_like as _title_like,
    trailer_alone,
    visual_width,
)
from kg.segmenting.article_fields import _BRACKETED_LINE, _OUTLET_LINE
from kg.segmenting.drafts import _Draft, _Option, _furniture_kind, _key, _slice
from kg.segmenting.furniture import is_back_matter, source_trailer_below
from kg.segmenting.marks import ITEM_OPENER as _ITEM_OPENER, echoes_subject, marked_apart, section_name
from kg.segmenting.records import Candidate
from kg.segmenting.toc import _BULLET_TAG, _TAG, _bullet_toc, _digest_toc
from kg.types import Furniture, Line

__all__ = []
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
