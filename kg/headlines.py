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
import unicodedata
from bisect import bisect_left
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache

from kg.lines import (
    ANALYST_CREDIT,
    BRACKETED_CREDIT,
    FIELD_LABEL,
    INTERVIEW_TURN,
    OUTLET_NAME,
    OUTLET_NAME_ENDS,
    EXCERPTED_FROM,
    ONE_FIELD_LINE,
    REPORTER_BYLINE,
    TAG,
    bracketed_source,
    continues,
    dateline,
    ends_sentence,
    ends_with_trailer,
    fields_line,
    figure_headline,
    headline_form,
    is_box_label,
    is_caption,
    is_cue,
    is_item_furniture,
    is_link_label,
    is_metadata,
    is_post_furniture,
    is_prose,
    is_role_line,
    is_summary,
    is_translation,
    news_opener,
    numbering,
    strip_numbering,
    ordinal_label,
    trailer_alone,
    visual_width,
)
from kg.types import Line

__all__ = ["Item", "Candidate", "HeadlineReading", "candidates", "rejoin_wrapped_headlines", "read_items", "read_whole", "section_tag", "section_name", "marked_apart", "echoes_subject", "is_back_matter", "source_trailer_below", "HEADING_KINDS", "ITEM_OPENER"]

#: Line kinds (from markup) that mark a heading.
HEADING_KINDS = ("h1", "h2", "h3", "h4", "h5", "h6", "bold", "item")

# What a document's parts are called (总体要求, 保障措施 …): headings of one document, not items.
_PART_WORDS = re.compile(
    r"^(?:总体要求|指导思想|基本原则|主要目标|发展目标|工作目标|目标任务|重点任务|主要任务|工作任务|保障措施|组织保障|组织实施|实施步骤|"
    r"工作要求|工作措施|政策措施|支持措施|政策支持|附则|总则|适用范围|职责分工|申报条件|申报材料|申报程序|申报要求|申报方式|支持政策|"
    r"支持内容|支持方式|联系方式|其他事项|有关要求|工作安排|工作步骤|实施期限|背景|前言|结语|引言|概述|摘要|主要问题|存在问题|"
    r"对策建议|政策建议|发展现状|现状分析|主要做法|经验做法|下一步工作|下一步|结论|总体思路|重点领域|主要内容|工作回顾|工作安排|主要工作|重点工作|"
    r"过去一年|今年工作|\d{4}年工作(?:回顾|安排)|\d{4}年(?:主要|重点)?工作|出台背景|起草背景|制定背景|编制背景|起草过程|起草依据|政策依据|"
    r"主要措施|重点内容|适用对象|实施时间|有效期|名词解释|政策解读)"
)
# The title of a policy document, or its opening "各…：" address.
_DOCUMENT_TITLE = re.compile(
    r"(?:关于.{2,60}的(?:通知|意见|实施意见|指导意见|决定|批复|函|报告|公告|通告|办法|规定|方案)|"
    r"(?:实施方案|行动方案|工作方案|实施意见|指导意见|管理办法|实施细则|暂行办法|若干措施|若干规定|条例|规划|纲要|通知|公告|通告|工作报告|政策解读|解读)"
    r"(?:[（(][^（）()]{1,20}[）)])?)$"
)
# A report's or a study's title (…调研报告, …的调查, …发展综述): one document's, its sub-heads below it.
_STUDY_TITLE = re.compile(r"(?:报告|调研|调查|综述|研究|分析|思考|讲话|发言|致辞)$")
_REPORT_TITLE = re.compile(_STUDY_TITLE.pattern + "|" + _DOCUMENT_TITLE.pattern)
_SALUTATION = re.compile(r"^各[\u4e00-\u9fff（）()、，,]{2,80}[：:]$")
# An address line opening a letter, a greeting after it or not (各位代表：, 各位同事：您好！, 各位领导、同事：大家好！)
_LETTER_ADDRESS = re.compile(_SALUTATION.pattern[:-1] + r"(?:[\u4e00-\u9fff]{0,3}好[！!。]?)?$")
_SELF_REFERENCE = re.compile(r"本(?:方案|办法|意见|实施意见|规定|通知|条例|细则|措施|规划|计划|决定)")
_SIGNING_DATE = re.compile(r"^(?:\d{4}|[一二〇○零]{4})\s*年\s*[\d一二三四五六七八九十]{1,3}\s*月\s*[\d一二三四五六七八九十]{1,3}\s*日$")
_ACTOR = re.compile(r"^[\u4e00-\u9fff]{2,10}[：:]")
_NEWS_VERBS = re.compile(
    r"发布|出台|印发|启动|召开|举行|签约|签署|落地|获批|公布|推出|开通|亮相|成立|揭牌|设立|突破|增长|入选|开工|投产|建成|上线|加快|推进|推动|打造|布局|"
    r"支持|实施|开展|集聚|超过|达到|迈进|首批|首个|新规|新政|举办|开幕|闭幕|新增|开业|通车|交付|投用|启用|竣工|开园|授牌|挂牌|落户|获评|完工|贯通|封顶|引进|增至"
)
# A newsletter's own name heading the file (…周报, …简报, …动态): a digest, not a document.
_NEWSLETTER_NAME = re.compile(
    r"(?:观察|摘编|简报|参考|动态|周报|月报|快讯|快报|简讯|要报|专报|通讯|资讯|内参|专刊|速递|速览|要闻|选编|汇编|精选|通报|信息|"
    r"周讯|周刊|月刊|旬刊|早知道|速读|一览|(?:新闻|资讯|信息|要闻|动态|快讯|简讯)汇总)(?:[（(].{1,30}[）)])?$"
)
# A date with what goes with it on a masthead: 2024年7月15日 星期一, 2024.05.20, （…）, spaces.
_FULL_DATE = re.compile(
    r"(?:19|20)\d{2}\s*(?:年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?|[.\-/]\s*\d{1,2}(?:\s*[.\-/]\s*\d{1,2})?)"
    r"|星期.|周[一二三四五六日]|[\s\u3000（）()]"
)
_DATED_MONTH = re.compile(r"(?:19|20)\d{2}\s*(?:年\s*\d{1,2}\s*月|[.\-/]\s*\d{1,2})")
_ISSUE = re.compile(r"第\s*[\d一二三四五六七八九十百]+\s*[期周]")  # (a weekly numbers its issues by the week: 2025年第36周)


_HAN = re.compile(r"[\u4e00-\u9fff]")
_HAN_RUN_END = re.compile(r"[\u4e00-\u9fff]+$")
_HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")
_PUNCTUATION_NEXT = re.compile(r"[，,、：:；;！!？?。]")


@lru_cache(maxsize=1 << 14)  # asked of the same line by every reading of a file
def _issue_line(text: str) -> bool:
    """Does ``text`` carry an issue number of a masthead (2024年第11期, 园区周刊 · 第27期, （总第45期）), not a
    phase named in a headline (人才公寓第三期交付, 第二期厂房开工)? After it, no word; and no clause goes on
    after it (，：) unless before it stands a year, a month, a newsletter's name, a bracket, a space or nothing.

    >>> [_issue_line(t) for t in ("2024年第11期（总第148期）", "工业经济运行 第9期", "经济运行分析第2期", "人才公寓第三期交付", "第二期厂房开工")]
    [True, True, True, False, False]
    """
    for m in _ISSUE.finditer(text):
        after = text[m.end() :]
        if _HAN.match(after):
            continue
        before = text[: m.start()]
        word_before = _HAN_RUN_END.search(before)
        if not _PUNCTUATION_NEXT.match(after) or not word_before or before[-1] in "年月总" or _newsletter_name(word_before[0]):
            return True  # (经济运行分析第2期　2025年5月20日; not 人才公寓第三期，共680套…)
    return False


_DATED = re.compile(r"(?:19|20)\d{2}\s*(?:年|[.\-/]\s*\d{1,2})")
_BYLINE_UNDER_TITLE = re.compile(r"^(?:本报|本刊)?(?:特约)?(?:记者|通讯员|作者|撰文|执笔)|.*(?:课题组|研究组|调研组|编写组)(?:[\s\u3000]*[（(]?\s*\d{4}\s*年[\d\s月日]*[）)]?)?$|^——")
# Metadata that closes an item (after its body) rather than opening the next one.
# (each word followed by its colon, a space or a slash: 完善…, 统筹推进…, 终端消费… open sentences and headlines)
_CLOSING_META = re.compile(r"^[（(]?\s*(?:(?:责任编辑|编辑|责编|审核|校对|(?:文字)?整理|编译|排版|美编|制图|策划|统筹|监制|值班编辑|本期编辑|编审|终审|初审|复审"
                           r"|签发人?|审签|核稿|[\u4e00-\u9fff]{0,4}(?:预报员|值班员))"  # (who signed a bulletin off: 首席预报员：某某　签发：某某)
                           r"\s*[:：/／|｜丨 \u3000]|(?:完|终|全文完)\s*[）)]?$)")


# A source or a credit in brackets under an item's text: （来源：某某日报）, （资料来源：…）, （供稿：信贷市场处）, （执笔：某某）.
_BRACKETED_CREDIT = re.compile(BRACKETED_CREDIT[1:])  # (an office, a reporter, 文/某某, 综合报道: who made it)
_BRACKETED_SOURCE = re.compile(r"^[（(]\s*(?:(?:资料|信息|文章)?(?:来源|稿源|出处)|供稿(?:单位|人)?|执笔人?|撰稿人?)\s*[:：]|"
                               rf"^[（(]\s*(?:{EXCERPTED_FROM})\s*《|"
                               r"^[（(][^（）()，。；：:]{2,30}(?:供稿|撰稿)[）)]$")


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


_END_ALONE = re.compile(r"[（(]?\s*(?:完|全文完)\s*[）)]?")  # an end mark alone on its line: 完, （完）



def _closes_item(lines: Sequence[Line], i: int) -> bool:
    """Does metadata line ``i`` close the item above (责任编辑：…; a bracketed source, or one after a dash, under a sentence; who handled
    it, under its text: …建成起降点100个。 / 牵头单位：市发展改革委 / 责任单位：市交通运输局) rather than open the one below?"""
    text = lines[i].text
    if _CLOSING_META.match(text) or (i and (_BRACKETED_SOURCE.match(text) or _BRACKETED_CREDIT.fullmatch(text) or text[:2] == "——"
                                           or ANALYST_CREDIT.match(text)) and ends_sentence(lines[i - 1].text)) \
            or (i and is_item_furniture(text) and not is_item_furniture(lines[i - 1].text)):
        return True  # (and what a page prints under an item's text, 阅读全文 >>, 原文链接：…, its readers' count)
    k = i - 1  # (a press release's date and time under its end mark, 完 / 2025年11月3日（星期一） / 香港時間18時30分, are its own)
    while k > 0 and is_metadata(lines[k].text) and not _END_ALONE.fullmatch(lines[k].text):
        k -= 1
    if k > 0 and _END_ALONE.fullmatch(lines[k].text) and ends_sentence(lines[k - 1].text):
        return True
    k = i
    while k >= 0 and is_role_line(lines[k].text):
        k -= 1
    return 0 <= k < i and ends_sentence(lines[k].text)


@dataclass(frozen=True)
class Item:
    """One article of a reading: its headline (line index, and the part of it that is the title), metadata and body lines."""

    title: int | None
    title_range: tuple[int, int] | None  # characters of the headline line that are the title
    meta: tuple[int, ...]
    body: tuple[int, ...]
    section: str | None = None  # the section heading above it
    day: int | None = None  # the line of the day heading above it (11月3日（周一）), which dates it where it states no date


@dataclass
class HeadlineReading:
    """A way to read a file as items, its score and why."""

    layout: str
    score: float
    reasons: list[str] = field(default_factory=list)
    items: list[Item] = field(default_factory=list)
    front: list[int] = field(default_factory=list)  # lines before the first item: masthead, table of contents
    back: list[int] = field(default_factory=list)  # lines after the last item: editors, distribution
    headings: list[int] = field(default_factory=list)  # section headings between items (and the one above the first)
    toc: list[int] = field(default_factory=list)  # front lines that are a table of contents (its label and entries)


