"""``sets_target``: a figure a region or agency aims an industry at (amount, unit, year), and what is
no target (a reported or past figure, a firm's goal, a forecast)."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from pathlib import Path

from kg.kb import read_table
from kg.relations.article import PLACE_TYPES
from kg.relations.clauses import _CLAUSE_END, _ORGANISATION, _PUBLICATION, _actor_end, _agency_place, _backs_as_zone, _masked, _subjects_before
from kg.relations.context import _TASK_ITEM, _Context, _is_at_level
from kg.relations.cues import _cue_re
from kg.relations.sentences import _COORDINATION, Sentence
from kg.types import Fact, Mention, Quantity

__all__ = ["MEASURES", "_sets_target", "names_a_measure"]


# This year (今年, 年底, 年内; 全年 in a paragraph opening an item of a list of tasks, （二）壮大新能源装备制造。…，全年…: the year's
# plan, where an unnumbered paragraph's 全年 (过去一年，…，全年接待游客1200万人次; 全年全市…增长6.8%) sums up the year gone by).
_THIS_YEAR = re.compile(r"(?:到|至)?(?:今年|(?<!明)年底|年内|本年度|(?<![年\d])全年)")


# Next year (明年, 到明年底): a goal for the year after the article's.
_NEXT_YEAR = re.compile(r"(?:到|至)?明年(?:年?底|末)?")


_AMOUNT = re.compile(
    r"(\d+(?:\.\d+)?)\s*(?:(?:万亿元|亿元|万元|万亿|亿|万|家|个|%)?\s*[-~～—至到]\s*(\d+(?:\.\d+)?)\s*)?(万亿元|亿元|万元|万亿|亿千瓦时|亿(?:台|部|片|颗|件|只|块|套|辆|吨|人次|千瓦|立方米|平方米|张)|亿|万标准机架|万标箱|万架|万辆|万吨|万人次|万人|万千瓦时|万千瓦|万个|万台|万套|万架|万P(?![A-Za-z])|万|家|个|座|台|辆|项|条|公里|发|颗|处|场|GWh|GW|吉瓦时|吉瓦|兆瓦|EFLOPS|EFlops|PFLOPS|PFlops|P(?![A-Za-z])|%)"
    r"|(千亿|万亿|百亿)(?:级|元(?!级))"
)
_AMOUNT_OPENS = re.compile(r"[\d千万百]")  # the first character of every match of it


# What a unit of sums is in 亿 (a range's lower end may carry a unit of its own: 8000亿元至1万亿元).
_IN_YI = {"万亿元": 10000.0, "万亿": 10000.0, "亿元": 1.0, "亿": 1.0, "万元": 0.0001}


def _figure(amount: re.Match[str]) -> tuple[float, float | None, str]:
    """The value, the upper end (a range's; else None) and the unit of a figure :data:`_AMOUNT` matched by its
    numbers: sums of 万亿 in 亿元 (1.2万亿元 is 12000 亿元: one unit for the sums a region sets), and a lower
    end written with a unit of its own read in it (8000亿元至1万亿元 is 8000 to 10000 亿元, not 8000 万亿)."""
    value, upper, unit = float(amount[1]), float(amount[2]) if amount[2] else None, amount[3]
    own = amount.string[amount.end(1) : amount.start(2)].strip(" -~～—至到\u3000") if upper is not None else ""
    if own in _IN_YI and unit in _IN_YI:
        value = round(value * _IN_YI[own] / _IN_YI[unit], 6)
    if unit in ("万亿元", "万亿"):
        value, upper, unit = round(value * 10000, 6), round(upper * 10000, 6) if upper is not None else None, "亿元"
    return value, upper, unit


# A count of firms, then the measure each of them reaches (培育1-2家产值超百亿元的企业, 新增三家营收十亿元以上的
# 龙头企业), and what closes that measure as a qualifier (…亿元以上的). Not 打造一个产值超千亿元的产业集群: a
# cluster's size is its industry's.
_QUALIFIES_COUNTED = re.compile(r"(?:\d+(?:\.\d+)?(?:\s*[-~～—至到]\s*\d+(?:\.\d+)?)?|[一二两三四五六七八九十百几数]+)\s*家(?:以上|左右)?[^，,。；;、\d]{0,8}$")
_QUALIFIER_ENDS = re.compile(r"(?:以上|左右|规模)?的")


def _first_amount(text: str) -> re.Match[str] | None:
    """``_AMOUNT.search(text)``, begun where a match can open: the engine cannot skip ahead by the
    pattern's opening group, and most sentences state no figure."""
    opens = _AMOUNT_OPENS.search(text)
    return _AMOUNT.search(text, opens.start()) if opens else None


# A figure of a past or current period: 1-9 月, 前三季度, 上半年, 同比, 占…%. Such a sentence reports
# a statistic, unless it also states a goal (_FUTURE).
_PERIOD = re.compile(r"\d{1,2}\s*[-—~～至到]\s*\d{1,2}\s*月|前[一二三四两]季度|[一二三四]季度|[上下]半年|同比|环比|占比|占[^，。；]{0,16}%|累计|截至|截止")


# A share (占比, 占…%): a goal in a list of goals, a statistic elsewhere.
_SHARE = re.compile(r"占比|占[^，。；]{0,16}%")


# What makes a figure a goal: 到 2025 年, 力争, 目标, 预计, 计划 …
_FUTURE = re.compile(r"(?:到|(?<!截)至)\s*\d{4}\s*年|力争|目标|预计|计划|争取|将|规划|提出|确保")


# A goal that names no year: set for the year it is written in (主要预期目标是：…, 力争…增长20%).
_YEAR_GOAL = re.compile(r"预期目标|主要目标|目标是|目标为|力争")


# A paragraph opening a list of goals (主要预期目标是：…；…；…): each item, a sentence of its own, is one.
_GOAL_LIST = re.compile(r"目标(?:是|为)?[：:][^。！？]*$")


# A clause reporting what is done (已引进…8家, 已建成, 累计): its figure is no goal.
_DONE = re.compile(r"已(?!于)|累计|共计|目前")


# A figure a quantity is to rise from (由38%提高到60%, 从300亿元增至500亿元, 由目前的不足50%提升至60%, 300亿元→500亿元):
# the past figure up to where the goal's own begins; the goal is the figure after 到/至 (or the arrow).
_FROM_FIGURE = re.compile(
    r"(?:(?:由|从)[^，,；;。由从到至]{0,10}?)?\d+(?:\.\d+)?\s*[^\d，,；;。到至→]{0,4}?\s*"
    r"(?:(?:提高|提升|增加|增长|扩大|上升|跃升|增|达|升)(?:到|至)|→)\s*(?=\d)"
)


def _from_figures(text: str) -> list[tuple[int, int]]:
    """Where ``text`` writes the figure a quantity rises from (由38%提高到60%: from 由 to the 60): spans whose figures
    are past ones, and whose words (目前, 现有) tell of that past figure, not of the goal after them. A figure not
    opened by 由/从 is one only before an arrow (300亿元→500亿元; 提高到 alone follows a goal's own measure)."""
    return [(m.start(), m.end()) for m in _FROM_FIGURE.finditer(text) if m[0][:1] in "由从" or m[0].rstrip().endswith("→")]


# A figure counted up to now (今年以来, 去年, 已经…): a statistic, whatever else the sentence says.
_SINCE = re.compile(r"以来|去年|上年|过去|已经|已达|累计|截至|截止")


_ORDER = {"百亿": 100.0, "千亿": 1000.0, "万亿": 10000.0}


# The end of a five-year plan (到“十四五”末, 十四五期末): its last year.
_PLAN_END = re.compile(r"[到至]\s*[“\"]?(十四五|十五五)[”\"]?(?:时期|期)?末")


_PLAN_END_YEAR = {"十四五": 2025, "十五五": 2030}


# The same plan's period told with a goal (“十五五”期间，…力争…; 十五五时期…将…): a goal by its last year. (规划 is
# no goal word here: it is most often the plan's own name.)
_PLAN_PERIOD = re.compile(r"[“\"]?(十四五|十五五)[”\"]?(?:时期|期间)")
_PLAN_GOAL = re.compile(r"力争|目标|预计|计划|争取|将|确保")
_A_DATE = re.compile(r"\s*\d{1,2}\s*月")


def _plan_end_year(text: str, years: list[re.Match[str]]) -> int | None:
    """The last year of the five-year plan a sentence sets its goal by (到“十五五”末, “十五五”期间…力争…: 2030), when
    it writes no other year but dates (the news's 2025年3月8日 is not the goal's year); None otherwise."""
    if any(not _A_DATE.match(text, y.end()) for y in years):
        return None  # a year of its own (到2027年, 2024年…，“十五五”期间力争翻番): the year rules read it
    plan = _PLAN_END.search(text) or (_PLAN_GOAL.search(text) and _PLAN_PERIOD.search(text))
    return _PLAN_END_YEAR[plan[1]] if plan else None


# A goal stated after a past year's figure in the same sentence (…2023年增长8%，今年力争…).
_GOAL_AFTER_PAST = re.compile(r"(?<=[，,；;])\s*(?:今年|明年|全年)?(?:将|要)?(?:力争|目标|预计|计划|争取)")


# The making of an industry's equipment, written after its name (新能源装备制造, 光伏设备制造业): an industry of its
# own (海上风电装备产值, without 制造, is the industry's own figure).
_EQUIPMENT_MAKING = re.compile(r"(?:装备|设备)制造")


# A share of an industry's exports or energy use (新能源汽车出口占比, 数据中心绿电使用比例): a figure of trade or power,
# not of the industry's size or spread (汽车零部件本地配套率, 数字化改造覆盖率, 渗透率, 产值占比 are its goals).
_OTHER_RATE = re.compile(r"(?:产业|行业)?[^，,；;：:。\d]{0,4}?(?:出口|进口|绿电|用电|用能|能耗|使用)[^，,；;：:。\d]{0,4}?(?:率|比例|占比|比重)")


# A sum invested in an industry's projects (新能源项目投资超过200亿元, 锂电材料项目投资累计突破300亿元): money spent, not the
# industry's size.
_INVESTED = re.compile(r"[^，,；;：:。\d]{0,6}?投资")


_LINES = re.compile(r"\s*(?:中试线|中试基地|生产线|产线|示范线)\s*")


# A fund's size before its name (设立了规模2亿元的低空产业子基金, 50亿元的新能源汽车产业基金): the fund's money, not
# a figure the industry its name gives is to reach.
_FUND_NAMED_AFTER_FIGURE = re.compile(r"的[^，,。；;的]{0,16}?基金")


_PRODUCTS = re.compile(r"\s*(?:新|创新)?(?:产品|品种|单品)\s*")


# A park, base or plant named for an industry (预制菜产业园, 种业育繁推基地, 咖啡初加工厂): a place to build, counted.
_PARKS = re.compile(r"\s*[\u4e00-\u9fff]{0,3}?(?:园区|园|基地|加工厂)\s*")


def _counts_parks(text: str, industry: tuple, amount: re.Match[str]) -> bool:
    """Does ``amount`` count parks, bases or plants named for ``industry`` (今年将新建3个预制菜产业园; 新建种业育繁推基地2个;
    新建咖啡初加工厂15座) rather than state the industry's own figure? Those are sites to build: the industry's target is
    the figure the text gives for it (…，到2027年预制菜产业产值力争达到600亿元), if any."""
    if industry[1] <= amount.start():
        return bool(_PARKS.fullmatch(text, industry[1], amount.start()))
    return not text[amount.end() : industry[0]].strip() and bool(_PARKS.match(text, industry[1]))


# A figure of 产业 alone (产业产值, 全市产业规模), naming no industry: the industry the sentence named.
_GENERIC_MEASURE = re.compile(r"(?<![^\s，,；;：:年市省区县])产业(?:总)?(?:产值|规模|营业收入|营收|增加值)")


# A figure's clause opening with a measure and nothing it is of (…把电子信息作为首位产业，计划到2026年营收突破3000亿元):
# the industry the sentence named before, as 产业产值 alone.
_BARE_MEASURE = re.compile(r"\s*(?:全市|全区|全县|全省)?(?:营收|营业收入|总产值|产值|总规模|规模|增加值)\s*(?:力争|将|要)?(?:达到|突破|超过|超|实现|增长|达)?\s*")


# A count of industries or clusters of a size class (三大千亿级, 两个新的千亿级).
_COUNTED_CLASS = re.compile(r"[一二两三四五六七八九十百\d]+(?:大|个|类)(?:新的?)?$")


# A pair of sectors named as one 产业 (船舶与海洋工程装备产业, 把A和B作为首位产业).
_ONE_CHANYE = re.compile(r"\s*(?:产业|作为[^，,；;。]{0,6}产业)")


# A fund's size told right after its name (…基金（规模50亿元）, …基金规模达到…).
_FUND_NAMED_BEFORE_FIGURE = re.compile(r"基金\s*[（(]?\s*(?:首期|总|目标)?规模(?:为|达|达到|约)?$")


# What a reward is given for (对年度交易额超过50亿元的企业…，给予奖励300万元): the figures between 对 and
# the reward are a policy's thresholds, the sum after it in its clause the reward: neither is a region's goal.
_REWARD = re.compile(r"给予|予以(?:奖励|补贴)")


def _rewarded(text: str, reward: re.Match[str]) -> tuple[tuple[int, int], tuple[int, int]]:
    """The spans of a reward's figures that are no goal: its threshold, from 对 to the reward (对年度交易额超过50亿元的
    企业，给予…; -1 where no 对 opens it), and the sum given, from the reward to its clause's end (对新建海外仓给予最高
    300万元补助, 对新引进的人工智能企业最高给予300万元奖励)."""
    end = _CLAUSE_END.search(text, reward.end())
    return (text.rfind("对", 0, reward.start()), reward.start()), (reward.start(), end.start() if end else len(text))


# A goal set some years ahead (三年内, 用三年时间, 未来五年): the year is the article's plus that many.
_YEARS_AHEAD = re.compile(r"(?<![近过去前])(?:(?:未来|今后|用)([一二两三四五六七八九十\d]{1,2})年|([一二两三四五六七八九十\d]{1,2})年(?:内|时间|之内))")


_NUMERAL = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}


