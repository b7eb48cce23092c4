"""Agencies built from parts: a central body's branch (人民银行 + 上海 + 总部), a region and a
function (深圳市 + 工信局), a zone's own body (广州开发区 + 管委会), and an elliptical
``市工信局`` whose region comes from the article."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cached_property

from kg.kb import MUNICIPALITIES, Entity, KnowledgeBase
from kg.link.candidates import CJK, CONJUNCTIONS, Candidate, Words
from kg.link.context import LEVEL_OF_CHAR, Context, Places, outside_mainland
from kg.link.regions import RegionResolver
from kg.patterns import matches_from, word_alternation

__all__ = ["LISTED_PLACE", "AgencyFinder"]


_SEVERAL = ("各", "每", "每个", "诸", "多个", "各个")
# 各设区市工信局, 各地级市发改委, 各县级市政府: every region of that kind, with its kind written out; 其他市州人大常委会,
# 各市州工信局: the bodies of the other (or every) units of two levels written together.
_SEVERAL_OF_KIND = re.compile(r"(?:各|每个?|其他|其它|其余)(?:设区的?|地级|县级|省辖|副省级|有关)?[市县区州旗盟]?$")
_ANY_PLACE = re.compile(r"所在地?的?$")  # 项目所在地的市房管局, 由所在市商务局: whichever city hosts it
# A count of units before the level (两市发展改革委, 三县政府): the bodies of each of them, no one body.
_COUNTED = re.compile(r"(?<![第])[两二三四五六七八九十几数]$")
# A count of places of one level (两省 + 发展改革委, 三县 + 政府), or of provinces and municipalities together
# (川渝两省 + 市发展改革委, 沪苏浙皖三省一 + 市科技厅), before the level character of an elliptical body.
_COUNT_OF_PLACES = re.compile(r"(?<![第])(?P<count>[两二三四五六七八九十])(?:(?P<together>省)|省(?P<more>[一二三]))?$")
# A count of places of any level, or the two sides, before a function (两地发展改革委, 双方商务局, 成渝两地国资委).
_COUNT_OF_SIDES = r"(?<!第)(?:(?P<count>[两二三四])地|双方)"
_SIDES_CUE = re.compile(r"[两二三四]地|双方")  # a unit without one names no bodies of sides (most: not scanned for them)
_NUMBER = {"两": 2, "二": 2, "一": 1, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
# A list opened by 各 that a region's name ends (各市、州、直管市、 + 神农架林区经信局): the body after it is
# every listed unit's (the notice's addressees), no one body.
_DISTRIBUTED_LIST = re.compile(r"(?:^|[，。；：:\s])(?:各|每个)[^，。；：:\s]*、$")
_LEVELS_TOGETHER = "市县区州旗"  # level characters written together for the units of both levels (市州, 县市区, 旗县区)
_LIST_SEPARATORS = ("、", "和", "及", "与", "以及")
_FUND_WORDS = ("引导基金", "产业基金", "投资基金", "基金")
_ELLIPTICAL_OPENS = re.compile(r"[本全该自省市区县州旗盟地]")  # the first character of every elliptical body (市工信局, 本区政府, 旗能源局)
# Levels whose units all end so, and the level of their bodies: a banner's (旗能源局, 旗委: a county-level 旗), a league's
# (盟农牧局) and a prefecture's (地区发展改革委, 地区行署); like 自治区 and 州, the body of such a unit the article is about,
# never of a city or county of another kind.
_NAMED_LEVELS = {"自治区": "province", "州": "city", "盟": "city", "地区": "city", "旗": "district"}

# A Hong Kong, Macao or Taiwan government's own office: (特区)政府 + a name of 2–8 characters + 署/局/委员会;
# a name holds no conjunction or preposition, and 签署/部署 are verbs (香港政府与内地签署协议 is no body).
_OWN_GOVERNMENT_BODY = re.compile(r"(?:特区)?政府(?:(?![和与及同的在对向为将已于签部])[\u4e00-\u9fff]){2,8}?(?:署|局|委员会)")
_GOVERNMENT_OPENS = ("政府", "特区政府")  # what such an office opens with (the pattern is tried only there)

# A zone's body written with the zone's kind only (新区管委会, 开发区管委会) and the zone names that kind covers.
_ZONE_KIND_ENDINGS = {"新区": ("新区",), "开发区": ("开发区", "经开区", "高新区"), "经开区": ("经开区", "经济技术开发区"),
                      "高新区": ("高新区", "高新技术产业开发区", "高新技术产业园区"), "合作区": ("合作区",), "园区": ("园区",),
                      "片区": ("片区",),  # 片区管委会: a free-trade zone's area (岳阳片区) named before
                      "科技城": ("科技城",)}  # 科技城管理局: 崖州湾科技城's (海南's key parks are run by statutory 管理局)


def _of_kind(name: str, kind: str) -> bool:
    """Is a zone so named of the kind a body's name gives (湘江新区 is a 新区, 长沙高新区 is not)?"""
    return name.endswith(_ZONE_KIND_ENDINGS[kind]) and not (kind == "新区" and name.endswith("高新区"))


