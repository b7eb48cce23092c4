"""How well a run of items reads as a digest rather than one document cut by its headings (:func:`_score_items`).

The evidence for a digest (metadata by each headline, news openings, a masthead, a table of contents whose
entries come again as the headlines) against a document's (a title, parts numbered in turn, 第一条, a report's
parts shared by every item).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from functools import cached_property, lru_cache

from kg.lines import ends_sentence, headline_form, is_metadata, is_prose, numbering, strip_numbering, visual_width
from kg.segmenting.candidates import _DATED, _PART_LABEL, _short_lead, _title_key
from kg.segmenting.furniture import (
    _BACK_MATTER,
    _EDITOR_NOTE,
    _FIELD_OPENING,
    _HAN_RUN,
    _PERIOD_LINE,
    _barred_day,
    _in_masthead,
    _issue_line,
    _masthead_line,
    _named_day,
    _newsletter_name,
)
from kg.segmenting.item_lines import _COMPILED_BELOW
from kg.segmenting.marks import ITEM_OPENER, _GREETING, _KEYWORD_LINE, _PART_WORDS, _count, _list_number, echoes_subject, section_name
from kg.segmenting.records import Candidate, Item
from kg.types import Line

__all__ = ["shared_part_labels", "score_bound", "file_bonuses"]
# The title of a policy document, or its opening "各…：" address.
_DOCUMENT_TITLE = re.compile(
    r"(?:关于.{2,60}的(?:通知|意见|实施意见|指导意见|决定|批复|函|报告|公告|通告|办法|规定|方案)|"
    r"(?:实施方案|行动方案|工作方案|实施意见|指导意见|管理办法|实施细则|暂行办法|若干措施|若干规定|条例|规划|纲要|通知|公告|通告|工作报告|政策解读|解读)"
    r"(?:[（(][^（）()]{1,20}[）)])?)$"
)
# A report's or a study's title (…调研报告, …的调查, …发展综述): one document's, its sub-heads below it.
_STUDY_TITLE = re.compile(r"(?:报告|调研|调查|综述|研究|分析|思考|讲话|发言|致辞)$")
_REPORT_TITLE = re.compile(_STUDY_TITLE.pattern + "|" + _DOCUMENT_TITLE.pattern)
# An editor's note that counts the pieces of the issue (本期刊发…的三篇研究成果, 本期编发4篇调研报告).
_PIECES_COUNTED = re.compile(r"(?P<n>[一二两三四五六七八九十\d]{1,2})\s*(?:篇|则|份|件|个)")
_NOTE_COUNT = re.compile(r"(?:本期|本刊|现将|特)[^。]{0,60}?(?P<n>[一二两三四五六七八九十\d]{1,2})\s*(?:篇|则|份)")


# A table of contents' label, and the page number after an entry (……3, …… 12, ．．．5).
_TOC_LABEL = re.compile(r"(?:本期)?(?:目录|要目|导读|要点|内容)[：:]?|本期主要内容[：:]?|目\s*录")


def _listed(lines: Sequence[Line], heads: Sequence[Candidate], front: Sequence[int], known: _FrontLines | None = None) -> list[int]:
    """Front lines that list the headlines ``heads`` (a table of contents), with the label above them (本期要目).
    ``known``: the file's lines by title key, shared by its readings."""
    titles = {_title_key(lines[c.index].text[c.title_range[0] : c.title_range[1]]) for c in heads}
    entries = (known or _FrontLines(lines)).keyed(titles, front)
    if not entries:
        return []
    label = entries[0] - 1
    if label >= 0 and label in front and _TOC_LABEL.fullmatch(lines[label].text.strip("*_#> \u3000")):
        entries.insert(0, label)
    return entries


def _body_chars(lines: Sequence[Line], item: Item) -> int:
    return sum(len(lines[i].text) for i in item.body)


# Who wrote an item, in brackets under its text: （执笔：某某）, （作者：某某）, （某某处供稿）.
_WRITER_CREDIT = re.compile(r"^[（(]\s*(?:执笔人?|撰稿人?|作者|供稿(?:单位|人)?)\s*[:：]|^[（(][^（）()，。；：:]{2,30}(?:供稿|撰稿|执笔)[）)]$")


_ARTICLE_NUMBER = re.compile(r"第[一二三四五六七八九十百零〇]{1,4}条")