def _sets_target(sentence: Sentence, context: _Context, evidence) -> Iterator[Fact]:
    """A sentence's targets (:func:`_stated_targets`); in a list of indicators stating none that way, the
    figure each indicator is to reach in a year ahead (:func:`_indicator_targets`)."""
    found = False
    for fact in _stated_targets(sentence, context, evidence):
        found = True
        yield fact
    if not found and "年" in sentence.text and _YEAR_STATED.search(sentence.text):
        # the list opens in the sentence, or in the paragraph before it with no sentence ended since
        opener = _INDICATORS.search(sentence.text)
        before = context.units[sentence.unit].text[: sentence.start]
        if opener is not None or (_INDICATORS.search(before) and "。" not in before[_last(_INDICATORS, before) :]):
            yield from _indicator_targets(sentence, context, evidence, opener.end() if opener else 0)


def _last(pattern: re.Pattern[str], text: str) -> int:
    """Where the last match of ``pattern`` in ``text`` ends (0 if none)."""
    end = 0
    for end in (m.end() for m in pattern.finditer(text)):
        pass
    return end


# A list of indicators (主要指标如下：…; 主要目标以下列指标衡量：…): items apart by ；, each a measure, its
# figure of a base year, its figure of the goal year (能源工业总产值，2025年为1260亿元，2030年目标为1800亿元).
_INDICATORS = re.compile(r"(?:指标|目标)[^：:。；;，,]{0,10}[：:]")


