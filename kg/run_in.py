"""Run-in readings: a digest pasted into one paragraph, cut into its items.

A digest pasted into one paragraph is read by cutting long lines where a headline-shaped
run follows a sentence end (or the masthead, its date, issue and table of contents) and is
followed by a space and a sentence, by a dateline, by its own place or actor named again, or by a
local office or a year's business opening a sentence of its own (the ``run-in`` reading); numbered
items whose bodies name another actor are cut only when every one of them can be.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from kg.lines import ATTRIBUTED, TAG, dateline, ends_sentence, headline_form, is_metadata, is_prose, news_opener, numbering, strip_numbering, visual_width
from kg.segmenting.furniture import _EDITOR_NOTE, _PUBLISHER, _RULE, _barred_day, _issue_line, _issuer_name, _masthead_line
from kg.segmenting.marks import ITEM_OPENER, _HEAD_ACTOR, _NEWS_VERBS, _PART_WORDS, _QUESTION_OR_ANSWER, _count, _office_acts_on, _sets_the_scene
from kg.types import Line

__all__ = ["cut_run_in", "cut_glued_head", "cut_lost_break", "cut_bracket_head", "cut_colon_head", "place_heads", "cut_sentence_head", "pasted_items", "PastedItems"]


# A headline run inside a paragraph: after a sentence end, a stretch with no sentence
# punctuation, then a space and a sentence, or a dateline.
_RUN_PUNCT = re.compile(r"[，。；：！？、,;:!?]")
_SPACE = re.compile(r"[ \u3000]+")
# What can follow a headline with no space between: a dateline naming its agency
# (新华社合肥3月5日电, 中国新闻网北京3月5日电, 本报讯), a news opening (3月5日，自12月1日起，近日，记者从…) or a reporter's byline in brackets opening the
# body, spaces inside it or not (（记者 某某 通讯员 某某）6月3日，…).
_RUN_IN_START = re.compile(
    r"[（(]\s*(?:本报|本台)?(?:特约)?(?:记者|通讯员)|"
    r"(?:本报|[\u4e00-\u9fff]{2}(?:[\u4e00-\u9fff][讯闻报])?(?:社|网))[\u4e00-\u9fff]{0,6}(?:\d{1,2}月)?\d{1,2}日(?:电|讯)|本报讯|"
    r"\d{1,2}月\d{1,2}日[，,]|自\d{1,2}月\d{1,2}日起[，,]|近日[，,]|日前[，,]|近期[，,]|记者从|记者[\u4e00-\u9fff]{0,4}获悉|据[\u4e00-\u9fff]{2,10}(?:报道|消息)|"
    # (or whose figures or account the body gives, 据县商务局统计，据区发改委介绍，: not 根据, 数据, 依据)
    r"(?<![根依数证占])据[\u4e00-\u9fff]{2,10}(?:统计|介绍|了解|监测|测算)[，,]|"
    # (or the month alone, 11月，…, not a period's end: 1—11月，截至2024年11月，)
    r"(?<![\d年至到—\-~～])\d{1,2}月份?[，,]"
)


# A dateline naming no place nor date, only whose news it is (本台消息：, 本台消息　, 本报讯, 据某某报道): a body's opening words.
_OWN_DATELINE = re.compile(r"本[报网台刊站]讯|[\u4e00-\u9fff]{1,10}(?:网|台|客户端|社)消息[：:， \u3000]|据[\u4e00-\u9fff]{2,12}(?:报道|消息)")


def cut_run_in(line: Line, alone: bool = False) -> list[tuple[int, int]] | None:
    """Where a paragraph holding several items splits: ``[(headline start, body start), …]``, or None.

    A cut is made where, after a sentence end (or at the start, after a masthead), a headline-shaped run of
    6–40 characters (4 or 5 if its body's first words name it again) without sentence punctuation (after its numbering: 1. 一、 ①) is followed by a space
    and a sentence, directly by a dateline or a news opening, by its own actor named again, or by a local office or a
    year's business opening a sentence of its own (the headline ending like news); a
    ``【headline】`` anywhere. At least two cuts are needed, each item with a body; one will do where ``alone`` (a
    paragraph of a file whose other paragraphs are pasted digests: :func:`kg.segment._run_in`).

    >>> text = "要闻速览：1.合肥量子信息产业园揭牌合肥高新区管委会5月10日宣布，产业园正式揭牌，首批入驻企业15家。2.福州发布数字经济发展三年行动方案福州市人民政府办公厅近日印发行动方案，提出到2026年数字经济规模突破8000亿元。"
    >>> [text[a:b] for a, b in cut_run_in(Line(text, (), (0, len(text))))]
    ['1.合肥量子信息产业园揭牌', '2.福州发布数字经济发展三年行动方案']
    """
    text = line.text
    if visual_width(text) < 80 and not alone:
        return None
    starts = [_masthead_prefix(text)] + [m.end() for m in re.finditer(r"[。！？][”’」』]?|(?:\d{8}|\d{4}-\d{1,2}-\d{1,2})\s*[）)]", text)]
    # Headlines as short as a column's name (招商引资, 人才公寓) are cut where two or more stand so, each after a sentence's
    # end with a space either side: one alone is cut only where its body names it again (not 总体来看 各地…).
    # (or one alone in a paragraph that is a digest by two or more other headlines standing so, 今日天气 between them; a
    # sentence's opening words, 总体来看, 与此同时, are no headline however they stand)
    at = [_past_spaces(text, s) for s in starts]
    short = sum(1 for t in at if t < len(text) and _cut_at(text, t, terse=True) and not _cut_at(text, t))
    terse = short >= 2 or (short == 1 and sum(1 for t in at if t < len(text) and _cut_at(text, t)) >= 3)
    # Numbered items whose body names another actor are cut only if every numbered item is (else none is).
    cuts, missed = _cuts(text, starts, guess=False, terse=terse)
    if missed:
        guessed, missed = _cuts(text, starts, guess=True, terse=terse)
        if not missed:
            cuts = guessed
    # One headline reached twice (from the masthead, past its contents list and editor's note, and from the sentence
    # before its number: 一、哈尔滨…): one cut, from its number, not a number standing alone as a piece.
    cuts = [cut for cut in cuts if not any(o[1] == cut[1] and o[0] < cut[0] for o in cuts)]
    # (one alone will do where its number says an item came before it, a paragraph's text after a sentence's end:
    # ## ①某某… over 11月，…。②某某名单 某某县…, the first headline set on a line of its own above the paragraph)
    if not cuts or (len(cuts) < 2 and not alone and not (cuts[0][0] > 0 and _LATER_NUMBER.match(text, cuts[0][0]))):
        return None
    # A short cry or question opening the headline (重磅！…, 县域经济如何破题？…) ends no sentence of the body above.
    for k, (s, end) in enumerate(cuts):
        before = re.search(r"(?:^|[。！？][”’」』]?|[ \u3000])[ \u3000]*([^。！？，；：,;:\s]{1,14}[！？])[ \u3000]*$", text[max(0, s - 20) : s])
        if before and headline_form(before[1] + text[s:end].strip()):
            cuts[k] = (s - len(before[0]) + before[0].index(before[1]), end)
    # Metadata between a headline and its body (作者：某某　编辑：某某, （记者 某某）, ——subtitle) is a piece of its own; so is
    # a column's tag over a headline (【地方】 3、江西：…), which heads no item: an empty cut where it starts.
    meta = []
    for s, _ in cuts:
        tag = re.search(r"(?:^|(?<=[。！？ \u3000]))【[^【】\s]{1,12}】[ \u3000]+$", text[max(0, s - 20) : s])
        if tag and _tag_alone(tag[0]):
            meta.append((s - len(tag[0]),) * 2)
    for _, end in cuts:
        t = _skip_meta(text, end)
        if t > end:
            meta.append((end, t))
    # So is an editor's note between the masthead and the first headline (… 本期要目 … 【编者按】为便于…如下。 一、…): the
    # masthead's words and the note, each a piece of its own, are no introduction of prose.
    note = next((m.start(1) for m in re.finditer(r"[ \u3000]+(\S)", text[: cuts[0][0]]) if _EDITOR_NOTE.match(text[m.start(1) : m.start(1) + 12])), None)
    if note is not None:
        meta.append((note, note))
    # And the outlet issuing it, last under the masthead's name and day, over the first headline (早安某县｜3月12日
    # 某某县融媒体中心 今日天气 …): a line of its own.
    above = pos = _RUN_IN_TOKEN.match(text)
    while pos and pos.end() < cuts[0][0] and (token := _RUN_IN_TOKEN.match(text, pos.end())) and token.end() <= cuts[0][0]:
        above, pos = pos, token
    if pos and pos is not above and pos.end() == cuts[0][0] and _barred_day(above[0].strip()) and _issuer_name(pos[0].strip()):
        meta.append((pos.start(), pos.start()))
    return sorted(cuts + meta)


# A headline glued to the end of the paragraph above its own (…增长明显。泉州纺织鞋服数字化改造“一厂一策”): the run after the
# paragraph's last sentence, with no clause in it, ending the line.
_GLUED_HEAD = re.compile(r"(?<=[。！？])[”’」』]?([^，。；：！？、,;:!?\s]{6,40})$")


def cut_glued_head(line: Line, below: Line) -> list[tuple[int, int]] | None:
    """Where a paragraph ends with the headline of the item below it, its line break lost (…明显。泉州纺织鞋服数字化改造“一厂一策”
    over 泉州市近日启动…。): ``[(headline start, end of line)]``, the body being the paragraph ``below``; or None. Asked only
    of a file whose other paragraphs hold items run into each other (:func:`kg.segment._runs_in`).

    >>> above = Line("港口集团表示，近期航线运力持续加密。某市纺织企业数字化改造“一厂一策”", (), (0, 0))
    >>> cut_glued_head(above, Line("某市近日启动纺织企业数字化改造行动，对规模以上企业开展免费诊断。", (), (0, 0)))
    [(18, 35)]
    >>> cut_glued_head(above, Line("改造方案", (), (0, 0)))
    """
    glued = _GLUED_HEAD.search(line.text) if line.text[-1:] not in "。！？" else None
    if glued is None or not headline_form(glued[1]) or not (is_prose(below.text) and ends_sentence(below.text)):
        return None
    return [(glued.start(1), len(line.text))]


# A source line closing an item, up to its date (来源：某某报 20251119, 来源：某某网　2025/11/19), and what follows it on its line.
_SOURCE_DAY = r"(?:(?:19|20)\d{6}|(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}|(?:19|20)\d{2}年\d{1,2}月\d{1,2}日)(?![\d年月日])"
_SOURCE_THEN = re.compile(r"(?P<source>.{2,40}?" + _SOURCE_DAY + r")[ \u3000]*(?P<head>\S.*)$")
_SOURCE_ENDS = re.compile(r".{2,40}?" + _SOURCE_DAY + r"[ \u3000]*")
_HANS = re.compile(r"[\u4e00-\u9fff]{4}")


def cut_lost_break(lines: Sequence[Line], k: int) -> list[tuple[int, int]] | None:
    """Where line ``k`` holds the next item's headline, a line break lost beside it, in a digest whose items close with
    their source line: ``[(headline start, its end)]``, or None. The headline glued to the end of the source line over
    its body (来源：某某报 20251119某某项目并网 over 位于…。), or opening the line under a source line, its body after a
    space (来源：某某报 20251117 / 某某成交额增长21% 某某交易所数据显示，…。). The source line closes the item above: a sentence's
    end (or a table's row) above it. Asked only of a file read as several items already (:func:`kg.segment._run_in`).

    >>> rows = [Line(t, (), (0, 0)) for t in ["某某县光伏项目并网发电。", "来源：某某报 20251119某市风电项目开工", "某市风电项目近日开工建设，总投资12亿元。"]]
    >>> cut_lost_break(rows, 1)
    [(15, 23)]
    >>> rows = [Line(t, (), (0, 0)) for t in ["某某县光伏项目并网发电。", "来源：某某报 20251119", "某市碳市场成交额增长21% 某某交易所数据显示，成交额同比增长21%。"]]
    >>> cut_lost_break(rows, 2), cut_lost_break(rows, 1)
    ([(0, 14)], None)
    """
    line = lines[k].text
    if k and ends_sentence(lines[k - 1].text) and (glued := _SOURCE_THEN.match(line)) and k + 1 < len(lines) \
            and is_metadata(glued["source"]) and not is_metadata(glued["head"]) and headline_form(glued["head"]) \
            and _HANS.search(glued["head"]) and is_prose(lines[k + 1].text) and ends_sentence(lines[k + 1].text):
        return [(glued.start("head"), len(line))]
    if k >= 2 and _SOURCE_ENDS.fullmatch(lines[k - 1].text) and is_metadata(lines[k - 1].text) and ends_sentence(lines[k - 2].text):
        run = cut_run_in(lines[k], alone=True)
        if run and len(run) == 1 and run[0][0] == 0 and ends_sentence(line):
            return run
    return None


# A list's second number or a later one: ②, 3., 12、 (not 1. nor ①).
_LATER_NUMBER = re.compile(r"[②-⑳]|(?:[2-9]|[1-9]\d)[.．、](?!\d)")


def _tag_alone(token: str) -> bool:
    """Is ``token`` (a word and its spaces) a column's tag alone, 【地方】, that names the section of the items after it?"""
    tag = TAG.match(token.strip())
    return tag is not None and tag.end() == len(token.strip())


def _past_spaces(text: str, s: int) -> int:
    while s < len(text) and text[s] in " \u3000":
        s += 1
    return s


def _cuts(text: str, starts: Sequence[int], guess: bool, terse: bool = False) -> tuple[list[tuple[int, int]], int]:
    """The cuts at ``starts`` (see :func:`cut_run_in`), and how many numbered starts got none."""
    cuts = []
    missed = 0
    for n, s in enumerate(starts):
        s = _past_spaces(text, s)
        cut = _cut_at(text, s, guess, terse)
        # Words before a headline, each followed by a space: at the paragraph's start a masthead of any
        # name (园区周刊 · 第27期, 某某经济研究中心　2024年6月14日); between items a source or a rule.
        t = s
        for _ in range(6):
            token = _RUN_IN_TOKEN.match(text, t) if cut is None else None
            # (or a column's tag over the items below it, 【地方】 3、江西：…: a section's name, no headline's)
            if token is None or not (n == 0 or is_metadata(token[0].strip()) or _RULE.fullmatch(token[0].strip()) or _tag_alone(token[0])):
                break
            t = token.end()
            cut = _cut_at(text, t, guess, terse)
        if n == 0 and cut is None:  # a masthead glued to the first headline: 2024年3月15日深圳出台…
            for m in _MASTHEAD_END.finditer(text, s, s + 60):
                if re.search(r"[。！？，]", text[s : m.end()]):
                    break
                if (cut := _cut_at(text, m.end(), guess)) is not None:
                    break
        # At the start, a "headline" whose body opens with another headline run is the masthead (民营经济周讯 浙江…！ 浙江…).
        while n == 0 and cut is not None and not _NEWS_VERBS.search(text[cut[0] : cut[1]]) \
                and (again := _cut_at(text, _skip_meta(text, cut[1]), guess) or _after_masthead_end(text, cut[1], guess)) is not None:
            cut = again
        if cut is not None:
            cuts.append(cut)
        elif numbering(text[s : s + 12]) in ("1.", "一、", "①", "(1)", "（一）"):
            missed += 1
    return cuts, missed


def _after_masthead_end(text: str, t: int, guess: bool) -> tuple[int, int] | None:
    """The cut after a masthead's date or issue number at ``t`` (园区要闻摘录　|2025年6月第2期 【湖州】…), or None."""
    for m in _MASTHEAD_END.finditer(text, t, t + 40):
        if re.search(r"[。！？，；]", text[t : m.end()]):
            return None
        s = m.end()
        while s < len(text) and text[s] in " \u3000":
            s += 1
        if s > m.end() and (cut := _cut_at(text, s, guess)) is not None:
            return cut
    return None


# A field and its value, then a space and the next field's label (投资额：9亿元　落户：…): the particulars or figures under a headline.
_FIELD_RUN = re.compile(r"[\u4e00-\u9fff]{2,6}[:：][ \u3000]*[^\s:：，。；！？,;!?]{1,24}[ \u3000]+[\u4e00-\u9fff]{2,6}[:：]")


def _cut_at(text: str, s: int, guess: bool = False, terse: bool = False) -> tuple[int, int] | None:
    """``(s, body start)`` when a headline run starts at ``s`` (see :func:`cut_run_in`), else None. ``terse``: the
    paragraph's headlines are as short as a column's name (four or five characters), named again below or not."""
    chunk = text[s : s + 12]
    a = s + len(chunk) - len(strip_numbering(chunk))  # the run starts after its numbering
    window = text[a : a + 48]
    end = None
    bracket = re.match(r"【([^【】]{4,40})】", window)
    # (not a label of one of the parts an item is written in, run into its text: 【舆情概况】9月以来，… 【主要观点】网民…)
    bracket = None if bracket and _PART_NAME.fullmatch(bracket[1]) and not text[a + bracket.end() : a + bracket.end() + 1].isspace() else bracket
    # 【headline】body …; a short one (【预付卡新规】) when a sentence follows, not a section tag over a headline
    # (【国内要闻】【…】, 【国内要闻】上海出台新政 上海市…)
    if bracket and (len(bracket[1]) >= 6 or re.match(r"[^【】\s。！？]{2,}?[，。；]", text[a + bracket.end() : a + bracket.end() + 60])):
        # (a short one may be a column's tag over a headline run into its body, 【资本市场】北仑…申请|北仑区…: the whole run)
        # (or a place's, its headline run into a body naming the place again, 【珠海】…基金设立|珠海市设立…: before the words after it)
        tag = len(bracket[1]) < 6
        again = _repeated_name(text, a) if tag else None
        inner = _cut_at(text, a + bracket.end(), guess, terse) if tag and not again else None
        # (or its headline run into a body opening on a framing clause, 【光彩事业】某某企业结对帮扶山区村|在“千企结千村”行动中，…)
        framed = _framed_head_end(text, a + bracket.end()) if tag and not inner and not again else None
        return s, again or (inner[1] if inner else framed or a + bracket.end())
    if _FIELD_RUN.match(window):
        return None  # a line of fields run into the text (投资额：9亿元　落户：海安高新区　行业：…。): the item's figures, no headline
    if _OWN_DATELINE.match(window):
        return None  # a body opening with a station's or paper's own dateline (本台消息：截至9月21日，…), not a headline
    # A dateline or a news opening right after the run; else a space, then a sentence.
    for k in range(6, min(41, len(window))):
        if _RUN_PUNCT.search(window[k - 1]) or window[k - 1] in " \u3000":
            break
        if _RUN_IN_START.match(text, a + k):
            end = a + k
            break
    if end is None and (dateline(window) or _RULE.match(window) or _skip_meta(text, s) > s):
        return None  # a body's dateline (新华社郑州5月20日电 …), a rule (------) or metadata (（完）), not a headline
    # (a column's name and a bar spaced apart before the headline, 产业 | 合肥…扩产: the headline's mark, not its end)
    bar = _SPACED_BAR.match(window)
    space = _SPACE.search(window, bar.end() if bar else 0)
    # Before the space, a headline: a comma, colon or 、 or two (嘉兴：数字经济…, …方案，明确五大任务), a ？！ at its end.
    head = window[: space.start()] if space else ""
    if end is None and space and 4 <= visual_width(head) <= 48 and not re.search(r"[。；;]", head) \
            and not re.search(r"[！？!?]", head[:-1]) and len(re.findall(r"[，,：:、]", head)) <= 2:
        r = _skip_meta(text, a + space.end())
        rest = text[r : r + 300]  # after a byline or subtitle between the headline and its body
        # (a headline as short as a column's name, 迎峰度夏, only where its body's first words name it again)
        # (nor a column's tag alone, 【省内】, over the headlines of its items)
        short = visual_width(head) < 6 and ((head not in rest[:40] and not terse) or _CONNECTIVE.search(head) is not None or _tag_alone(head))
        if not short and _BODY_START.match(rest) and re.search(r"[。！？]", rest[:300]) and not _RUN_IN_TOC.match(rest) and not _EDITOR_NOTE.match(rest):
            end = _second_deck_end(head, text, a + space.end()) or a + space.end()
    if end is None:
        # (a numbered item's body opening on an office, 1.某某新政出台省政府办公厅…, is a guess below: all of them or none)
        end = _repeated_actor(text, a) or _repeated_name(text, a) or (_local_actor_opens(text, a) or _dated_subject_opens(text, a) if a == s else None)
    if end is None and a > s and guess:
        end = _numbered_head_end(text, a) or _stopped_head_end(text, a) or sentence_head_end(text, a) or _event_head_end(text, a) \
            or _places_head_end(text, a)
    if end is None:
        return None
    head = text[s:end].rstrip(" \u3000").rstrip("。：:")  # (a numbered headline's full stop or colon, 1.某某项目开工。: no part of its shape)
    return (s, end) if headline_form(head) or _quoted_run(strip_numbering(head), text[end : end + 200]) else None


# A column's name and a bar with a space beside it opening a headline (产业 | …, 区域 |…); bare 观察丨… has no space to skip.
_SPACED_BAR = re.compile(r"[\u4e00-\u9fff]{2,4}(?:[ \u3000]+[｜丨|][ \u3000]*|[｜丨|][ \u3000]+)(?=[\u4e00-\u9fff“《「])")


def _second_deck_end(head: str, text: str, r: int) -> int | None:
    """Where a headline's second deck, after ``head`` and a space, ends where it runs straight into a body that opens by
    naming again the first deck's place and actor, its 市 or 县 added (某某电气商会换届 新一届理事会成员平均年龄41岁|某某市电气商会
    11月28日召开…; not 某某办法出台 省某厅会同省某厅出台|某某办法…, the headline's words the object of the body's first
    sentence): six characters or more from ``r``, the deck a headline in shape ending on what happened or a figure; else None.

    >>> text = "某某电气商会换届 新一届理事会平均年龄41岁某某市电气商会11月28日召开会员大会，选举产生新一届理事会。"
    >>> text[:_second_deck_end("某某电气商会换届", text, 9)], _second_deck_end("某某电气商会换届", "某某电气商会换届 本届大会上某某电气商会选出理事。", 9)
    ('某某电气商会换届 新一届理事会平均年龄41岁', None)
    """
    run = re.match(r"[^，。；：！？、,;:!?\s]{10,60}", text[r : r + 80])
    head = _LEADING_TAG.sub("", head)  # (the first deck, after its column's tag: 【商会建设】某某电气商会换届)
    if not run or len(head) < 4:
        return None
    again = re.compile(re.escape(head[:2]) + r"[省市区县]" + re.escape(head[2:4]))
    k = next((k for k in range(6, min(len(run[0]) - 4, 31)) if again.match(run[0], k)), None)
    deck = run[0][:k] if k is not None else ""
    return r + k if deck and headline_form(deck) and (_HEAD_END.search(deck) or _EVENT_END.search(deck) or _FIGURE_END.search(deck)) else None


# A column's tag opening a headline (【商会建设】, 【调研】): no part of the words its body names again.
_LEADING_TAG = re.compile(r"^【[^【】]*】")
# A deck ending on a figure and its unit (平均年龄41岁, 突破3万户), besides what happened (:data:`_HEAD_END`).
_FIGURE_END = re.compile(r"\d+(?:\.\d+)?\s*[万亿千百]?[\u4e00-\u9fff%]$")


def _quoted_run(head: str, body: str) -> bool:
    """Is ``head``, run into ``body`` in one paragraph, a headline that is all one quotation (“家门口就能上班” 走进某某镇…),
    over a body opening like news or setting a feature's scene, as :func:`_quoted_headline` asks of a line?"""
    if not (len(head) > 2 and head[0] == "“" and head[-1] == "”" and 6 <= visual_width(head) <= 40) or re.search(r"[“”。；]", head[1:-1]):
        return False
    sentence = re.match(r"[^。！？]*[。！？]", body)
    return sentence is not None and (news_opener(body) or _sets_the_scene(sentence[0]) or _office_acts_on(head[1:-1], sentence[0]))


# How a body opens after a headline and a space: a word, a quote or bracket, a date (10月8日，9月，1—9月，2024年以来，),
# or a month running into its sentence (8月全市工业用电量…).
# (a notice's body may open on the day and the hour: 9月6日7时至12时，…)
_BODY_START = re.compile(r"[\u4e00-\u9fff“《（(]|【[\u4e00-\u9fff]{0,4}(?:概况|情况|观点|建议|背景|分析|点评|案情|结果|做法|成效|启示|评析|研判|诉求|回应)】|(?:\d{1,2}[—\-~～至])?\d{1,2}月(?:份)?(?:\d{1,2}日)?(?:\d{1,2}[时点](?:\d{1,2}分)?)?(?:[，,]|(?=[\u4e00-\u9fff]))|(?:19|20)\d{2}年")


def _skip_meta(text: str, t: int) -> int:
    """Past the metadata words (each followed by a space) at ``t``: 作者：某某, （记者 某某）, 本报记者　某某, ——subtitle."""
    while token := _RUN_IN_TOKEN.match(text, t):
        if is_metadata(token[0].strip()):
            t = token.end()
            continue
        pair = _RUN_IN_TOKEN.match(text, token.end())
        if pair and is_metadata(text[t : pair.end()].strip()):
            t = pair.end()
            continue
        break
    return t


# A paragraph opening with its bracketed headline: 【上海出台新政】上海市…。
_BRACKET_HEAD = re.compile(r"【([^【】]{6,40})】[ \u3000]*")
# Or numbered, as a text message lists its items (1.【春耕进度】全省已完成…): the number says it is an item's, however short.
_NUMBERED_BRACKET_HEAD = re.compile(r"(?:\d{1,2}[.．、]|[（(]\d{1,2}[）)]|[①-⑳])[ \u3000]*【([^【】]{2,40})】[ \u3000]*")


# Or a county's or a district's name as a tag run into its item's paragraph (【宁乡市】宁乡经开区…。, 【攸县】…): the item's
# only headline, where several paragraphs open so (the caller asks for several); no cue, box or editor's note. (Two or
# three characters: wider tags over prose, 【宁夏银川】银川市出台…, under a closing 点评： on all of them, are one piece's.)
SHORT_TAG_HEAD = re.compile(r"【([\u4e00-\u9fff]{2,3})】[ \u3000]*")


def cut_bracket_head(line: Line) -> list[tuple[int, int]] | None:
    """Where a paragraph opening with ``【headline】`` runs into its body: ``[(0, body start)]``, or None.

    The headline must be shaped like one and what follows must be prose (a section tag such as
    【国内要闻】 on its own, or a box label, is not cut). One such paragraph is no digest: the
    caller asks for several.

    >>> cut_bracket_head(Line("【洛阳设立先进制造业发展基金】洛阳市财政局宣布设立基金，首期规模30亿元。", (), (0, 37)))
    [(0, 15)]
    >>> cut_bracket_head(Line("2.【春耕进度】全省已完成早稻育秧面积约46万亩。", (), (0, 26))), cut_bracket_head(Line("【春耕进度】全省已完成育秧。", (), (0, 14)))
    ([(0, 8)], None)
    >>> cut_bracket_head(Line("【攸县】攸县对17个农贸市场开展提质改造，年内完成。", (), (0, 26))), cut_bracket_head(Line("【解说】3月22日，樱花季开幕，游客如织。", (), (0, 21)))
    ([(0, 4)], None)
    """
    match = _BRACKET_HEAD.match(line.text)
    short = None if match else SHORT_TAG_HEAD.match(line.text)
    if short and TAG.match(line.text) and not _EDITOR_NOTE.match(line.text) and is_prose(line.text[short.end() :]) \
            and ends_sentence(line.text):
        return [(0, short.end())]
    numbered = None if match else _NUMBERED_BRACKET_HEAD.match(line.text)
    match = match or numbered
    body = line.text[match.end() :] if match else ""
    # (a numbered item's body may be one short sentence: 全省已完成早稻育秧面积约46万亩。)
    if not match or not headline_form(match.group(1)) or not (is_prose(body) or (numbered and ends_sentence(body))):
        return None
    return [(0, match.end())]


# A headline run into its paragraph at the line's first full-width colon (长沙建设…需补齐三个短板：调研发现，…。):
# no task (加强组织领导：…), part (总体要求：…), point (一是…：), speaker (…负责人表示：) nor label (来源：, 问：) before it.
_COLON_HEAD = re.compile(r"([^：:，。；！？,;!?]{8,40})：[ \u3000]*")
_NOT_COLON_HEAD = re.compile(r"^(?:[一二三四五六七八九十]是|其[一二三四五六七八九十])|(?:表示|说|指出|认为|强调|介绍|称|坦言|提出|建议|要求|如下|包括|是|为|有|的)$")
_TASK_VERB = re.compile(r"^(?:完善|加快|加强|推进|推动|强化|提升|培育|优化|健全|深化|扩大|促进|鼓励|落实|构建|建立|做好|抓好|坚持|"
                        r"创新|拓展|引导|规范|提高|增强|夯实|聚焦|着力|全力|大力|积极|持续|进一步|统筹|严格|筑牢|降低|减轻|保持|稳定|加大|支持)")


def cut_colon_head(line: Line) -> list[tuple[int, int]] | None:
    """Where a paragraph opening with its headline and a full-width colon runs into its body: ``[(0, body start)]``
    (the colon between them belongs to neither), or None. The run before the colon must be shaped like a headline that
    names what happened, not a task, a document's part, a point, a speaker or a label, and a sentence must follow. One
    such paragraph is no digest: the caller asks for several, most of the file's paragraphs.

    >>> cut_colon_head(Line("湘西州文旅融合要防止同质化竞争：湘西州各县市近年来新建古镇类景区11个，部分景区门票收入下滑。", (), (0, 47)))
    [(0, 16)]
    >>> cut_colon_head(Line("加强组织领导：各地要建立工作专班，细化任务分工，确保各项措施落地见效。", (), (0, 35)))
    """
    if line.kind:
        return None
    match = _COLON_HEAD.match(line.text)
    if not match:
        return None
    head = strip_numbering(match[1])
    body = line.text[match.end() :]
    if not headline_form(match[1]) or visual_width(head) < 8 or _NOT_COLON_HEAD.search(head) or _TASK_VERB.match(head) \
            or _PART_WORDS.match(head) or is_metadata(match[0]) or _QUESTION_OR_ANSWER.match(head) \
            or not (is_prose(body) and re.search(r"[。！？]", body)):
        return None
    return [(0, match.end())]


# A place alone heading its paragraph before a colon (济南：本周济南市新登记企业…): two to five characters.
_PLACE_HEAD = re.compile(r"([\u4e00-\u9fff]{2,5})[：:][ \u3000]*")
_PLACE_END = "省市县区州盟旗镇乡村"


def place_heads(lines: Sequence[Line]) -> list[list[tuple[int, int]] | None]:
    """Each line's cut after a place alone opening it with a colon (济南：本周济南市…), or None; all None unless three
    lines or more open so, every place a different one (speakers take turns again: 企业：…, 走访组：…), three or more named
    again in their sentences' first words (本周济南市…). A head not named again must be as short as a city's name or
    end as a place does (潍坊：市场监管部门…), not a label (本期摘要：…).

    >>> rows = [Line(t, (), (0, len(t))) for t in ["本期摘要：全省本周新登记经营主体4万户，同比增长5%。",
    ...         "济南：本周济南市新登记企业2130户，同比增长9%。", "青岛：青岛市企业开办专区启用，开办时间压缩到半天。",
    ...         "潍坊：市场监管部门走访种业企业，帮助企业解决难题。", "烟台：烟台市本周新增个体工商户3900户，增长6%。"]]
    >>> [cut and cut[0] for cut in place_heads(rows)]
    [None, (0, 3), (0, 3), (0, 3), (0, 3)]
    """
    found: list[tuple[int, tuple[int, int], bool]] = []
    for k, line in enumerate(lines):
        match = _PLACE_HEAD.match(line.text) if not line.kind else None
        if match is None:
            continue
        head, body = match[1], line.text[match.end() :]
        if is_metadata(line.text) or _QUESTION_OR_ANSWER.match(line.text) or _PART_WORDS.match(head) or _NOT_COLON_HEAD.search(head) \
                or not (is_prose(body) and ends_sentence(body)):
            continue
        named = head[:2] in body[:30]
        if named or len(head) <= 3 or head[-1] in _PLACE_END:
            found.append((k, (0, match.end()), named))
    names = [lines[k].text[: b - 1].rstrip("：: \u3000") for k, (a, b), _ in found]
    cuts: list[list[tuple[int, int]] | None] = [None] * len(lines)
    if len(found) >= 3 and sum(1 for *_, named in found if named) >= 3 and len(set(names)) == len(names):
        for k, cut, _ in found:
            cuts[k] = [cut]
    return cuts


# A numbered item's headline written as its line's first sentence, the body running on after the full stop (1、国家统计局：
# 10月规上工业增加值同比增长5.6%。从行业看，…): a run with no comma, at most one colon after who said it (国家统计局：), then 。
_SENTENCE_HEAD = re.compile(r"(?:[^，。；：！？、,;:!?\s]{2,14}[：:])?[^，。；：！？,;:!?]{4,40}。")


@lru_cache(maxsize=1 << 14)  # asked of every line twice: does the file cut at sentences, then where
def sentence_head_end(text: str, a: int) -> int | None:
    """Where a numbered item's headline, written as the first sentence of its paragraph at ``a`` (after its number), ends:
    after the full stop, where the run before it is a headline in shape that says what happened (not what is to be done,
    a document's part, a point or a speaker) and a sentence of its own follows; else None.

    >>> text = "3、财政部：前10月全国一般公共预算收入同比增长0.9%。其中证券交易印花税增幅较大，非税收入增速有所回落。"
    >>> text[2 : sentence_head_end(text, 2)], sentence_head_end("1.加强组织领导。各地要建立工作专班，明确责任分工。", 2)
    ('财政部：前10月全国一般公共预算收入同比增长0.9%。', None)
    """
    run = _SENTENCE_HEAD.match(text, a)
    if not run:
        return None
    head = run[0][:-1]
    core = re.sub(r"^[^：:]*[：:]", "", head)  # (what is said, after who said it)
    rest = text[run.end() : run.end() + 300]
    if not headline_form(head) or visual_width(head) < 6 or _TASK_VERB.match(core) or _TASK_START.match(core) \
            or _PART_WORDS.match(head) or _NOT_COLON_HEAD.search(head) or is_metadata(head) or _QUESTION_OR_ANSWER.match(head):
        return None
    return run.end() if _BODY_START.match(rest) and re.search(r"[。！？]", rest) and visual_width(rest.split("。")[0]) >= 6 else None


def cut_sentence_head(line: Line) -> list[tuple[int, int]] | None:
    """Where a numbered paragraph opening with its headline as a sentence runs into its body: ``[(0, body start)]`` (the
    full stop is in the headline's span, not its title), or None; so too a paragraph with no headline that opens with whose
    news it is (据…消息，…。), cut after that first sentence. One such paragraph is no digest: the caller asks for several,
    most of the file's paragraphs.

    >>> cut_sentence_head(Line("7、全国集装箱航运价格指数周环比上涨3.1%。美西航线涨幅居前。", (), (0, 33)))
    [(0, 23)]
    >>> cut_sentence_head(Line("2. 强化财政支持。对新认定的企业给予一次性奖励。", (), (0, 25))), cut_sentence_head(Line("全市经济平稳。工业增长5%。", (), (0, 14)))
    (None, None)
    """
    if line.kind:
        return None
    if ATTRIBUTED.match(line.text):
        return _attributed_head(line.text)
    if numbering(line.text) is None:
        return _unnumbered_head(line.text)
    if numbering(line.text) not in ("1.", "一、", "（一）", "(1)", "①", "01丨"):
        return None
    a = len(line.text) - len(strip_numbering(line.text))
    end = sentence_head_end(line.text, a)
    return [(0, end)] if end is not None else None


def _unnumbered_head(text: str) -> list[tuple[int, int]] | None:
    """``[(0, end of the first sentence)]`` for an unnumbered paragraph whose first sentence is a headline saying what
    happened, run in (a bold lead that lost its bold: 宿州云计算基地新增机柜8000个。宿州高新区…), where the body after it
    opens as an item's does: like news (11月25日，…), with a time or a place, or naming again the place the headline
    opens with; else None.

    >>> _unnumbered_head("宿州云计算基地新增机柜8000个。宿州高新区云计算产业园今年新投运机柜8000个。")
    [(0, 17)]
    >>> _unnumbered_head("全市经济运行平稳。工业增加值增长5%，消费持续回暖。"), _unnumbered_head("园区新增企业20家。其中外资企业5家。")
    (None, None)
    """
    run = _SENTENCE_HEAD.match(text)  # (the run :func:`sentence_head_end` reads, asked first whether it says what happened:
    # most paragraphs' first sentences do not, and the headline's other tests cost more)
    if run is None or not (_NEWS_VERBS.search(head := run[0][:-1]) or _HEAD_ACTOR.match(head)):
        return None
    end = sentence_head_end(text, 0)
    if end is None:
        return None
    rest = text[end:]
    if not (news_opener(rest) or ITEM_OPENER.match(rest) or rest.startswith(head[:2])):
        return None
    return [(0, end)]


def _attributed_head(text: str) -> list[tuple[int, int]] | None:
    """``[(0, end of the first sentence)]`` for a paragraph with no headline of its own opening with whose news it is
    (据…消息，, :data:`kg.lines.ATTRIBUTED`; in a digest of such paragraphs each is an item, titled by its first sentence
    as a reader quotes it), where that sentence says one thing (a clause after the attribution, a headline in shape)
    and a sentence of its own follows; else None.

    >>> text = "据厦门市发改委消息，厦门加快建设海洋高新产业园。园区首批5个项目已开工，总投资约38亿元。"
    >>> [text[a:b] for a, b in _attributed_head(text)]
    ['据厦门市发改委消息，厦门加快建设海洋高新产业园。']
    """
    frame = ATTRIBUTED.match(text)
    run = re.match(r"[^，。；：！？,;:!?]{6,40}。", text[frame.end() :])
    if not run or not headline_form(text[: frame.end() + run.end() - 1]):
        return None
    end = frame.end() + run.end()
    rest = text[end : end + 300]
    return [(0, end)] if _BODY_START.match(rest) and re.search(r"[。！？]", rest) else None


_NEWS_CUE = re.compile(r"近日|日前|近期|介绍|表示|发布|印发|宣布|公布|披露|出台|获悉|\d{1,2}月\d{1,2}日")


# Who a news item's first clause names as its source: a place's government, agency, zone or company.
_ACTOR_NAMED = re.compile(
    r"[\u4e00-\u9fff]{2,14}?(?:人民政府|政府|管委会|委员会|办公厅|办公室|海关|集团|公司|研究院|[省市区县州盟旗港局厅委办园])"
)


# A run ending inside an actor's name (四川省经济和信息化厅与重庆市|经济和信息化委员会…), not a headline (…新药获批上市).
_ACTOR_TAIL = re.compile(r"(?:(?<![上城都])市|[省区县局厅委与和及])$")


def _repeated_actor(text: str, s: int) -> int | None:
    """Where a headline run straight into its body's first clause ends, or None: where a place or
    actor among the headline's first words is named again, opening a clause that says who reported
    what (宁波前湾新区汽车产业集群产值突破2000亿元|宁波前湾新区管委会近日介绍，…;
    山东济南发布空天信息产业发展规划|济南市人民政府近日印发…)."""
    # (a headline may have one colon: 「专精特新」梯度培育：宁波新增…|宁波市经济和信息化局公布，…)
    run = re.match(r"[^，。；：！？、,;:!?]{1,24}[：:]?[^，。；：！？、,;:!?]{6,90}|[^，。；：！？、,;:!?]{12,90}", text[s : s + 120])
    if not run:
        return None
    clause = run[0]
    names = {clause[p : p + 2]: p for p in range(min(8, len(clause) - 1)) if re.fullmatch(r"[\u4e00-\u9fff]{2}", clause[p : p + 2])}
    for k in range(6, min(len(clause) - 4, 45)):
        p = names.get(clause[k : k + 2])
        if p is not None and p + 2 <= k and _ACTOR_NAMED.match(clause, k) and _NEWS_CUE.search(clause[k:]) \
                and not _ACTOR_TAIL.search(clause[:k]):  # (四川省经济和信息化厅与重庆市|经济和信息化委员会…: one actor's name)
            return s + k
    return None


# A place's or body's name a headline and its body's first words share (感德镇, 鲤城区, 县住建局): three characters ending so.
_NAME_END = re.compile(r"[\u4e00-\u9fff]{2}[省市区县州镇乡村局委办园港]")


def _repeated_name(text: str, s: int) -> int | None:
    """Where a headline run straight into its body ends, or None: where the body opens by naming again, unbroken by any
    punctuation, the headline's first four characters (after a label and its colon) or a place's or body's name in it
    (感德镇茶园…通过省级验收|感德镇今年完成…; 在谈项目：医疗器械产业园二期|医疗器械产业园二期项目…; 侨法宣传月活动在鲤城区启动|
    鲤城区侨联…; 北仑一家企业…|北仑区…), a headline's length (6–26 characters) from its start, and a sentence follows.

    >>> text = "感德镇茶园生态改造通过省级验收感德镇今年完成生态茶园改造1.3万亩，日前通过验收。"
    >>> text[:_repeated_name(text, 0)], _repeated_name("县城区新增公共停车泊位860个县住建局新建公共停车场，均已接入平台。", 0)
    ('感德镇茶园生态改造通过省级验收', None)
    """
    run = re.match(r"((?:[^，。；：！？、,;:!?\s]{2,12}[：:])?)[^，。；：！？、,;:!?\s]{6,90}", text[s : s + 120])
    if not run:
        return None
    clause = run[0]
    # (after a place's tag, 【广州】, which the body may name again: 【广州】…政策兑现提速|广州开发区税务部门…)
    tag = re.match(r"【([\u4e00-\u9fff]{2,3})】", clause[len(run[1]) :])
    label = len(run[1]) + (tag.end() if tag else 0)
    for k in range(label + 6, min(len(clause) - 3, label + 27)):
        name = _NAME_END.fullmatch(clause[k : k + 3])
        # (the place the headline opens with, its 区 or 县 dropped there: 北仑一家企业递交上市申请|北仑区一家企业…)
        if clause[k : k + 4] != clause[label : label + 4] and not (name and (name[0] in clause[label:k] or name[0][:2] == clause[label : label + 2])) \
                and not _said_again(clause[label:k], clause[k:], tag[1] if tag else ""):
            continue
        if _BODY_ACTOR.search(clause, label + 4, k):
            return None  # (the body began before it, with who said what: 民营经济32条出台|省政府办公厅近日印发促进民营经济…)
        k = _place_after_figure(clause, _label_place_before(run[1], clause, k, label + 6), label + 6)
        rest = text[s + k : s + k + 300]
        return s + k if re.search(r"[，,][^。]*[。！？]|^[^。]{8,}[。！？]", rest) else None
    return None


def _said_again(head: str, body: str, place: str) -> bool:
    """Does ``body``, run straight on after ``head``, open by saying the headline's words again: its tag's ``place``
    (【广州】…兑现提速|广州开发区…), or four characters or more of the headline (…加工园区二期投产|园区二期新增…), the headline
    ending on what happened (a news verb, a figure), or on those very words (…新增3个社区食堂|3个社区食堂分别…)?

    >>> _said_again("某某园区二期投产", "园区二期新增生产线4条", ""), _said_again("某县新增3个食堂", "3个食堂分别位于", "")
    (True, True)
    >>> _said_again("海洋基金设立", "某海市设立基金", "某海"), _said_again("某某园区二期规划", "园区二期占地", "")
    (True, False)
    """
    names_place = bool(place) and body.startswith(place)
    if not names_place and body[:4] not in head:
        return False
    if _HEAD_END.search(head) or _EVENT_END.search(head):
        return True
    return not names_place and any(head.endswith(body[:n]) for n in range(4, min(len(head), len(body)) + 1))


def _label_place_before(label: str, clause: str, k: int, least: int) -> int:
    """Where a body found to open at ``k`` of ``clause`` really opens when the headline's label is a place (襄阳：) and the
    body names it again right before the words it repeats (襄阳：新能源汽车…提高到45%|襄阳市新能源汽车产业链…): at that
    place's name, 市 or 县 added or not; ``k`` otherwise, or where the headline would be shorter than ``least``.

    >>> clause = "某阳：新能源汽车配套率提高到45%某阳市新能源汽车产业链"
    >>> clause[:_label_place_before("某阳：", clause, 20, 9)]
    '某阳：新能源汽车配套率提高到45%'
    """
    place = _LEADING_TAG.sub("", label[:-1])  # (after a column's tag: 【调研】某阳：)
    named = re.search(re.escape(place) + r"[省市区县州]?$", clause[:k]) if place else None
    return named.start() if named and named.start() >= least else k


# A place's name right after a figure and its unit (…新签约项目5个|柳南区…): the body's first words, no headline's end.
_FIGURE_THEN_PLACE = re.compile(r"(?<=[\d个家项座条台万亿元%])(?![个家项座条台万亿元])[\u4e00-\u9fff]{1,3}[省市区县镇乡]$")


def _place_after_figure(clause: str, k: int, least: int) -> int:
    """Where a body found to open at ``k`` of ``clause`` really opens when a place's name stands between the headline's
    figure and the words the body repeats (某某产业园新签约项目5个|某南区某某产业园昨天…): at that place, the body
    naming where the headline's subject is; ``k`` otherwise, or where the headline would be shorter than ``least``.

    >>> clause = "某某产业园新签约项目5个某南区某某产业园昨天集中签约"
    >>> clause[:_place_after_figure(clause, 15, 6)]
    '某某产业园新签约项目5个'
    """
    named = _FIGURE_THEN_PLACE.search(clause[:k])
    return named.start() if named and named.start() >= least else k


# How a headline ends (a verb of news, a figure) and how a body opens (an actor, then when or what it said):
# where a numbered item's headline runs into a body naming another actor (民营经济32条出台|省政府办公厅近日印发…).
_HEAD_END = re.compile(
    r"(?:出台|发布|印发|启动|召开|举行|签约|落地|获批|公布|推出|开通|亮相|成立|揭牌|设立|开工|投产|建成|上线|竣工|开园|扩容|提速|提质|"
    r"升级|加快|加速|见效|成形|新高|翻番|增长|回升|领跑|居首|首位|前列|落户|入选|获评|通过|完成|施行|上市|开放|集聚|壮大|延伸|出炉|倒计时)$"
    r"|\d+(?:\.\d+)?\s*[万亿千百]?(?:家|个|亿元|万元|元|美元|%|吨|辆|台|项|条|座|艘|人次|人|倍|成|标箱)$|[一二三四五六七八九十两]成$"
)
_BODY_ACTOR = re.compile(
    r"[\u4e00-\u9fff]{1,14}?(?:人民政府|政府|管委会|委员会|办公厅|办公室|海关|集团|公司|研究院|[部局厅委办])"
    r"(?:近日|日前|近期|\d{1,2}月\d{1,2}日|介绍|表示|发布|印发|宣布|公布|透露|通报|获悉)"
)


# A county's or city's office opening a body (县住建局, 市文旅局, 某某区管委会): who acted, named as a body's first words.
_LOCAL_ACTOR = re.compile(r"(?:[\u4e00-\u9fff]{0,2}[省市县区州])[\u4e00-\u9fff]{1,5}?(?:局|委|办|厅|政府|管委会)")


def _local_actor_opens(text: str, s: int) -> int | None:
    """Where a headline run straight into its body ends, or None: the last place where the run ends like a headline
    (a news verb, a figure) and the body opens with a local office (县城区新增公共停车泊位860个|县住建局在城东…;
    全县冬季校园安全大检查启动|县教育局会同…), the headline six characters or more.

    >>> text = "全县冬季校园安全大检查启动县教育局会同公安部门开展检查，发现问题限期整改。"
    >>> text[:_local_actor_opens(text, 0)]
    '全县冬季校园安全大检查启动'
    """
    run = re.match(r"[^，。；：！？、,;:!?\s]{10,60}", text[s : s + 80])
    if not run:
        return None
    ends = [k for k in range(6, min(len(run[0]) - 4, 41))
            if _HEAD_END.search(run[0][:k]) and _LOCAL_ACTOR.match(run[0], k) and not _ACTOR_TAIL.search(run[0][:k])]
    return s + ends[-1] if ends else None


# A body opening on a year's business as its subject, which then says when it is or was done (2027年度城乡居民医保缴费将于…截止，
# 2025年度申报工作已于…启动): not a year after a verb (公布2025年度名单，), which is that verb's object.
_DATED_SUBJECT = re.compile(r"(?:19|20)\d{2}年度?[\u4e00-\u9fff]{2,20}?(?:将于|已于|定于|将在|已在)[^，。；]{2,30}[，。]")


def _dated_subject_opens(text: str, s: int) -> int | None:
    """Where a headline run straight into its body ends, or None: the last place where the run ends like a headline (a news
    verb, a figure, 倒计时) and the body opens with a year's business as the subject of its own sentence (某某缴费进入倒计时|
    2027年度…缴费将于12月31日截止，…), the headline six characters or more.

    >>> text = "全县医保缴费进入倒计时2027年度城乡居民医保缴费将于12月31日截止，市民可在线缴纳。"
    >>> text[:_dated_subject_opens(text, 0)], _dated_subject_opens("市科技局日前公布2025年度高新技术企业名单，共认定企业120家。", 0)
    ('全县医保缴费进入倒计时', None)
    """
    run = re.match(r"[^，。；：！？、,;:!?\s]{10,60}", text[s : s + 80])
    if not run:
        return None
    ends = [k for k in range(6, min(len(run[0]) - 4, 41))
            if (_HEAD_END.search(run[0][:k]) or _EVENT_END.search(run[0][:k])) and _DATED_SUBJECT.match(text, s + k)]
    return s + ends[-1] if ends else None


def _numbered_head_end(text: str, a: int) -> int | None:
    """Where a numbered item's headline, run straight into its body, ends: the last place where the run
    ends like a headline (a news verb, a figure) and what follows opens with an actor and a news cue.

    >>> text = "2.数字贸易示范区扩容省商务厅日前公布第二批名单，全省示范区增至10个。"
    >>> text[2:_numbered_head_end(text, 2)]
    '数字贸易示范区扩容'
    """
    run = re.match(r"[^，。；！？、,;!?]{8,60}", text[a : a + 80])
    if not run:
        return None
    # The last such place: 民营经济32条出台|省政府办公厅…, not 民营经济32条|出台省政府办公厅…
    ends = [k for k in range(6, len(run[0]) - 4)
            if _HEAD_END.search(run[0][:k]) and _BODY_ACTOR.match(run[0], k) and not _ACTOR_TAIL.search(run[0][:k])]
    return a + ends[-1] if ends else None


# What happened, ending a news headline (…一期投用, …二期封顶), beside :data:`_HEAD_END`; and what is to be done, opening a
# document's heading (加强…, 推动…, 完善…).
_EVENT_END = re.compile(r"(?:投用|启用|交付|通车|开业|开幕|闭幕|授牌|挂牌|完工|贯通|封顶|签署|举办|奠基|投运|运营|揭晓|获奖|整治)$")
_TASK_START = re.compile(r"(?:加强|强化|推动|推进|加快|完善|健全|建立|优化|提升|落实|深化|实施|支持|鼓励|促进|做好|抓好|严格|规范|保障|"
                         r"创新|扩大|培育|打造|发展|坚持|明确|提高|加大|构建|统筹|营造|全面|积极|大力|着力|持续|切实|进一步)")


def _stopped_head_end(text: str, a: int) -> int | None:
    """Where a numbered item's headline, run into its body with a full stop or a colon, ends: after a run of 6–40 characters with no
    other punctuation that ends like news (…隔膜项目开工。, …新增项目12个。), over a sentence of its own; a document's numbered
    heading ends so too, but on what is to be done (1.加强组织领导。), not on what happened.

    >>> text = "2.某某冷链物流园一期投用。一期建成冷库8万吨，年吞吐量可达60万吨。"
    >>> text[2:_stopped_head_end(text, 2)], _stopped_head_end("1.加强组织领导。各地要建立工作专班，明确责任分工。", 2)
    ('某某冷链物流园一期投用。', None)
    """
    run = re.match(r"[^，。；：！？、,;:!?\s]{6,40}[。：:]", text[a : a + 42])  # (or a colon: 1.某某项目开工：项目…)
    head = run[0][:-1] if run else ""
    if not run or not (_HEAD_END.search(head) or _EVENT_END.search(head)) or _TASK_START.match(head) or not headline_form(head):
        return None
    rest = text[a + run.end() : a + run.end() + 300]
    return a + run.end() if _BODY_START.match(rest) and re.search(r"[，,][^。]*[。！？]|^[^。]{8,}[。！？]", rest) else None


# A sentence's framing clause, opening a body (针对春节前用工紧张，随着…，为进一步…，在…行动中，).
_CLAUSE_OPENER = re.compile(r"(?:针对|随着|为了|为进一步|围绕|按照|根据)[^，。；！？\s]{2,20}[，,]|在[^，。；！？\s在]{2,16}(?:中|下|期间)[，,]")


def _framed_head_end(text: str, b: int) -> int | None:
    """Where a headline at ``b``, under a column's tag, runs straight into a body opening on a sentence's framing clause
    (:data:`_CLAUSE_OPENER`) ends: the first such place six characters or more from ``b``, the run before it a headline
    in shape; else None.

    >>> text = "某某企业结对帮扶山区村在“千企结千村”行动中，全市已有326家企业签订协议。"
    >>> text[:_framed_head_end(text, 0)], _framed_head_end("全市已有326家企业签订结对协议，帮扶资金1.8亿元。", 0)
    ('某某企业结对帮扶山区村', None)
    """
    run = re.match(r"[^，。；：！？、,;:!?\s]{6,40}", text[b : b + 60])
    k = next((k for k in range(6, len(run[0])) if _CLAUSE_OPENER.match(text, b + k)), None) if run else None
    return b + k if k is not None and headline_form(text[b : b + k]) else None


def _event_head_end(text: str, a: int) -> int | None:
    """Where a numbered item's headline, run straight into its body with nothing to tell them apart but the words, ends:
    the first place, eight characters or more from its start, where the run ends on what happened (…12月中旬开幕|第六届…,
    …专项整治|州文旅局…) or the body opens on a sentence's framing clause (…解决用工难题|针对春节前用工紧张，…), and a body
    of a sentence or more follows. A guess, made only where every other numbered item of
    the paragraph is cut (:func:`cut_run_in`).

    >>> text = "③某某古城小吃节12月中旬开幕第六届小吃节将于12月15日开幕，设摊位120个。"
    >>> text[1:_event_head_end(text, 1)]
    '某某古城小吃节12月中旬开幕'
    """
    run = re.match(r"[^，。；：！？、,;:!?\s]{12,60}", text[a : a + 80])
    if not run:
        return None
    k = next((k for k in range(8, min(len(run[0]) - 4, 31))
              if _HEAD_END.search(run[0][:k]) or _EVENT_END.search(run[0][:k]) or _CLAUSE_OPENER.match(text, a + k)), None)
    if k is None or _TASK_START.match(run[0]):
        return None
    if not _CLAUSE_OPENER.match(text, a + k):
        k = _whole_head_end(run[0], k)
    rest = text[a + k : a + k + 300]
    return a + k if _BODY_START.match(rest) and re.search(r"[，,][^。]*[。！？]", rest) else None


# Places listed where a body opens, the same length each, then how many or 等 (某阳、某山两地, 某东、某西、某南三县, 某江、某河等地).
_PLACES_LISTED = re.compile(r"([\u4e00-\u9fff]{2,3})((?:、[\u4e00-\u9fff]{2,3})+)(?:[两三四五六七八九]|等)[地县市区镇乡]")


def _places_head_end(text: str, a: int) -> int | None:
    """Where a numbered item's headline, run straight into a body opening on the places where it happened (…冷库托管试点|
    某阳、某山两地试点由…), ends: the first place six characters or more from ``a`` where places of one length each are
    listed (so that the headline's last character is no part of the first: …试点|某阳, not …试|点某阳), the run before a
    headline in shape, and a sentence follows. A guess, as :func:`_event_head_end` is.

    >>> text = "③某某冷库托管试点某阳、某山两地试点由村集体统一托管冷库，果农按箱付费。"
    >>> text[1:_places_head_end(text, 1)]
    '某某冷库托管试点'
    """
    run = re.match(r"[^，。；：！？,;:!?\s]{8,60}", text[a : a + 62])
    for k in range(6, len(run[0]) - 4) if run else ():
        listed = _PLACES_LISTED.match(text, a + k)
        if listed and all(len(name) == len(listed[1]) for name in listed[2].split("、")[1:]) and headline_form(text[a : a + k]):
            rest = text[a + k : a + k + 300]
            return a + k if re.search(r"[，,][^。]*[。！？]", rest) else None
    return None


def _whole_head_end(run: str, k: int) -> int:
    """Where a headline guessed to end at ``k`` of ``run`` (its body's first clause run on after it) really ends: past
    the rest of a figure's unit (…超20万人|次 → …超20万人次) and past the object of its last verb where the body's
    first clause names that object again (…景区入选|全国乡村旅游精品线路以…线路入选年度全国乡村旅游精品线路: the headline
    ends after 线路, as the words a body repeats are the headline's, four characters or more).

    >>> run, figure = "某某景区入选全国乡村旅游精品线路以某某梯田为主体的线路入选年度全国乡村旅游精品线路", "某某文化节吸引游客超20万人次第三届文化节开幕"
    >>> run[:_whole_head_end(run, 6)], figure[:_whole_head_end(figure, 14)]
    ('某某景区入选全国乡村旅游精品线路', '某某文化节吸引游客超20万人次')
    """
    while k + 1 < len(run) and _HEAD_END.search(run[: k + 1]):
        k += 1
    n = 0
    while k + n < len(run) and run[k : k + n + 1] in run[k + n + 1 :]:
        n += 1
    return k + n if n >= 4 else k


_RUN_IN_TOKEN = re.compile(r"(?:[（(][^（）()]{1,40}[）)]|[^\s，。；！？,;!?]{1,30})[ \u3000]+")
_RUN_IN_LABEL = re.compile(r"[^\s，。；！？,;!?：:｜|]{2,12}[：:｜|][ \u3000]*")


# Where a masthead may end, glued to the first headline: a date, an issue number, a bracket.
_MASTHEAD_END = re.compile(
    r"(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?|(?:19|20)\d{2}[-./]\d{1,2}[-./]\d{1,2}"
    r"|第\s*[\d一二三四五六七八九十]+\s*期|[）)]"
)
# Words opening a sentence, not heading an item, however short and set apart: 总体来看, 总的来说, 从全年看, 与此同时.
_CONNECTIVE = re.compile(r"(?:看|而言|来说|说来|之)$|^(?:与此同时|值得|换句话说|相比之下|除此之外|不仅如此|由此可见|据|另外|此外|同时)")
# The label of a part an item is written in (舆情概况, 主要观点, 处置建议, 基本案情): no headline, however it is bracketed.
_PART_NAME = re.compile(r"[\u4e00-\u9fff]{0,4}(?:概况|情况|观点|建议|背景|分析|点评|案情|结果|做法|成效|启示|评析|研判|诉求|回应)")
_WEEKDAY_TOKEN = re.compile(r"[（(]?(?:星期|礼拜|周)[一二三四五六日天][）)]?[ \u3000]+")
_RUN_IN_TOC = re.compile(r"(?:本期目录|目录|本期导读|导读|本期要点|本期要目|要目|本期内容)[：:]?[ \u3000]*")


def _masthead_prefix(text: str) -> int:
    """Characters of the masthead a pasted digest opens with (产经要闻速递 2024年5月21日 第21期 ,
    要闻速览：, 本期目录：A；B；C), before its first item's headline; 0 if none.

    >>> text = "每周要闻 2024年4月第1期 本期目录：苏州发布机器人政策；无锡物联网产业规模扩大 苏州发布机器人政策 本报讯 苏州市…"
    >>> text[_masthead_prefix(text):]
    '苏州发布机器人政策 本报讯 苏州市…'
    """
    pos = 0
    # (a name kg does not know as a newsletter's is one over its issue number: 工业经济运行 第9期 …)
    first = _RUN_IN_TOKEN.match(text)
    second = _RUN_IN_TOKEN.match(text, first.end()) if first else None
    if second and visual_width(first[0].strip()) <= 12 and not _RUN_PUNCT.search(first[0]) and _issue_line(second[0].strip()):
        pos = first.end()
    # (or a programme's name and day, 早安某县｜3月12日, and the outlet issuing it right after, 某某县融媒体中心)
    while (token := _RUN_IN_TOKEN.match(text, pos)) and (_masthead_line(token[0].strip()) or _PUBLISHER.search(token[0].strip())
                                                         or _barred_day(token[0].strip())
                                                         or (pos and _barred_day(text[:pos].split()[-1]) and _issuer_name(token[0].strip()))):
        # (the first headline glued to the masthead's issue: 某某市项目快讯（2025年第30期）某某锂电池隔膜项目开工　项目…)
        glued = [m for m in _MASTHEAD_END.finditer(token[0].strip()) if m.end() < len(token[0].strip())]
        rest = token[0].strip()[glued[-1].end() :] if glued else ""
        if visual_width(rest) >= 6 and headline_form(rest) and _masthead_line(token[0].strip()[: glued[-1].end()]):
            return pos + glued[-1].end()
        pos = token.end()
    # (the day's weekday after the masthead's date, a word of its own: 某某融媒·早知道 2025年5月20日 星期二 …)
    if pos and (weekday := _WEEKDAY_TOKEN.match(text, pos)):
        pos = weekday.end()
    # (a table of contents may follow a masthead whose name this does not know: 产业周讯 2024年5月第2期 本期目录：…)
    toc = next((m for m in _RUN_IN_TOC.finditer(text, pos, pos + 60) if m.start() == 0 or text[m.start() - 1] in " \u3000"), None)
    if toc:  # the table of contents ends where its first entry comes again, as the first headline
        first = re.match(r"[^；;、|｜ \u3000]{6,40}", text[toc.end() : toc.end() + 60])
        again = text.find(first[0], toc.end() + len(first[0])) if first else -1
        if again > 0:  # (from its number, where it is numbered there: … 1.市级创新联合体新增6家)
            number = re.search(r"(?:^|(?<=[ \u3000]))(?:\d{1,2}[.．、]|[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[）)]|[①-⑳])[ \u3000]*$", text[max(0, again - 8) : again])
            return again - (len(number[0]) if number else 0)
    label = _RUN_IN_LABEL.match(text, pos)
    if label and numbering(text[label.end() : label.end() + 12]):
        pos = label.end()
    return pos


# A source closing an item inside a paragraph, more text after it: a trailer's date in brackets (（某某日报 20240312）) or a
# label naming the outlet (来源：某某网).
_INNER_TRAILER = re.compile(r"[（(][^（）()]{0,40}?(?:\d{8}|\d{4}-\d{1,2}-\d{1,2})\s*[）)]")
_INNER_SOURCE = re.compile(r"(?:来源|稿源|信息来源|文章来源)\s*[:：]\s*[^\s，。；：:,;]{2,20}")


@dataclass(frozen=True)
class PastedItems:
    """What makes a paragraph look like several items pasted together (:func:`pasted_items`): the places an item
    could start or end in it, and how many of them :func:`cut_run_in` would cut at."""

    runs: int  # headline-shaped runs after a sentence's end (or after the masthead): where an item could start
    confirmed: int  # of them, runs followed by a dateline, a news opening, a space and a sentence, or their actor named again
    cuts: int  # the cuts :func:`cut_run_in` makes (0 where it makes none: it needs two, and every numbered item cut)
    numbered: tuple[str, ...]  # numbering counting up at sentences' starts (1. 2. 3.)
    sources: int  # trailers and source lines inside the paragraph, text after them: where an item could end

    @property
    def places(self) -> int:
        """Candidate cut points: every headline-shaped run or numbered start, and every source inside the paragraph."""
        return max(self.runs, len(self.numbered)) + self.sources


def pasted_items(text: str) -> PastedItems | None:
    """Does the paragraph ``text`` look like several items pasted together? Its counts where it does: long
    (80 cells or more, as :func:`cut_run_in` asks) with three candidate cut points or more (:attr:`PastedItems.places`), or two sources or more
    closing items inside it; else None. A report for ``kg articles --explain``, never a cut: :func:`cut_run_in` cuts.

    >>> pasted_items("各地持续推进产业项目建设，投资保持较快增长。" * 8) is None
    True
    >>> pasted_items("宁波舟山港集装箱吞吐量同比增长12%，航线总数达到300条。（某某日报 20240312）数字经济发展大会在杭州开幕会议吸引"
    ...              "200余家企业参展，发布成果30项。（某某晚报 20240313）绍兴集成电路产业园签约项目总投资120亿元，涵盖设计、制造和封测环节。")
    PastedItems(runs=0, confirmed=0, cuts=0, numbered=(), sources=2)
    """
    if visual_width(text) < 80:
        return None
    starts = [_masthead_prefix(text)] + [m.end() for m in re.finditer(r"[。！？][”’」』]?|(?:\d{8}|\d{4}-\d{1,2}-\d{1,2})\s*[）)]", text)]
    at = [_past_spaces(text, s) for s in starts]
    runs = sum(1 for s in at if _headline_run(text, s))
    sources = sum(1 for m in [*_INNER_TRAILER.finditer(text), *_INNER_SOURCE.finditer(text)] if re.search(r"[。！？]", text[m.end() :]))
    numbered = _numbered_starts(text)
    found = PastedItems(runs, sum(1 for s in at if _cut_at(text, s) is not None), 0, numbered, sources)
    if found.places < 3 and sources < 2:
        return None
    cuts = cut_run_in(Line(text, (), (0, len(text))))
    return replace(found, cuts=sum(1 for a, b in cuts or () if b > a))


def _headline_run(text: str, s: int) -> bool:
    """Does a headline-shaped run start at ``s``, after its numbering: 6–40 characters without sentence punctuation shaped
    like a headline, then a space, a dateline or a news opening (what :func:`_cut_at` asks before it cuts), or a run
    :func:`_cut_at` cuts at, guessing?"""
    chunk = text[s : s + 12]
    a = s + len(chunk) - len(strip_numbering(chunk))
    if _BRACKET_HEAD.match(text, a) or _cut_at(text, s, guess=True, terse=True) is not None:
        return True
    run = re.match(r"[^，。；：！？、,;:!?\s]{6,40}", text[a : a + 41])
    if run is None:
        return False
    after = text[a + run.end() : a + run.end() + 2]
    if after[:1] in (" ", "\u3000"):  # (a sentence after the space: not a figure a PDF set apart, 上海和广州则已瞄准 L4 级)
        return headline_form(run[0]) and _BODY_START.match(after, 1) is not None and not after[1].isdigit()
    return any(headline_form(run[0][:k]) for k in range(6, len(run[0])) if _RUN_IN_START.match(text, a + k) or dateline(text[a + k : a + k + 30]))


# Numbering at the start of a paragraph or a sentence, or after a label: where a pasted item may begin.
_NUMBERED_START = re.compile(r"(?:^|[。！？][”’」』]?[ \u3000]*|[：:｜|][ \u3000]*)(\d{1,2}[.．、](?!\d)|[一二三四五六七八九十]{1,2}、|[①-⑳])")


def _numbered_starts(paragraph: str) -> tuple[str, ...]:
    """The numbering that opens sentences of a paragraph, when it counts up from the first (1. 2. 3.) and not every
    numbered run opens on what is to be done, else ().

    >>> _numbered_starts("要闻：1.某某出台新政省政府近日印发措施。2.某某扩容省商务厅日前公布名单。"), _numbered_starts("一是抓项目。二是抓服务。")
    (('1.', '2.'), ())
    >>> _numbered_starts("制定以下措施。1.加大财政支持。市财政安排资金。2.强化金融服务。鼓励贴息。")
    ()
    """
    found = list(_NUMBERED_START.finditer(paragraph))
    marks = [m[1] for m in found]
    values = [ord(m) - 0x245F if "①" <= m <= "⑳" else _count(m[:-1]) for m in marks]
    # (a document's measures, each opening on what is to be done, 1.加大财政支持。2.强化金融服务。, are no items)
    if all(_TASK_START.match(paragraph, m.end()) for m in found):
        return ()
    return tuple(marks) if len(values) >= 2 and values == list(range(1, len(values) + 1)) else ()
