"""Relation rules: linked sentences → :class:`~kg.types.Fact`\\ s, each with its evidence.

Every rule is a small generator with a name; its cue words are data
(``kg/data/relations/cues.tsv``). A rule fires only on what a sentence states:
a subject, a cue, an object, in that order (or, for titles, an actor and a cue
anywhere in the title). Co-occurrence alone never makes a ``backs``.

The subject of a sentence is the region or agency named before the cue (with
the others coordinated with it: 成都、重庆…等地); else a reference (该市, 全市,
本市 → the city talked about); else, for a sentence with no subject of its own,
the article's subject: its title actor (北京：…), the region its title starts
with, or its section tag (【上海】).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path

from kg.budget import check as check_budget
from kg.kb import KB_DIR, MUNICIPALITIES, REGION_TYPES, KnowledgeBase, read_table
from kg.link import Linker, Unit, article_units
from kg.types import Article, Evidence, Fact, Mention, Quantity

__all__ = ["extract_facts", "fact_record", "prepare", "Sentence", "CUES"]

CUES = Path(__file__).parent / "data" / "relations" / "cues.tsv"
SUBJECT_TYPES = (*REGION_TYPES, "zone", "macro_region", "agency")
PLACE_TYPES = (*REGION_TYPES, "zone")
_SENTENCE_END = re.compile(r"[。！？；!?;]")
# Between two coordinated mentions: a conjunction, maybe after a note in brackets (云州区（原大同县）和阳高县:
# 大同县 is the note's, its gaps are （原 and ）和).
_COORDINATION = re.compile(r"^\s*(?:[（(][^（）()，,。；;]{1,12}[）)]|[）)])?\s*[、和与及]\s*$")
_NOTE_OPENING = re.compile(r"^[（(](?:原|即|今|含|不含)?$")
# 该市, 全区, 该旗, 当地 …; 市里/省里 opening a clause, maybe after a time word (…负责人说，市里正在…;
# …告诉记者，今年县里…), is the speaker's region too.
_REFERENCE = re.compile(r"(?:该|全|本|(?:^|(?<=[，,：:“”\s])|(?<=今年|明年|目前|当前|近年|眼下))(?=[市区省县]里)|(?:^|(?<=[，,：:]))(?=自治区(?:将|要|正|已|还|也|会|支持|计划|力争)))(市|区|省|县|自治区|旗|盟)|(当地|这里|该地|此地)")
# A news report's dateline opening its lead (山东潍坊，2022年11月24日 …, 本报天津2024年3月18日讯, 新华社贵阳2024年4月2日电,
# 本报讯（记者 某某）2024年5月16日，…): a full date after a short place or outlet, no figure before it.
_DATELINE = re.compile(r"\s*[^。！？；;：:\d]{0,30}?((?:19|20)\d\d)\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日")
_THIS_YEAR = re.compile(r"(?:到|至)?(?:今年|年底|年内|本年度)")
_YEAR = re.compile(r"(?:到|至|于|在)?\s*(\d{4})\s*年(?:前|底前|底|末|内)?")
_AMOUNT = re.compile(
    r"(\d+(?:\.\d+)?)\s*(?:(?:万亿元|亿元|万元|万亿|亿|万|家|个|%)?\s*[-~～—至到]\s*(\d+(?:\.\d+)?)\s*)?(万亿元|亿元|万元|万亿|亿千瓦时|亿|万标准机架|万辆|万吨|万人次|万人|万千瓦时|万千瓦|万个|万台|万套|万架|万|家|个|座|台|辆|项|条|发|颗|处|场|GWh|GW|吉瓦时|吉瓦|兆瓦|EFLOPS|EFlops|PFLOPS|PFlops|%)"
    r"|(千亿|万亿|百亿)(?:级|元(?!级))"
)
# A figure of a past or current period: 1-9 月, 前三季度, 上半年, 同比, 占…%. Such a sentence reports
# a statistic, unless it also states a goal (_FUTURE).
_PERIOD = re.compile(r"\d{1,2}\s*[-—~～至到]\s*\d{1,2}\s*月|前[一二三四两]季度|[一二三四]季度|[上下]半年|同比|环比|占比|占[^，。；]{0,16}%|累计|截至|截止")
# A share (占比, 占…%): a goal in a list of goals, a statistic elsewhere.
_SHARE = re.compile(r"占比|占[^，。；]{0,16}%")
# What makes a figure a goal: 到 2025 年, 力争, 目标, 预计, 计划 …
_FUTURE = re.compile(r"(?:到|至)\s*\d{4}\s*年|力争|目标|预计|计划|争取|将|规划|提出|确保")
# A goal that names no year: set for the year it is written in (主要预期目标是：…, 力争…增长20%).
_YEAR_GOAL = re.compile(r"预期目标|主要目标|目标是|目标为|力争")
# A paragraph opening a list of goals (主要预期目标是：…；…；…): each item, a sentence of its own, is one.
_GOAL_LIST = re.compile(r"目标(?:是|为)?[：:][^。！？]*$")
# A document's numbered heading standing alone (二、2025年目标任务, 三、重点工作, 二、方案确定了哪些目标？);
# one naming goals opens a section whose figures are goals (引进大数据企业20家), up to the next heading.
_SECTION_HEADING = re.compile(r"\s*[一二三四五六七八九十]{1,3}、[^。！；;，,：:]{1,24}[？?]?\s*$")
# A goals heading without a number, standing alone (今年的主要目标) or opening its paragraph as a
# sentence of its own (2024年主要目标。地区生产总值增长5.5%左右，…): the figures after it are goals.
_GOAL_HEADING = re.compile(r"\s*(?:(?:20\d\d)\s*年|今年|明年|本年度)?的?(?:主要)?(?:预期)?(?:发展)?目标(?:任务)?\s*(?:[。：:]|$)")
# A work report's heading of the year's work, standing alone (二、2024年工作安排, 2025年工作打算): in a
# report (not a review: 一、2024年工作回顾) its figures are that year's plan. (三、2025年重点工作 may tell
# work under way, with its figures.)
_PLAN_HEADING = re.compile(r"\s*(?:[一二三四五六七八九十]{1,3}、)?(?:(?:20\d\d)\s*年|今年|明年)?[^。！？；;，,：:]{0,6}?(?:工作安排|工作打算)[：:]?\s*$")
# A clause reporting what is done (已引进…8家, 已建成, 累计): its figure is no goal.
_DONE = re.compile(r"已(?!于)|累计|共计|目前")
# A figure counted up to now (今年以来, 去年, 已经…): a statistic, whatever else the sentence says.
_SINCE = re.compile(r"以来|去年|上年|过去|已经|已达|累计|截至|截止")
_ORDER = {"百亿": 100.0, "千亿": 1000.0, "万亿": 10000.0}
# The end of a five-year plan (到“十四五”末, 十四五期末): its last year.
_PLAN_END = re.compile(r"[到至]\s*[“\"]?(十四五|十五五)[”\"]?(?:时期|期)?末")
_PLAN_END_YEAR = {"十四五": 2025, "十五五": 2030}
# A goal stated after a past year's figure in the same sentence (…2023年增长8%，今年力争…).
_GOAL_AFTER_PAST = re.compile(r"(?<=[，,；;])\s*(?:今年|明年|全年)?(?:将|要)?(?:力争|目标|预计|计划|争取)")
_LINES = re.compile(r"\s*(?:中试线|中试基地|生产线|产线|示范线)\s*")
_PRODUCTS = re.compile(r"\s*(?:新|创新)?(?:产品|品种|单品)\s*")
# A figure of 产业 alone (产业产值, 全市产业规模), naming no industry: the industry the sentence named.
_GENERIC_MEASURE = re.compile(r"(?<![^\s，,；;：:年市省区县])产业(?:总)?(?:产值|规模|营业收入|营收|增加值)")
# What a reward is given for (对年度交易额超过50亿元的企业…，给予奖励300万元): the figures between 对 and
# the reward are a policy's thresholds, not a region's goals.
_REWARD = re.compile(r"给予|予以(?:奖励|补贴)")
# A goal set some years ahead (三年内, 用三年时间, 未来五年): the year is the article's plus that many.
_YEARS_AHEAD = re.compile(r"(?<![近过去前])(?:(?:未来|今后|用)([一二两三四五六七八九十\d]{1,2})年|([一二两三四五六七八九十\d]{1,2})年(?:内|时间|之内))")
_NUMERAL = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
_LEVEL = {"市": "city", "区": "district", "县": "district", "旗": "district", "盟": "city", "省": "province", "自治区": "province"}
_CLAUSE_BREAK = re.compile(r"[，,；;：:]")
_PARAGRAPH_TAG = re.compile(r"^【([^【】]{1,10})】")
# …将X、Y作为重点…; 把X与Y、Z并列为主攻方向; 以X、Y和Z为主攻方向: the rest of the list, then the role.
_PRIORITY_AFTER = re.compile(r"^(?:[、和与及][^，,。；;、和与及]{1,12}){0,8}?(?:等)?(?:产业)?(?:并列为|作为|列为|确定为|为)(?:\S{0,4})(?:重点|主导|支柱|首位|战略|优先|核心|主攻)")
_PRIORITY_BEFORE = re.compile(r"[将把以]\s*(?:[^，,。；;、和与及]{1,12}[、和与及])*$")


@lru_cache(maxsize=1)
def _cues() -> dict[tuple[str, str], tuple[str, ...]]:
    table: dict[tuple[str, str], list[str]] = {}
    for row in read_table(CUES):
        table.setdefault((row["relation"], row["role"]), []).append(row["word"])
    # Longest first, so 若干措施 is found before 措施.
    return {key: tuple(sorted(words, key=len, reverse=True)) for key, words in table.items()}


@lru_cache(maxsize=1)
def _not_issuers() -> frozenset[str]:
    """The functions of bodies that announce documents without issuing them (news_office)."""
    return frozenset(_cues().get(("issues", "not_issuer"), ()))


def _cue_re(relation: str, role: str = "cue") -> re.Pattern[str]:
    return _cue_patterns()[(relation, role)]


def prepare() -> None:
    """Read the cue tables and compile their patterns now (a build does it before forking its workers)."""
    _cue_patterns()


@lru_cache(maxsize=1)
def _cue_patterns() -> dict[tuple[str, str], re.Pattern[str]]:
    return {key: re.compile("|".join(re.escape(w) for w in words)) for key, words in _cues().items()}


@dataclass
class Sentence:
    """A sentence of an article with the mentions inside it (offsets relative to the sentence)."""

    unit: int
    start: int  # in the unit's text
    end: int
    text: str
    kind: str
    mentions: list[tuple[int, int, Mention]]
    _of_types: dict = field(default_factory=dict, repr=False, compare=False)  # asked for again and again by the rules

    def of_types(self, types: tuple[str, ...]) -> list[tuple[int, int, Mention]]:
        """The mentions of these types, in order (a list of the sentence's own: do not change it)."""
        found = self._of_types.get(types)
        if found is None:
            found = self._of_types[types] = [x for x in self.mentions if x[2].type in types]
        return found

    def actors(self) -> list[tuple[int, int, Mention]]:
        """The regions and agencies that may act in this sentence (:func:`_actors`), in order. Those
        before a point are the ones that act there: deciding on a mention looks only at those before
        it, so one list serves every cue of the sentence (once per cue was quadratic in its mentions)."""
        found = self._of_types.get("actors")
        if found is None:
            found = self._of_types["actors"] = _actors(self, self.of_types(SUBJECT_TYPES))
        return found


#: Longest sentence the rules see (the bundled corpus's longest is 223 characters): a longer one,
#: a text without punctuation, is cut, so the rules' work per sentence is bounded and a file's
#: extraction is linear in its length.
MAX_SENTENCE = 400
_CLAUSE_MARK = re.compile(r"[，,、：:\s]")


def sentences(units: Sequence[Unit], located: Sequence[tuple[int, int, int, Mention]]) -> list[Sentence]:
    """The sentences of an article's units with the mentions inside each, in order.

    A sentence longer than :data:`MAX_SENTENCE` is cut after its last clause mark (，、：)
    within the limit, else at the limit, never inside a mention.
    """
    by_unit: dict[int, list[tuple[int, int, Mention]]] = {}
    for u, s, e, m in located:
        by_unit.setdefault(u, []).append((s, e, m))
    out = []
    for u, unit in enumerate(units):
        bounds = [0]
        if unit.kind != "table_row":
            bounds += [m.end() for m in _SENTENCE_END.finditer(unit.text)]
        if bounds[-1] != len(unit.text):
            bounds.append(len(unit.text))
        inside = sorted(by_unit.get(u, []), key=lambda x: (x[0], x[1]))  # mentions do not overlap
        k = 0  # the first mention not yet given to a sentence
        for sentence_start, sentence_end in zip(bounds, bounds[1:]):
            for a, b in _pieces(unit.text, sentence_start, sentence_end, inside, k):
                mine = []
                while k < len(inside) and inside[k][0] < b:
                    s, e, m = inside[k]
                    if e <= b and s >= a:  # one across the end of a sentence is in none (as ever)
                        mine.append((s - a, e - a, m))
                    k += 1
                out.append(Sentence(u, a, b, unit.text[a:b], unit.kind, mine))
    return out


def _pieces(text: str, a: int, b: int, mentions: Sequence[tuple[int, int, Mention]], k: int) -> Iterator[tuple[int, int]]:
    """``text[a:b]`` in pieces of at most :data:`MAX_SENTENCE` characters (see :func:`sentences`);
    ``mentions[k:]`` are the mentions from ``a`` on, sorted."""
    while b - a > MAX_SENTENCE:
        limit = a + MAX_SENTENCE
        cut = limit
        for mark in _CLAUSE_MARK.finditer(text, a + MAX_SENTENCE // 2, limit):
            cut = mark.end()  # the last one within the limit
        while k < len(mentions) and (mentions[k][1] <= cut or mentions[k][0] < a):
            k += 1
        if k < len(mentions) and mentions[k][0] < cut:  # a mention across the cut: cut before it (after, if it starts the piece)
            cut = mentions[k][0] if mentions[k][0] > a else mentions[k][1]
        if cut >= b:
            break
        yield a, cut
        a = cut
    yield a, b


class _Context:
    """What an article is about, for sentences that do not say it themselves."""

    def __init__(self, article: Article, units: Sequence[Unit], sents: Sequence[Sentence], linker: Linker) -> None:
        self.article = article
        self.units = units
        self.sents = sents
        self.kb = linker.kb
        self.linker = linker
        self.unnamed_zone = False  # the title opens with a zone the KB lacks (see _most_specific)
        self.document_regions: list[str] = []  # the regions of a document a notice issues (see _document_regions)
        self.committee_zone: str | None = None  # the zone whose committee is the title's actor (see _committee_zone)
        self.policy_links: dict[str, tuple[list[str], list[str]]] = {}
        self.subject = self._article_subject(linker)
        self.current_fund: dict[int, Mention | None] = {}  # per unit: the fund being talked about
        self.last_fund: Mention | None = None  # the fund the article named last (该基金 in a later paragraph)
        self.topic_funds: list[Mention] = []  # every fund a sentence was about, in order (基金群 → the last 基金群)
        self.invested_until: tuple[int, int, str] | None = None  # (unit, end, fund) of the last sentence stating a fund's investments
        self.financing_round: tuple[int, int, list[str]] | None = None  # (unit, end, the firm's industries) of the last round told
        self.policies_seen: list[str] = []  # the documents named so far, not as implemented (行动计划由…印发: the last)
        self._at_level: dict[str, tuple[list[tuple[int, int]], list[str]]] = {}  # see latest
        self._industries: dict[tuple[int, int], list[tuple[int, int, Mention]]] = {}

    def _article_subject(self, linker: Linker) -> list[str]:
        title = [s for s in self.sents if s.kind == "title"]
        if title:
            text = title[0].text
            actor = _TITLE_ACTOR.match(text)
            dated = _TITLE_YEAR.match(text)  # 2024年吉安市政府工作报告: the place after the year opens it
            party = 2 if text.startswith("中共") else 0  # 中共寿光市委办公室 …关于印发…: the committee's office opens it
            limit = actor.end() if actor else (dated.end() + 1 if dated else 1 + party)
            found = [x for x in title[0].mentions if x[0] < limit and x[2].type in SUBJECT_TYPES]
            self.document_regions = _document_regions(title[0], self)
            if found and actor:
                # 天津：滨海新区出台…: a place inside the actor's that opens the headline acts (the actor only files it)
                inner = [x for x in title[0].mentions if x[0] == actor.end() and x[2].type in PLACE_TYPES
                         and found[0][2].id in set(self.kb.ancestors(x[2].id))]
                if inner:
                    return self._most_specific(title[0], inner[0])
                # 重庆：高新区将…: a bare zone word after the actor is the actor's own zone (重庆高新区)
                bare = _BARE_ZONE.match(text, actor.end())
                zone = linker._place_named(actor[1] + bare[1]) if bare else None
                if zone and self.kb.by_id[zone].type == "zone":
                    return [zone]
            if found:
                self.committee_zone = self._committee_zone(found[0])
                return self._most_specific(title[0], found[0])
            opening = [m for x, _, m in title[0].mentions if x == len(text) - len(text.lstrip()) and m.type == "policy"]
            if opening and (region := _title_region(opening[0], self)):
                return region  # 《青岛市支持海洋经济…若干政策》解读: the document's region is what it is about
        if self.article.section:
            place = linker._place_named(self.article.section)
            if place and self.kb.by_id[place].type in PLACE_TYPES:
                return [place]
        # 关于印发《加快发展氢能产业的若干措施》的通知 … 株洲市人民政府办公室 / 2024年3月5日: a document whose
        # title names no one is its signer's
        signers = [m for _, m in _signature(self.sents) if m.type in SUBJECT_TYPES]
        return [signers[0].id] if signers else []

    def _committee_zone(self, first: tuple[int, int, Mention]) -> str | None:
        """The zone a title's actor runs, if it is a zone's committee the KB keeps as its city's body
        (郴州高新区管委会, 洋浦经济开发区管理委员会 → agency:…:development_zone_committee): the zone
        (``zones.tsv``) named in the committee's name, whose document it issues."""
        m = first[2]
        if m.type != "agency" or not m.id.endswith(":development_zone_committee"):
            return None
        run = _COMMITTEE.search(m.text)
        zone = self.linker._place_named(m.text[: run.start()]) if run else None
        return zone if zone in _special_zones() else None

    def _most_specific(self, title: Sentence, first: tuple[int, int, Mention]) -> list[str]:
        """The place a title opens with, read to its end: 福州市鼓楼区, 湖南株洲, 天津滨海新区 are the
        district, the city, the new area (the first place is only where the second lies); a place
        followed by a zone the KB lacks (合肥高新技术产业开发区, 宜宾三江新区) is no subject at all, as
        the zone is not its city."""
        _, end, subject = first
        for s, e, m in title.mentions:
            if s == end and m.type in PLACE_TYPES and (m.type == "zone" or subject.id in set(self.kb.ancestors(m.id))):
                end, subject = e, m
        if subject.type in PLACE_TYPES and _UNKNOWN_ZONE.match(title.text, end):
            self.unnamed_zone = True
            return []
        return [subject.id]

    def body_subject(self, subject: list[str]) -> list[str]:
        """Who the body of a document acts for: a local government, its office or one of its
        departments, the actor of a policy's title (襄阳市人民政府关于…的实施意见, 福建省工业和信息化厅
        关于印发…措施的通知) or of a work report (南昌市政府工作报告), speaks for its region, so the
        document's measures without a subject of their own are the region's (a department holding
        an activity of its own acts itself: :attr:`own_activity`); a
        notice issuing a document for other regions (济南市人民政府办公厅关于印发莱芜区钢城区…实施方案的通知)
        passes on theirs."""
        if self.document_regions and subject is self.subject:
            return list(self.document_regions)
        if self.committee_zone and subject is self.subject:
            return [self.committee_zone]  # 郴州高新区管委会关于印发…的通知: the measures are the zone's, not 郴州's
        if self.own_activity and subject is self.subject:
            return [_government_region(x) or x for x in subject]
        return [_agency_region(x) or x for x in subject]

    @cached_property
    def addressee(self) -> list[str]:
        """The one agency a document is addressed to, on a line of its own before its body
        (…的批复 / 市经济和信息化委员会： / 你委《…的请示》收悉): who 你委 is."""
        for sentence in self.sents:
            if sentence.kind == "title" or sentence.unit == 0:
                continue
            names = sentence.of_types(SUBJECT_TYPES)
            if len(names) == 1 and names[0][2].type == "agency" and not sentence.text[: names[0][0]].strip() \
                    and _ADDRESSED.fullmatch(sentence.text, names[0][1]):
                return [names[0][2].id]
            return []  # the first line of the body is not a salutation to one body
        return []

    @cached_property
    def title_policies(self) -> list[str]:
        """The documents the title names (《青岛市…若干政策》解读: 本政策 in its body is that one)."""
        return [m.id for s in self.sents if s.kind == "title" for _, _, m in s.of_types(("policy",))][:1]

    @cached_property
    def own_activity(self) -> bool:
        """Does the title announce an activity its actor holds (沈阳市商务局关于开展…促消费活动的通知)?
        Then a department is who acts in the body, not its region as for the measures of a
        document (福建省工业和信息化厅…关于印发《…若干措施》的通知: the measures are 福建's)."""
        return bool(_OWN_ACTIVITY.search(self.article.title or ""))

    @cached_property
    def is_plan(self) -> bool:
        """Is the article a work report or a year's plan (2024年政府工作报告, 工作要点), whose 今年 is what is planned?"""
        return bool(re.search(r"工作报告|工作要点|工作计划|工作打算", self.article.title or ""))

    @cached_property
    def article_year(self) -> int | None:
        """The year the article speaks from: its date's, else the latest its title names
        (南昌市政府工作报告：2023年工作回顾和2024年主要目标任务 → 2024), else its dateline's
        (山东潍坊，2022年11月24日 …; 本报天津2024年3月18日讯 …: a news report dated in its lead)."""
        if self.article.date:
            return int(self.article.date[:4])
        years = [int(y) for y in re.findall(r"(20\d\d)\s*年", self.article.title or "")]
        if years:
            return max(years)
        lead = next((s for s in self.sents if s.kind != "title"), None)
        dateline = _DATELINE.match(self.units[lead.unit].text) if lead is not None else None
        return int(dateline[1]) if dateline else None

    @cached_property
    def topic(self) -> str | None:
        """The region a report is about, for 当地, 这里, 该地: the article's subject if a place, else
        the first place its title names, else the first its lead sentence names."""
        if self.unnamed_zone:
            return None  # a report about a zone the KB lacks: its city is not the topic
        for candidate in self.body_subject(self.subject):
            entity = self.kb.get(candidate)
            if entity is not None and entity.type in PLACE_TYPES:
                return candidate
        body = [s for s in self.sents if s.kind != "title"]
        for sentences in ([s for s in self.sents if s.kind == "title"][:1], body[:1]):
            for sentence in sentences:
                places = sentence.of_types(PLACE_TYPES)
                if places:
                    return places[0][2].id
        return None

    def own_place(self, kind: str) -> str | None:
        """The place the article is about if its name ends with ``kind`` (市, 区, 县 …): what 全市, 本市,
        市里 speak of in its body, as a county-level city (江阴市) is a 市 to its own reports."""
        topic = self.topic
        entity = self.kb.get(topic) if topic else None
        return topic if entity is not None and entity.type in REGION_TYPES and entity.name.endswith(kind) else None

    @cached_property
    def advice_from(self) -> tuple[int, int] | None:
        """Where the article starts telling a study's advice (《报告》提出了一系列建议, 建议如下): what
        it says after that, with no subject of its own, is advice to its region, not its backing."""
        for s in self.sents:
            if s.kind != "title" and _ADVICE_OPENING.search(s.text):
                return (s.unit, s.start)
        return None

    @cached_property
    def interview_answers(self) -> frozenset[int]:
        """The paragraphs where a person answers an interview's questions (问：…？ then 王立新：…): an
        expert's views and advice (郑州、西安要做强…), no place's backing. (A policy Q&A answers with 答：,
        which tells the document's content.)"""
        answers: set[int] = set()
        asked = False
        for u, unit in enumerate(self.units):
            if _QUESTION.match(unit.text):
                asked = True
            elif asked and (name := _INTERVIEWEE.match(unit.text)) and not _BODY_SUFFIX.search(name[1]) and not self.linker.link_text(name[1]):
                answers.add(u)
        return frozenset(answers)

    @cached_property
    def _paragraphs(self) -> dict[int, list[Sentence]]:
        """The sentences of each unit, in order (rules look back within a paragraph, often)."""
        paragraphs: dict[int, list[Sentence]] = {}
        for s in self.sents:
            paragraphs.setdefault(s.unit, []).append(s)
        return paragraphs

    def in_measures(self, sentence: Sentence) -> bool:
        """Is the sentence, or one before it in its paragraph, what a document says (措施提出，…)?"""
        for s in self._paragraphs.get(sentence.unit, []):
            if _DOCUMENT_SAYS.match(s.text):
                return True
            if s.start >= sentence.start:
                break
        return False

    def quoted_speaker(self, sentence: Sentence) -> tuple[list[str], str]:
        """Who 我们 is in a quotation that opens ``sentence``: the body or place whose official is named
        as its speaker right after it (”株洲市工业和信息化局局长说。); nobody for a firm's manager or a
        speaker the tables lack (”一家企业董事长说。)."""
        paragraph = self._paragraphs.get(sentence.unit, [])
        later = [s for s in paragraph if s.start > sentence.start][:1]
        if later and _QUOTE_SAID.match(later[0].text) and _SPEAKER.search(later[0].text) and not _FIRM_SPEAKS.search(later[0].text):
            actors = later[0].actors()
            if actors and actors[0][1] <= _SPEAKER.search(later[0].text).start() + 4:
                return [actors[0][2].id], "quoted"
        return [], ""

    def firm_before(self, sentence: Sentence) -> list[str]:
        """The industries of the firm the sentence before, in the same paragraph, introduced (一家自动驾驶企业:
        the industry named right before 企业/公司), for 这家企业 opening this one."""
        paragraph = self._paragraphs.get(sentence.unit, [])
        earlier = [s for s in paragraph if s.start < sentence.start][-1:]
        return [m.id for p in earlier for s, e, m in self.industries(p) if _FIRM_HEAD.match(p.text, e) and "一家" in p.text[max(0, s - 8) : s]]

    def previous_subjects(self, sentence: Sentence) -> list[str]:
        """The explicit actors of the sentence before, in the same paragraph (the nearest
        earlier one that has any)."""
        return self._previous_subjects.get((sentence.unit, sentence.start), [])

    @cached_property
    def _previous_subjects(self) -> dict[tuple[int, int], list[str]]:
        """:meth:`previous_subjects` of every sentence, found in one pass over each paragraph
        (looking back from each sentence would be quadratic in a paragraph's length)."""
        found: dict[tuple[int, int], list[str]] = {}
        for paragraph in self._paragraphs.values():
            last: list[str] = []
            for sentence in paragraph:
                if last and _DOCUMENT_SAYS.match(sentence.text):
                    # 某市人民政府印发《…措施》。措施提出，对…给予奖励；支持…: the document's measures, to
                    # the paragraph's end, are its region's (the issuer issues it); a body that is no
                    # local agency keeps them.
                    last = list(dict.fromkeys(_agency_region(p) or p for p in last))
                found[(sentence.unit, sentence.start)] = last
                actors = sentence.actors()
                if actors:
                    last = [m.id for _, _, m in actors[:1]]
        return found

    @cached_property
    def _years(self) -> dict[tuple[int, int], list[re.Match[str]]]:
        """The years written in each sentence (by unit and start), searched for once."""
        return {(s.unit, s.start): list(_YEAR.finditer(s.text)) if "年" in s.text else [] for s in self.sents}  # most name none

    def industries(self, sentence: Sentence) -> list[tuple[int, int, Mention]]:
        """The sentence's industry mentions that stand as terms (see :func:`_stands_as_term`)."""
        key = (sentence.unit, sentence.start)
        found = self._industries.get(key)
        if found is None:
            named = sentence.of_types(("industry",))
            ends = {e for _, e, _ in named}
            found = self._industries[key] = [
                x for x in named if _stands_as_term(sentence.text, x[0], x[1], self.linker) and not (x[0] in ends and self._broad(x[2].id))
            ]
        return found

    def _broad(self, industry: str) -> bool:
        """Is ``industry`` a broad sector (one right under 战略性新兴产业 or 制造业: 新能源, 新材料, 装备制造,
        汽车 …)? Written right after another industry's name (锂电新能源, 特钢新材料, 氢能装备制造,
        智能网联新能源汽车整车制造), it is the head of that narrower sector's name, not a sector of its own:
        :meth:`industries` leaves it out (the narrower one stays)."""
        entity = self.kb.get(industry)
        return entity is not None and any(p in _SECTOR_ROOTS for p in entity.parents)

    def years(self, sentence: Sentence) -> list[re.Match[str]]:
        """The years written in one of the article's sentences."""
        return self._years[(sentence.unit, sentence.start)]

    @cached_property
    def _target_years(self) -> dict[int, list[tuple[int, int]]]:
        """Per unit, ``(sentence start, year)`` of every target year (到 2025 年), in order:
        found once, as :meth:`year_before` is asked for most sentences."""
        years: dict[int, list[tuple[int, int]]] = {}
        for s in self.sents:
            for match in self.years(s):
                if s.text[match.start() : match.start() + 1] in "到至":
                    years.setdefault(s.unit, []).append((s.start, int(match[1])))
        return years

    @cached_property
    def _goal_sections(self) -> dict[int, int]:
        """The year (the heading's, else the article's) of each unit in a section whose heading names
        goals (二、2025年主要预期目标, 二、2024年目标任务): a work report's goals, and its tasks'
        figures, stated without a year."""
        sections: dict[int, int] = {}
        year = None
        for u, unit in enumerate(self.units):
            plan = self.is_plan and _PLAN_HEADING.match(unit.text)  # a work report's 二、2024年工作安排: the year's work
            if _SECTION_HEADING.match(unit.text) or plan or (heading := _GOAL_HEADING.match(unit.text)) and heading.end() == len(unit.text.rstrip()):
                named = re.search(r"(20\d\d)\s*年", unit.text)
                year = (int(named[1]) if named else self.article_year) if "目标" in unit.text or plan else None
            elif (heading := _GOAL_HEADING.match(unit.text)) and heading[0].rstrip()[-1:] in "。：:":
                named = re.search(r"(20\d\d)\s*年", heading[0])
                if (goal_year := int(named[1]) if named else self.article_year) is not None:
                    sections[u] = goal_year  # 2024年主要目标。…: this paragraph's figures are that year's goals
            elif year is not None:
                sections[u] = year
        return sections

    def goal_section_year(self, sentence: Sentence) -> int | None:
        """The year of the goals section this sentence stands in, if any (see :attr:`_goal_sections`)."""
        return self._goal_sections.get(sentence.unit)

    def year_before(self, sentence: Sentence) -> int | None:
        """The target year last named earlier in the same paragraph (到 2025 年，…；…)."""
        years = self._target_years.get(sentence.unit, ())
        k = bisect_left(years, (sentence.start,))  # the first named in this sentence or after
        return years[k - 1][1] if k else None

    def tag_subject(self, sentence: Sentence) -> list[str] | None:
        """The region of the 【tag】 that opens this sentence's paragraph, if any."""
        tag = _PARAGRAPH_TAG.match(self.units[sentence.unit].text)
        if not tag:
            return None
        place = self.linker._place_named(tag[1])
        return [place] if place else None

    def subject_at(self, sentence: Sentence) -> list[str]:
        """The article's subject where this sentence stands: a paragraph opened by 【北京】
        (a part of a multi-region article) is about 北京 until the next such tag."""
        tagged = self._unit_subjects.get(sentence.unit)
        if tagged is not None:
            return tagged
        return list(self.subject) if sentence.kind == "title" else self.body_subject(self.subject)

    @property
    def _unit_subjects(self) -> dict[int, list[str]]:
        if not hasattr(self, "_unit_subject_cache"):
            cache: dict[int, list[str]] = {}
            current = None
            for u, unit in enumerate(self.units):
                tag = _PARAGRAPH_TAG.match(unit.text)
                if tag:
                    place = self.linker._place_named(tag[1])
                    current = [place] if place else None
                if current is not None:
                    cache[u] = current
            self._unit_subject_cache = cache
        return self._unit_subject_cache

    def _region_of(self, m: Mention):
        """The region a mention names: itself, or a local agency's region."""
        if m.type == "agency":
            parts = m.id.split(":")
            return self.kb.get(parts[1]) if len(parts) == 3 else None
        return m if m.type in REGION_TYPES else None

    def whole(self, word: str, sentence: Sentence, before: int) -> str | None:
        """The region 全市, 全省, 本市 … (``word``: 市, 省 …) speak of: the last at that level acting in
        the same paragraph, else the article's own region at that level, else the last named before.
        A report or a document says 全市 for its own city, not for one it cited or named as a partner
        (廊坊's notice: 发挥北京大兴国际机场临空经济区优势。…到2026年全市…营业收入达到120亿元 is 廊坊's)."""
        acting = [r.id for s in self.sents if s.unit == sentence.unit and s.start <= sentence.start
                  for at, _, m in s.actors() if (s is not sentence or at < before) and _is_at_level(r := self._region_of(m), word)]
        if acting:
            return acting[-1]
        for candidate in [*self.body_subject(self.subject), self.topic]:
            if candidate and _is_at_level(self.kb.get(candidate), word):
                return candidate
        return self.latest(_LEVEL[word], sentence, before)

    def latest(self, level: str, sentence: Sentence, before: int) -> str | None:
        """The most recent region at ``level`` named up to this point of the article
        (``before``: an offset in ``sentence``)."""
        if level not in self._at_level:
            # A local agency names its region too (青岛市财政局 …，全市 → 青岛). A county-level city is a 市
            # to its own reports (射洪是…县级市，该市提出… is 射洪, not 遂宁 named before it).
            named = ((s.unit, s.start + start, self._region_of(m)) for s in self.sents for start, _, m in s.mentions)
            places = [((u, at), r.id) for u, at, r in named if r is not None
                      and (r.type == level or (level == "city" and (r.type == "province" and r.id in MUNICIPALITIES
                                                                     or r.type == "district" and r.name.endswith("市"))))]
            self._at_level[level] = ([where for where, _ in places], [i for _, i in places])
        where, ids = self._at_level[level]
        k = bisect_left(where, (sentence.unit, sentence.start + before))  # the last one named before that point
        best = ids[k - 1] if k else None
        if best is None:
            at_level = [i for i in self.body_subject(self.subject) if self.kb.by_id.get(i) is not None and self.kb.by_id[i].type in (level, "province")]
            best = at_level[0] if at_level else None
        return best


# The roots of the industry scheme whose children are broad sectors (see _Context._broad).
_SECTOR_ROOTS = frozenset({"industry:strategic-emerging-industries", "industry:manufacturing"})


# What follows a city's name in the name of a zone (合肥高新技术产业开发区, 宜宾三江新区, 宁乡经开区).
_ZONE_SUFFIX = r"(?:高新技术产业开发区|经济技术开发区|高新区|经开区|新区|开发区|保税区|工业园区|产业园区|园区)"
_TITLE_ACTOR = re.compile(r"^([^：:\s]{2,8})[：:]")  # 天津：… opening a headline
_BARE_ZONE = re.compile(r"\s*(" + _ZONE_SUFFIX + ")")
_UNKNOWN_ZONE = re.compile(r"[^\W\d_的在将把对和与及]{0,4}?" + _ZONE_SUFFIX)


_TITLE_YEAR = re.compile(r"\s*\d{4}\s*年度?")
_ADVICE_OPENING = re.compile(r"(?:提出|给出|提供)了?[^，,。；;！？]{0,10}建议|建议如下|以下(?:几点|几条)?建议")


def _agency_region(subject: str) -> str | None:
    """The region of a local agency (agency:350200:finance_bureau → 350200)."""
    parts = subject.split(":")
    return parts[1] if len(parts) == 3 and parts[0] == "agency" else None


_OWN_ACTIVITY = re.compile(r"关于(?:组织)?开展[^《》]{0,30}活动")
_ISSUING_NOTICE = re.compile(r"关于(?:印发|转发|发布)《?")


def _document_regions(title: Sentence, context: _Context) -> list[str]:
    """The places the title of a document issued by a notice opens with (…关于印发《长沙市…措施》的通知
    → 长沙, read from the linked title; 关于印发莱芜区钢城区…方案的通知 → 莱芜区, 钢城区)."""
    notice = _ISSUING_NOTICE.search(title.text)
    if not notice or not title.text.rstrip().endswith("通知"):
        return []
    regions: list[str] = []
    at = notice.end()
    for s, e, m in title.mentions:
        if m.type == "policy" and not regions and s == at - 1 and title.text[s] == "《" and not any(x[0] < notice.start() for x in title.mentions):
            # (a title naming its issuers first, 黄埔区人民政府…关于印发《…》的通知, has its actor: see _article_subject)
            return _leading_place(m.id.split(":", 1)[1], context)  # 关于印发《昆山市支持跨境电商…措施》的通知: 昆山市's document
        if s < at:
            continue
        if s > at + 1 or (s == at + 1 and title.text[at] not in "、和与及"):
            break
        if m.type not in PLACE_TYPES:
            break
        regions.append(m.id)
        at = e
    return regions


def _leading_place(text: str, context: _Context) -> list[str]:
    """The place ``text`` opens with, read to its end (广州市黄埔区… → 黄埔区, not 广州市)."""
    found: list[str] = []
    end = 0
    for m in context.linker.link_text(text):
        if m.start != end or m.type not in PLACE_TYPES or (found and found[0] not in context.kb.ancestors(m.id)):
            break
        found, end = [m.id], m.end
    return found


def _government_region(subject: str) -> str | None:
    """The region of a local government or its office (agency:420600:government → 420600)."""
    parts = subject.split(":")
    if len(parts) == 3 and parts[0] == "agency" and parts[2] in ("government", "government_office"):
        return parts[1]
    return None


_LIST_ITEM_START = re.compile(r"[、，,：:；;（(]")
# The rest of a list after its first item (…、压力容器和体育器材): items joined by 、和及与, lazily, at most 8.
_REST_OF_LIST = r"(?:[、和及与][^，,。；;、和及与]{1,10}){0,8}?"
# Industries a place's work is organised around (围绕A、B和C三条主线布局, 围绕…两条赛道招商引资).
_AROUND_BEFORE = re.compile(r"围绕\s*(?:[^，,。；;、和与及]{1,12}[、和与及])*$")
_AROUND_AFTER = re.compile(_REST_OF_LIST + r"等?(?:[一二两三四五六七八九十\d]+\s*(?:条|大|个))?(?:主线|赛道|产业|领域|方向|重点产业链|产业链)?(?:布局|招商引资|精准招商|开展(?:产业链)?招商|招商|发力)")


_MEASURE = ("量", "额")
_MAKING = ("开发", "研发", "制造", "生产", "器件")
# A product an industry's name only qualifies (新能源装备海外仓, 燃料电池重卡, 航空航天用钛部件, 汽车内饰,
# 汽车轻量化材料, 航天科研院所; its sale or purchase, 汽车销售合同, 汽车购置), or the
# system or study of its standards (新兴产业标准体系, 未来产业标准研究), a route sold (研学旅游线路), an
# intermediate (医药中间体), a part made to go with it (新能源汽车配套的电驱动系统): the product, another noun, is what is named. (Its materials and equipment, 储能材料, 燃料电池装备, are
# the industry's own upstream: still the industry a fund invests in; a place that backs them backs materials, see _MATERIAL.)
_PRODUCT_HEAD = re.compile(r"(?:重卡|机车|叉车|客车|公交车|大巴|海外仓|消费品|时代|内饰|轻量化|(?:科研)?院所|销售|消费|流通|购置|报废|以旧换新|标准(?:体系|研究|化)|线路|中间体|配套的|用(?![于好活户地能电水气]))")


# Goods in use, not an industry (老旧汽车, 二手手机).
_USED_GOODS = ("老旧", "二手", "报废", "闲置")
_NAME_BEFORE_NOTE = re.compile(r"([\u4e00-\u9fff]{1,8})[（(][^（）()，,。；;]{1,8}[）)]$")


@lru_cache(maxsize=1 << 16)  # a pure function of the sentence; sentences recur (boilerplate, reprinted items)
def _stands_as_term(text: str, start: int, end: int, linker: Linker) -> bool:
    """Is ``text[start:end]`` (an industry's name) a term of its own, not a fragment of another noun?

    Not where it qualifies a product (燃料电池重卡, 航空航天用钛部件), nor where a word runs across its
    ends (保险业 in 保险业务: jieba cuts 保险业务), nor where it
    is the second head of a list whose first item puts a term before a shared head
    (汽车功能安全、信息安全: the 汽车 of both, not the industry 信息安全).
    """
    if _PRODUCT_HEAD.match(text, end) or text.endswith(_USED_GOODS, 0, start):
        return False
    if start and text[start - 1] in "）)" and (cut := _NAME_BEFORE_NOTE.search(text, 0, start)):
        # 旅居车（房车）旅游: the tail of a longer name a note interrupts, not the industry 旅游
        joined = cut[1] + text[start:end]
        if any(m.type == "industry" and m.start < len(cut[1]) < m.end for m in linker.link_text(joined)):
            return False
    if not linker.words.on_word_boundary(text, start, end):
        # 汽车出口量, 跨境电商交易额: jieba cuts 出口量, 交易额, but a measure of a term keeps it a term; so
        # does the making of it (工业软件开发, 第三代半导体器件: jieba cuts 软件开发, 半导体器件).
        if not ((text[end : end + 1] in _MEASURE or text.startswith(_MAKING, end)) and linker.words.starts_word(text, start)):
            return False
    if start and text[start - 1] == "、":
        head = text[end - 2 : end]
        previous = text[: start - 1]
        cut = max((m.end() for m in _LIST_ITEM_START.finditer(previous)), default=0)
        item = previous[cut:]
        # The item before: an industry modifying words that end in the same head (汽车 + 功能安全).
        if len(item) > len(head) + 2 and item.endswith(head):
            inside = [m for m in linker.link_text(item) if m.type == "industry"]
            if inside and inside[-1].end < len(item) - len(head):  # 石墨烯材料、超导材料: the item is itself a term
                return False
    return True


def _masked(sentence: Sentence) -> str:
    """The sentence with policy titles, agencies' and funds' names blanked: a cue inside 《…促进…措施》
    or 发展和改革委员会 states nothing; nor
    does one that describes what a place has become (形成了…产业集群, 发展为…中心: the ``not_cue``
    phrases). Found once per sentence."""
    found = sentence._of_types.get("masked")
    if found is not None:
        return found
    text = list(sentence.text)
    for s, e, m in sentence.mentions:
        if m.type in ("policy", "agency", "fund"):  # nor one inside a name (国家发展改革委, 产业发展基金)
            text[s:e] = "□" * (e - s)
    for match in _cue_re("backs", "not_cue").finditer(sentence.text):
        text[match.start() : match.end()] = "□" * len(match[0])
    if "支持" in sentence.text:
        for match in _CAPABILITY.finditer(sentence.text):
            text[match.start() : match.end()] = "□" * len(match[0])
    if any(w in sentence.text for w in ("报告", "指数", "皮书", "研究", "榜单")):  # most sentences name none
        for match in _PUBLICATION.finditer(sentence.text):
            text[match.start() : match.end()] = "□" * len(match[0])
    found = sentence._of_types["masked"] = "".join(text)
    return found


# The name of a study, an index or a report (《重庆市数字经济创新发展报告（2023）》, 全球未来产业发展指数报告显示):
# a cue inside it (发展) states nothing; the linker knows no such title as a policy.
_PUBLICATION = re.compile(
    r"《[^《》]{1,60}?(?:报告|白皮书|蓝皮书|指数|研究|榜单)(?:[（(][^（）()]{1,12}[）)])?》"
    r"|[^，,。；;、：:“”《》\s]{1,20}?(?:指数报告|发展报告|白皮书|蓝皮书|指数)(?=显示|指出|称|认为|预计|表明)"
    r"|[^，,。；;、：:“”《》\s]{1,20}?(?:白皮书|蓝皮书)"  # 发布两大未来产业发展白皮书: a white paper is published, whatever follows
)


# 支持 as what a product can do (支持高级别自动驾驶的 5G 网络, 支持…的标准): a network or a standard able
# to serve the industry, not support given to it.
_CAPABILITY = re.compile(r"支持(?=[^，,。；;的]{1,16}的\s*[^，,。；;的]{0,8}?(?:网络|专网|标准|系统|设备|芯片|终端|软件))")


# A place right after one of these is what is supported, not who supports (支持杭州、宁波争创…).
# Who else issues documents: a clause naming one of these before the cue has its own actor.
_ORGANISATION = re.compile(r"(?:中心|联盟|协会|学会|研究院|研究所|公司|集团|企业|银行|大学|交易所|商会|基金会)")


def _clause_start(text: str, pos: int) -> int:
    """Where the clause up to ``pos`` starts: after the last comma or colon before it, else at 0
    (a sentence holds no ； before its end: it ends there). Four searches written out: a generator
    for them cost more than the searches."""
    return max(text.rfind("，", 0, pos), text.rfind(",", 0, pos), text.rfind("：", 0, pos), text.rfind(":", 0, pos)) + 1


def _clause(text: str, pos: int) -> str:
    """The clause up to ``pos`` (from the last comma or sentence start)."""
    return text[_clause_start(text, pos) : pos]


def _clause_end(text: str, pos: int) -> int:
    """Where the clause holding ``pos`` ends (the next comma, or the sentence's end)."""
    found = _CLAUSE_BREAK.search(text, pos)
    return found.start() if found else len(text)


def _clause_prefix(text: str, pos: int) -> str:
    """``text`` up to where the clause ending at ``pos`` starts (see :func:`_clause`)."""
    return text[: _clause_start(text, pos)]


# A place right after one of these is what is supported or built on, not who acts
# (支持杭州、宁波争创…; 依托南京、苏州…优势; 以虹桥商务区为核心; 打造合肥、芜湖两个…城市),
# or where the news came from (记者从青岛市财政局获悉), or a neighbour (毗邻港澳, 紧邻上海), a base or a
# market served (立足深圳，服务港澳), what is strengthened, given to or helped (强化临港新片区特殊功能定位,
# 给予临港新片区…自主权, 助力临港新片区…).
# A place one learns from or draws on (借鉴西安的做法, 学习深圳经验, 用好和林格尔县的算力) is a model or a
# resource, not who acts either; so is one worked with (配合西安市推进…), and after 了 (借鉴了无锡的经验).
_OBJECT_VERB = re.compile(
    r"(?:支持|鼓励|推动|推进|加快|深化|加强|面向|引导|帮助|指导|组织|推荐|确定|遴选|批复|同意|依托|发挥|联动|打造|建设|围绕|带动|辐射|覆盖|落地|落户|位于|设在"
    r"|落实|贯彻|借鉴|学习|对标|参照|参考|效仿|用好|用活|利用|借助|以|在|于|到|赴|与|同|从|毗邻|紧邻|邻近|靠近|立足|服务|强化|给予|助力|促进|对接|配合|协助)"
    r"(?:(?<![在于到与同从以])了)?\s*(?:东部|西部|中部|南部|北部|本市|本省|本区|我市|我省|我区)?\s*$"
)


# The same after a list whose first items are no mentions (支持厦门火炬高新区、海沧区建设…: a zone the
# tables lack, then a district; 与香港科技园公司、香港数码港合作: partners).
_OBJECT_LIST = re.compile(r"(?:支持|鼓励|推动|引导|帮助|指导|推荐|确定|遴选|批复|同意|依托|借鉴|学习|对标|与)(?:[^，,。；;：:、\s]{1,16}、)+$")


# A statistic of the industry (汽车制造业增加值增长最快, 数字经济产值同比增长12%): how it did, not backing.
_FIGURE = re.compile(r"[^，,。；;]{0,4}?(?:增加值|产值|营收|营业收入|销售额|出口额|利润|接待人次|游客人次|客流|吞吐量)[^，,。；;]{0,8}?(?:同比|最快|比上年|较上年)")
# Support received (获国家支持发展…, 受到…扶持): the backer is who gives it, not the place receiving it.
_SUPPORT_RECEIVED = re.compile(r"(?:获|获得|受到?)[^，,。；;]{0,6}(?:支持|扶持)(?:发展)?$")


# A place made into something (将前海打造成为…高地, 把临港建设成…): the object of who makes it, not who acts.
# (Nor does a place as a precedent act: 成为继海南自贸港之后第二个…的地区.)
_MADE_INTO = re.compile(r"(?:打造|建设|建|培育|发展)(?:成为|成|为)")


# A body approving (获市委常委会审议通过, 经市政府同意): it approves, someone else acts.
_APPROVES = re.compile(r"(?:常务会议|常委会|会议)?(?:审议通过|研究同意|同意|批准)")


# One body acting with others (工业和信息化部近日联合科技部、国家能源局印发…): all of them act.
_JOINTLY = re.compile(r"\s*(?:近日|日前|近期|今天|今日|日前已)?\s*(?:联合|会同)\s*")


# A notice's salutation: the bodies it is sent to (各设区市工信局、财政局，平潭综合实验区经济发展局：).
_SALUTATION = re.compile(r"\s*各[^：:。；;]{1,120}[：:]")


def _subjects_before(sentence: Sentence, pos: int, context: _Context) -> tuple[list[str], str]:
    """Who does what the cue at ``pos`` says: explicit subjects, a reference, the subject of the
    sentence before in the same paragraph (a sentence without one goes on about it), or the
    article's subject. Found once per cue and context: every industry after one cue asks it."""
    key = ("subjects", pos, context)  # the context itself, not its id: a table row's lives briefly
    found = sentence._of_types.get(key)
    if found is None:
        found = sentence._of_types[key] = _find_subjects_before(sentence, pos, context)
    return found


def _find_subjects_before(sentence: Sentence, pos: int, context: _Context) -> tuple[list[str], str]:
    before = [x for x in sentence.actors() if x[1] <= pos]
    salutation = _SALUTATION.match(sentence.text)
    if salutation and salutation.end() <= pos:
        before = [x for x in before if x[0] >= salutation.end()]  # the addressees of a notice do not act
    if not before and (purpose := _PURPOSE.match(sentence.text)) and pos < purpose.end():
        # 为加快发展低空经济，成都市新经济发展委员会联合市交通运输局…: who acts follows the purpose clause.
        after = [x for x in sentence.actors() if x[0] >= purpose.end()]
        if after and (after[0][0] == purpose.end() or sentence.text[after[0][0] - 1] in "，,"):
            group = [after[0]]
            for x in after[1:]:
                if not _COORDINATION.match(sentence.text[group[-1][1] : x[0]]) and sentence.text[group[-1][1] : x[0]] not in ("联合", "会同"):
                    break
                group.append(x)
            return [m.id for _, _, m in group], "explicit"
    if before and before[-1][2].type == "agency" and (said := _SPEAKER.match(sentence.text, before[-1][1])) \
            and _SPOKEN_ZONE.match(sentence.text, said.end(), pos) and (run := _COMMITTEE.search(sentence.text, before[-1][0], before[-1][1])):
        # 临港新片区管委会负责人表示，新片区将…: the zone the speaker's committee runs acts.
        zone = context.linker._place_named(sentence.text[before[-1][0] : run.start()])
        if zone and context.kb.by_id[zone].type == "zone":
            return [zone], "zone_reference"
    zone = _zone_subject(sentence, pos, before, context)
    if zone is not None:
        return zone
    tagged = context.tag_subject(sentence)
    if tagged and not any(m.type == "agency" for _, _, m in before):
        return tagged, "paragraph_tag"  # 【江苏】依托南京、苏州…: 江苏 acts, the cities are where
    ref = None
    spoken = None
    for match in _REFERENCE.finditer(sentence.text[:pos]):
        ref = match
        if before and _speaker_then_reference(sentence.text, before[-1][1], match):
            spoken = match  # not a later descriptor (该市将按照全省…的部署): who acts is referred to first
    if spoken is not None:
        s, e, speaker = before[-1]
        before, ref = [], spoken  # 某市发改委负责人表示，该市将发展…: the agency speaks, the region acts
        own = _agency_region(speaker.id) if speaker.type == "agency" else speaker.id if speaker.type in PLACE_TYPES else None
        if own and spoken[1] and spoken[1] in sentence.text[s:e] and _SPEAKER.match(sentence.text, e):
            # 莱芜市经信委负责人介绍，该市将…: the speaker's own region (莱芜 is a district now); 福安市相关负责人表示，
            # 该市将…: the county-level city itself, not the prefecture the article named last
            return [own], "reference"
        if not spoken[1] and speaker.type in PLACE_TYPES and any(x[2].type in PLACE_TYPES for x in sentence.actors()[:1]) \
                and sentence.actors()[0][0] == len(sentence.text) - len(sentence.text.lstrip()):
            # 广信区是上饶的另一个板块，…，当地重点发展…: 当地 is the place the sentence opened with, not the report's city
            return [sentence.actors()[0][2].id], "reference"
    if before and before[-1][2].type == "agency" and (said := _SPEAKER.match(sentence.text, before[-1][1])) \
            and (quote := _QUOTE_OPENS.match(sentence.text, said.end())):
        # 市经信局负责人说：“射洪将…重点培育动力电池: the place opening the quotation acts, the official only speaks
        place = next((x for x in sentence.of_types(PLACE_TYPES) if x[0] == quote.end()), None)
        if place is not None and place[1] <= pos and _ACTS_NEXT.match(sentence.text, place[1]):
            return [place[2].id], "explicit"
    if before and before[-1][2].type == "agency" and (said := _SPEAKER.match(sentence.text, before[-1][1])) \
            and _SPOKEN_FUND.search(sentence.text, said.end(), pos):
        return [], ""  # 财政局负责人表示，下一步，基金将把…作为重点投向: the fund the bureau runs acts (a plan of its own)
    if before and before[-1][2].type == "agency" and (said := _SPEAKER.match(sentence.text, before[-1][1])):
        # 区发改局负责人说，长安区将…: the official only speaks, the place named after acts — here a name
        # the linker left (a district several cities have), the article's region if it is that one.
        # (…负责人表示，今年将…: no place named, the agency says what it will do.)
        named = _SPOKEN_PLACE.match(sentence.text, said.end())
        if named and named.end() <= pos:
            here = [x for x in context.subject_at(sentence) if (e := context.kb.get(x)) is not None and e.name.startswith(named[1])]
            if here:
                return here, "explicit"
    if before and ref is not None and ref.start() >= before[-1][1] and ref[1] and _SUBJECT_OPENS_CLAUSE.search(sentence.text, 0, ref.start()):
        # 由合肥、芜湖重点发展…，到2027年全省机器人产业规模达到…: a reference opening a later clause is who that clause is about
        region = _referred_region(ref, sentence, context)
        if region:
            return [region], "reference"
    named = _unlinked_place(sentence, pos, before, context)
    if named is not None:
        return named, "explicit"  # 在深圳，龙华区提出…; 喀左县还在…: the place named opens the clause and acts
    if before and _organisation_acts(sentence.text, before, pos):
        return [], ""  # 该中心还将整合深圳…资源，促进深圳数字经济…: the centre acts, the places are its objects
    if before:
        last = before[-1]
        if last[2].type == "macro_region" and len(before) > 1 and sentence.text[before[-2][1] : last[0]] == "等" and _PLACES_OF.match(sentence.text, last[1]):
            before = before[:-1]  # 沈阳、大连等东北城市: the cities listed act, the macro-region only sorts them
            last = before[-1]
        group = [last]
        for x in reversed(before[:-1]):
            gap = sentence.text[x[1] : group[-1][0]]
            if _COORDINATION.match(gap) or _JOINTLY.fullmatch(gap) or (gap.isspace() and x[2].type == group[-1][2].type == "agency"):
                # (中共寿光市委办公室 寿光市人民政府办公室关于印发…: a document's joint issuers, a space apart)
                group.append(x)
            else:
                break
        return [m.id for _, _, m in reversed(group)], "explicit"
    if _A_FIRM_ACTS.search(sentence.text, 0, pos) and not (ref and ref.start() > _A_FIRM_ACTS.search(sentence.text, 0, pos).start()):
        return [], ""  # 在兰州新区，一家企业建设的液流电池储能项目…: a firm acts, the place only locates it
    if ref and not ref[1] and (opening := _opening_place(sentence, ref.start())):
        return [opening], "opening_place"  # 在公安县，当地结合葡萄种植发展乡村旅游: 当地 is the place opened with
    if ref:
        region = _referred_region(ref, sentence, context) if ref[1] else context.topic
        if region:
            return [region], "reference" if ref[1] else "topic_reference"
    opening = _opening_place(sentence, pos)
    if opening:
        return [opening], "opening_place"
    if _QUOTE_WE.match(sentence.text) and "我们" in sentence.text[:pos]:
        return context.quoted_speaker(sentence)  # “今年我们要…。”某局局长说: the speaker's body is 我们
    if _INDEFINITE_SUBJECT.search(sentence.text, 0, pos):
        return [], ""  # 此外，多地政府工作报告提出…: places not named, not the article's region
    if not before and _UNNAMED_SPEAKER.match(sentence.text):
        return [], ""  # 区金融服务部门负责人说，今年将…: a body the tables lack speaks for itself, not the region before
    if _IT_ACTS.search(sentence.text, 0, pos):
        return [], ""  # 同时，它将促进…项目: a project or a centre named before acts, not a region
    if _national_clause(sentence, pos, context):
        return [], ""  # 国家…目录将 X 列为…: a national list quoted, not the article's region backing X
    previous = context.previous_subjects(sentence)
    if previous and (opens := _DOCUMENT_OPENS.match(sentence.text)):
        # 山东省政府办公厅印发《实施方案》。《实施方案》还鼓励…: the document speaks, for the region whose
        # document it is — the one its title names, else the article's — not for its issuer (who issues
        # it) nor for a place the sentence before named (…粤港澳大湾区…。《意见》还鼓励…).
        named = [m for s, _, m in sentence.of_types(("policy",)) if s < opens.end()]
        regions = (_title_region(named[0], context) if named else []) or context.subject_at(sentence)
        if regions:
            return regions, "previous_sentence"
    if previous:
        return previous, "previous_sentence"
    funds = [m for s, _, m in sentence.of_types(("fund",)) if s < pos]
    if funds:
        # A region's fund acting (深圳市引导基金牵头发起设立…基金): the region acts through it.
        owner = funds[-1].id.split(":")[1]
        return ([owner], "fund_owner") if owner.isdigit() else ([], "")
    # A national body's article (财政部：…, 国务院印发…): its subjectless sentences are a national
    # document's content, and no region's — the body issues the document, it does not back what it names.
    return [x for x in context.subject_at(sentence) if not _central_agency(x)], "article_subject"


# A sentence whose subject is a fund (基金由…出资设立，重点投向…; 其中，某某子基金规模50亿元，重点投资…;
# 据介绍，该子基金主要投向…; 此前设立的某子基金已投资…): what follows is the fund's investment, told by the
# invests_in rules, not its owner's or a place's backing — places and bodies inside it only name or set it up.
_FUND_OPENS = re.compile(
    r"\s*(?:(?:其中|此外|同时|另外|目前|此前|据悉|据了解|据[^，,。；;]{1,12}?(?:介绍|透露))[，,]?\s*)*"
    r"(?:此前|已经|今年)?(?:设立的|成立的)?(?:该|这只|这支|上述)?[^，,。；;、的由将与和及设投]{0,20}?基金"
    r"(?=由|将|还|也|已|主要|重点|计划|拟|规模|首期|总规模|目标规模|专门|专注|[，,])"
)


# A paragraph of an editor's comment (点评：…, 编者按：…, as digests print them after an item).
_COMMENT = re.compile(r"\s*[【〔\[]?(?:点评|短评|编者按|编者的话|评论)[】〕\]]?\s*[：:]")


# A headline comparing places (中部六省数字经济政策比较, 三市产业对比): what each does is told in the body.
_COMPARED = re.compile(r"比较(?!优势)|对比")


# A document named in a headline (…专项资金管理办法, …行动方案, …指导意见).
_TITLE_DOCUMENT = re.compile(r"(?:办法|方案|意见|规划|细则|指南|计划|通知|条例)")


def _central_agency(subject: str) -> bool:
    """Is ``subject`` a national body (agency:miit), not a local one (agency:350200:finance_bureau)?"""
    return subject.startswith("agency:") and subject.count(":") == 1


# A firm named without a name as a clause's subject (一家企业建设的…, 多家龙头企业正…).
_A_FIRM_ACTS = re.compile(r"(?:^|[，,：:；;])\s*(?:目前|如今|近日|今年)?[，,]?\s*(?:已有|已经有|还有)?(?:一家|多家|两家|几家|一批|某)[^，,。；;的]{0,8}?(?:企业|公司|集团|厂商)")


# A quotation opening a sentence (“今年我们要…), its speaker named after it (”株洲市工业和信息化局局长说。).
_QUOTE_WE = re.compile(r"\s*“")
_QUOTE_SAID = re.compile(r"\s*”")


# Places left unnamed as a clause's subject (多地, 各地, 不少城市, 各产业集聚区 …): not the article's region.
_INDEFINITE_SUBJECT = re.compile(
    r"(?:^|[，,：:；;])\s*(?:此外|同时|另外|目前|当前|近年来|今年以来)?[，,]?\s*"
    r"(?:多地|各地|多个(?:城市|省份|地区|地方)|多省|不少(?:地方|城市|省份)|一些(?:地方|城市|省份)|许多(?:地方|城市)|部分(?:地区|城市|省份)|各(?:产业)?集聚区|各园区)"
)


# 它 as a clause's subject: a thing named before (a project, a centre); a region is 该市, 当地.
_IT_ACTS = re.compile(r"(?:^|[，,：:；;])\s*(?:同时|此外|而|并且|目前)?[，,]?\s*它(?:们)?(?:将|还|也|已|正|会|可|能)")


# A sentence whose subject is a document (《意见》还鼓励…, 该方案围绕…提出…).
_DOCUMENT_OPENS = re.compile(r"\s*(?:《[^《》]{1,60}》|(?:该|此|上述)?(?:措施|方案|意见|办法|细则)|(?:该|此|上述)规划)(?:还|同时|也|并|中|则|进一步)?(?![，,、和与及])")
# An organisation referred back to as the subject (该中心, 该公司, 这家企业).
_ORGANISATION_REFERENCE = re.compile(r"(?:该|此|这一|这个|这家|这座)(?:中心|平台|公司|企业|集团|联盟|协会|研究院|机构|银行|高校|大学)")


def _organisation_acts(text: str, before: list, pos: int) -> bool:
    """Is an organisation referred back to (该中心) the subject up to ``pos``, the places named after
    it in its clause its objects (该中心…整合深圳…资源, 向粤港澳大湾区企业提供…)? Not where a place
    opens a clause of its own after it (该中心揭牌，深圳市将…)."""
    found = None
    for found in _ORGANISATION_REFERENCE.finditer(text, 0, pos):
        pass
    if found is None:
        return False
    after = [x for x in before if x[0] >= found.end()]
    if len(after) != len(before) and not after:
        return False  # the place stands before it
    return not any(text[: x[0]].rstrip()[-1:] in ("，", ",", "：", ":", "") for x in after)


# A purpose clause opening a sentence (为加快建设低空经济发展高地，…): its actor comes after it.
_PURPOSE = re.compile(r"\s*为了?(?![主例首核龙])[^，,。；;：:“”]{2,40}[，,]\s*")


# A sentence whose subject is the document just named (措施提出，…; 方案还明确…; 《意见》要求…).
_DOCUMENT_SAYS = re.compile(
    r"\s*(?:该|此|上述)?(?:措施|方案|意见|政策|办法|规划|计划|细则|通知|《[^《》]{1,60}》)(?:还|同时|也|并|中)?(?:提出|明确|要求|指出|规定|强调|包括|部署)"
)


# What follows a macro-region that only sorts the places listed before it (沈阳、大连等东北城市).
_PLACES_OF = re.compile(r"(?:的)?(?:城市|地区|省份|省市|各省|各市|地市|\S?个城市)")


def _speaker_then_reference(text: str, actor_end: int, ref: re.Match[str]) -> bool:
    """Does a reference to a place (该市, 当地; 全市 only as a clause's subject) open a later clause than the actor's
    (吴江区工业和信息化局有关负责人介绍，当前，该区正在…)? Then the actor only speaks or
    stands in an earlier clause, and the place referred to is who acts."""
    if ref.start() < actor_end or not _CLAUSE_BREAK.search(text, actor_end, ref.start()):
        return False
    # 全市/本省 is a descriptor (推动全市…), unless it opens its clause as the one who acts (…负责人表示，全省将支持…;
    # …介绍，今年全市将…).
    return not ref[0].startswith(("全", "本")) or (bool(_CLAUSE_OPENS.search(text, 0, ref.start())) and bool(_ACTS_NEXT.match(text, ref.end())))


# What may stand between a clause's start and its subject: a time word (今年全市将…, 下一步，基金将…).
_CLAUSE_OPENS = re.compile(r"[，,：:]\s*(?:(?:今年|明年|下一步|目前|当前|眼下|近年来|\d{4}\s*年)[，,]?\s*)?$")


# An official of the body just named speaking (发改局负责人说，…; 商务厅相关负责人介绍：…): the body is the
# source of what follows, not its actor.
_SPEAKER = re.compile(r"(?:[^，,。；;：:“”]{0,4}?(?:负责人|人士|主任|局长|厅长|主任委员|副主任|副局长|工作人员|官员|发言人))(?:在[^，,。；;]{0,10})?(?:表示|说|介绍|透露|称|指出|告诉记者|坦言)")

# An official of a body named without a name the tables know (区金融服务部门负责人说, 有关部门负责人表示).
_UNNAMED_SPEAKER = re.compile(r"\s*[^，,。；;：:“”]{0,10}?(?:部门|单位)" + _SPEAKER.pattern)

# A clause opening with a place's name after the speaker (…负责人说，长安区将…).
_SPOKEN_PLACE = re.compile(r"[，,：:]\s*([\u4e00-\u9fff]{1,6}?(?:市|区|县|省|州|旗|盟))(?:将|要|正|已|还|也|会|计划|准备|力争|把)")


# A clause opening with a place's own name (鼓楼区今年出台…, 在深圳，龙华区提出…, 喀左县还在…).
_PLACE_OPENING = re.compile(
    r"(?:^|(?<=[，,：:；;]))\s*(?:同时|此外|另外|而|目前|如今|近年来|今年)?[，,]?\s*([\u4e00-\u9fff]{1,6}?(?:市|区|县|旗))"
    r"(?=将|要|正|已|还|也|会|计划|准备|力争|把|则|今年|近年|提出|出台|印发|依托|重点|大力|积极|随即|随后|近日|日前|率先)"
)
# Words ending like a place's name that name none (城区, 市区, 全县, 该市, 园区 …).
_NOT_A_PLACE = re.compile(
    r"[该全本各每此这那其某的了按照据对从向把将为于与和及在是]"
    r"|^(?:城|市|县|辖|郊|山|社|地|园|片|景|矿|港|湾|库|校|街|老|新|主|城乡|都|超|股|开发|示范|试验|功能|保税|高新|经开)[市区县]$|^城市$|^地级市$"
    r"|(?:片区|园区|新区|开发区|高新区|经开区|保税区|示范区|试验区|功能区|集聚区|街区|社区|景区|城区|商区|港区|矿区|库区|校区)$"
)


def _unlinked_place(sentence: Sentence, pos: int, before: list, context: _Context) -> list[str] | None:
    """The place a clause up to ``pos`` opens with, after the last actor, by a name the linker left
    (a district several cities have, 鼓楼区; a short form the tables lack, 喀左县): the one of that name
    inside a place the sentence named before it (在深圳，龙华区…) or the article's region, else no one —
    not the region before, which only sets the scene. ``None``: no such clause."""
    since = before[-1][1] if before else 0
    clause = sentence.text[since:pos]  # cut once, not once a character asked
    if not any(c in clause for c in "市区县旗"):
        return None
    found = None
    for match in _PLACE_OPENING.finditer(sentence.text, since, pos):
        if match.end(1) <= pos:
            found = match
    if found is None or _NOT_A_PLACE.search(found[1]):
        return None
    s, e = found.span(1)
    if any(ms < e and s < me for ms, me, _ in sentence.mentions):
        return None  # a name the linker read (an agency's, a zone's), not an unread place
    ids = [i for i, kind in context.kb.candidates(found[1]) if kind in ("name", "short", "alias", "former") and (x := context.kb.get(i)) is not None and x.type in REGION_TYPES]
    if not ids and len(found[1]) > 4:
        return None  # a long unread phrase, not a short name
    # the place opened with (在深圳，龙华区…), one named before it (作为福州…的核心区，鼓楼区…), the article's
    named = [m.id for ms, me, m in sentence.mentions if me <= s and m.type in PLACE_TYPES]
    within = [*named, *context.subject_at(sentence)]
    inside = [i for i in ids if any(w == i or w in context.kb.ancestors(i) for w in within)]
    return inside if len(inside) == 1 else []


# A zone's word opening the clause after a speaker (…负责人表示，新片区将…), and the committee that runs a zone.
_SPOKEN_ZONE = re.compile(r"[，,：:]\s*(?:新?片区|" + _ZONE_SUFFIX + r")(?:将|要|正|已|还|也|会|计划|准备|力争|把)")
_COMMITTEE = re.compile(r"(?:管委会|管理委员会|党工委)$")


_FIRM_HEAD = re.compile(r"(?:企业|公司)")  # 一家自动驾驶企业 (see _Context.firm_before)
_QUOTE_OPENS = re.compile(r"\s*[，,：:]?\s*“")  # …负责人说：“ (what the speaker says opens)
_ACTS_NEXT = re.compile(r"(?:将|要|正|已|还|也|会|计划|准备|力争|正在)")
# A fund opening a clause after a speaker (…负责人表示，下一步，基金将把…).
_SPOKEN_FUND = re.compile(r"[，,：:]\s*(?:(?:今年|明年|下一步|目前|当前)[，,]?\s*)?(?:该|这支|这只|母|子)?基金(?:将|要|还|也|已|会|计划|拟|把|正)")


# A clause that opens with a zone's name (（二）净月高新区重点发展…, 同时，新区积极发展…).
_ZONE_OPENING = re.compile(r"\s*(?:[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+[是、]|\d+[.、])?\s*([\u4e00-\u9fff]{0,8}?)(" + _ZONE_SUFFIX + ")")


def _zone_openings(sentence: Sentence) -> list[re.Match[str]]:
    """The clauses of a sentence that open with a zone's name (not 推动南昌综合保税区扩区: a cue
    before the zone makes it an object), in order; found once per sentence."""
    found = sentence._of_types.get("zones")
    if found is None:
        found = sentence._of_types["zones"] = []
        if "区" in sentence.text:  # every zone suffix ends with it
            for start in [0, *(m.end() for m in _CLAUSE_BREAK.finditer(sentence.text))]:
                opening = _ZONE_OPENING.match(sentence.text, start)
                if opening and not _cue_re("backs").search(opening[1]) and "在" not in opening[1] and not opening[1].startswith(("于", "到")):
                    found.append(opening)  # (湘潭在湘潭经开区布局…: the zone is where, not who)
    return found


# A clause opening with a bare 片区 (the area of a free-trade zone a report is about).
_AREA_OPENING = re.compile(r"(?:^|(?<=[，,；;：:]))\s*(?:同时|此外|目前|如今)?[，,]?\s*片区")


def _zone_subject(sentence: Sentence, pos: int, before: list, context: _Context) -> tuple[list[str], str] | None:
    """Who acts where the subject is a zone: none where the KB lacks the zone (宁乡经开区, 净月高新区
    — not its city, 宁乡, nor the subject of the sentence before); the article's zone for a bare
    新区/园区 in a report about a zone. ``None``: the subject is not a zone's name."""
    if before:
        s, e, m = before[-1]
        unknown = _UNKNOWN_ZONE.match(sentence.text, e)
        if m.type in REGION_TYPES and unknown and not _cue_re("backs").search(unknown[0]):
            return [], "unnamed_zone"
    # The last clause up to pos that opens with a zone's name and names no actor after it
    # (同时，新区积极发展…，培育数字经济…: 新区 is still who 培育).
    since = before[-1][1] if before else 0
    opening = None
    for found in _zone_openings(sentence):
        if found.end() > pos:
            break
        if found.end() >= since:
            opening = found
    if not opening:
        # 片区依托陆港…, in a report on a free-trade zone's area (乌鲁木齐片区): that area acts
        area = None
        for found in _AREA_OPENING.finditer(sentence.text, 0, pos):
            if found.end() >= since:
                area = found
        if area is not None:
            zones = [x for x in context.body_subject(context.subject) if (e := context.kb.get(x)) is not None and e.type == "zone" and e.name.endswith("片区")]
            if zones:
                return zones, "zone_reference"
        return None
    if any(x[1] == opening.end() for x in before):
        return None  # no zone, or one the KB knows (长春新区): an explicit subject
    if opening[1]:
        return [], "unnamed_zone"
    # 新区 in a report on a zone, or on a district named so (天津滨海新区)
    zones = [x for x in context.body_subject(context.subject) if (e := context.kb.get(x)) is not None and (e.type == "zone" or e.name.endswith(opening[2]))]
    return (zones, "zone_reference") if zones else ([], "unnamed_zone")


# The state speaking (国家, 国务院 …), not a national-level thing a region builds (国家级, 全国首个).
_NATIONAL = re.compile(r"国家(?![级队])|全国(?![首第性前领])|党中央|中共中央|国务院|中央(?![企])")


def _national_clause(sentence: Sentence, pos: int, context: _Context) -> bool:
    """Does the sentence, up to ``pos`` and with no subject of its own, speak for the state: a
    national body, or a document no region's title claims (《产业结构调整指导目录》将…列为…)?"""
    masked = _masked(sentence)[:pos]
    if _NATIONAL.search(masked):
        return True
    return any(not _title_region(m, context) and _NATIONAL.match(m.id.split(":", 1)[1]) for s, _, m in sentence.of_types(("policy",)) if s < pos)


_OPENING = re.compile(r"^\s*(?:同时|此外|另外|而|目前|如今|近年来)?[，,]?\s*在$")


def _opening_place(sentence: Sentence, pos: int) -> str | None:
    """在合肥，新能源汽车产业…: the place a sentence opens with, set off by a comma, is what the
    sentence (up to ``pos``) is about."""
    for s, e, m in sentence.of_types(PLACE_TYPES):
        if e > pos:
            return None
        if _OPENING.match(sentence.text[:s]) and sentence.text[e : e + 1] in "，,":
            return m.id
        return None  # only the first place can open the sentence
    return None


def _actors(sentence: Sentence, mentions: list) -> list:
    """Drop places that are the object of a verb of support (and the ones listed with them)."""
    out = []
    skip_group = False
    mentions = _outside_quotes(sentence.text, mentions)  # not inside “上海方案”
    for n, (s, e, m) in enumerate(mentions):
        gap = sentence.text[mentions[n - 1][1] : s] if n else None
        joined = n > 0 and (gap == "" or _COORDINATION.match(gap) or _NOTE_OPENING.match(gap))  # 深圳市南山区 is one phrase
        if not joined:
            before = sentence.text[max(0, s - 40) : s]
            skip_group = bool(_OBJECT_VERB.search(before[-4:]) or _OBJECT_LIST.search(before))
        if not skip_group and not (_MADE_INTO.match(sentence.text, e) and sentence.text[:s].endswith(("将", "把"))) and not (sentence.text[:s].endswith("继") and sentence.text.startswith(("之后", "以后"), e)) \
                and not (sentence.text[:s].endswith(("获", "经")) and _APPROVES.match(sentence.text, e)):
            out.append((s, e, m))
    # 以广州、深圳为双核，佛山、东莞为两翼: the places a plan assigns roles to are what it builds on.
    if "为" not in sentence.text:
        return out
    return [x for x in out if not _ROLE.match(_group_end_text(sentence.text, x, mentions))]


# What follows a place a plan assigns a role to (广州、深圳为双核, 佛山、东莞为两翼, 南京为龙头).
_ROLE = re.compile(r"为[^，,。；;]{0,6}?(?:核|翼|极|心|轴|带|重点|支点|节点|枢纽|龙头|引擎|主体|载体|示范|平台)")


def _group_end_text(text: str, x: tuple, mentions: list) -> str:
    """The text after the coordinated group (A、B和C) that the mention ``x`` belongs to."""
    end = x[1]
    for s, e, _ in mentions:
        if s >= end and (s == end or _COORDINATION.match(text[end:s])):
            end = e
        elif s >= end:
            break
    return text[end : end + 12]


def _outside_quotes(text: str, mentions: list) -> list:
    """The mentions (in order) that no “ opened before them and left unclosed: one pass over the text."""
    kept = []
    opened = closed = pos = 0
    for x in mentions:
        piece = text[pos : x[0]]
        opened += piece.count("“")
        closed += piece.count("”")
        pos = max(pos, x[0])
        if opened <= closed:
            kept.append(x)
    return kept


def _sentence_source(units: Sequence[Unit], sentence: Sentence) -> tuple[str, int, int]:
    """A sentence's text without its surrounding spaces, and where that is in the source."""
    unit = units[sentence.unit]
    text = sentence.text.strip()
    lead = len(sentence.text) - len(sentence.text.lstrip())
    start, end = unit.source_span(sentence.start + lead, sentence.start + lead + max(len(text), 1))
    return text, start, end


def _evidence(article: Article, where: tuple[str, int, int], rule: str, method: str = "rule") -> Evidence:
    text, start, end = where
    return Evidence(article=article.id, source=article.source, sentence=text, start=start, end=end, date=article.date, outlet=article.outlet, rule=rule, method=method)


# ---------------------------------------------------------------- the rules


def _may_back(text: str) -> bool:
    """Can :func:`_backs` find anything in a sentence? Every reading of it needs a ``backs`` cue,
    or the words of one that names its cue after the industry: 围绕 (围绕…布局), 将/把/以 and 为
    (将…作为重点), 对 and the support (对…的支持, 扶持, 培育, 招引, 投入). A reading added to
    :func:`_backs` that needs none of these must add its words here."""
    return bool(
        _cue_re("backs").search(text) or "围绕" in text
        or ("为" in text and ("将" in text or "把" in text or "以" in text))
        or ("对" in text and any(w in text for w in ("支持", "扶持", "培育", "招引", "投入")))
    )


def _backs(sentence: Sentence, context: _Context, evidence) -> Iterator[Fact]:
    # The sentence is read first, its industries after: whether each stands as a term (jieba on a window
    # around it) is the costly part, and most sentences naming an industry back nothing.
    if not sentence.of_types(("industry",)) or not _may_back(sentence.text):
        return
    if _cue_re("backs", "block").search(sentence.text) and not _cue_re("backs").search(sentence.text):
        return
    if _cue_re("backs", "advice").search(sentence.text):
        return  # 专家认为…应引进芯片, 我们建议…: what someone advises a place to do, not what it does
    if (firm := _FIRM_SPEAKS.search(sentence.text)) and _WISH.search(sentence.text, firm.end()):
        return  # 某公司总经理说，希望当地加大对氢能的支持: a firm's wish, not the place's backing
    industries = context.industries(sentence)
    if not industries:
        return
    cue_re = _cue_re("backs")
    text = _masked(sentence)
    if sentence.kind != "title" and "基金" in sentence.text and _FUND_OPENS.match(sentence.text):
        return  # 基金由某省财政厅出资设立，重点投向…; 其中，宜昌…子基金规模50亿元，重点投资…: the fund invests (invests_in)
    if sentence.kind == "title":
        # A notice issuing a document: its issuer issues it; the document's regions back what it names.
        subjects = context.document_regions if _ISSUING_NOTICE.search(sentence.text) else context.subject_at(sentence)
        if _TITLE_DOCUMENT.search(sentence.text):
            subjects = [x for x in subjects if not _central_agency(x)]  # 财政部：新版普惠金融…管理办法: a national document's content
        if subjects and cue_re.search(text) and not _COMPARED.search(text):
            for start, end, m in industries:
                if _WINNERS.search(text, 0, start) or _DESIGNATION.match(text, end):
                    continue  # 四川5个集群入选国家先进制造业集群名单: a designation won, not backing
                for subject in filter(_backs_as_zone, _with_region(subjects, context)):
                    yield Fact(subject, "backs", m.id, evidence(sentence, "title_actor_backs"))
        return
    if sentence.kind == "table_row":
        return  # see _table_rows
    if sentence.unit in context.interview_answers:
        return  # 问：城市层面有什么建议？ 王立新：郑州、西安要做强…: an interviewee's views
    funds = sentence.of_types(("fund",))
    found_cues = list(cue_re.finditer(text))  # searched once; each industry looks at those before it
    cue_ends = [m.end() for m in found_cues]
    heading = _HEADING.match(text) if industries[0][0] < 40 else None
    around = "围绕" in text
    firms = "企业" in text or "公司" in text or "集团" in text or "厂商" in text
    heading_cue = cue_re.search(text, heading.end()) if heading else None
    for start, end, industry in industries:
        if heading_cue and end <= heading.end() and not cue_re.search(text, 0, start):
            # （二）氢能和新能源：支持…项目: the heading of a document's measures names what they back
            subjects, how = _subjects_before(sentence, heading_cue.start(), context)
            for subject in _backers(subjects, context):
                yield Fact(subject, "backs", industry.id, evidence(sentence, f"heading_backs_{how}"))
            continue
        # …都将商业航天作为重点产业布局方向: the cue follows the industry.
        if _PRIORITY_AFTER.match(text[end:]) and _PRIORITY_BEFORE.search(text[:start]):
            subjects, how = _subjects_before(sentence, start, context)
            for subject in _backers(subjects, context):
                yield Fact(subject, "backs", industry.id, evidence(sentence, f"priority_backs_{how}"))
            continue
        if around and _AROUND_BEFORE.search(text, 0, start) and _AROUND_AFTER.match(text, end):
            # …围绕工业软件、人工智能和大数据三条主线布局, 围绕新能源汽车和新型储能两条赛道招商引资: the cue follows
            subjects, how = _subjects_before(sentence, start, context)
            for subject in _backers(subjects, context):
                yield Fact(subject, "backs", industry.id, evidence(sentence, f"priority_backs_{how}"))
            continue
        if _MATERIAL.match(text, end) and not _SUBSTANCE.search(text, start, end):
            continue  # 发展锂离子电池材料、光伏材料: a place backing materials, not the batteries or the panels
        cues = _matches_before(cue_re, text, start, found_cues, cue_ends)
        if not cues and _SUPPORT_BEFORE.search(text, 0, start) and (support := _SUPPORT_AFTER.match(text, end)):
            # 加大对电子信息、汽车等支柱产业项目的招引支持力度: the support named after what it goes to
            if _backed_as_stated(text, start, end, 0):
                subjects, how = _subjects_before(sentence, support.end(), context)
                for subject in _backers(subjects, context):
                    yield Fact(subject, "backs", industry.id, evidence(sentence, f"support_of_backs_{how}"))
            continue
        if not cues:
            continue
        if not _backed_as_stated(text, start, end, cues[-1].end()):
            continue
        if cues[-1][0] == "集群" and _WINNERS.search(text, 0, cues[-1].start()):
            continue  # 四川有5个集群上榜，分别为成都市软件和信息服务集群、德阳市…: a list of winners
        if _MADE_INTO.match(text, cues[-1].start()) and any(e == cues[-1].start() and re.search(r"[将把][^，,。；;]{0,12}$", sentence.text[:s]) for s, e, _ in sentence.of_types(("industry",))):
            continue  # 把旅居车旅游打造成为海南旅游新亮点: what the backed industry becomes, not another backed
        if _SUPPORT_RECEIVED.search(text, 0, cues[-1].end()):
            continue  # …成为第二个获国家支持发展离岸贸易的地区: support received from someone unnamed here
        if _past_figure_between(sentence, cues[-1].end(), start, context):
            continue  # …不断壮大，2022年，数字经济核心产业增加值达到2240.6亿元: a past year's figure
        if _DATA_SHOWS.search(text, cues[-1].end(), start):
            continue  # 经济促进局数据显示，…机器人产业产值达到…: what the data show, the cue only in the source's name
        if _HISTORY.search(_clause(text, cues[-1].start())):
            continue  # 上世纪50年代建成的化工基地奠定了…石化产业的底子: the city's history
        if any(cues[-1].start() < f_start < start for f_start, _, _ in funds):
            # …发力，…基金…投资于 X: the fund invests in X (invests_in), see _fund_facts; but a place that
            # sets the fund up (深圳市今年设立了…基金，投向大模型) backs what it is set up for.
            setup = next((f for f in funds if cues[-1].start() < f[0] < start), None)
            if setup and _SET_UP.fullmatch(text, cues[-1].start(), setup[0]) and _fund_facts_cue(text, setup[1], start):
                subjects, how = _subjects_before(sentence, cues[-1].start(), context)
                if how == "explicit":
                    for subject in subjects:
                        if (entity := context.kb.get(subject)) is not None and entity.type in PLACE_TYPES:
                            yield Fact(subject, "backs", industry.id, evidence(sentence, "fund_setup_backs"))
            continue
        if funds and _funds_investment(sentence, funds, start):
            continue  # 某基金…设立…子基金，重点投向 X: the fund's investment, not its region's backing
        subjects, how = _subjects_before(sentence, cues[-1].start(), context)
        if firms and _firm_tells_its_own(sentence, cues[-1].start(), how):
            continue  # 企业负责人介绍，公司…还在德国设立了海外仓: the firm's own doing, not its place's backing
        if how in ("article_subject", "previous_sentence") and context.advice_from and context.advice_from < (sentence.unit, sentence.start):
            continue  # 《报告》提出了一系列建议。首先，统筹推进…: a study's advice to the region
        if how in ("article_subject", "previous_sentence") and _COMMENT.match(context.units[sentence.unit].text):
            continue  # 点评：…关键在于让资金投向新兴产业: the editor's comment, with no subject of its own, is no one's backing
        if how in ("explicit", "previous_sentence") and _DOCUMENT_CONTENT.search(sentence.text, _actor_end(sentence, cues[-1].start()), cues[-1].start()):
            # 某区人民政府印发《…措施》，提出…打造设计服务集聚区: what the document says is its region's
            subjects = list(dict.fromkeys(_agency_region(x) or x for x in subjects if not _central_agency(x)))
        if how == "explicit" and _issuing_purpose(sentence, cues[-1].start()):
            # 为促进保险业…，金融监管总局发布了《…》: the purpose of a document its issuer issues (issues, not backs)
            subjects = [x for x in subjects if not x.startswith("agency:")]
        if how == "explicit" and _FIRMS_OF.match(text, _actor_end(sentence, cues[-1].start()), cues[-1].start()):
            continue  # 阎良区的航空制造企业也在加快…, 宁夏的某能源化工基地也在推进…: the firms act, the place only locates them
        if how == "explicit" and firms and _A_FIRM_ACTS.search(text, _actor_end(sentence, cues[-1].start()), cues[-1].start()):
            continue  # 中卫市以云计算为主攻方向，已有多家企业在此建设数据中心: firms act in a clause of their own
        # The cue's own clause (支持新能源汽车) is measured apart from one a clause away (支持…，…新能源汽车):
        # the farther the industry stands from its cue, the less often the cue is about it.
        far = "_far" if _CLAUSE_BREAK.search(text, cues[-1].end(), start) else ""
        if far and _another_actor_between(sentence, cues[-1].end(), start):
            continue  # 赣州重点发展…，宜春围绕锂电…: a later clause has a subject of its own; the cue before it is not about it
        if far and _RESULT.search(text, len(_clause_prefix(text, start)), _clause_end(text, start)):
            continue  # 大力发展国际航运，吸引了百余艘国际船舶在此登记: a result told after the cue, not what it backs
        for subject in _backers(subjects, context):
            if subject != industry.id:
                yield Fact(subject, "backs", industry.id, evidence(sentence, f"cue_backs_{how}{far}"))
        if how == "explicit" and (region := _assigning_region(sentence, subjects, context)):
            yield Fact(region, "backs", industry.id, evidence(sentence, f"cue_backs_document_region{far}"))


def _firm_tells_its_own(sentence: Sentence, pos: int, how: str) -> bool:
    """Does a firm's manager speak before the cue at ``pos`` (企业负责人介绍，公司…) with no place or body
    named after the speaker as who acts? Then the cue tells what the firm does."""
    firm = _FIRM_SPEAKS.search(sentence.text, 0, pos)
    if firm is None:
        return False
    return not (how == "explicit" and any(s >= firm.end() for s, e, _ in sentence.actors() if e <= pos))


def _assigning_region(sentence: Sentence, subjects: list[str], context: _Context) -> str | None:
    """The region whose document assigns what a sentence of it says to places inside it (广西's
    措施提出，钦州重点发展石化…; 方案明确，鄂尔多斯、包头重点发展…): it backs what it assigns, beside them."""
    if not subjects:
        return None
    own = sentence._of_types.get("assigning", False)  # found once per sentence: every industry after a cue asks
    if own is False:
        own = sentence._of_types["assigning"] = None
        if context.in_measures(sentence) and not _cue_re("issues").search(sentence.text):
            # (not 郫都区也已出台区级配套政策，重点发展…: a place's own document, not the region's)
            regions = [x for x in context.subject_at(sentence) if (e := context.kb.get(x)) is not None and e.type in REGION_TYPES]
            own = sentence._of_types["assigning"] = regions[0] if len(regions) == 1 else None
    if own is None:
        return None
    return own if all(x != own and own in context.kb.ancestors(x) for x in subjects) else None


def _another_actor_between(sentence: Sentence, cue_end: int, start: int) -> bool:
    """Does a clause between a cue (ending at ``cue_end``) and an industry a clause away (at ``start``)
    open with an actor or a reference of its own (…，许昌重点发展电力装备，平顶山依托尼龙新材料…;
    …，中国（云南）自由贸易试验区德宏片区提出…跨境电商…; …，该区…)? Then the industry is in that
    subject's clause, and the cue's subject does not back it."""
    for x in sentence.actors():
        if cue_end <= x[0] < start and _SUBJECT_OPENS_CLAUSE.search(sentence.text, 0, x[0]):
            return True
    ref = None
    for ref in _REFERENCE.finditer(sentence.text, cue_end, start):
        pass
    return bool(ref) and bool(_SUBJECT_OPENS_CLAUSE.search(sentence.text, 0, ref.start()))


def _referred_region(ref: re.Match[str], sentence: Sentence, context: _Context) -> str | None:
    """The region a reference with a level (``ref[1]``: 市, 省, 县 …) speaks of: 全市, 本市 the region at
    that level acting in the paragraph, else the article's own (:meth:`_Context.whole`); 该市 the last
    named at that level; 市里 the city the article is about, else the last named."""
    if ref[0].startswith(("全", "本")):
        return context.whole(ref[1], sentence, ref.start())
    if not ref[0].startswith("该") and (own := context.own_place(ref[1])):
        return own  # 市里计划…: the city the article is about, not one it named last (…总部位于上海。)
    return context.latest(_LEVEL[ref[1]], sentence, ref.start())


# What may stand between a clause break and the actor that opens the clause (…，同时，新余…).
_SUBJECT_OPENS_CLAUSE = re.compile(r"[，,；;：:]\s*(?:(?:同时|此外|另外|而|其中|今年|明年|下一步|目前|(?:到|至)\s*\d{4}\s*年(?:底|末)?)[，,]?\s*)?$")


# A fund set up (设立了规模100亿元的…基金), and what it is set up to invest in, after its name (，投向…,
# 重点投资…; not 已投资…: what it has invested in is its own doing).
_SET_UP = re.compile(r"(?:发起设立|出资设立|设立|成立|组建)了?(?:一支|一只)?(?:规模|总规模)?[^，,；;。]{0,12}?的?")
_INVESTS_NEXT = re.compile(r"[^。；;已]{0,16}?[，,]?\s*(?:(?:主要|重点|将|专门)(?:投向|投资于?)|投向|聚焦)")


def _fund_facts_cue(text: str, fund_end: int, start: int) -> bool:
    """Does what follows a fund's name up to ``start`` say what it invests in (，主要投向 …)?"""
    found = _INVESTS_NEXT.match(text, fund_end)
    return bool(found) and found.end() <= start


# A source of figures speaking (…数据显示, 统计显示): what follows is a statistic.
_DATA_SHOWS = re.compile(r"(?:数据|统计|监测|调查)(?:结果)?(?:显示|表明)")


# The materials of an industry (新能源电池材料, 锂电池电解液): a materials industry, not the one named.
_MATERIAL = re.compile(r"(?:材料|电解液|正极|负极|隔膜)")
# An industry whose name is a substance (第三代半导体材料, 稀土材料): its materials are the industry.
_SUBSTANCE = re.compile(r"半导体|稀土|石墨烯|碳纤维|硅")


# Support named after what it goes to (加大对电子信息、汽车等支柱产业项目的招引支持力度, 对人工智能企业的扶持):
# 对 and the list's earlier items before the industry; the rest of the list, then 的 and the support.
_SUPPORT_BEFORE = re.compile(r"对(?:[^，,。；;、和与及对]{1,12}[、和与及])*$")
_SUPPORT_AFTER = re.compile(_REST_OF_LIST + r"等?[^，,。；;的]{0,10}的[^，,。；;]{0,4}?(?:支持|扶持|培育|招引|投入)(?:力度)?")


# Where an industry is a field another thing is applied in (扩大工业机器人在家电、汽车等行业的应用,
# 推动算力与制造、金融等行业深度融合), a user downstream (推动稀土与新能源汽车等下游产业对接) or what two
# places exchange in (在海洋文旅和航运服务方面的交流), firms met as partners (与…的汽车、装备制造企业对接):
# the rest of its list, then the field and the use.
_APPLICATION_FIELD = re.compile(_REST_OF_LIST + r"等?(?:(?:上下游|下游|上游)(?:产业|行业|企业)?|行业|领域|场景|方面|企业|机构)(?:的|中的)?(?:创新|推广|示范|规模化|深度|广泛|精准)?(?:应用|融合|交流|合作|对接)")
# An industry named inside the name of a body or an event (国家级制造业创新中心, 氢能研究中心, 新能源汽车
# 检测中心, 人工智能产业联盟, 文化旅游节): the name, not the industry, is what is built or held. (A park or zone named for an
# industry, 机器人特色产业园区, is built for it: that is backing.) Nor a sight (旅游景区).
_INSIDE_NAME = re.compile(r"[^，,。；;、和及与“”《》（）()\s]{0,6}?(?:创新中心|研究中心|检测中心|创新平台|实验室|研究院|联盟|协会|商会|博览会|展览会|论坛|大会|文化节|旅游节|景区)")
# A designation named for an industry (先进制造业集群培育体系, 先进制造业集群名单, …集群培育的部署).
_DESIGNATION = re.compile(r"(?:产业)?集群(?:培育体系|培育的?部署|的?名单|的?榜单)")
# Winners listed (…5个集群上榜，分别为A集群、B集群; 名单涵盖…，其中包括江苏的物联网集群): the clusters named
# after it are what was designated, not what their places back.
_WINNERS = re.compile(r"上榜|入选|入围|获批|获评|名单|榜单")
# An action of a programme, named in a list the sentence sums up (…科技金融赋能行动、…八大行动).
_ACTION_NAME = re.compile(r"[^，,。；;、“”《》\s]{0,6}?(?:行动|工程)(?=[、和及])")
_ACTION_COUNT = re.compile(r"[一二两三四五六七八九十\d]+(?:大|项)(?:行动|工程)")
# A venue among others (在公园、旅游景区等场所推广…): a place, not the industry.
_VENUE = re.compile(r"[^，,。；;、]{0,4}(?:[、和及][^，,。；;、和及]{1,10}){0,8}?等?(?:场所|场馆|公共区域)")
# Words that turn the cue against the industry (防止资金流入房地产, 严禁…, 淘汰…), or make it an honour
# received (…产业集群入选省级先进制造业集群), not backing.
_AGAINST = re.compile(r"防止|禁止|严禁|不得|限制|遏制|淘汰|压减|严控|杜绝|不再|入选|入围|上榜|获评|被评为|荣获|名单|榜单")
# A count summing up a list (培育新能源汽车零部件和新材料两大新兴产业): a category word, not a term.
_SUMMARY = re.compile(r"[一二两三四五六七八九十百\d]+(?:大|个|类)$")
# A facility counted (两个冷链物流中心, 3个数据中心项目): what is built for the industry.
_FACILITY = re.compile(r"(?:产业)?(?:中心|基地|项目|工厂|生产线|示范区|集聚区)")


# A market faced (引进面向航空航天和新能源汽车领域的复合材料企业): the fields after 面向, then the field word.
_FACING = re.compile(r"面向[^，,。；;]{0,20}$")
_FIELD_WORD = re.compile(_REST_OF_LIST + r"等?(?:领域|行业|市场|场景|用户)")


# A partner the industry is coupled with (推进氢能与海上风电、光伏等可再生能源耦合发展, 推动低空飞行服务与
# 城市治理、文化旅游等深度融合): after 与 (and the list's earlier items), before the coupling verb; only a
# list of partners, as two things fused (支持机器人与大模型融合发展) are both backed.
_PARTNER_BEFORE = re.compile(r"与(?:[^，,。；;、和及与]{1,10}[、和及])*(?:[^，,。；;、和及与]{1,10}等)?$")
_COUPLED = re.compile(r"(?:[、和及][^，,。；;、和及与]{1,10}){0,8}?(?:等[^，,。；;、]{0,8})?(?:深度|协同|耦合|一体化|融合)?(?:融合|耦合|联动|协同|互动)")
# Firms or projects of an industry adopting something else (支持汽车、家电等行业企业开展“机器换人”,
# 鼓励海上风电、光伏项目按比例配建储能, 数据中心配建用户侧储能): users, not what is backed.
_ADOPTERS = re.compile(
    r"(?:[、和及][^，,。；;、和及与]{1,10}){0,8}?等?(?:(?:行业|领域)?(?:企业|项目|用户)(?:按比例|优先|率先|积极)?"
    r"(?:配建|配置|配套建设|采购|购置|使用|采用|开展“?机器换人|实施“?机器换人)|(?:按比例)?(?:配建|配套建设))"
)


@lru_cache(maxsize=1 << 16)  # a pure function of the sentence's text; sentences recur (boilerplate, reprinted items)
def _backed_as_stated(text: str, start: int, end: int, cue_end: int) -> bool:
    """Does the industry at ``text[start:end]`` (after a cue ending at ``cue_end``) stand as what is
    backed: not a field of application, a market faced, a user or a partner, a word inside a name,
    what the cue is turned against, nor a category a count sums up?"""
    if _NOT_BACKED_AFTER.match(text, end):
        return False  # what follows makes it a field, a user, a name, a venue, a statistic … (see _NOT_BACKED_AFTER)
    if _FACING.search(text, cue_end, start) and _FIELD_WORD.match(text, end):
        return False
    partner = _PARTNER_BEFORE.search(text, cue_end, start)
    coupled = partner and _COUPLED.match(text, end)
    if coupled and re.search(r"[、等]", text[partner.start() : coupled.end()]):
        return False  # a list of fields (X与Y、Z等…融合); 机器人与大模型融合发展 backs both
    if _ACTION_NAME.match(text, end) and _ACTION_COUNT.search(text, end):
        return False  # 实施…科技金融赋能行动、创新人才聚集行动…八大行动: the name of an action
    if _SUMMARY.search(text, max(0, start - 4), start) and not _FACILITY.match(text, end):
        return False  # (新建两个冷链物流中心: a count of facilities for it, no category)
    if _FUNCTIONS_OPEN.search(text, cue_end, start) and _FUNCTIONS_CLOSE.match(text, end):
        return False
    if _HAS.search(text, cue_end, start) or _SERVED.search(text, cue_end, start):
        return False
    if _FIELD_IN.search(text, cue_end, start) and _FIELD_AFTER.match(text, end):
        return False  # 推动燃料电池汽车在物流、公交和港口等场景示范运营: fields it is used in
    if _AROUND_BEFORE.search(text, cue_end, start) and _AROUND_FIELD.match(text, end):
        return False  # 支持企业围绕煤炭、装备制造等行业开发行业大模型: the fields a product is made for
    return not _AGAINST.search(text, cue_end, start)


# The fields a product is developed for (围绕煤炭、装备制造等行业开发行业大模型, 围绕文旅等场景推出…).
_AROUND_FIELD = re.compile(_REST_OF_LIST + r"等?(?:行业|场景)(?:需求)?(?:开发|研发|推出|提供|打造)")


# A place's conditions for an industry (发展海洋经济条件优越, 发展光伏产业的基础雄厚).
_CONDITION = re.compile(_REST_OF_LIST + r"等?(?:产业)?的?(?:条件|基础|优势|潜力|资源禀赋)(?:十分|非常|较为|相当)?(?:优越|雄厚|明显|突出|巨大|良好|得天独厚|扎实)")


# What a place has (…的标兵，汇集了一大批…产业，包括…; 拥有…): a cue before it (高质量发展) is not about it.
_HAS = re.compile(r"汇集了|汇聚了|集聚了|聚集了|拥有|坐拥")
# What firms serve or a thing is applied to (供应链企业服务制造业, 赋能千行百业, 应用于汽车、医疗等): a field or a user, not
# what is backed; the list's earlier items may stand between.
_SERVED = re.compile(r"(?:(?<=企业|机构|平台|中心)服务|服务于|赋能|应用于|(?<!适)用于)(?:[^，,。；;、和与及]{1,12}[、和与及])*$")


# Fields a financial service puts business in (绿色能源、汽车产业链、飞机船舶等 4 个租赁特色业态, 船舶融资租赁,
# 未来产业领域、…等多个重点产业领域 before the leasing, 加大对…产业的业务投放): the service's, not backed themselves.
_FINANCED = re.compile(
    r"[^，,。；;、和及与]{0,4}?" + _REST_OF_LIST + r"(?:等)?\s*(?:[一二两三四五六七八九十\d]+\s*个)?\s*(?:领域)?(?:的)?"
    r"(?:(?:融资)?租赁|保险|信贷|贷款|(?:业务)?投放)"
)


# The functions a facility unites (建设集展示交易、检测认证、仓储物流等功能于一体的…基地, 打造集…股权投资、
# 上市服务于一体的…中心): the facility is what is built, its functions are no industries backed.
_FUNCTIONS_OPEN = re.compile(r"集[^，,。；;集]{0,60}$")
_FUNCTIONS_CLOSE = re.compile(r"[^，,。；;]{0,60}?(?:功能)?于一体")
# Products listed as the downstream of another industry (引进风电叶片、压力容器等下游项目, for a carbon-fibre
# city): the users of its material, not industries it backs.
_DOWNSTREAM = re.compile(r"[^，,。；;、和及与]{0,6}" + _REST_OF_LIST + r"等?(?:下游|终端)(?:项目|产品|应用|用户|企业|环节)")

# What, right after an industry's name, makes it no industry backed: a field of application (…领域的应用),
# users adopting something (…等行业企业开展“机器换人”), a word inside a name (…创新中心, …博览会), a
# designation (纳入全省先进制造业集群培育体系, 入选…集群名单), a venue (…等场所), a place's conditions for it
# (发展海洋经济条件优越: what a place has, not what it does), a statistic of the past
# (汽车制造业增加值增长最快，同比增长23.1%), a financial service's fields (…等领域的融资租赁), a downstream (…等下游项目).
# One pattern, one call where each was one: :func:`_backed_as_stated` asks it of every industry after a cue.
_NOT_BACKED_AFTER = re.compile("|".join(f"(?:{p.pattern})" for p in (
    _APPLICATION_FIELD, _ADOPTERS, _INSIDE_NAME, _DESIGNATION, _VENUE, _CONDITION, _FIGURE, _FINANCED, _DOWNSTREAM)))
# Fields something is used in (在物流、公交和港口等场景示范运营): 在 and the list's earlier items, then the
# rest of the list and the field word.
_FIELD_IN = re.compile(r"在(?:[^，,。；;、和及与在]{1,10}[、和及与])*$")
_FIELD_AFTER = re.compile(_REST_OF_LIST + r"等?(?:场景|领域|行业|环节|[中上]的?(?:应用|推广)|[^，,。；;、]{0,4}?(?:方面|上)(?:开展|加强|深化|推进)(?:交流)?合作)")
# A clause telling what has come of it (吸引了…, …已覆盖…, 累计…).
_RESULT = re.compile(r"已(?!于)|[^\W\d_]了|累计|从无到有")
# A firm's manager speaking, and a wish (…公司总经理说，希望…).
_FIRM_SPEAKS = re.compile(r"(?:公司|企业|集团|厂)[^，,。；;“”]{0,8}?(?:负责人|董事长|总经理|总裁|创始人|高管)[^，,。；;]{0,4}?(?:表示|说|介绍|认为|坦言|透露)")
_WISH = re.compile(r"希望|期待|期盼|呼吁")
# History told before the cue (上世纪50年代建成的化工基地, 早在…就): what was done then, not what is backed.
_HISTORY = re.compile(r"上世纪|[一二三四五六七八九]?十年代|\d0年代|早在|历史上|建国(?:初期|后)|新中国成立")


# A clause opening with last year (，去年…产值为…).
_LAST_YEAR = re.compile(r"(?<=[，,；;：:])\s*(?:去年|上年|前年|上一年)")


def _past_figure_between(sentence: Sentence, cue_end: int, start: int, context: _Context) -> bool:
    """Does a clause opening with a year before the article's (2022年，…) stand between the cue and
    the industry? What follows it is a figure of the past, whatever the cue before it says."""
    if "年" in sentence.text and _LAST_YEAR.search(sentence.text, cue_end, start):
        return True  # …发展有色金属精深加工，去年稀土新材料产值约为210亿元
    if not context.article_year:
        return False
    for year in context.years(sentence):
        if year.start() < cue_end:
            continue
        if year.start() >= start:
            break
        if year[0][:1] not in "到至" and int(year[1]) < context.article_year and sentence.text[: year.start()].rstrip()[-1:] in "，,；;：:":
            return True
    return False


# An issued document, then what it says (…印发《…》，提出…; 出台《…》，明确…).
# Its short name in a note may follow (…》（以下简称《意见》），明确…); the document named again as the subject
# (负责人坦言，此次印发的《细则》，旨在…) says what it says for its region too.
_DOCUMENT_CONTENT = re.compile(
    r"(?:印发|出台|发布|制定)[^，,。；;]{0,4}《[^《》]+》(?:[（(][^（）()]{0,20}[）)])?[^，,。；;]{0,6}[，,]\s*(?:并|还)?(?:提出|明确|要求|指出|全力|着力|旨在)"
    r"|(?:此次|这次|本次)\S{0,4}(?:印发|出台|发布)的《[^《》]+》"
    r"|在(?:此次|这次|本次)[^，,。；;]{0,8}?(?:改革|方案|措施|举措|意见)中(?:还)?(?:提出|明确)"  # 还在此次改革中提出支持…
)


# Issuing a document (…联合印发《…》, 发布了《…》).
_ISSUES_DOCUMENT = re.compile(r"(?:印发|出台|发布|制定)了?《")
# A purpose clause opening any clause (据…消息，为引导…发展，…部门联合印发《…》).
_PURPOSE_CLAUSE = re.compile(r"(?<![^，,：:])" + _PURPOSE.pattern)


def _issuing_purpose(sentence: Sentence, pos: int) -> bool:
    """Does the cue at ``pos`` stand in a purpose clause (为…，…) whose actor, named after it, then
    issues a document (为引导元宇宙产业发展，…，工业和信息化部等五部门联合印发《…》)?"""
    for purpose in _PURPOSE_CLAUSE.finditer(sentence.text):
        if purpose.start() > pos:
            break
        actor = next((x for x in sentence.actors() if x[0] >= purpose.end()), None)
        if actor is not None and pos < actor[0] and _ISSUES_DOCUMENT.search(sentence.text, actor[1]):
            return True
    return False


# The firms of a place as the subject (阎良区的航空制造企业也在…, 当地的龙头企业正…).
_FIRMS_OF = re.compile(r"的[^，,。；;、]{0,12}?(?:企业|公司|集团|厂商|龙头|基地|工厂)(?:们)?(?:也|都|还|正|已|将|在|纷纷|积极|加快|不断)")


def _actor_end(sentence: Sentence, pos: int) -> int:
    """Where the last actor before ``pos`` ends (0 if none)."""
    actors = [x for x in sentence.actors() if x[1] <= pos]
    return actors[-1][1] if actors else 0


# A fund named after one of these is what a region uses or sets up, not who acts (用好…基金, 设立…基金).
_FUND_AS_OBJECT = re.compile(r"(?:用好|用活|发挥|利用|通过|依托|借助|设立|成立|组建|发起|出资|引导|支持|推动|做大|壮大)[^，,；;。]{0,14}$")


def _funds_investment(sentence: Sentence, funds: Sequence[tuple[int, int, Mention]], start: int) -> bool:
    """Is the industry at ``start`` what a fund acting in the sentence invests in: a fund that is
    the subject of its clause (not 用好…基金, 设立…基金: a region acting through it), then an
    ``invests_in`` cue, then the industry?"""
    for f_start, f_end, _ in funds:
        if f_start >= start:
            break
        if _FUND_AS_OBJECT.search(sentence.text, 0, f_start) or _FUND_RECEIVED.search(sentence.text, 0, f_start):
            continue  # 用好…基金; 对获得…基金投资的企业给予奖励: the fund acts in no clause of its own
        cue = _cue_re("invests_in").search(sentence.text, f_end, start)
        if cue:
            return True
    return False


# The numbered heading of a document's measures, ending in a colon (（二）氢能和新能源：, 一、新材料产业：).
_HEADING = re.compile(r"\s*(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.、．])\s*[^：:。；;，,]{1,30}[：:]")


def _matches_before(pattern: re.Pattern[str], text: str, end: int, found: list[re.Match[str]], ends: list[int]) -> list[re.Match[str]]:
    """``list(pattern.finditer(text[:end]))`` from ``found`` (``pattern.finditer(text)``, whose
    ends are ``ends``): the same matches, without searching the sentence again for every
    mention in it. Only where a match runs across ``end`` is the text searched again, from there."""
    k = bisect_right(ends, end)
    if k < len(found) and found[k].start() < end:  # cut short, another word may match there
        return found[:k] + list(pattern.finditer(text, found[k].start(), end))
    return found[:k]


def _backers(subjects: Sequence[str], context: _Context) -> list[str]:
    """Who backs what a sentence of the body says: its subjects with their regions
    (:func:`_with_region`), but no macro-region. 长三角, 中部地区, 京津冀 do not act: a body sentence
    that has one as its subject compares places (中部六省…), states what places agree on together
    (三地将在…方面开展合作) or what a plan maps; the provinces and cities in it act. (A headline may
    still name one as its actor: 长三角加速低空经济产业布局, see ``title_actor_backs``.)"""
    return [x for x in _with_region(subjects, context) if ((e := context.kb.get(x)) is None or e.type != "macro_region") and _backs_as_zone(x)]


@lru_cache(maxsize=1)
def _special_zones() -> frozenset[str]:
    """The zones of ``zones.tsv`` (国家级新区, 自由贸易试验区 and their 片区, cooperation zones, the development
    and port zones named for what they do), each a relation end of its own."""
    return frozenset(f"zone:{row['id']}" for row in read_table(KB_DIR / "zones.tsv"))


def _backs_as_zone(subject: str) -> bool:
    """May ``subject`` back an industry as a zone? Not a statistical zone (``zones_nbs2023.tsv``: a place +
    a kind, 大庆高新区, 徐州经开区), which the KB holds so that its mentions link: the relation gold has it
    as no relation end (its statements are left out, not credited to its city), and so do these rules; a
    region's document assigning it an industry still backs it as the region (:func:`_assigning_region`)."""
    return not subject.startswith("zone:") or subject in _special_zones()


def _with_region(subjects: Sequence[str], context: _Context) -> list[str]:
    """A local government acts for its region: 北京市政府 backs X → 北京 backs X too."""
    out = list(subjects)
    for subject in subjects:
        region = _government_region(subject)
        if region is not None and region not in out:
            out.append(region)
    return out


def _sets_target(sentence: Sentence, context: _Context, evidence) -> Iterator[Fact]:
    """到 2025 年，全市智能网联汽车产业规模力争要达到 5000 亿元 → (region, industry, 5000 亿元, 2025).

    The year may stand earlier in the paragraph (到 2025 年，…；…规模超 2000 亿元). A target is a
    goal for the future: a year before the article's own, or its own year unless the sentence
    states a goal (到 2023 年底, 2024 年政府工作报告提出 …), is a statistic; so is a sentence about a period (1-9 月,
    前三季度, 同比, 占…%) that states no goal (力争, 目标, 预计 …). A range (1-2 家) keeps both ends.
    """
    if not sentence.of_types(("industry",)) or not _AMOUNT.search(sentence.text) or not context.industries(sentence):
        return  # every target is an amount an industry is to reach: none to find (the costly question, which stand as terms, last)
    years = context.years(sentence)
    # The goal's year, not the date of the news (2024年7月8日，昆山市发布…，到2027年…达到2500亿元)
    year = next((y for y in years if y[0][:1] in "到至"), None) or next(iter(years), None)
    year_value = int(year[1]) if year else context.year_before(sentence)
    if year is None and year_value is not None and sentence.kind != "table_row" and not _FUTURE.search(sentence.text) \
            and context.units[sentence.unit].text[: sentence.start].rstrip()[-1:] not in "；;：:，," \
            and (_REPORTED.search(sentence.text) or (sentence.actors() and sentence.actors()[0][0] < _AMOUNT.search(sentence.text).start())):
        # 到2026年…达到3000亿元。记者了解到，苏州…规模为2200亿元: a sentence of its own, reported or with a subject of
        # its own and no goal word, states a figure; the goal year reaches the goals listed after it, without a
        # subject (计划提出，到2025年，…。形成年产50发商业火箭的…能力。) or after a semicolon
        year_value = None
    if year is None and (plan_end := _PLAN_END.search(sentence.text)):
        year_value = _PLAN_END_YEAR[plan_end[1]]  # 到“十四五”末: 2025
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
    ahead = None if year or not context.article_year or _SINCE.search(sentence.text) else _YEARS_AHEAD.search(sentence.text)
    if ahead:
        n = ahead[1] or ahead[2]
        year_value = context.article_year + (int(n) if n.isdigit() else _NUMERAL.get(n, 0))
    this_year = None if year or year_value else _THIS_YEAR.search(sentence.text)
    if this_year and context.article_year:
        year_value = context.article_year  # 今年的主要目标：…, 到年底…: the year of the report
    planned = False
    if year_value is None and context.article_year and not _SINCE.search(sentence.text) and (
            _YEAR_GOAL.search(sentence.text) or _GOAL_LIST.search(context.units[sentence.unit].text, 0, sentence.start)):
        # 主要预期目标是：…增长10%; 力争跨境电商交易额增长20%: a goal naming no year is one for the year it is set in
        year_value, planned = context.article_year, True
    elif start:
        planned = True
    elif year_value is None and (section := context.goal_section_year(sentence)) and not _SINCE.search(sentence.text):
        year_value, planned = section, True  # 二、2025年目标任务 … 引进大数据企业20家: a goal of the section's year
    elif this_year and context.is_plan and not _SINCE.search(sentence.text):
        planned = True  # a work report's 今年…增长10%以上 is this year's plan, not a figure reached
    table = sentence.kind == "table_row"
    if year_value is None and not table:
        return
    if _cue_re("backs", "advice").search(sentence.text):
        return  # what someone advises, not a goal set
    if (forecast := _FORECAST.search(sentence.text)) and (_PUBLICATION.search(sentence.text) or _ORGANISATION.search(_masked(sentence))
                                                         or _FORECASTER.search(sentence.text, 0, forecast.start()) or sentence.text[forecast.start() - 1 : forecast.start()] == "据"):
        return  # 赛迪研究院发布的《…研究》预计，…规模将突破200亿元; 专家预计…: a forecast, not a goal set
    # year_before gives only 到-years; the article's own year (or a year in an undated text) is a goal
    # only where the sentence says so (2023年，…产值超过1400亿元 is a statistic)
    goal_year = planned or ahead or (year is None and not this_year) or sentence.text[(year or this_year).start() : (year or this_year).start() + 1] in "到至" or _FUTURE.search(sentence.text)
    if year_value is not None and not goal_year:
        published = context.article_year
        if published is None or year_value <= published:
            return
    if year_value is not None and context.article_year and year_value < context.article_year:
        return
    if (period := _PERIOD.search(sentence.text)) and not (planned or _FUTURE.search(sentence.text)):
        # a share (占…比重达到8%) in a list of goals whose 到2027年 stands before it is one of them
        inherited = year is None and not this_year and year_value is not None and not ahead
        if not (inherited and _SHARE.fullmatch(period[0]) and not _PERIOD.search(sentence.text, period.end())):
            return
    metric_re = _cue_re("sets_target", "metric")
    industries = context.industries(sentence)
    thresholds = [(sentence.text.rfind("对", 0, r.start()), r.start()) for r in _REWARD.finditer(sentence.text)]
    after = year.end() if year else start
    for amount in _AMOUNT.finditer(sentence.text):
        if amount.start() < after or not metric_re.search(sentence.text[max(after, amount.start() - 16) : amount.start()]):
            continue
        if any(a <= amount.start() < b for a, b in thresholds if a >= 0):
            continue  # 对…超过50亿元的企业，给予奖励: a reward's threshold
        if amount[4] and _SUMMARY.search(sentence.text, max(0, amount.start() - 4), amount.start()):
            continue  # 形成“三大千亿级、五个百亿级”产业集群: a count of clusters, no industry's amount
        # The industry the figure measures stands in the figure's own clause (…达到3000辆，建成加氢站30座:
        # not the 燃料电池汽车 of the clause before).
        clause_start = max(after, max(sentence.text.rfind(p, 0, amount.start()) for p in "，,；;：:") + 1)
        if _DONE.search(sentence.text, clause_start, amount.start()):
            continue  # 该区已引进…企业8家，今年将…: what is done already, beside a goal, is no goal
        if _FIRM_GOAL.search(sentence.text, _actor_end(sentence, amount.start()), amount.start()) \
                or any(e <= amount.start() and _PLACES_FIRM.match(sentence.text, e) for _, e, _ in sentence.actors()):
            continue  # 该企业计划到2026年产能达到…; 该项目预计…，届时可实现产值30亿元: a firm's or a project's figure
        if _reported_period(sentence.text, after, amount.start()):
            continue  # 今年前两个月…产值达到300亿元，将…: a figure of a period so far, whatever the goal after it
        before = [x for x in industries if clause_start <= x[0] and x[1] <= amount.start()]
        each = _respective_industry(sentence.text, industries, clause_start, amount)
        if each is False:
            continue  # A和B分别达到…: figures that cannot be paired with the industries, no one's
        if each is not None:
            before = [each]  # A和B产值分别达到300亿元和500亿元: 500 is B's
        if not before:
            # 培育 1-2 家具有全球竞争力的智能网联汽车企业: the industry follows, in the same clause.
            clause_end = min([i for i in (sentence.text.find(p, amount.end()) for p in "，,") if i >= 0] or [len(sentence.text)])
            before = [x for x in industries if amount.end() <= x[0] < clause_end][:1]
        if not before and _GENERIC_MEASURE.search(sentence.text, clause_start, amount.start()):
            # 推动轨道交通装备向智能化升级，到2027年产业产值力争突破2500亿元: 产业 is the one industry named before
            earlier = [x for x in industries if x[1] <= clause_start]
            if len({x[2].id for x in earlier}) == 1:
                before = earlier[-1:]
        if not before:
            continue
        if before[-1][1] <= amount.start() and (_PRODUCTS.fullmatch(sentence.text, before[-1][1], amount.start())
                                                or _LINES.fullmatch(sentence.text, before[-1][1], amount.start())):
            continue  # 海洋创新医疗器械产品20个, 钠离子电池中试线2条: a count of products or lines, not the industry's figure
        if any(x[1] == before[-1][0] and not sentence.text[x[0] : x[1]].endswith("业") for x in industries):
            continue  # 锂电新能源产业产值, 数据中心算力: one compound of two terms, the figure of neither alone (传统产业智能化改造率 is 智能化改造's)
        measured = [before[-1]]  # with those coordinated with it: 机器人及智能装备产业规模
        for x in reversed(before[:-1]):
            if not _COORDINATION.match(sentence.text[x[1] : measured[-1][0]]):
                break
            measured.append(x)
        if any("及" not in sentence.text[a[1] : b[0]] for b, a in zip(measured, measured[1:])):
            continue  # 风电、光伏装机规模达到3000万千瓦: one figure over a list, no industry's own (机器人及智能装备: one group)
        subjects, how = _subjects_before(sentence, measured[-1][0], context)
        # A local agency's target is its region's (厦门市财政局表示，…使集成电路产业规模达到800亿元).
        regions = [_agency_region(s) or s for s in subjects]
        places = [s for s in regions if context.kb.get(s) is not None and context.kb.get(s).type in PLACE_TYPES]
        if (whole := _WHOLE.search(sentence.text, clause_start, measured[-1][0])) and places:
            places = _whole_region(sentence, whole, places, context)
        if amount[4]:  # 千亿级, 两千亿元 (a numeral before the order multiplies it)
            value, upper, unit = _ORDER[amount[4]] * _NUMERAL.get(sentence.text[amount.start() - 1 : amount.start()], 1), None, "亿元"
        else:
            value, upper, unit = float(amount[1]), float(amount[2]) if amount[2] else None, amount[3]
        if unit in ("万亿元", "万亿"):  # 1.2万亿元 is 12000 亿元: one unit for the sums a region sets
            value, upper, unit = round(value * 10000, 6), round(upper * 10000, 6) if upper else None, "亿元"
        elif unit == "亿" and sentence.text[amount.end() : amount.end() + 1] not in ("亿", "次"):
            unit = "亿元"  # 突破1000亿 (not 每秒100亿亿次)
        text = sentence.text[(year.start() if year else amount.start()) : amount.end()].strip()
        # 到2025年，…达到600亿元。到2027年，…达到800亿元 (a table's cell): each figure, the goal year before it
        own = [y for y in years if y.end() <= amount.start() and y[0][:1] in "到至"]
        goal = int(own[-1][1]) if own and year_value else year_value
        if own and (each := _respective_year(sentence.text, years, own[-1], amount)) is not None:
            goal = each  # 到2026年和2028年，…分别达到300亿元和500亿元: 500 is 2028's
        quantity = Quantity(amount=value, unit=unit, year=goal, text=text, amount_max=upper)
        for _, _, industry in reversed(measured):
            for subject in places:
                yield Fact(subject, "sets_target", industry.id, evidence(sentence, f"target_{how}"), quantity)
                # A region that sets itself a target for an industry backs it.
                if _backs_as_zone(subject):
                    yield Fact(subject, "backs", industry.id, evidence(sentence, "target_implies_backs"))


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


def _reported_period(text: str, start: int, pos: int) -> bool:
    """Is the figure at ``pos`` one of a period reported on: is the last period or goal word between
    ``start`` and it a period's (今年前两个月…产值达到300亿元, …产值去年达到1200亿元，今年将…)?"""
    last = None
    for last in _PERIOD_OR_GOAL.finditer(text, start, pos):
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


def _is_at_level(region, word: str) -> bool:
    """Is ``region`` one that 全``word`` (市, 省, 区 …) can speak of? A county-level city (昆山市) and a
    municipality say 全市 too, an autonomous region 全区 (广西壮族自治区工业和信息化厅's 通报: 全区要加快发展…)."""
    return region is not None and (region.type == _LEVEL[word] or (word == "市" and (region.id in MUNICIPALITIES or region.name.endswith("市")))
                                   or (word == "区" and region.type == "province" and region.name.endswith("自治区")))


_BY_AGENT = re.compile(r"[，,]\s*[由经]")
_CLAUSE_END = re.compile(r"[，,；;。]")
_PLANNED_BEFORE = re.compile(r"(?:将|拟|计划|要|正在|即将|争取)\s*$")


def _issues(sentence: Sentence, context: _Context, evidence) -> Iterator[Fact]:
    """Who issued a document: named in the sentence (:func:`_issues_named`), else referred to
    (行动计划由贵州省人民政府办公厅印发; …研究起草了本政策，经市政府同意，由市政府办公厅印发实施)."""
    found = list(_issues_named(sentence, context, evidence))
    yield from found
    implements = _cue_re("issues", "implements")
    documents = [p.id for s, _, p in sentence.of_types(("policy",)) if not implements.search(sentence.text, max(0, s - 6), s)]
    if not found and "由" in sentence.text and (by := _ISSUED_BY.search(sentence.text)):
        kind = _DOCUMENT_WORD.search(_masked(sentence), 0, by.start())
        issuers = [m.id for s, e, m in sentence.of_types(("agency",)) if by.start() < s and e <= by.end()]
        referent = context.title_policies or context.policies_seen[-1:]
        if kind and issuers and referent and not documents and kind[0] in referent[0].split(":", 1)[1]:
            for issuer in issuers:
                yield Fact(issuer, "issues", referent[0], evidence(sentence, "issues_passive_reference"))
    context.policies_seen.extend(documents)


# A document referred to by its kind (行动计划, 本政策, 该方案), then 由 and who issued it.
_DOCUMENT_WORD = re.compile(r"(?:政策|方案|计划|意见|措施|办法|规划|条例|细则)")
_ISSUED_BY = re.compile(r"由[^，,。；;由]{2,40}?(?:联合|共同)?(?:印发|出台|发布|制定)")


def _issues_named(sentence: Sentence, context: _Context, evidence) -> Iterator[Fact]:
    """印发《…》, 《…》正式印发: who issued the document. Acting on a document (落实, 贯彻,
    根据, 按照, 对标 …《…》, see the ``implements`` cues) is not issuing it, whatever verb follows."""
    cue_re = _cue_re("issues")
    implements = _cue_re("issues", "implements")
    for start, end, policy in sentence.of_types(("policy",)):
        if _STANDARD_AFTER.match(sentence.text, end):
            continue  # 《…要求》两项团体标准正式发布: a standard, not a policy
        named = [m for _, _, m in _attributive_issuers(sentence, start) if m.id.split(":")[-1] not in _not_issuers()]
        if named:
            # 落实工业和信息化部等部门印发的《…》, 工业和信息化部《…》: the bodies the title is written with issued it,
            # whoever acts on it in the sentence
            for issuer in named:
                yield Fact(issuer.id, "issues", policy.id, evidence(sentence, "issues_attributive"))
            continue
        cues_before = [c for c in cue_re.finditer(sentence.text[:start])]
        after = sentence.text[end : end + 12]
        by_agent = _BY_AGENT.match(after)
        if by_agent:  # 《…》，由北京市政府办公厅印发: still its clause (up to its end, the issuer's name may be long)
            pieces = _CLAUSE_END.split(sentence.text[end : end + 80], maxsplit=3)
            after = pieces[1]
            if len(pieces) > 2 and _APPROVAL.match(after.strip()) and pieces[2].lstrip().startswith("由"):
                after += "，" + pieces[2]  # 《…》，经市政府同意，由市人民政府办公室印发: who approved, then who issued
            after = sentence.text[end : end + by_agent.end() + len(after)]
        else:
            after = _CLAUSE_END.split(after, maxsplit=1)[0]  # 《意见》，出台若干措施: another clause's document
        cue_after = cue_re.search(after)
        since = cues_before[-1].end() if cues_before else len(_clause_prefix(sentence.text, start))
        if implements.search(sentence.text[since:start]):
            continue  # 出台贯彻落实《意见》的措施, 深圳市认真落实《意见》: someone else's document
        if cues_before:
            cue = cues_before[-1]
            if _PLANNED_BEFORE.search(sentence.text[max(0, cue.start() - 3) : cue.start()]):
                continue  # 将制定《…条例》: planned, not issued
            if _REFERRED.search(_clause(sentence.text, cue.start())) and not [x for x in sentence.actors() if len(_clause_prefix(sentence.text, cue.start())) <= x[0] < cue.start()]:
                continue  # 负责人表示，此次印发的《细则》…: a document named again, its issuer not
            if _APPROVED.search(sentence.text, 0, cue.end()):
                continue  # 已获市委常委会审议通过的《…》: approved, not issued by who approved it
            subjects, how = _subjects_before(sentence, cue.start(), context)
            if how not in ("explicit", "paragraph_tag") and _ORGANISATION.search(_clause(sentence.text, cue.start())):
                continue  # 国地中心发布《…指南》, …公司制定并公布《…》: not a government body
            actors = [x for x in sentence.actors() if x[1] <= cue.start()]
            between = sentence.text[actors[-1][1] : cue.start()] if actors else ""
            if how == "explicit" and actors and _ORGANISATION.search(between) and not _CO_ISSUER.match(between):
                continue  # 海南省财金集团有限公司制定《…》: the region names a company, which issues
                # (not …厦门市贸促会、厦门市律师协会联合发布《…》: a body listed with the agencies issues with them)
            if how == "article_subject" and (_QUESTION.search(sentence.text) or "的" in sentence.text[cue.end() : start]):
                continue  # 问：出台《措施》的背景是什么？ 当日发布的《…指南》: the issuing is talked about, no one is said to issue
            rule = f"issues_{how}"
            if how == "explicit" and actors and (joined := _JOINT_ISSUER.match(sentence.text, actors[-1][1], cue.start())):
                # 科技厅会同省发展改革委、省财政厅印发《…》: the bodies it acts with issue with it (as objects
                # of 会同 they back nothing of their own, see _OBJECT_VERB)
                subjects = [*subjects, *(m.id for s, e, m in sentence.of_types(("agency",)) if joined.end() <= s and e <= cue.start() and m.id not in subjects)]
        elif cue_after:
            # 经市政府同意，现将《…》印发: who approved it did not issue it
            # (nor are the addressees of its salutation: 各…人民政府，省政府直属各有关单位：)
            # (nor the issuers of another document named before: 为落实工业和信息化部《…》，现将《…》印发给你们)
            salutation = _SALUTATION.match(sentence.text)
            cited = {x[0] for s, _, _ in sentence.of_types(("policy",)) if s < start for x in _attributive_issuers(sentence, s)}
            # (经市委、市政府同意: every body the approval names)
            approving = [a.span() for a in _APPROVAL.finditer(sentence.text)]
            subjects = [m.id for s, _, m in sentence.of_types(SUBJECT_TYPES) if (salutation.end() if salutation else 0) <= s < start
                        and not any(a <= s < b for a, b in approving) and s not in cited][-1:]
            rule = "issues_passive_agent"
            if by_agent:  # 北京市科委牵头编制《…》，由北京市政府办公厅印发: who 由 names issues, not who drafted it
                named = [m.id for s, e, m in sentence.of_types(("agency",)) if end <= s and e <= end + cue_after.start()
                         and not any(a <= s < b for a, b in approving)]
                if not named and _ADDRESSEE_WORD.search(after, 0, cue_after.start()):
                    named, rule = context.addressee, "issues_addressee"  # 同意《…》，由你委印发实施 (a 批复): the body it answers
                    if not named:
                        continue
                subjects = named or subjects
            if not subjects and context.subject and re.search(r"现将\s*$", sentence.text[:start]):
                subjects, rule = list(context.subject), "issues_notice_header"  # 现将《…》印发给你们: the notice's issuer
            if not subjects and (subjects := _title_issuers(policy, context)):
                rule = "issues_passive_title_issuer"  # 《国务院关于做好…的通知》对外发布: the title names its issuer
            if not subjects:
                subjects, rule = _title_region(policy, context), "issues_passive_policy_title"
        else:
            continue
        for subject in subjects:
            if subject.split(":")[-1] in _not_issuers():
                continue  # a news office announces a policy, it does not issue it
            if context.kb.get(subject) is not None and context.kb.get(subject).type in (*PLACE_TYPES, "agency"):
                yield Fact(subject, "issues", policy.id, evidence(sentence, rule))  # a zone issues its own plans too


# What may stand between the bodies that issued a document and its title when they are written as its
# attribute (工业和信息化部等部门印发的《…》, 国家发展改革委、国家能源局联合印发的《…》, 工业和信息化部《…》).
_ATTRIBUTIVE = re.compile(r"(?:等(?:[一二两三四五六七八九十\d]{1,2}个?)?(?:部门|部委|单位))?\s*(?:(?:联合|共同)?\s*(?:印发|发布|出台|制定|颁布|公布|修订)的)?\s*$")


def _attributive_issuers(sentence: Sentence, start: int) -> list[tuple[int, int, Mention]]:
    """The agencies written as the issuers of the title at ``start`` (…部等部门印发的《…》, …部《…》),
    with the agencies listed with them (A、B联合印发的《…》); [] when none is."""
    text = sentence.text
    agencies = sentence.of_types(("agency",))
    before = [x for x in agencies if x[1] <= start]
    if not before:
        return []
    last = before[-1]
    gap = _ATTRIBUTIVE.match(text, last[1], start)
    if gap is None:
        return []
    group = [last]
    for x in reversed(before[:-1]):
        if _COORDINATION.match(text[x[1] : group[-1][0]]):
            group.append(x)
        else:
            break
    return group[::-1]


# The body a document is addressed to, referred to (由你委印发, 你局): see _Context.addressee.
_ADDRESSEE_WORD = re.compile(r"你(?:委|局|厅|办|部|署|们)")
# A salutation to one body (市经济和信息化委员会：).
_ADDRESSED = re.compile(r"\s*[：:]\s*$")


# A forecast (预计, 预测): a goal where a government states it, a forecast where a study does.
_FORECAST = re.compile(r"预计|预测|预期(?!目标)|(?<=据)(?:测算|估算)")
# Who forecasts without acting (专家预计, 业内人士预测, 据机构预测): their figures are no region's goal.
_FORECASTER = re.compile(r"专家|学者|分析师|分析人士|业内|业界|研究人员|研究员|机构|券商|智库|人士")


# A question (问：…的背景是什么？): it asks, it states nothing.
_QUESTION = re.compile(r"^\s*问\s*[：:]|[？?]\s*$")
# A person's name opening an interview's answer (王立新：…), not 答： nor a body (市发改委：…).
_INTERVIEWEE = re.compile(r"\s*((?!答)[\u4e00-\u9fff]{2,4})\s*[：:]")
_BODY_SUFFIX = re.compile(r"[局委厅部府办区市县省州会司处院所中心]$")
_APPROVAL = re.compile(r"经\S{0,12}?(?:同意|批准|审定|研究同意)")
# A document referred back to by its issuing (此次出台的《若干措施》, 本次发布的《措施》): only an actor in
# the same clause issues it; the clause before is a speaker (市商务局负责人坦言，此次印发的《细则》).
_REFERRED = re.compile(r"^\s*(?:据了解|据悉)?[，,]?\s*(?:此次|这次|本次|此番)\S{0,4}$")
# A title in 《》 called a standard after it (《…网络性能要求》两项团体标准, 《…》等行业标准): no policy.
_STANDARD_AFTER = re.compile(r"(?:[、和及与]《[^《》]{1,80}》)*\s*(?:等)?(?:[一两二三四五六七八九十\d]+\s*(?:项|个|部))?(?:团体|行业|国家|地方|企业)标准")
# Approval by a body (获市委常委会审议通过, 经…审议通过): that body approves, someone else issues.
_APPROVED = re.compile(r"[获经][^，,。；;《》]{0,14}审议通过$")


# Bodies an issuer acts with (…厅会同省发展改革委、省财政厅印发): co-issuers.
_JOINT_ISSUER = re.compile(r"\s*(?:近日|日前|近期)?\s*会同")
# A body coordinated with the agencies before an issuing cue (…、厦门市律师协会联合发布): a co-issuer.
_CO_ISSUER = re.compile(r"^\s*[、和与及][^，,。；;、]{1,20}(?:[、和与及][^，,。；;、]{1,20})*(?:联合|共同)")
# The issuer a document's title opens with (国务院关于…的通知, 中共广东省委、广东省人民政府关于…的意见).
_TITLE_ISSUER = re.compile(r"^(.{2,60}?)关于")


def _title_issuers(policy: Mention, context: _Context) -> list[str]:
    """Who a policy's title says issued it, opening it before 关于 with nothing else there
    (《国务院关于做好…的通知》 → the State Council; 《广东省人民政府关于…》 → 广东)."""
    title = policy.id.split(":", 1)[1]
    opening = _TITLE_ISSUER.match(title)
    if not opening:
        return []
    named = [m for m in context.linker.link_text(title) if m.end <= opening.end(1) and m.type == "agency"]
    rest = title[: opening.end(1)]
    for m in reversed(named):
        rest = rest[: m.start] + rest[m.end :]
    if not named or rest.replace("中共", "").strip("、和与及 "):
        return []
    # A central body issues (国务院); a local one's document is its region's (中共广东省委、广东省人民政府关于… → 广东),
    # as a document whose title opens with its region is (《深圳市…若干措施》正式发布 → 深圳).
    return list(dict.fromkeys(_agency_region(m.id) or m.id for m in named))


def _title_region(policy: Mention, context: _Context) -> list[str]:
    """The region a policy's title starts with (《深圳市…若干措施》 → 440300)."""
    return _policy_links(policy.id.split(":", 1)[1], context)[1][:1]


def _policy_links(title: str, context: _Context) -> tuple[list[str], list[str]]:
    """(industries, regions at the start) named in a policy's title; cached per article."""
    if title not in context.policy_links:
        mentions = context.linker.link_text(title)
        industries = sorted({m.id for m in mentions if m.type == "industry"})
        regions = [m.id for m in mentions if m.type in REGION_TYPES and m.start <= 2]
        context.policy_links[title] = (industries, regions)
    return context.policy_links[title]


def _policy_facts(sentence: Sentence, context: _Context, evidence) -> Iterator[Fact]:
    for _, _, policy in sentence.of_types(("policy",)):
        industries, regions = _policy_links(policy.id.split(":", 1)[1], context)
        for industry in industries:
            yield Fact(policy.id, "targets", industry, evidence(sentence, "policy_title_industry"))
        for region in regions[:1]:
            yield Fact(policy.id, "applies_to", region, evidence(sentence, "policy_title_region"))


# 该基金 …, and the fund's manager speaking for it (基金管理人表示，下一步将重点关注…).
_FUND_REFERENCE = re.compile(r"(?:该|此|这支|这只|上述)(?:母|子)?基金(?:管理人)?|^[\s”’\"]*基金管理人"
                             # a bare 基金 opening a sentence as its subject (基金将围绕…进行投资布局): the fund talked about
                             r"|^[\s”’\"]*(?:(?:据介绍|据了解|据悉|目前|此外|同时|下一步|其中|另外|今年|此前)[，,]?\s*)?基金(?=将|还|已|也|主要|重点|首期|首批|投资|累计|专注|聚焦|围绕|领投|跟投|参投|今年)")
# The investment named after what it goes to (加大对人形机器人和脑机接口项目的投资力度).
_INVESTMENT_IN = re.compile(r"对([^，,。；;对]{1,40}?)(?:项目|领域|企业)?的(?:投资|投入)"
                            r"|向([^，,。；;向]{1,30}?)(?:项目|企业|公司)(?:追加)?(?:注资|增资|投资|出资)"
                            r"|以([^，,。；;以]{1,40}?)(?:等)?(?:产业|领域)?为(?:主要|重点|核心)?投资(?:方向|领域|重点)")
# 母基金 or 基金群 alone, in a sentence naming no fund, is the fund the article named last when its
# name ends so (…空天信息产业基金群…。基金群围绕…进行股权投资).
_MOTHER_FUND = re.compile(r"(?<![子该此这])(母基金|基金群)")
# A fund being set up (…共同发起设立东营化工新材料产业投资基金, 设立规模5亿元的…基金): the cue and
# what may stand between it and the fund's name (its size), in one clause.
_ESTABLISHED = re.compile(r"(?:发起设立|出资设立|设立|成立|组建)(?:一支|一只)?[^，,；;。]{0,14}$")
# A fund its funders modify (…母基金参与出资的苏州市生物医药产业基金，重点投向…): the fund invests.
_FUNDED_BY = re.compile(r"(?:参与|共同)?(?:出资|发起|参股|投资)(?:设立|组建)?的\s*$|(?:参与|共同)(?:设立|组建)的\s*$")
# A fund that is only planned (将设立, 计划在…下设立, 拟组建) has invested in nothing yet.
# A fund a document's measure sets up (设立规模50亿元的…基金; not 设立了, 已设立).
_MEASURE_FUND = re.compile(r"(?:^|[，,；;：:])\s*(?:发起设立|出资设立|设立|组建)(?!了)[^，,；;。]{0,14}$")
_PLANNED = re.compile(r"(将|拟|计划|筹划|准备|筹备|筹建)[^。；;]{0,40}?(?:发起设立|出资设立|设立|成立|组建)|(筹建|筹备|筹设)")
# …but a named fund to be set up with what it is to invest in (计划设立50亿元的包头市稀土产业发展基金，重点投资稀土
# 永磁…): its stated investments, as an existing fund's are (支持…, 用于…: a purpose, not an investment).
_PURPOSE_STATED = re.compile(r"[，,]?\s*(?:将|主要|重点|专门|专注)?(?:重点)?(?:投向|投资于?|专注于?投资)")
# …unless it is not decided yet (目前方案仍在论证, 尚在筹备中).
_NOT_YET = re.compile(r"(?:仍|尚|还|正)(?:在|处于|未)[^，,。；;]{0,6}?(?:论证|筹备|筹建|研究|遴选|设立阶段|谋划|确定)")
# A fund a measure directs (引导…基金投资光电子信息产业重大项目, 争取…基金在赣设立子基金): where it is hoped to invest.
_DIRECTED = re.compile(r"(?:引导|鼓励|争取|推动|吸引)\s*$")
# A fund as the source of news (记者从…基金获悉).
_FUND_SOURCE = re.compile(r"从\s*$")
# A sentence naming parts of the list before it (…三大领域。其中，汽车芯片、动力电池等…).
_PART_OF_LIST = re.compile(r"\s*其中\s*[，,]?")


# A fund named as the circumstance of what someone else does (在母基金(的)支持下, 在基金带动下).
_FUND_CIRCUMSTANCE = re.compile(r"(?:的)?(?:大力)?(?:支持|带动|引导|撬动|助力|推动)下")
# A fund named as what firms receive (对获得…基金投资的企业给予奖励): the fund is an object, the
# sentence's actor (a region, its policy) is someone else.
_FUND_RECEIVED = re.compile(r"(?:获得|获|接受|引入|争取|拿到)了?\s*$")
_FUND_RECEIVED_NAMED = re.compile(r"(?:获得|接受|引入|争取|拿到)了?[^，,。；;]{0,6}$")  # …天使 + 母基金
# A task of a plan's list that sets up a fund (二是设立规模50亿元的…基金，投向…): a fund to come.
_LISTED_FUND = re.compile(r"(?:^|[，,；;：:])\s*[一二三四五六七八九十]是\s*(?:发起设立|出资设立|设立|组建|成立)(?!了)[^，,；;。]{0,14}$")
# A clause whose subject is a sub-fund (子基金已投资…, 其中海洋子基金重点投资…): the sub-fund invests,
# not the mother fund (which invests in the sub-funds; 母基金通过子基金投资 is the mother's).
_SUB_FUND_CLAUSE = re.compile(r"\s*(?:其中|这些|上述|各)?[^，,；;。基通]{0,8}子基金")
_SUB_FUND_NAMED = re.compile(r"\s*(?:下设|旗下|发起设立|设立|参股)的[^，,。；;]{0,12}子基金")
_PLANNED_SUB_FUND = re.compile(r"(?:将|拟|计划|筹划|准备)[^。；;]{0,20}?(?:新设|设立|组建|成立)[^。；;]{0,12}子基金")
# A mother fund taking a stake (参股设立了…子基金，重点投资…): what follows without a subject is the
# sub-fund's investment.
_STAKE_IN_SUB_FUND = re.compile(r"参股[^。；;]{0,20}子基金")
# The field a fund is set up in (在新材料领域设立了…新材料产业基金): what it invests in.
_FIELD_OF_FUND = re.compile(r"在([^，,。；;在]{1,30}?)(?:领域|方向|赛道)(?:内)?(?:发起设立|出资设立|设立|组建|成立)了?[^，,；;。]{0,14}$")


def _fund_topic(sentence: Sentence, funds: list[tuple[int, int, Mention]]) -> tuple[int, int, Mention]:
    """The fund a sentence is about: the one it sets up (东营市新旧动能转换基金与…共同发起设立东营化工
    新材料产业投资基金，…重点投资…: the new fund invests, not its founder), else its first (第一，
    高端装备基金，…，100%投资于…; 总规模20亿元的安徽省空天信息产业基金…，引入…母基金，专注于投资…:
    funds listed after it are its investors)."""
    for found in funds[1:]:
        if _ESTABLISHED.search(sentence.text, 0, found[0]) or _FUNDED_BY.search(sentence.text, 0, found[0]):
            return found
    return funds[0]


def _fund_facts(sentence: Sentence, context: _Context, evidence) -> Iterator[Fact]:
    funds = sentence.of_types(("fund",))
    # A following sentence of the same paragraph with no fund of its own (…；此外部分资金还可
    # 投资于…) goes on about the same fund.
    # In news prose the fund is often named in one paragraph and its investments told in a
    # later one: 据介绍，该基金将重点投向… goes on about the fund the article named last.
    topic_start = topic_end = 0
    others: list[tuple[int, int, Mention]] = []
    if funds:
        acting = [f for f in funds if not _FUND_SOURCE.search(sentence.text, 0, f[0])]  # 记者从…基金获悉: a source
        topic_start, topic_end, topic = _fund_topic(sentence, acting or funds)
        context.current_fund[sentence.unit] = context.last_fund = topic
        context.topic_funds.append(topic)
        rule = "fund_cue_industry"
        # Other funds acting in clauses of their own: the fund a sentence names first, before the one it
        # sets up (…引导基金…重点投向…，并与…共同设立了…子基金，投资…), and a fund opening a later clause
        # (…引导基金已参股子基金15只，其中太原数字经济子基金…，主要投资…): each invests in what its clauses say.
        # (Not a fund inside a note: …子基金（规模5亿元，母基金出资1亿元）拟投资…: the sub-fund still acts.)
        others = [f for f in acting if f[0] < topic_start and f is acting[0]] + [
            f for f in funds if f[0] > topic_start and _FUND_OPENS_CLAUSE.search(sentence.text, 0, f[0]) and not _in_note(sentence.text, f[0])]
        if not _fund_states_investment(sentence, context, topic_start, topic_end):
            topic = None
    elif context.current_fund.get(sentence.unit) is not None:
        topic = context.current_fund[sentence.unit]
        rule = "fund_cue_industry_continued"
        if context.invested_until == (sentence.unit, sentence.start, topic.id) and (part := _PART_OF_LIST.match(sentence.text)):
            # 母基金重点投资…三大领域。其中，汽车芯片、动力电池等环节项目占比明显提升: parts of what it invests in
            actors = [a for a, _, _ in sentence.of_types((*PLACE_TYPES, "agency"))]
            end = min([_actor_clause(sentence, part.end()), *actors])  # not 其中，市政府还支持…: someone else acts
            found = [m.id for s, e, m in context.industries(sentence) if part.end() <= s and e <= end]
            yield from (Fact(topic.id, "invests_in", industry, evidence(sentence, rule)) for industry in found)
            if found:
                context.invested_until = (sentence.unit, sentence.end, topic.id)
            return
    elif context.last_fund is not None and (match := _FUND_REFERENCE.search(sentence.text)):
        # 该基金 is the fund named last; an unnamed 基金管理人 speaks for the fund the article is about
        # (its first: 苏州生物医药产业创新基金完成首期募集 …吴江区…基金… 基金管理人表示，基金将…)
        topic, topic_start, topic_end = context.topic_funds[0] if match[0].lstrip(" ”’\"").startswith("基金管理人") else context.last_fund, match.start(), match.end()
        rule = "fund_cue_industry_reference"
    elif (match := _MOTHER_FUND.search(sentence.text)) and (named := [f for f in context.topic_funds if f.id.endswith(match[1])]):
        topic, topic_start, topic_end = named[-1], match.start(), match.end()  # the last so named, not co-founders listed since
        rule = "fund_cue_industry_reference"
    else:
        topic = None
    if topic is not None and rule == "fund_cue_industry_reference" and _FUND_RECEIVED_NAMED.search(sentence.text, 0, match.start()):
        topic = None  # 对获得天使母基金投资的企业给予配套支持: the fund is what firms receive
    elif topic is not None and rule == "fund_cue_industry_reference" and "子基金" in match[0] and not topic.id.endswith("子基金"):
        topic = None  # 该子基金 after a mother fund: a sub-fund the text does not name, not the mother
    if topic is not None or others:
        acts = sorted([*others, *([(topic_start, topic_end, topic)] if topic is not None else [])], key=lambda f: f[0])
        for k, (f_start, f_end, fund) in enumerate(acts):
            if fund is not topic and not _fund_states_investment(sentence, context, f_start, f_end):
                continue
            # what the fund states up to the clause of the next one acting (not 并与…共同设立了…子基金，投资…)
            until = _clause_start(sentence.text, acts[k + 1][0]) if k + 1 < len(acts) else len(sentence.text)
            # not a cue inside another fund's name (由国家产业投资基金、航天…共同发起: its co-founders)
            # the first cue the fund states: not a sub-fund's (参股子基金6只，子基金已投资…) nor someone
            # else's in a clause of their own (…基金由南京市财政出资、市属国有投资平台管理，…主要投向…)
            cues = list(_cue_re("invests_in").finditer(_masked(sentence), f_end, until))
            # 不得投资于房地产, 原则上不投向…, 暂不考虑投资…: what a fund may not or will not invest in
            negated = [c.start() for c in cues if _NOT_INVESTING.search(sentence.text, max(f_end, c.start() - 8), c.start())]
            cue = next((c for c in cues if c.start() not in negated
                        and not _sub_funds_investment(sentence.text, f_end, c.start()) and not _other_actor(sentence, f_end, c.start())), None)
            if cue:
                until = min([until, *(_clause_start(sentence.text, n) for n in negated if n > cue.end())])
            spans = [(cue.end(), min(until, _actor_clause(sentence, cue.end())))] if cue else []
            if fund is topic:
                if funds and (field := _FIELD_OF_FUND.search(sentence.text, 0, topic_start)):
                    spans.append((field.start(1), field.end(1)))  # 在新材料领域设立了…基金
                spans += [m.span(next(g for g in range(1, 4) if m[g])) for m in _INVESTMENT_IN.finditer(sentence.text, topic_end, until)]
            for s, e, m in context.industries(sentence):
                if m.id == "industry:equity-investment":
                    continue  # 进行股权投资, 以创投方式: how a fund invests, not what in
                if any(a <= s and e <= b for a, b in spans):
                    context.invested_until = (sentence.unit, sentence.end, fund.id)
                    yield Fact(fund.id, "invests_in", m.id, evidence(sentence, rule))
    yield from _round_facts(sentence, context, funds, evidence)
    for start, end, fund in funds:
        rest = sentence.text[end:]
        located = _cue_re("located_in").search(rest)
        if located:
            places = [m for s, _, m in sentence.of_types(PLACE_TYPES) if s >= end + located.end()]
            # 落地深圳市宝安区: the most specific place named right after the cue.
            if places:
                yield Fact(fund.id, "located_in", places[-1].id if len(places) > 1 and _nested(places, context) else places[0].id, evidence(sentence, "fund_located"))
        established = [c for c in _cue_re("established_by").finditer(sentence.text[:start])]
        if established:
            agencies = [m.id for s, _, m in sentence.of_types(("agency",)) if s < established[-1].start()]
            for agency in agencies[-1:]:
                yield Fact(fund.id, "established_by", agency, evidence(sentence, "fund_established"))


def _in_note(text: str, pos: int) -> bool:
    """Does ``pos`` stand inside a bracketed note (…（规模5亿元，母基金出资1亿元）) left open before it?"""
    return max(text.rfind("（", 0, pos), text.rfind("(", 0, pos)) > max(text.rfind("）", 0, pos), text.rfind(")", 0, pos))


# A negation before an investment cue (不得投资于, 不投向, 严禁投向, 暂不考虑投资): no investment.
_NOT_INVESTING = re.compile(r"(?:不得|不能|不再|不宜|严禁|禁止|暂不|避免|不(?![断仅少同]))[^，,。；;不]{0,4}$")
# A fund opening a clause (…，其中太原数字经济子基金…; 。另外，…基金…): the subject of that clause. (What stands
# before a place opening a later clause, times too, is _SUBJECT_OPENS_CLAUSE.)
_FUND_OPENS_CLAUSE = re.compile(r"(?:^|[，,；;：:])\s*(?:其中|另外|此外|同时|而|另有)?\s*[，,]?\s*$")


# A sub-fund talked about in a sentence naming no fund: not the fund the paragraph is about.
_UNNAMED_SUB_FUND = re.compile(r"(?<!通过)子基金")


def _fund_states_investment(sentence: Sentence, context: _Context, start: int, end: int) -> bool:
    """May the fund named at ``start:end`` state what it invests in: not one to come, hoped for, a
    source, a circumstance or what firms receive?"""
    if (planned := _PLANNED.search(_masked(sentence), 0, start)) and not _PURPOSE_STATED.match(sentence.text, end):
        return False  # 将设立…基金，支持…: what a fund to come will do is no investment yet
    if planned and (planned[1] not in ("将", "拟", "计划") or _NOT_YET.search(sentence.text, end)):  # (筹建: group 2)
        return False  # 正在筹建…基金; …基金，重点投向…，目前方案仍在论证: not decided yet
    if _DIRECTED.search(sentence.text, 0, start):
        return False  # 引导…基金投向超硬材料领域: a measure hoping the fund will, not what it invests in
    if _FUND_SOURCE.search(sentence.text, 0, start):
        return False  # 记者从…基金了解到，…: the fund is where the news comes from
    if _MEASURE_FUND.search(sentence.text, 0, start) and context.in_measures(sentence):
        return False  # 措施提出，…；设立规模50亿元的…基金，重点投向…: a document's measure, a fund to come
    if _FUND_CIRCUMSTANCE.match(sentence.text, end):
        return False  # 在母基金支持下引进了…企业: the fund is a circumstance, the region acts
    if _FUND_RECEIVED.search(sentence.text, 0, start):
        return False  # 对获得…基金投资的企业给予奖励，重点发展…: the region acts, the firms receive
    return not _LISTED_FUND.search(sentence.text, 0, start)  # 主要内容：…；二是设立…基金，投向…: a plan's task, a fund to come


# A firm's round of financing (一家专注X的企业近日完成5亿元B轮融资): the funds leading or joining it (由…基金领投，
# …基金跟投; 本轮由…基金领投 in the next sentence) invest in the firm's industry, named before the round in its clause.
_ROUND = re.compile(r"(?:完成|获得|获)了?[^，,。；;]{0,12}?轮[^，,。；;]{0,4}?融资")
_JOINS_ROUND = re.compile(r"(?:[、和与及][^，,。；;]{1,30}?)*(?:等[^，,。；;]{0,6}?)?(?:共同|联合)?(?:领投|跟投|参投|参与投资)")
_THIS_FIRM = re.compile(r"\s*(?:这家|该|此)(?:企业|公司)")
_THIS_ROUND = re.compile(r"\s*(?:本轮|该轮|此轮|本次)(?:融资)?")


def _round_facts(sentence: Sentence, context: _Context, funds: list[tuple[int, int, Mention]], evidence) -> Iterator[Fact]:
    """The funds leading or joining a firm's round of financing invest in the firm's industry."""
    if (told := _ROUND.search(sentence.text)) is not None:
        clause = _clause_start(sentence.text, told.start())
        firm = [m.id for s, e, m in context.industries(sentence) if clause <= s and e <= told.start()]
        if not firm and _THIS_FIRM.match(sentence.text, clause):
            firm = context.firm_before(sentence)  # 广州一家自动驾驶企业…。这家企业完成了D轮融资，由…领投
        context.financing_round, after = (sentence.unit, sentence.end, firm), told.end()
    elif context.financing_round and context.financing_round[:2] == (sentence.unit, sentence.start) and _THIS_ROUND.match(sentence.text):
        firm, after = context.financing_round[2], 0  # …完成A轮融资。本轮由…基金领投
    else:
        return
    for start, end, fund in funds:
        if start >= after and _JOINS_ROUND.match(sentence.text, end):
            yield from (Fact(fund.id, "invests_in", industry, evidence(sentence, "fund_cue_industry")) for industry in firm)


def _sub_funds_investment(text: str, topic_end: int, cue_start: int) -> bool:
    """Is the investment cue at ``cue_start`` a sub-fund's: in a clause opened by a sub-fund
    (…，子基金已投资…), or in a clause without a subject after a stake taken in a sub-fund
    (参股设立了海洋经济子基金，重点投资…)?"""
    if _PLANNED_SUB_FUND.search(text, topic_end, cue_start):
        return True  # 拟在明年新设一只子基金，专门投资…: a sub-fund to come
    if topic_end == 0 and _UNNAMED_SUB_FUND.search(text, 0, cue_start):
        return True  # (no fund named in the sentence) 另有两只子基金将投资…, 此前设立的…子基金已投资…
    if _SUB_FUND_NAMED.match(text, topic_end, cue_start):
        return True  # …母基金下设的智能网联汽车子基金，将重点投资…: the sub-fund is the subject
    clause_start = max(topic_end, max(text.rfind(p, 0, cue_start) for p in "，,；;：:") + 1)
    if clause_start == topic_end:
        return False  # the fund itself opens the clause: …基金重点投资…
    if _SUB_FUND_CLAUSE.match(text, clause_start, cue_start):
        return True
    return bool(_STAKE_IN_SUB_FUND.search(text, topic_end, clause_start)) and cue_start - clause_start <= 4


def _actor_clause(sentence: Sentence, pos: int) -> int:
    """Where the first clause after ``pos`` opened by someone else begins (a place or an agency:
    …投资超过200亿元，南京市同时出台政策支持…), else the sentence's end."""
    opened = {s for s, _, _ in sentence.of_types((*PLACE_TYPES, "agency"))}
    for match in _CLAUSE_BREAK.finditer(sentence.text, pos):
        if any(match.end() <= s <= match.end() + 2 for s in opened):
            return match.start()
    return len(sentence.text)


def _other_actor(sentence: Sentence, topic_end: int, cue_start: int) -> bool:
    """Does someone else open the clause of the investment cue, after the fund: a place, an agency
    or an organisation (…，南京市同时出台政策支持…; 基金的管理人武汉产业投资集团还投资了…)?"""
    text = sentence.text
    clause_start = max(topic_end, max(text.rfind(p, 0, cue_start) for p in "，,；;：:") + 1)
    if any(clause_start <= s and e <= cue_start for s, e, _ in sentence.of_types((*PLACE_TYPES, "agency"))):
        return True
    masked = _masked(sentence)
    founders = [f.span() for f in _FOUNDERS.finditer(masked, topic_end, cue_start)]
    # not the fund's founders or managers (该基金由…基金与区属国有企业共同发起，将重点投资…): they act in a phrase of the fund's
    return any(not any(a <= o.start() < b for a, b in founders) for o in _ORGANISATION.finditer(masked, topic_end, cue_start))


# Who set up or runs a fund, after its name (由…引导基金与区属国有企业共同发起, 由市属国有企业管理).
_FOUNDERS = re.compile(r"由[^，,。；;由]{1,40}?(?:共同|联合)?(?:发起|出资|设立|组建|管理|运营|受托管理)")


def _nested(places: Sequence[Mention], context: _Context) -> bool:
    """深圳市宝安区: the second place lies inside the first."""
    return places[0].id in set(context.kb.ancestors(places[1].id))


def _cooperation(sentence: Sentence, context: _Context, evidence) -> Iterator[Fact]:
    """Regions listed together as the subject of a cooperation cue (京津冀三地互认, 沪苏浙皖联动),
    or a macro-region's members when it is written with 三地/两地."""
    cue = _cue_re("cooperates_with").search(sentence.text)
    if not cue:
        return
    if _cue_re("cooperates_with", "block").search(sentence.text):
        return  # 结合北京、上海…等地的实践, 与…相比, 借鉴: places compared or learnt from, not partners
    group = [x for x in sentence.of_types(REGION_TYPES) if x[1] <= cue.start()]
    coordinated: list[str] = []
    for n, (s, e, m) in enumerate(group):
        if n and _COORDINATION.match(sentence.text[group[n - 1][1] : s]):
            coordinated.append(m.id)
        else:
            coordinated = [m.id]
    regions = set(coordinated) if len(coordinated) > 1 else set()
    for _, end, m in sentence.of_types(("macro_region",)):
        if end <= cue.start() and re.match(r"^[两三四五]地", sentence.text[end : end + 2]):
            regions |= set(context.kb.by_id[m.id].members)
    regions = sorted(regions)
    for i, a in enumerate(regions):
        for b in regions[i + 1 :]:
            if b not in set(context.kb.ancestors(a)) and a not in set(context.kb.ancestors(b)):
                yield Fact(a, "cooperates_with", b, evidence(sentence, "cooperation_cue"))


_SIGNATURE_DATE = re.compile(r"\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*$")


_HANDED_ON = re.compile(r"现将\s*《[^《》]+》\s*(?:印发|发布)给")
# The verb of a title that issues the documents it names (关于印发《…》的通知): not 转发 (a notice passing
# on someone else's document), nor a 批复 (关于《…》的批复: who signs approves it).
_TITLE_ISSUES = re.compile(r"(?:印发|发布|颁布|出台|公布|下发)\s*(?:[“《][^《》]{1,80}[》”][、和及与]?\s*)*$")


def _signature_issues(sents: Sequence[Sentence], context: _Context, evidence) -> Iterator[Fact]:
    """A document's closing signature (…工业和信息化部 / 湖南省发展和改革委员会 / 2024年3月5日)
    names who issued the documents its title names (关于印发《…》的通知): each signer issues them.
    The signature closes the notice, wherever that ends: an excerpt of the document it issues, or an
    抄送 line, may follow (the signers then stand above a date line of their own)."""
    # The title is a unit of its own, or (a document read alone) the first paragraph.
    titles = [s for s in sents if s.unit == 0 and (s.kind == "title" or s.text.strip() == context.article.title.strip())]
    implements = _cue_re("issues", "implements")
    # not a document the notice implements (…关于贯彻落实《…若干措施》的通知: someone else's)
    implemented = {m.id for title in titles for s, _, m in title.of_types(("policy",)) if implements.search(title.text, max(0, s - 6), s)}
    policies = [m.id for title in titles for s, _, m in title.of_types(("policy",))
                if m.id not in implemented and _TITLE_ISSUES.search(title.text, 0, s)]
    if not policies:  # a notice titled 通知 alone: the documents its body hands on (现将《…》印发给你们)
        policies = [m.id for s in sents if _HANDED_ON.search(s.text) for _, _, m in s.of_types(("policy",)) if m.id not in implemented]
    if not policies:
        return
    signers: list[tuple[Sentence, str]] = []
    for sentence, m in _signature(sents):
        if (sentence, m.id) not in signers:  # a signature repeated (one block closing the notice, one the text)
            signers.append((sentence, m.id))
    for sentence, signer in signers:
        for policy in policies:
            yield Fact(signer, "issues", policy, evidence(sentence, "issues_signature"))


def _signature(sents: Sequence[Sentence]) -> list[tuple[Sentence, Mention]]:
    """The names a document's signature holds, with their lines. The signature: lines that hold only
    names (and a date). It closes the notice, whatever follows (the text it issues, an 抄送 line); a run
    of lines before the document's end needs a date or only agencies in it to be one (not a heading
    naming a place)."""
    signers: list[tuple[Sentence, Mention]] = []
    block: list[tuple[Sentence, Mention]] = []
    dated = False
    for sentence in [*(s for s in sents if s.unit != 0), None]:
        lone = _signature_line(sentence) if sentence is not None else False
        if lone is not False:
            block.extend((sentence, m) for m in lone)
            dated = dated or _SIGNATURE_DATE.search(sentence.text) is not None
            continue
        if block and (sentence is None or dated or all(m.type == "agency" for _, m in block)):
            signers.extend(block)
        block, dated = [], False
    return signers


#: The longest line a signature holds (four bodies' full names and a date, a space apart).
_SIGNATURE_LINE_MAX = 120
_SIGNER_TYPES = (*REGION_TYPES, "agency")


def _signature_line(sentence: Sentence) -> list[Mention] | bool:
    """The names a line of a signature holds (湖南省工业和信息化厅; 2024年3月5日: none), or False when
    the line says more than names and a date."""
    if len(sentence.text) > _SIGNATURE_LINE_MAX:
        return False  # a sentence of the body (most are: asked of every sentence of a document)
    text = _SIGNATURE_DATE.sub("", sentence.text).strip()
    if not text:
        return []  # the date line
    named = [m for _, _, m in sentence.of_types(_SIGNER_TYPES)]
    rest = text
    for m in named:
        rest = rest.replace(m.text, "", 1)
    return named if named and not rest.replace("中共", "").strip(" 、\t") else False  # (中共寿光市委办公室)


def _table_rows(sents: Sequence[Sentence], context: _Context, evidence) -> Iterator[Fact]:
    """A table of regional plans (省份 | 规划政策 | 产业定位 | 产业目标): each row's region backs
    the industries its row names."""
    header = None
    for sentence in sents:
        if sentence.kind != "table_row":
            header = None
            continue
        if header is None:
            header = sentence.text
            continue
        if not re.search(r"产业|规划|政策", header):
            continue
        first_cell = sentence.text.split("\t", 1)[0]
        places = [m.id for s, e, m in sentence.of_types(PLACE_TYPES) if e <= len(first_cell)]
        if not places:
            continue
        for _, _, m in sentence.of_types(("industry",)):
            yield Fact(places[0], "backs", m.id, evidence(sentence, "table_row_backs"))
        if re.search(r"政策|文件|规划", header):
            for _, _, m in sentence.of_types(("policy",)):
                yield Fact(places[0], "issues", m.id, evidence(sentence, "table_row_issues"))
        for fact in _sets_target(sentence, _RowContext(context, places[0]), evidence):
            yield fact


class _RowContext(_Context):
    def __init__(self, context: _Context, subject: str) -> None:
        self.__dict__.update(context.__dict__)
        self.subject = [subject]
        self._unit_subject_cache = {}


# ---------------------------------------------------------------- entry point


# A party committee's secretary (邵东市委书记王五说：“今年我们要…”; 安宁市委副书记…表示): a person who speaks for the place.
_SECRETARY = re.compile(r"副?书记")


def _secretary_speaks_for_place(m: Mention, text: str, end: int, kb: KnowledgeBase) -> Mention:
    """To the rules, a party committee named as its secretary's seat (邵东市委书记, linked as the committee)
    is the place: what the secretary says the place (or 我们) will do is the place's doing, not the
    committee's. The article still mentions the committee (see :func:`extract_facts`)."""
    if m.type != "agency" or not m.id.endswith(":party_committee") or not _SECRETARY.match(text, end):
        return m
    region = kb.get(_agency_region(m.id))
    if region is None or region.type not in REGION_TYPES:
        return m
    return Mention(m.text, m.start, m.end, region.type, region.id, region.name, adcode=region.id, rule="secretary_of_place")


def extract_facts(article: Article, linker: Linker, located: list | None = None) -> tuple[list[Mention], list[Fact]]:
    """The mentions and the facts of one article (a pure function of the article).

    ``located``: the article's mentions as ``linker.locate_article`` gives them, when
    the caller has them already (the build times linking apart from the rules).
    """
    units = article_units(article, margins=True)
    if located is None:
        located = linker.locate_article(article)
    linked = {(m.start, m.end): m for *_, m in located}  # what the article mentions, as the linker linked it
    every = sentences(units, [(u, s, e, _secretary_speaks_for_place(m, units[u].text, e, linker.kb)) for u, s, e, m in located])
    # The margins (metadata and back matter, :attr:`Article.margins`) name entities the article
    # mentions, but state nothing: no rule reads them (a signature that closes the body is body text).
    sents = [s for s in every if s.kind != "margin"]
    context = _Context(article, units, sents, linker)

    where: dict[tuple[int, int], tuple[str, int, int]] = {}  # per sentence: found once, it backs many facts

    def evidence(sentence: Sentence, rule: str, method: str = "rule") -> Evidence:
        key = (sentence.unit, sentence.start)
        if key not in where:
            where[key] = _sentence_source(units, sentence)
        return _evidence(article, where[key], rule, method)

    facts: list[Fact] = []
    mentioner = f"article:{article.id}"
    for sentence in sents:
        check_budget()
        if not sentence.mentions:
            continue  # every rule relates entities the sentence names: one naming none states nothing
        # A rule that relates a type of entity the sentence does not name is not asked (each would
        # only find that out first): industries for backing and targets, documents for their links.
        if sentence.kind != "table_row" and sentence.of_types(("industry",)):
            facts.extend(_backs(sentence, context, evidence))
            facts.extend(_sets_target(sentence, context, evidence))
        facts.extend(_issues(sentence, context, evidence))
        if sentence.of_types(("policy",)):
            facts.extend(_policy_facts(sentence, context, evidence))
        facts.extend(_fund_facts(sentence, context, evidence))
        facts.extend(_cooperation(sentence, context, evidence))
    for sentence in every:  # the body's mentions and the margins'
        for _, _, m in sentence.mentions:
            m = linked.get((m.start, m.end), m)
            size = Quantity(amount=0.0, unit="", year=None, text=m.quantity) if m.quantity else None  # a fund's size as written
            facts.append(Fact(mentioner, "mentions", m.id, _mention_evidence(article, m, sentence, units), size))
            if m.type == "agency" and m.id.count(":") == 2 and sentence.kind != "margin":  # margins state nothing
                facts.append(Fact(m.id, "jurisdiction", m.id.split(":")[1], evidence(sentence, "local_agency_region", "knowledge_base")))
    facts.extend(_table_rows(sents, context, evidence))
    facts.extend(_signature_issues(sents, context, evidence))
    facts = _without_guesses(facts)
    facts = _body_issuers_first(facts, sents, units)
    mentions = sorted((m for *_, m in located), key=lambda m: (m.start, m.end, m.id))
    return mentions, _dedupe(facts)


def _without_guesses(facts: list[Fact]) -> list[Fact]:
    """The facts without those another fact of the article makes a guess: the region a title starts with
    as who issued it, where anyone is said to issue it; a target of an order of size (建设千亿级新材料产业
    集群), which names the class the industry is to reach, where the article states a figure for the same
    region and industry (力争新材料产业产值达到900亿元): that is its target."""
    stated = [f for f in facts if f.relation in ("issues", "sets_target")]
    guessed = [f for f in stated if f.evidence.rule == "issues_passive_policy_title"
               or (f.relation == "sets_target" and f.quantity is not None and f.quantity.text.endswith("级"))]
    if not guessed:
        return facts
    issued = {f.object for f in stated if f.relation == "issues" and f.evidence.rule != "issues_passive_policy_title"}
    figures = {(f.subject, f.object) for f in stated if f.relation == "sets_target" and f.quantity is not None and not f.quantity.text.endswith("级")}
    dropped = {id(f) for f in guessed if (f.object in issued if f.relation == "issues" else (f.subject, f.object) in figures)}
    return [f for f in facts if id(f) not in dropped] if dropped else facts


def _body_issuers_first(facts: list[Fact], sents: Sequence[Sentence], units: Sequence[Unit]) -> list[Fact]:
    """A headline's actor (广东：印发《…措施》) only files what the body says agencies issued
    (省商务厅、省工信厅…联合印发《措施》): where the body names an agency issuing the same document,
    the region of the headline is no issuer of it."""
    titles = {_sentence_source(units, s)[0] for s in sents if s.kind == "title"}
    if not titles:
        return facts
    by_agency = {f.object for f in facts if f.relation == "issues" and f.subject.startswith("agency:") and f.evidence.sentence not in titles}
    return [f for f in facts if not (f.relation == "issues" and f.object in by_agency and f.evidence.sentence in titles and not f.subject.startswith("agency:"))]


def _mention_evidence(article: Article, m: Mention, sentence: Sentence, units: Sequence[Unit]) -> Evidence:
    return Evidence(article=article.id, source=article.source, sentence=m.text, start=m.start, end=m.end, date=article.date, outlet=article.outlet, rule=m.rule, method="linker")


def _dedupe(facts: Sequence[Fact]) -> list[Fact]:
    """One fact per (subject, relation, object, sentence); the first rule that found it wins."""
    seen = set()
    out = []
    for fact in facts:
        key = (fact.subject, fact.relation, fact.object, fact.evidence.start, fact.quantity)
        if key not in seen:
            seen.add(key)
            out.append(fact)
    return out


def fact_record(fact: Fact, kb) -> dict:
    """A fact as ``kg extract`` prints it: ids, names, evidence and any quantity."""
    from dataclasses import asdict

    def name(entity_id: str) -> str:
        entity = kb.get(entity_id)
        return entity.name if entity else entity_id.split(":")[-1]

    record = {
        "subject": fact.subject, "subject_name": name(fact.subject), "relation": fact.relation,
        "object": fact.object, "object_name": name(fact.object),
        "confidence": fact.confidence,
        "evidence": {k: v for k, v in asdict(fact.evidence).items() if v is not None},
    }
    if fact.quantity is not None:
        record.update(amount=fact.quantity.amount, unit=fact.quantity.unit, year=fact.quantity.year, quantity_text=fact.quantity.text)
        if fact.quantity.amount_max is not None:  # a range: both ends
            record.update(amount_min=fact.quantity.amount, amount_max=fact.quantity.amount_max)
    return record