# A figure stated for a year (2030年目标为1800亿元, 2027年力争达到150亿元, 2024年为7.8万架): the year and
# whether a goal word stands with it.
_YEAR_FIGURE = re.compile(r"(\d{4})\s*年(?:底|末)?\s*(目标(?:值)?(?:为|是)?|预期(?:为|达到)?|力争(?:达到)?|(?:将|要)?达到|突破|超过|为)\s*$")


# A figure stated for a year, as in a list of indicators (2030年目标为1800亿元): the cheap test first.
_YEAR_STATED = re.compile(r"\d{4}\s*年(?:底|末)?\s*(?:目标|预期|力争|将|要|达到|突破|超过|为)[^，,；;。]{0,4}\d")


# What an indicator's name may hold after its industry: the measure (新型储能装机规模, 能源工业总产值,
# 数据中心标准机架); not another noun (算力相关产业营业收入: no figure of 算力 itself).
_INDICATOR_MEASURE = re.compile(r"(?:产业|工业)?(?:总)?(?:产值|规模|总规模|装机规模|装机容量|装机|营业收入|营收|收入|增加值|标准机架|机架)?")


def _indicator_targets(sentence: Sentence, context: _Context, evidence, start: int) -> Iterator[Fact]:
    """主要指标如下：能源工业总产值，2025年为1260亿元，2030年目标为1800亿元；新能源装机规模，2030年目标为1200万千瓦
    → (region, energy industry, 1800 亿元, 2030), (region, new energy, 1200 万千瓦, 2030). Each item names its
    industry's measure before its first comma; a figure is a goal where its year is after the article's
    (or the article's own with a goal word), the base year's figure is none."""
    text = sentence.text
    industries = context.industries(sentence)
    published = context.article_year
    for end in [*(i for i, c in enumerate(text) if c in "；;" and i > start), len(text)]:
        item, item_start, start = text[start:end], start, end + 1
        comma = next((i for i, c in enumerate(item) if c in "，,"), None)
        if comma is None:
            continue
        named = [x for x in industries if item_start <= x[0] and x[1] <= item_start + comma]
        if len(named) != 1 or not _INDICATOR_MEASURE.fullmatch(text, named[0][1], item_start + comma):
            continue  # no one industry's measure (算力相关产业营业收入, 风电、光伏装机规模)
        for amount in _AMOUNT.finditer(text, item_start + comma, end):
            if amount[4]:
                continue
            clause = text[max(item_start, max(text.rfind(p, 0, amount.start()) for p in "，,") + 1) : amount.start()]
            stated = _YEAR_FIGURE.search(clause)
            if stated is None:
                continue
            year, goal_word = int(stated[1]), stated[2] != "为"
            if published is None and not goal_word:
                continue
            if published is not None and (year < published or (year == published and not goal_word)):
                continue  # the base year's figure (2025年为1260亿元), a figure reached
            value, upper, unit = _figure(amount)
            if unit == "亿":
                unit = "亿元"
            subjects, how = _subjects_before(sentence, named[0][0], context)
            places = [r for r in (_agency_place(sentence, x, context) or x for x in subjects)
                      if context.kb.get(r) is not None and context.kb.get(r).type in PLACE_TYPES and _backs_as_zone(r)]
            quantity = Quantity(amount=value, unit=unit, year=year, text=text[item_start : amount.end()].strip(), amount_max=upper)
            for subject in places:
                yield Fact(subject, "sets_target", named[0][2].id, evidence(sentence, f"target_{how}"), quantity)
                yield Fact(subject, "backs", named[0][2].id, evidence(sentence, "target_implies_backs"))


def _measured_figure(text: str) -> bool:
    """Does a metric word (产值, 规模 …) stand in the 16 characters before a figure of ``text``? Every target
    :func:`_stated_targets` reads is such a figure (see its loop over the figures): a sentence with none is not
    read further, before the years, the goal words and which industries stand as terms are looked into."""
    first = _first_amount(text)
    if first is None:
        return False
    metric_re = _cue_re("sets_target", "metric")
    return any(metric_re.search(text, max(0, amount.start() - 16), amount.start()) for amount in _AMOUNT.finditer(text, first.start()))


def _joint_sectors(text: str, measured: Sequence[tuple]) -> bool:
    """Are the industries ``measured`` (last first) two sectors joined by 和 or 与 (船舶和海洋工程装备产业规模, 动力电池和储能电池产能,
    先进计算与信创产业规模): one pair whose figure is the goal of both, not a list's total (风电、光伏装机规模; three or more).
    Survey of the dev gold (rel15bx): a 和/与 pair's figure is credited to both industries in 7 sentences, to neither in none;
    a 、 list's to both in 1 (genres_heldout31 n15), to none in 2 (genres_heldout4 m15, 28 q02)."""
    return len(measured) == 2 and text[measured[1][1] : measured[0][0]].strip() in ("和", "与")


# A measure whose name is its sector's (海洋生产总值: the marine economy's output; 接待游客…万人次: tourism's visitors; 冷库库容,
# 冷库容量, 冷链仓储能力…万吨: the cold chain's storage; 跨境人民币结算量: cross-border finance's), where no word names the
# sector itself: ``kg/data/relations/measures.tsv`` (the survey of the gold behind each row is in its header).
MEASURES = Path(__file__).parent.parent / "data" / "relations" / "measures.tsv"
_MEASURE_ROWS = list(read_table(MEASURES))
_MEASURE_NAMES = {row["measure"]: row["industry"] for row in _MEASURE_ROWS}
_MEASURE_NAME = re.compile("|".join(sorted(_MEASURE_NAMES, key=len, reverse=True)))


def names_a_measure(text: str) -> bool:
    """Does ``text`` name a measure of a sector (:data:`_MEASURE_NAMES`)? A sentence naming no industry is still read
    for targets where it does (方案提出，到2026年全市海洋生产总值达到3000亿元)."""
    return _MEASURE_NAME.search(text) is not None


# Measures that count people, not a sector's output (接待游客…万人次): its goal where dated (到2027年接待游客达到5000万人次),
# or where a word of aim sets the year's own count of people (全年接待游客力争突破2000万人次, 今年计划接待游客…万人次); not a
# growth rate (接待游客力争增长12%) nor a count reported (全年接待游客980万人次). Survey of the dev gold (rel15ch, 2026-12-07):
# such a year's goal is a target in 6 sentences (genres_heldout21 r11, 43 r09, 45 r09, 47 r12, 51 r25, 54 r08), none in 2
# (genres_heldout2 g19, 6 q21); the sector credited is the 文旅 one named before it in the sentence where there is one
# (21 r11, 51 r25; 11 r22 too), else tourism (乡村旅游, 研学旅游 named: 47 r12, 54 r08).
_COUNTING = tuple(row["measure"] for row in _MEASURE_ROWS if row["kind"] == "counting")  # (visitors)
_DATED_GOAL = re.compile(r"[到至]\s*\d{4}\s*年")
_COUNT_AIMED = re.compile(r"(?:力争|计划|目标|争取|确保)[^，,；;。\d]{0,16}?\d+(?:\.\d+)?\s*(?:万|亿)人次")
# The 文旅 sector a count of visitors is credited to where the sentence names it before (推动文旅融合发展，全年接待游客…).
_CULTURAL_TOURISM = "industry:cultural-tourism"
# Where a place named as a measure's subject stands: opening its sentence or clause (延吉市要…，到2027年接待游客…), after
# the time it is set for at most (方案提出，到2026年宁波市海洋生产总值…; 今年滨海新区新增租赁资产…).
_OPENS_CLAUSE = re.compile(r"(?:^|[，,；;：:])\s*(?:(?:到|至)?\s*\d{4}\s*年(?:底|末)?|今年|明年|全年|年内)?\s*$")