def _items_numbered_as_articles(lines: Sequence[Line]) -> bool:
    """Are the file's 第…条 lines a bulletin's items (第一条　某某港上半年吞吐量增长6.8%, over a body), not a rule's articles?
    Two or more, each a headline in shape after its number, and no chapter, section or part numbered beside them: a rule's
    article is a sentence (第一条　为了…，制定本办法。) and comes under 第一章 where it has chapters."""
    articles = [line for line in lines if line.text[:1] == "第" and _ARTICLE_NUMBER.match(line.text)]
    if len(articles) < 2:
        return False
    numbered = sum(1 for line in lines if line.text[:1] == "第" and numbering(line.text) == "第一条")
    return len(articles) == numbered and all(headline_form(strip_numbering(line.text)) for line in articles)


def shared_part_labels(lines: Sequence[Line], items: Sequence[Item]) -> list[str]:
    """The labels (【基本案情】, 答：, 处理情况：) that open a line or a sentence in the body of every one of three or
    more items, and in no headline: the parts each item of a series is written in, which are inside its items, so
    the lines between them head those items."""
    if len(items) < 3:
        return []
    shared: set[str] | None = None
    for item in items:
        labels = set().union(*(_part_labels(lines[i].text) for i in item.body + item.meta))
        shared = labels if shared is None else shared & labels
        if not shared:
            return []
    return sorted(shared or ())


@lru_cache(maxsize=1 << 14)  # asked of every item's lines by every reading of a file
def _part_labels(text: str) -> frozenset[str]:
    """The labels (:data:`_PART_LABEL`) that open ``text`` or a sentence in it, not a page's fields (来源：, 电话：, 编辑：:
    what a page prints with any item, nor its keywords: 标签：#…)."""
    labels = set()
    for m in _PART_LABEL.finditer(text):
        rest = text[m.start() :].lstrip()
        if not (m["word"] and (_BACK_MATTER.match(rest) or is_metadata(rest) or _KEYWORD_LINE.match(rest))):
            labels.add(m["tag"] or m["word"])
    return frozenset(labels)


def _rest_of_note(lines: Sequence[Line], i: int) -> bool:
    """Is ``lines[i]`` the rest of an editor's note that the page's width broke (编者按：入冬以来，…外送通道建设持 /
    续推进。现将近期有关情况编发如下。), the lines above it up to the note's label running on without a sentence's end?"""
    k = i - 1
    while k >= 0 and not ends_sentence(lines[k].text) and is_prose(lines[k].text):
        if _EDITOR_NOTE.match(lines[k].text):
            return True
        k -= 1
    return False


def file_bonuses(n: int) -> float:
    """The most the bonuses :func:`score_bound` bounds by the file's lines add to a reading of ``n`` items: parts
    restarting in every item, a credit closing each, a table of contents, an editor's count."""
    return 1.5 * 3 + 1.0 * n + 1.0 * 3 + 2.5


