"""What an article establishes for every sentence: its subject (title actor, section tag, the region its
title starts with, the signer), its year, its topic, who a document is addressed to, an interview's answers."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cached_property, lru_cache

from kg.kb import KB_DIR, MUNICIPALITIES, REGION_TYPES, read_table
from kg.link import Linker, Unit
from kg.relations.sentences import SUBJECT_TYPES, Sentence
from kg.types import Article, Mention

__all__ = [
    "_COMMITTEE",
    "_MEETING",
    "_SPEECH_TITLE",
    "_ISSUING_NOTICE",
    "PLACE_TYPES",
    "_QUESTION",
    "_UNKNOWN_ZONE",
    "_ZONE_SUFFIX",
    "_ArticleContext",
    "_agency_region",
    "_government_region",
    "_policy_links",
    "_signature",
    "signature_lines",
    "_special_zones",
    "_title_region",
]


PLACE_TYPES = (*REGION_TYPES, "zone")


# A news report's dateline opening its lead (山东潍坊，2022年11月24日 …, 本报天津2024年3月18日讯, 新华社贵阳2024年4月2日电,
# 本报讯（记者 某某）2024年5月16日，…; 2026年2月，春节后的第一个工作日…): a date (its day may be left out) after a short
# place or outlet, no figure before it.
_DATELINE = re.compile(r"\s*(?:[^。！？；;：:\d]{0,12}?\d{1,2}\s*月\s*\d{1,2}\s*日\s*[电讯])?[^。！？；;：:\d]{0,30}?((?:19|20)\d\d)\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?")


# A lead's dated visit or source note, where no dateline opens it (2025年7月，记者就…专访了…; …。（2025年11月）;
# （来源：海南日报 2025-02-20）; a digest's issue line, （《信息摘编》第2025-41期，2025年12月5日）): the date the report
# was written.
# A lead opening with a period of its year reported on (2024年上半年，赣州市新签约…; 2024年1-9月，…): written that year.
_PERIOD_OPENS = re.compile(r"\s*((?:19|20)\d\d)\s*年(?:上半年|前三季度|[一二三]季度|前[一二三四五六七八九十两]{1,2}个月|\d{1,2}\s*[-—~～至到]\s*\d{1,2}\s*月)[，,]")


# A document's number standing alone under its title (〔2023〕12号, 第37号).
_DOCUMENT_NUMBER = re.compile(r"\s*(?:[^\s。，,]{0,12}?[〔\[［(（]\s*(?:19|20)\d\d\s*[〕\]］)）]\s*\d{1,4}\s*号|第\s*\d{1,4}\s*号)\s*")


_LEAD_DATE = re.compile(
    r"((?:19|20)\d\d)\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?\s*[，,]\s*(?:本报)?记者"
    r"|[（(](?:[^（）()。！？]{0,20}?[\s：:，,])?((?:19|20)\d\d)(?:\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?|-\d{1,2}-\d{1,2}|\.\d{1,2}\.\d{1,2})[）)]"
)


_WORK_REPORT = re.compile(r"工作报告|工作要点|工作计划|工作打算")


# The title of a policy document itself (…关于印发《…》的通知, …关于…的实施意见, …若干措施, …行动方案（2025—2027年）,
# …发展规划（摘要）, 《…》政策解读), not of a report on one (郑州出台氢能产业发展规划, 省里印发行动方案: a headline telling
# the document came out), nor of a work report, summary or work plan (政府工作报告, 工作总结和…工作安排, 链长制工作方案),
# which tell each unit's own work: the dev gold credits a district there with its task, not the region (genres_heldout4,
# 16, 22, 28), while it credits the region whose policy assigns the task beside the place (genres_heldout, 2, 19, 40).
_DOCUMENT_TITLE = re.compile(
    r"(?:通知|意见|措施|办法|细则|(?<!工作)方案|规划|(?<!工作)计划|解读)(?:\s*[（(][^（）()]{1,20}[）)])*\s*$")
_REPORTED_DOCUMENT = re.compile(r"(?<!关于)(?:出台|印发|发布|推出|公布|审议|通过|亮相)")


# A report's or a reply's title naming no one before 关于 (关于郑州市2024年预算执行情况和2025年预算草案的报告（摘要）;
# 关于乌兰察布市算力产业发展规划的批复): it is on the place after 关于, whose government's report it is, or which the
# reply answers (its signer only approves); not 关于支持…的意见, a document for others.
_REPORT_ABOUT = re.compile(r"\s*关于(?=[^。，,；;]*的(?:报告|批复)\s*(?:[（(][^（）()]{1,6}[）)])?\s*$)")


class _ArticleContext:
    """What an article is about, for sentences that do not say it themselves."""

    def __init__(self, article: Article, units: Sequence[Unit], sents: Sequence[Sentence], linker: Linker,
                 closing: Sequence[Sentence] = ()) -> None:
        self.article = article
        self.units = units
        self.sents = sents
        self.closing = closing  # the margins after the body (a signature the segmenter set aside: see signature_lines)
        self.kb = linker.kb
        self.linker = linker
        self.unnamed_zone = False  # the title opens with a zone the KB lacks (see _most_specific)
        self.document_regions: list[str] = []  # the regions of a document a notice issues (see _document_regions)
        self.committee_zone: str | None = None  # the zone whose committee is the title's actor (see _committee_zone)
        self.policy_links: dict[str, tuple[list[str], list[str]]] = {}
        self.subject = self._article_subject(linker)
        self.current_fund: dict[int, Mention | None] = {}  # per unit: the fund being talked about
        self.fund_in_item: dict[int, bool] = {}  # per unit: was that fund named in an item of a list (一是…，设立…基金)?
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
            # 【领导参阅】成都明确…: a column's label naming no one opens the headline; the headline is read after it
            column = _COLUMN_LABEL.match(title[0].text)
            skip = column.end() if column and not any(x[0] < column.end() for x in title[0].mentions) else 0
            text = title[0].text[skip:]
            actor = _TITLE_ACTOR.match(text)
            dated = _TITLE_YEAR.match(text)  # 2024年吉安市政府工作报告: the place after the year opens it
            # 中共寿光市委办公室 …关于印发…: the committee's office opens it; 中国共产党杭州市第十四届委员会第七次全体会议公报: the city's committee
            party = 2 if text.startswith("中共") else 5 if text.startswith("中国共产党") else 0
            speech = _SPEECH_TITLE.match(text)  # 在2025年苏州市…大会上的讲话: the place whose meeting it is
            about = _REPORT_ABOUT.match(text)  # 关于郑州市2024年预算执行情况…的报告: the place the report is on
            limit = skip + (actor.end() if actor else (dated.end() + 1 if dated else (speech.end() + 1 if speech else (about.end() + 1 if about else 1 + party))))
            found = [x for x in title[0].mentions if x[0] < limit and x[2].type in SUBJECT_TYPES]
            self.document_regions = _document_regions(title[0], self)
            if found and actor:
                # 天津：滨海新区出台…: a place inside the actor's that opens the headline acts (the actor only files it)
                inner = [x for x in title[0].mentions if x[0] == skip + actor.end() and x[2].type in PLACE_TYPES
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
                subject = self._most_specific(title[0], found[0])
                if not actor and subject == [found[0][2].id]:
                    subject += self._listed_with(title[0], found[0])  # 沈阳、大连联手推进机器人产业: both act
                return subject
            opening = [m for x, _, m in title[0].mentions if x == skip + len(text) - len(text.lstrip()) and m.type == "policy"]
            if opening and (region := _title_region(opening[0], self)):
                return region  # 《青岛市支持海洋经济…若干政策》解读: the document's region is what it is about
            if "政府工作报告" in text and (congress := self._congress_reported_to()):
                return congress  # 政府工作报告（摘要） / ——…在株洲市第十六届人民代表大会第六次会议上: 株洲's report
        if self.article.section:
            place = linker._place_named(self.article.section)
            if place and self.kb.by_id[place].type in PLACE_TYPES:
                return [place]
        # 关于印发《加快发展氢能产业的若干措施》的通知 … 株洲市人民政府办公室 / 2024年3月5日: a document whose
        # title names no one is its signer's; not a reply's (关于同意…的批复: its body speaks to the one who asked)
        if title and title[0].text.rstrip().endswith("批复"):
            return []
        signers = [m for _, m in _signature(signature_lines(self.sents, self.closing)) if m.type in SUBJECT_TYPES]
        return [signers[0].id] if signers else []

    def _congress_reported_to(self) -> list[str]:
        """The region of the people's congress a work report is given at, on a line under a title naming no
        place (政府工作报告（摘要） / ——2026年1月14日在株洲市第十六届人民代表大会第六次会议上 → 株洲; segmentation sets the
        line aside as metadata): the report is its government's, so its tasks are that region's. Not a standing
        committee's session (its own texts: see :attr:`legislature_document`)."""
        lead = next((s.text for s in self.sents if s.kind != "title"), "")
        for text in [p.text for p in self.article.margins] + [lead]:
            if (given := _GIVEN_AT_CONGRESS.match(text)) is not None:
                congress = [m.id for m in self.linker.link_text(text) if m.start == given.end() and m.id.endswith(":congress")]
                return [_agency_region(congress[0])] if congress else []
        return []

    def _committee_zone(self, first: tuple[int, int, Mention]) -> str | None:
        """The zone a title's actor runs, if it is a zone's committee the KB keeps as its city's body
        (郴州高新区管委会, 洋浦经济开发区管理委员会 → agency:…:development_zone_committee): the zone
        (``zones.tsv``) named in the committee's name, whose document it issues."""
        m = first[2]
        if m.type != "agency" or not m.id.endswith(":development_zone_committee"):
            return None
        zone = _committee_place(self.linker, m.text)
        return zone if zone in _special_zones() else None

    def _listed_with(self, title: Sentence, first: tuple[int, int, Mention]) -> list[str]:
        """The places of the same kind listed right after a headline's first (沈阳、大连联手…, 苏州和无锡共建…; a
        municipality is of a city's kind: 成都、重庆相继出台…): the headline's subjects with it. (Not a place after
        与: 川渝与东盟…, a partner; nor one inside the first's.)"""
        out, end = [], first[1]
        for s, e, m in title.mentions:
            if s < end:
                continue
            if s != end + 1 or title.text[end] not in "、和" or _kind(m) != _kind(first[2]) or first[2].id in set(self.kb.ancestors(m.id)):
                break
            out.append(m.id)
            end = e
        return out

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
    def addressees(self) -> list[str]:
        """Every agency a document is addressed to on its salutation line: the one of :attr:`addressee`, or the
        bodies of a joint one (辽宁省人民政府、国家发展改革委：, a State Council reply), of which 你省 names the
        province's."""
        if self.addressee:
            return self.addressee
        for sentence in self.sents:
            if sentence.kind == "title" or sentence.unit == 0:
                continue
            names = sentence.of_types(SUBJECT_TYPES)
            if len(names) < 2 or any(m.type != "agency" for _, _, m in names) or sentence.text[: names[0][0]].strip() \
                    or not _ADDRESSED.fullmatch(sentence.text, names[-1][1]) \
                    or any(not _JOINT_ADDRESSEES.fullmatch(sentence.text, a[1], b[0]) for a, b in zip(names, names[1:])):
                return []
            return [m.id for _, _, m in names]
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
        return bool(_WORK_REPORT.search(self.article.title or ""))

    @cached_property
    def is_document(self) -> bool:
        """Is the article a region's policy document itself (a notice, an opinion, measures, a plan, a
        document's official interpretation), whose body is all what the document says, as the sentences after
        措施提出 are in a report on one?"""
        title = self.article.title or ""
        return bool(_DOCUMENT_TITLE.search(title)) and not _REPORTED_DOCUMENT.search(title)

    @cached_property
    def article_year(self) -> int | None:
        """The year the article speaks from: its date's, else the latest its title names
        (南昌市政府工作报告：2023年工作回顾和2024年主要目标任务 → 2024), else its dateline's
        (山东潍坊，2022年11月24日 …; 本报天津2024年3月18日讯 …; 本报遂宁4月8日电 记者 某某 2024年4月7日，…: a news
        report dated in its lead), else its lead's dated visit or source note (2025年7月，记者就…; （2025年11月）) or the period of
        that year it opens with (2024年上半年，…); a document's number (〔2023〕12号) is passed over."""
        if self.article.date:
            return int(self.article.date[:4])
        years = [int(y) for y in re.findall(r"(20\d\d)\s*年", self.article.title or "")]
        if years:
            return max(years)
        lead = next((s for s in self.sents if s.kind != "title"), None)
        if lead is None:
            return None
        text = self.units[lead.unit].text
        if _DOCUMENT_NUMBER.fullmatch(text) and lead.unit + 1 < len(self.units):
            text = self.units[lead.unit + 1].text  # 〔2023〕12号 over the minutes' opening (2023年6月16日，市长主持召开…)
        dateline = _DATELINE.match(text) or _PERIOD_OPENS.match(text) or _LEAD_DATE.search(text)
        return int(next(y for y in dateline.groups() if y)) if dateline else None

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
            if s.kind != "title" and "建议" in s.text and any(
                    not _ADVICE_ACTED_ON.search(s.text, 0, m.start()) for m in _ADVICE_OPENING.finditer(s.text)):
                return (s.unit, s.start)
        return None

    @cached_property
    def legislature_document(self) -> bool:
        """Is the article a people's congress's own text — a regulation it publishes (…人民代表大会常务委员会公告, …常务委员会
        第…次会议通过), a decision or resolution (…人大常委会关于…的决定/决议), its inspection or survey report? Its title
        or one of its first lines names the standing committee. (A work report given 在…人民代表大会…会议上 names the
        congress, not its standing committee: the government reports there.)"""
        head = [s for s in self.sents if s.kind == "title"] + [s for s in self.sents if s.kind != "title"][:2]
        return any(m.id.endswith(":congress_standing") for s in head for _, _, m in s.of_types(("agency",)))

    @cached_property
    def park_approver(self) -> str | None:
        """The region whose government's reply approves a park that is no relation end (湖南省人民政府关于同意岳阳临港高新技术
        产业开发区扩区调区的批复 → 430000; a statistical zone of ``zones_nbs2023.tsv`` or none the KB has): the reply assigns
        the park its industries (园区要…重点发展…, 柳江高新区要以…为主导产业), as a city's own plan assigns its zones theirs —
        the approver backs them. None for any other article, and where the park is a zone of ``zones.tsv`` (大连金普新区:
        the zone acts itself)."""
        title = [s for s in self.sents if s.kind == "title"][:1]
        if not title or not (approved := _APPROVED_PARK.search(title[0].text)):
            return None
        if any(s >= approved.start() and m.id in _special_zones() for s, _, m in title[0].mentions):
            return None
        actors = [m.id for s, _, m in title[0].of_types(("agency",)) if s < approved.start()]
        region = _agency_region(actors[0]) if len(actors) == 1 else None
        return region if region is not None and (e := self.kb.get(region)) is not None and e.type in REGION_TYPES else None

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
            elif asked and (name := _INTERVIEWEE.match(unit.text)) and not _BODY_SUFFIX.search(name[1]) and not self.linker.link_text(name[1]) \
                    and not (_POST.fullmatch(name[1]) and self.interviewee_body):
                answers.add(u)
        return frozenset(answers)

    @cached_property
    def interviewee_body(self) -> str | None:
        """The body or place an interview's headline names its interviewee the head of (——访包头市工业和信息化局局长,
        访襄阳市发展和改革委员会主任, 对话海淀区区长): an official answering by that post (局长：…) speaks for it."""
        for s in self.sents:
            if s.kind != "title":
                continue
            for found in _INTERVIEWED.finditer(s.text):
                named = [m for start, end, m in s.mentions if end == found.start(2) and start >= found.end(1) and (m.type == "agency" or m.type in PLACE_TYPES)]
                if named:
                    return named[-1].id
        return None

    @cached_property
    def official_answers(self) -> frozenset[int]:
        """The paragraphs where the official an interview's headline names answers by their post (局长：…), see
        :attr:`interviewee_body`."""
        if self.interviewee_body is None:
            return frozenset()
        answers: set[int] = set()
        asked = False
        for u, unit in enumerate(self.units):
            if _QUESTION.search(unit.text):
                asked = True  # (问：…; 记者：…？)
            elif asked and (name := _INTERVIEWEE.match(unit.text)) and _POST.fullmatch(name[1]):
                answers.add(u)
        return frozenset(answers)