@dataclass(frozen=True)
class Candidate:
    """A line that may be an item's headline."""

    index: int
    mark: str  # the class: h2, bold, 一、, 1., 【】, plain …
    title_range: tuple[int, int]
    meta: bool  # a source/date line, a dateline or a trailer next to it
    news: bool  # its body opens like a news report
    headline: bool  # names an actor or says what happened
    # the source beside it is its own (below it, or above it and not a trailer closing the item above)
    own_meta: bool = True
    # all one quotation, a headline by its place only (after a sentence, over a body that opens in no telling way):
    # it heads an item only in the reading that takes the file's quotations as headlines (:func:`read_items`)
    loose: bool = False


_TAGGED = TAG


# The keywords an item lists under its headline (关键词：算力　数据中心): its metadata, no headline of its own.
_KEYWORD_LINE = re.compile(r"^(?:关键词|关键字|主题词|标签)\s*[:：]")


def _is_meta(line: Line) -> bool:
    """A metadata line (source, date, byline, subtitle), a web page's date, a picture's caption, a headline's English
    version or its keywords: not article text."""
    return line.kind == "page_date" or _meta_text(line.text)


@lru_cache(maxsize=1 << 14)  # asked of the lines under every candidate, and of every line by every reading of a file
def _meta_text(text: str) -> bool:
    """:func:`_is_meta` by a line's words: its four questions asked of a line once, not by each reading again."""
    return is_metadata(text) or is_caption(text) or is_translation(text) or (text[:1] in "关主标" and _KEYWORD_LINE.match(text) is not None)


def source_trailer_below(lines: Sequence[Line], j: int) -> bool:
    """Is line ``j``, right under a headline, a trailer on a line of its own over the item's body
    (【区域动态】… / （决策参考 20250720） / 山东省…印发…): the item's source, printed where a source line goes, not
    the trailer closing an item above (that one stands under a sentence). The body may be one short sentence
    (苏州…发布数据。), but not a line shaped like the next headline: an article never has an empty body, so a trailer
    between two headlines closes the item above."""
    if not (trailer_alone(lines[j].text) and j + 1 < len(lines)):
        return False
    below = lines[j + 1].text
    return is_prose(below) or (ends_sentence(below) and not headline_form(below))


def section_tag(line: Line, title_range: tuple[int, int] | None) -> str | None:
    """The 【tag】 a headline opens with when its title follows the tag (【北京】北京发布…)."""
    match = _TAGGED.match(line.text)
    return match[1] if match and title_range is not None and title_range[0] >= match.end() else None


def marked_apart(line: Line, tag_end: int) -> bool:
    """Whether markup that cleaning dropped stands between a line's 【tag】 and the rest
    (【区域】**各地加快布局…**): the markup marks the headline, and the tag is a column's label outside it.
    Otherwise a reader cites the whole line (【苏州】工业园区集中签约…), the tag naming where it happened.

    >>> marked_apart(Line("【区域】各地加快布局", ((0, 0, 4), (4, 6, 6)), (0, 14)), 4)
    True
    >>> marked_apart(Line("【苏州】工业园区", ((0, 2, 8),), (0, 12)), 4)
    False
    """
    return 0 < tag_end < len(line.text) and line.source_offset(tag_end) > line.source_offset(tag_end - 1) + 1


# A date after a headline and a space: the item's date (…主线贯通　6月3日, …签约  2025年6月5日, … 2025-06-05).
# (with the time of day, or the time alone, when a day's feed posted it: …部署冬季供暖工作　07:30, …签约　2025-06-05 09:15)
_DATE_TAIL = re.compile(r"[ \u3000]+(?:(?:(?:(?:19|20)\d{2}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日|(?:19|20)\d{2}([-./])\d{1,2}\1\d{1,2})"
                        r"(?:[ \u3000]+(?:[01]?\d|2[0-3])[:：][0-5]\d)?|(?:[01]?\d|2[0-3])[:：][0-5]\d)$")
# (or in square brackets, a space before them or not: …签约 [2025-10-21])
_BRACKETED_DATE_TAIL = re.compile(r"[ \u3000]*[\[［](?:(?:(?:19|20)\d{2}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日|(?:19|20)\d{2}[-./]\d{1,2}[-./]\d{1,2})[\]］]$")


def _date_tail(text: str) -> re.Match | None:
    """The item's date after its headline (:data:`_DATE_TAIL`, :data:`_BRACKETED_DATE_TAIL`), or None."""
    last = text[-1:]
    if last in ("]", "］"):
        return _BRACKETED_DATE_TAIL.search(text)
    return _DATE_TAIL.search(text) if last == "日" or last.isdigit() else None  # (a date or a time ends so: most lines do not)


# How an outlet's or an account's name ends (某某日报, 某某网, 某某发布, 某某客户端, 某某区融媒体中心).
_OUTLET_NAME = re.compile(rf"(?:{OUTLET_NAME_ENDS}|观察|之声|视点|融媒|融媒体中心)$")


def _dated_headline(text: str) -> bool:
    """A headline with its item's date after a space (某某新能源电池项目签约　2025年6月5日), not an outlet over its
    date (某某日报 2024-01-10, 某某发布 2025-06-05): what stands before the date says what happened.

    >>> _dated_headline("某某新能源电池项目签约　2025年6月5日"), _dated_headline("某某物流园一期投用 2025-06-18"), _dated_headline("某某日报 2024-01-10")
    (True, True, False)
    >>> _dated_headline("县农产品区域公用品牌发布　2025.11.07"), _dated_headline("某某区融媒体中心 2025/11/07")
    (True, False)
    >>> _dated_headline("证券日报记者 吴桐 2024年12月2日"), _dated_headline("某某网通讯员　李明　王芳 2024年5月6日")
    (False, False)

    Nor the office issuing a digest over the day of its issue (某某区域发展研究中心　　2026年1月20日), its masthead's line.

    >>> _dated_headline("某某区域发展研究中心　　2026年1月20日"), _dated_headline("某某研究中心发布报告　2026年1月20日")
    (False, True)

    A day's feed gives the time it posted the item, with its date or alone (…部署冬季供暖工作　07:30).

    >>> _dated_headline("市委常委会研究部署冬季供暖工作　07:30"), _dated_headline("某某新能源电池项目签约　2025-06-05 09:15"), _dated_headline("某某日报 08:30")
    (True, True, False)
    """
    dated = _date_tail(text)
    head = text[: dated.start()] if dated else ""
    # (证券日报记者 吴桐 2024年12月2日: a byline over its date)
    # (an outlet's name is short: 某某日报, 某某发布, 某某区融媒体中心; a headline may end as one does: …公用品牌发布　2025.11.07)
    return visual_width(head) >= 8 and headline_form(head) and (_OUTLET_NAME.search(head) is None or len(head.strip()) > 10) \
        and REPORTER_BYLINE.match(head.strip()) is None and _PUBLISHER.match(head.strip()) is None


# The item's day before its headline and a bar (11.18｜合肥：…, 11月18日｜…, 11/18 | …), in brackets (【11.18】…) or, written
# with 月 and 日, before a space (11月18日 合肥…): a news account's dated items.
_DAY_PREFIX = re.compile(r"^(?:(?P<m>\d{1,2})\s*(?:[.．/]|月)\s*(?P<d>\d{1,2})\s*日?[ \u3000]*[｜丨|]"
                         r"|[【\[［]\s*(?P<bm>\d{1,2})\s*(?:[.．/\-]|月)\s*(?P<bd>\d{1,2})\s*日?\s*[】\]］]"
                         r"|(?P<sm>\d{1,2})\s*月\s*(?P<sd>\d{1,2})\s*日[ \u3000]+)[ \u3000]*(?=[\u4e00-\u9fff“《【「])")


def day_prefix(title: str) -> tuple[int, int] | None:
    """The month and day opening a headline before a bar (11.18｜合肥：新能源汽车…), the item's date; or None.

    >>> day_prefix("11.18｜合肥：新能源汽车零部件企业可申请技改补贴"), day_prefix("3月5日｜某某园区开工"), day_prefix("13.40｜某某"), day_prefix("某某｜园区开工")
    ((11, 18), (3, 5), None, None)
    >>> day_prefix("【11.18】合肥发布新政"), day_prefix("11月18日 合肥发布新政"), day_prefix("1.2 万家企业受益"), day_prefix("5月1日起施行新规")
    ((11, 18), (11, 18), None, None)
    >>> day_prefix("[11-03] 高新区与某某大学共建研究院")
    (11, 3)
    """
    match = _DAY_PREFIX.match(title)
    if match is None:
        return None
    m, d = (int(match[k] or match["b" + k] or match["s" + k]) for k in ("m", "d"))
    return (m, d) if 1 <= m <= 12 and 1 <= d <= 31 else None


_BRACKETED_NOTE = re.compile(r"[ \u3000]*[（(][^（）()]{2,40}[）)]$")  # …投产（来源：某某日报）
# The time of day opening a headline's line before a space (07:03　白茶产业全链条产值突破60亿元): when a day's feed posted it.
_CLOCK_PREFIX = re.compile(r"(?:[01]?\d|2[0-3])[:：][0-5]\d[ \u3000]+(?=[\u4e00-\u9fff“《【「])")


def _mark(line: Line) -> tuple[str, tuple[int, int]]:
    """The class of a headline line and the characters of its title."""
    text = line.text
    if text.startswith("【") and text.endswith("】") and "】" not in text[1:-1]:
        inner = text[1:-1].strip()
        a = text.index(inner) if inner else 1
        return "【】", (a, a + len(inner))
    tagged = _TAGGED.match(text)
    if tagged and tagged.end() < len(text):
        dated = _date_tail(text)  # 【湖州】南太湖新区引进…项目　6月3日: the date is the item's
        return "【tag】title", (tagged.end(), dated.start() if dated and visual_width(text[tagged.end() : dated.start()]) >= 6 else len(text))
    kind = numbering(text)
    # (a label and its ordinal, 观察一：…, number the item as 一、 does: no part of the title)
    a = len(text) - len(strip_numbering(text))
    a += ordinal_label(text[a:])
    rest = text[a:]
    if a and rest.startswith("【") and rest.endswith("】") and "】" not in rest[1:-1] and rest[1:-1].strip():
        return kind or "【】", (a + 1, len(text) - 1)  # (a numbered line that is only 【…】, 1.【春耕进度】: titled inside)
    # (nor the time of day a feed posted it, before a space: 07:03　白茶产业…; before a bar it stays, as a day does: 08:30｜…)
    clock = _CLOCK_PREFIX.match(text, a) if text[a : a + 1].isdigit() else None
    if clock and visual_width(text[clock.end() :]) >= 4:
        a = clock.end()
    # (nor the item's day before a space, 11月3日　全市…: the item's date, as a date after the headline is; before a bar,
    # 11.18｜…, it stays the title's)
    day = _DAY_PREFIX.match(text[a:]) if text[a : a + 1].isdigit() else None
    if day and day["sm"] and visual_width(text[a + day.end() :]) >= 4:
        a += day.end()
    if line.kind in HEADING_KINDS and not a and text[:1] in "▲△":
        a = len(text) - len(text[1:].lstrip(" \u3000"))  # ▲ before a marked headline is its bullet, as ◆ is (▲ under a picture: a caption)
    # A date after a space is the item's, not its title's: 市区东部快速路二期主线贯通　6月3日
    dated = _date_tail(text)
    if dated and visual_width(text[a : dated.start()]) >= 6:
        text = text[: dated.start()]
    # A source or reporter in brackets after the headline is not its title: …投产（来源：某某日报）; nor a place and date (…（江岸区 6月10日）)
    note = _BRACKETED_NOTE.search(text)
    end = note.start() if note and note.start() - a >= 6 and is_metadata(note[0].strip()) else len(text)
    # (nor its outlet after a bar closing the line: …新增跨域项目9个｜某某日报)
    barred = _BARRED_OUTLET.search(text, a) if end == len(text) and ("｜" in text or "|" in text or "丨" in text) else None
    end = barred.start() if barred and visual_width(text[a : barred.start()]) >= 6 else end
    # (nor its source in 【】 closing the line: …若干措施【姑苏商报】)
    source = bracketed_source(text[a:]) if end == len(text) else None
    end = a + source.start() if source else end
    if line.kind in HEADING_KINDS:
        return line.kind, (a, len(text) - 1 if _one_sentence(text) else end)
    if kind:
        return kind, (a, end)
    if _one_sentence(text):
        return "plain。", (a, len(text) - 1)
    return "plain", (a, end)


