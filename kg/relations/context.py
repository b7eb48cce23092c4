"""An article's context as its sentences are read: the paragraph a sentence stands in, the subjects,
years and industries named in it and before it, and the region 全市 or 本市 speaks of."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cached_property, lru_cache

from kg.kb import MUNICIPALITIES, REGION_TYPES
from kg.lines import dateline
from kg.link import Linker
from kg.relations.article import _ArticleContext, _agency_region
from kg.relations.sentences import Sentence, project_host_end
from kg.types import Mention

__all__ = ["_FIRM_SPEAKS", "_LEVEL", "_SPEAKER", "_Context", "_is_at_level"]


_YEAR = re.compile(r"(?:到|(?<!截)至|于|在)?\s*(\d{4})\s*年(?:前|底前|底|末|内)?")  # (截至2025年6月: no goal year)


# A document's numbered heading standing alone (二、2025年目标任务, 三、重点工作, 二、方案确定了哪些目标？);
# one naming goals opens a section whose figures are goals (引进大数据企业20家), up to the next heading.
_SECTION_HEADING = re.compile(r"\s*[一二三四五六七八九十]{1,3}、[^。！；;，,：:]{1,24}[？?]?\s*$")


# A goals heading without a number, standing alone (今年的主要目标) or opening its paragraph as a
# sentence of its own (2024年主要目标。地区生产总值增长5.5%左右，…): the figures after it are goals.
_GOAL_HEADING = re.compile(r"\s*(?:(?:20\d\d)\s*年|今年|明年|本年度)?的?(?:主要)?(?:预期)?(?:发展)?目标(?:任务)?\s*(?:[。：:]|$)")


# A work report's heading of the year's work, standing alone (二、2024年工作安排, 2025年工作打算, 今年，我们将重点做好以下工作：,
# 2026年，市政府将着力做好以下工作：): in a
# report (not a review: 一、2024年工作回顾) its figures are that year's plan. (三、2025年重点工作 may tell
# work under way, with its figures.)
_PLAN_HEADING = re.compile(
    r"\s*(?:[一二三四五六七八九十]{1,3}、)?(?:(?:20\d\d)\s*年|今年|明年)?[^。！？；;，,：:]{0,6}?(?:工作安排|工作打算)[：:]?\s*$"
    r"|\s*(?:(?:20\d\d)\s*年|今年)?[，,]?\s*(?:围绕(?:上述)?目标[，,]\s*)?(?:我们|全市|全县|全区|全省|市里|县里|区里|[省市区县州旗]?(?:人民)?政府)?(?:将|要)?(?:重点|着力|突出)?(?:做好|抓好)"
    r"(?:以下|如下)?(?:[一二三四五六七八九十几]+(?:个)?方面|[一二三四五六七八九十几]+项)?的?(?:重点)?工作[：:]\s*$"
)


_LEVEL = {"市": "city", "区": "district", "县": "district", "旗": "district", "盟": "city", "州": "city", "省": "province", "自治区": "province"}


_PARAGRAPH_TAG = re.compile(r"^【([^【】]{1,10})】")


_NAMED_YEAR = re.compile(r"(20\d\d)\s*年")


class _Context(_ArticleContext):
    """What an article is about, with what its sentences say in turn: the paragraph a sentence stands in,
    the subjects, years and industries it and the sentences before it name, the region 全市 or 本市 speaks of."""

    @cached_property
    def _paragraphs(self) -> dict[int, list[Sentence]]:
        """The sentences of each unit, in order (rules look back within a paragraph, often)."""
        paragraphs: dict[int, list[Sentence]] = {}
        for s in self.sents:
            paragraphs.setdefault(s.unit, []).append(s)
        return paragraphs

    @cached_property
    def _paragraph_starts(self) -> dict[int, list[int]]:
        """Where each sentence of a unit starts, in order: a sentence's place in its paragraph found by bisection
        (scanning the paragraph for each of its sentences is quadratic: a pasted text of thousands of sentences in one
        paragraph took minutes)."""
        return {unit: [s.start for s in paragraph] for unit, paragraph in self._paragraphs.items()}

    def _place(self, sentence: Sentence) -> tuple[list[Sentence], int]:
        """``sentence``'s paragraph and the number of its sentences that start before ``sentence``."""
        return self._paragraphs.get(sentence.unit, []), bisect_left(self._paragraph_starts.get(sentence.unit, []), sentence.start)

    def sentence_before(self, sentence: Sentence) -> list[Sentence]:
        """The sentence right before ``sentence`` in its paragraph, as a list of one (none for the first)."""
        paragraph, before = self._place(sentence)
        return paragraph[before - 1 : before] if before else []

    @cached_property
    def issuing_sentences(self) -> list[tuple[Sentence, int]]:
        """The body's sentences that issue a document (…印发《…》), in order, each with where its verb stands."""
        return [(s, found.start()) for s in self.sents if s.kind != "title" and (found := _ISSUES_DOCUMENT.search(s.text))]

    def in_measures(self, sentence: Sentence) -> bool:
        """Is the sentence, or one before it in its paragraph, what a document says (措施提出，…)?"""
        _, before = self._place(sentence)
        first = self._document_says.get(sentence.unit)
        return first is not None and first <= before

    @cached_property
    def _document_says(self) -> dict[int, int]:
        """Per unit, the place in its paragraph of the first sentence that says what a document says."""
        found: dict[int, int] = {}
        issued = [(s.unit, s.start) for s, _ in self.issuing_sentences]
        for unit, paragraph in self._paragraphs.items():
            if (first := next((k for k, s in enumerate(paragraph) if _DOCUMENT_SAYS.match(s.text)
                               or (_LAYOUT_OPENS.match(s.text) and issued and issued[0] < (s.unit, s.start))), None)) is not None:
                found[unit] = first
        return found

    def quoted_speaker(self, sentence: Sentence) -> tuple[list[str], str]:
        """Who 我们 is in a quotation that opens ``sentence``: the body or place whose official is named
        as its speaker right after it (”株洲市工业和信息化局局长说。); nobody for a firm's manager or a
        speaker the tables lack (”一家企业董事长说。)."""
        paragraph, before = self._place(sentence)
        later = [s for s in paragraph[before : before + 2] if s.start > sentence.start][:1]
        if later and _QUOTE_SAID.match(later[0].text) and _SPEAKER.search(later[0].text) and not _FIRM_SPEAKS.search(later[0].text):
            actors = later[0].actors()
            if actors and actors[0][1] <= _SPEAKER.search(later[0].text).start() + 4:
                return [actors[0][2].id], "quoted"
        return [], ""

    def official_place(self, sentence: Sentence, word: str) -> str | None:
        """The place 区里, 市里, 全区, 本市 … (``word``: the level, 区, 市 …) speaks of in an official's answer to an
        interview (``sentence`` in :attr:`official_answers`): the place the official heads, or the region of the body
        they head (——访杭州市余杭区区长 / 区长：区里设立了…基金 → 余杭区, not the district the answer before named last;
        ——访某市工业和信息化局局长 / 局长：市里… → that city), else the nearest region enclosing it at that level (区长：市里
        明确支持… → 杭州); None in any other sentence, and where no such region is known."""
        if sentence.unit not in self.official_answers:
            return None
        place = _agency_region(self.interviewee_body) or self.interviewee_body
        return next((x for x in (place, *self.kb.ancestors(place)) if _is_at_level(self.kb.get(x), word)), None)

    def own_body(self, sentence: Sentence, word: str) -> list[str]:
        """Who 我厅, 我局, 我委 (``word``: the last character) is: the body of the speaker opening ``sentence``
        (王建国：下一步，我厅将…, where an earlier sentence named him after his body: 省工业和信息化厅副厅长、
        新闻发言人王建国), else the agency the document is headed or signed by (a reply: 我厅将…给予倾斜);
        the one body named so whose name ends in ``word``, else nobody."""
        speaker = _SPEAKER_OPENS.match(sentence.text)
        if speaker is not None:
            for earlier in self.sents:
                if earlier is sentence:
                    break
                at = earlier.text.find(speaker[1])
                if at <= 0 or (earlier.unit, earlier.start) == (sentence.unit, sentence.start):
                    continue
                bodies = [m for s, e, m in earlier.of_types(("agency",)) if e <= at and at - e <= 16 and not _CLAUSE_GAP.search(earlier.text, e, at)]
                if bodies:
                    return [bodies[-1].id] if bodies[-1].text.endswith(word) else []
            return []
        heads = [x for x in self.subject if (e := self.kb.get(x)) is not None and e.type == "agency" and e.name.endswith(word)]
        return heads[:1] if len(heads) == 1 else []

    def firm_before(self, sentence: Sentence) -> list[str]:
        """The industries of the firm the sentence before, in the same paragraph, introduced (一家自动驾驶企业:
        the industry named right before 企业/公司), for 这家企业 opening this one."""
        earlier = self.sentence_before(sentence)
        return [m.id for p in earlier for s, e, m in self.industries(p) if _FIRM_HEAD.match(p.text, e) and "一家" in p.text[max(0, s - 8) : s]]

    def previous_subjects(self, sentence: Sentence) -> list[str]:
        """The explicit actors of the sentence before, in the same paragraph (the nearest
        earlier one that has any)."""
        paragraph = self._previous_subjects.get(sentence.unit)
        if paragraph is None:
            paragraph = self._previous_subjects[sentence.unit] = self._paragraph_subjects(sentence.unit)
        return paragraph.get(sentence.start, [])

    @cached_property
    def _previous_subjects(self) -> dict[int, dict[int, list[str]]]:
        """Per unit, :meth:`previous_subjects` of its sentences by their start: a paragraph's found
        when one of its sentences first asks (most paragraphs no rule asks about)."""
        return {}

    def _paragraph_subjects(self, unit: int) -> dict[int, list[str]]:
        """:meth:`previous_subjects` of every sentence of a paragraph, found in one pass (looking
        back from each sentence would be quadratic in a paragraph's length). The last sentence's
        own actors are no one's previous subjects: not looked for."""
        found: dict[int, list[str]] = {}
        last: list[str] = []
        content = False  # does the sentence that named ``last`` go on with its document's content?
        item = named_in_item = False  # has a numbered item opened yet; was ``last`` named inside one?
        paragraph = self._paragraphs.get(unit, [])
        for k, sentence in enumerate(paragraph):
            if _ITEM_OPENS.match(sentence.text):
                if named_in_item:
                    # （二）…由省能源局牵头，…；省工业和信息化厅负责推动…。（三）强化资金支持。省财政统筹设立…基金: who
                    # acts in one item does not act in the next (one named before the items, 市工信局要做好：（一）…；
                    # （二）…, acts in each)
                    last, content, named_in_item = [], False, False
                item = True
            if last and _DOCUMENT_SAYS.match(sentence.text):
                # 某市人民政府印发《…措施》。措施提出，对…给予奖励；支持…: the document's measures, to
                # the paragraph's end, are its region's (the issuer issues it); a body that is no
                # local agency keeps them.
                last = list(dict.fromkeys(_agency_region(p) or p for p in last))
            if content and not _ISSUES_DOCUMENT.search(sentence.text):
                # 某区人民政府印发《…计划》，提出到2026年…；重点发展…: the content goes on, its region's as in the
                # issuing sentence; not a document the issuer issues next (…印发了《…》，明确…。同时，印发了《…》)
                found[sentence.start] = list(dict.fromkeys(_agency_region(p) or p for p in last))
            else:
                found[sentence.start] = last
            actors = sentence.actors() if k + 1 < len(paragraph) else None
            if actors and (hosts := project_host_end(sentence)):
                actors = [x for x in actors if x[0] >= hosts]  # 三、眉县…项目。使用…: the project's host acts in neither
            if actors:
                last = [_spoken_for(sentence, actors[0]) or actors[0][2].id]
                content = bool(_DOCUMENT_CONTENT.search(sentence.text, actors[0][1]))
                named_in_item = item
        return found

    @cached_property
    def _years(self) -> dict[tuple[int, int], list[re.Match[str]]]:
        """The years written in each sentence (by unit and start), searched for once, when first asked
        (most sentences no rule asks about)."""
        return {}

    def industries(self, sentence: Sentence) -> list[tuple[int, int, Mention]]:
        """The sentence's industry mentions that stand as terms (see :func:`_stands_as_term`)."""
        key = (sentence.unit, sentence.start)
        found = self._industries.get(key)
        if found is None:
            named = sentence.of_types(("industry",))
            ends = {e for _, e, _ in named}
            found = self._industries[key] = [x for x in named if not (x[0] in ends and self._broad(x[2].id)) and self.stands_as_term(sentence, x)]
        return found

    def stands_as_term(self, sentence: Sentence, x: tuple[int, int, Mention]) -> bool:
        """Does the industry mention ``x`` of ``sentence`` stand as a term (:func:`_stands_as_term`)? Decided
        once per mention, whichever rule asks first (kept with the sentence)."""
        terms = sentence._of_types.get("terms")
        if terms is None:
            terms = sentence._of_types["terms"] = {}
        found = terms.get(x[:2])
        if found is None:
            found = terms[x[:2]] = _stands_as_term(sentence.text, x[0], x[1], self.linker)
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
        key = (sentence.unit, sentence.start)
        found = self._years.get(key)
        if found is None:
            found = self._years[key] = list(_YEAR.finditer(sentence.text)) if "年" in sentence.text else []  # most name none
        return found

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
                named = _NAMED_YEAR.search(unit.text)
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
        """The region of the 【tag】 that opens this sentence's paragraph, if any (found once per paragraph:
        the rules ask it of every sentence whose subject they look for)."""
        place = self._tag_places.get(sentence.unit, False)
        if place is False:
            tag = _PARAGRAPH_TAG.match(self.units[sentence.unit].text)
            place = self._tag_places[sentence.unit] = self.linker._place_named(tag[1]) if tag else None
        return [place] if place else None

    @cached_property
    def _tag_places(self) -> dict[int, str | None]:
        """Per unit, the place its 【tag】 names (see :meth:`tag_subject`)."""
        return {}

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

    def latest(self, level: str, sentence: Sentence, before: int, word: str | None = None) -> str | None:
        """The most recent region at ``level`` named up to this point of the article
        (``before``: an offset in ``sentence``); with ``word`` (the 区 of 该区, 县 …), the most recent one
        that word can name (:func:`_named_as`)."""
        if level not in self._at_level:
            # A local agency names its region too (青岛市财政局 …，全市 → 青岛). A county-level city is a 市
            # to its own reports (射洪是…县级市，该市提出… is 射洪, not 遂宁 named before it).
            # (Not the place of a dateline, 新华社南昌3月2日电: where the report was filed, which 该市 never means.)
            # (Nor a parent named to place a county-level city, 浙江金华下辖的这座县级市: 该市 after it is the city described.)
            named = ((s.unit, s.start + start, self._region_of(m)) for s in self.sents for start, end, m in s.mentions
                     if not (s.start == 0 and start < dateline(s.text)) and not _PARENT_OF.match(s.text, end))
            places = [((u, at), r.id) for u, at, r in named if r is not None
                      and (r.type == level or (level == "city" and (r.type == "province" and r.id in MUNICIPALITIES
                                                                     or r.type == "district" and r.name.endswith("市"))))]
            self._at_level[level] = ([where for where, _ in places], [i for _, i in places])
        where, ids = self._at_level[level]
        k = bisect_left(where, (sentence.unit, sentence.start + before))  # the last one named before that point
        best = next((i for i in reversed(ids[:k]) if _named_as(self.kb.by_id[i], word)), None)
        if best is None:
            at_level = [i for i in self.body_subject(self.subject) if self.kb.by_id.get(i) is not None
                        and self.kb.by_id[i].type in (level, "province") and _named_as(self.kb.by_id[i], word)]
            best = at_level[0] if at_level else None
        return best


