"""Region resolution: which region (if any) a candidate names, and the rule that decided it."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cached_property
from pathlib import Path

from kg.kb import FormerUnit, KnowledgeBase, read_table
from kg.link.candidates import CJK, CONJUNCTIONS, Candidate, Words, jieba_dictionary
from kg.link.context import EVERYDAY, Context, Places
from kg.link.gates import WordsAfter
from kg.link.other_meanings import BRANCH_AFTER, OtherMeanings, campus, in_title
from kg.link.timeline import Timeline

__all__ = ["RegionResolver", "read_guards"]

_ABBR_CUE_BEFORE = ("在", "来", "赴", "驻", "离", "抵", "返", "留", "援")
# Alone after such a cue only the abbreviations people write that way (在京, 来沪, 赴港), and
# only before a verb or punctuation (在京设立, 来沪投资): 在新时代 is not 新疆.
_CUE_ABBREVIATIONS = "京津沪渝港澳粤"
# Cues that with 港 make the shipping and flight words 离港, 抵港 (货轮缓缓离港, 船舶抵港), no 香港.
_PORT_CUES = ("离", "抵")
_ABBR_CUE_AFTER = "设投发召举落开办工企上期"
# After a run of abbreviations these make it a product name, not places (沪港通, 沪深股).
_ABBR_REFUSE_AFTER = re.compile(r"^(?:通|股|市|府|科|办|规|发|字|牌|A|B|港通|深)")
_ROUTE_AFTER = re.compile(r"高铁|铁路|高速|公路|线|通道")  # 京沪高铁: a line between two places, not the places
_CLOSING_QUOTES = "”’\"'」』"  # a run of abbreviations in quotes before the route it names (“湘粤港澳”通道)
# After a place's name, the rest of a development zone's or park's name (厦门 + 火炬高新区, 宜兴 +
# 环保科技工业园, 文昌 + 国际航天城): a few characters of its own, then the kind of zone or park. Not when a
# verb among them makes it a clause (南海区建设氢能产业园: the district builds a park; see _CLAUSE_VERBS).
_ZONE_NAME_AFTER = re.compile(r"([^\W\d的和与及等将在对了是为由向把被从给、各]{1,4}?)(?:高新技术产业开发区|高技术产业开发区|(?<!高)新技术产业开发区|(?<!高)新技术开发区|高新区|经济技术开发区|经济开发区|经开区|工业园区|工业园|产业园区|产业园|产业基地|综合保税区|综保区"
                              r"|(?:科学|科技|航天|航空|生态|大学|影视|会展)城)")
# The parks a project is built in, named by their sector (智能电气产业园, 新型电池产业基地): not zones with names of their
# own, so a full name with its admin suffix right before locates the park (乐清市…产业园) and is a mention.
_PROJECT_PARK_KINDS = ("产业园", "产业园区", "产业基地")
# Experimental and pilot zones carry longer names (江西内陆开放型经济试验区, 平潭综合实验区, and the comprehensive
# reform zones, 山西转型综改示范区): a region's
# name right before one is part of the zone's name, unless a verb between them makes it a clause
# (江西建设…试验区: the place acts).
_TRIAL_ZONE_AFTER = re.compile(r"([^\W\d的和与及等在、]{0,7}?)(?:综合实验区|综合试验区|试验区|实验区|综改示范区|综合改革示范区)")
_CLAUSE_VERBS = re.compile(r"建设|打造|推进|获批|设立|创建|争创|申建|申报|加快|支持|依托|发挥|用好|对标")
# A company's name: a place's name, a short trade or brand, then its legal form (山东高速集团, 四川长虹电器股份):
# the firm, not the place. Not when the words between are kinds of firms (浙江民营企业集团) or quantify them (徐州一家能源集团), or a verb makes a clause (江苏组建…集团).
# A brand built on a place is a company too when what follows is what only a listed company has
# (贵州茅台股价, 青岛啤酒董事长).
_COMPANY_NAME_AFTER = re.compile(r"([^\W\d的和与及等将在对了是为由向把被从给、各]{1,4}?)(?:集团|股份|有限公司|有限责任公司|控股"
                                 r"|股价|市值|股票|股东大会|董事长|董事会|总裁|总经理|年报|财报)")
_FIRM_KINDS = re.compile(r"组建|成立|设立|打造|培育|做强|企业|民营|国有|国企|省属|市属|龙头|大型|骨干|重点|本地|外资|上市|[一两二三四五六七八九十几多数某]家|某")
# A full name (with its admin suffix) opening an institution's or company's name (江苏省人民医院,
# 广东省农业科学院, 山东省港口集团, 福建省电力有限公司): the body, not the place. Not when a verb or a
# kind of body comes between (江苏省新建10家研究院 has a digit; 江苏省组建…集团; 浙江省重点实验室 is a designation).
_BODY_NAME_AFTER = re.compile(r"([^\W\d的和与及等将在对了是为由向把被从给、各]{0,6}?)(?:研究所|研究院|研究中心|科学院|分院|大学(?!城|园|科技园)|学院|医院|集团|股份|有限公司|有限责任公司|控股"
                              r"|协会|商会|学会|联合会|促进会|办公室)")
_BODY_KINDS = re.compile(r"[一两二三四五六七八九十几多数某]家|某|政府|委|建设|新建|组建|成立|设立|打造|培育|布局|拥有|共有|现有|已有|新增|引进|支持|认定|重点|高校|各类|企业|民营|国有|国企|省属|市属|龙头|大型|骨干|本地|外资|上市|所属|直属|属")
# An event named after its host place (杭州亚运会, 上海车展, 青岛国际啤酒节, 深圳高交会, 大连夏季达沃斯论坛):
# a few characters of its own, then the kind of event. Not when a verb of hosting or taking part makes
# it a clause (杭州举办亚运会, 上海承办进博会) or a date or number comes between (北京2022年冬奥会 keeps none: digits stop it).
_EVENT_AFTER = re.compile(r"([^\W\d的和与及等将在对了是为由向把被从给、各]{0,6}?)(?:博览会|交易会|洽谈会|展览会|运动会|亚运会|大运会|奥运会|冬奥会|残奥会|全运会|世博会|世园会|园博会|高交会|进博会|车展|(?:文化|旅游|艺术|电影|音乐|美食|啤酒|冰雪|购物|动漫)节|论坛|峰会|马拉松)")
# A transport facility named after its place (无锡硕放机场, 十堰国际陆港, 永丰立交桥, 郑州东站 is not one: no kind word here):
# a few characters of its own, then the kind of facility; not when a verb makes it a clause (无锡新建机场).
_FACILITY_AFTER = re.compile(r"([^\W\d的和与及等将在对了是为由向把被从给、各]{0,6}?)(?:(?:国际)?(?:机场|陆港|火车站|高铁站)|立交桥?|大桥)")
_HOSTING = re.compile(r"办|举行|召开|参加|出席|参展|亮相|迎来|开幕|闭幕|启动|组织|发起|打造|成为|推出|设立|走进|赴|到|企业|代表|团|客商|展商|嘉宾")
# After a person's name, a verb of saying or reporting (刘永康介绍, 张昆山报道).
_SAYING = re.compile(r"(?:说|表示|介绍|认为|指出|称|透露|坦言|告诉|强调|提到|解释|报道|摄)")
_FUNCTION_TAG = re.compile(r"^(?:p|c|d|r|f|m|u\w*|y|e|o)$")  # jieba's tags of words that are no surname
# After the last item of a list, its count and level (长春、吉林两市, 辽宁吉林两省): each item is of that level.
_COUNTED_LEVEL = re.compile(r"[两二三四五六七八九十几多]([省市县])")
_LEVELS_COUNTED = {"省": ("province",), "市": ("city", "district"), "县": ("district",)}
_GUARD_WINDOW = 32  # the words a guard refuses before a name (name_guards.tsv) are looked for this far back

# A county-level unit's own name ends so (县级市, 县, 旗); a 市辖区's short name (市南, 老城) is
# written with its city, and is not linked without it.
_COUNTY_SUFFIXES = ("市", "县", "旗")
_WITH_SUFFIX = 20  # a place name is written with its suffix at least once in this many times
_RARE = 20  # a name of three characters or more jieba counts fewer times is no everyday word, written with its suffix or not
_WITH_SUFFIX_FREQUENT = 40  # an everyday-frequent short name jieba tags a proper name is a place's if written with its suffix once in this many times
_PROPER_TAGS = ("ns", "nr", "nz")  # jieba's tags of place, person and other proper names (a place's name is often tagged a person's: 钟祥 nr)
# jieba's tags (first letters) of the words that may stand right before and right after a place's name without
# joining it into a phrase: verbs, prepositions, conjunctions, adverbs, particles, pronouns, locatives; times before it,
# place words (境内) and numerals (萧山、余杭、富阳三地) after it.
_BEFORE_A_PLACE = frozenset("vpcdurft")
_AFTER_A_PLACE = frozenset("vpcdurfsm")
_ADMIN_END = re.compile(r"[省市区县旗州盟]$")
_BODY = re.compile(r"政府|海关|.{0,6}(?:局|委|厅|署|办)")  # the place's own public body
# A character that only introduces the place after it (在新城, 和新城, 赴新城, 是新城): no name glued to it.
_INTRODUCES_A_PLACE = frozenset("在和与及同跟的赴到至于从向往对是")

# A park named after the place it lies in (厦门软件园; the parks of 中关村 after their districts: 海淀科技园).
_PARK_AFTER = re.compile(r"(?:软件|科技)园")

_SPECIAL_ZONE = re.compile(r"^(?:经济)?特区")  # 特区 (特别行政区, 经济特区) after a place's name is its suffix

Guard = tuple[re.Pattern[str] | None, re.Pattern[str] | None]


def read_guards(path: Path) -> dict[str, Guard]:
    """``name_guards.tsv``: name → (words refused right after it, words refused right before it)."""
    guards = {}
    for row in read_table(path):
        after = re.compile(rf"(?:{row['reject_after']})") if row["reject_after"] else None  # .match(text, pos): anchored at pos
        before = re.compile(rf"(?:{row['reject_before']})$") if row["reject_before"].strip() else None
        guards[row["name"]] = (after, before)
    return guards


class RegionResolver:
    """Decides what a candidate that is not a policy, fund or agency part links to."""

    def __init__(self, kb: KnowledgeBase, places: Places, words: Words, guards: dict[str, Guard]) -> None:
        self.kb = kb
        self.places = places
        self.words = words
        self.guards = guards
        self.time = Timeline(kb, places)
        self.others = OtherMeanings(kb, places, words, self._list_level, self._names_something_else)
        self._abbreviations = {form for form, entries in kb.aliases.items() if len(form) == 1 and any(k == "abbr" for _, k in entries)}

    def resolve(self, context: Context, cand: Candidate) -> tuple[str, str] | None:
        """``(entity id, rule)`` for a candidate, or None when it links nothing."""
        text = context.units[cand.unit].text
        regions = cand.meaning.regions
        if cand.meaning.others:
            decided = self.others.resolve(context, cand, text)
            if decided is not None or not regions:
                return decided
        if "abbr" in cand.meaning.kinds and len(cand.form) == 1:
            return self._abbreviation(text, cand, regions)
        regions = self.time.as_of(cand.form, regions, context.year, context.anchors)
        ids = [i for i, k in regions if k != "abbr"]
        if not ids or self._refused(context, cand, text):
            return None
        return self._choose(context, cand, text, regions)

    def prepare(self) -> None:
        """Build now every table this resolver otherwise builds on first use, its cached properties
        (the word classes read from jieba's dictionary), its timeline's and its other meanings': see :meth:`Linker.prepare`."""
        for name, attribute in vars(type(self)).items():
            if isinstance(attribute, cached_property):
                getattr(self, name)
        self.time.prepare()
        self.others.prepare()


    @cached_property
    def _abbreviation_pairs(self) -> frozenset[str]:
        """Two provinces' abbreviations that jieba's dictionary tags as one abbreviation (``j``: 港澳,
        京沪, 湘鄂, 陕甘): a pair of places. Pairs tagged otherwise are other words (藏青, a colour;
        青藏, a plateau; 青云). Not with 宁, 南京's as much as 宁夏's (沪宁 is 上海 and 南京)."""
        chars = re.escape("".join(sorted(self._abbreviations - {"宁"})))
        line = re.compile(rf"^([{chars}]{{2}}) \d+ j$", re.MULTILINE)
        text = jieba_dictionary()
        return frozenset(word for word in line.findall(text) if word[0] != word[1])

    @cached_property
    def _common_nouns(self) -> frozenset[str]:
        """Stems of region names that jieba's dictionary tags as everyday common nouns (``n``, not
        ``ns``) counted at least EVERYDAY times: 港口 (港口区), 先锋 (先锋区, a former district). Such
        a stem written alone is the noun (沿海主要港口), and its name with a suffix after a noun is a
        phrase (人工智能先锋区) unless the article names the region's parents."""
        text = jieba_dictionary()
        nouns = {word for word, count in re.findall(r"^(\S{2,4}) (\d+) n$", text, re.MULTILINE) if int(count) >= EVERYDAY}
        stems = {_ADMIN_END.sub("", form) for form in self.kb.aliases} | set(self.kb.former)
        stems |= {_ADMIN_END.sub("", form) for form in self.kb.former}
        return frozenset(nouns & stems)

    @cached_property
    def _surnames(self) -> frozenset[str]:
        """Characters that open at least 10 of the three-character person names (``nr``) of jieba's
        dictionary and are no preposition, conjunction, adverb, pronoun, locative, numeral or
        particle by its own tag (王, 李, 张, 刘; not 和, 向, 于, 从)."""
        counts: dict[str, int] = {}
        for name, tag in self._word_tags.items():
            if tag == "nr" and len(name) == 3:
                counts[name[0]] = counts.get(name[0], 0) + 1
        return frozenset(c for c, n in counts.items() if n >= 10 and not _FUNCTION_TAG.match(self._word_tags.get(c, "")))


    def _given_name(self, text: str, cand: Candidate) -> bool:
        """Is the name a person's given name: right after a surname and right before a verb of
        saying (董事长刘永康介绍, 负责人王义乌说, 记者张昆山报道)? A place that speaks (昆山表示)
        has no surname glued before it."""
        return cand.start > 0 and text[cand.start - 1] in self._surnames and bool(_SAYING.match(text, cand.end))

    def _inside_any(self, region: str, outer: Sequence[str]) -> bool:
        """Is ``region`` one of ``outer`` or inside one of them?"""
        return region in outer or any(o in self.kb.ancestors(region) for o in outer)

    def _everyday_stem(self, form: str) -> bool:
        """Is this a short or former name whose stem is an everyday noun (港口, 先锋区)?"""
        return _ADMIN_END.sub("", form) in self._common_nouns

    # ---------------------------------------------------------------- refusals, in order

    def _refused(self, context: Context, cand: Candidate, text: str) -> bool:
        """Is this occurrence of a region's name part of something else? Each test is structural.

        1. the tail of a longer name or word (丰县 in 咸丰县, 理县 in 管理县级, 上城区 in 以上城区):
           a longer region name covers it, or jieba joins its first character to the word before;
        2. a name without its admin suffix followed by what makes it the name of a newspaper,
           street, building or institution (the ``*`` row of name_guards.tsv: 上海证券报, 太原街,
           香港中路, 上海研究院; 沙坪坝区大学城 and 鼓楼区五四路 keep their district);
        3. refused by its own row in name_guards.tsv (中山大学, 长安汽车); in brackets after 中国
           in a longer name (中国（杭州）跨境电子商务综合试验区);
        4. right after the full name of a region that neither contains it nor lies in it
           (青岛市香港中路, 沈阳市太原街): part of a name in that region, not a place; so also
           after any name of such a region before 港 (宁波舟山港, a port named after both).
        """
        if cand.covered and any(c.end - c.start > cand.end - cand.start and _ADMIN_END.search(c.form) for c in context.index.around(cand)):
            return True
        if _ADMIN_END.search(cand.form) and cand.start > 0 and context.region_before(cand) is None and not self.words.starts_word(text, cand.start):
            return True  # jieba reads the first character with the word before it (以上城区, 管理县级)
        if (self._names_something_else(text, cand) and not self._unit_inside_after(context, cand)
                and not self._district_park_after_its_city(context, cand, text)) or campus(text, cand):
            return True
        after = _NAMED_AFTER.may_match(text, cand.end)  # (most names: none of the names below can follow them)
        if after and BRANCH_AFTER.match(text, cand.end):
            return True  # 各国有商业银行浙江省分行: a bank's branch named after its province
        if _in_name_brackets(text, cand):
            return True  # 中国（杭州）跨境电子商务综合试验区, 中国（沈阳）国际机器人大会: part of that name
        if _in_byline(text, cand.start):
            return True  # （记者 马新平）: a reporter's name, not a place
        if after and _SITE_DATELINE.match(text, cand.end) and cand.meaning.region_ids and all(self.kb.by_id[i].type == "province" for i in cand.meaning.region_ids):
            return True  # 浙江在线2024年11月20日讯, 云南网11月24日电: a province's site reports from anywhere in it (义乌网…电 from 义乌)
        if in_title(text, cand.start, cand.end):
            return True  # 《北京船舶司法出售公约》: a word of a title, not a place the text names
        zone = _ZONE_NAME_AFTER.match(text, cand.end) if after else None
        if zone and self._suffixed(cand) and zone[0].endswith(_PROJECT_PARK_KINDS):
            zone = None  # 乐清市智能电气产业园, 鸠江区通用航空产业园: a project's park, located by the full name (厦门火炬高新区 is a zone's)
        if zone and not _CLAUSE_VERBS.search(zone[1]) and not any(k in ("name", "short") and self._inside_any(i, cand.meaning.region_ids)
                            for c in context.index.starting_in(cand.unit, cand.end, zone.end()) for i, k in c.meaning.regions):
            return True  # 厦门火炬高新区, 武汉东湖新技术开发区 (东湖区 is 南昌's): a zone's name the tables lack, not a mention of the place
        firm = _COMPANY_NAME_AFTER.match(text, cand.end) if after else None
        if firm and not _FIRM_KINDS.search(firm[1]) and not self._suffixed(cand) and not any(
                k in ("name", "short") and context.region_named(c) is not None  # 港口 (港口区) in 山东港口集团 is a noun
                for c in context.index.starting_in(cand.unit, cand.end, firm.end()) for _, k in c.meaning.regions):
            return True  # 山东高速集团, 华北制药股份: a company named after the place
        body = _BODY_NAME_AFTER.match(text, cand.end) if after and _ADMIN_END.search(cand.form) else None
        if body and not _BODY_KINDS.search(body[1]) and not any(
                k in ("name", "short") for c in context.index.starting_in(cand.unit, cand.end, body.end()) for _, k in c.meaning.regions):
            return True  # 江苏省人民医院, 山东省港口集团: a body named after the place
        event = _EVENT_AFTER.match(text, cand.end) if after else None
        if event and not _HOSTING.search(event[1]) and not any(
                k in ("name", "short") for c in context.index.starting_in(cand.unit, cand.end, event.end()) for _, k in c.meaning.regions):
            return True  # 杭州亚运会, 上海车展, 青岛国际啤酒节: an event named after its host place
        facility = _FACILITY_AFTER.match(text, cand.end) if after and not cand.form.endswith(("省", "市", "县", "区")) else None  # 鄂州市花湖机场: the full name locates it
        if facility and not _CLAUSE_VERBS.search(facility[1]) and not _HOSTING.search(facility[1]) and not any(
                k in ("name", "short") for c in context.index.starting_in(cand.unit, cand.end, facility.end(1)) for _, k in c.meaning.regions):
            return True  # 无锡硕放机场, 十堰国际陆港: a facility named after its place (a name in its own characters, not one
            # crossing its kind word: 桥西 in 永丰立交桥西, the place west of the bridge)
        trial = _TRIAL_ZONE_AFTER.match(text, cand.end) if after else None
        if trial and not _CLAUSE_VERBS.search(trial[1]) and not any(
                k in ("name", "short") for c in context.index.starting_in(cand.unit, cand.end, trial.end()) for _, k in c.meaning.regions):
            return True  # 平潭综合实验区经济发展局, 江西内陆开放型经济试验区: a pilot zone's name
        guard = self.guards.get(cand.form)
        if guard is not None:
            after, before = guard
            if (after and after.match(text, cand.end)) or (before and before.search(text, max(0, cand.start - _GUARD_WINDOW), cand.start)):
                return True
        before = context.region_before(cand)
        if before is not None and (_ADMIN_END.search(before.form) and "name" in before.meaning.kinds or text.startswith("港", cand.end)):
            meanings = {*cand.meaning.region_ids, *(u.successor for u in self.kb.former.get(cand.form, ()))}  # 重庆市江北区: a former unit's
            related = any(b == i or b in self.kb.ancestors(i) or i in self.kb.ancestors(b) for b in before.meaning.region_ids for i in meanings)
            if not related:
                return True  # and 宁波舟山港: a port named after two places (山东日照港 keeps 日照)
        return False

    def _names_something_else(self, text: str, cand: Candidate) -> bool:
        """Refusal 2, for any short place name (regions, macro-regions: 清华东路 is no 华东)."""
        everywhere = self.guards.get("*")
        return bool(everywhere and not self._suffixed(cand) and everywhere[0].match(text, cand.end))

    def _unit_inside_after(self, context: Context, cand: Candidate) -> bool:
        """Does the full name of a unit inside this place start right after it (宁波 + 镇海区: 镇 opens the
        district's name, no town's suffix)?"""
        return any("name" in c.meaning.kinds and any(r in self.kb.ancestors(i) for i in c.meaning.region_ids for r in cand.meaning.region_ids)
                   for c in context.index.starting_in(cand.unit, cand.end, cand.end + 1))

    def _district_park_after_its_city(self, context: Context, cand: Candidate, text: str) -> bool:
        """Is a district's short name, right after the name of its own city, the opening of a park's
        name (深圳南山科技园, 北京海淀软件园)? City then district is an address's chain, and a park
        named after a district lies in it, so the district is named as in 深圳南山区科技园; a park
        named after a place alone (厦门软件园, 福州软件园) or after the city only names the park."""
        before = context.region_before(cand)
        if before is None or not _PARK_AFTER.match(text, cand.end):
            return False
        inside = [i for i in cand.meaning.region_ids if self.kb.by_id[i].type == "district"
                  and any(b in self.kb.ancestors(i) for b in before.meaning.region_ids)]
        return len(inside) == 1

    def _everyday_name(self, cand: Candidate) -> bool:
        """A two-character full name that is an everyday word by jieba's counts (城区, 矿区)."""
        return "name" in cand.meaning.kinds and len(cand.form) == 2 and self.words.frequency(cand.form) >= EVERYDAY

    @staticmethod
    def _named_before(context: Context, cand: Candidate, entity) -> bool:
        """Does the article name this unit or its city before the candidate (晋城 … 城区)?"""
        return any((c.unit, c.start) < (cand.unit, cand.start) and (entity.id in c.meaning.region_ids or entity.parent in c.meaning.region_ids)
                   for c in context.region_cands if c is not cand)

    def _suffixed(self, cand: Candidate) -> bool:
        """Does the name end in an admin suffix of its own (广州市, 恩施州, 阿拉善盟)? A short name
        whose last character is its full name's but for the suffix is not suffixed (杭州 of 杭州市,
        通州 of 通州区): 杭州银行 and 福州路 are a bank and a road like 北京银行 and 南京路."""
        if not _ADMIN_END.search(cand.form):
            return False
        names = {self.kb.by_id[i].name for i in cand.meaning.region_ids if i in self.kb.by_id}
        return not any(n[:-1] == cand.form and _ADMIN_END.search(n) for n in names)

    # ---------------------------------------------------------------- preferences, in order

    def _choose(self, context: Context, cand: Candidate, text: str, regions: tuple[tuple[str, str], ...]) -> tuple[str, str] | None:
        """Which region the name means (``regions``: its meanings in the text's year, :meth:`Timeline.as_of`),
        by the first preference rule that decides:

        - ``region_after_parent``: right after the name of a region that contains exactly one
          meaning (长春市朝阳区, 南京鼓楼区, 江苏昆山, 湖南南县), or else one former unit of that
          name, whatever the text's date (重庆江北区: 江北区 until 2025, now 两江新区);
        - ``region_listed_level``: several meanings, one a province, listed next to a province
          (天津、河北: the province, not 天津's 河北区); not when a place's name follows it (辽宁盘锦、吉林松原:
          a chain, whose last name is the item; 霍尔果斯、喀什 compares places of any level);
        - ``region_parent_in_clause``: several meanings, one inside the place named last before it in
          its clause (包头市也有一个青山区);
        - ``region_level_counted``: several meanings, one of the level a list's count gives
          (长春、吉林两市: the city);
        - ``region_context``: several meanings, one inside the regions the article names;
        - ``region_home``: several meanings inside the regions it names, one the article's home or
          inside it (西湖区 in a 南昌市西湖区 report that also names 杭州的西湖区);
        - ``region_enclosing``: several meanings, one containing all the others (长沙 is the
          city, not its own 长沙县; 吉林 the province);
        - ``region_prefer_province``: several meanings, one of them a province (河南, not 河南县);
        - ``region_name`` / ``region_short`` / ``region_former_name``: the one meaning (a former
          unit's name leads to its current successor; a former short name is held to what a
          current short name is: ``region_former_short_in_context``);
        then a short name must stand alone (杭州湾 is a bay), and a district's short name or a
        guarded word (中山) needs its city in the article (``region_short_in_context``), or a
        name jieba's statistics call distinctive (``region_distinctive_name``: 义乌, 昆山) that does
        not open with a conjunction glued to the word before it (旅游和康养 is no 和康县), or, standing
        where a place's name stands, a 市辖区's short name that was long a county's
        (``region_former_county_name``: 萧山, 番禺) or a county-level unit's frequent short name
        jieba tags a proper name (``region_frequent_place_name``: 宜兴, 钟祥): see :meth:`_known_place`.
        """
        anchors = context.anchors
        kinds = dict(regions)
        ids = [i for i, k in regions if k != "abbr"]
        # A name that is also a word, by name_guards.tsv or by jieba's counts (城区, 矿区), needs context.
        guarded = self.places.is_word(cand)
        rule = None
        kind = kinds.get(ids[0]) if len(ids) == 1 else None
        if kind == "short" and self.kb.by_id[ids[0]].type == "district" and self._everyday_stem(cand.form):
            return None  # 港口 (港口区): the noun, wherever the article is
        if (kind == "former" and cand.form.endswith("区") and self._everyday_stem(cand.form) and context.region_before(cand) is None
                and cand.start > 0 and CJK.match(text[cand.start - 1])):
            if not any(a == ids[0] or ids[0] in self.kb.ancestors(a) for a in context.anchors):
                return None  # 人工智能先锋区 (先锋区, now in 牡丹江): a phrase unless the article names its region
        before = context.region_before(cand)
        inside: list[str] = []  # the meanings inside the region named right before the name
        if before is not None:
            inside = [i for i in ids if any(b in self.kb.ancestors(i) for b in before.meaning.region_ids)]
            if not inside:
                inside = sorted({u.successor for u in self.kb.former.get(cand.form, ()) if u.successor in self.kb.by_id and any(b in self.kb.ancestors(u.successor) for b in before.meaning.region_ids)})
            if len(inside) == 1:
                ids, rule = inside, "region_after_parent"
            elif inside:
                ids = inside  # (辽宁朝阳: 朝阳市 or 朝阳县, not 北京's or 长春's 朝阳区)
        counted = _COUNTED_LEVEL.match(text, cand.end) if rule is None and len(ids) > 1 else None
        if counted:  # 长春、吉林两市: the list's count says the level (吉林 the city, not the province)
            kept = [i for i in ids if self.kb.by_id[i].type in _LEVELS_COUNTED[counted[1]]]
            if len(kept) == 1:
                ids, rule = kept, "region_level_counted"
        if rule is None and len(ids) > 1:
            level = self._list_level(context, cand, text)
            kept = [i for i in ids if self.kb.by_id[i].type == level == "province"]
            if len(kept) == 1 and not context.index.starting_in(cand.unit, cand.end, cand.end + 1):
                ids, rule = kept, "region_listed_level"
        if rule is None and len(ids) > 1:
            parent = self._parent_in_clause(context, cand, text, ids)
            if parent is not None:
                ids, rule = [parent], "region_parent_in_clause"
        if rule is None and len(ids) > 1:
            # A 市辖区's short name is written with its city: where the article names neither, 西安 is
            # the city, not 辽源's or 牡丹江's 西安区.
            kept = [i for i in ids if not (kinds.get(i) == "short" and self._urban_district(i) and not self.places.in_context(i, anchors))]
            if len(kept) == 1 and self.kb.by_id[kept[0]].type in ("province", "city") and not guarded:
                ids, rule = kept, "region_over_urban_districts"
        if rule is None and len(ids) > 1:
            chosen = self.places.by_context(ids, anchors)
            home = self.places.home_among(ids, context) if chosen is None else None
            enclosing = self.places.enclosing(ids)
            if chosen is not None:
                ids, rule = [chosen], "region_context"
            elif home is not None:
                ids, rule = [home], "region_home"
            elif enclosing is not None and (not guarded or enclosing in anchors or enclosing in inside):
                # a guarded name too, where the article names it or a region inside it, or its parent right before it
                # (辽宁朝阳: 朝阳市, which holds 朝阳县)
                ids, rule = [enclosing], "region_enclosing"
            else:
                provinces = [i for i in ids if self.kb.by_id[i].type == "province"]
                if len(provinces) == 1 and not guarded:
                    return provinces[0], "region_prefer_province"
                return None
        if rule is None:
            rule = "region_name" if "name" in cand.meaning.kinds else "region_short"
        entity_id = ids[0]
        entity = self.kb.by_id[entity_id]
        kind = kinds.get(entity_id)
        # A district's short name that was a prefecture-level city's is read as a city's (莱芜: 莱芜市
        # until 2019, now 济南市莱芜区; 涪陵, 黔江), in text of any date.
        was_city = kind == "short" and entity.type == "district" and any(u.level == "city" and u.successor == entity_id for u in self.kb.former.get(cand.form, ()))
        if kind in ("short", "former_short") and (entity.type in ("province", "city") or was_city) and not self._stands_alone(text, cand):
            if entity.type in ("province", "city") and self._listed_with_places(context, cand, text):
                return entity_id, "region_listed_with_places"  # 可达成都、重庆: jieba's 达成 does not hide 成都 in a list of cities
            return None  # 杭州 in 杭州湾 (a bay), 北京 in 北京时间, 上海 in 上海证券报
        if rule == "region_after_parent":
            return entity_id, rule
        # A former county-level unit's short name needs its successor named, whatever that is now
        # (东方红, 湛江's 东方红区 until 1983, in 东方红卫星).
        former_district = kind == "former_short" and any(u.level == "district" and u.successor == entity_id for u in self.time.formers(cand.form, context.year))
        if guarded or former_district or (kind == "short" and entity.type == "district" and not was_city):
            if kind == "short" and entity.type == "district" and self._head_of_another_name(text, cand):
                return None  # 沣西新城, 空港新城 (the new towns of 西咸新区): not 西安's 新城区
            if self.places.in_context(entity_id, anchors):
                if self._everyday_name(cand) and not self._named_before(context, cand, entity):
                    return None  # 毕节的中心城区 … 山西晋城: the word, its city named only after it
                if not self.words.on_word_boundary(text, cand.start, cand.end):
                    if entity.type in ("province", "city") and self._listed_with_places(context, cand, text):
                        return entity_id, "region_listed_with_places"  # 吉林市、四平等地: jieba's 平等 does not hide 四平 in a list
                    return None
                return entity_id, "region_former_short_in_context" if kind == "former_short" else "region_short_in_context"
            alone = not self.words.crossed(text, cand.start, cand.end) and not _joined(text, cand.start, cand.form) and not self._given_name(text, cand)
            if alone and self._distinctive(cand.form, entity_id, context.year):
                return entity_id, "region_distinctive_name"
            reading = self._known_place(cand.form, entity_id) if alone else None
            if reading is not None and self._in_a_place_slot(text, cand):
                return entity_id, reading
            if guarded and entity.type in ("province", "city") and self._listed_with_places(context, cand, text):
                return entity_id, "region_listed_with_places"
            return None
        if kind in ("former", "former_short") and rule in ("region_name", "region_short"):
            rule = "region_former_name"
        return entity_id, rule

    def _listed_with_places(self, context: Context, cand: Candidate, text: str) -> bool:
        """Is the name an item of a list (、) whose item right before is a province's or city's name
        the article links (福州、徐州、开封: 开封 is a place there, not a verb), or whose next item is a
        province's or city's one name (可达成都、重庆)?"""
        if text[cand.end : cand.end + 1] == "、":  # the next item: a province or city by its one meaning (not resolved: no cycle)
            following = context.index.starting_in(cand.unit, cand.end + 1, cand.end + 2)
            if any(len(o.meaning.region_ids) == 1 and self.kb.by_id[o.meaning.region_ids[0]].type in ("province", "city")
                   and o.form not in self.guards for o in following):
                return True
        if cand.start < 2 or text[cand.start - 1] != "、":
            return False
        before = context.regions_ending.get((cand.unit, cand.start - 1), ())
        return any(context.region_named(o) is not None and self.kb.by_id[context.region_named(o)].type in ("province", "city") for o in before)

    def _list_level(self, context: Context, cand: Candidate, text: str) -> str | None:
        """The level of the place listed right before the name (天津、河北: the one the article
        links there) or, when none, right after it (河北、天津: by its one meaning, not resolved, so
        there is no cycle); None when it is no item of a list of places."""
        if cand.start >= 2 and text[cand.start - 1] == "、":
            for o in context.regions_ending.get((cand.unit, cand.start - 1), ()):
                named = context.region_named(o)
                if named is not None:
                    return self.kb.by_id[named].type
        if text[cand.end : cand.end + 1] == "、":
            for o in context.index.starting_in(cand.unit, cand.end + 1, cand.end + 2):
                if len(o.meaning.region_ids) == 1 and len(o.meaning.ids) == 1 and o.form not in self.guards:
                    return self.kb.by_id[o.meaning.region_ids[0]].type
        return None

    def _parent_in_clause(self, context: Context, cand: Candidate, text: str, ids: list[str]) -> str | None:
        """The one meaning inside the place named last before the name in its clause (内蒙古包头市也有一个青山区:
        包头's, though the article is about 武汉's), where that place contains exactly one meaning."""
        bound = max(text.rfind(p, max(0, cand.start - _GUARD_WINDOW), cand.start) for p in "，。；！？,;：:、")
        if bound >= 0 and text[bound] == "、":
            return None  # 与福州、徐州、开封的同名鼓楼区: the last of a list of places, each with one
        clause_start = max(bound + 1, cand.start - _GUARD_WINDOW)
        for c in sorted(context.index.starting_in(cand.unit, clause_start, cand.start), key=lambda c: -c.start):
            if c.end > cand.start or not c.meaning.region_ids:
                continue
            named = context.region_named(c)
            if named is None:
                continue
            if named in ids:
                return None  # the same place named again (湘潭在湘潭经开区): no parent of it
            inside = [i for i in ids if named in self.kb.ancestors(i)]
            return inside[0] if len(inside) == 1 else None
        return None

    def _urban_district(self, region_id: str) -> bool:
        """A 市辖区 (a district of a city, 区 in its name), not a county or county-level city."""
        entity = self.kb.by_id[region_id]
        return entity.type == "district" and entity.name.endswith("区")

    def _distinctive(self, form: str, region_id: str, year: int | None) -> bool:
        """Is ``form`` the short name of a county-level city, county or banner (of ``region_id``,
        now or in the text's ``year``) that is not an everyday word, by jieba's dictionary counts:
        not a word jieba knows, or a rare one (< 300) written at least once in 20 times with its
        suffix (义乌 92 / 义乌市 9, 昆山 148 / 昆山市 13; not 惠民 105 / 惠民县 3; 同心协力's 同心 is
        caught by its word boundary), or a very rare one (< 20) of three characters or more, whose
        suffixed form the dictionary may not know (霍尔果斯 12 / 霍尔果斯市 0: a city since 2014)?

        The suffix is any the unit bore (jieba's counts are older than many upgrades: 东宁 7 /
        东宁县 4, now 东宁市 0). A 市辖区's short name is one only in text of a year when it was a
        county-level city or county (富阳 in 2013: 富阳市, now 杭州市富阳区; 双城 in 2020 is
        哈尔滨市双城区, and 双城经济圈 no place), a former county's in its time or after (江浦,
        now 南京市浦口区); in other text it may be read by :meth:`_known_place`.
        """
        entries = self.kb.aliases.get(form, ())
        if form in self.guards or len(entries) != 1:
            return False
        (_, kind), = entries
        entity = self.kb.by_id[region_id]

        def county(u: FormerUnit) -> bool:
            return u.successor == region_id and u.level == "district" and u.name.endswith(_COUNTY_SUFFIXES)

        names = set()
        if kind == "short" and entity.type == "district" and entity.name.endswith(_COUNTY_SUFFIXES):
            names = {entity.name, *(u.name for u in self.kb.former.get(form, ()) if county(u))}
        elif kind == "short" and year is not None:
            names = {u.name for u in self.kb.former.get(form, ()) if county(u) and u.until > year}
        elif kind == "former_short":
            names = {u.name for u in self.time.formers(form, year) if county(u)}
        return bool(names) and self._rare_or_suffixed(form, names)

    def _rare_or_suffixed(self, form: str, names: set[str]) -> bool:
        """Do jieba's counts read ``form`` as a place's short name rather than a word: not a word
        it knows, a rare one (< 300) written at least once in 20 times with one of its suffixed
        ``names``, or a very rare one (< 20) of three characters or more?"""
        short, full = self.words.frequency(form), max(self.words.frequency(n) for n in names)
        if short < _RARE and len(form) >= 3:
            return True  # 霍尔果斯 12 / 霍尔果斯市 0, 马尔康 8: a rare long name of a unit newer than jieba's counts
        return short == 0 or (short < EVERYDAY and full * _WITH_SUFFIX >= short)  # per form: 通道县 is distinctive, 通道 (a passage) is not

    def _known_place(self, form: str, region_id: str) -> str | None:
        """The rule by which a short name that :meth:`_distinctive` does not read in this text's year
        is still a place a reader knows, or None:

        - ``region_former_county_name``: a 市辖区's short name that was a county's or county-level
          city's, by the counts of :meth:`_rare_or_suffixed` over those suffixed names (萧山 63 /
          萧山市 6, now 杭州市萧山区; 番禺, 双流) — jieba's counts are of the years it was one;
        - ``region_frequent_place_name``: a county-level unit's short name counted as an everyday
          word (≥ 300) because it is a place: jieba tags it a proper name (``ns``, ``nr``, ``nz``:
          宜兴 ns, 钟祥 nr; not 新兴 b, 通道 v, 公安 n) and counts it written with its suffix at
          least once in 40 times (宜兴 413 / 宜兴市 14, 钟祥 549 / 钟祥市 776; not 滨海 441 / 滨海县 2).

        Either reading holds only where the name stands in a place's slot, no part of a phrase
        (:meth:`_in_a_place_slot`).
        """
        entries = self.kb.aliases.get(form, ())
        if form in self.guards or len(entries) != 1 or next(iter(entries))[1] != "short":
            return None
        entity = self.kb.by_id[region_id]
        if entity.type != "district":
            return None
        names = {u.name for u in self.kb.former.get(form, ()) if u.successor == region_id and u.level == "district" and u.name.endswith(_COUNTY_SUFFIXES)}
        if self._urban_district(region_id):
            return "region_former_county_name" if names and self._rare_or_suffixed(form, names) else None
        short, full = self.words.frequency(form), max(self.words.frequency(n) for n in names | {entity.name})
        if short >= EVERYDAY and self._word_tags.get(form, "").startswith(_PROPER_TAGS) and full * _WITH_SUFFIX_FREQUENT >= short:
            return "region_frequent_place_name"
        return None

    def _in_a_place_slot(self, text: str, cand: Candidate) -> bool:
        """Does the name stand where a place's name stands, no part of a phrase: after the start,
        punctuation, another place's name or a word jieba's dictionary tags a verb, preposition,
        conjunction, adverb, particle, time, pronoun or locative (在番禺, 位于萧山, 江苏宜兴; not 福寿永年, nor 落户萧山: jieba tags 落户 a noun),
        and before punctuation, another place's name or such a word (萧山加快发展, 宜兴的, 双流境内;
        not 宜兴紫砂, 萧山企业: a noun after it may make a new word of it)?"""
        if cand.start > 0 and CJK.match(text[cand.start - 1]):
            before = self.words.cut(text[max(0, cand.start - 6) : cand.start])
            if not self._place_or_tagged(before[-1] if before else "", _BEFORE_A_PLACE):
                return False
        if cand.end < len(text) and CJK.match(text[cand.end]):
            after = self.words.cut(text[cand.end : cand.end + 6])
            return self._place_or_tagged(after[0] if after else "", _AFTER_A_PLACE)
        return True

    def _place_or_tagged(self, word: str, tags: frozenset[str]) -> bool:
        """Is ``word`` a name of the knowledge base or tagged by jieba's dictionary with one of ``tags`` (first letters)?"""
        return word in self.kb.aliases or self._word_tags.get(word, "")[:1] in tags

    @cached_property
    def _word_tags(self) -> dict[str, str]:
        """Every word of jieba's dictionary → its tag (宜兴 ns, 加快 v, 经济圈 n)."""
        return dict(re.findall(r"^(\S+) \d+ (\S+)$", jieba_dictionary(), re.MULTILINE))

    def one_region(self, cand: Candidate, anchors: set[str], allow_short: bool = True, context: Context | None = None) -> str | None:
        """The region a candidate names when it opens a longer name (深圳市 + 工信局), or None; of
        several meanings, with ``context``, the article's home (:meth:`~kg.link.context.Places.home_among`)."""
        ids = cand.meaning.region_ids
        kinds = dict(cand.meaning.ids)
        ids = [i for i in ids if kinds.get(i) != "abbr" and (allow_short or kinds.get(i) == "name")]
        if len(ids) == 1:
            entity = self.kb.by_id[ids[0]]
            if kinds[ids[0]] == "short" and entity.type == "district" and not self.places.in_context(ids[0], anchors):
                return None
            return ids[0]
        if not ids:
            return None
        chosen = self.places.by_context(ids, anchors)
        return chosen if chosen is not None or context is None else self.places.home_among(ids, context)

    def _head_of_another_name(self, text: str, cand: Candidate) -> bool:
        """Is a district's short name that is an everyday word (新城, a new town) the head of another
        place's name, glued to the characters of that name before it (沣西新城, 空港新城)? Not after a
        word that only introduces a place (在新城, 和新城, 赴新城) or after its own city (西安新城)."""
        if cand.start == 0 or not CJK.match(text[cand.start - 1]) or text[cand.start - 1] in _INTRODUCES_A_PLACE:
            return False
        return self.words.frequency(cand.form) >= EVERYDAY

    def _stands_alone(self, text: str, cand: Candidate) -> bool:
        """A short name is a word of its own, or starts a word that is a name followed by
        another name, an admin suffix, a public body, 人 or 地区 (深圳南山, 广州市, 香港政府, 温州人,
        台湾地区), or
        ends a word that starts with a name (云南昆明), not a longer word (杭州湾, 重庆火锅)."""
        if self.words.on_word_boundary(text, cand.start, cand.end):
            return True
        found = self.words.word_at(text, cand.start, cand.end)
        if found is None:
            return True
        pos, token = found
        head, rest = token[: cand.start - pos], token[cand.start - pos + len(cand.form) :]
        if head and head not in self.kb.aliases:
            return False  # inside a longer word (环杭州湾) — but 云南昆明 is two names
        rest = _SPECIAL_ZONE.sub("", rest)  # 香港特区政府, 深圳经济特区: the place with its 特区
        return not rest or rest in self.kb.aliases or rest[:1] in "市省区县" or rest in ("人", "地区") or bool(_BODY.fullmatch(rest))

    def _abbreviation(self, text: str, cand: Candidate, regions) -> tuple[str, str] | None:
        ids = [i for i, k in regions if k == "abbr"]
        if len(ids) != 1:
            return None
        abbreviations = self._abbreviations
        start, end = cand.start, cand.end
        while start > 0 and text[start - 1] in abbreviations:
            start -= 1
        while end < len(text) and text[end] in abbreviations:
            end += 1
        while end - start > 1 and end < len(text) and CJK.match(text[end]) and not self.words.starts_word(text, end):
            end -= 1  # 津冀港口群: 港 opens the word 港口, it closes no run of places
        if cand.end > end:
            return None
        run = text[start:end]
        if _ABBR_REFUSE_AFTER.match(text[end : end + 8]):  # a slice to the end would copy the rest of a long text
            return None
        if len(run) >= 3 and _ROUTE_AFTER.match(text, end + (end < len(text) and text[end] in _CLOSING_QUOTES)):
            return None  # “湘粤港澳”通道: a route between the places (as 京沪高铁 is), not the places
        if len(run) >= 3 and (start == 0 or not CJK.match(text[start - 1]) or text[start - 1] in "、和与及") or (len(run) >= 3 and text[end : end + 1] in ("三", "四", "两", "等", "地", "、", "，", "")):
            return ids[0], "region_abbreviation_run"
        if (len(run) == 2 and run in self._abbreviation_pairs and self.words.on_word_boundary(text, start, end)
                and not _ROUTE_AFTER.match(text, end) and not self._names_something_else(text, Candidate(cand.unit, start, end, run, cand.meaning))):
            return ids[0], "region_abbreviation_pair"  # 港澳, 京津, 湘鄂: two places, a word of its own
        if len(run) == 1 and run in _CUE_ABBREVIATIONS and start > 0 and text[start - 1] in _ABBR_CUE_BEFORE and not (run == "港" and text[start - 1] in _PORT_CUES) and (end == len(text) or not CJK.match(text[end]) or text[end] in _ABBR_CUE_AFTER):
            return ids[0], "region_abbreviation_cue"
        return None


_COUNTRY_BRACKET_BEFORE = re.compile(r"中国[（(]$")


def _in_name_brackets(text: str, cand: Candidate) -> bool:
    """Is the name in brackets after 中国 with a name going on after them (中国（杭州）跨境电子商务
    综合试验区, 中国（南昌）国际文化旅游节): the place of a zone, event or body named so, part of
    that name, not a mention of its own?

    >>> _in_name_brackets("办好中国（南昌）国际文化旅游节", Candidate(0, 5, 7, "南昌", None))
    True
    >>> _in_name_brackets("总部在中国（北京）。", Candidate(0, 6, 8, "北京", None))
    False
    """
    return (_COUNTRY_BRACKET_BEFORE.search(text, max(0, cand.start - 3), cand.start) is not None
            and text[cand.end : cand.end + 1] in ("）", ")") and CJK.match(text[cand.end + 1 : cand.end + 2]) is not None)


# A news site's dateline with no place of its own after the site's name (云南网11月24日电, 浙江在线2024年11月20日讯).
_SITE_DATELINE = re.compile(r"(?:经济|财经)?(?:网|在线)(?:\d{4}年)?\d{1,2}月\d{1,2}日[电讯]")
_BYLINE = re.compile(r"[（(]\s*(?:本报|本台|特约)?(?:记者|通讯员|实习生|摄影|撰稿|编辑)[^（()）]{0,40}$")
# What can follow a region's name and make it part of another name (its refusals that read after it: _refused).
_NAMED_AFTER = WordsAfter(BRANCH_AFTER, _SITE_DATELINE, _ZONE_NAME_AFTER, _COMPANY_NAME_AFTER, _BODY_NAME_AFTER, _EVENT_AFTER, _FACILITY_AFTER, _TRIAL_ZONE_AFTER)


def _in_byline(text: str, start: int) -> bool:
    """Is ``start`` inside a byline in brackets (（记者 马新平）, （通讯员 李长沙 记者 王明）), where
    the names are people's?

    >>> _in_byline("中国能源网讯（记者 马新平）2024年", 10)
    True
    >>> _in_byline("记者从新平县获悉", 3)
    False
    """
    return _BYLINE.search(text, max(0, start - 40), start) is not None


def _joined(text: str, start: int, form: str) -> bool:
    """Does the name ``form`` at ``start`` open with a conjunction right after a Chinese character,
    so that it may be one word joined to the next (旅游和康养: 和 + 康养), not a place (和康县)?

    >>> _joined("健康旅游和康养服务", 4, "和康"), _joined("和康发展特色林果", 0, "和康"), _joined("墨玉、和康发展", 3, "和康")
    (True, False, False)
    """
    return form[0] in CONJUNCTIONS and start > 0 and bool(CJK.match(text[start - 1]))
