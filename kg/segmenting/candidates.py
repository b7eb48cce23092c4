"""Headline candidates: which lines of a file could head an item.

:func:`candidates` keeps a line shaped like a headline, or marked as one, that does not continue the line
above it and is followed by body text; the predicates here say why a line is passed over (a table's row,
a form's fields, a question of an interview, a table of contents, a list that runs on).
:func:`rejoin_wrapped_headlines` first joins a headline the file broke over two lines.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import lru_cache

from kg.lines import (
    FIELD_LABEL,
    ONE_FIELD_LINE,
    TAG,
    continues,
    dateline,
    ends_sentence,
    ends_with_trailer,
    fields_line,
    figure_headline,
    headline_form,
    is_caption,
    is_cue,
    is_link_label,
    is_metadata,
    is_prose,
    is_role_line,
    is_summary,
    is_translation,
    news_opener,
    numbering,
    strip_numbering,
    visual_width,
)
from kg.segmenting.furniture import (
    _BACK_MATTER,
    _CLOSING_META,
    _FIELD_OPENING,
    _FULL_DATE,
    _PUBLISHER,
    _barred_day,
    _closes_item,
    _issue_line,
    _listed_title,
    _masthead_line,
    _newsletter_name,
    _ruled,
    is_back_matter,
    running_headers,
    source_trailer_below,
)
from kg.segmenting.marks import (
    HEADING_KINDS,
    ITEM_OPENER,
    _COMMA,
    _KEYWORD_LINE,
    _NEWS_VERBS,
    _PART_WORDS,
    _QUESTION_OR_ANSWER,
    _TAGGED,
    _count,
    _dated_headline,
    _is_body,
    _is_meta,
    _list_number,
    _mark,
    _names_actor_again,
    _one_sentence,
    _opens_with_subject,
    _past_meta,
    _quotation_line,
    _quoted_headline,
    _stopped_between,
    _wrapped_tail,
    day_prefix,
    echoes_subject,
    section_name,
    subtitle_deck,
)
from kg.segmenting.records import Candidate
from kg.types import Line

__all__ = ["candidates", "rejoin_wrapped_headlines"]
_SALUTATION = re.compile(r"^各[\u4e00-\u9fff（）()、，,]{2,80}[：:]$")
# An address line opening a letter, a greeting after it or not (各位代表：, 各位同事：您好！, 各位领导、同事：大家好！)
_LETTER_ADDRESS = re.compile(_SALUTATION.pattern[:-1] + r"(?:[\u4e00-\u9fff]{0,3}好[！!。]?)?$")
_ACTOR = re.compile(r"^[\u4e00-\u9fff]{2,10}[：:]")


_DATED = re.compile(r"(?:19|20)\d{2}\s*(?:年|[.\-/]\s*\d{1,2})")


# The office a task or a proposal is given to (承办单位：…, 牵头单位：…, 责任部门：…, 主办：…).
_OFFICE_LABEL = re.compile(r"[（(]?(?:[\u4e00-\u9fff]{1,5}(?:单位|部门|机构)|[\u4e00-\u9fff]办)[:：]")


def _assigns_office(text: str) -> bool:
    """Does ``text`` name the offices that handle an item (承办单位：市财政局; 牵头单位：…　责任单位：…)? A policy gives
    each of its tasks to offices so, as a digest of proposals does: no evidence of a digest, where who proposed or
    wrote an item (提案人：某某委员, 作者：某某) is, as a byline is.

    >>> _assigns_office("牵头单位：市发展改革委　责任单位：市财政局"), _assigns_office("提案人：某某委员"), _assigns_office("发布单位：某某局")
    (True, False, False)
    """
    return _OFFICE_LABEL.match(text) is not None and is_role_line(text)
# An item's key points under its headline and its fields (要点：…), a bare label: its text.
_KEY_POINTS = re.compile(r"^(?:要点|看点)\s*[:：]")


_THREE_HAN = re.compile(r"[\u4e00-\u9fff]{3}")


def _named_below(lines: Sequence[Line], i: int) -> bool:
    """Is line ``i`` a headline of three characters (路演日) that the body below, opening like news, names again
    (9月11日，孵化器举办第四十二期项目路演日，…), after a sentence's end? Too short to be shaped like one else.

    >>> texts = ["首批企业已经入驻。", "路演日", "9月11日，孵化器举办项目路演日。"]
    >>> _named_below([Line(t, (), (0, len(t))) for t in texts], 1), _named_below([Line(t, (), (0, len(t))) for t in texts[:2] + ["9月11日，孵化器举办活动。"]], 1)
    (True, False)
    """
    text = lines[i].text
    if not (i and i + 1 < len(lines) and ends_sentence(lines[i - 1].text)) or not _THREE_HAN.fullmatch(text):
        return False
    return news_opener(lines[i + 1].text) and text in lines[i + 1].text[:40]


_TWO_OR_THREE_CHARACTERS = re.compile(r"[\u4e00-\u9fff]{2,3}")  # a column's name (建筑业)


def _numbered_in_turn(lines: Sequence[Line], i: int) -> bool:
    """Is line ``i`` a headline as short as a column's name (五、建筑业), numbered in turn between the headlines of
    its list (四、城镇燃气安全专项整治…, 六、郑州、开封两地试点…)? Its number says it heads an item as they do, where
    two or three characters alone are too short to be shaped like a headline.

    >>> texts = ["四、燃气安全整治进入回头看阶段", "全省已整改隐患2万处。", "五、建筑业", "1—5月，全省建筑业总产值增长4.1%。"]
    >>> _numbered_in_turn([Line(t, (), (0, len(t))) for t in texts], 2), _numbered_in_turn([Line(t, (), (0, len(t))) for t in texts[2:]], 0)
    (True, False)
    """
    text = lines[i].text
    own = _list_number(text) if len(text) <= 8 and _TWO_OR_THREE_CHARACTERS.fullmatch(strip_numbering(text)) else None
    if own is None:
        return False
    kind, value = own
    before = next((j for j in range(i - 1, -1, -1) if numbering(lines[j].text) == kind), None)
    after = next((j for j in range(i + 1, len(lines)) if numbering(lines[j].text) == kind), None)
    return any(j is not None and _list_number(lines[j].text) == (kind, value + step) and headline_form(lines[j].text)
               for j, step in ((before, -1), (after, 1)))


def _numbered_between(lines: Sequence[Line], i: int) -> bool:
    """Is line ``i`` numbered (6.) between the nearest lines numbered alike above and below it, one less and one more
    (5. …, 7. …), each shaped like a headline as it is?

    >>> rows = [Line(t, (), (0, len(t))) for t in ["5. 甲市光伏组件出口增长", "区内企业新设服务中心", "6. 乙市引进电池回收项目", "正文。", "7. 丙市营收增长"]]
    >>> _numbered_between(rows, 2), _numbered_between(rows, 4)
    (True, False)
    """
    own = _list_number(lines[i].text)
    if own is None or not headline_form(lines[i].text):
        return False
    kind, value = own
    before = next((j for j in range(i - 1, -1, -1) if numbering(lines[j].text) == kind), None)
    after = next((j for j in range(i + 1, len(lines)) if numbering(lines[j].text) == kind), None)
    return before is not None and after is not None and _list_number(lines[before].text) == (kind, value - 1) \
        and _list_number(lines[after].text) == (kind, value + 1) and headline_form(lines[before].text) and headline_form(lines[after].text)


def _asks(text: str) -> bool:
    """A heading that asks one question or several (三问“县域商业体系”：钱从哪来？谁来运营？如何持续？), no statement among them.

    >>> _asks("钱从哪来？谁来运营？如何持续？"), _asks("投资增长。谁来运营？"), _asks("钱从哪来")
    (True, False, False)
    """
    return text[-1] in "？?" and not re.search(r"[。；;]", text)
_SENTENCE_STOP = re.compile(r"[。；;！？!?]")


def _short_lead(title: str, below: str) -> bool:
    """Is ``below`` the lead of an item whose body is one short sentence written without a full stop, under
    the headline ``title`` (12月26日起，南昌地铁4号线载客运营; 某某新增绿色工厂6家，总数达到41家)? It opens like an
    item's lead (a time, a place, the office that acted) or says again four characters in a row of its headline;
    one clause break in it at most.

    >>> _short_lead("南昌地铁4号线开通", "12月26日起，南昌地铁4号线载客运营"), _short_lead("南昌地铁4号线开通", "全市轨道交通网络")
    (True, False)
    """
    if not 8 <= visual_width(below) < 20 or ends_sentence(below) or below[-1] in "：:，,、；;" or is_metadata(below) \
            or len(_COMMA.findall(below)) > 1 or _SENTENCE_STOP.search(below):
        return False
    if not _COMMA.search(below) or _masthead_line(below) or _issue_line(below):
        return False  # (a masthead's lines: 供销合作动态 / 省供销合作社办公室编　第11期)
    echoes = any(title[k : k + 4] in below for k in range(len(title) - 3) if re.fullmatch(r"[\u4e00-\u9fff]{4}", title[k : k + 4]))
    return echoes or news_opener(below) or ITEM_OPENER.match(below) is not None or echoes_subject(title, below) \
        or _names_actor_again(title, below)


# One field on a line (地块编号：HF2025-041, 项目编号：GC2025-118): a label of two to six characters and a value with no
# sentence in it.
_ONE_FIELD = re.compile(FIELD_LABEL + r"[^\s，。；！？,;!?]+")
_COLON = re.compile("[:：]")  # (a field's label ends at its colon)


def _opens_fields(lines: Sequence[Line], j: int, labels: Mapping[str, int]) -> bool:
    """Do the lines from ``j`` on open with fields, one field over a line of fields or of another (地块编号：HF2025-041 /
    位置：…　用途：…　面积：…), its label one that opens three or more lines of the file (``labels``: how many each
    opens): a record's data, which its name above heads as a headline heads its text (not 北京：…, 上海：…)."""
    return j + 1 < len(lines) and _ONE_FIELD.fullmatch(lines[j].text) is not None \
        and labels.get(_COLON.split(lines[j].text, maxsplit=1)[0], 0) >= 3 \
        and (fields_line(lines[j + 1].text) or _ONE_FIELD.fullmatch(lines[j + 1].text) is not None)