class _FrontLines:
    """What the readings of one file ask of the lines above their first headline, found once per line and shared.

    Every reading's front is the file's first lines (:func:`_assign`), and a file is read with each class of its
    headlines: scanning each front anew asked the same lines the same questions once per reading (and most of a long
    file's lines, for a class whose first headline stands far down). Here each question is asked of a line once, of
    the lines above the lowest first headline asked about; a reading takes the answers above its own."""

    _TESTS = {
        # prose: what opens a report or an essay, not a masthead (nor a page's own lines, an editor's note, a greeting,
        # a note quoted apart as Markdown sets a remark: > 据…整理，只摘了…)
        # (nor a paragraph introducing the items as compiled, …现将有关情况摘编如下。)
        "prose": lambda lines, i: is_prose(lines[i].text) and not lines[i].kind.startswith("page_") and not _EDITOR_NOTE.match(lines[i].text)
        and not _COMPILED_BELOW.search(lines[i].text.rstrip())
        and not _GREETING.match(lines[i].text) and not _rest_of_note(lines, i) and lines[i].text[:1] != ">",
        "page_title": lambda lines, i: lines[i].kind == "page_title",
        "note": lambda lines, i: _EDITOR_NOTE.match(lines[i].text) is not None,
        "headline": lambda lines, i: headline_form(lines[i].text) and not lines[i].kind.startswith("page_"),
    }

    def __init__(self, lines: Sequence[Line]) -> None:
        self._lines = lines
        self._found: dict[str, list[int]] = {name: [] for name in self._TESTS}
        self._asked: dict[str, int] = dict.fromkeys(self._TESTS, 0)  # lines asked so far, from the top
        self._keys: dict[str, list[int]] = {}  # title key → the lines with it, top down (:func:`_title_key`)
        self._keyed = 0

    def above(self, name: str, front: Sequence[int]) -> list[int]:
        """The lines of ``front`` (ascending line indices) that pass the test ``name``."""
        test = self._TESTS[name]
        if front and front[-1] != len(front) - 1:  # (not the file's first lines: each asked here)
            return [i for i in front if test(self._lines, i)]
        found, asked, end = self._found[name], self._asked[name], len(front)
        if end > asked:
            found.extend(i for i in range(asked, end) if test(self._lines, i))
            self._asked[name] = end
        return found[: bisect_left(found, end)]

    @cached_property
    def credits(self) -> int:
        """How many of the file's lines are a writer's credit (（执笔：某某）), for :func:`score_bound`."""
        return sum(1 for line in self._lines if line.text[:1] in "（(" and _WRITER_CREDIT.match(line.text))

    @cached_property
    def first_parts(self) -> int:
        """How many of the file's lines are numbered first, 一、 or （一）, for :func:`score_bound`."""
        return sum(1 for line in self._lines if (line.text[:1] == "一" or line.text[:2] in ("（一", "(一"))
                   and _list_number(line.text) in (("一、", 1), ("（一）", 1)))

    @cached_property
    def counted(self) -> bool:
        """Does an editor's note count pieces (本期刊发…三篇), for :func:`score_bound`?"""
        return any(_EDITOR_NOTE.match(line.text) and _NOTE_COUNT.search(line.text) for line in self._lines)

    @cached_property
    def numbered_as_articles(self) -> bool:
        """:func:`_items_numbered_as_articles` of the file's lines (a question of the whole file, the same for every reading)."""
        return _items_numbered_as_articles(self._lines)

    def keyed(self, keys: set[str], front: Sequence[int]) -> list[int]:
        """The lines of ``front`` (ascending line indices) whose title key (:func:`_title_key`) is one of ``keys``."""
        if front and front[-1] != len(front) - 1:
            return [i for i in front if _title_key(self._lines[i].text) in keys]
        end = len(front)
        for i in range(self._keyed, end):
            self._keys.setdefault(_title_key(self._lines[i].text), []).append(i)
        self._keyed = max(self._keyed, end)
        return sorted(i for key in keys for i in self._keys.get(key, ()) if i < end)