# The roots of the industry scheme whose children are broad sectors (see _Context._broad).
_SECTOR_ROOTS = frozenset({"industry:strategic-emerging-industries", "industry:manufacturing"})


_LIST_ITEM_START = re.compile(r"[、，,：:；;（(]")


# A measure after the name: 汽车出口量, 跨境电商交易额; 汽车产量 (one word to jieba: the figure of 汽车, not another noun).
_MEASURE = ("量", "额", "产量")


_MAKING = ("开发", "研发", "制造", "生产", "器件")


# A product an industry's name only qualifies (新能源装备海外仓, 燃料电池重卡, 航空航天用钛部件, 汽车内饰,
# 汽车轻量化材料, 航天科研院所, 汽车运输船, 半导体照明, 新能源商用车; its sale or purchase, 汽车销售合同, 汽车购置), or the
# system or study of its standards (新兴产业标准体系, 未来产业标准研究), a route sold (研学旅游线路), an
# intermediate (医药中间体), a part made to go with it (新能源汽车配套的电驱动系统): the product, another noun, is what is named. (Its materials and equipment, 储能材料, 燃料电池装备, are
# the industry's own upstream: still the industry a fund invests in; a place that backs them backs materials, see _MATERIAL.)
_PRODUCT_HEAD = re.compile(r"(?:重卡|机车|叉车|客车|公交车|大巴|商用车|乘用车|专用车|运输船|照明|海外仓|消费品|时代|内饰|轻量化|(?:科研)?院所|销售(?!额)|消费|流通|购置|报废|以旧换新|标准(?:体系|研究|化)|线路|中间体|配套(?:的|装备|设备|产品)|用(?![于好活户地能电水气]))")