def _measured_industries(sentence: Sentence, context: _Context) -> list[tuple]:
    """The industries standing as terms in ``sentence`` (:meth:`_Context.industries`), with the sector each measure
    named after one stands for (全省海洋生产总值达到4200亿元: the marine economy's figure; 到2027年接待游客达到5000万人次:
    tourism's) where no industry is named there or right before it already (冰雪旅游接待游客: 冰雪旅游's own), in order."""
    found = context.industries(sentence)
    if not _MEASURE_NAME.search(sentence.text):
        return found
    measures = []
    for m in _MEASURE_NAME.finditer(sentence.text):
        counting = m[0] in _COUNTING
        if counting and not _DATED_GOAL.search(sentence.text) and not (
                (aim := _COUNT_AIMED.search(sentence.text, max(0, m.start() - 8))) and aim.start() <= m.start() + 16 and aim.end() > m.end()):
            continue
        entity = context.kb.get(_MEASURE_NAMES[m[0]])
        if counting and not _DATED_GOAL.search(sentence.text) and any(x[2].id == _CULTURAL_TOURISM and x[1] <= m.start() for x in found):
            entity = context.kb.get(_CULTURAL_TOURISM)  # 推动文旅融合发展，全年接待游客力争突破…: the 文旅 sector's count
        if entity is not None and not any(x[0] < m.end() and m.start() <= x[1] for x in sentence.of_types(("industry",))):
            measures.append((m.start(), m.end(), Mention(text=m[0], start=m.start(), end=m.end(), type="industry", id=entity.id, name=entity.name, rule="target_measure")))
    return sorted([*found, *measures], key=lambda x: x[:2]) if measures else found


def _stated_targets(sentence: Sentence, context: _Context, evidence) -> Iterator[Fact]:
    """到 2025 年，全市智能网联汽车产业规模力争要达到 5000 亿元 → (region, industry, 5000 亿元, 2025).

    The year may stand earlier in the paragraph (到 2025 年，…；…规模超 2000 亿元). A target is a
    goal for the future: a year before the article's own, or its own year unless the sentence
    states a goal (到 2023 年底, 2024 年政府工作报告提出 …), is a statistic; so is a sentence about a period (1-9 月,
    前三季度, 同比, 占…%) that states no goal (力争, 目标, 预计 …). A range (1-2 家) keeps both ends.
    Read in steps: the goal's year (:func:`_goal_of`), whether a goal is set at all (:func:`_no_goal_set`), then
    each figure (:func:`_figures_targets`).
    """
    if not (sentence.of_types(("industry",)) or names_a_measure(sentence.text)) or not _measured_figure(sentence.text):
        return  # every target is an amount an industry is to reach: none to find
    goal = _goal_of(sentence, context)
    # (the costly question, which industries stand as terms, last: over half the sentences asked set no goal)
    if _no_goal_set(sentence, context, goal) or not (industries := _measured_industries(sentence, context)):
        return
    yield from _figures_targets(sentence, context, evidence, industries, goal)


class _Goal:
    """When a sentence's figures are due: the year written (``year``, a match of :meth:`_Context.years`, or None), its
    value (``value``), where the goal opens after a past figure (``start``, else 0), and the words that set it
    (``ahead``: N years on, ``next_year``, ``this_year``; ``planned``: a goal naming no year of its own)."""

    __slots__ = ("years", "year", "value", "start", "ahead", "next_year", "this_year", "planned")

    def __init__(self, years, year, value, start, ahead, next_year, this_year, planned) -> None:
        self.years, self.year, self.value, self.start = years, year, value, start
        self.ahead, self.next_year, self.this_year, self.planned = ahead, next_year, this_year, planned


def _goal_of(sentence: Sentence, context: _Context) -> _Goal:
    """The goal's year of the sentence's figures: the year it writes (:func:`_written_year`), a goal after a past figure
    (:func:`_goal_after_past_figure`), a year told relative to the article's (:func:`_relative_year`), or a plan's
    (:func:`_planned_year`)."""
    years = context.years(sentence)
    year, year_value = _written_year(sentence, context, years)
    year, year_value, start = _goal_after_past_figure(sentence, context, years, year, year_value)
    ahead, next_year, this_year, year_value = _relative_year(sentence, context, year, year_value)
    year_value, planned = _planned_year(sentence, context, year_value, start, this_year)
    return _Goal(years, year, year_value, start, ahead, next_year, this_year, planned)


def _written_year(sentence: Sentence, context: _Context, years: list) -> tuple[re.Match[str] | None, int | None]:
    """The goal's year the sentence writes (到2027年 first, not the date of the news), else the paragraph's before it,
    else a plan's end (到“十四五”末: 2025); no year for a sentence of its own stating a figure."""
    # The goal's year, not the date of the news (2024年7月8日，昆山市发布…，到2027年…达到2500亿元)
    year = next((y for y in years if y[0][:1] in "到至"), None) or next(iter(years), None)
    year_value = int(year[1]) if year else context.year_before(sentence)
    if year is None and year_value is not None and sentence.kind != "table_row" and not _FUTURE.search(sentence.text) \
            and context.units[sentence.unit].text[: sentence.start].rstrip()[-1:] not in "；;：:，," \
            and (_REPORTED.search(sentence.text) or (sentence.actors() and sentence.actors()[0][0] < _first_amount(sentence.text).start())):
        # 到2026年…达到3000亿元。记者了解到，苏州…规模为2200亿元: a sentence of its own, reported or with a subject of
        # its own and no goal word, states a figure; the goal year reaches the goals listed after it, without a
        # subject (计划提出，到2025年，…。形成年产50发商业火箭的…能力。) or after a semicolon
        year_value = None
    if (plan_end := _plan_end_year(sentence.text, years)) is not None:
        year, year_value = None, plan_end  # 到“十四五”末: 2025
    return year, year_value


def _goal_after_past_figure(sentence: Sentence, context: _Context, years: list, year: re.Match[str] | None,
                            year_value: int | None) -> tuple[re.Match[str] | None, int | None, int]:
    """A goal told after a past figure (last year's, or so far this year): its year and value, and where it opens
    (the figures before it are no goals); ``year``, ``year_value`` and 0 where the sentence tells none."""
    start = 0
    if year and context.article_year and int(year[1]) < context.article_year and not any(y[0][:1] in "到至" for y in years):
        # 工业增加值2023年增长8%，今年力争…增长20%: last year's figure, then this year's goal
        goal = _GOAL_AFTER_PAST.search(sentence.text, year.end())
        if goal and not _SINCE.search(sentence.text, goal.start()):
            year, year_value, start = None, context.article_year, goal.start()
    elif context.article_year and (since := _SINCE.search(sentence.text)) and not any(y[0][:1] in "到至" for y in years):
        # 今年以来已引进…项目50个，力争全年引进…项目80个: the figure so far, then the goal
        goal = _GOAL_AFTER_PAST.search(sentence.text, since.end())
        if goal and not _SINCE.search(sentence.text, goal.start()):
            later = [y for y in years if y.start() >= goal.start()]
            year, start = (later[0] if later else None), goal.start()
            year_value = int(year[1]) if year else context.article_year
    return year, year_value, start