def _field_labels(lines: Sequence[Line]) -> dict[str, int]:
    """How many lines of one field (地块编号：…) each label opens."""
    counts: dict[str, int] = {}
    for line in lines:
        if _ONE_FIELD.fullmatch(line.text):
            label = _COLON.split(line.text, maxsplit=1)[0]
            counts[label] = counts.get(label, 0) + 1
    return counts


_CJK = re.compile(r"[\u4e00-\u9fff]")  # (a card's headline is words: -----Original Message----- over an e-mail's fields is none)


def _field_card(lines: Sequence[Line], j: int) -> bool:
    """Do lines ``j`` to ``j + 2`` open a card of fields, each a label and its value on a line of its own (项目名称：… /
    投资额：… / 联系人：…), no metadata, the first two a value only, no clause (two lines headed by a place, 浙江：…, are
    headlines as often)? An item's particulars as a project list prints them: its text, under its headline,
    as a line of several fields is (:func:`kg.lines.fields_line`). A value with a clause in it (笔者了解到：紫蓬镇依托…，…) is
    prose under a headline that names a place (紫蓬镇：农文旅融合带火“周末经济”), no card.

    >>> rows = [Line(t, (), (0, 0)) for t in ["项目名称：某某冷链仓储项目", "投资额：4.5亿元", "建设内容：新建冷库。", "某某冷链物流园"]]
    >>> _field_card(rows, 0), _field_card(rows, 1)
    (True, False)
    """
    return j + 2 < len(lines) and all((ONE_FIELD_LINE if k < j + 2 else _FIELD_OPENING).match(lines[k].text) is not None
                                      and not is_metadata(lines[k].text) and visual_width(lines[k].text) <= 60 for k in (j, j + 1, j + 2))