# Goods in use, not an industry (老旧汽车, 二手手机).
_USED_GOODS = ("老旧", "二手", "报废", "闲置")


_ITEM_BREAK = re.compile(r"[，,。；;：:和及与等的]")


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
        # Nor does 业 closing it (农产品加工业产值: jieba cuts 加工业, the industry named with its 业), nor 产业
        # (工业机器人产业基地: jieba cuts 工业 + 机器人产业, the industry named with its 产业; not a fund's name,
        # 汽车芯片产业基金); nor its chain or park after it (see _chain_or_park_of).
        if not ((text.startswith(_MEASURE, end) or text.startswith(_MAKING, end)) and linker.words.starts_word(text, start)) \
                and not (text[end : end + 1] == "业" and linker.words.on_word_boundary(text, start, end + 1)) \
                and not (text.startswith("产业", end) and not text.startswith("基金", end + 2) and linker.words.on_word_boundary(text, start, end + 2)) \
                and not _chain_or_park_of(text, start, end, linker):
            return False
    if start and (sep := text.rfind("、", max(0, start - 3), start)) >= 0 and not _ITEM_BREAK.search(text, sep + 1, start):
        # (also with a short word of its own before it: 汽车功能安全、数据信息安全)
        head = text[end - 2 : end]
        previous = text[:sep]
        cut = max((m.end() for m in _LIST_ITEM_START.finditer(previous)), default=0)
        item = previous[cut:]
        # The item before: an industry modifying words that end in the same head (汽车 + 功能安全).
        if len(item) > len(head) + 2 and item.endswith(head):
            inside = [m for m in linker.link_text(item) if m.type == "industry"]
            if inside and inside[-1].end < len(item) - len(head):  # 石墨烯材料、超导材料: the item is itself a term
                return False
    return True