def _relative_year(sentence: Sentence, context: _Context, year: re.Match[str] | None, year_value: int | None) -> tuple:
    """A goal's year told from the article's where none is written (N年内, 明年, 今年, 到年底): the match of each
    (years ahead, next year, this year) and the year they give (``year_value`` where none does)."""
    ahead = None if year or not context.article_year or _SINCE.search(sentence.text) else _YEARS_AHEAD.search(sentence.text)
    if ahead:
        n = ahead[1] or ahead[2]
        year_value = context.article_year + (int(n) if n.isdigit() else _NUMERAL.get(n, 0))
    next_year = None if year or year_value or not context.article_year or _SINCE.search(sentence.text) else _NEXT_YEAR.search(sentence.text)
    if next_year:
        year_value = context.article_year + 1  # 到明年底新增公共充电桩1.2万个: a goal for the year after the report's
    this_year = None if year or year_value else next((m for m in _THIS_YEAR.finditer(sentence.text) if not m[0].endswith("全年")
                                                      or _TASK_ITEM.match(context.units[sentence.unit].text)), None)
    if this_year and context.article_year:
        year_value = context.article_year  # 今年的主要目标：…, 到年底…: the year of the report
    return ahead, next_year, this_year, year_value


def _planned_year(sentence: Sentence, context: _Context, year_value: int | None, start: int,
                  this_year: re.Match[str] | None) -> tuple[int | None, bool]:
    """Whether the figures are a plan's goals (a year's goal list, a goal after a past figure, a goal section, a work
    report's year), and the year that gives where none is known (``year_value`` else)."""
    if year_value is None and context.article_year and not _SINCE.search(sentence.text) and (
            _YEAR_GOAL.search(sentence.text) or _GOAL_LIST.search(context.units[sentence.unit].text, 0, sentence.start)):
        # 主要预期目标是：…增长10%; 力争跨境电商交易额增长20%: a goal naming no year is one for the year it is set in
        return context.article_year, True
    if start:
        return year_value, True
    if year_value is None and (section := context.goal_section_year(sentence)) and not _SINCE.search(sentence.text):
        return section, True  # 二、2025年目标任务 … 引进大数据企业20家: a goal of the section's year
    if this_year and context.is_plan and not _SINCE.search(sentence.text):
        return year_value, True  # a work report's 今年…增长10%以上 is this year's plan, not a figure reached
    return year_value, False


def _no_goal_set(sentence: Sentence, context: _Context, goal: _Goal) -> bool:
    """Does the sentence set no goal: no year (outside a table), advice, a forecast, a figure of the article's year
    or before told as no goal, a period's figure?"""
    year, year_value, this_year = goal.year, goal.value, goal.this_year
    table = sentence.kind == "table_row"
    if year_value is None and not table:
        return True
    if _cue_re("backs", "advice").search(sentence.text):
        return True  # what someone advises, not a goal set
    if (forecast := _FORECAST.search(sentence.text)) and (_PUBLICATION.search(sentence.text) or _ORGANISATION.search(_masked(sentence))
                                                         or _FORECASTER.search(sentence.text, 0, forecast.start()) or sentence.text[forecast.start() - 1 : forecast.start()] == "据"):
        return True  # 赛迪研究院发布的《…研究》预计，…规模将突破200亿元; 专家预计…: a forecast, not a goal set
    # year_before gives only 到-years; the article's own year (or a year in an undated text) is a goal
    # only where the sentence says so (2023年，…产值超过1400亿元 is a statistic)
    goal_year = goal.planned or goal.ahead or goal.next_year or (year is None and not this_year) \
        or sentence.text[(year or this_year).start() : (year or this_year).start() + 1] in "到至" or _FUTURE.search(sentence.text)
    if year_value is not None and not goal_year:
        published = context.article_year
        if published is None or year_value <= published:
            return True
    if year_value is not None and context.article_year and year_value < context.article_year:
        return True
    if (period := _PERIOD.search(sentence.text)) and not (goal.planned or _FUTURE.search(sentence.text)):
        # a share (占…比重达到8%) in a list of goals whose 到2027年 stands before it is one of them
        inherited = year is None and not this_year and year_value is not None and not goal.ahead
        if not (inherited and _SHARE.fullmatch(period[0]) and not _PERIOD.search(sentence.text, period.end())):
            return True
    return False


def _figures_targets(sentence: Sentence, context: _Context, evidence, industries: list[tuple], goal: _Goal) -> Iterator[Fact]:
    """The targets of each figure after the goal's year: the industries it measures (:func:`_industries_measured`,
    :func:`_measured_group`), their places (:func:`_target_places`), the amount and year (:func:`_target_quantity`);
    each place's target implies its backing (``target_implies_backs``)."""
    year = goal.year
    metric_re = _cue_re("sets_target", "metric")
    thresholds = [span for r in _REWARD.finditer(sentence.text) for span in _rewarded(sentence.text, r)]
    after = year.end() if year else goal.start
    # 今年我们的目标是新增智算规模3万P，到2027年…达到10万P: this year's goal, stated before the later one's year
    now = _this_years_goal(sentence, year, context) if year is not None else None
    aimed: set[str] = set()  # the industries a figure before in the sentence measures
    rises = _from_figures(sentence.text)
    for amount in _AMOUNT.finditer(sentence.text):
        early = now is not None and now[0] <= amount.start() < now[1]
        floor = now[0] if early else after
        if (amount.start() < after and not early) or not metric_re.search(sentence.text[max(floor, amount.start() - 16) : amount.start()]):
            continue
        # The industry the figure measures stands in the figure's own clause (…达到3000辆，建成加氢站30座:
        # not the 燃料电池汽车 of the clause before).
        clause_start = max(floor, max(sentence.text.rfind(p, 0, amount.start()) for p in "，,；;：:") + 1)
        if _no_industrys_figure(sentence, amount, floor, clause_start, thresholds, rises):
            continue
        before = _industries_measured(sentence, industries, clause_start, amount, goal.start, year, early)
        measured = _measured_group(sentence.text, industries, before, clause_start, amount) if before else []
        if not measured:
            continue
        if (found := _target_places(sentence, context, measured, clause_start)) is None:
            continue
        places, how = found
        quantity = _target_quantity(sentence, context, goal, amount, early)
        if _SHARE_OF_IT.match(sentence.text, clause_start) and {x[2].id for x in measured} <= aimed:
            continue  # 算力规模达到100EFLOPS，其中智能算力占比超过90%: a share of the figure before, not the industry's own
        aimed.update(x[2].id for x in measured)
        for _, _, industry in reversed(measured):
            for subject in places:
                yield Fact(subject, "sets_target", industry.id, evidence(sentence, f"target_{how}"), quantity)
                # A region that sets itself a target for an industry backs it.
                yield Fact(subject, "backs", industry.id, evidence(sentence, "target_implies_backs"))