# An outlet after a bar closing a headline (…新增跨域项目9个｜某某日报, …｜某某新闻客户端): the item's source, no part of its title.
_BARRED_OUTLET = re.compile(r"[ \u3000]*[｜|丨][ \u3000]*(?:来源[:：])?" + OUTLET_NAME + r"$")


# An editor's note or summary heading a digest: neither an item's body nor an introduction.
_EDITOR_NOTE = re.compile(r"^>?\s*(?:[【\[]\s*(?:编者按|编者的话|(?:本期|今日|本周)?(?:导读|要点|看点)|本期摘要|内容提要|提要)\s*[】\]]\s*[:：]?"
                          r"|(?:编者按|编者的话|(?:本期|今日|本周)?(?:导读|要点|看点)|本期摘要|内容提要|提要)\s*[:：])")
# An item's key points under its headline and its fields (要点：…), a bare label: its text.
_KEY_POINTS = re.compile(r"^(?:要点|看点)\s*[:：]")
# An editor's note that counts the pieces of the issue (本期刊发…的三篇研究成果, 本期编发4篇调研报告).
_PIECES_COUNTED = re.compile(r"(?P<n>[一二两三四五六七八九十\d]{1,2})\s*(?:篇|则|份|件|个)")
_NOTE_COUNT = re.compile(r"(?:本期|本刊|现将|特)[^。]{0,60}?(?P<n>[一二两三四五六七八九十\d]{1,2})\s*(?:篇|则|份)")


def _count(text: str) -> int | None:
    """A small count in figures or Chinese (3, 三, 两, 十二).

    >>> _count("3"), _count("三"), _count("两"), _count("十二"), _count("二十")
    (3, 3, 2, 12, 20)
    """
    if text.isdigit():
        return int(text)
    digits = {c: k for k, c in enumerate("零一二三四五六七八九")} | {"两": 2}
    if "十" in text:
        tens, _, ones = text.partition("十")
        return (digits.get(tens, 1) if tens else 1) * 10 + (digits.get(ones, 0) if ones else 0)
    return digits.get(text) if len(text) == 1 else None


# A digest item's first paragraph opening on its own, with a time or a place (not 为…, 针对…, 《若干措施》…).
# Or with the office that acted (市文物保护中心完成…, 市场监管部门10月份…) or a reporter's byline (（记者 某某）).
ITEM_OPENER = re.compile(
    r"^(?:(?:今年|去年|上半年|下半年|年初|近年|截至|前\d{1,2}个?月|\d{1,2}月(?:上旬|中旬|下旬|底|初|份|第[一二三四五]周)|\d{4}年"
    r"|\d{1,2}\s*[—–\-~～至]+\s*\d{1,2}月)"
    r"|(?![为对在针据])[\u4e00-\u9fff]{2,6}(?:省|市|县|区|州|镇|乡|村|盟|旗)"
    r"|(?![为对在针据])[\u4e00-\u9fff]{1,10}?(?:局|委员会|办公室|中心|部门|政府|厅)(?![，,、])"
    r"|[（(]\s*(?:本报)?(?:记者|通讯员))"
)


def echoes_subject(title: str, body: str) -> bool:
    """Does ``body`` open by naming again who the headline ``title`` says acted (建工集团签约… over
    省建工集团与…签约…), as a news item's lead does? A heading of a document's part says what to do
    (加快推进项目建设) and names nobody before its verb.

    >>> echoes_subject("建工集团签约海外水务项目", "省建工集团与某国政府签约供水项目。")
    True
    >>> echoes_subject("加快推进项目建设", "加快推进项目建设，是今年的重点。"), echoes_subject("园区企业营收增长", "今年以来，全市经济运行平稳。")
    (False, False)
    """
    verb = _NEWS_VERBS.search(title)
    subject = title[: verb.start()] if verb else ""
    return len(subject) >= 2 and _HAN_RUN.fullmatch(subject) is not None and subject in body[: len(subject) + 4]


# The place or office a news headline opens with (某某区, 市商务局, 某某开发区, 某某集团).
_HEAD_ACTOR = re.compile(r"[\u4e00-\u9fff]{1,8}?(?:省|市|县|区|州|镇|乡|村|街道|社区|盟|旗|开发区|园区|新区|局|委|厅|中心|公司|集团)")


def _names_actor_again(title: str, body: str) -> bool:
    """Does ``body`` open by naming the place or office that the headline ``title`` opens with, as a news
    lead does (某某区新增就业岗位800个 over 某某区举办冬季招聘会，…)?

    >>> _names_actor_again("某某区新增就业岗位800个", "某某区举办冬季招聘会，86家企业提供岗位800个。")
    True
    >>> _names_actor_again("区域协调发展", "区域协调发展是重大战略。"), _names_actor_again("某某区新增岗位", "全区举办招聘会。")
    (False, False)

    A headline shortens the name the lead then spells out: a city or a province without its 市 or 省 (佛山村级工业园改造…
    over 佛山市今年拆除…), a long name without its middle (博鳌乐城先行区… over 博鳌乐城国际医疗旅游先行区…; the first
    four characters, or all but three of a longer name, alike):

    >>> _names_actor_again("佛山村级工业园改造释放空间", "佛山市今年拆除整理村级工业园用地1.2万亩。")
    True
    >>> _names_actor_again("博鳌乐城先行区引进药械品种", "博鳌乐城国际医疗旅游先行区今年新引进药品87种。")
    True
    """
    actor = _HEAD_ACTOR.match(title)
    if actor is not None and len(actor[0]) >= 3 and body.startswith(actor[0][: max(4, len(actor[0]) - 3)]):
        return True
    place = _LEAD_PLACE.match(body)
    return place is not None and title.startswith(place["name"])


# A place named in full opening a lead (佛山市…, 四川省…): its name, without 市 or 省, as a headline shortens it.
_LEAD_PLACE = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,4}?)(?:省|市|县|盟)")


_CLAUSE_PUNCT = re.compile(r"[，。；：,;:]")


def _opens_with_subject(title: str, body: str) -> bool:
    """Does ``body`` open with the first four characters of the headline ``title``, words naming its subject again
    (郑州地铁新线开通。 over 郑州地铁7号线一期工程…), as a news item's lead does?

    >>> _opens_with_subject("某某地铁新线开通", "某某地铁7号线一期工程11月30日开通运营。"), _opens_with_subject("加快项目建设", "各地要加快项目建设。")
    (True, False)
    """
    return len(title) >= 4 and _HAN_RUN.fullmatch(title[:4]) is not None and body.startswith(title[:4])


def _one_sentence(text: str) -> bool:
    """A bold or heading line that is one short sentence (苏州外资研发中心数量突破600家。), of one clause or,
    as wide as a headline (30 at most), two about a comma (…收官，拉动销售额超9亿元。): a headline with a full
    stop, unless numbered like a document's lead-in (（一）指导思想。). A wider sentence of two clauses is prose,
    and so is one under a part's label (【基本情况】…32个，…突出。), a case's or a report's part.

    >>> _one_sentence("汽车消费季收官，拉动销售额超9亿元。"), _one_sentence("【网民观点】多数网民支持加装电梯，也有网民认为应充分考虑低层住户采光和噪声影响。")
    (True, False)
    >>> _one_sentence("【基本情况】某某街道辖区老旧小区32个，物业管理缺位问题突出。")
    False
    """
    width = visual_width(text)
    clauses = 2 if width <= 30 and not text.startswith("【") else 1
    return text.endswith("。") and not numbering(text) and 8 <= width <= 40 and not is_caption(text) \
        and not _CLAUSE_PUNCT.search(text[:-1].replace("，", "", clauses - 1))


def _stopped_between(lines: Sequence[Line], i: int, j: int) -> bool:
    """Does the short sentence on line ``i`` stand between two whole paragraphs as a bulletin's headline with a full
    stop does (…共开展培训21场。 / 当前招商工作中需要关注的几个问题。 / 从各县市区上报情况看，…：), the line above ending
    its sentence and the paragraph below, line ``j``, at least twice as wide? A closing remark of a body stands
    over the next headline, not over a paragraph of its own; a point's lead-in (一是居民意见前置。) over the point
    it opens, inside its item.

    >>> rows = [Line(t, (), (0, 0)) for t in ["园区今年共开展培训21场。", "当前需要关注的几个问题。", "从各县市区上报情况看，招商工作总体向好，但也存在一些值得关注的问题，现分述如下。"]]
    >>> _stopped_between(rows, 1, 2), _stopped_between(rows[1:], 0, 1)
    (True, False)
    >>> _stopped_between([rows[0], Line("一是居民意见前置。", (), (0, 0)), rows[2]], 1, 2)
    False
    """
    below = lines[j].text
    return 0 < i < j and ends_sentence(lines[i - 1].text) and not _POINT_LEAD.match(lines[i].text) and is_prose(below) \
        and visual_width(below) >= 2 * visual_width(lines[i].text)


# The lead-in of a point inside a body (一是…, 其二…, 首先…): its item's text, no headline.
_POINT_LEAD = re.compile(r"^(?:[一二三四五六七八九十]是|其[一二三四五六七八九十]|首先|其次|再次|最后)")


def _quoted_headline(lines: Sequence[Line], i: int) -> bool:
    """Is line ``i`` a headline that is all one quotation (“从实验室到工厂，最难的是第一台样机”): after a sentence's
    end or a masthead, over a body that opens like news (9月5日，…) or with the same quotation, as its speaker
    said it (“从实验室到工厂，最难的是第一台样机。”某某说)? A quotation on a line of its own is else a headline by its place
    only (:func:`_quotation_line`), in the reading that takes the file's quotations as headlines (:func:`read_items`).

    >>> texts = ["座谈会上，嘉宾们分享了经验。", "“样机阶段最难”", "9月5日，孵化器举办座谈会。"]
    >>> _quoted_headline([Line(t, (), (0, len(t))) for t in texts], 1), _quoted_headline([Line(t, (), (0, len(t))) for t in texts[1:]], 0)
    (True, False)
    >>> texts = ["园区简讯", "“企业的事，就是我们的事”", "“企业的事，就是我们的事。”园区负责人表示，将设立服务专员。"]
    >>> _quoted_headline([Line(t, (), (0, len(t))) for t in texts], 1)
    True

    Or over its subtitle (“让老年人用得上智能技术” over ——省工信厅答复适老化改造提案), as a headline is; or over a
    lead that opens with an office doing what the quotation says (“把实验室开到园区里” over 某某市科技局推动高校在
    科技园区设立中试实验室…), where a quotation inside a body is followed by who said it or what came of it.

    >>> texts = ["港口吞吐量增长。", "“把实验室开到园区里”", "某某市科技局推动高校在科技园区设立中试实验室，目前已建成17家。"]
    >>> _quoted_headline([Line(t, (), (0, len(t))) for t in texts], 1)
    True
    >>> texts[2] = "某某市科技局负责人说，今年将在科技园区新建中试实验室5家。"
    >>> _quoted_headline([Line(t, (), (0, len(t))) for t in texts], 1)
    False
    """
    if not _quotation_line(lines, i):
        return False
    inner = strip_numbering(lines[i].text)[1:-1]
    below = lines[i + 1].text
    return news_opener(below) or below.startswith("“" + inner[:6]) and ends_sentence(below) \
        or below.startswith("——") and is_metadata(below) or _office_acts_on(inner, below) \
        or _sets_the_scene(below, lines[i + 2].text if i + 2 < len(lines) else "")


def _quotation_line(lines: Sequence[Line], i: int) -> bool:
    """Is line ``i`` all one quotation of 6–40 characters (numbered or not), standing where a headline stands: after a
    sentence's end or a masthead's line, with a line below it? What opens the body below says nothing here."""
    if lines[i].text[-1:] != "”":
        return False  # (asked of every line: the cheap test first)
    text = strip_numbering(lines[i].text)  # (numbered as the other headlines are: 2. “…”)
    if text[0] != "“" or re.search(r"[“”。；]", text[1:-1]) or not 6 <= visual_width(text) <= 40:
        return False
    return i > 0 and i + 1 < len(lines) and (ends_sentence(lines[i - 1].text) or _masthead_line(lines[i - 1].text))