def _chain_or_park_of(text: str, start: int, end: int, linker: Linker) -> bool:
    """Is the name at ``text[start:end]`` a label and its 产业 that jieba joins to what follows (氢能产业园: jieba cuts
    氢能 + 产业园; 新材料产业链: 新材料 + 产业链; 信创产业链, cut after 链)? The label stands as a term, its chain or
    park named after it."""
    return text.endswith("产业", start, end) and text[end : end + 1] in ("链", "园") and (
        linker.words.on_word_boundary(text, start, end - 2) or linker.words.on_word_boundary(text, start, end + 1))


_QUOTE_SAID = re.compile(r"\s*”")


# A transcript's speaker opening a sentence (王建国：…).
_SPEAKER_OPENS = re.compile(r"\s*([\u4e00-\u9fff]{2,4})[：:]")


# What ends the phrase naming a speaker after the body (省工业和信息化厅副厅长、新闻发言人王建国 — not
# 市政府…，市发改委负责人王五: another clause).
_CLAUSE_GAP = re.compile(r"[，,。；;：:]")


# Issuing a document (…联合印发《…》, 发布了《…》; 某省人民政府今年印发的《…》提出: the document its subject).
_ISSUES_DOCUMENT = re.compile(r"(?:印发|出台|发布|制定)[了的]?《")