# What follows a city's name in the name of a zone (合肥高新技术产业开发区, 宜宾三江新区, 宁乡经开区).
_ZONE_SUFFIX = r"(?:高新技术产业开发区|经济技术开发区|高新区|经开区|新区|开发区|保税区|工业园区|产业园区|园区)"


# A government's meeting (市政府第48次常务会议, 区政府常务会议, 市人民政府全体会议): the meeting is held, it is no actor.
_MEETING = re.compile(r"\s*(?:第[\d一二三四五六七八九十百]+次)?(?:常务会议|全体会议|常务会|党组会议)"
                      r"|(?:近日|日前|今天|今日)?(?:在[^，,。；;]{0,12}?)?(?:[^，,。；;]{0,6}?主持)?召开(?:[^，,。；;]{0,12}?)专题会议")
# (the second: 温州市政府近日召开专题会议，研究…; 市政府副市长主持召开专题会议，研究…: a special meeting's readout)


# The line under a work report's title naming the session it is given at (——2026年1月14日在株洲市第十六届人民代表大会
# 第六次会议上): what follows 在 is the congress.
_GIVEN_AT_CONGRESS = re.compile(r"\s*——\s*(?:(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*)?在(?=[^。！？；;，,]{2,30}?人民代表大会第)")


_TITLE_ACTOR = re.compile(r"^([^：:\s]{2,8})[：:]")  # 天津：… opening a headline
_COLUMN_LABEL = re.compile(r"【[^【】\s]{2,6}】")  # 【领导参阅】 before a headline