# A lead setting a feature's scene (走进某某镇的车间，…; 在某某市某某镇，…; 每天傍晚，某某县的…; 这个秋天，…): a place named near its
# start, nobody speaking in its first clause (…负责人说，…) and nothing going on from what was said (这是…, 对此…, 他…).
_SCENE_PLACE = re.compile(r"[\u4e00-\u9fff]{2,8}?(?:省|市|县|区|州|镇|乡|村|街道|社区|园区|开发区|新区)")
_SPEAKS = re.compile(r"说|表示|介绍|坦言|告诉|感叹|感慨|笑着|直言|认为|称|谈到|回忆|提到|指出|强调")
_GOES_ON_FROM = re.compile(r"^(?:这(?!个?(?:春天|夏天|秋天|冬天|周末|假期|季节|几天|一年))|该|此|他|她|它|对此|为此|正如|话音|其中|同时|此外|但|而|不过|可是|因为|所以|于是|随后|记者)")


def _sets_the_scene(below: str, after: str = "") -> bool:
    """Does ``below``, a whole paragraph (or its first line, wrapped at the page's width, ``after`` ending it), open
    like a feature's lead, naming a place near its start and nobody speaking in its first clause?

    >>> _sets_the_scene("走进某某县某某镇的服装车间，40多名村民正在赶制订单。"), _sets_the_scene("某某镇党委书记说，村民收入增加了。")
    (True, False)
    """
    whole = ends_sentence(below) or (after and ends_sentence(after) and not headline_form(after) and below[-1] not in "。！？；")
    if not (whole and is_prose(below)) or _GOES_ON_FROM.match(below):
        return False
    first = re.split(r"[，,。；;：:]", below, maxsplit=1)[0]
    return _SCENE_PLACE.search(below[:24]) is not None and not _SPEAKS.search(first)


# An office opening a lead with what it did (某某市科技局推动…, 某某区政府出台…).
_OFFICE_ACTS = re.compile(r"[\u4e00-\u9fff]{1,14}?(?:人民政府|政府|管委会|委员会|办公厅|办公室|海关|集团|公司|研究院|中心|[部局厅委办])"
                          r"(?:近日|日前|近期)?(?=" + _NEWS_VERBS.pattern + ")")


def _office_acts_on(quoted: str, below: str) -> bool:
    """Does ``below``, one sentence or more, open with an office doing something (a news verb) and name again
    two characters in a row of the ``quoted`` words (实验室, 园区)?"""
    if not (ends_sentence(below) and _OFFICE_ACTS.match(below)):
        return False
    return any(quoted[k : k + 2] in below for k in range(len(quoted) - 1) if re.fullmatch(r"[\u4e00-\u9fff]{2}", quoted[k : k + 2]))


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


# The number of an item in a list numbered 一、, （一）, (1), ① or 1.
_LIST_NUMBER = re.compile(r"^[（(]?(?P<n>[一二三四五六七八九十]{1,3}|\d{1,2}|[①-⑳])")


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


@lru_cache(maxsize=1 << 14)  # asked of every item's body lines by every reading of a file
def _list_number(text: str) -> tuple[str, int] | None:
    """The kind and value of the numbering ``text`` opens with (五、建筑业 → ("一、", 5)), or None."""
    kind = numbering(text)
    match = _LIST_NUMBER.match(text) if kind in ("一、", "（一）", "(1)", "①", "1.") else None
    if match is None:
        return None
    n = match["n"]
    value = ord(n) - 0x245F if "①" <= n <= "⑳" else _count(n)
    return (kind, value) if value else None


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


def running_headers(lines: Sequence[Line]) -> set[int]:
    """Lines that print the masthead again, a page's running header: the file's first line, or an issue line
    (产业链动态　第19期, 2025年第15期), standing again further down.

    >>> rows = [Line(t, (), (0, len(t))) for t in ["营商环境观察", "2025年第15期", "某某市推行新政", "正文。", "营商环境观察", "2025年第15期", "正文。"]]
    >>> sorted(running_headers(rows))
    [4, 5]
    """
    seen: set[str] = set()
    found = set()
    for k, line in enumerate(lines):
        text = line.text
        if k and (text == lines[0].text or ("期" in text and text in seen)):
            found.add(k)
        elif "期" in text and _issue_line(text):
            seen.add(text)
    return found


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


_COMMA = re.compile(r"[，,]")
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


# A broadcast's greeting before its news (各位听众，早上好！…欢迎收听《早间新闻》。): the programme's, no item's text.
_GREETING = re.compile(r"^(?:各位|亲爱的)?(?:听众|观众|网友)(?:朋友)?们?[，,！!][^。]{0,12}好|^(?:[^。]{0,60}[。！!])?欢迎(?:您)?(?:收听|收看)")


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


def _is_body(line: Line) -> bool:
    text = line.text
    if line.kind in HEADING_KINDS or line.kind.startswith("page_") or is_metadata(text) or _EDITOR_NOTE.match(text) \
            or (("欢迎" in text or "众" in text[:6] or "友" in text[:6]) and _GREETING.match(text)):
        return False
    # (or the item's figures over its lead: 投资额：32亿元　落户：…　行业：…, its text where no metadata)
    return ends_sentence(text) or is_prose(text) or bool(dateline(text)) or visual_width(text) > 48 or fields_line(text) or is_cue(text)


_CJK = re.compile(r"[\u4e00-\u9fff]")  # (a card's headline is words: -----Original Message----- over an e-mail's fields is none)
# A line opening with a field, a short label and the start of its value (项目名称：某某高铁物流园冷链仓储项目, 投资额：4.5亿元).
_FIELD_OPENING = re.compile(FIELD_LABEL + r"[^\s:：]")


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


# The kinds of markup that mark a line as a heading (not a list's entry).
_HEADING_MARKS = ("h1", "h2", "h3", "h4", "h5", "h6", "bold")
# Where a place's name ends (台州市, 浙江省): the name a headline shortens to its first two characters.
_PLACE_END = "省市县州盟"


def names_lead(title: str, body: str, reach: int = 24) -> bool:
    """Does ``body``'s first sentence name again what the headline ``title`` opens with: its first four characters
    (昆明综合保税区… over 前10个月，昆明综合保税区…), or its first two as a place's name (台州模具行业… over 11月中旬，台州市…),
    or as a lead names the actor (:func:`echoes_subject`, :func:`_names_actor_again`)?

    >>> names_lead("台州模具行业抱团开拓海外市场", "11月中旬，台州市黄岩区组织32家模具企业赴德国参展。")
    True
    >>> names_lead("组团参展带回意向订单9亿元", "11月中旬，台州市黄岩区组织32家模具企业赴德国参展。")
    False
    """
    opening = body[:reach].split("。")[0]
    head = title.strip("“”\"《》 ")
    if len(head) < 4 or _HAN_RUN.fullmatch(head[:2]) is None:
        return False
    return (_HAN_RUN.fullmatch(head[:4]) is not None and head[:4] in opening) or any(head[:2] + end in opening for end in _PLACE_END) \
        or echoes_subject(title, body) or _names_actor_again(title, body)


def subtitle_deck(lines: Sequence[Line], i: int) -> bool:
    """Is line ``i + 1`` the 副题 of the headline at line ``i``, a second deck under it with no dash (温州民营企业研发投入增长 /
    规上民企研发费用占营收比重达2.6% / 温州市统计局数据显示，…), not the next item's headline? Both are shaped like
    headlines, the lower one plain and over the body; the upper one is the main deck where it is marked so and the lower
    one not (## …, **…**, 一、… over a plain line), or where the body's first sentence names again what the upper one
    opens with and not what the lower one does. A 引题 over the headline (聚焦“智改数转网联” / 常州新增… / 今年以来，常州市…)
    names nothing the body does: the lower line is the headline there. A section's heading (一、省内动态, ## 东部地区) heads
    the headline under it, no deck of it."""
    k = i + 1
    if k + 1 >= len(lines):
        return False
    upper, lower = lines[i], lines[k]
    # (a deck is a phrase, no clause: a line with a comma is a lead's first line, wrapped, 9月上旬，省审计厅召开…)
    # (nor is a masthead's line, spaced out, 某某省人民政府网　政策解读栏目, a headline over the first one, 《…》解读)
    if lower.kind or numbering(lower.text) or lower.text[:1] in "【[〔（(<《" or not headline_form(lower.text) or not headline_form(upper.text) \
            or _PERSON_SPACED.search(upper.text.strip()) \
            or _CLAUSE_PUNCT.search(lower.text) or "、" in lower.text or visual_width(lower.text) > 24 or news_opener(lower.text) \
            or upper.kind not in ("",) + _HEADING_MARKS or is_metadata(lower.text):
        return False
    j = _past_meta(lines, k + 1)
    if j >= len(lines) or not _is_body(lines[j]) or headline_form(lines[j].text):
        return False
    body = lines[j].text
    main = strip_numbering(upper.text)
    if names_lead(lower.text, body, 12):  # (a 副题 may repeat the body's figures further on: 新增冷库容量5万吨)
        return False
    names = names_lead(main, body)
    if section_name(upper) is not None and not (names or _NEWS_VERBS.search(main)) and visual_width(main) <= 10:
        return False  # (a section's name: short, saying nothing happened)
    return upper.kind in _HEADING_MARKS or numbering(upper.text) not in (None, "◆") or names


def _wrapped_tail(text: str, below: str) -> bool:
    """Is ``below`` the end of a sentence that the line ``text``, prose with a comma, wrapped onto the next line:
    less than half as wide, no clause of its own (…已有210名青年人才 / 申请入住。)?

    >>> _wrapped_tail("园区人才公寓320套房源本月交付，已有210名青年人才", "申请入住。"), _wrapped_tail("某某港开通新航线", "航线每周两班。")
    (True, False)
    """
    return _COMMA.search(text) is not None and not ends_sentence(text) and visual_width(below) < 0.5 * visual_width(text) \
        and not _CLAUSE_PUNCT.search(below[:-1])


def _past_meta(lines: Sequence[Line], j: int) -> int:
    """The first line from ``j`` on that is neither metadata nor the summary an item prints under its headline (导读：…)."""
    while j < len(lines) and (_is_meta(lines[j]) or is_summary(lines[j].text)):
        j += 1
    return j


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
_QUESTION_OR_ANSWER = re.compile(r"^[*_]{0,2}(?:(?:问|答|Q|A)\s*[:：]|" + INTERVIEW_TURN.pattern + ")")  # 问：…, 记者：…？
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


# A table of contents' label, and the page number after an entry (……3, …… 12, ．．．5).
_TOC_LABEL = re.compile(r"(?:本期)?(?:目录|要目|导读|要点|内容)[：:]?|本期主要内容[：:]?|目\s*录")
_LIST_BULLET = re.compile(r"^[-+•·][ \u3000]+")  # a Markdown list item's bullet (- entry)
_PAGE_NUMBER = re.compile(r"(?:[ \u3000]*[.·…．]{2,}|[ \u3000]+)[ \u3000]*\d{1,3}$")


_KEY_MARKS = re.compile(r"[\s\u3000*_#>]+")


@lru_cache(maxsize=1 << 14)  # asked of the same line again and again (tables of contents, every reading)
def _list_entry(line: Line) -> bool:
    """Is the line an entry of a list (a Markdown list item, or a line opening with its bullet: - 义乌—布达佩斯)?"""
    return line.kind == "item" or _LIST_BULLET.match(line.text) is not None


_LEADS_IN = ("：", ":")  # how a sentence leading into a list ends (名单如下：)


def _ends_list(lines: Sequence[Line], i: int, floor: int) -> bool:
    """Is line ``i``, below line ``floor`` (the item's headline), the last entry of a list the item's text ends with: an
    entry under its bullet (- 义乌—伊斯坦布尔), or one of the lines set out one a line under the sentence leading into
    them (名单如下： / 新乡某公司正极材料智能工厂 / 鹤壁某公司连接器智能工厂), which end no sentence, as a list's entries do?"""
    if _list_entry(lines[i]):
        return True
    j = i
    while j > floor and not ends_sentence(lines[j].text) and not lines[j].text.endswith(_LEADS_IN) and lines[j].kind not in HEADING_KINDS:
        j -= 1
    return floor < j < i and lines[j].text.endswith(_LEADS_IN)


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