# An issued document, then what it says (…印发《…》，提出…; 出台《…》，明确…).
# Its short name in a note may follow (…》（以下简称《意见》），明确…); the document named again as the subject
# (负责人坦言，此次印发的《细则》，旨在…) says what it says for its region too; so does what it states beside what it
# implements (…印发《…措施》，在落实国家《…》的同时，明确区财政…支持…).
_DOCUMENT_CONTENT = re.compile(
    r"(?:印发|出台|发布|制定)[^，,。；;]{0,4}《[^《》]+》(?:[（(][^（）()]{0,20}[）)])?[^，,。；;]{0,6}[，,]\s*(?:在[^，,。；;]{0,40}?的同时[，,]\s*)?"
    r"(?:并|还)?(?:提出|明确|要求|指出|全力|着力|旨在)"
    r"|(?:此次|这次|本次)\S{0,4}(?:印发|出台|发布)的《[^《》]+》"
    r"|在(?:此次|这次|本次)[^，,。；;]{0,8}?(?:改革|方案|措施|举措|意见)中(?:还)?(?:提出|明确)"  # 还在此次改革中提出支持…
)


# A numbered item opening a sentence (（三）, (3), 3., 三、, 第三条): a task parallel to the items before it (also how the
# lead rules find a task's start and the backing rules a document's part heading).
_ITEM_OPENS = re.compile(r"\s*(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|\d{1,2}\s*[.．、](?!\d)|第[一二三四五六七八九十百]{1,4}条)")