# The body's own word: a committee, or the administration bureau some zones have instead (科技城管理局, 新区管理局).
_ZONE_BODY_ELLIPTICAL = re.compile(rf"(?P<kind>{'|'.join(sorted(_ZONE_KIND_ENDINGS, key=len, reverse=True))})(?:管委会|管理委员会|执委会|执行委员会|管理局)")
# Characters a body's name does not end with before its kind: prepositions, verbs of address, determiners (将新区管委会).
_NO_NAME_BEFORE = frozenset("将由从向在对为据经被把给让请该本全各每市县省区等的是")
# The body of a zone the KB lacks, written with the zone's own name (柳东新区管委会, 航空港区管委会, 火炬高新区管委会,
# 起步区管委会): the kinds of zone a 管委会 runs, the name's last characters.
_UNLISTED_ZONE_BODY = re.compile(r"(?<=[\u4e00-\u9fff])(?P<kind>新区|开发区|高新区|经开区|港区|起步区|实验区|合作区)(?:管委会|管理委员会)")

# A zone run by a bureau rather than a committee (前海管理局): 管理局 right after the zone's name.
_ZONE_BUREAU = re.compile(r"管理局")

# A secretary's title listed with another of the same person (市委副书记、市长): a role, not the committee.
_ROLE_OF_SECRETARY = re.compile(r"副?书记、")

# The eight democratic parties (and the federation of industry and commerce), whose local committees are
# written as the party + a region + 委员会/委会 (九三学社柳州市委员会, 民建江西省委会, 民革北京市委): no body of the tables.
_OTHER_PARTY = re.compile(r"(?:中国国民党革命委员会|中国民主同盟|中国民主建国会|中国民主促进会|中国农工民主党|中国致公党|九三学社|台湾民主自治同盟|"
                          r"民革|民盟|民建|民进|农工党|致公党|台盟)$")
_OTHER_PARTY_BODY = re.compile(r"(?:委员会|委会|委)")

# A body's own office written after it (市人大常委会 + 办公室, 市政协 + 办公厅): the functions that are offices
# (市政府办公室, 市委办公室) are read whole before this, so what is left is an office the table lacks.
_OFFICE_OF = re.compile(r"办公[室厅]")
# The number of a deputy's suggestion or a member's proposal, which names the session it was made at
# (省政协十三届二次会议第0231号提案, 市人大十六届四次会议第187号建议): a reference, as a document number is.
_PROPOSAL_NUMBER = re.compile(r"第?[一二三四五六七八九十\d]{1,4}届[一二三四五六七八九十\d]{1,3}次(?:全体)?会议第?[\dA-Za-z]{1,12}号(?:提案|建议|议案)")

_ITS_STANDING_COMMITTEE = re.compile(r"(?:及|和)其(常委会|常务委员会)")

# The level characters of a body a sentence's subject may own (市 also a county-level city's), and sentence ends.
_SUBJECT_LEVELS = {"区": ("district",), "县": ("district",), "市": ("city", "district"), "州": ("city",)}
_SENTENCE_ENDS = "。！？；!?;"

Found = tuple[int, int, int, str | None, str]  # unit, start, end, agency id (None: a body of unknown region), rule
#: The rule of a place listed with others before their shared body (东宝区、京山市、钟祥市政府): a region mention on the
#: place's own words, inside or on the span of that place's body, which the linker records besides the body.
LISTED_PLACE = "region_listed_before_body"


_COMMITTEE_ALONE = re.compile(r"委(?:[^员会托]|$)")
# After a body's short name, the rest of the issuer's code of a document number (工信厅 + 科〔2026〕3号, 商务厅 + 函〔…〕).
_DOCUMENT_CODE = re.compile(r"[\u4e00-\u9fff]{0,3}[〔\[［(（]?\d{4}[〕\]］)）]")


