"""Readings of a file that has no newsletter layout kg knows: items found by their headlines.

A *headline candidate* is a line shaped like a headline (:func:`kg.lines.headline_form`,
or marked as a heading, a bold-only paragraph or a list item by the file's markup),
that does not continue the line above it and is followed by body text. Candidates
fall into classes by their mark (``h2``, ``bold``, ``一、``, ``1.``, ``【】``, ``plain``);
a reading takes one class as the headlines of the file's items.

Each reading is scored by what makes a run of items a digest rather than one document
cut by its own headings: metadata next to each headline (来源：, 发布时间：, a dateline,
a trailer), bodies that open like news (近日, 3月5日, 记者从…获悉), headlines that name an
actor and what it did, a masthead instead of an introduction, a table of contents whose
entries come again below as the headlines (furniture, not items). The reading of the whole
file as one document scores the opposite evidence: a document title (…的通知, 实施意见),
a salutation (各区人民政府：), headings of the parts of a document (总体要求, 保障措施),
nested numbering (一、 then （一）), 第一条, a signature and date at the end.

A digest pasted into one paragraph is cut into its items by :mod:`kg.run_in`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from kg.lines import (
    ends_sentence,
    headline_form,
    is_metadata,
    is_post_furniture,
    is_prose,
    news_opener,
    numbering,
    strip_numbering,
    visual_width,
)
from kg.segmenting.candidates import _ACTOR_NAME, _SALUTATION, _asked, _toc_entries, candidates, rejoin_wrapped_headlines
from kg.segmenting.furniture import (
    _in_masthead,
    _masthead_line,
    _newsletter_name,
    _ruled,
    _split_back,
    is_back_matter,
    running_headers,
    source_trailer_below,
)
from kg.segmenting.item_lines import _assign
from kg.segmenting.item_scores import _DOCUMENT_TITLE, _FrontLines, _items_numbered_as_articles, _listed, _score_items, file_bonuses, score_bound
from kg.segmenting.marks import (
    HEADING_KINDS,
    ITEM_OPENER,
    _CLAUSE_PUNCT,
    _HEADING_MARKS,
    _NEWS_VERBS,
    _PART_WORDS,
    _PERSON_SPACED,
    _is_meta,
    _list_number,
    _opens_with_subject,
    _quotation_line,
    _stopped_between,
    day_prefix,
    digest_section,
    echoes_subject,
    marked_apart,
    section_name,
    section_tag,
)
from kg.segmenting.records import Candidate, HeadlineReading, Item
from kg.types import Line

__all__ = ["Item", "Candidate", "HeadlineReading", "candidates", "rejoin_wrapped_headlines", "read_items", "read_whole", "section_tag", "section_name", "marked_apart", "echoes_subject", "is_back_matter", "source_trailer_below", "HEADING_KINDS", "ITEM_OPENER"]
_SELF_REFERENCE = re.compile(r"本(?:方案|办法|意见|实施意见|规定|通知|条例|细则|措施|规划|计划|决定)")
_SIGNING_DATE = re.compile(r"^(?:\d{4}|[一二〇○零]{4})\s*年\s*[\d一二三四五六七八九十]{1,3}\s*月\s*[\d一二三四五六七八九十]{1,3}\s*日$")
_BYLINE_UNDER_TITLE = re.compile(r"^(?:本报|本刊)?(?:特约)?(?:记者|通讯员|作者|撰文|执笔)|.*(?:课题组|研究组|调研组|编写组)(?:[\s\u3000]*[（(]?\s*\d{4}\s*年[\d\s月日]*[）)]?)?$|^——")


def _counted_under_heading(lines: Sequence[Line], found: Sequence[Candidate]) -> list[Candidate]:
    """The numbered candidates of one class counting 1, 2, … in turn, the first right under a section heading (江西 / 1.
    南康…): a section's items numbered as they came; else ``[]``."""
    for mark in dict.fromkeys(c.mark for c in found if c.mark != "plain"):  # (in the order they come: one answer every run)
        marked = [c for c in found if c.mark == mark]
        numbers = [_list_number(lines[c.index].text) for c in marked]
        if len(marked) >= 2 and all(n is not None and n[1] == k + 1 for k, n in enumerate(numbers)) \
                and marked[0].index and section_name(lines[marked[0].index - 1]) and not is_prose(lines[marked[0].index - 1].text):
            return marked
    return []