def _no_industrys_figure(sentence: Sentence, amount: re.Match[str], floor: int, clause_start: int,
                         thresholds: list[tuple[int, int]], rises: list[tuple[int, int]]) -> bool:
    """Is the figure ``amount`` no industry's goal: a reward's threshold, a fund's size, a count of clusters, the size of
    each firm counted, a figure risen from, what is done already, a firm's or project's figure, a period's so far?"""
    text = sentence.text
    if any(a <= amount.start() < b for a, b in thresholds if a >= 0):
        return True  # 对…超过50亿元的企业，给予奖励: a reward's threshold; 给予最高300万元补助: the reward
    if _FUND_NAMED_BEFORE_FIGURE.search(text, max(0, amount.start() - 12), amount.start()):
        return True  # …产业投资基金（规模50亿元）今年将首批投向…: the size of a fund, not a figure its industries are to reach
    if amount[4] and _COUNTED_CLASS.search(text, max(0, amount.start() - 6), amount.start()):
        return True  # 形成“三大千亿级、五个百亿级”产业集群, 培育A和B两个新的千亿级产业: a count of clusters, no industry's amount
    if _QUALIFIES_COUNTED.search(text, clause_start, amount.start()) and _QUALIFIER_ENDS.match(text, amount.end()):
        return True  # 培育1-2家产值超百亿元的企业: the size of each firm counted, not the industry's figure
    if _FUND_NAMED_AFTER_FIGURE.match(text, amount.end()):
        return True  # 兰州新区管委会还设立了规模2亿元的低空产业子基金: the fund's size
    if any(a <= amount.start() < b for a, b in rises):
        return True  # 产值由300亿元提高到500亿元: the figure it rises from, a past one
    if any(not any(a <= d.start() < b for a, b in rises) for d in _DONE.finditer(text, clause_start, amount.start())):
        return True  # 该区已引进…企业8家，今年将…: what is done already, beside a goal, is no goal
    if _FIRM_GOAL.search(text, _actor_end(sentence, amount.start()), amount.start()) \
            or any(e <= amount.start() and _PLACES_FIRM.match(text, e) for _, e, _ in sentence.actors()):
        return True  # 该企业计划到2026年产能达到…; 该项目预计…，届时可实现产值30亿元: a firm's or a project's figure
    # 今年前两个月…产值达到300亿元，将…: a figure of a period so far, whatever the goal after it
    return _reported_period(text, floor, amount.start(), rises)


def _industries_measured(sentence: Sentence, industries: list[tuple], clause_start: int, amount: re.Match[str], start: int,
                         year: re.Match[str] | None, early: bool) -> list[tuple]:
    """The industries the figure ``amount`` measures: those in its clause before it (or whose measure stands before the
    goal's ``year``, the figure not ``early``: this year's told before it; a share's owner, each of a pair its own), else
    the one after it in the clause, the one named before a generic measure (产业产值), or the one a past figure before
    the goal measured (the goal opening at ``start``); [] where none."""
    text = sentence.text
    before = [x for x in industries if clause_start <= x[0] and x[1] <= amount.start()]
    if not before and year is not None and not early and (named := _measured_before_year(text, industries, year, amount)):
        before = named  # 生物医药产业产值到2027年达到600亿元: the measure, then its year, then the figure
    if (share := _SHARE_OF_OTHER.search(text, clause_start, amount.start())) and any(x[1] <= share.start() for x in before):
        before = [x for x in before if x[1] <= share.start()]  # 化工新材料产值占石化产业比重提高到35%: 化工新材料's share
    each = _respective_industry(text, industries, clause_start, amount)
    if each is False:
        return []  # A和B分别达到…: figures that cannot be paired with the industries, no one's
    if each is not None:
        before = [each]  # A和B产值分别达到300亿元和500亿元: 500 is B's
    if not before and amount[3] != "公里":
        # 培育 1-2 家具有全球竞争力的智能网联汽车企业: the industry follows, in the same clause (not a distance:
        # 100公里辐射半径的加氢网络 is no count of 加氢站).
        clause_end = min([i for i in (text.find(p, amount.end()) for p in "，,") if i >= 0] or [len(text)])
        before = [x for x in industries if amount.end() <= x[0] < clause_end][:1]
    if not before and (_GENERIC_MEASURE.search(text, clause_start, amount.start()) or _BARE_MEASURE.fullmatch(text, clause_start, amount.start())):
        before = _industry_named_before(text, industries, clause_start)
    if not before and start:
        before = _measured_before_goal(sentence, industries, start, amount)  # 去年…产值达到185亿元，今年力争突破220亿元
    return before


def _industry_named_before(text: str, industries: list[tuple], clause_start: int) -> list[tuple]:
    """推动轨道交通装备向智能化升级，到2027年产业产值力争突破2500亿元: 产业 is the one industry named before (in the
    sentence, else in the clause before: …，南昌则把电子信息作为首位产业，计划到2026年营收突破3000亿元), or a pair named
    as one 产业; [] where which is not said."""
    earlier = [x for x in industries if x[1] <= clause_start]
    if len({x[2].id for x in earlier}) > 1:
        ends = max(text.rfind(p, 0, clause_start) for p in "，,；;：:")  # the clause before ends here
        opens = max(text.rfind(p, 0, max(ends, 0)) for p in "，,；;：:") + 1
        earlier = [x for x in earlier if x[0] >= opens]
    if len({x[2].id for x in earlier}) == 1:
        return earlier[-1:]
    if len(earlier) == 2 and _joint_sectors(text, earlier[::-1]) and _ONE_CHANYE.match(text, earlier[1][1]):
        # 把船舶与海洋工程装备作为首位产业，力争到2027年产业规模突破2500亿元: the pair named as one 产业, its figure
        # (not 推动轨道交通装备和航空发动机升级，…产业产值: which of them is not said)
        return earlier
    return []


def _measured_group(text: str, industries: list[tuple], before: list[tuple], clause_start: int, amount: re.Match[str]) -> list[tuple]:
    """The last industry before the figure with those coordinated with it (机器人及智能装备产业规模), last first; []
    where the figure is not theirs: a count of products, lines or parks, another rate, the equipment's makers', a
    compound's, a list's total or a group's joint figure."""
    last = before[-1]
    if last[1] <= amount.start() and (_PRODUCTS.fullmatch(text, last[1], amount.start()) or _LINES.fullmatch(text, last[1], amount.start())):
        return []  # 海洋创新医疗器械产品20个, 钠离子电池中试线2条: a count of products or lines, not the industry's figure
    if _counts_parks(text, last, amount):
        return []  # 新建3个预制菜产业园, 种业育繁推基地2个: a count of parks or bases named for the industry, not its figure
    if _OTHER_RATE.match(text, last[1], amount.start()) or _INVESTED.match(text, last[1], amount.start()):
        return []  # 新能源汽车出口占比提高到45%, 数据中心绿电使用比例, 新能源项目投资超过200亿元: its trade, power use or investment, not its size
    if _EQUIPMENT_MAKING.match(text, last[1]):
        return []  # 新能源装备制造产值突破500亿元: the figure of those making the industry's equipment, not of the industry
    if any(x[1] == last[0] and not text[x[0] : x[1]].endswith("业") for x in industries):
        return []  # 锂电新能源产业产值, 数据中心算力: one compound of two terms, the figure of neither alone (传统产业智能化改造率 is 智能化改造's)
    measured = [last]  # with those coordinated with it: 机器人及智能装备产业规模
    for x in reversed(before[:-1]):
        if not _COORDINATION.match(text[x[1] : measured[-1][0]]):
            break
        measured.append(x)
    if any("及" not in text[a[1] : b[0]] for b, a in zip(measured, measured[1:])) and not _joint_sectors(text, measured):
        return []  # 风电、光伏装机规模达到3000万千瓦: one figure over a list, no industry's own (机器人及智能装备: one group)
    if _GROUP.search(text, clause_start, amount.start()):
        return []  # 到2027年两省…配套率力争达到45%, 双城电子信息产业规模, 两个城市群…: a group's joint figure, no member's
    return measured