def _heads_body(lines: Sequence[Line], j: int) -> bool:
    """Is line ``j`` a headline (shaped or marked as one) over body text of its own?"""
    line = lines[j]
    if line.cut:
        return False  # (a clause left open at a page's foot runs on over it: no headline)
    if not (headline_form(line.text) or (line.kind in HEADING_KINDS and _one_sentence(line.text))) or _QUESTION_OR_ANSWER.match(line.text):
        return False  # (问：…？ over its answer heads nothing: the question is the text of the item above it)
    k = _past_meta(lines, j + 1)
    if k == j + 1 < len(lines) and _wrapped_tail(line.text, lines[k].text):
        return False  # (the end of its own sentence, wrapped onto the next line: 青年人才 / 申请入住。)
    return k < len(lines) and _is_body(lines[k]) and not headline_form(lines[k].text)


# Who acted or where, before a headline: 广东：…, 【宁德】… (the name, for finding it again in the lead).
_ACTOR_NAME = re.compile(r"^([\u4e00-\u9fff]{2,10})[：:]")
_PLACE_TAG = re.compile(r"^【([\u4e00-\u9fff]{2,10})】")


_BRACKETED_ALONE = re.compile(r"[（(][^（）()]{1,40}[）)]")  # a note in brackets on a line of its own


def _heads_paragraph(lines: Sequence[Line], i: int, wide: float | None = None) -> bool:
    """Is line ``i``, one paragraph a line and no blank lines, a long headline (…两年来：…，应多措并举) over a
    paragraph of its own rather than the first part of a paragraph broken mid-sentence? It opens after a
    paragraph's end (a sentence, a masthead's line, a note in brackets closing the item above: （执笔：某某）)
    and the line below is a whole paragraph, half as wide again; or at least as wide, when the line opens
    with who acted and a colon or a place's tag (广东：…，…; 【宁德】…，…) and the paragraph below names
    them again near its start, as a news lead does, where a sentence's second half would not. ``wide``: how much wider
    the paragraph below must be (where three or more lines of the file stand so, the file's headlines).

    >>> from kg.types import Line
    >>> rows = ["区域要闻　2025年10月15日", "广东：前三季度外贸进出口增长4.7%，出口增速快于进口", "据某某海关统计，前三季度广东外贸进出口同比增长4.7%，其中出口增长6.3%。"]
    >>> _heads_paragraph([Line(t, (), (0, 0)) for t in rows], 1)
    True
    >>> rows[2] = "比上半年加快1.2个百分点，其中一般贸易进出口规模稳居全国首位。"
    >>> _heads_paragraph([Line(t, (), (0, 0)) for t in rows], 1)
    False
    """
    before = lines[i - 1].text if i else ""
    below = lines[i + 1].text
    closed = not before or ends_sentence(before) or _masthead_line(before) or _BRACKETED_ALONE.fullmatch(before) is not None
    if not (closed and ends_sentence(below)):
        return False
    actor = _ACTOR_NAME.match(lines[i].text) or _PLACE_TAG.match(lines[i].text)
    wide = 1.0 if actor and actor[1] in below[:24] else (wide or 1.5)
    return visual_width(below) >= wide * visual_width(lines[i].text)


def _blank_before(lines: Sequence[Line], text: str, i: int) -> bool:
    return i == 0 or "\n\n" in text[lines[i - 1].end : lines[i].start].replace(" ", "").replace("\u3000", "").replace("\t", "")


_TERSE_HEAD = re.compile(r"[\u4e00-\u9fff]{3}")
_NUMBER_OF = {"一、": re.compile(r"^([一二三四五六七八九十]{1,3})"), "（一）": re.compile(r"^[（(]([一二三四五六七八九十]{1,3})[）)]"),
              "1.": re.compile(r"^(\d{1,2})")}


# A short tag a reading cut out of its paragraph's opening (【攸县】 of 【攸县】攸县对…。), or alone on a line over the item's
# prose (a tag over a headline and its body is a section's, which the checks below the shape leave out): the item's
# headline, however short.
_CUT_TAG = re.compile(r"【[\u4e00-\u9fff]{2,5}】")
_SHORT_NUMBERED = re.compile(r"(?:[一二三四五六七八九十]{1,3}\s*[、.．]|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}\s*[、.．])\s*[\u4e00-\u9fff]{2,3}")


def _unstopped(lines: Sequence[Line]) -> bool:
    """Are the file's paragraphs written without a full stop: two lines of prose or more, none ending a sentence?"""
    prose = [line.text for line in lines if is_prose(line.text)]
    return len(prose) >= 2 and not any(ends_sentence(t) for t in prose)


def _in_sequence(lines: Sequence[Line]) -> set[int]:
    """Numbered lines (一、 （一） 1.) whose number comes between the numbers of the lines of the same kind before and after them.

    >>> _in_sequence([Line(t, (), (0, 0)) for t in ["四、某某项目开工", "正文。", "五、建筑业", "正文。", "六、某某园区开园", "1. 甲"]])
    {2}
    """
    numbers: dict[str, dict[int, int]] = {}
    for i, line in enumerate(lines):
        kind = numbering(line.text)
        if kind in _NUMBER_OF and (m := _NUMBER_OF[kind].match(line.text)) and (n := _count(m[1])) is not None:
            numbers.setdefault(kind, {})[i] = n
    found = set()
    for at in numbers.values():
        for i, n in at.items():
            if any(j < i and m == n - 1 for j, m in at.items()) and any(j > i and m == n + 1 for j, m in at.items()):
                found.add(i)
    return found
# A question or an answer of a press conference or an interview, labelled so: 问：…？, 答：…, Q：…
_QUESTION = re.compile(r"^[*_]{0,2}(?:问|Q)\s*[:：]")
_ANSWER = re.compile(r"^[*_]{0,2}(?:答|A)\s*[:：]")
# A place and a bar before a headline (湖州｜南太湖新区…，年内…; 昆山丨上半年…): a headline's mark, no line of prose.
_PLACE_BAR = re.compile(r"^[\u4e00-\u9fff]{2,6}[ \u3000]*[｜丨|][ \u3000]*[\u4e00-\u9fff“《「\d]")