def _listed_title(line: Line) -> bool:
    """Is the line shaped like a title in a list of links: short, ending no sentence, no furniture or back matter?"""
    text = line.text
    return 4 <= visual_width(text) <= 64 and text[-1] not in "。；;：:" and not is_metadata(text) and not is_back_matter(text) \
        and not is_post_furniture(text) and not is_link_label(text)


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


# A day alone (its weekday or the app it came from beside it): right under a file's name, the day of its issue, not its
# first item's (港口集团动态 / 2026年12月4日 / 【转发】某某港…; 河长制工作信息 / 2026-12-03　来自某某APP / 08:50 / 某某…).
_ISSUE_DAY = re.compile(r"\s*(?:(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|(?:19|20)\d{2}-\d{1,2}-\d{1,2})"
                        r"(?:[ \u3000]*(?:[（(]?(?:星期|周)[一二三四五六日天][）)]?|来自\S{2,12}(?:APP|App|客户端)))?\s*$")


def _assign(lines: Sequence[Line], text: str, heads: Sequence[Candidate]) -> tuple[list[int], list[Item], list[int]]:
    """Front lines, items and back lines when ``heads`` are the headlines."""
    n = len(lines)
    starts = []  # first line of each item: its headline, or metadata above it that belongs to it
    spaced: list[bool] = []  # whether a blank line stands between every two lines, asked once where it matters

    def apart(s: int) -> bool:
        """Does a blank line set line ``s`` apart from the line above? Not where one stands between every two lines, as
        Markdown writes paragraphs: there it groups nothing."""
        if not _blank_before(lines, text, s):
            return False
        if not spaced:
            spaced.append(n > 2 and all(_blank_before(lines, text, i) for i in range(1, n)))
        return not spaced[0]

    days = _day_headings(lines, heads)
    running = running_headers(lines)
    for k, c in enumerate(heads):
        s = c.index
        # Metadata right above a headline (no blank line between) opens its item; a closing
        # line (责任编辑：…) ends the item before.
        floor = heads[k - 1].index + 1 if k else -1
        while s - 1 > floor and is_metadata(lines[s - 1].text) and not _closes_item(lines, s - 1) and s - 1 not in days \
                and not apart(s) and not _glued_under_source(lines, text, s) and not _newsletter_name(lines[s - 1].text.split()[0]) \
                and not _issue_line(lines[s - 1].text) and not _issuer_dated(lines[s - 1].text):
            s -= 1  # (a masthead's name, issue and date is the file's: 每日产业资讯　2024年7月15日, 2024年第11期　6月14日,
            # 某某市退役军人事务局　2026年12月7日)
        starts.append(s)
    # A day alone right under the file's name, over the first headline, is the issue's where no other item prints its
    # day so over its headline (a time of day, 08:50, may stand there: that dates nothing).
    if starts[0] == 1 and _ISSUE_DAY.match(lines[1].text) \
            and not any(_ISSUE_DAY.match(lines[i].text) for k in range(1, len(heads)) for i in range(starts[k], heads[k].index)):
        starts[0] = 2
    # A source line under one item's last sentence, right above the next headline, where few headlines have
    # their metadata above them, is the source of the item it follows (…近日获批。\n来源：某某网　发布时间：…);
    # so is every one where the last item too ends with its source under its text, and, where the first item prints
    # its metadata over its headline, one written otherwise (2026-12-01　来源：… over the headlines, 来源：… alone
    # under a sentence): the file's habit is the first item's.
    moved = [k for k in range(1, len(heads)) if starts[k] < heads[k].index]
    first = _meta_form(lines[starts[0]].text) if starts[0] < heads[0].index else None
    tail = next((i for i in range(n - 1, heads[-1].index, -1) if not (_BACK_MATTER.match(lines[i].text) or _CLOSING_META.match(lines[i].text))), None)
    closing = tail is not None and is_metadata(lines[tail].text) and _ends_text(lines, tail - 1)
    # Not one a blank line sets apart from the text above, the headline below right under it: the file groups them
    # (…近日获批。\n\n2026-11-21　来源：某某日报\n某某中心达到28个); nor one written as the first item's, above the
    # first headline, is: the file prints its items' sources over their headlines; nor one leading with its date.
    if moved and (_few_over_headlines(len(moved), len(heads), starts[0] == heads[0].index) or closing or first):
        for k in moved:
            # (or under a list the item's text ends with, - 义乌—伊斯坦布尔, or 名单如下： over its entries: they are that text)
            if (_ends_text(lines, starts[k] - 1) or _ends_list(lines, starts[k] - 1, heads[k - 1].index)) and not apart(starts[k]) \
                    and not (first and _meta_form(lines[starts[k]].text) == first) and not _date_first(lines[starts[k]].text):
                starts[k] = heads[k].index
    # Above the first headline, a date or publisher line is the masthead's unless the items
    # carry their metadata above their headlines (来源：… then the headline, item after item).
    if len(heads) > 1 and starts[0] < heads[0].index and all(s == c.index for s, c in zip(starts[1:], heads[1:])):
        starts[0] = heads[0].index
    items = []
    back: list[int] = []
    headings: list[int] = []
    front = list(range(starts[0]))
    section = None
    day = front[-1] if front and front[-1] in days else None
    if day is not None:
        headings.append(day)
    if len(front) >= 2 and section_name(lines[front[-1]]) and not _in_masthead(lines, front, len(front) - 1):
        headings.append(front[-1])
        section = section_name(lines[front[-1]])
    for k, c in enumerate(heads):
        end = starts[k + 1] if k + 1 < len(heads) else n
        region = [i for i in range(starts[k], end) if i != c.index]
        if k + 1 == len(heads):
            region, back = _split_back(lines, region, digest=True)
            if back and region and _files_source(lines, region[-1], range(starts[0], starts[k])):
                region, back = region[:-1], region[-1:] + back
            # (and the masthead's issuer over the issue's date, closing the file: 某某区新闻中心　2026年6月9日 under the last
            # item, the file's name above being 某某区新闻中心 一周回顾; no item above closes so)
            if len(region) > 1 and _issuer_signs_off(lines, region[-1], front) \
                    and not any(_shape(lines[starts[m + 1] - 1].text) == _shape(lines[region[-1]].text) for m in range(k)):
                region, back = region[:-1], region[-1:] + back
            closer = _closing_shape(lines, starts, heads)
            close = next((m for m, i in enumerate(region) if i > c.index and _shape(lines[i].text) == closer), None) if closer else None
            if close is not None and close + 1 < len(region):
                region, back = region[: close + 1], region[close + 1 :] + back
            elif close is None and k >= 2:
                # (every item above closed by its part of one label, 【典型意义】…: the last closes there too, and lines
                # below that part with no prose in them, an office and a date, are the file's)
                label = _last_part(lines, range(starts[0], starts[1]))
                if label and all(_last_part(lines, range(starts[m], starts[m + 1])) == label for m in range(1, k)):
                    close = next((m for m in range(len(region) - 1, -1, -1) if _opening_part(lines[region[m]].text) == label), None)
                    if close is not None and close + 1 < len(region) \
                            and not any(is_prose(lines[i].text) and not is_metadata(lines[i].text) for i in region[close + 1 :]):
                        region, back = region[: close + 1], region[close + 1 :] + back
        # A section heading between two items (二、地方动态, 【国内要闻】, ## 东部地区) heads the items below.
        # (and a rule drawn between two items, * * *, ===, ---, which names no section: the items below stay in this one)
        cut = len(region)
        while cut > 1 and k + 1 < len(heads) and (section_name(lines[region[cut - 1]]) or region[cut - 1] in days
                                                  or _ruled(lines[region[cut - 1]], text)):
            cut -= 1
        # (a summary under the headline, 导读：…, before the body is the item's too: not its text)
        opening = _past_meta(lines, c.index + 1)
        meta = tuple(i for i in region[:cut] if _is_meta(lines[i]) or (i < opening and is_summary(lines[i].text))
                     or (i == c.index + 1 and (source_trailer_below(lines, i) or subtitle_deck(lines, c.index))))
        meta += tuple(i for i in region[:cut] if i in running and i not in meta)  # (a page's running header: no text)
        metadata = set(meta)  # (a set: an item of thousands of metadata lines is no quadratic)
        body = tuple(i for i in region[:cut] if i not in metadata)
        items.append(Item(title=c.index, title_range=c.title_range, meta=meta, body=body, section=section, day=day))
        if cut < len(region):
            headings.extend(region[cut:])
            named = [i for i in region[cut:] if i not in days and not _ruled(lines[i], text)]
            section = section_name(lines[named[-1]]) if named else section
            day = next((i for i in region[cut:] if i in days), day)
    # A title over a paragraph saying that what follows was compiled (…督查通报（摘编） over …现将有关情况摘编如下。), above
    # two or more items: the bulletin's header and its introduction, no item of its own.
    if len(items) >= 3 and _introduces_items(lines, items[0]):
        front = list(range(starts[1]))
        items = items[1:]
    return front, items, back, headings


# What closes a paragraph introducing the items below as compiled from elsewhere: 现将有关情况摘编如下。, 择要整理如下：
_COMPILED_BELOW = re.compile(r"(?:摘编|编发|整理|摘登|汇编|摘报|辑录|摘录)如下[。：:]$")


def _introduces_items(lines: Sequence[Line], item: Item) -> bool:
    """Is ``item`` a title over one paragraph of prose saying the items below were compiled (…现将有关情况摘编如下。)?

    >>> rows = [Line(t, (), (0, 0)) for t in ["某某区民生实事督查情况（摘编）", "近日，区督查室对民生实事开展督查。现将有关情况摘编如下。"]]
    >>> _introduces_items(rows, Item(0, (0, 13), (), (1,))), _introduces_items(rows, Item(0, (0, 13), (), ()))
    (True, False)
    """
    return len(item.body) == 1 and is_prose(lines[item.body[0]].text) and _COMPILED_BELOW.search(lines[item.body[0]].text.rstrip()) is not None


def _glued_under_source(lines: Sequence[Line], text: str, s: int) -> bool:
    """Was line ``s`` glued in the file to the end of the source line above it, which names its outlet before its date
    (来源：某某报 20251119某某项目并网, a line break lost)? That source closes the item above, as the file's others do."""
    above = lines[s - 1]
    return "\n" not in text[above.end : lines[s].start] and _meta_form(above.text) is not None and not _date_first(above.text)


def _ends_text(lines: Sequence[Line], i: int) -> bool:
    """Does line ``i`` end an item's text: a sentence's end, or a row of a table the text closes with (甲市｜0.4%｜3)?"""
    return ends_sentence(lines[i].text) or _table_row(lines, i)


def _few_over_headlines(moved: int, heads: int, first_bare: bool) -> bool:
    """Are the ``moved`` metadata lines right above later headlines (of ``heads``) too few for the file to print its items'
    metadata over their headlines: fewer than half of them, or half where the first headline has none over it
    (## 京津冀 / ### 某某… / 正文。 / > 来源：某某时报，2026-12-02 / #### 1. 某某…, two of four so)?

    >>> _few_over_headlines(2, 5, True), _few_over_headlines(2, 5, False), _few_over_headlines(1, 5, False)
    (True, False, True)
    """
    return 2 * moved < heads - 1 or (first_bare and 2 * moved == heads - 1)


# A date in a metadata line, and the label of each of its fields (来源：, 发布时间：).
_META_DATE = re.compile(r"(?:19|20)\d{2}\s*(?:年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[-./]\s*\d{1,2}\s*[-./]\s*\d{1,2})")
_META_FIELD = re.compile(r"([\u4e00-\u9fff]{2,4})\s*[:：]")