_LEVELS = HEADING_KINDS[:6]  # Markdown's headings, # to ######


def read_items(lines: Sequence[Line], text: str, found: Sequence[Candidate], layout: str = "headlines", floor: float | None = None,
               keep: frozenset[int] = frozenset()) -> list[HeadlineReading]:
    """Every reading of ``lines`` as items headed by one class of the candidates ``found`` (at least two items).

    With ``floor`` (the best score of the caller's other readings), a reading that cannot score as high as that or as
    another reading here (:func:`_reading_bound`) is not read, unless its items may be titled at exactly the line starts
    ``keep`` (a reading the caller takes whatever its score)."""
    # A post's furniture (往期回顾, ▼往期推荐) over a list of earlier pieces' titles, no prose below it: links, no items.
    links = next((i for i, line in enumerate(lines) if i and is_post_furniture(line.text)
                  and not any(is_prose(below.text) and not is_back_matter(below.text) for below in lines[i + 1 :])), None)
    if links is not None:
        found = [c for c in found if c.index < links]
    loose = [c for c in found if c.loose]
    found = [c for c in found if not c.loose]
    classes: dict[str, list[Candidate]] = {}
    for c in found:
        classes.setdefault(c.mark, []).append(c)
    # Plain headlines with their source or date beside them, the others being subheadings inside items.
    # (A trailer closing the item above is no headline's own source: the line above it heads an item too.)
    with_meta = [c for c in classes.get("plain", []) if c.meta and c.own_meta]
    if 2 <= len(with_meta) < len(classes.get("plain", [])):
        classes["plain+source"] = with_meta
    # One numbered headline among plain ones, numbered first with no second anywhere (a note's #### 1. under a
    # section whose other items are plain or bold, its marks gone): numbered as it came, one set with them.
    if len(classes.get("plain", [])) >= 2:
        lone = [c for c in found if c.mark != "plain" and len(classes[c.mark]) == 1
                and (number := _list_number(lines[c.index].text)) is not None and number[1] == 1
                and not any(_list_number(line.text) == (number[0], 2) for line in lines)]
        if len(lone) == 1:
            classes["plain+numbered"] = sorted(classes["plain"] + lone, key=lambda c: c.index)
        # (or a section's items numbered from 1 right under its heading, ## 江西 / #### 1. … / #### 2. …, their marks gone:
        # a heading between items opens items, so the numbers count that section's items, not an item's points)
        else:
            counted = _counted_under_heading(lines, found)
            if counted:
                classes["plain+numbered"] = sorted(classes["plain"] + counted, key=lambda c: c.index)
        # (or one headline typed with a full stop after a body's last sentence, over a body naming its subject again,
        # 某某地铁新线开通。 over 某某地铁7号线…: one set with them; under a source line, 来源：… / 某某市日前出台…。, such a
        # sentence is the lead of the item above, and over other words a paragraph of its body, unless it stands between
        # whole paragraphs, the one below at least twice as wide, as a bulletin's headline does: :func:`_stopped_between`)
        stopped = classes.get("plain。", [])
        k = stopped[0].index if len(stopped) == 1 else 0
        if 0 < k < len(lines) - 1 and ends_sentence(lines[k - 1].text) and not is_metadata(lines[k - 1].text) \
                and (_opens_with_subject(lines[k].text, lines[k + 1].text) or _stopped_between(lines, k, k + 1)):
            classes["plain+stopped"] = sorted(classes["plain"] + classes["plain。"], key=lambda c: c.index)
    # Headlines some of which carry a column's tag in front (【地方传真】天水：…) among others marked alike (plain, bold,
    # ##): the column says where an item came from, as 基层动态｜… does, no heading of another rank; one set with them.
    # (the tag says an item of that column starts there, 【财经观察】县域商业体系建设提速, 【天气】今天多云转小雨, as an
    # actor or a news verb would: its headline need name neither)
    for c in classes.get("【tag】title", []):
        kind = lines[c.index].kind if lines[c.index].kind in HEADING_KINDS else "plain"
        if kind in classes:
            classes.setdefault(kind + "+tagged", list(classes[kind])).append(replace(c, headline=True))
    for name in [name for name in classes if name.endswith("+tagged")]:
        classes[name].sort(key=lambda c: c.index)
    # Headlines marked in more than one way (a heading style here, bold there), when no one mark
    # heads two items (a title in h1 above h2 headings is the file's, not an item's); or as bold
    # paragraphs and as list items (<p><strong>…</strong></p> items, then <li> items).
    marked = [c for c in found if c.mark in HEADING_KINDS]
    if len({c.mark for c in marked}) > 1 and all(len(classes[m]) < 2 for m in {c.mark for c in marked}):
        classes["marked"] = marked
    elif "bold" in classes and "item" in classes:
        classes["marked"] = [c for c in found if c.mark in ("bold", "item")]
    # (headings of two levels and bold paragraphs heading items alike, ### here, #### or **…** there, under
    # ## sections: an analyst's note marks each item as it came; list items there are a body's entries; the one
    # heading of its level above all the others is the file's title, # 某某政策解读 over ### 一、…？)
    # (not where a # title stands above it already, a masthead's: # 某某动态摘录 / ## 浙江 / ### 义乌… / **德清…**)
    mixed = [c for c in marked if c.mark != "item"]
    if mixed and sum(1 for c in mixed if c.mark == mixed[0].mark) == 1 \
            and not (mixed[0].mark != "h1" and any(line.kind == "h1" for line in lines[: mixed[0].index])):
        mixed = mixed[1:]
    if len({c.mark for c in mixed}) > 1 and mixed != classes.get("marked"):
        classes["marked+"] = mixed
    # A pasted digest whose analyst set some items' headlines on lines of their own (## 1.某某项目签约 / body。2.某某项目
    # 开工 某某…): the headlines cut out of the paragraphs and the marked ones head items alike, one set with them.
    # (a marked headline with a column's tag, ## 【提示】…, among them)
    if layout == "run-in":
        heads = [c for c in found if (lines[c.index].kind if c.mark == "【tag】title" else c.mark) in HEADING_KINDS
                 and c.mark not in ("h1", "item") and lines[c.index].kind not in ("h1", "item")]
        for name in [name for name in classes if heads and name not in HEADING_KINDS]:
            classes[name + "+marked"] = sorted(classes[name] + heads, key=lambda c: c.index)
    # Markdown list items numbered as the plain lines of another class are (1. under a line of its own, where 2. and 3.
    # run on from the line above them, as Markdown reads a list that interrupts a paragraph only at its first number): one list.
    for kind in sorted({numbering(lines[c.index].text) for c in classes.get("item", [])} & set(classes)):
        numbered = [c for c in classes["item"] if numbering(lines[c.index].text) == kind]
        classes[kind + "+list"] = sorted(classes[kind] + numbered, key=lambda c: c.index)
    # Items separated by rule lines (────, ***, ——): the headline right under each rule heads an item, however
    # it is marked, and so does the first headline above the first rule.
    rules = [i for i, line in enumerate(lines) if _ruled(line, text)]
    ruled = [c for c in found if c.index - 1 in rules]
    if rules and len(ruled) >= 2 and len(ruled) >= len(rules) - 1 and len({c.mark for c in ruled}) > 1:
        classes["ruled"] = [c for c in found if c.index < rules[0]][:1] + ruled
    # Lines that are all one quotation, standing where headlines stand (after a sentence, over a paragraph), where
    # the file heads an item with one already: by what opens its body (9月5日，…), or right under the masthead, where
    # nothing stands above it to be inside of. The file's headlines then quote (a digest of voices: “订单排到了明年”
    # over 某某企业负责人说，…), and every such quotation heads an item too, in a reading of its own: a quotation inside
    # a news item (its speaker named below it) is left there by the reading without them, which then scores higher.
    quoting = any(_quotation_line(lines, c.index) for c in found) \
        or any(not any(is_prose(lines[k].text) for k in range(c.index)) for c in loose)
    for mark in sorted({c.mark for c in loose}) if quoting else ():
        classes[mark + "+quotations"] = sorted(classes.get(mark, []) + [c for c in loose if c.mark == mark], key=lambda c: c.index)
    readings = {}
    known = _FrontLines(lines)  # (what every reading asks of the lines above its first headline)
    running = running_headers(lines)  # (the same for every reading)
    classes = {name: heads for name, heads in sorted(classes.items()) if len(heads) >= 2}
    order, bounds, best = list(classes), {}, floor
    if floor is not None:  # (the most promising first: its score may leave the others unread)
        ruled = set(rules)
        bounds = {name: _reading_bound(lines, heads, ruled) for name, heads in classes.items()}
        order.sort(key=lambda name: -bounds[name])
    for name in order:
        heads = classes[name]
        # (the file's lines are asked only where their answers may bring the bound below the best score)
        if best is not None and not (keep and _may_head_at(lines, heads, keep)) and (bounds[name] < best or (
                bounds[name] - file_bonuses(len(heads)) < best and _reading_bound(lines, heads, ruled, known) < best)):
            continue  # (it cannot read the file best, nor split the caller's reading at ``keep``)
        front, items, back, headings = _assign(lines, text, heads, running)
        if all(_asked(lines, c.index) for c in heads) and _news_title(lines, front):
            continue  # questions (问：…？, ## 问：…？) under a news title (访谈｜…, 专访…, …——访…) are one interview's turns, no digest's items
        score, reasons = _score_items(lines, text, heads, items, front, known)
        if name == "plain。" and any(headline_form(lines[i].text) and not _masthead_line(lines[i].text) for i in front):
            # Short sentences under a title are a report's paragraphs; headlines with a full stop come in digests.
            score -= 3.0
            reasons.append("a title above lines ending with a full stop")
        # Headings over prose of their own (### …, #### …) left inside the items of a reading by bold, listed or plain
        # lines: Markdown ranks a heading above bold, and no item holds a headline marked more strongly than its own.
        if not any(lines[c.index].kind in _LEVELS for c in heads):
            inside = {i for item in items for i in item.body}
            swallowed = sum(1 for c in found if lines[c.index].kind in _LEVELS and c.index in inside)
            if swallowed:
                score -= 1.0 * swallowed
                reasons.append(f"{swallowed} headings over text of their own left inside items")
        named = [i for i in headings if not _ruled(lines[i], text)]  # (not the rules drawn between items)
        if len(named) < len(headings):
            reasons.append(f"{len(headings) - len(named)} rules between items")
        # A rule drawn over every headline but the first: the editor set the items apart, as no document's parts are.
        over = sum(1 for c in heads[1:] if c.index > 0 and _ruled(lines[c.index - 1], text))
        if over >= 2 and over == len(heads) - 1:
            score += 1.5 * min(over, 4)
            reasons.append(f"a rule over each of {over} headlines")
        if named:
            reasons.append(f"{len(named)} section headings")
            # Every one named as a digest's section is (省内动态, 省外借鉴, 东部地区), not a document's part (重点任务):
            # the items below are news grouped by where or what they report.
            if all(digest_section(lines[i]) for i in named):
                score += 1.0 * min(len(named), 2)
                reasons.append("section headings named as a digest's (…动态, …借鉴, …地区)")
        if name == "plain+source":
            reasons[0] = f"{len(items)} items with plain headlines that have a source or date beside them"
            # The other plain headlines are then sub-headings inside items: short ones (重点领域, 完善基础设施)
            # are; one nearly as wide as the headlines with a source is an item that printed none.
            def width(c: Candidate) -> float:
                return visual_width(lines[c.index].text[c.title_range[0] : c.title_range[1]])

            typical = sorted(width(c) for c in heads)[len(heads) // 2]
            # A short one too whose body opens on its own (今年省级储备粮…, 6月7日，…) or names again who acted:
            # a sub-heading's goes on from the article's lead (方案明确…).
            def opens_item(c: Candidate) -> bool:
                j = c.index + 1
                while j < len(lines) and _is_meta(lines[j]):
                    j += 1
                body = lines[j].text if j < len(lines) else ""
                return c.news or bool(ITEM_OPENER.match(body)) or echoes_subject(lines[c.index].text[c.title_range[0] : c.title_range[1]], body)

            taken = set(heads)  # (a list's `in` compared every field of every headline)
            items_like = [c for c in classes["plain"] if c not in taken and c.index > heads[0].index
                          and (width(c) >= 0.6 * typical or opens_item(c)) and not _PART_WORDS.match(lines[c.index].text[c.title_range[0] :])]
            if items_like:
                score -= 1.0 * len(items_like)
                reasons.append(f"{len(items_like)} headlines nearly as wide as theirs, or over a body opening on its own, left inside items")
        elif name.startswith("marked"):
            reasons[0] = f"{len(items)} items with headlines marked as headings, bold or list items"
        elif name == "ruled":
            reasons[0] = f"{len(items)} items with headlines under rule lines (────, ***)"
        elif name.endswith("+quotations"):
            reasons[0] += f", {sum(c.loose for c in heads)} of them quotations standing where the headlines stand"
        toc = _listed(lines, heads, front, known)
        readings[name] = HeadlineReading(layout, score, reasons, items, front, back, headings, toc if len(toc) >= 2 else [])
        best = None if best is None else max(best, score)
    return [readings[name] for name in classes if name in readings]  # (in the order of their names, however read)


def _may_head_at(lines: Sequence[Line], heads: Sequence[Candidate], starts: frozenset[int]) -> bool:
    """Can a reading headed by ``heads`` title its items at exactly the line starts ``starts``? Its items are its
    headlines', the first left out where it introduces the others (:func:`~kg.segmenting.item_lines._assign`)."""
    at = {lines[c.index].start for c in heads}
    return starts <= at and at - starts <= {lines[heads[0].index].start}


def _reading_bound(lines: Sequence[Line], heads: Sequence[Candidate], ruled: set[int], known: _FrontLines | None = None) -> float:
    """The most a reading headed by ``heads`` can score: :func:`~kg.segmenting.item_scores.score_bound` (asking
    ``known`` of the file's lines, or not) and what :func:`read_items` adds (a rule over each headline, the lines
    ``ruled``; sections named as a digest's, at most)."""
    over = sum(1 for c in heads[1:] if c.index - 1 in ruled)
    return score_bound(lines, heads, known) + (1.5 * min(over, 4) if over >= 2 and over == len(heads) - 1 else 0.0) + 1.0 * 2


# A title naming a collection of questions (办税热点问答, 政策答疑, 十问十答, 常见问题): a digest's name, whatever else its line says.
_QUESTIONS_NAMED = re.compile(r"问答|答疑|解答|[一二三四五六七八九十百千\d]+问|问与答|(?:热点|常见)问题|Q&A", re.I)


def _news_title(lines: Sequence[Line], front: Sequence[int]) -> bool:
    """Does a news title stand above the first question (访谈｜…, 专访某某：…, …——访某某局长): a headline-shaped line of
    ``front`` that is no masthead's (a name, an issue or a date line, the office issuing it) and names no collection of
    questions? A digest of questions is headed by its masthead, the questions its only headlines; an interview by its title."""
    return any(headline_form(lines[i].text) and not lines[i].kind.startswith("page_") and not _in_masthead(lines, front, k)
               and not _masthead_line(lines[i].text) and not _newsletter_name(lines[i].text) and not _QUESTIONS_NAMED.search(lines[i].text)
               for k, i in enumerate(front))


def read_whole(lines: Sequence[Line], text: str) -> HeadlineReading:
    """The reading of the file as one article: its title, metadata and body, scored by what makes it one document."""
    n = len(lines)
    front = [i for i in range(n) if lines[i].kind.startswith("page_") and i < 3]
    # A post's buttons above its title (点击蓝字 关注我们) are no part of it.
    front += [i for i in range(next((i for i in range(n) if not is_post_furniture(lines[i].text)), n)) if i not in front]
    rest = [i for i in range(n) if i not in front]
    title = None
    title_range = None
    # (an entry of a table of contents, its words a headline further down, titles no document: 2. 《…条例》修订要点解读
    # listed under 目　录 is one item's headline among others)
    toc = _toc_entries(lines)
    chosen = _whole_title(lines, [i for i in rest[:8] if i not in toc], [lines[i].text for i in front if lines[i].kind == "page_title"])
    if chosen is not None and len(rest) > 1:
        title = chosen
        title_range = (0, len(lines[chosen].text))
        front += [i for i in rest if i < chosen]  # a site's name or a banner above the title
        rest = [i for i in rest if i >= chosen]
    region = [i for i in rest if i != title]
    region, back = _split_back(lines, region)
    # Metadata right under the title (文号, 发布日期, 来源) is the article's, not its text.
    head_meta = []
    for k, i in enumerate(region):
        if is_metadata(lines[i].text) or (title is not None and _speaker_line(lines, region, k)) \
                or (k == 0 and title is not None and i == title + 1 and source_trailer_below(lines, i)):
            head_meta.append(i)
        else:
            break
    tail_meta = [i for i in region[-3:] if is_metadata(lines[i].text) or _SIGNING_DATE.match(lines[i].text)]
    # A notice's signature and date above the text it issues (…的通知, signed and dated, then the 措施 it prints);
    # a web page's publication date comes first where there is one.
    published = any(lines[i].kind == "page_date" for i in front)
    signed = [] if published else next(([i] for k, i in enumerate(region[1:-1], 1) if _SIGNING_DATE.match(lines[i].text)
                                        and visual_width(lines[region[k - 1]].text) <= 30 and not ends_sentence(lines[region[k - 1]].text)), [])
    meta = tuple(dict.fromkeys(head_meta + tail_meta + signed))
    metadata = set(meta)  # (a set: a file of thousands of metadata lines is no quadratic)
    body = tuple(i for i in region if i not in metadata)
    item = Item(title=title, title_range=title_range, meta=meta, body=body)

    score = 1.0
    reasons = []
    texts = [line.text for line in lines]
    top = texts[: min(6, n)]
    # (not a title over a news lead: 某某市人民政府关于…的通知 / 某某市人民政府近日印发…, an item reporting the document)
    # (nor a line of a list, after a bullet or its item's day: ▶ 11.17｜上海发布…若干措施, an item reporting the document)
    if any(_DOCUMENT_TITLE.search(t) and not is_prose(t) and not (k + 1 < n and news_opener(texts[k + 1])) and k not in toc
           and numbering(t) != "◆" and day_prefix(strip_numbering(t)) is None for k, t in enumerate(top)):
        score += 3.0
        reasons.append("a document title at the top")
    if any(_SALUTATION.match(t) for t in texts[: min(10, n)]):
        score += 3.0
        reasons.append("an address line (各…：)")
    parts = sum(1 for t in texts if _PART_WORDS.match(strip_numbering(t)) and visual_width(t) <= 20)
    if parts:
        score += min(parts, 4) * 1.0
        reasons.append(f"{parts} headings of a document's parts")
    # (Sections named as a digest's, 一、省内动态 over 1. items, nest no document's parts.)
    # (the numbering first, of the three kinds that nest here: most lines have none, and a section's name is asked of few)
    kinds = {kind for line in lines if (kind := numbering(line.text)) in ("一、", "（一）", "1.") and not digest_section(line)}
    if ({"一、", "（一）"} <= kinds or {"一、", "1."} <= kinds or {"（一）", "1."} <= kinds) and not _one_list_among_items(lines):
        score += 2.0
        reasons.append("nested numbering")
    articles = sum(1 for t in texts if numbering(t) == "第一条")
    if articles >= 2 and not _items_numbered_as_articles(lines):
        score += 3.0
        reasons.append(f"{articles} 第…条/章")
    if any(_SELF_REFERENCE.search(t) for t in texts):
        score += 2.0
        reasons.append("refers to itself (本方案, 本办法 …)")
    if any(_SIGNING_DATE.match(t) for t in texts[-4:]):
        score += 1.0
        reasons.append("a signing date at the end")
    if title is not None and any(_BYLINE_UNDER_TITLE.match(lines[i].text.strip("*_ ")) for i in head_meta):
        score += 1.5
        reasons.append("a byline under the title")
    layout = "document" if reasons else "plain"
    if not reasons:
        reasons.append("no headlines and no document structure found")
    return HeadlineReading(layout, score, reasons, [item], front, back)


def _one_list_among_items(lines: Sequence[Line]) -> bool:
    """Do four or more parts numbered 一、 (or （一）) hold deeper numbering (1., （一）) under one of them only, every one
    headed by a line in brackets (一、【…】): the items of a digest, one holding a list, not a document's nested parts?"""
    top = [i for i, line in enumerate(lines) if numbering(line.text) in ("一、", "（一）")]
    kind = numbering(lines[top[0]].text) if top else None
    top = [i for i in top if numbering(lines[i].text) == kind]
    if len(top) < 4 or not all(_BRACKETED_TITLE.fullmatch(strip_numbering(lines[i].text).strip()) for i in top):
        return False
    deeper = {"一、": ("（一）", "1."), "（一）": ("1.",)}[kind]
    ends = top[1:] + [len(lines)]
    return sum(1 for a, b in zip(top, ends) if any(numbering(lines[k].text) in deeper for k in range(a + 1, b))) <= 1


_BRACKETED_TITLE = re.compile(r"【[^【】]{2,60}】")


# A speaker's name under a speech's title (某某, 张　三, 市长 某某), its date in brackets below it.
_SPEAKER = re.compile(r"^(?:[\u4e00-\u9fff]{2,8}[ \u3000]+)?(?:[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff][ \u3000]+[\u4e00-\u9fff]{1,2})$")
_BRACKETED_DATE = re.compile(r"^[（(]\s*(?:\d{4}|[一二〇○零]{4})\s*年\s*[\d一二三四五六七八九十]{1,3}\s*月(?:\s*[\d一二三四五六七八九十]{1,3}\s*日)?\s*[）)]$")


# How a speech addresses its audience: 同志们：, 各位代表、同志们：, 女士们、先生们：.
_ADDRESS = re.compile(r"^(?:尊敬的)?[\u4e00-\u9fff、，, ]{0,30}(?:同志们|代表们|朋友们|先生们|女士们|同学们|来宾们?|委员们)[：:]$")


def _speaker_line(lines: Sequence[Line], region: Sequence[int], k: int = 0) -> bool:
    """Is line ``region[k]`` (under a title and the metadata above it) the speaker's name, next to the
    speech's date in brackets (某某 / （2025年4月18日）, or the date first) or right above the address
    (某某某 / 同志们：)? A name alone is no metadata; beside the date or the address it is the byline."""
    if k + 1 >= len(region) - 1 or _SPEAKER.match(lines[region[k]].text) is None:
        return False
    below = lines[region[k + 1]].text
    above = lines[region[k - 1]].text if k else ""
    return bool(_BRACKETED_DATE.match(below) or _BRACKETED_DATE.match(above) or _ADDRESS.match(below))


def _whole_title(lines: Sequence[Line], top: Sequence[int], page_titles: Sequence[str]) -> int | None:
    """The title of a file read as one article: the line a web page's ``<title>`` opens with,
    else the first heading, else the first line if it is shaped like a title."""
    def shaped(i: int) -> bool:
        text = lines[i].text
        return (headline_form(text) or lines[i].kind in HEADING_KINDS or bool(_DOCUMENT_TITLE.search(text))) and not is_metadata(text)

    for i in top:
        if shaped(i) and any(len(lines[i].text) >= 6 and page.startswith(lines[i].text) for page in page_titles):
            return i
    if page_titles:
        heading = next((i for i in top if lines[i].kind in ("h1", "h2") and shaped(i)), None)
        if heading is not None:
            return heading
    # A document's title under its red header (…文件) and number, or a single item under a masthead.
    document = next((i for i in top if _DOCUMENT_TITLE.search(lines[i].text) and shaped(i)), None)
    if document is not None:
        return document
    first = next((i for i in top if not _masthead_line(lines[i].text)), None)
    if first is None or not shaped(first):
        return None
    # (a 引题 over the main headline, the main one over its 副题, source or byline: 聚焦县域经济高质量发展 / 潜江：一只小龙虾… /
    # ——潜江市…调查; the title is the line the metadata stands under)
    below = first + 1
    if below + 1 < len(lines) and below in top and headline_form(lines[below].text) and not lines[first].kind \
            and lines[below].kind in ("",) + _HEADING_MARKS and is_metadata(lines[below + 1].text) and not is_metadata(lines[first].text) \
            and not _CLAUSE_PUNCT.search(lines[first].text) and not _PERSON_SPACED.search(lines[below].text) \
            and (_NEWS_VERBS.search(lines[below].text) or _ACTOR_NAME.match(lines[below].text)):
        return below  # (a headline saying what happened or where, no speaker's name: 副市长 李某某 under a speech's title)
    return first