_CELL_GAP = re.compile(r"[ \u3000\t]*[｜|丨][ \u3000\t]*|[ \u3000\t]+")  # (spaces, or a bar drawn between cells: 昆明｜0.4%｜3)
_FIGURE_CELL = re.compile(r"[+\-−]?\d+(?:\.\d+)?%?")


def _cells(text: str) -> int:
    return len(_CELL_GAP.split(text.strip()))


def _table_row(lines: Sequence[Line], i: int) -> bool:
    """Is line ``i`` a row of a table printed as text, figures in cells set apart by spaces (青椒　3.60　-0.10), next to
    a row of as many cells (its header or another row)? A headline is no row, however short.

    >>> from kg.types import Line
    >>> rows = [Line(t, (), (0, 0)) for t in ["品种　价格（元/公斤）　涨跌", "黄瓜　3.20　-0.40", "青椒　3.60　-0.10", "某某市蔬菜价格回落"]]
    >>> _table_row(rows, 2), _table_row(rows, 3)
    (True, False)
    >>> rows = [Line(t, (), (0, 0)) for t in ["城市｜增速｜排名", "甲市｜0.4%｜3", "乙市｜新能源汽车零部件企业可申请补贴"]]
    >>> _table_row(rows, 1), _table_row(rows, 2)
    (True, False)
    """
    text = lines[i].text
    if len(text) > 60 or not _CELL_GAP.search(text):
        return False  # (asked of every line: prose is wider, and has no gaps)
    cells = _cells(text)
    if cells < 3 or not any(_FIGURE_CELL.fullmatch(c) for c in _CELL_GAP.split(text.strip())):
        return False
    return any(0 <= k < len(lines) and _cells(lines[k].text) == cells for k in (i - 1, i + 1))