def _target_places(sentence: Sentence, context: _Context, measured: list[tuple], clause_start: int) -> tuple[list[str], str] | None:
    """The places whose target the figure of ``measured`` is, and how they were found: the subject before (a planner's
    own where a plan is cited; an agency's or a committee's region; the whole region a clause names); None for a
    measure read from its name whose places are objects."""
    subjects, how = _subjects_before(sentence, measured[-1][0], context)
    if measured[-1][2].rule == "target_measure" and how == "explicit" and not any(
            m.id in subjects and _OPENS_CLAUSE.search(sentence.text, 0, a) for a, _, m in sentence.actors()):
        return None  # 整合塔什库尔干县、泽普县旅游资源，力争接待游客…: a measure read from its name is no figure of places named as objects
    if (plan := _PLANNER.match(sentence.text)) and plan.end() <= measured[-1][0] and not any(
            plan.end() <= a and _ACTS.match(sentence.text, b) for a, b, _ in sentence.actors() if b <= measured[-1][0]):
        # 按照齐齐哈尔市的规划，到2026年富拉尔基区装备制造业产值要达到260亿元: the goal is the planner's, set
        # for a place of its own (the one named in the figure only measured; not 按照江西省的部署，赣州将建设…，
        # 目标是…: there the place acts)
        planners = [m.id for a, b, m in sentence.actors() if plan.start(1) <= a and b <= plan.end(1)]
        if planners:
            subjects, how = planners, "explicit"
    # A local agency's target is its region's (厦门市财政局表示，…使集成电路产业规模达到800亿元), a zone's
    # committee's its zone's (北京经开区管委会表示，力争…).
    regions = [_agency_place(sentence, s, context) or s for s in subjects]
    places = [s for s in regions if context.kb.get(s) is not None and context.kb.get(s).type in PLACE_TYPES]
    if (whole := _WHOLE.search(sentence.text, clause_start, measured[-1][0])) and places:
        places = _whole_region(sentence, whole, places, context)
    # (not a statistical zone, 大同经济开发区重点引进…，全年…力争达到80亿元: no relation end, as for backing)
    return [s for s in places if _backs_as_zone(s)], how


def _target_quantity(sentence: Sentence, context: _Context, goal: _Goal, amount: re.Match[str], early: bool) -> Quantity:
    """The figure ``amount`` as a quantity: its value (千亿级 as an order), unit, the text from the goal's year, and the
    year it is due (the last 到-year before it, each of 分别's own, this year's for a goal told before the later one's)."""
    year, years = goal.year, goal.years
    if amount[4]:  # 千亿级, 两千亿元 (a numeral before the order multiplies it)
        value, upper, unit = _ORDER[amount[4]] * _NUMERAL.get(sentence.text[amount.start() - 1 : amount.start()], 1), None, "亿元"
    else:
        value, upper, unit = _figure(amount)
    if unit == "亿" and sentence.text[amount.end() : amount.end() + 1] not in ("亿", "次"):
        unit = "亿元"  # 突破1000亿 (not 每秒100亿亿次)
    said = sentence.text[(year.start() if year and not early else amount.start()) : amount.end()].strip()
    # 到2025年，…达到600亿元。到2027年，…达到800亿元 (a table's cell): each figure, the goal year before it
    own = [y for y in years if y.end() <= amount.start() and y[0][:1] in "到至"]
    due = int(own[-1][1]) if own and goal.value else goal.value
    if own and (each := _respective_year(sentence.text, years, own[-1], amount)) is not None:
        due = each  # 到2026年和2028年，…分别达到300亿元和500亿元: 500 is 2028's
    if early:
        due = context.article_year
    return Quantity(amount=value, unit=unit, year=due, text=said, amount_max=upper)


# A measure written before its goal's year (生物医药产业产值到2027年达到600亿元, 推动服务贸易进出口额到2028年达到1.8万亿元):
# what stands between the industry and the year, and between the year and the figure. Survey of the dev texts (rel15cc):
# 3 sentences so written (genres_heldout23 r29, 45 r04, 52 r19), each a target of its gold.
_MEASURE_THEN_YEAR = re.compile(r"\s*(?:产业)?(?:集群)?(?:总)?(?:产值|规模|营业收入|营收|收入|增加值|进出口额|交易额|出口额|进口额|产量|装机(?:容量|规模)?)\s*(?:力争|将|要)?\s*")
_YEAR_THEN_FIGURE = re.compile(r"\s*(?:力争|将|要)?\s*(?:达到|突破|超过|实现|增至|超|达)\s*")


def _measured_before_year(text: str, industries: Sequence[tuple], year: re.Match[str], amount: re.Match[str]) -> list[tuple]:
    """The industry (with those named before it in its clause) whose measure stands right before the goal's ``year``, in
    the clause of ``amount`` that year opens into (…，全市化工新材料产值到2027年力争达到80亿元: 化工新材料); [] where the
    clause is not so written."""
    opens = max(text.rfind(p, 0, amount.start()) for p in "，,；;：:") + 1
    if year.start() < opens or not _YEAR_THEN_FIGURE.fullmatch(text, year.end(), amount.start()):
        return []
    last = [x for x in industries if opens <= x[0] and x[1] <= year.start() and _MEASURE_THEN_YEAR.fullmatch(text, x[1], year.start())][-1:]
    return [x for x in industries if opens <= x[0] and x[1] <= last[0][1]] if last else []


# Places counted as a group (两省, 三地, 双城, 西咸两市, 两个城市群), or doing something together (双方…将共同引进…): a
# figure of the group's is the members' joint one, none of theirs. Survey of the dev gold (rel15bx): such a figure is a
# false trap, or left out, in 9 sentences (genres_heldout37 r29, 38 r03, r13, r15, 47 r16, 48 r01, r05, r08, r13), credited
# to a member in none of them (in 1 outside the pooled sets: relations_genres' linking g04, a plan for its 两区); a member's
# own figure after the group (双方共同推动重庆…，力争到2027年全市…) is that member's.
_GROUP = re.compile(r"(?:[两二三四五六七八九十双多]|两个|三个)(?:省|市|区|县|地|城(?!区)|州|方|城市群)(?![长委政])|城市群|共同(?!富裕)")


# A share of another industry or of the whole (化工新材料产值占石化产业比重, 先进钢铁材料产值占钢铁产业的比重): the figure
# is the share of what stands before 占, not of the industry after it.
_SHARE_OF_OTHER = re.compile(r"占[^，,；;。占]{1,20}?(?:比重|比例|份额)")


# A goal that only gives its figure, after a past figure (…，今年力争突破220亿元; …，明年预计达到300亿元).
_BARE_GOAL = re.compile(r"\s*(?:今年|明年|全年)?(?:将|要)?(?:力争|目标是?|预计|计划|争取)(?:要)?(?:突破|达到|超过|实现|增至|超)?\s*")


def _measured_before_goal(sentence: Sentence, industries: Sequence[tuple], start: int, amount: re.Match[str]) -> list[tuple]:
    """The industry a past figure measures, in the clause before a goal that names only its figure (去年全区汽车零部件产业
    产值达到185亿元，今年力争突破220亿元: the 220亿元 is 汽车零部件's, by the same metric); [] where the goal says more."""
    if not _BARE_GOAL.fullmatch(sentence.text, start, amount.start()):
        return []
    opens = max(sentence.text.rfind(p, 0, start - 1) for p in "，,；;：:") + 1
    past = [a for a in _AMOUNT.finditer(sentence.text, opens, start)]
    if not past:
        return []
    metric_re = _cue_re("sets_target", "metric")
    return [x for x in industries if opens <= x[0] and metric_re.search(sentence.text, x[1], past[-1].start())][-1:]


# What opens a goal of the article's own year (今年…, 全年…: not 2024年全年, a past year's whole).
_THIS_YEARS = re.compile(r"今年|(?<![年\d])全年|年内|本年度|(?<![到至明])年底")


# A word making this year's figure after it a goal (今年将新开工…项目40个, 今年全市要新建…项目60个); without one, the
# figure is reported (市里今年新开工储能电池项目3个，提出到2026年…).
_GOAL_WORD = re.compile(r"力争|目标|预计|计划|争取|将|要|确保|拟")