_BARE_ZONE = re.compile(r"\s*(" + _ZONE_SUFFIX + ")")


# A zone the KB lacks named right after a place (宁乡经开区, 净月高新区): a few characters of its name, none a function
# word or a verb — what follows the place there is what it does with a zone (苏州市则以苏州工业园区为主阵地, 香洲区依托
# 高新区建设…, 怀化申报综合保税区, 长沙县是经开区所在地: the place acts or is described, the zone is where).
_UNKNOWN_ZONE = re.compile(r"(?:(?!依托|申报|修订|开展|制定|围绕|支持|推动|建设)[^\W\d_的在将把对和与及以则是要等距]){0,4}?" + _ZONE_SUFFIX)


_TITLE_YEAR = re.compile(r"\s*\d{4}\s*年度?")


# A speech's title (在2025年苏州市先进制造业招商大会上的讲话, 在合肥市…推介会上的致辞): the speaker speaks for the
# place whose meeting it is, named first after 在 (and a year), so 我们, 全市 and the subjectless lines are its.
_SPEECH_TITLE = re.compile(r"\s*在\s*(?:(?:19|20)\d\d\s*年度?)?(?=[^。！？]{1,40}?上的(?:讲话|致辞|发言|主旨演讲|总结讲话|动员讲话))")