class AgencyFinder:
    """Finds local and branch agencies; central bodies by their own names are plain candidates."""

    def __init__(self, kb: KnowledgeBase, places: Places, regions: RegionResolver, words: Words) -> None:
        self.kb = kb
        self.places = places
        self.regions = regions
        self.words = words
        forms: dict[str, str] = {}
        branches: dict[str, dict[str, str]] = {}  # central body → its branch forms → function
        for function in kb.functions.values():
            for form in function.forms:
                forms.setdefault(form, function.id)
            for form in function.after_central:
                branches.setdefault(function.central or "", {}).setdefault(form, function.id)
        self._function_of = forms
        self._branches = {central: (re.compile(_alternation(of)), of) for central, of in branches.items()}
        self._function_re = re.compile(_alternation(forms))
        self._function_openings = frozenset(form[0] for form in forms)  # what a function's name opens with
        # the longer forms of zone kinds (经济开发区, 高新技术产业开发区): a kind written out, not a zone's own name
        self._kind_forms = tuple(sorted({f for kind in kb.zone_kinds.values() for f in kind.forms if len(f) > 3}, key=len, reverse=True))
        # 市委 alone only when not 委员会/委托 or a member (市委常委); 区委书记 is the committee named as its
        # secretary's seat, as 安宁市委书记 is (the relation rules read the secretary as the place).
        self._elliptical_re = re.compile(
            rf"(?:本|全|该)?(?P<level>自治区|地区|[省市区县州旗盟])(?P<function>{_alternation(f for f in forms if len(f) >= 2)}|委(?![员会托常]|副(?!书记)))"
        )
        self._sides_re = re.compile(rf"{_COUNT_OF_SIDES}(?P<function>{_alternation(f for f in forms if len(f) >= 2)})")
        # A department of a province's government, written without its level (商务厅牵头, 自治区发展改革委、交通运输厅):
        # a 厅 is a province's, never a city's or a county's body (their departments are 局 and 委), so the form names the
        # province the article is about. Not its general office (办公厅: the State Council's too).
        departments = {f for f in forms if f.endswith("厅") and len(f) >= 3 and not f.endswith("办公厅")}
        self._departments_re = re.compile(rf"(?P<function>{_alternation(departments)})") if departments else None

    def find(self, context: Context, zones: Sequence[tuple[int, int, int, str]] = ()) -> list[Found]:
        """Every agency built from parts, longest region names first, then zone bodies (of the zones
        the KB names, and of ``zones`` found as region + kind: 宁乡经开区管委会), then elliptical ones. After
        each body shared by places listed before it, a :data:`LISTED_PLACE` row of each place (a region id)."""
        named = self._region_bodies(context)
        found = [*named, *self._zone_bodies(context, zones), *self._zone_bodies_elliptical(context, zones), *self._elliptical(context, [f for f in named if f[4] != LISTED_PLACE]), *self._bodies_of_sides(context)]
        found += self._provincial_departments(context, found)
        return found + self._standing_committees(context, found)

    @staticmethod
    def _standing_committees(context: Context, found: Sequence[Found]) -> list[Found]:
        """人大及其常委会 (a work report's 市人大及其常委会的决议): the standing committee of that congress."""
        out = []
        for u, _, end, aid, _ in found:
            if aid and aid.endswith(":congress"):
                match = _ITS_STANDING_COMMITTEE.match(context.units[u].text, end)
                if match:
                    out.append((u, match.start(1), match.end(), aid.removesuffix(":congress") + ":congress_standing", "agency_congress_standing"))
        return out

    def _region_bodies(self, context: Context) -> list[Found]:
        out = []
        anchors = context.anchors
        centrals_ending: dict[tuple[int, int], list[Candidate]] = {}  # (unit, end) → central bodies ending there
        for c in context.cands:
            if "agency" in c.meaning.types:
                centrals_ending.setdefault((c.unit, c.end), []).append(c)
        for c in sorted(context.region_cands, key=lambda c: -(c.end - c.start)):
            text = context.units[c.unit].text
            # central + region + branch: 人民银行 上海 总部 / 中国人民银行 上海市 分行
            centrals = centrals_ending.get((c.unit, c.start))
            branch = self._branch(max(centrals, key=lambda o: o.end - o.start), c, text, anchors) if centrals else None
            if branch is not None:
                out.append(branch)
                continue
            own = _OWN_GOVERNMENT_BODY.match(text, c.end) if text.startswith(_GOVERNMENT_OPENS, c.end) else None
            if own and all(outside_mainland(i) for i in c.meaning.region_ids):
                # 香港特别行政区政府创新科技署: the place is inside its name; the body is the KB's
                # (agencies_sar.tsv) when one of its names is written so, else a body it lacks
                known = sorted(i for i, _ in self._names_spanning(context, c.unit, c.start, own.end()))
                out.append((c.unit, c.start, own.end(), known[0] if len(known) == 1 else None, "agency_outside_mainland"))
                continue
            party = _OTHER_PARTY.search(text, max(0, c.start - 6), c.start)
            committee = _OTHER_PARTY_BODY.match(text, c.end) if party else None
            if committee is not None:  # 九三学社柳州市委员会, 民建江西省委会: another party's committee, not the CPC's; the place is inside its name
                out.append((c.unit, party.start(), committee.end(), None, "agency_region_function"))
                continue
            function_after = self._function_re.match(text, c.end) if text[c.end : c.end + 1] in self._function_openings else None
            match = function_after or self._after_level_repeated(c, text) or self._after_session(c, text)
            if not match:
                continue
            if any(outside_mainland(i) for i in c.meaning.region_ids):
                continue  # 香港海关, 澳门金融管理局: the place's own bodies, not a mainland function
            function = self._function_of[match[0]]
            if function == "development_zone_committee" and any(self.kb.by_id[i].type == "zone" for i, _ in c.meaning.others if i in self.kb.by_id):
                continue  # 两江新区管委会: the body of the zone (a district too, since 2025), read with the zone bodies
            if function == "government" and text.startswith(_FUND_WORDS, match.end()):
                continue  # 青海省政府投资基金: the words of a fund's kind (a fund the KB names is read before); the place stays a mention
            if function == "government":
                further = self._function_re.match(text, match.end())  # 广东省人民政府 + 国有资产监督管理委员会: the body under it
                if further is not None and self._function_of[further[0]] not in ("government", "party_committee"):
                    match, function = further, self._function_of[further[0]]
            if match[0] == "委" and not _COMMITTEE_ALONE.match(text[match.start() :]):
                continue  # 市委 yes; 委员会 / 委托 are other words
            parent = context.region_before(c)  # 广州市 in 广州市黄埔区人民政府
            inside = self._inside(c, parent)
            region = inside or self.regions.one_region(c, anchors, allow_short=True, context=context)  # the parent written decides
            if region is None:
                continue
            # 南京市 + 鼓楼区人民政府 is one body's name; a province before a city's or county's body (甘肃省酒泉市能源局,
            # 浙江义乌市商务局) is written as in 湖南株洲: both places, the province a mention of its own
            start = parent.start if parent is not None and inside == region and not self._province_before(parent, region) else c.start
            central = self.kb.functions[function].central if function in self.kb.functions else None
            prefix = [o for o in centrals_ending.get((c.unit, start), ()) if central and any(i == central for i, _ in o.meaning.others)]
            if prefix:
                start = min(o.start for o in prefix)  # 国家税务总局 + 深圳市税务局: one body, the central one's local branch
            if _DISTRIBUTED_LIST.search(text, max(0, c.start - 30), c.start):
                # 各市、州、直管市、神农架林区经信局: the bodies of every unit listed, generic like 各市经信局;
                # its words are still no other mention
                out.append((c.unit, c.start, match.end(), None, "agency_region_function"))
                continue
            if c.form[0] in CONJUNCTIONS and c.form[1:] in LEVEL_OF_CHAR and not self._named_elsewhere(context, c, region):
                continue  # 县扶贫办和县文旅局: 和 + 县文旅局, not 和县 (安徽) unless the article names it or its city elsewhere
            if function in ("party_committee",) and text[match.end() : match.end() + 1] == "常":
                continue  # 市委常委: a member (常委会: another body); 安宁市委书记 is the committee's secretary, a mention of it
            if self._crossed_list(context, c, text, match.end()):
                # 成都市、绵阳市、德阳市财政局、经济和信息化局: regions listed before a body and functions after it, every
                # region's every body (a notice's addressees); no one body, and the listed places stay mentions
                out.append((c.unit, c.start, match.end(), None, "agency_region_list"))
                continue
            office = _OFFICE_OF.match(text, match.end()) or _PROPOSAL_NUMBER.match(text, match.end())
            if office is not None:  # 珠海市人大常委会办公室: the body's office, which the table lacks; the place is inside its name
                out.append((c.unit, start, office.end(), None, "agency_region_function"))
                continue
            out.append((c.unit, start, match.end(), f"agency:{region}:{function}", "agency_region_function"))
            listed = self._listed_before(context, c, region, function, anchors)
            if listed:
                # 东宝区、京山市、钟祥市政府: each place listed is named there, besides its body (a notice's addressees)
                out.append((c.unit, c.start, c.end, region, LISTED_PLACE))
                for u, s, e, aid, rule in listed:
                    out += [(u, s, e, aid, rule), (u, s, e, aid.split(":")[1], LISTED_PLACE)]
        return out

    def _crossed_list(self, context: Context, cand: Candidate, text: str, end: int) -> bool:
        """Is the body of ``cand`` ending at ``end`` one of a crossed list: regions listed with 、 right before
        the region and another function listed with 、 right after the body (成都市、德阳市财政局、经济和信息化局)?"""
        if cand.start == 0 or text[cand.start - 1] != "、" or not text.startswith("、", end):
            return False
        if not context.regions_ending.get((cand.unit, cand.start - 1)):
            return False
        after = self._function_re.match(text, end + 1)
        return after is not None and not any(o.start == end + 1 for o in context.region_cands if o.unit == cand.unit)

    def _province_before(self, parent: Candidate, region: str) -> bool:
        """Is ``parent`` a province (not a municipality: 北京市顺义区人民政府 is one name) holding ``region``?"""
        return any(self.kb.by_id[p].type == "province" and p not in MUNICIPALITIES and p in self.kb.ancestors(region)
                   for p in parent.meaning.region_ids)

    def _after_level_repeated(self, cand: Candidate, text: str) -> re.Match | None:
        """A body written with its region's level repeated (沙县县委, 祥符区区委, 朝阳区区政府): the
        function after the repeated character, when the name ends with that level's character."""
        level = cand.form[-1:]
        if level not in LEVEL_OF_CHAR or not text.startswith(level, cand.end):
            return None
        return self._function_re.match(text, cand.end + 1)

    def _after_session(self, cand: Candidate, text: str) -> re.Match | None:
        """A legislature written with its term between the region and its name (迁安市第十八届人民代表大会,
        重庆市长寿区第十九届人民代表大会), or the party's committee in its formal name (中国共产党杭州市第十四届
        委员会, 中共太原市第十三届委员会): the body, whatever its term."""
        term = _TERM.match(text, cand.end) if text.startswith("第", cand.end) else None  # (every term opens with 第)
        match = self._function_re.match(text, term.end()) if term else None
        if match is None:
            return None
        function = self._function_of[match[0]]
        if function == "party_committee":
            return match if match[0] == "委员会" and text.endswith(_PARTY_NAMES, 0, cand.start) else None
        return match if self.kb.functions[function].kind == "legislature" else None

    def _listed_before(self, context: Context, cand: Candidate, region: str, function: str, anchors: set[str]) -> list[Found]:
        """Regions of the same level listed right before a region's body share its function
        (莱芜区、钢城区人民政府: both districts' governments), each written with its suffix."""
        out = []
        text = context.units[cand.unit].text
        level = self.kb.by_id[region].type
        pos = cand.start
        while pos > 0 and text[pos - 1] in "、":
            before = [o for o in context.regions_ending.get((cand.unit, pos - 1), ()) if "name" in o.meaning.kinds]
            if not before:
                break
            other = max(before, key=lambda o: o.end - o.start)
            found = self.regions.one_region(other, anchors, allow_short=False) or self._inside(other, context.region_before(other))
            if found is None or self.kb.by_id[found].type != level or found == region:
                break
            out.append((cand.unit, other.start, other.end, f"agency:{found}:{function}", "agency_region_list"))
            pos = other.start
        return out

    @staticmethod
    def _names_spanning(context: Context, u: int, start: int, end: int) -> set[tuple[str, str]]:
        """The agencies of the KB one of whose names is written exactly at ``start:end``."""
        return {(i, k) for c in context.cands if c.unit == u and c.start == start and c.end == end
                for i, k in c.meaning.others if i.startswith("agency:")}

    def _inside(self, cand: Candidate, parent: Candidate | None) -> str | None:
        """The one meaning of ``cand`` inside the region named right before it (南京市 + 鼓楼区):
        the parent is then part of the body's name (南京市鼓楼区人民政府), not a mention of its own."""
        if parent is None:
            return None
        inside = [i for i in cand.meaning.region_ids if any(p in self.kb.ancestors(i) for p in parent.meaning.region_ids)]
        return inside[0] if len(inside) == 1 else None

    def _named_elsewhere(self, context: Context, cand: Candidate, region: str) -> bool:
        """Does the article name ``region`` or the region right above it other than by ``cand``?"""
        targets = {region, self.kb.by_id[region].parent}
        return any(
            o is not cand and not (o.unit == cand.unit and o.start < cand.end and o.end > cand.start)
            and targets & set(o.meaning.region_ids) and context.region_named(o) in targets
            for o in context.region_cands
        )

    def _branch(self, central: Candidate, region_cand: Candidate, text: str, anchors: set[str]) -> Found | None:
        """central + region + one of that central body's branch forms (金融监管总局 + 湖南 + 监管局
        is NFRA's branch, 证监会 + 湖南 + 监管局 CSRC's)."""
        for central_id, _ in central.meaning.others:
            branch_re, branch_of = self._branches.get(central_id, (None, {}))
            match = branch_re.match(text, region_cand.end) if branch_re else None
            region = self.regions.one_region(region_cand, anchors) if match else None
            if region:
                return (region_cand.unit, central.start, match.end(), f"agency:{region}:{branch_of[match[0]]}", "agency_central_branch")
        return None

    def _zone_bodies(self, context: Context, zones: Sequence[tuple[int, int, int, str]]) -> list[Found]:
        """A zone's own body: 广州开发区管委会, 中国（上海）自贸试验区临港新片区管委会. The zone has no
        adcode, so the body is filed under the smallest region that holds the whole zone."""
        out = []
        for u, start, end, zone_id in zones:
            match = self._function_re.match(context.units[u].text, _after_party_body(context.units[u].text, end))
            zone = self.kb.get(zone_id)
            if match and zone is not None and self._function_of[match[0]] == "development_zone_committee":
                region = self._seat(zone, context.year)
                if region:
                    end, function = self._committee_bureau(context.units[u].text, match.end(), "development_zone_committee")
                    out.append((u, start, end, f"agency:{region}:{function}", "agency_zone_body"))
        zone_cands = [c for c in context.cands if "zone" in c.meaning.types]
        zones_starting: dict[tuple[int, int], list[Candidate]] = {}
        for c in zone_cands:
            zones_starting.setdefault((c.unit, c.start), []).append(c)
        for c in sorted(zone_cands, key=lambda c: -(c.end - c.start)):
            text = context.units[c.unit].text
            pos, first = c.end, c
            while True:  # 自贸试验区 + 临港新片区 + 管委会
                nxt = zones_starting.get((c.unit, pos))
                if not nxt:
                    break
                c = max(nxt, key=lambda o: o.end - o.start)
                pos = c.end
            match = self._function_re.match(text, _after_party_body(text, pos))
            function = self._function_of[match[0]] if match else None
            if function is None and (match := _ZONE_BUREAU.match(text, pos)):
                function = "development_zone_committee"  # 前海管理局: the zone's own administration, under another name
            if function not in ("development_zone_committee", "free_trade_zone_office"):
                continue
            zone = self.kb.by_id[next(i for i, _ in c.meaning.ids if self.kb.by_id[i].type == "zone")]
            region = self._seat(zone, context.year)
            if region:
                end, function = self._committee_bureau(text, match.end(), function)
                out.append((c.unit, first.start, end, f"agency:{region}:{function}", "agency_zone_body"))
        return out

    def _committee_bureau(self, text: str, end: int, function: str) -> tuple[int, str]:
        """A bureau written right after a zone's committee (三江新区管委会投资促进局, 准东开发区管委会财政局) is the
        committee's own department, filed as that function of the zone's region; else the committee itself."""
        if function != "development_zone_committee":
            return end, function
        under = self._function_re.match(text, end)
        if under is not None and self._function_of[under[0]] not in ("government", "party_committee", "development_zone_committee"):
            return under.end(), self._function_of[under[0]]
        return end, function

    def _seat(self, zone: Entity, year: int | None) -> str | None:
        """The region a zone's own body belongs to: the one that administers it (西咸新区: 西安), the
        district the new area is (两江新区管委会: 500157) in text dated in a year the district existed or
        undated (read as of today), else the smallest region that holds the whole zone (in 2024: 重庆)."""
        district = self.kb.zone_districts.get(zone.id)
        if district is not None and (year is None or year >= self._district_since.get(district, 0)):
            return district
        return self.kb.zone_seats.get(zone.id) or self.places.common_region(zone.parents)

    @cached_property
    def _district_since(self) -> dict[str, int]:
        """A district → the year it took its present form (the last change that ended a unit it succeeds:
        两江新区, 2025, when 江北区 and 渝北区 were merged into it)."""
        since: dict[str, int] = {}
        for units in self.kb.former.values():
            for u in units:
                since[u.successor] = max(since.get(u.successor, 0), u.until)
        return since

    def _zone_bodies_elliptical(self, context: Context, zones: Sequence[tuple[int, int, int, str]]) -> list[Found]:
        """新区管委会, 开发区管委会 — a zone's body written with its kind only: the body of the one zone
        of that kind the article names before it (江北新区 … 新区管委会); of none or several, a body
        of no known region (its words are still no other mention)."""
        # (all end in 管委会, 管理委员会, 执委会, 执行委员会 or 管理局: a text holding none of 委会, 委员会, 管理局 is not searched)
        if not any(("委会" in unit.text or "委员会" in unit.text or "管理局" in unit.text) and (_ZONE_BODY_ELLIPTICAL.search(unit.text) or _UNLISTED_ZONE_BODY.search(unit.text)) for unit in context.units):
            return []  # no such body written: the zones named need not be listed
        named: list[tuple[int, int, str, str]] = []  # unit, start, written name, zone id
        for c in context.cands:
            ids = {i for i, _ in c.meaning.ids if i in self.kb.by_id and self.kb.by_id[i].type == "zone"}
            if len(ids) == 1:
                named.append((c.unit, c.start, c.form, ids.pop()))
        named += [(u, s, context.units[u].text[s:e], zid) for u, s, e, zid in zones]
        out = []
        zone_ends = {(c.unit, c.end) for c in context.cands if "zone" in c.meaning.types} | {(u, e) for u, _, e, _ in zones}
        for u, unit in enumerate(context.units):
            for match in _UNLISTED_ZONE_BODY.finditer(unit.text):
                if (u, match.end("kind")) in zone_ends or not self._zone_name_before(unit.text, match.start()):
                    continue  # a zone the KB names (湘江新区管委会: read above), or no name before the kind (城区管委会)
                if unit.text.endswith(self._kind_forms, 0, match.end("kind")):
                    continue  # a kind written out (经济开发区管委会, 高新技术产业开发区管委会): no name, read as elliptical
                # a zone the KB lacks: its body is the city the article is about at this point (柳东新区管委会 in a
                # 柳州 report), whose zone it is; the zone's own name is no other mention
                region = self.places.current_region("city", context, u, match.start())
                end, function = match.end(), "development_zone_committee"
                end, function = self._committee_bureau(unit.text, end, function)  # 柳东新区管委会 + 投资促进局
                out.append((u, match.start(), end, f"agency:{region}:{function}" if region else None, "agency_unlisted_zone_body"))
            for match in _ZONE_BODY_ELLIPTICAL.finditer(unit.text):
                start = match.start()
                if start > 0 and CJK.match(unit.text[start - 1]) and not self.words.starts_word(unit.text, start):
                    continue  # the end of a zone's own name (湘江新区管委会: read above), not a body on its own
                kind = match["kind"]
                before = {zid for zu, zs, form, zid in named if (zu, zs) < (u, start)
                          and (_of_kind(form, kind) or (zid in self.kb.by_id and _of_kind(self.kb.by_id[zid].name, kind)))}
                zone = self.kb.get(before.pop()) if len(before) == 1 else None
                region = self._seat(zone, context.year) if zone is not None else None
                out.append((u, start, match.end(), f"agency:{region}:development_zone_committee" if region else None, "agency_zone_body_elliptical"))
        return out

    def _zone_name_before(self, text: str, kind_start: int) -> bool:
        """Is the kind (新区, 港区) the end of a zone's own name: a word of two characters or more before
        it (柳东新区), or the end of a word the kind is cut from (航空港区), not 市区 or 将新区管委会?"""
        before = text[kind_start - 1]
        if self.words.starts_word(text, kind_start):  # 柳东/新区, not 将/新区管委会: no preposition or conjunction before
            return before not in _NO_NAME_BEFORE and before not in CONJUNCTIONS
        return before not in "市县省本全该各"  # 航空港区 (not 市区, 城区 read as 区: those are words)

    def _elliptical(self, context: Context, named: list[Found]) -> list[Found]:
        """市工信局, 区政府, 市委金融办 — the region comes from the body listed just before
        (长沙市委、市政府), else from the article (:meth:`~kg.link.context.Places.current_region`)."""
        out = []
        listed = {(u, e): aid.split(":")[1] for u, _, e, aid, _ in named if aid}  # (unit, end) → region of a named body
        for u, unit in enumerate(context.units):
            generic_end = -1  # where the last body of no one region ended (各区政府、区住建局)
            for match in matches_from(self._elliptical_re, _ELLIPTICAL_OPENS, unit.text):
                start = match.start()
                counted = self._counted_places(context, u, start, match["level"])  # 两省发展改革委: None when no count before
                if start > 0 and CJK.match(unit.text[start - 1]) and not match[0].startswith(("本", "全", "该")) and counted is None:
                    # part of a longer name (深圳市工信局 is handled above), or of a word (城市工信局
                    # is no body); after a word of its own it is one (由市政府管理, 首部市人民代表大会),
                    # and after a name that is no place here (将会同省财政厅: 会同 is no 会同县)
                    if not self.words.starts_word(unit.text, start) and unit.text[start - 1] not in CONJUNCTIONS:
                        continue  # (after 和/与 it is one, though jieba reads 和县: 县扶贫办和县文旅局)
                    if any(context.region_named(c) is not None for c in context.regions_ending.get((u, start), ())):
                        continue
                    if any(context.region_named(c) is not None for c in context.regions_ending.get((u, start + 1), ())):
                        continue  # the level is the end of a region's name (中卫市委副书记: read with the region)
                # 各区政府, 每个县的住建局, 项目所在地的市房管局: the bodies of many regions, or of
                # whichever hosts something; so are the bodies listed right after one (、区住建局).
                before = unit.text[max(0, start - 4) : start]
                several = before.endswith(_SEVERAL) or _ANY_PLACE.search(before) is not None
                several = several or _SEVERAL_OF_KIND.search(unit.text, max(0, start - 6), start) is not None
                several = several or _COUNTED.search(before) is not None or counted is not None
                several = several or (generic_end >= 0 and unit.text[generic_end:start] in _LIST_SEPARATORS)
                # 市州政府, 县市区政府: two levels written together (no region's name ends before, read above), every unit of them
                several = several or (start > 0 and unit.text[start - 1] in _LEVELS_TOGETHER and match["level"] in _LEVELS_TOGETHER)
                if unit.text.startswith(_FUND_WORDS, match.end()):
                    several = True  # 市政府引导基金: the words of a fund's name, no body of its own
                level = LEVEL_OF_CHAR.get(match["level"]) or _NAMED_LEVELS[match["level"]]  # 州工信局: an autonomous prefecture's (a city's level)
                region = None if several else (self._listed_after(listed, unit.text, u, start, level) or self._subject_before(context, u, start, match["level"])
                                               or self.places.current_region(level, context, u, start))
                if region and match["level"] in _NAMED_LEVELS and not self.kb.by_id[region].name.endswith(match["level"]):
                    region = None  # 自治区商务厅, 州工信局, 旗能源局 in an article about no such unit: no body the article names
                generic_end = match.end() if several else -1
                function = self._function_of.get(match["function"], "party_committee")
                if function == "party_committee" and _ROLE_OF_SECRETARY.match(unit.text, match.end()):
                    continue  # 由市委副书记、市长担任链长: a role held, no committee that acts
                office = _OFFICE_OF.match(unit.text, match.end()) or _PROPOSAL_NUMBER.match(unit.text, match.end())
                if office is not None:  # (省政协 + 十三届二次会议第0231号提案: the number of a proposal, no body that acts)  # 市人大常委会办公室: an office the table has no function for, not the body
                    out.append((u, start, office.end(), None, "agency_elliptical"))
                    continue
                if counted and counted[1] and not unit.text.startswith(_FUND_WORDS, match.end()):  # 两省发展改革委: each counted place's body, on one span
                    out.extend((u, counted[0], match.end(), f"agency:{place}:{function}", "agency_counted") for place in counted[1])
                    continue
                # With no region the body is still a body: its words (市大数据局) are no industry.
                out.append((u, start, match.end(), f"agency:{region}:{function}" if region else None, "agency_elliptical"))
        return out

    def _provincial_departments(self, context: Context, found: Sequence[Found]) -> list[Found]:
        """商务厅, 工业和信息化厅 written alone (五、商务厅牵头…; 自治区发展改革委、交通运输厅): the department of the province
        the text is about (:meth:`~kg.link.context.Places.current_region`), where no region's name or level character is
        written before it (those are read above) and it is no issuer's code in a document number (工信厅科〔2026〕3号)."""
        if self._departments_re is None:
            return []
        out = []
        spans = {(u, s, e) for u, s, e, *_ in found}
        for u, unit in enumerate(context.units):
            text = unit.text
            if "厅" not in text:
                continue
            for match in self._departments_re.finditer(text):
                start, end = match.span()
                if any(fu == u and fs < end and start < fe for fu, fs, fe in spans):
                    continue  # part of a body read above (广东省商务厅, 自治区商务厅)
                if start > 0 and CJK.match(text[start - 1]) and (not self.words.starts_word(text, start) or text[start - 1] in "省区市县州旗盟"
                                                                  or context.regions_ending.get((u, start))):
                    continue  # the end of a longer name, or a place's body read with the place
                if _DOCUMENT_CODE.match(text, end):
                    continue  # 工信厅科〔2026〕3号: the issuer's code of a document number, no body named
                region = self.places.current_region("province", context, u, start)
                out.append((u, start, end, f"agency:{region}:{self._function_of[match['function']]}" if region else None, "agency_provincial_department"))
        return out

    def _counted_places(self, context: Context, u: int, start: int, level_char: str) -> tuple[int, tuple[str, ...]] | None:
        """The places a count before a body's level names (辽宁省与江苏省…，两省发展改革委 → both provinces;
        川渝两省市发展改革委 → 四川省 and 重庆市): the distinct regions of that level named in the same sentence or
        the one before, in order, when there are exactly as many as counted; else none (the body stays one of
        no region: a count with too few or too many places before it is no list of them), with where the count
        starts (the span of the bodies); None: no count."""
        text = context.units[u].text
        count = _COUNT_OF_PLACES.search(text, max(0, start - 3), start)
        together = count is not None and (count["together"] is not None or count["more"] is not None)  # 省市: provinces and municipalities
        if count is None or level_char not in LEVEL_OF_CHAR or (together and level_char != "市"):
            return None
        wanted = _NUMBER[count["count"]] + (_NUMBER[count["more"]] if count["more"] else 0)
        return count.start(), self._places_before(context, u, count.start(), wanted, "province" if together else LEVEL_OF_CHAR[level_char])

    def _bodies_of_sides(self, context: Context) -> list[Found]:
        """两地发展改革委, 双方商务局 (成都与重庆…，两地国资委): each named place's body, of whatever level, when the
        same sentence or the one before names exactly as many regions (two for 双方, which is else two firms)."""
        out = []
        for u, unit in enumerate(context.units):
            for match in self._sides_re.finditer(unit.text) if _SIDES_CUE.search(unit.text) else ():
                if unit.text.startswith(_FUND_WORDS, match.end()):
                    continue  # 两地国资基金: a fund's words
                function = self._function_of[match["function"]]
                places = self._places_before(context, u, match.start(), _NUMBER[match["count"]] if match["count"] else 2, None)
                out.extend((u, match.start(), match.end(), f"agency:{place}:{function}", "agency_counted") for place in places)
        return out

    def _places_before(self, context: Context, u: int, pos: int, wanted: int, level: str | None) -> tuple[str, ...]:
        """The distinct regions (of ``level``, if given) named in the sentence before ``pos`` or the one before
        it, in order, when there are exactly ``wanted`` of them; else none."""
        text = context.units[u].text
        ends = [i for i in range(pos) if text[i] in _SENTENCE_ENDS]
        opening = ends[-2] + 1 if len(ends) >= 2 else 0  # the previous sentence's start
        places: list[str] = []
        for c in context.index.starting_in(u, opening, pos):
            region = context.region_named(c) if c.end <= pos else None
            if region is not None and region not in places and (level is None or self.places.level_matches(region, level)):
                places.append(region)
        return tuple(places) if len(places) == wanted else ()

    def _subject_before(self, context: Context, u: int, start: int, level_char: str) -> str | None:
        """The region whose full name opens the sentence before a body that opens its own (金山区也在发展氢能…。
        区经委负责人说 → 金山区's; 博罗县则…。县商务局 → 博罗县's): the text has turned to that region, whatever
        its home. Only a name ending with the body's level character (区经委 after 金山区, not after 金坛市)."""
        if level_char not in _SUBJECT_LEVELS:
            return None
        text = context.units[u].text
        if start == 0 or text[start - 1] not in _SENTENCE_ENDS:
            return None
        opening = max((i for i in (text.rfind(e, 0, start - 1) for e in _SENTENCE_ENDS)), default=-1) + 1
        for c in context.index.starting_in(u, opening, opening + 1):
            region = context.region_named(c) if c.form.endswith(level_char) and "name" in c.meaning.kinds else None
            if region is not None and self.kb.by_id[region].type in _SUBJECT_LEVELS[level_char] and self.kb.by_id[region].name.endswith(level_char):
                return region
        return None  # (not a later clause's: …，长垣市则发展储能。市工信局 is the document's city's, the clause one of its assignments)

    def _listed_after(self, listed: dict[tuple[int, int], str], text: str, u: int, start: int, level: str) -> str | None:
        """The region of a body of the same level named right before, in a list (长沙市委、市政府)."""
        for sep in _LIST_SEPARATORS:
            region = listed.get((u, start - len(sep))) if text.startswith(sep, start - len(sep)) else None
            if region is not None and region in self.kb.by_id and self.places.level_matches(region, level):
                return region
        return None


# A legislature's term between its region and its name (迁安市 + 第十八届 + 人民代表大会).
_TERM = re.compile(r"第[一二三四五六七八九十百零〇\d]{1,4}届")
_PARTY_NAMES = ("中国共产党", "中共")  # the party's name before a region opens its committee's formal name
# A zone's party working committee listed before its administrative committee (湘江新区党工委、管委会).
_PARTY_BODY_LISTED = re.compile(r"(?:党工委|党委)(?:、|和|及|与)")


def _after_party_body(text: str, pos: int) -> int:
    """Where a zone's body is read from: after its party committee listed first (湘江新区党工委、 + 管委会)."""
    match = _PARTY_BODY_LISTED.match(text, pos)
    return match.end() if match else pos


def _alternation(forms) -> str:
    """A regex matching any of ``forms``, longest first."""
    return word_alternation(forms)