# An item of a list opening a paragraph or sentence (（二）…, 4.…, 一是…): a task of a plan's list.
_TASK_ITEM = re.compile(_ITEM_OPENS.pattern + r"|\s*[一二三四五六七八九十]{1,2}是")


# A sentence whose subject is the document just named (措施提出，…; 方案还明确…; 《意见》要求…; 方案将A定位为…), or
# that tells what it lays down (按照计划，A重点发展…; 按照分工，…; 按照全市部署，…; 根据意见，A市重点发展…: a plan or an opinion assigning roles,
# not 根据措施，…, the measures a notice applies).
# A sentence opening with the layout it tells (在空间布局上，…; 从布局看，…; 分工上，…; 重点地区中，…): after a document issued
# in the article (某市出台《…方案》，…。在空间布局上，龙海区重点发展…，漳浦县…), the places' roles the document assigns.
_LAYOUT_OPENS = re.compile(r"\s*(?:在?(?:空间|产业|区域)?(?:布局|分工)上|从(?:空间|产业|区域)?(?:布局|分工)上?看|重点地区中)[，,]")


_DOCUMENT_SAYS = re.compile(
    r"\s*(?:在?[^，,。；;：:《》]{1,8}上[，,]\s*)?"  # 在空间布局上，方案明确…: the aspect it speaks of first
    r"(?:(?:该|此|上述)?(?:措施|方案|意见|政策|办法|规划|计划|细则|通知|《[^《》]{1,60}》)(?:还|同时|也|并|中)?(?:提出|明确|要求|指出|规定|强调|包括|部署|将"
    r"|对[^，,。；;：:]{1,16}?(?:作出|做出|安排|定位|分工)[^，,。；;：:]{0,6}[：:])"  # 方案对各地分工作出安排：…
    r"|按照(?:全市|全省|全区|全县|市里|省里)?的?(?:计划|分工|规划|部署)[，,]|(?:按照|根据|依据)(?:方案|意见)[，,])"
)