_ADVICE_OPENING = re.compile(r"(?:提出|给出|提供)了?[^，,。；;！？]{0,10}建议|建议如下|以下(?:几点|几条)?建议")


# Advice the document acts on (根据省工业和信息化厅提出的分配建议，现下达…): its basis, cited in the same clause
# after 根据, 按照, 依据 — what follows is the document's own doing, not advice told.
_ADVICE_ACTED_ON = re.compile(r"(?:根据|按照|依据|依照)[^，,。；;！？]*$")


def _agency_region(subject: str) -> str | None:
    """The region of a local agency (agency:350200:finance_bureau → 350200)."""
    parts = subject.split(":")
    return parts[1] if len(parts) == 3 and parts[0] == "agency" else None


_OWN_ACTIVITY = re.compile(r"关于(?:组织)?开展[^《》]{0,30}活动")


_ISSUING_NOTICE = re.compile(r"关于(?:印发|转发|发布)《?")


def _document_regions(title: Sentence, context: _ArticleContext) -> list[str]:
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


def _leading_place(text: str, context: _ArticleContext) -> list[str]:
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


# (执行委员会: a cooperation zone's, 横琴粤澳深度合作区执行委员会; 管理局: 前海深港现代服务业合作区管理局, 崖州湾科技城管理局)
_COMMITTEE = re.compile(r"(?:管委会|管理委员会|执行委员会|党工委|管理局)$")