def _meta_form(text: str) -> tuple[str, ...] | None:
    """How a metadata line is written, its words aside: where its date stands among its fields' labels
    (2026-11-24　来源：某某社 → ('date', '来源')); None for a line with no labelled field (a masthead's date).

    >>> _meta_form("2026-11-24　来源：某某供销社") == _meta_form("2026-11-21　来源：某某日报"), _meta_form("来源：某某日报，2026-11-24")
    (True, ('来源', 'date'))
    >>> _meta_form("2026年11月20日")
    """
    marks = sorted([(m.start(), "date") for m in _META_DATE.finditer(text)] + [(m.start(), m[1]) for m in _META_FIELD.finditer(text)])
    form = tuple(word for _, word in marks)
    return form if any(word != "date" for word in form) else None


def _date_first(text: str) -> bool:
    """Does the metadata line lead with its date, its source after it (2026-11-26　来源：某某局)? So a list prints an
    entry's date and source over its headline; a source closing an item's text comes first (来源：某某局，2026-11-26).

    >>> _date_first("2026-11-26　来源：某某应急管理局"), _date_first("来源：某某日报　2026-11-26"), _date_first("2026-11-26")
    (True, False, False)
    """
    form = _meta_form(text)
    return form is not None and form[0] == "date"


_SHAPE_MASK = re.compile(r"[\dA-Za-z][\dA-Za-z.,:/_\-%+]*")


# A source line, unbracketed (来源：某某县融媒体中心): under one item, that item's; over the file's credits, the post's.
_SOURCE_LINE = re.compile(r"^(?:来源|稿源|信息来源)\s*[:：]\s*[^，。；]{2,30}$")


def _issuer_signs_off(lines: Sequence[Line], i: int, front: Sequence[int]) -> bool:
    """Is line ``i`` a name and a date, no source's label (某某区新闻中心　2026年6月9日), whose name the masthead
    (``front``) prints: the issuer signing the issue off, not the source of the item it closes?

    >>> rows = [Line(t, (), (0, 0)) for t in ["某某区新闻中心 一周回顾", "某某区新闻中心　2026年6月9日", "某某日报　2026年6月9日"]]
    >>> _issuer_signs_off(rows, 1, [0]), _issuer_signs_off(rows, 2, [0])
    (True, False)
    """
    text = lines[i].text
    if _SOURCE_LINE.match(text) or not _DATED_MONTH.search(text) or not is_metadata(text):
        return False
    name = _FULL_DATE.sub("", text)
    return visual_width(name) >= 3 and _HAN_RUN.fullmatch(name) is not None and any(name in lines[j].text for j in front)


def _files_source(lines: Sequence[Line], i: int, above: range) -> bool:
    """Is line ``i``, closing the last item right over the file's back matter (编辑：…　审核：…), a source line that no
    item above has: the source of the whole post (来源：某某县融媒体中心), as a WeChat post prints it over its credits,
    not the last item's? Where the items each have theirs, the last one's is its own."""
    return _SOURCE_LINE.match(lines[i].text) is not None and not any(_SOURCE_LINE.match(lines[j].text.strip("（）()")) for j in above)


@lru_cache(maxsize=1 << 14)  # asked of the last item's lines by every reading of a file
def _shape(text: str) -> str:
    """A line's shape: its words, its figures and Latin runs (counts, addresses) masked (阅读 0 点赞 0 转发 0); the lines a
    page prints under each item's text (:func:`is_item_furniture`) are of one shape whatever their words."""
    if text[:2] == "——" and is_metadata(text):
        return "attribution"  # (where each item was printed, after a dash: ——某某日报　2025年11月10日　第3版, ——某某网　11月8日)
    return "furniture" if is_item_furniture(text) else " ".join(_SHAPE_MASK.sub("0", text).split())


def _closing_shape(lines: Sequence[Line], starts: Sequence[int], heads: Sequence[Candidate]) -> str | None:
    """The shape of the line that closes every item but the last (three or more), where it is no text of theirs (a
    link, counts of readers, a date and time): under the last item, what follows that line is the file's, not the item's."""
    if len(heads) < 3:
        return None
    closing = [lines[starts[k + 1] - 1] for k in range(len(heads) - 1) if starts[k + 1] - 1 > heads[k].index]
    shapes = {_shape(line.text) for line in closing}
    if len(closing) < len(heads) - 1 or len(shapes) != 1 or not all(_is_meta(line) for line in closing):
        return None
    return shapes.pop()


# A line that is only a day, its weekday beside it or not: 11月3日（周一）, 2025年11月5日 星期三, 11月7日.
# (in brackets too, 【11月5日】, after a bar, ▌11月5日, or written with its year, 2025-11-05 周三)
_DAY_LINE = re.compile(r"^(?:[◆◇■□●○★☆▶►▪➤♦▎▍▌┃][ \u3000]*)?【?(?:(?:(?:19|20)\d{2}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日|(?:19|20)\d{2}-\d{1,2}-\d{1,2})[ \u3000]*"
                       r"(?:[（(]\s*(?:星期|周)[一二三四五六日天]\s*[）)]|(?:星期|周)[一二三四五六日天])?】?$")


def day_line(text: str) -> bool:
    """Is ``text`` only a day, its weekday beside it or not (11月3日（周一）, 【11月5日】, 2025-11-07 周五)?

    >>> day_line("11月3日（周一）"), day_line("【11月5日】"), day_line("▌11月6日 星期四"), day_line("2025-11-07 周五"), day_line("11月7日，晋城市开展演练")
    (True, True, True, True, False)
    """
    return _DAY_LINE.match(text) is not None


def _day_headings(lines: Sequence[Line], heads: Sequence[Candidate]) -> set[int]:
    """Lines that are only a day, standing right above a headline, that group the items below them by their day (a weekly
    digest's 11月3日（周一） over that day's items): the first right above the first headline, at least two of them, and
    half as many items again (where nearly every headline has its own, it is that item's date line, its metadata, and an
    item without one is undated, not of the day above).

    Each dates the items below it, up to the next (:attr:`Item.day`); an item's own date comes first."""
    if len(heads) < 3 or heads[0].index == 0:
        return set()
    days = {c.index - 1 for c in heads if c.index > 0 and day_line(lines[c.index - 1].text)}
    if heads[0].index - 1 not in days or len(days) < 2 or 2 * len(heads) < 3 * len(days):
        return set()
    return days


# What a digest's sections are called: a kind of news (…动态, …借鉴, …观察) or where it comes from (省外…, …地区).
_DIGEST_SECTION = re.compile(
    r"(?:动态|借鉴|要闻|快讯|简讯|资讯|速递|信息|传真|扫描|聚焦|视点|观察|观点|经验|实践|前沿|热点|之窗|视窗|集锦|短波|一览|声音|地区)$"
    r"|^(?:省内|省外|国内|国外|国际|市内|市外|县域|基层|地方|各地|部门)[\u4e00-\u9fff]{2,4}$"
)


def digest_section(line: Line) -> bool:
    """Is ``line`` a section heading named as a digest's section (一、省内动态, ## 东部地区, 【地方实践】), not
    a document's part (一、重点任务, 三、强化组织保障)?

    >>> digest_section(Line("一、省内动态", (), (0, 6))), digest_section(Line("二、省外借鉴", (), (0, 6))), digest_section(Line("二、重点任务", (), (0, 6)))
    (True, True, False)
    """
    name = section_name(line)
    return name is not None and not _PART_WORDS.match(name) and _DIGEST_SECTION.search(name) is not None


_DIGIT_OR_CLAUSE_PUNCT = re.compile(r"[\d，。；：,;:]")
_WORD_CHARACTER = re.compile(r"[\u4e00-\u9fffA-Za-z]")


def section_name(line: Line) -> str | None:
    """The name of a section heading (二、地方动态, 【国内要闻】, ## 东部地区), or None: short, marked or numbered."""
    text = line.text
    if is_metadata(text) or ends_sentence(text) or is_box_label(text):
        return None
    core = strip_numbering(text.strip("【】")).strip()
    if not core or visual_width(core) > 12 or _DIGIT_OR_CLAUSE_PUNCT.search(core):
        return None
    if not _WORD_CHARACTER.search(core):
        return None  # a rule between items (* * *, ===, ---, ◆◆◆) names no section
    bracketed = text.startswith("【") and text.endswith("】")
    numbered = numbering(text) in ("一、", "（一）", "第一条")
    if bracketed or numbered or line.kind in HEADING_KINDS or visual_width(core) <= 8:
        return core
    return None


# The mark ending a post or an issue: —END—, — 完 —.
_END_MARK = re.compile(r"[—\-－–─]+\s*(?:END|End|end|(?:本期|本文|全文)?(?:完|结束))\s*[—\-－–─]+$")
# (each word followed by its colon or a space: 电话诈骗案件同比下降, 扫描二维码即可办理 are headlines)
_BACK_MATTER = re.compile(r"^(?:报\s*[:：]|送\s*[:：]|发\s*[:：]|主送\s*[:：]|主报\s*[:：]|免责声明(?![\u4e00-\u9fff])|(?:版权|特别)?声明\s*[:：]|风险提示\s*[:：]"
    r"|(?:分析师|研究员|联系人)\s*[:：].*(?:执业证书|证书编号|SAC)|报送\s*[:：]|(?:抄送|抄报|发送|分送|印发|联系人|联系电话|电话|地址|邮编)(?:\s*[:：]|[ \u3000\d])"
    # (a telephone number under any label, 咨询电话：…, 服务热线：…)
    r"|[\u4e00-\u9fff]{0,4}(?:电话|热线)\s*[:：]\s*[\d(（+]"
    r"|扫描(?:下方|上方)?二维码(?:关注|阅读|查看|了解|获取|下载|进入|收听|观看|[，,：:\s]|$)|[（(]?\s*(?:责任编辑|编辑|审核|校对|责编)\s*[:：]"
    # a note on the publication itself: （内部资料　注意保存）, （本周报数据截至…）, （本简报由…编印，仅供内部参考）
    r"|[（(]\s*(?:本(?:刊|期|栏目?|简报|周报|月报|旬报|快报|资料|专报|通讯)|内部资料|内部刊物|注意保存|仅供)"
    # a text message's way out: 回复TD退订, 退订回复 TD, 拒收请回复R
    r"|(?:回复|发送)\s*[A-Za-z0-9]{1,4}\s*(?:退订|拒收)|(?:退订|拒收)(?:请)?回复\s*[A-Za-z0-9]{1,4}\s*$"
    # (who supplied the publication, in brackets: （本信息由市价格监测中心提供）)
    r"|[（(]\s*(?:本|以上)[\u4e00-\u9fff]{0,4}由[^（）()]{2,30}(?:提供|编印|编辑|整理|供稿)\s*[）)]$"  # (（以上内容由…提供）)
    # (whatever it calls itself, in brackets: （脚本仅供内部审看）, （材料仅供参阅）)
    r"|[（(]\s*[\u4e00-\u9fff]{1,4}仅供(?:内部|参考|参阅)"
    # (and whatever kind of internal paper it is: （内部学习资料　注意保存）, （内部参考材料）)
    r"|[（(]\s*内部[\u4e00-\u9fff]{1,4}(?:资料|材料|刊物)|[（(][^（）()。，]{0,12}注意保存[）)]$"
    # or unbracketed (本通讯仅供会员单位内部参阅); an office and its telephone (协会秘书处　联系电话：…), in brackets or not
    r"|本(?:刊|期|栏目?|简报|周报|月报|旬报|快报|资料|专报|通讯|报告)[\u4e00-\u9fff]{0,6}仅供"
    # (whatever the publication is called: 本速递内容仅供参考，不构成…法律意见, 本动态内容仅供参考)
    r"|本[\u4e00-\u9fff]{1,4}(?:内容|信息|资料)仅供(?:参考|参阅|内部)"
    r"|[（(]?[\u4e00-\u9fff]{2,16}[ \u3000]+(?:联系电话|联系人|电话)\s*[:：]"
    # who compiled the issue, under the last item: （园区管委会经济发展委员会编）, 市商务局办公室编印; and the line
    # of the printing office and date (某某市发展和改革委员会办公室　　2025年7月18日印发)
    # (not an item's own credit, （外经贸处供稿）, （记者 某某 整理）: the item's, under each one)
    r"|[（(][^（）()，。；：:]{2,30}(?:编|编印|编发|主办)[）)]$"
    r"|[\u4e00-\u9fff（）()]{2,30}(?:办公室|办公厅|委员会|管委会|秘书处|编辑部|研究室|研究院|研究中心|[局厅处科部会])[ \u3000]*(?:编|编印|主办)$"
    r"|[\u4e00-\u9fff]{2,20}(?:融媒体中心|电视台|广播电台|新闻中心|编辑部)[ \u3000]*(?:出品|制作|编制)$"  # (某某县融媒体中心出品)  # (滨湖街道办事处　编)
    r"|.{2,40}[ \u3000]+(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:印发|印|编印|发)$"
    # the end mark, and the issue's notes on itself: —END—, — 完 —, （此件公开发布）, 欢迎投稿…, 版权所有…, 如需转载…
    r"|" + _END_MARK.pattern + r"|[（(]此件[\u4e00-\u9fff]{2,8}[）)]$"
    r"|欢迎投稿|投稿(?:邮箱|信箱|热线)|版权所有|版权声明|©|如需转载|转载请注明|未经(?:授权|许可)[，,]?(?:不得|禁止|请勿)转载"
    r"|本文(?:由|为|系)[^，。,]{1,20}原创"  # (an account's claim on its post: 本文由某某原创整理，转载请…)
    # how many copies were printed (（共印60份）); a note on the data (本简讯数据为初步统计数…); a hotline and its number, in
    # Chinese or English (投资咨询热线：0512-…, Investment Hotline: +86-…); a web page's footer pasted with the list above it:
    # its pages (共 14 条　1/1 页), its sponsor beside its host (主办：…　承办：…), its site code and licence (网站标识码：…, 皖ICP备…号)
    r"|[（(]?\s*(?:共印|印数\s*[:：]?)\s*\d+\s*份\s*[）)]?$"
    r"|本(?:刊|简报|简讯|周报|月报|旬报|快报|专报|通讯|网站?|站|公众号|平台)(?:数据|信息|内容|所载|所刊|所列|所用)"
    # (whom to write to: a label and an e-mail address alone, 入会咨询请发邮件至：service@…, 投稿：…@…)
    r"|[^。，；：:]{0,16}[:：]\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*$"
    r"|[\u4e00-\u9fff]{0,8}热线\s*[:：]\s*[\d+（(]|[A-Za-z ]{0,30}(?:Hotline|Tel|Telephone|Fax|E-?mail|Editors?|Contact)\s*[:：]"
    r"|共\s*\d+\s*(?:条|页)(?:记录)?[ \u3000]*(?:\d+\s*/\s*\d+\s*页|第\s*\d+\s*页)?\s*$"
    # (and its tools, in brackets: 【打印本页】　【关闭窗口】, [纠错] [打印])
    r"|(?:[【\[［]\s*(?:打印|关闭|纠错|字号|收藏|分享|返回顶部)[^【】\[\]［］]{0,8}[】\]］][ \u3000]*)+$"
    r"|主办\s*[:：][^。，；]{2,30}?[ \u3000]+(?:承办|协办|技术支持|网站标识码|地址|邮箱|[\u4e00-\u9fff]{0,4}(?:电话|热线))\s*[:：]|网站标识码\s*[:：]|[\u4e00-\u9fff]{0,2}ICP备|[\u4e00-\u9fff]公网安备"
    # a broadcast summary's sign-off: 以上是今天《晚间新闻》的主要内容，感谢收看。 本期节目到此结束。
    r"|以上(?:就)?是(?:今天|今日|本期|本周)[^。！]{0,20}(?:主要内容|全部内容|内容)|感谢(?:您的)?(?:收看|收听)|(?:今天|本期)(?:的)?节目(?:就)?(?:到这里|到此结束))")