def _score_items(lines: Sequence[Line], text: str, heads: Sequence[Candidate], items: Sequence[Item], front: Sequence[int],
                 known: _FrontLines | None = None) -> tuple[float, list[str]]:
    # :func:`score_bound` caps every bonus given here: a bonus added or raised must be added or raised there too,
    # or a reading that would win may be left unread (tests/test_properties.py compares against every_reading=True).
    known = known or _FrontLines(lines)
    score = 0.0
    bulletin = known.numbered_as_articles  # (第一条　… items of a bulletin, not a rule's articles)
    # An editor's note that counts the issue's pieces, as many as the headlines: the items are its pieces, and the parts
    # numbered inside each (一、 over （一）…) are that piece's, no document's nesting.
    counted = [i for i in known.above("note", front) if (m := _NOTE_COUNT.search(lines[i].text))
               and _count(m["n"]) == len(items)]
    deeper = {"一、": ("（一）", "1.", "(1)"), "（一）": ("1.", "(1)"), "第一条": ()} if not counted else {}
    counts = {"source/date": 0, "news opening": 0, "actor or action": 0, "part heading": 0, "empty": 0, "nested numbering": 0}
    bare = 0.0  # what items with nothing of a news item, or a short title, cost
    news_above = False  # the item above has something of a news item
    for c, item in zip(heads, items):
        title = lines[c.index].text[c.title_range[0] : c.title_range[1]]
        # An item with nothing of a news item (no source, no news opening, no actor or action) counts against.
        s = (0.25 if c.meta or c.news or c.headline else -0.5) + 2.0 * c.meta + 1.0 * c.news + 0.5 * c.headline
        # (a quotation heading an item by its place only is a bulletin's item alike the others under a bare one, a
        # question or a voice, or under the masthead; under a news item it may be a quotation from that report)
        news = bool(c.meta or c.news or c.headline)
        alike = not (c.loose and news_above)
        bare += 0.5 if alike and not news else 0.0
        news_above = news
        counts["source/date"] += c.meta
        counts["news opening"] += c.news
        counts["actor or action"] += c.headline
        if _PART_WORDS.match(title) or (c.mark == "第一条" and not bulletin):
            s -= 2.5
            counts["part heading"] += 1
        # (a body of one short sentence, 11月8日，地铁5号线开通试运营。, is an item's of a brief, not empty)
        chars = _body_chars(lines, item)
        if chars < 10 or (chars < 20 and not (item.body and (ends_sentence(lines[item.body[-1]].text)
                                                             or len(item.body) == 1 and _short_lead(title, lines[item.body[0]].text)))):
            s -= 2.0
            counts["empty"] += 1
        below = deeper.get(c.mark, ())
        if below and any(numbering(lines[i].text) in below for i in item.body):
            s -= 1.0
            counts["nested numbering"] += 1
        if visual_width(title) < 7 and not c.meta:
            s -= 0.5
            bare += 0.5 if alike else 0.0
        score += s
    reasons = [f"{len(items)} items with headlines marked {heads[0].mark}"]
    reasons += [f"{v} {k}" for k, v in counts.items() if v]
    # Sub-heads numbered from 一 again under every headline (一、基本情况 … under one, 一、… again under the next), the
    # headlines not so numbered: pieces each with parts of its own, as a brief prints several studies; one document's parts
    # number on, or restart under headings numbered above them.
    restarts = _restarted_parts(lines, items) if (heads[0].mark not in _PART_KINDS or counted) and len(items) >= 2 else 0
    if restarts == len(items):
        score += 1.5 * min(restarts, 3)
        reasons.append(f"{restarts} items each with parts numbered from 一")
    # Every item closed by who wrote it (（执笔：某某）, （某某处供稿）): pieces by several hands, not one report's parts,
    # whatever their titles say (…情况调研, …的思考).
    credited = sum(1 for item in items if item.body and _WRITER_CREDIT.match(lines[max(item.body + item.meta)].text))
    if len(items) >= 2 and credited == len(items):
        score += 1.0 * credited
        reasons.append(f"{credited} items each closed by who wrote it")
    # Every item written in the same labelled parts (【基本案情】…【裁判结果】…, 问… 答：…, 诉求… 处理情况：…): a series of
    # cases, answers or requests, headed by the lines between them.
    parts = shared_part_labels(lines, items)
    if parts:
        score += 0.75 * min(len(items), 4)
        reasons.append(f"{len(items)} items each written with {'、'.join(parts)}")
    # Prose before the first headline: an introduction, as a report or an essay opens, not a masthead.
    # (a lead that counts the items a series of cases or answers holds, 选取4件，现予发布, introduces them: no report's opening)
    intro = [i for i in known.above("prose", front)
             if not (parts and any(_count(m["n"]) == len(items) for m in _PIECES_COUNTED.finditer(lines[i].text)))]
    if intro:
        score -= 1.5 * min(len(intro), 2)
        reasons.append(f"{len(intro)} lines of prose before the first headline")
    # A web page titled by a line above the headlines (its <title> opens with it), with a lead under that
    # title and no source beside any headline: one report, whose headlines are its sub-heads.
    pages = [lines[i].text for i in known.above("page_title", front)]
    titled = [i for i in front if lines[i].kind != "page_title" and len(lines[i].text) >= 6 and not _masthead_line(lines[i].text)
              and not _newsletter_name(lines[i].text) and any(page.startswith(lines[i].text) for page in pages)] if pages else []
    if titled and intro and not any(c.meta for c in heads) and not parts:
        score -= 3.0
        reasons.append("headlines under the page's own title and its lead: the sub-heads of one report")
    # A table of contents whose entries come again below as the headlines: a digest's furniture.
    listed = len(_listed(lines, heads, front, known))
    if listed >= 2:
        score += 1.0 * min(listed, 3)
        reasons.append(f"a table of contents listing {listed} of the headlines")
    if counted:
        score += 2.5
        reasons.append(f"an editor's note counting {len(items)} pieces")
    masthead = [i for i in front[:6] if _newsletter_name(lines[i].text) or _issue_line(lines[i].text) or _DATED.search(lines[i].text)
                or _named_day(lines[i].text) or _barred_day(lines[i].text)
                or ("月" in lines[i].text and _PERIOD_LINE.match(lines[i].text))]
    # (or an issue line above the first headline taken out as a running header: 会员通讯　2025年第9期)
    if masthead or (heads and _issue_line(text[: lines[heads[0].index].start])):
        score += 1.5
        reasons.append("a newsletter's masthead")
        # Under nothing but the masthead, three or more items alike in shape, each a headline over one to four paragraphs
        # of its own, none a document's part and none with a source (where some have one, the bare ones are
        # sub-heads inside them): a bulletin's columns (外贸形势, 消费市场), not a report's sub-heads. (The first item's
        # column, 【观点】, may stand between the masthead and its headline.) A document's title heads its parts from
        # above them, as the first headline; further down, a notice named as a daily prints one (停电通知) is an item.
        if bare and len(items) >= 3 and not counts["part heading"] and not counts["empty"] and not counts["nested numbering"] \
                and not counts["source/date"] and not ((_REPORT_TITLE.search(lines[heads[0].index].text) or any(_STUDY_TITLE.search(lines[c.index].text) for c in heads))
                                                       and not all(_opens_alone(lines, c, item) for c, item in zip(heads, items))) \
                and all(_in_masthead(lines, front, k) or (k == len(front) - 1 and k and section_name(lines[front[k]]))
                        for k in range(len(front))) \
                and all(_blocks(lines, item.body) <= 4 for item in items):
            score += bare
            reasons.append("items of a bulletin's shape under its masthead")
    else:
        if known.above("headline", front):
            score -= 1.0
            reasons.append("a title above the headlines, not a newsletter's masthead")
    return score, reasons
