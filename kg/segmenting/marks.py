"""Headline shape: a line's form and marks.

The kind of mark a headline carries (``h2``, ``bold``, ``一、``, ``1.``, ``【】``, ``plain``), a date or a day
prefixed or appended to it, a section's name and tag, whether a line is metadata (来源：, 关键词：), a deck under
a title, and whether a lead echoes the subject a headline names.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from kg.lines import (
    INTERVIEW_TURN,
    OUTLET_NAME,
    REPORTER_BYLINE,
    TAG,
    bracketed_source,
    dateline,
    ends_sentence,
    fields_line,
    headline_form,
    is_box_label,
    is_caption,
    is_cue,
    is_metadata,
    is_prose,
    is_summary,
    is_translation,
    news_opener,
    numbering,
    ordinal_label,
    strip_numbering,
    visual_width,
)
from kg.segmenting.furniture import _EDITOR_NOTE, _HAN_RUN, _OUTLET_NAME, _PUBLISHER, _masthead_line
from kg.types import Line

__all__ = ["HEADING_KINDS", "section_tag", "marked_apart", "day_prefix", "ITEM_OPENER", "echoes_subject", "names_lead", "subtitle_deck", "day_line", "digest_section", "section_name"]

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
_NEWS_VERBS = re.compile(
    r"发布|出台|印发|启动|召开|举行|签约|签署|落地|获批|公布|推出|开通|亮相|成立|揭牌|设立|突破|增长|入选|开工|投产|建成|上线|加快|推进|推动|打造|布局|"
    r"支持|实施|开展|集聚|超过|达到|迈进|首批|首个|新规|新政|举办|开幕|闭幕|新增|开业|通车|交付|投用|启用|竣工|开园|授牌|挂牌|落户|获评|完工|贯通|封顶|引进|增至"
)


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


# The number of an item in a list numbered 一、, （一）, (1), ① or 1.
_LIST_NUMBER = re.compile(r"^[（(]?(?P<n>[一二三四五六七八九十]{1,3}|\d{1,2}|[①-⑳])")


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


_COMMA = re.compile(r"[，,]")


# A broadcast's greeting before its news (各位听众，早上好！…欢迎收听《早间新闻》。): the programme's, no item's text.
_GREETING = re.compile(r"^(?:各位|亲爱的)?(?:听众|观众|网友)(?:朋友)?们?[，,！!][^。]{0,12}好|^(?:[^。]{0,60}[。！!])?欢迎(?:您)?(?:收听|收看)")


def _is_body(line: Line) -> bool:
    text = line.text
    if line.kind in HEADING_KINDS or line.kind.startswith("page_") or is_metadata(text) or _EDITOR_NOTE.match(text) \
            or (("欢迎" in text or "众" in text[:6] or "友" in text[:6]) and _GREETING.match(text)):
        return False
    # (or the item's figures over its lead: 投资额：32亿元　落户：…　行业：…, its text where no metadata)
    return ends_sentence(text) or is_prose(text) or bool(dateline(text)) or visual_width(text) > 48 or fields_line(text) or is_cue(text)


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
_QUESTION_OR_ANSWER = re.compile(r"^[*_]{0,2}(?:(?:问|答|Q|A)\s*[:：]|" + INTERVIEW_TURN.pattern + ")")  # 问：…, 记者：…？


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


_PERSON_SPACED = re.compile(r"[ \u3000]")  # (a post and a name, a name spaced out: 副市长 李某某, 张　三)