@lru_cache(maxsize=1 << 14)  # asked of the same line by every reading of a file, and of the lines below an item's end
def is_back_matter(text: str) -> bool:
    """A line of a file's back matter (声明：…, 报：…, 编辑：某某　审核：某某, 本期编辑：某某), never an item's text.

    >>> is_back_matter("声明：本刊信息来自公开资料整理。"), is_back_matter("本期编辑：某某　　投稿邮箱：某某"), is_back_matter("编辑部近日走访了12家企业。")
    (True, True, False)
    >>> is_back_matter("（内部学习资料　注意保存）"), is_back_matter("（内部参考材料）"), is_back_matter("（内部审计发现问题12个）")
    (True, True, False)
    >>> is_back_matter("（共印60份）"), is_back_matter("共 14 条　1/1 页"), is_back_matter("投资咨询热线：0512-0000000"), is_back_matter("政务服务热线：三季度办结率98%")
    (True, True, True, False)
    """
    return bool(_BACK_MATTER.match(text)) or (is_metadata(text) and bool(_CLOSING_META.match(text)))


# An office alone in brackets (（调查统计处）, （综合协调办公室）): who compiled the issue, under its last item.
_COMPILING_OFFICE = re.compile(r"[（(][\u4e00-\u9fff]{1,16}(?:处|科|室|办公室|研究室|中心|局|厅|委|办|部|组)[）)]")


# A letter's closing words after its last item (以上，谢谢！ 以上，祝工作顺利！ 以上内容仅供内部参考，请勿外传。)
_SIGN_OFF = re.compile(r"^以上(?:[，,][^，,。]{0,10}|(?:内容|信息|材料)[^。]{0,16})[。！!]?$")


def _sign_off(lines: Sequence[Line], region: Sequence[int], k: int, last_prose: int) -> bool:
    """Does line ``region[k]`` (in a digest's last item) hold the sender's closing words, only the signature below them
    (an office or a name, a date, a telephone; ``last_prose``: where the item's last prose stands, :func:`_last_where`):
    an e-mail digest's sign-off, whose date is the sender's, not that item's?"""
    return _SIGN_OFF.match(lines[region[k]].text) is not None and k >= last_prose


def _last_where(lines: Sequence[Line], region: Sequence[int], holds: Callable[[Line], bool], stop: int | None = None) -> int:
    """The last position in ``region[:stop]`` whose line ``holds`` (-1: none): "no such line below k" is then
    k >= it, asked of every k in one pass (an any() over the lines below each k made a file of thousands of
    推荐阅读 or —完— lines quadratic)."""
    return next((k for k in range(len(region) if stop is None else stop, 0, -1) if holds(lines[region[k - 1]])), 0) - 1


def _prose_line(line: Line) -> bool:
    """Prose that is no back matter: the article's text, which furniture or an end mark above it does not close."""
    return is_prose(line.text) and not is_back_matter(line.text)


def _is_prose_line(line: Line) -> bool:
    """Prose of any kind, back matter too: a rule or a sign-off above it is no footer."""
    return is_prose(line.text)


def _split_back(lines: Sequence[Line], region: list[int], digest: bool = False) -> tuple[list[int], list[int]]:
    """The last item's lines, and what follows its text: editors, distribution lists (not article text).

    ``digest``: the region is a digest's last item; an end mark (— 完 —) with no prose below it ends the digest, and
    the credits and source below it are the whole digest's (来源：某某融媒体中心), not that item's; so are an e-mail's
    closing words and the signature under them (以上，谢谢！ / 某某处　某某 / 2026年12月4日). Under one article
    they are the article's own."""
    cut = len(region)
    last_text = _last_where(lines, region, _prose_line)
    if digest:
        end = next((k for k in range(1, cut) if lines[region[k]].text[:1] in "—-－–─" and _END_MARK.fullmatch(lines[region[k]].text.strip())
                    and k >= last_text), None)
        cut = cut if end is None else end
        last_prose = _last_where(lines, region, _is_prose_line, cut)
        sign_off = next((k for k in range(1, cut) if _sign_off(lines, region, k, last_prose)), None)
        cut = cut if sign_off is None else sign_off
    # A post's furniture (▼往期推荐, 阅读原文, 推荐阅读) and the list of links below it end the text.
    unlisted = _last_where(lines, region, lambda line: _prose_line(line) and not _listed_title(line))
    post = next((k for k in range(1, cut) if _links_below(lines, region, k, last_text, unlisted)), None)
    if post is not None:
        cut = post
    # A rule (——————, ------) with no prose below it: what follows is the file's footer (热线, 地址), not the item's.
    last_prose = _last_where(lines, region, _is_prose_line, cut)
    rule = next((k for k in range(1, cut) if _is_rule(lines[region[k]].text) and k >= last_prose), None)
    if rule is not None:
        cut = rule
    # A trailer closes the last item: short lines below it and no prose are the file's (联合会秘书处编), not the item's.
    closed = next((k for k in range(cut - 1, 0, -1) if ends_with_trailer(lines[region[k]].text)), None)
    if closed is not None and closed + 1 < cut and not any(is_prose(lines[i].text) for i in region[closed + 1 : cut]):
        cut = closed + 1
    # (and, closing the file, the office that compiled the issue alone in brackets: （综合统计处）, as （…处编） is)
    # (but not whom to call closing the last card of fields, 联系人：… under 投资额：…: that card's field, as in the cards above)
    while cut > 0 and not _card_contact(lines, region, cut - 1) and (_BACK_MATTER.match(lines[region[cut - 1]].text) or (is_metadata(lines[region[cut - 1]].text)
                                                                           and _CLOSING_META.match(lines[region[cut - 1]].text))
                       or (digest and _COMPILING_OFFICE.fullmatch(lines[region[cut - 1]].text.strip()) is not None)
                       or (cut > 1 and _runs_on_list(lines[region[cut - 2]].text, lines[region[cut - 1]].text))
                       or _is_rule(lines[region[cut - 1]].text.strip())):  # (rules over and between 抄送：… and …印发 lines)
        cut -= 1
    return region[:cut], region[cut:]


_CONTACT_FIELD = re.compile(r"(?:联系人|联系电话|联系方式|电话|地址)\s*[:：]")


def _links_below(lines: Sequence[Line], region: Sequence[int], k: int, last_text: int, last_unlisted: int) -> bool:
    """Does line ``region[k]`` open a post's furniture (阅读原文, ▼往期推荐) or a list of links (推荐阅读：) with no prose
    below it but back matter and, under a list's label, the titles it lists (…，谁增长最快？ is one, no sentence)?
    ``last_text``, ``last_unlisted``: where the region's last prose stands, and its last prose no listed title (:func:`_last_where`)."""
    text = lines[region[k]].text
    link = is_link_label(text)
    return (link or is_post_furniture(text)) and k >= (last_unlisted if link else last_text)


def _card_contact(lines: Sequence[Line], region: Sequence[int], k: int) -> bool:
    """Is line ``region[k]`` whom to call (联系人：某某　某某市商务局) closing a card of fields (项目名称：… / 投资额：…), the
    field above it one of the card's, no back matter?"""
    return k > 0 and _CONTACT_FIELD.match(lines[region[k]].text) is not None and _FIELD_OPENING.match(lines[region[k - 1]].text) is not None \
        and not _BACK_MATTER.match(lines[region[k - 1]].text) and not is_metadata(lines[region[k - 1]].text)


# A distribution list's label (报：, 送：, 抄送：, 发：), whose list a printed page may wrap onto the next line.
_DISTRIBUTION_LABEL = re.compile(r"^(?:报|送|发|主送|主报|抄送|抄报|发送|分送|报送)\s*[:：]")


def _runs_on_list(above: str, text: str) -> bool:
    """Is ``text`` the rest of the distribution list ``above``, wrapped onto a line of its own (送：…各市（州）人民 /
    政府): no label of its own, one sentence at most, not wider than the list's line, which ends inside a name?"""
    return _DISTRIBUTION_LABEL.match(above) is not None and above[-1] not in "。；;，,、" and ":" not in text and "：" not in text \
        and visual_width(text) <= visual_width(above) and "。" not in text[:-1]


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


# A label opening a line or a sentence inside an item (【基本案情】…, 答：…, 处理情况：…): one of the parts every item of
# a series of cases, questions or requests is written in.
# The name of a part a case or an experience is written in (基本情况, 主要做法, 工作成效, 经验启示): no item's headline.
_CASE_PART = re.compile(r"[\u4e00-\u9fff]{0,4}(?:情况|做法|举措|成效|成果|效果|经验|启示|问题|建议|背景|案情|思路|亮点)")
_PART_LABEL = re.compile(r"(?:^|(?<=[。！？]))[ \u3000]*(?:【(?P<tag>[\u4e00-\u9fff]{2,8})】|(?P<word>[\u4e00-\u9fff]{1,6})[:：])")


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