_PART_KINDS = ("一、", "（一）", "第一条")


def score_bound(lines: Sequence[Line], heads: Sequence[Candidate], known: _FrontLines | None = None) -> float:
    """The most :func:`_score_items` can give the reading headed by ``heads``, known before its items are assigned.

    Each item scores at most what its headline's candidate carries (a source, a news opening, an actor); the items are
    as many as the headlines, or one fewer (the first left out where it introduces the others: the last headline is then
    paired with no item); the bulletin's bonus for bare items goes where no headline but the last has a source. Every
    other bonus is at its cap; with ``known`` (the file's lines, asked once for all its readings), a bonus that every item
    must earn needs as many lines of the file that could earn it, and a table of contents lists headlines only where lines
    above the second headline share their words."""
    n = len(heads)
    most = [0.25 + 2.0 * c.meta + 1.0 * c.news + 0.5 * c.headline if c.meta or c.news or c.headline else -0.5 for c in heads]
    bound = sum(most[:-1]) + max(most[-1], 0.0) + 0.75 * min(n, 4) * (n >= 3) + 1.5  # (parts shared by every item; a masthead)
    if n >= 3 and not any(c.meta for c in heads[:-1]):
        bound += sum(0.5 * (not (c.meta or c.news or c.headline)) + 0.5 * (not c.meta) for c in heads)
    if known is None:  # (parts restarting in every item, a credit closing each, a table of contents, an editor's count)
        return bound + file_bonuses(n)
    every = max(n - 1, 2)  # (the fewest items a bonus of every item is earned by)
    bound += 1.5 * min(known.first_parts, 3) if known.first_parts >= every else 0.0
    bound += 1.0 * min(known.credits, n) if known.credits >= every else 0.0
    titles = {_title_key(lines[c.index].text[c.title_range[0] : c.title_range[1]]) for c in heads}
    entries = len(known.keyed(titles, range(heads[1].index)))
    bound += 1.0 * min(entries + 1, 3) if entries else 0.0
    return bound + (2.5 if known.counted else 0.0)


def _opens_alone(lines: Sequence[Line], c: Candidate, item: Item) -> bool:
    """Does the body of ``item`` (headed by ``c``) open on its own, as a piece of its own does: with a time or a place
    (8月下旬，…, 兰州新区精细化工园区…), or naming again the subject its headline opens with (定西马铃薯… under
    定西马铃薯产业链延伸情况)? A report's part goes on from what is above it. So a headline read as a study's title
    (…调研, …分析) heads one piece of a bulletin's, not a report whose parts the other headlines are."""
    if not item.body:
        return False
    title, body = lines[c.index].text[c.title_range[0] : c.title_range[1]], lines[item.body[0]].text
    return bool(ITEM_OPENER.match(body)) or echoes_subject(title, body) or (len(title) >= 2 and _HAN_RUN.match(title[:2]) is not None
                                                                            and body.startswith(title[:2]))


def _restarted_parts(lines: Sequence[Line], items: Sequence[Item]) -> int:
    """How many of ``items`` hold a sub-head numbered 一、 or （一） among their body lines, headline-shaped."""
    return sum(1 for item in items if any(_list_number(lines[i].text) in (("一、", 1), ("（一）", 1)) and headline_form(lines[i].text)
                                          for i in item.body))


def _blocks(lines: Sequence[Line], body: Sequence[int]) -> int:
    """How many blocks ``body`` is: its paragraphs, a run of lines each one field (项目名称：… / 投资额：… / 联系人：…) one block."""
    return sum(1 for k, i in enumerate(body) if not (k and _FIELD_OPENING.match(lines[i].text) and _FIELD_OPENING.match(lines[body[k - 1]].text)))