# An official of the body just named speaking (发改局负责人说，…; 商务厅相关负责人介绍：…): the body is the
# source of what follows, not its actor.
_SPEAKER = re.compile(r"(?:[^，,。；;：:“”]{0,4}?(?:负责人|人士|主任|局长|厅长|主任委员|副主任|副局长|工作人员|官员|发言人))(?:在[^，,。；;]{0,10})?(?:表示|说|介绍|透露|称|指出|告诉记者|坦言)")


# A body's official speaking, then its region referred to as who acts (晋江市工业和信息化局负责人介绍，今年该市安排…;
# …局长表示，当地正…); group 1 the reference's level, if any.
_SPEAKS_FOR_REGION = re.compile(_SPEAKER.pattern + r"[，,：:]\s*(?:(?:今年|目前|当前|近年来|下一步)[，,]?\s*)?(?:该(市|区|县|州|省)|(市|区|县|省)里|当地)")


def _spoken_for(sentence: Sentence, actor: tuple[int, int, Mention]) -> str | None:
    """The region a local agency opening ``sentence`` speaks for, where its official says what that region does
    (某市工业和信息化局负责人介绍，今年该市…; the level a reference names is the agency's own): the sentence's
    subject carried to the next one (…；同时支持…建设鞋业工业互联网平台: the city's doing, not the bureau's)."""
    s, e, m = actor
    if m.type != "agency" or (said := _SPEAKS_FOR_REGION.match(sentence.text, e)) is None:
        return None
    level = said[1] or said[2]
    region = _agency_region(m.id)
    return region if region and (level is None or level in sentence.text[s:e]) else None


# A place named as the parent of the one described next (金华下辖的这座县级市, 苏州所辖的…).
_PARENT_OF = re.compile(r"(?:下辖|所辖|管辖)的")


_FIRM_HEAD = re.compile(r"(?:企业|公司)")  # 一家自动驾驶企业 (see _Context.firm_before)


# A firm's manager speaking, and a wish (…公司总经理说，希望…).
_FIRM_SPEAKS = re.compile(r"(?:公司|企业|集团|厂)[^，,。；;“”]{0,8}?(?:负责人|董事长|总经理|总裁|创始人|高管)[^，,。；;]{0,4}?(?:表示|说|介绍|认为|坦言|透露)")


def _named_as(region, word: str | None) -> bool:
    """Can 该``word`` (该区, 该县, 该市 …) speak of ``region``? Its name ends with that word: 该区 is a district, not a
    county nor a county-level city of the same rank (东西湖区今年签约了…，投资方来自山东寿光。该区提出… is 东西湖区), 该市 a
    city, a municipality or a county-level city, not an autonomous prefecture; ``None`` (or a province's word) any."""
    if word is None or word in ("省", "自治区"):
        return True
    return region.name.endswith(word) or (word == "市" and region.id in MUNICIPALITIES)


def _is_at_level(region, word: str) -> bool:
    """Is ``region`` one that 全``word`` (市, 省, 区 …) can speak of? A county-level city (昆山市) and a
    municipality say 全市 too, an autonomous region 全区 (广西壮族自治区工业和信息化厅's 通报: 全区要加快发展…), an
    autonomous prefecture 全州 (延边朝鲜族自治州)."""
    return region is not None and (word != "州" or region.name.endswith("州")) and (region.type == _LEVEL[word] or (word == "市" and (region.id in MUNICIPALITIES or region.name.endswith("市")))
                                   or (word == "区" and region.type == "province" and region.name.endswith("自治区")))