def candidates(lines: Sequence[Line], text: str, mode: str, width: float, cut: frozenset[int] = frozenset()) -> list[Candidate]:
    """Every headline candidate of ``lines``, with its class and the evidence beside it.

    ``cut``: lines that a reading cut out of a paragraph at a headline (run-in): they do not
    continue the piece before them, whatever it ends with (a table of contents: …；常州储能产业加快集聚).
    """
    found = []
    n = len(lines)
    # Tags that open lines of prose (【基本案情】2024年3月，…): the parts an item is written in; alone on a line, such a
    # tag is one of those parts too (its text below it), no headline and no section.
    run_in = {m["tag"] for line in lines if line.text[:1] == "【" and (m := _PART_LABEL.match(line.text)) and m["tag"]
              and len(line.text) > m.end()}
    # (and the tags of a case's parts, each alone on its line in two items or more: 【基本情况】, 【主要做法】, 【工作成效】)
    alone = [line.text[1:-1].strip() for line in lines if line.text[:1] == "【" and line.text[-1:] == "】" and "】" not in line.text[1:-1]]
    run_in |= {tag for tag in alone if _CASE_PART.fullmatch(tag) and alone.count(tag) >= 2}

    def part_label(k: int) -> bool:
        return lines[k].text[:1] == "【" and lines[k].text[-1:] == "】" and lines[k].text[1:-1].strip() in run_in

    fields = _field_labels(lines)
    toc = {k for k in _toc_entries(lines) if not (run_in and part_label(k))}  # (a part's tag alone again below is no entry)
    links = _link_entries(lines)  # (titles listed under 推荐阅读: links to other pieces, no headlines)
    # Where headlines are as short as a column's name (展会预告, 出口回暖), one a character shorter is one too (招聘季).
    terse = sum(1 for line in lines if visual_width(line.text) <= 5 and headline_form(line.text)) >= 2
    # A numbered line between the one numbered before it and the one after (四、… 五、建筑业 六、…) is a headline
    # however short: the numbering says so, where three characters would else be too few.
    # (asked only of a numbered line of two or three characters)
    in_sequence = _in_sequence(lines) if any(_SHORT_NUMBERED.fullmatch(line.text) for line in lines) else set()
    # Paragraphs written without a full stop, one a line (a list of news items): a line of prose ends its paragraph
    # where a line with no sentence in it follows, over prose of its own: a headline, not the rest of a sentence.
    # (In a file where no line ends a sentence: asked only where a line seems to run on into the next.)
    unstopped = None
    # Long headlines with a comma, one paragraph a line (…持续回升，但中小企业订单不足问题仍较突出 over 三季度全省…。): where three
    # or more lines stand so, each after a paragraph's end and over a whole paragraph at least as wide, they are the file's
    # headlines, not sentences broken in two (a break inside prose comes once, not at every item).
    long_heads = 1.0 if mode == "paragraph" and sum(
        1 for k in range(n - 1) if _COMMA.search(lines[k].text) and not ends_sentence(lines[k].text) and headline_form(lines[k].text)
        and _heads_paragraph(lines, k, 1.0)) >= 3 else None
    decks: set[int] = set()  # headlines with a 副题 under them
    running = running_headers(lines)
    places = _place_lines(lines)
    for i, line in enumerate(lines):
        if line.text[-1:] == "。" and line.kind not in HEADING_KINDS and visual_width(line.text) > 40:
            continue  # (a sentence's end, unmarked and wider than one short sentence: no shape asked below fits such a line)
        # (its shape first: most lines are paragraphs, and it rules them out; the furniture it may be is asked below, of
        # the lines shaped like headlines)
        # (a question over its answer, 问：…？ / 答：…, is a candidate of its own class: a digest of questions is headed by
        # them, where at a press conference they are asked inside an item; the readings' scores choose)
        question = _asked(lines, i)
        marked = line.kind in HEADING_KINDS
        tagged = _TAGGED.match(line.text)
        inner = line.text[tagged.end() :] if tagged and tagged.end() < len(line.text) else line.text.strip("【】")
        # A plain line that is one short sentence (苏州工业园区生物医药产业产值增长15%。) may be a headline with a
        # full stop; it must then have its source beside it or a body that opens like news (checked below).
        shaped = question or headline_form(inner) \
            or (marked and visual_width(line.text) <= 60 and (not ends_sentence(line.text) or _one_sentence(line.text) or _asks(line.text))) \
            or _one_sentence(line.text) or (terse and _TERSE_HEAD.fullmatch(line.text) is not None) or _dated_headline(line.text) \
            or (i in in_sequence and _SHORT_NUMBERED.fullmatch(line.text) is not None) \
            or ((i in cut or not marked) and _CUT_TAG.fullmatch(line.text) is not None and TAG.match(line.text) is not None) \
            or (i + 1 < n and figure_headline(strip_numbering(inner), lines[i + 1].text)) \
            or (i in cut and _CUT_PLACE.fullmatch(line.text) is not None) or i in places
        quoted = not shaped and _quoted_headline(lines, i)
        shaped = shaped or _named_below(lines, i) or _numbered_in_turn(lines, i)
        loose = not (shaped or quoted) and _quotation_line(lines, i)
        quoted = quoted or loose
        if not (shaped or quoted) or _table_row(lines, i):
            continue  # (nor a row of a table in an item's body: 青椒　3.60　-0.10)
        if line.kind.startswith("page_") or (is_metadata(line.text) and not _dated_headline(line.text)) or _issue_line(line.text) \
                or i in toc or i in links:
            continue  # an issue line (第3期) is the masthead's; an entry of a table of contents or of a list of links, furniture
        if is_cue(line.text) or (run_in and part_label(i)) or (i and headline_form(lines[i - 1].text) and _opens_fields(lines, i, fields)):
            continue  # (a part's tag alone, or the first field under a name: its item's text) a script's cue (【画面】…, 【解说】…): what its item shows or says
        if ("：" in line.text[2:7] or ":" in line.text[2:7]) and ONE_FIELD_LINE.match(line.text) \
                and any(_field_card(lines, k) and k not in toc for k in range(max(i - 2, 0), i + 1)):
            continue  # a field of a card (投资额：4.5亿元 among 项目名称：… and 联系人：…): the item's particulars, its text
            # (not the entries of a table of contents, 三明：… / 宁德：…, over the headline they list)
        if line.text[:1] == "各" and _LETTER_ADDRESS.match(line.text):
            continue  # an address line (各位同事：您好！) opens a letter's text, as a document's or an e-mail digest's: no headline
        if _BACK_MATTER.match(line.text) or line.cut:
            continue  # back matter (抄送：…, 免责声明：…, 分析师：某某　执业证书编号：…), never a headline; nor a clause left
            # open at a page's foot (or a running header's), which runs on over it
        if (_QUESTION_OR_ANSWER.match(line.text) and not question) or (line.text[:1] in "关主标" and _KEYWORD_LINE.match(line.text)) \
                or (line.text[:1] == "#" and is_summary(line.text)) or (not question and _turn_asked(lines, i)):
            continue  # a question asked at a press conference or in an interview (问：…？), inside its item; an item's keywords or #topics#
        if line.kind == "item" and i and lines[i - 1].kind == "item" and lines[i - 1].text[-1] in "；;，,、":
            continue  # the last entry of a list whose entries end with a semicolon (…；\n- 设立…资金。)
        if i and (bullet := _LIST_BULLET.match(line.text)) and lines[i - 1].text[:1] == bullet[0][0]:
            continue  # an entry of a list set out with its bullets as typed (- 高端医疗器械项目4个\n- 医药研发外包服务项目1个): the body's
        barred = _PLACE_BAR.match(line.text) is not None or line.rejoined  # (a rejoined headline was found in its place)
        if i and not marked and not barred and i not in cut and not is_metadata(lines[i - 1].text) and lines[i - 1].kind not in HEADING_KINDS \
                and continues(lines[i - 1].text, line.text, mode, width) and not (mode == "paragraph" and _blank_before(lines, text, i)) \
                and not (mode == "paragraph" and not is_prose(line.text) and i + 1 < n and is_prose(lines[i + 1].text)
                         and (unstopped := _unstopped(lines) if unstopped is None else unstopped)) \
                and not (line.text[:1].isdigit() and _numbered_between(lines, i)):
            continue  # the previous line runs on into this one
            # (not into a line numbered between the lines numbered before and after it, 5. … 6. … 7.: a paragraph whose
            # end a page break lost runs into no numbered headline)
        # (a piece a reading cut out of its paragraph at its headline's end runs on into nothing: the cut ends it)
        # (one paragraph a line, a line under a rule drawn between items opens a block: a headline with a comma in it there,
        # …超过300万元，强村公司模式在全镇推开, heads the paragraph below, which ends its sentence, and runs on into none)
        if not marked and not barred and i not in cut and i + 1 < n and continues(line.text, lines[i + 1].text, mode, width) and not quoted \
                and not (mode == "paragraph" and (_blank_before(lines, text, i + 1) or _heads_paragraph(lines, i, long_heads)
                                                  or (i and _ruled(lines[i - 1], text) and ends_sentence(lines[i + 1].text)))):
            continue  # runs on into the next line: a wrapped line of prose (not across a blank line)
        if i and i - 1 in decks:
            continue  # the 副题 under a headline, no headline of its own (:func:`subtitle_deck`)
        j = i + 1
        if shaped and subtitle_deck(lines, i):
            decks.add(i)
            j += 1  # (its 副题 under it, as its metadata: the body opens below that)
        meta_after = False
        while j < n and j in running:
            j += 1  # (the masthead's issue line again, a page's running header between a headline and its body)
        while j < n and (_is_meta(lines[j]) or is_summary(lines[j].text) or (j == i + 1 and source_trailer_below(lines, j))) \
                and not _CLOSING_META.match(lines[j].text):
            meta_after = meta_after or not (is_caption(lines[j].text) or is_summary(lines[j].text) or _assigns_office(lines[j].text)
                                            or is_translation(lines[j].text))
            j += 1
        # (a line of prose wrapped at the page's width runs on into the next, whatever its shape: no headline)
        wraps = mode == "wrapped" and j + 1 < n and continues(lines[j].text, lines[j + 1].text, mode, width)
        # (a headline over fields of its own, 发文机关：…　发布日期：…, over 要点：…: the item's key points, its text, where
        # under a masthead they would be the issue's)
        key_points = meta_after and j < n and lines[j].text[:2] in ("要点", "看点") and _KEY_POINTS.match(lines[j].text) is not None \
            and ends_sentence(lines[j].text)
        # (over the first part of its item, a tag alone: 【基本案情】; or over its fields: 地块编号：…)
        label = (run_in and j < n and part_label(j)) or (j < n and _opens_fields(lines, j, fields))
        # (or, numbered 一、, over the first of its own parts, （一）基本情况: its body opens with that part)
        label = label or (j < n and j == i + 1 and numbering(line.text) == "一、" and _FIRST_PART.match(lines[j].text) is not None
                          and section_name(line) is None)  # (not a section's name over its items: 一、已办结事项 / （一）…)
        if j >= n or not (_is_body(lines[j]) or wraps or key_points or label or _short_lead(strip_numbering(inner), lines[j].text)
                          or (_field_card(lines, j) and _CJK.search(line.text) is not None)) \
                or (_heads_body(lines, j) and not wraps and not label and not (marked and j + 1 < n and _blank_before(lines, text, j)
                                                                              and not _blank_before(lines, text, j + 1))) \
                or j in toc or lines[j].text.startswith(">"):
            # (a heading over a paragraph whose lines a PDF broke, the file parting its paragraphs by blank lines, heads that
            # paragraph: its first line is no headline of its own)
            # no body below; or the line below is a headline with its body (this is a masthead or a section);
            # or it stands above the entries of a table of contents (its label, 本期目录); or above a note quoted
            # under it (> 摘自各地政府网站…, > 本周要点：…): the file's title over its note, no item's headline
            continue
        # (not the date of a masthead the headline opens the file under: 园区月报 / 2025年10月 / 招商引资)
        under_masthead = 0 < i <= 4 and any(_newsletter_name(lines[k].text) or _issue_line(lines[k].text) for k in range(i)) \
            and all(_masthead_line(lines[k].text) and not _COLON.search(lines[k].text) for k in range(i))
        if (under_masthead and _PUBLISHER.match(_FULL_DATE.sub("", line.text)) and not _NEWS_VERBS.search(line.text)) \
                or (i == 0 and _newsletter_name(line.text) and _masthead_line(lines[1].text)) \
                or (_barred_day(line.text) and all(_masthead_line(lines[k].text) for k in range(i))):
            continue  # the masthead's own lines over an editor's sentence (本期收录…): its name over its date or issue, the
            # office issuing it, dated or not (某某大学产业研究院; not 某某市成立数据局, nor the outlet's name a headline may end with: …并网);
            # its name, a bar and its day on one line over the editor's greeting (财经早餐｜12月4日 / 各位早上好，…)
        meta_before = i > 0 and not under_masthead \
            and (is_metadata(lines[i - 1].text) and not _closes_item(lines, i - 1) or ends_with_trailer(lines[i - 1].text))
        mark, title_range = _mark(line)
        if question and line.kind not in HEADING_KINDS:
            mark, title_range = "问", (0, len(line.text))
        title = line.text[title_range[0] : title_range[1]]
        # a date after the title (…贯通　6月3日), or the day before it and a bar (11.18｜…)
        dated = is_metadata(line.text[title_range[1] :].strip()) or day_prefix(line.text[len(line.text) - len(strip_numbering(line.text)) :]) is not None
        meta = meta_after or meta_before or dated or bool(dateline(lines[j].text))
        # A trailer on a line of its own under a sentence (…。\n（某某日报 20251110）) closes the item above; so does a
        # source line right under a sentence that a blank line sets apart from the headline below (…。\n来源：某某报\n\n…).
        closing_above = meta_before and (i < 2 or _ends_text(lines, i - 2)) and (
            ends_with_trailer(lines[i - 1].text) or (i >= 2 and _blank_before(lines, text, i) and not _blank_before(lines, text, i - 1)))
        news = news_opener(lines[j].text) or is_cue(lines[j].text)  # (a script's item opens on its first cue: 【画面】…)
        stopped = mark == "plain。" and _stopped_between(lines, i, j)
        if mark == "plain。" and not (meta or news or stopped or _opens_with_subject(title, lines[j].text)):
            continue
        found.append(Candidate(
            index=i, mark=mark, title_range=title_range, meta=meta, news=news,
            headline=bool(stopped or _ACTOR.match(title) or _NEWS_VERBS.search(title) or _names_actor_again(title, lines[j].text)
                          or (_CUT_PLACE.fullmatch(title) is not None and title in lines[j].text[:30] and (i in cut or i in places or marked))),
            own_meta=meta_after or dated or bool(dateline(lines[j].text)) or (meta_before and not closing_above), loose=loose,
        ))
    return found


