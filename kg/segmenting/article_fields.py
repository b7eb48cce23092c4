"""An item's fields from its own lines: its date, source, outlet and title from a trailer, a dateline, a byline
or a closing credit (:func:`parse_trailer`, :func:`_finish`).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence

from kg.ingest import join_lines
from kg.lines import (
    ENGLISH_DAY,
    EXCERPTED_FROM,
    REPORTER_BYLINE,
    SENTENCE_PUNCT as _SENTENCE_PUNCT,
    URL as _URL,
    bracketed_outlet,
    bracketed_source,
    dateline,
    english_date,
    is_metadata,
    iso_date as _iso,
    ordinal_label,
    strip_numbering,
    title_like as _title_like,
    visual_width,
)
from kg.segmenting.drafts import _Draft, _LABELLED_OUTLET, _Toc, _cut, _margins, _slice, _slice_runs
from kg.segmenting.marks import day_prefix
from kg.types import Article, Line, Newsletter, Paragraph, Run, Source

__all__ = ["chinese_number", "parse_trailer"]
_BRACKETED_LINE = re.compile(r"【[^【】]{2,60}】")
_OUTLET_LINE = re.compile(r"^(?:来源\s*[:：]\s*)?(?P<outlet>\S.{0,40}?)\s+(?P<date>\d{4}-\d{1,2}-\d{1,2})$")
_TRAILER = re.compile(r"[（(](?P<body>[^（）()]{0,80}?(?:\d{8}|\d{4}-\d{1,2}-\d{1,2}|" + ENGLISH_DAY + r")[^（）()]{0,40}?)[）)]$")
_SOURCE_LABEL = re.compile(r"^(?:来源|稿源|信息来源|文章来源|出处)\s*[:：]\s*")
# The issue a trailer names after its outlet (（决策参考 2025年第14期 2025-07-20）): no part of the outlet's name.
_ISSUE_NUMBER = re.compile(r"\s*(?:(?:19|20)\d{2}\s*年\s*)?第\s*\d{1,4}\s*期$")
_SOURCE_IN_TRAILER = re.compile(r"\s*(?P<outlet>.+?)[\s，,]*(?P<date>\d{8}|\d{4}-\d{1,2}-\d{1,2}|" + ENGLISH_DAY + ")")
_ATTACHMENT = re.compile(r"^附\s*[:：]\s*(?P<what>.+)$")

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


def _credit_after(paragraph: Paragraph, offset: int) -> list[Paragraph]:
    """The trailer from ``offset`` on as a credit margin (:func:`~kg.segmenting.drafts._margins`) when it is
    labelled (（来源：某某厅网站，20260105）): who published the item, a body the article mentions; none for an
    outlet and a day in brackets alone (（某某日报 20231128）)."""
    text = paragraph.text
    start = offset + len(text[offset:]) - len(text[offset:].lstrip())
    if start >= len(text) or not _LABELLED_OUTLET.search(text, start):
        return []
    return [Paragraph(text[start:], _slice_runs(paragraph.runs, start, len(text)), "credit")]


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
    credits: list[Paragraph] = []  # a labelled trailer cut off the last paragraph (…增长两成。（来源：某某厅网站，20260105）)
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
            credits = _credit_after(paragraphs[-1], offset)
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
        margins=tuple(sorted([*_margins(draft.meta), *credits], key=lambda p: (p.start, p.end))),
    )
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