def _this_years_goal(sentence: Sentence, year: re.Match[str], context: _Context) -> tuple[int, int] | None:
    """Where a goal for the article's own year stands before a later goal's 到-year in the sentence (今年我们的目标是
    新增智算规模3万P，到2027年…; 全年新增新能源装机500万千瓦，力争到2027年…): from its 今年 to that year; None where no
    such goal opens the sentence. The first figure stated is the goal of the pair (region, industry), so this year's is
    read where a goal word stands before it (全年, a work report's plan for the year, is one itself)."""
    if year[0][:1] not in "到至" or not context.article_year or int(year[1]) <= context.article_year:
        return None
    text = sentence.text
    now = _THIS_YEARS.search(text, 0, year.start())
    if now is None or _SINCE.search(text, 0, year.start()):
        return None
    first = _AMOUNT.search(text, now.end(), year.start())
    if first is None or (now[0] != "全年" and not _GOAL_WORD.search(text, now.end(), first.start())):
        return None
    return now.end(), year.start()


# A sentence opening with whose plan it follows (按照齐齐哈尔市的规划，…; 根据省里的部署，…).
_PLANNER = re.compile(r"[\s“”\"]*(?:按照|根据|依据|依照)([^，,。；;《》]{1,20}?)的?(?:规划|计划|部署|方案|安排)[，,]")


# What a subject does next (赣州将建设…, 该区提出…): a place acting, not one a figure is of.
_ACTS = re.compile(r"\s*(?:市|区|县)?(?:将|要|还|也|正|已|则|计划|提出|明确|力争|目标|重点|加快|推动|着力|围绕)")


# A clause stating a share of the figure before it (…，其中智能算力占比超过90%).
_SHARE_OF_IT = re.compile(r"\s*其中[^，,；;。]*?(?:占比|比重|占)")


_RESPECTIVELY = re.compile(r"分别")


_YEAR_LIST_GAP = re.compile(r"\s*[和、及与]\s*$")


def _respective_year(text: str, years: list[re.Match[str]], first: re.Match[str], amount: re.Match[str]) -> int | None:
    """The year of ``amount`` among figures stated 分别 for years listed together (到2026年和2028年，…
    分别达到300亿元和500亿元: the second figure, the second year); None where the sentence lists no such years."""
    each = _RESPECTIVELY.search(text, first.end(), amount.start())
    if each is None:
        return None
    listed = [first]
    for y in years:
        if y.start() > listed[-1].end() and y.end() <= each.start() and _YEAR_LIST_GAP.match(text, listed[-1].end(), y.start()):
            listed.append(y)
    figures = [m for m in _AMOUNT.finditer(text, each.end())]
    if len(listed) < 2 or len(figures) != len(listed):
        return None
    k = next((n for n, m in enumerate(figures) if m.start() == amount.start()), None)
    return int(listed[k][1]) if k is not None else None


def _respective_industry(text: str, industries: list, clause_start: int, amount: re.Match[str]):
    """The industry ``amount`` belongs to among figures stated 分别 for industries listed before
    (氢能和储能产业产值分别达到300亿元和500亿元: 500 is 储能's); None where no such list is written,
    False where the figures and the industries do not pair."""
    each = _RESPECTIVELY.search(text, clause_start, amount.start())
    if each is None:
        return None
    listed = list({x[2].id: x for x in industries if clause_start <= x[0] and x[1] <= each.start()}.values())
    if len(listed) < 2:
        return None
    end = _CLAUSE_END.search(text, each.end())
    figures = [m for m in _AMOUNT.finditer(text, each.end(), end.start() if end else len(text))]
    if len(figures) != len(listed):
        return False
    k = next((n for n, m in enumerate(figures) if m.start() == amount.start()), None)
    return listed[k] if k is not None else False


# A firm or a project as the subject of a goal (该企业计划…, 一家电池企业预计…, 该项目建成后…, 一期项目预计…投产):
# its capacity or revenue, not a region's target.
_FIRM_GOAL = re.compile(
    r"(?:(?:^|(?<=[，,；;：:]))\s*(?!全|本|各)(?:该|这家|这个|此|一家|多家|某|其)?|(?<=的)(?:一家|多家|某|这家))"
    r"(?:(?!支持|推动|鼓励|引导|引进|培育|招引|帮助|推进|带动|新增|新建|建设|打造|力争|计划)[^，,；;：:。、]){0,10}?(?:企业|公司|集团|项目|工厂|厂商|[一二三]期)"
    r"(?:负责人)?(?:还|也|则|正|今年|明年)?(?:计划|预计|力争|将|拟|争取|目标|有望|建成后|投产后|达产后|建成|投产|达产)"
)


# A sentence telling what is (记者了解到, 据介绍, 数据显示, 眼下, 现有 …, 规模为…).
_REPORTED = re.compile(r"了解到|据了解|据介绍|据统计|显示|眼下|如今|目前|现有|当前|[^，,。；;]{2,8}为\s*\d")


# A firm of a place as the subject (深圳一家电池企业在惠州投资…，计划到2026年产能达到20GWh): the firm's figure.
_PLACES_FIRM = re.compile(r"的?(?:一家|多家|两家|几家|一批|某)[^，,。；;的]{0,8}?(?:企业|公司|集团|厂商)")


# What a figure is of: the last word before it naming a period reported on (去年, 前两个月, 一季度, 1-9月,
# 上半年, 同比) or a goal (到2025年, 力争, 目标, 预计, 计划, 将). A goal word reaches the figures after
# it, a period word too: 今年一季度，…产值达到300亿元，预计全年将突破1500亿元 (300: reported; 1500: a goal).
_PERIOD_OR_GOAL = re.compile(
    r"(?P<period>去年|上年|前年|上一年|过去一年|(?:近|过去)[一二两三四五\d]年|近年|以来|截至|截止|同比|比上年|较上年|前[一二三四五六七八九十两\d]{1,2}个月"
    r"|\d{1,2}\s*[-—~～至到]\s*\d{1,2}\s*月|前?[一二三四两]季度|上半年)"
    r"|(?P<goal>[到至]\s*\d{4}\s*年|力争|目标|预计|计划|争取|确保|将|要|拟|全年|下半年)"
)


def _reported_period(text: str, start: int, pos: int, rises: Sequence[tuple[int, int]] = ()) -> bool:
    """Is the figure at ``pos`` one of a period reported on: is the last period or goal word between
    ``start`` and it a period's (今年前两个月…产值达到300亿元, …产值去年达到1200亿元，今年将…)? Words in a figure risen
    from (``rises``: 由去年的300亿元提高到500亿元) tell of that figure only."""
    last = None
    for last in (m for m in _PERIOD_OR_GOAL.finditer(text, start, pos) if not any(a <= m.start() < b for a, b in rises)):
        pass
    return last is not None and last["period"] is not None


# 全省, 全市 … opening what a figure measures (…，到2027年全省机器人产业规模达到600亿元): the region at that
# level is whose figure it is, even where places of another level act before it (由合肥、芜湖重点发展…).
_WHOLE = re.compile(r"全(省|市|区|县|自治区)(?![级内外])")


def _whole_region(sentence: Sentence, whole: re.Match[str], places: list[str], context: _Context) -> list[str]:
    """The places a figure of 全省/全市 … is set for: ``places`` if one of them is at that level, else the
    last region at that level acting in the sentence before it, else the one :meth:`_Context.whole` finds."""
    if any(_is_at_level(context.kb.get(p), whole[1]) for p in places):
        return places
    region = context.whole(whole[1], sentence, whole.start())
    return [region] if region else places


# A forecast (预计, 预测): a goal where a government states it, a forecast where a study does.
_FORECAST = re.compile(r"预计|预测|预期(?!目标)|(?<=据)(?:测算|估算)")


# Who forecasts without acting (专家预计, 业内人士预测, 据机构预测): their figures are no region's goal.
_FORECASTER = re.compile(r"专家|学者|分析师|分析人士|业内|业界|研究人员|研究员|机构|券商|智库|人士")