def _kind(m: Mention) -> str:
    """A mention's type, a municipality's read as a city's (成都、重庆 are listed as cities of a kind)."""
    return "city" if m.type == "province" and m.id in MUNICIPALITIES else m.type


def _committee_place(linker: Linker, name: str) -> str | None:
    """The place a committee's name opens with, the zone or district it runs (临港新片区管委会 → the zone 临港新片区);
    ``None`` for a name that is no committee's or names no place before its committee word."""
    run = _COMMITTEE.search(name)
    return linker._place_named(name[: run.start()]) if run and run.start() else None


@lru_cache(maxsize=1)
def _special_zones() -> frozenset[str]:
    """The zones of ``zones.tsv`` (国家级新区, 自由贸易试验区 and their 片区, cooperation zones, the development
    and port zones named for what they do), each a relation end of its own."""
    return frozenset(f"zone:{row['id']}" for row in read_table(KB_DIR / "zones.tsv"))


# A salutation to one body (市经济和信息化委员会：).
_ADDRESSED = re.compile(r"\s*[：:]\s*$")
# A reply approving a park (关于同意…开发区扩区调区的批复, …同意设立…产业园的批复, …升级为…高新技术产业开发区的批复).
_APPROVED_PARK = re.compile(r"关于同意[^，,。；;]*?(?:开发区|园区|产业园|高新区|经开区)[^，,。；;]*的批复")
_JOINT_ADDRESSEES = re.compile(r"\s*[、，,]\s*")  # between the bodies of a joint salutation (辽宁省人民政府、国家发展改革委：)