# A note in brackets that completes a title on a line of its own: its period, its status (（2025—2027年）, （试行）).
_TITLE_NOTE = re.compile(r"[（(](?:(?:19|20)\d{2}\s*(?:[—\-–~～至]+\s*(?:19|20)\d{2}\s*)?年(?:度)?|试行|暂行|修订|修订稿|草案|征求意见稿|送审稿|"
                         r"(?:19|20)\d{2}\s*年?\s*版|第[一二三四五六七八九十]批)[）)]")
# A line that is no headline's tail: a clause, a label, a date, an office or a name signing below a headline.
_NO_TAIL = re.compile(r"[，。；！？：:,;!?]|\d{1,2}\s*月\s*\d{1,2}\s*日|(?:局|厅|委|办|院|中心|公司|集团|政府|办公室)$")
_MONTH_DATED = re.compile(r"(?:19|20)\d{2}\s*[-./年]\s*\d{1,2}")
# A masthead's line, no headline: the office issuing it, its issue or its date.
_OFFICE_END = re.compile(r"(?:局|厅|委|办|院|中心|公司|集团|政府|办公室|委员会|管委会|研究室|编辑部)(?:编|编印|主办)?$")


def rejoin_wrapped_headlines(lines: list[Line], text: str, mode: str, width: float) -> list[Line]:
    """``lines`` with each headline that a printed page wrapped onto a second line rejoined into one line.

    A headline printed wider than its column runs on below it (赣州对接粤港澳大湾区共建产业合作试验区新增签 / 约项目23个)
    over its body: in text wrapped at the page's width, a plain headline-shaped line as wide as a long headline, in a
    headline's place (after a sentence's end or a blank line), over a shorter line with no clause or label of its own
    and then body text. Where lines are paragraphs, only a note in brackets completes a title (…行动方案 / （2025—2027年）).
    """
    n = len(lines)
    if mode == "wrapped":
        joins = [i for i in range(n - 2) if _wrapped_headline(lines, text, i, mode, width)]
    else:  # (asked only of a short line opening with a bracket: most lines are paragraphs)
        joins = [i for i in range(n - 2) if lines[i + 1].text[:1] in "（(" and len(lines[i + 1].text) <= 16
                 and _wrapped_headline(lines, text, i, mode, width)]
    if not joins:
        return lines
    out: list[Line] = []
    i = 0
    for j in joins:
        if j < i:
            continue  # (the tail of the headline rejoined just above)
        out.extend(lines[i:j])
        head, tail = lines[j], lines[j + 1]
        out.append(Line(text=head.text + tail.text, runs=head.runs + tuple((t + len(head.text), s, k) for t, s, k in tail.runs),
                        span=(head.span[0], tail.span[1]), cut=tail.cut, kind=head.kind, rejoined=True))
        i = j + 2
    out.extend(lines[i:])
    return out