def _opening_part(text: str) -> str | None:
    """The part label opening a line (【典型意义】…, 答：…), or None."""
    m = _PART_LABEL.match(text)
    return (m["tag"] or m["word"]) if m else None


def _last_part(lines: Sequence[Line], region: range) -> str | None:
    """The part label opening the last line of text in ``region`` (【典型意义】… closing a case), or None."""
    last = next((i for i in reversed(region) if is_prose(lines[i].text) or _opening_part(lines[i].text)), None)
    return _opening_part(lines[last].text) if last is not None else None


def _rest_of_note(lines: Sequence[Line], i: int) -> bool:
    """Is ``lines[i]`` the rest of an editor's note that the page's width broke (编者按：入冬以来，…外送通道建设持 /
    续推进。现将近期有关情况编发如下。), the lines above it up to the note's label running on without a sentence's end?"""
    k = i - 1
    while k >= 0 and not ends_sentence(lines[k].text) and is_prose(lines[k].text):
        if _EDITOR_NOTE.match(lines[k].text):
            return True
        k -= 1
    return False


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
_PART_KINDS = ("一、", "（一）", "第一条")
# The first part under a heading, numbered one level below 一、: （一）, (一).
_FIRST_PART = re.compile(r"[（(]一[）)]")


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


def _in_masthead(lines: Sequence[Line], front: Sequence[int], k: int) -> bool:
    """Is line ``front[k]``, above a digest's first headline, its masthead's: a name, an issue or a date line; the name
    of the account or office issuing it, opening the masthead (高新区发布 over 一周要闻速览｜2026年3月第2周); a short name
    of any kind over the issue number (区域发展要情 over 2024年第6期); or an editor's note introducing the items
    (【编者按】本期聚焦…)?"""
    text = lines[front[k]].text
    if _masthead_line(text) or _barred_day(text) or _EDITOR_NOTE.match(text) or _issuer_dated(text):
        return True
    # (the issuer's name opens the masthead or comes under its name and date: 早安某县｜11月18日 over 某县融媒体中心出品; a
    # column's word there, 国内新闻, 市场观察, names the section of the items below)
    if _issuer_name(text) and not (k and _COLUMN_WORD.search(_CREDITED.sub("", text))) and all(_masthead_line(lines[front[j]].text) or _barred_day(lines[front[j]].text) or _issuer_name(lines[front[j]].text)
                                  for j in range(k)):
        return True
    return k + 1 < len(front) and _issue_line(lines[front[k + 1]].text) and visual_width(text) <= 12 \
        and _HAN_RUN.fullmatch(text) is not None


def _issuer_dated(text: str) -> bool:
    """The office issuing a digest with the month or day of its issue (某某大学区域发展研究中心　2025年10月): its masthead's
    line, however long the office's name.

    >>> _issuer_dated("某某省社会科学院县域研究中心　2025年10月"), _issuer_dated("某某市发展改革委　2025年10月9日"), _issuer_dated("某某研究中心发布报告　2025年10月")
    (True, True, False)
    """
    if not _DATED_MONTH.search(text):
        return False
    name = _FULL_DATE.sub("", text)
    return 3 <= visual_width(name) <= 24 and _PUBLISHER.match(name) is not None


def _issuer_name(text: str) -> bool:
    """The name of an outlet, an account or an office on a line of its own (高新区发布, 某某日报, 某某发展研究中心):
    who issues a digest, when it opens the masthead; no headline (it says nothing happened).

    >>> _issuer_name("高新区发布"), _issuer_name("滨江新区融媒体中心"), _issuer_name("某某市发展研究中心"), _issuer_name("光谷再添一家国家级实验室")
    (True, True, True, False)
    """
    text = _CREDITED.sub("", text)  # (某某县融媒体中心出品: the name, crediting itself)
    return 3 <= visual_width(text) <= 12 and _HAN_RUN.fullmatch(text) is not None \
        and (_OUTLET_NAME.search(text) is not None or _PUBLISHER.match(text) is not None)


# What names a column as well as an outlet (国内新闻, 市场观察, 财经头条).
_COLUMN_WORD = re.compile(r"(?:新闻|资讯|观察|视点|头条|频道|之声|在线|号)$")
# What an issuer's name may close on, crediting itself with the issue: 某某融媒体中心出品, 某某办公室主办.
_CREDITED = re.compile(r"(?<=[\u4e00-\u9fff])(?:出品|主办|制作|编印|编)$")


_LEVELS = HEADING_KINDS[:6]  # Markdown's headings, # to ######


def read_items(lines: Sequence[Line], text: str, found: Sequence[Candidate], layout: str = "headlines") -> list[HeadlineReading]:
    """Every reading of ``lines`` as items headed by one class of the candidates ``found`` (at least two items)."""
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
    readings = []
    known = _FrontLines(lines)  # (what every reading asks of the lines above its first headline)
    for name, heads in sorted(classes.items()):
        if len(heads) < 2:
            continue
        front, items, back, headings = _assign(lines, text, heads)
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
        readings.append(HeadlineReading(layout, score, reasons, items, front, back, headings, toc if len(toc) >= 2 else []))
    return readings


# A title naming a collection of questions (办税热点问答, 政策答疑, 十问十答, 常见问题): a digest's name, whatever else its line says.
_QUESTIONS_NAMED = re.compile(r"问答|答疑|解答|[一二三四五六七八九十百千\d]+问|问与答|(?:热点|常见)问题|Q&A", re.I)


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


_PERSON_SPACED = re.compile(r"[ \u3000]")  # (a post and a name, a name spaced out: 副市长 李某某, 张　三)
_NAME_BREAK = re.compile(r"[：:“”，,]")  # a clause or a label: no newsletter's name


@lru_cache(maxsize=1 << 14)  # asked of the same line by every reading of a file
def _newsletter_name(text: str) -> bool:
    """A newsletter's name (区域产业动态, 长三角产业协同周报（2024年3月第2周））: short, no clause."""
    return visual_width(text) <= 24 and not _NAME_BREAK.search(text) and not numbering(text) and not text.startswith("【") \
        and bool(_NEWSLETTER_NAME.search(text))


@lru_cache(maxsize=1 << 14)  # asked of the same line by every reading of a file
def _masthead_line(text: str) -> bool:
    """A newsletter's name, issue or date line, or a document's red header (某某厅文件).

    A dated line is the masthead's when it names a month and little is left once its dates are taken out
    (每日产业资讯　2024年7月15日), not a title that names a year (某某市2024年上半年优化营商环境工作情况).

    >>> _masthead_line("每日产业资讯　2024年7月15日 星期一"), _masthead_line("某某市2024年上半年优化营商环境工作情况")
    (True, False)
    >>> _masthead_line("财经早报｜11月19日"), _masthead_line("园区快讯 5月6日 星期二"), _masthead_line("新厂房11月19日")
    (True, True, False)
    """
    dated = _DATED_MONTH.search(text) and visual_width(text) <= 30 and visual_width(_FULL_DATE.sub("", text)) <= 12
    return bool(_newsletter_name(text) or _issue_line(text) or dated
                or text.endswith("文件") or is_metadata(text) or ("月" in text and _PERIOD_LINE.match(text)) or _named_day(text))


def _named_day(text: str) -> bool:
    """A newsletter's name beside the day of its issue (财经早报｜11月19日): a daily's (…早报, …晚报) too."""
    named_day = _NAMED_DAY.match(text) if "月" in text else None
    return named_day is not None and (_newsletter_name(named_day["name"]) or named_day["name"].endswith(("早报", "晚报", "午报")))


def _barred_day(text: str) -> bool:
    """A short name, a bar and the day alone closing the line (晚间播报｜11月7日, 今日临川｜11月7日): over the headlines,
    a programme's or a post's masthead, whatever it calls itself; a headline does not end on a bare day after a bar.

    >>> _barred_day("晚间播报｜11月7日"), _barred_day("晚间播报 11月7日"), _barred_day("全县重点项目集中开工建设全面提速｜11月7日")
    (True, False, False)
    >>> _barred_day("财经早餐｜2026年12月4日　星期五"), _barred_day("民生快讯丨12月5日（周六）")
    (True, True)
    """
    named_day = _NAMED_DAY.match(text) if "月" in text else None
    return named_day is not None and len(named_day["name"]) <= 8 and any(bar in text for bar in "｜|丨·")


# A newsletter's name and the day of its issue, its year given or not, its weekday in brackets or not (财经早报｜11月19日,
# 园区快讯 5月6日 星期二, 财经早餐｜2026年12月4日　星期五, 民生快讯丨12月5日（周六）).
_NAMED_DAY = re.compile(r"^(?P<name>[^，。；：:！？,;!?\s｜|丨·]{2,16})[ \u3000]*[｜|丨·]?[ \u3000]*(?:(?:19|20)\d{2}\s*年\s*)?"
                        r"\d{1,2}\s*月\s*\d{1,2}\s*日(?:[ \u3000]*(?:星期.|周[一二三四五六日]|[（(](?:星期.|周[一二三四五六日])[）)]))?$")


# The week or the days an issue covers, ending its masthead's line: 一周要闻｜9月15日—9月21日, （9月15日—9月21日）.
_PERIOD_LINE = re.compile(r"^(?:[^，。；：:！？,;!?\s]{1,16}[ \u3000]*[｜|丨·][ \u3000]*|[^，。；：:！？,;!?\s]{1,16}[ \u3000]+)?"
                          r"[（(]?\s*(?:(?:19|20)\d{2}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日?"
                          r"\s*[—\-–~～至]+\s*(?:\d{1,2}\s*月\s*)?\d{1,2}\s*日\s*[）)]?$")


_RULE = re.compile(r"[-*=_—·•~－＝＊＿※◆◇■□●○★☆]{3,}|[-*=_—·•~－＝＊＿※◆◇■□●○★☆](?:[ \u3000]+[-*=_—·•~－＝＊＿※◆◇■□●○★☆]){2,}")


_BOX_RULE = re.compile(r"[─━═]{3,}|—{2,}")


@lru_cache(maxsize=1 << 14)  # asked of the same line by every reading of a file
def _is_rule(text: str) -> bool:
    """A line drawn between items: ------, ***, ————, a line of box-drawing characters (────), or —— alone.

    >>> _is_rule("────────────"), _is_rule("* * *"), _is_rule("——"), _is_rule("——某某")
    (True, True, True, False)
    >>> _is_rule("＊　＊　＊"), _is_rule("※※※"), _is_rule("◆◆◆"), _is_rule("◆ 某某")
    (True, True, True, False)
    """
    text = text.strip()
    return bool(_RULE.fullmatch(text) or _BOX_RULE.fullmatch(text) or _symbol_row(text))


def _symbol_row(text: str) -> bool:
    """Three or more of one symbol and nothing else, as a phone's editor draws a rule (🔹🔹🔹, ❀❀❀, ▽ ▽ ▽); a
    letter, digit or mark of punctuation repeated is no rule (……, 000).

    >>> _symbol_row("🔹🔹🔹"), _symbol_row("❤️ ❤️ ❤️"), _symbol_row("🔸家门口的事🔸"), _symbol_row("……"), _symbol_row("🔹🔹")
    (True, True, False, False, False)
    """
    if not text or len(text) > 60 or unicodedata.category(text[0]) not in ("So", "Sm"):
        return False  # (asked of every line: a line of prose is rejected by its first character)
    marks = [ch for ch in text if ch not in " \u3000\ufe0f"]
    return len(marks) >= 3 and len(set(marks)) == 1 and unicodedata.category(marks[0]) in ("So", "Sm")


def _ruled(line: Line, text: str) -> bool:
    """Is ``line`` a rule, as cleaned or as written (*** in Markdown: * once cleaned)?"""
    return _is_rule(line.text) or _is_rule(text[line.start : line.end])


# Who publishes a newsletter, on its masthead: 某某发展研究中心编, 某某市委政策研究室.
_PUBLISHER = re.compile(r"^[\u4e00-\u9fff]{2,20}(?:研究院|研究中心|研究所|研究室|发展中心|信息中心|办公室|办公厅|编辑部|[省市区县]人民政府|管委会|委员会|[局厅委])(?:编|编印|主办|印发)?$")