# A question (问：…的背景是什么？): it asks, it states nothing.
_QUESTION = re.compile(r"^\s*问\s*[：:]|[？?]\s*$")


# A person's name opening an interview's answer (王立新：…), not 答： nor a body (市发改委：…).
_INTERVIEWEE = re.compile(r"\s*((?!答)[\u4e00-\u9fff]{2,4})\s*[：:]")


# A post an official is named by (局长：…) and an interview's headline naming the body they head (——访…局局长).
_POST = re.compile(r"副?(?:局长|主任|厅长|区长|市长|县长|州长|旗长|盟长)")


_INTERVIEWED = re.compile(r"(访|对话|专访)[^，,。；;：:—\s]{2,30}?(" + _POST.pattern + r")")


_BODY_SUFFIX = re.compile(r"[局委厅部府办区市县省州会司处院所中心]$")


def _title_region(policy: Mention, context: _ArticleContext) -> list[str]:
    """The region a policy's title starts with (《深圳市…若干措施》 → 440300)."""
    return _policy_links(policy.id.split(":", 1)[1], context)[1][:1]


def _policy_links(title: str, context: _ArticleContext) -> tuple[list[str], list[str]]:
    """(industries, regions at the start) named in a policy's title; cached per article."""
    if title not in context.policy_links:
        mentions = context.linker.link_text(title)
        industries = sorted({m.id for m in mentions if m.type == "industry"})
        regions = [m.id for m in mentions if m.type in REGION_TYPES and m.start <= 2]
        context.policy_links[title] = (industries, regions)
    return context.policy_links[title]


_SIGNATURE_DATE = re.compile(r"\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*$")


def signature_lines(sents: Sequence[Sentence], closing: Sequence[Sentence]) -> list[Sentence]:
    """The sentences a signature is looked for in: the body's, then the lines of names and dates right after
    it (``closing``: the margins after the body, where the segmenter sets a signature aside when the text it
    closes ends with 本措施自…起施行, or stands apart as back matter); not an 抄送 list or a printing office's
    line further down."""
    lines = list(sents)
    for sentence in closing:
        if _signature_line(sentence) is False:
            break
        lines.append(sentence)
    return lines


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
    text = (_SIGNATURE_DATE.sub("", sentence.text) if sentence.text.rstrip().endswith("日") else sentence.text).strip()  # (a date ends it)
    if not text:
        return []  # the date line
    named = [m for _, _, m in sentence.of_types(_SIGNER_TYPES)]
    rest = text
    for m in named:
        rest = rest.replace(m.text, "", 1)
    return named if named and not rest.replace("中共", "").strip(" 、\t") else False  # (中共寿光市委办公室)