def _wrapped_headline(lines: Sequence[Line], text: str, i: int, mode: str, width: float) -> bool:
    head, tail = lines[i], lines[i + 1]
    if (i == 0 and tail.text[:1] not in "（(") or tail.kind or tail.cut or head.cut or len(tail.text) >= len(head.text) or tail.text[-1] in _CLAUSE_END or _NO_TAIL.search(tail.text) \
            or visual_width(tail.text) >= visual_width(head.text) or text[head.span[1]:tail.span[0]].strip():
        return False  # (cheap tests first: most lines end a clause; a line dropped between the two, such as a lone **, parts them)
    note = _TITLE_NOTE.fullmatch(tail.text) is not None
    # (a headline set larger than the body wraps well short of the page's width: its tail is then a few words, at most
    # half as wide as the line above it, 某某县光伏产业园新增组件 / 产能)
    wide = visual_width(strip_numbering(head.text))
    if not note and (mode != "wrapped" or head.kind or _MONTH_DATED.search(tail.text)
                     or (wide < max(16, 0.5 * width) and not (wide >= 8 and visual_width(tail.text) <= 0.5 * wide))):
        return False  # (a date below a headline is its own: 某某网 2023-09-18)
    if not headline_form(head.text) or ends_sentence(head.text) or numbering(tail.text) or is_metadata(tail.text) \
            or _issue_line(tail.text) or _BACK_MATTER.match(head.text) or _TOC_LINE.search(head.text) \
            or _issue_line(head.text) or _DATED.search(head.text) or _OFFICE_END.search(head.text):
        return False  # (nor a masthead's line: 某某省交通运输厅办公室　2025年第30期 over the first headline)
    above = lines[i - 1] if i else None
    if above is not None and not (ends_sentence(above.text) or _blank_before(lines, text, i) or note or above.kind in HEADING_KINDS
                                  or not is_prose(above.text)):
        return False  # (in a headline's place, under a sentence's end or a masthead: not the rest of a paragraph)
    k = _past_meta(lines, i + 2)
    # (over body text: a sentence, or a line running on at the page's width, its clause broken at a 、 only)
    if k >= len(lines):
        return False
    runs_on = mode == "wrapped" and k + 1 < len(lines) and continues(lines[k].text, lines[k + 1].text, mode, width)
    return (_is_body(lines[k]) or runs_on and not lines[k].kind and not is_metadata(lines[k].text)) \
        and (not headline_form(lines[k].text) or runs_on)


_CLAUSE_END = frozenset("。，；：！？,;:!?")
_TOC_LINE = re.compile(r"[.·…．]{2,}[ \u3000]*\d{1,3}$")
_LIST_BULLET = re.compile(r"^[-+•·][ \u3000]+")  # a Markdown list item's bullet (- entry)
_PAGE_NUMBER = re.compile(r"(?:[ \u3000]*[.·…．]{2,}|[ \u3000]+)[ \u3000]*\d{1,3}$")


_KEY_MARKS = re.compile(r"[\s\u3000*_#>]+")


@lru_cache(maxsize=1 << 14)  # asked of every line twice (tables of contents: the candidates', the whole reading's), then of the front lines
def _title_key(text: str) -> str:
    """A headline's words, for comparing a table of contents with the headlines: no numbering, marks, spaces or page number.

    >>> _title_key("2. 县域商业体系建设……5") == _title_key("**2.县域商业体系建设**") == _title_key("- 县域商业体系建设")
    True
    """
    text = _LIST_BULLET.sub("", text.strip("*_#> \u3000"))
    if text[-1:].isdecimal() or text[-2:-1].isdecimal():  # a page number ends it (\d: a decimal digit; $ allows a newline after)
        text = _PAGE_NUMBER.sub("", text)
    key = "".join(strip_numbering(text).split())  # (without whitespace, what \s matches: a fraction of a substitution's cost)
    return _KEY_MARKS.sub("", key) if "*" in key or "_" in key or "#" in key or ">" in key else key


def _toc_entries(lines: Sequence[Line]) -> set[int]:
    """Lines of a table of contents: headline-shaped lines whose words come again, further down, as a headline."""
    keys = [_title_key(line.text) for line in lines]
    last: dict[str, int] = {}
    for i, key in enumerate(keys):
        if len(key) >= 8 or visual_width(key) >= 4:  # (a character is half a cell wide at least: most keys are long)
            last[key] = i
    return {i for i, key in enumerate(keys) if last.get(key, i) > i and headline_form(lines[i].text)}


def _link_entries(lines: Sequence[Line]) -> set[int]:
    """Lines listed under a link list's label (推荐阅读 / 往期推荐 / 相关阅读：) as a pasted page prints it under an article or
    at its end: other pieces' titles, each a short line ending no sentence (…，谁增长最快？ too), none over a paragraph
    of its own. The list ends at a line that is none (阅读原文, a copyright line) or over a paragraph, its source line or
    caption between or not: the next item's headline.

    >>> rows = [Line(t, (), (0, 0)) for t in ["推荐阅读", "某某港吞吐量创新高", "某省前三季度GDP出炉，谁增长最快？", "某市出台新政",
    ...                                         "来源：某某日报", "记者从某市获悉，新政自明年1月起施行。"]]
    >>> sorted(_link_entries(rows))
    [1, 2]
    """
    entries: set[int] = set()
    for i, line in enumerate(lines):
        if not is_link_label(line.text):
            continue
        k = i + 1
        while k < len(lines) and _listed_title(lines[k]) and not _over_paragraph(lines, k):
            entries.add(k)
            k += 1
    return entries


def _over_paragraph(lines: Sequence[Line], k: int) -> bool:
    """Does a paragraph of text stand under line ``k``, past its metadata and captions (no title listed, no back matter)?"""
    j = _past_meta(lines, k + 1)
    return j < len(lines) and _is_body(lines[j]) and not _listed_title(lines[j]) and not is_back_matter(lines[j].text)


def _ends_text(lines: Sequence[Line], i: int) -> bool:
    """Does line ``i`` end an item's text: a sentence's end, or a row of a table the text closes with (甲市｜0.4%｜3)?"""
    return ends_sentence(lines[i].text) or _table_row(lines, i)


# A label opening a line or a sentence inside an item (【基本案情】…, 答：…, 处理情况：…): one of the parts every item of
# a series of cases, questions or requests is written in.
# The name of a part a case or an experience is written in (基本情况, 主要做法, 工作成效, 经验启示): no item's headline.
_CASE_PART = re.compile(r"[\u4e00-\u9fff]{0,4}(?:情况|做法|举措|成效|成果|效果|经验|启示|问题|建议|背景|案情|思路|亮点)")
_PART_LABEL = re.compile(r"(?:^|(?<=[。！？]))[ \u3000]*(?:【(?P<tag>[\u4e00-\u9fff]{2,8})】|(?P<word>[\u4e00-\u9fff]{1,6})[:：])")


# A place alone (and a colon) on a line of its own, over its item's body (济南： / 本周济南市新登记企业…; 江阴 / 江阴港…).
_PLACE_LINE = re.compile(r"([\u4e00-\u9fff]{2,5})[：:]?")


def _place_lines(lines: Sequence[Line]) -> set[int]:
    """Lines that are a place alone, with a colon or not (济南：, 江阴), each over a paragraph of prose (ending a sentence, or
    a colon over a list: 县里准备做三件事：), where three or more are and three
    or more of those sentences name their place again in their first words (本周济南市…), every place a different one
    (speakers take turns again): the file's items, headed by their places.

    >>> rows = [Line(t, (), (0, len(t))) for t in ["济南：", "本周济南市新登记企业2130户，同比增长9%。", "潍坊：",
    ...         "市场监管部门走访种业企业，帮助企业解决难题。", "烟台：", "烟台市本周新增个体工商户3900户，增长6%。", "青岛：",
    ...         "青岛市企业开办专区启用，开办时间压缩到半天。"]]
    >>> sorted(_place_lines(rows)), sorted(_place_lines(rows[:6]))
    ([0, 2, 4, 6], [])
    """
    found = [(k, m[1]) for k in range(len(lines) - 1) if (m := _PLACE_LINE.fullmatch(lines[k].text)) and not _PART_WORDS.match(m[1])
             and is_prose(lines[k + 1].text) and (ends_sentence(lines[k + 1].text) or lines[k + 1].text[-1] in "：:")]
    named = sum(1 for k, name in found if name[:2] in lines[k + 1].text[:30])
    names = [name for _, name in found]
    return {k for k, _ in found} if len(found) >= 3 and named >= 3 and len(set(names)) == len(names) else set()


# A place alone that a run-in reading cut from its paragraph as the item's head (济南 of 济南：本周济南市…).
_CUT_PLACE = re.compile(r"[\u4e00-\u9fff]{2,5}")
# The first part under a heading, numbered one level below 一、: （一）, (一).
_FIRST_PART = re.compile(r"[（(]一[）)]")


# A speaker's turn in an exchange: who speaks (走访组, 企业, 企业负责人), a colon, what they say.
_TURN = re.compile(r"([\u4e00-\u9fff]{1,6})[:：](?=\S)")


def _turn_asked(lines: Sequence[Line], i: int) -> bool:
    """Is line ``i`` a question one speaker asks another, who answers on the next line (走访组：认证卡在哪个环节？ over
    企业：认证要一年左右。): an exchange inside an item, no headline of the form 济南：… over its body.

    >>> rows = [Line(t, (), (0, 0)) for t in ["走访组：认证卡在哪个环节？", "企业：认证要一年左右，费用也高。", "济南：新增企业增长"]]
    >>> _turn_asked(rows, 0), _turn_asked(rows, 1), _turn_asked(rows, 2)
    (True, False, False)
    """
    text = lines[i].text
    if text[-1:] not in "？?" or i + 1 >= len(lines):
        return False
    asker, answer = _TURN.match(text), _TURN.match(lines[i + 1].text)
    return asker is not None and answer is not None and asker[1] != answer[1] and ends_sentence(lines[i + 1].text)


def _asked(lines: Sequence[Line], i: int) -> bool:
    """Is line ``i`` a question over its answer (问：…？ over 答：…)?"""
    text = lines[i].text
    return _QUESTION.match(text) is not None and text[-1:] in "？?" and i + 1 < len(lines) and _ANSWER.match(lines[i + 1].text) is not None
