"""What the rules share: clause bounds, a sentence with its names masked, and who acts before a cue (a
region or agency named, a reference such as 该市 or 全省, a zone or fund spoken of, else the article's subject)."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from functools import lru_cache

from kg.kb import MUNICIPALITIES, REGION_TYPES
from kg.relations.article import _COMMITTEE, PLACE_TYPES, _committee_place, _UNKNOWN_ZONE, _ZONE_SUFFIX, _agency_region, _special_zones, _title_region
from kg.relations.context import _LEVEL, _SPEAKER, _Context, _is_at_level, _named_as
from kg.relations.cues import _cue_re
from kg.relations.sentences import _COORDINATION, Sentence, project_host_end
from kg.types import Mention

__all__ = [
    "_A_FIRM_ACTS",
    "_CLAUSE_BREAK",
    "_CLAUSE_END",
    "_FUND_OPENS",
    "_FUND_PREAMBLE",
    "_fund_opens",
    "_FUND_RECEIVED",
    "_FUND_SET_UP_BY_FIRM",
    "_ORGANISATION",
    "_PUBLICATION",
    "_PURPOSE",
    "_REFERENCE",
    "_SALUTATION",
    "_SUBJECT_OPENS_CLAUSE",
    "_SUMMARY",
    "_actor_end",
    "_agency_place",
    "_backs_as_zone",
    "_central_agency",
    "_clause",
    "_clause_prefix",
    "_clause_start",
    "_masked",
    "_references",
    "_subjects_before",
]


# 该市, 全区, 该旗, 当地 …; 市里/省里 opening a clause, maybe after a time word (…负责人说，市里正在…;
# …告诉记者，今年县里…), is the speaker's region too, and so is its treasury (…负责人表示，市级财政今年安排…); so is 自治区 opening a clause as who acts or says (自治区将…, 自治区提出，…).
_REFERENCE = re.compile(r"(?:该|全|本|(?:^|(?<=[，,：:“”\s])|(?<=今年|明年|目前|当前|近年|眼下))(?=[市区省县州旗盟]里|[市区省县]级财政)|(?:^|(?<=[，,：:]))(?=自治区(?:将|要|正|已|还|也|会|支持|计划|力争|提出|明确|强调|表示)))(市|区|省|县|州(?![县市])|自治区|旗|盟)|(当地|这里|该地|此地)")
_REFERENCE_OPENS = re.compile(r"[该全本市区省县州自旗盟当这此]")  # the first character of every match of it


def _references(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """``_REFERENCE.finditer(text, start, end)``, tried only where a match can open: the pattern opens with
    lookbehinds the engine cannot skip ahead by, and was tried at every character of the sentence."""
    pos = start
    while (opens := _REFERENCE_OPENS.search(text, pos, end)) is not None:
        found = _REFERENCE.match(text, opens.start(), end)
        if found is not None:
            yield found
            pos = found.end()
        else:
            pos = opens.start() + 1


_CLAUSE_BREAK = re.compile(r"[，,；;：:]")


def _masked(sentence: Sentence) -> str:
    """The sentence with policy titles, agencies' and funds' names blanked: a cue inside 《…促进…措施》
    or 发展和改革委员会 states nothing; nor
    does one that describes what a place has become (形成了…产业集群, 发展为…中心: the ``not_cue``
    phrases). Found once per sentence."""
    found = sentence._of_types.get("masked")
    if found is not None:
        return found
    # The spans to blank are gathered first: a sentence with none (many) is its own text, not copied.
    spans = [(s, e) for s, e, m in sentence.mentions if m.type in ("policy", "agency", "fund")]  # nor one inside a name (国家发展改革委, 产业发展基金)
    spans += [match.span() for match in _cue_re("backs", "not_cue").finditer(sentence.text)]
    if "支持" in sentence.text:
        spans += [match.span() for match in _CAPABILITY.finditer(sentence.text)]
    if "报告" in sentence.text or "指数" in sentence.text or "皮书" in sentence.text or "研究" in sentence.text or "榜单" in sentence.text:  # most sentences name none
        spans += [match.span() for match in _PUBLICATION.finditer(sentence.text)]
    if not spans:
        found = sentence._of_types["masked"] = sentence.text
        return found
    text = list(sentence.text)
    for s, e in spans:
        text[s:e] = "□" * (e - s)
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
    (a sentence holds no ； before its end: it ends there)."""
    marks = _clause_marks(text)
    k = bisect_left(marks, pos)  # (the marks before pos)
    return marks[k - 1] + 1 if k else 0


_COMMA_OR_COLON = re.compile(r"[，,：:]")


@lru_cache(maxsize=256)  # (a sentence's texts, raw and masked, are asked of again and again while it is read, then never)
def _clause_marks(text: str) -> list[int]:
    """Where the commas and colons of ``text`` stand, in order: found in one pass, then every clause
    bound the rules ask of the sentence is a look-up (four searches back from each place cost more)."""
    return [m.start() for m in _COMMA_OR_COLON.finditer(text)]


def _clause(text: str, pos: int) -> str:
    """The clause up to ``pos`` (from the last comma or sentence start)."""
    return text[_clause_start(text, pos) : pos]


def _clause_prefix(text: str, pos: int) -> str:
    """``text`` up to where the clause ending at ``pos`` starts (see :func:`_clause`)."""
    return text[: _clause_start(text, pos)]


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


# The parties of an agreement referred to by their count as a later clause's subject (…签署…协议，两地将共同…;
# 东莞与深圳、惠州…，三市将…; 双方将…).
_PARTIES = re.compile(r"(?:^|(?<=[，,；;：:]))\s*(?:(?:今后|未来|下一步|此后)[，,]?\s*)?(?:(双)方|([两三四五])(地|省|市|区|县))(?=将|要|还|也|共同|联合|携手|计划|拟|合力)")


_COUNT = {"双": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}


_PARTY_COUNT = re.compile(r"双方|[两三四五][地省市区县]")


def _parties(sentence: Sentence, pos: int, before: list, context: _Context) -> list[str] | None:
    """The parties a count (两地, 三市, 双方) opening a clause before the cue at ``pos``, with no other subject
    between, refers to: the places
    (an agency: its region, :func:`_agency_place`) named together before it (四川省经济和信息化厅与重庆市
    经济和信息化委员会…签署…协议，两地将共同打造…), as many as it counts. What two bodies agree to do
    together is their places' doing. ``None``: no such count, or not that many named together."""
    found = None
    for found in _PARTIES.finditer(sentence.text, 0, pos):
        pass
    if found is None or any(x[0] >= found.end() for x in before) or next(_references(sentence.text, found.end(), pos), None):
        return None  # (a later clause with a subject of its own: the parties are not who acts there)
    named = [x for x in before if x[1] <= found.start()]
    if found[3] and found[3] != "地":  # (两省 are provinces, not the two cities named last: see _group_members)
        by_id = context.kb.by_id
        named = [x for x in named if (place := by_id.get(_agency_place(sentence, x[2].id, context) or x[2].id)) and _fits_group_noun(place, found[3])]
    if not named:
        return None
    group = [named[-1]]
    for x in reversed(named[:-1]):
        if not _COORDINATION.match(sentence.text[x[1] : group[-1][0]]) and sentence.text[x[1] : group[-1][0]] not in ("同", "和", "与"):
            break
        group.append(x)
    places = list(dict.fromkeys(_agency_place(sentence, m.id, context) or m.id for _, _, m in reversed(group)))
    return places if len(places) == _COUNT[found[1] or found[2]] else None


# What a group of places is called after its count (三地, 两市, 三座城市, 四个区县).
_GROUP_NOUN = r"(座城市|个城市|座城|个地区|个区县|个省份|地|市|省|城|区|县|厅|部门)"


# Group nouns that call bodies, not places (两厅还将…: the two departments that issued the document).
_BODY_NOUNS = ("厅", "部门")


# A group of places opening a clause as its subject, by their count (三地都在布局…, 三座城市都把…, 两市将…) or as
# 这些城市, 上述地区; group 1 is the count where one is given. (Not 支持三市共建…: the group is the object there.)
_GROUP_REFERENCE = re.compile(
    r"(?:^|(?<=[，,；;：:]))\s*(?:(?:值得注意的是|记者发现|可以看到|同时|此外|目前|今年|近年来)[，,]?\s*)?"
    r"(?:(?:以上|上述|这)?([两三四五六七八九十])" + _GROUP_NOUN + r"|(?:这些|上述|以上)(城市|地方|地区|省份|区县|省市))"
    r"(?=都|均|也|将|还|正|在|共同|联合|普遍|同样|已|纷纷|不约而同|把|积极|加快|重点|大力)"
)


_GROUP_COUNT = re.compile(r"[两三四五六七八九十]" + _GROUP_NOUN)


def _group_members(sentence: Sentence, pos: int, before: list, context: _Context) -> list[str] | None:
    """The places a group reference opening the clause of the cue at ``pos`` (see :data:`_GROUP_REFERENCE`), with no
    actor after it, names: the nearest list of places of the level its noun says (宜宾、常州、宁德 for 三市; 两省 the
    provinces, not the cities named since) before it — in its own sentence, else the sentence before in its
    paragraph, else the headline, the first of these naming a list deciding. What the group does its members do
    (三地都在布局钠离子电池). A joint document's issuers named together (安徽省发展和改革委员会 江苏省发展和改革委员会
    关于印发…) list their places; 两厅, 两部门 are those issuers themselves. Empty where that list is of another
    count than the reference's (宜宾、常州。三地都…: no one, not the sentence before's subject); ``None``: no such
    reference, or no list. (Not a list paragraphs back: a lede naming three cities, then 近年来三地都在发力新兴产业,
    sums up what the plans told after it back.)"""
    found = None
    for found in _GROUP_REFERENCE.finditer(sentence.text, 0, pos):
        pass
    if found is None or any(x[1] > found.start() for x in before) or next(_references(sentence.text, found.end(), pos), None):
        return None
    paragraph = context.sentence_before(sentence)
    titles = [s for s in context.sents if s.kind == "title"]
    sources = [(sentence, found.start()), *((s, len(s.text)) for s in (*paragraph, *titles) if s is not sentence)]
    noun = found[2] or found[3] or ""
    for source, end in sources:
        listed = _place_list(source, end, noun, context)
        if listed:
            size = _COUNT[found[1]] if found[1] else len(listed)
            return listed if len(listed) == size else []
    return None


def _fits_group_noun(region, noun: str) -> bool:
    """Can a group of places called by ``noun`` (两省, 三市, 两区; see :data:`_GROUP_NOUN`) hold ``region``? 省 a
    province, 市 and 城 a city or a municipality, 区 a district or a zone, 县 a district; 地, 地区, 地方 any place."""
    if noun in ("省", "个省份", "省份"):
        return region.type == "province" and region.id not in MUNICIPALITIES
    if noun in ("市", "城", "座城市", "个城市", "座城", "城市"):
        return region.type == "city" or region.id in MUNICIPALITIES
    if noun == "区":
        return region.type in ("district", "zone")  # (两区: two districts, or two new areas)
    if noun in ("县", "个区县", "区县"):
        return region.type == "district"
    return True


def _place_list(sentence: Sentence, end: int, noun: str, context: _Context) -> list[str]:
    """The last list of two or more regions of one level that ``noun`` can call (see :func:`_fits_group_noun`;
    宜宾、常州、宁德; 北京、天津、河北) named together before ``end`` in ``sentence``, joined by 、 和 与 及 (see
    :data:`_COORDINATION`) — or, in a headline, side by side (黑龙江吉林联合推进…); empty if there is none. Agencies
    named side by side (a joint document's issuers) count as their places, or as themselves for a noun of bodies
    (两厅, 两部门)."""
    by_id = context.kb.by_id
    if noun in _BODY_NOUNS:
        named = [(x, x[2].id) for x in sentence.of_types(("agency",)) if x[1] <= end]
    else:
        named = [(x, x[2].id) for x in sentence.of_types(REGION_TYPES) if x[1] <= end and x[2].id in by_id and _fits_group_noun(by_id[x[2].id], noun)]
        named += [(x, place) for x in sentence.of_types(("agency",)) if x[1] <= end and (place := _agency_place(sentence, x[2].id, context))
                  and place in by_id and _fits_group_noun(by_id[place], noun)]
        named.sort(key=lambda y: y[0][0])
    side_by_side = sentence.kind == "title"
    lists: list[list] = []
    for x, place in named:
        if lists:
            last = lists[-1][-1][0]
            gap = sentence.text[last[1] : x[0]]
            if x[2].type == last[2].type and (_COORDINATION.match(gap) or ((side_by_side or x[2].type == "agency") and not gap.strip())):
                lists[-1].append((x, place))
                continue
        lists.append([(x, place)])
    found = [list(dict.fromkeys(place for _, place in group)) for group in lists]
    found = [group for group in found if len(group) > 1]
    return found[-1] if found else []


# A place described as part of another (泉港区是泉州…的核心承载区, 米东区是乌鲁木齐的老工业区): 是 between the two.
_DESCRIBED_AS = re.compile(r"\s*(?:也|则|同时也|既|就)?是\s*")


# A task's lead unit and the unit assisting it (由X牵头，Y配合，…; X牵头、Y配合; 由X牵头、Y配合建设…): the lead acts.
_LEADS = re.compile(r"\s*牵头[，,、]")


_ASSISTS = re.compile(r"\s*(?:协助|配合)(?:[，,]|(?=建设|推进|实施|开展|推动|落实|做好|抓好))")


_Found = tuple[list[str], str]  # who acts, and how they were found (the rule's suffix: explicit, reference …)


def _find_subjects_before(sentence: Sentence, pos: int, context: _Context) -> _Found:
    """Who acts at ``pos`` and how they were found (see :func:`_subjects_before`), asked in this order: parties
    or a group counted, a body or zone spoken for (:func:`_subjects_spoken_for`), a reference after a speaker, an
    agency speaking for a place or fund, a place named (:func:`_named_subjects`), the places listed before ``pos``
    (:func:`_listed_actors`); with none of these, a reference or the place opening the sentence
    (:func:`_unnamed_subjects`), the sentence before's (:func:`_previous_sentences_subjects`), a fund's owner,
    else the article's subject."""
    before = [x for x in sentence.actors() if x[1] <= pos]
    if (found := _parties_or_group(sentence, pos, before, context)) is not None:
        return found
    salutation = _SALUTATION.match(sentence.text)
    if salutation and salutation.end() <= pos:
        before = [x for x in before if x[0] >= salutation.end()]  # the addressees of a notice do not act
    if before and (hosts := project_host_end(sentence)) and hosts <= pos:
        # 1.杭州市萧山区…项目，建设…: the places host the project; the list is its issuer's region's
        before = [x for x in before if x[0] >= hosts]
        if not before:
            return [x for x in context.subject_at(sentence) if not _central_agency(x)], "article_subject"
    if (found := _subjects_spoken_for(sentence, pos, before, context)) is not None:
        return found
    ref, spoken = _references_before(sentence, pos, before)
    if spoken is not None:
        speaker = before[-1]
        before, ref = [], spoken  # 某市发改委负责人表示，该市将发展…: the agency speaks, the region acts
        if (own := _speakers_own_place(sentence, speaker, spoken)) is not None:
            return [own], "reference"
    if before and before[-1][2].type == "agency" and (said := _SPEAKER.match(sentence.text, before[-1][1])) \
            and (found := _agency_speaks_for(sentence, pos, before[-1], said, context)) is not None:
        return found
    if (found := _named_subjects(sentence, pos, before, ref, context)) is not None:
        return found
    before = _without_objects(sentence, before)
    if before and before[-1][2].type in PLACE_TYPES and _AID_SOURCE.match(sentence.text, before[-1][1]):
        return [], ""  # 江苏援疆资金用于支持喀什发展纺织…: the aid's source pays for the recipient's sector, it does not back it
    before = _without_places_described(sentence, before)
    if before:
        return _listed_actors(sentence, before, context), "explicit"
    if (found := _unnamed_subjects(sentence, pos, ref, context)) is not None:
        return found
    if (found := _previous_sentences_subjects(sentence, context)) is not None:
        return found
    funds = [m for s, _, m in sentence.of_types(("fund",)) if s < pos]
    if funds:
        # A region's fund acting (深圳市引导基金牵头发起设立…基金): the region acts through it.
        owner = funds[-1].id.split(":")[1]
        return ([owner], "fund_owner") if owner.isdigit() else ([], "")
    # A national body's article (财政部：…, 国务院印发…): its subjectless sentences are a national
    # document's content, and no region's — the body issues the document, it does not back what it names.
    return [x for x in context.subject_at(sentence) if not _central_agency(x)], "article_subject"


def _parties_or_group(sentence: Sentence, pos: int, before: list, context: _Context) -> _Found | None:
    """The parties a sentence counts (双方, 两地 …) or the group it refers to (这些城市, 上述三市): the places they are."""
    counted = sentence._of_types.get("parties")
    if counted is None:  # found once per sentence: few name parties by their count
        counted = sentence._of_types["parties"] = bool(_PARTY_COUNT.search(sentence.text))
    if counted and (parties := _parties(sentence, pos, before, context)):
        return parties, "parties"
    if "这些" in sentence.text or "上述" in sentence.text or "以上" in sentence.text or _GROUP_COUNT.search(sentence.text, 0, pos):
        if (members := _group_members(sentence, pos, before, context)) is not None:
            return members, "group_reference"  # (none: a count not matching the places listed names no one)
    return None


def _subjects_spoken_for(sentence: Sentence, pos: int, before: list, context: _Context) -> _Found | None:
    """Who acts where the sentence's frame says so before any place listed does: a reference to the addressees,
    the speaker's own body (我厅), the actor after a purpose clause, the zone a speaking committee runs, a zone
    (or the approver of a park), a paragraph's tag."""
    addressed = _addressee_reference(sentence, pos, before, context)
    if addressed:
        return addressed, "reference"
    if "我" in sentence.text and (body := _our_body(sentence, pos, before, context)):
        return body, "explicit"
    if not before and (purpose := _PURPOSE.match(sentence.text)) and pos < purpose.end() \
            and (group := _actors_after_purpose(sentence, purpose.end())):
        return group, "explicit"
    if before and (zone := _speakers_zone(sentence, pos, before[-1], context)):
        return [zone], "zone_reference"
    zone = _zone_subject(sentence, pos, before, context)
    if zone is not None:
        if not any(_backs_as_zone(x) for x in zone[0]) and (approver := context.park_approver):
            return [approver], "approved_park"  # 园区要…重点发展… in a reply approving a park that is no relation end: the approver's
        return zone
    tagged = context.tag_subject(sentence)
    if tagged and not any(m.type == "agency" for _, _, m in before):
        return tagged, "paragraph_tag"  # 【江苏】依托南京、苏州…: 江苏 acts, the cities are where
    return None


def _our_body(sentence: Sentence, pos: int, before: list, context: _Context) -> list[str]:
    """王建国：下一步，我厅将推动…，培育…: the speaker's 厅 acts, not the article's region (nor a place it acts
    towards: 推动…向贵州集聚); none where a place opens a clause before it."""
    if (ours := _OUR_BODY.search(sentence.text, 0, pos)) and _OUR_BODY_ACTS.match(sentence.text, ours.end()) \
            and not any(x[0] < ours.start() or _SUBJECT_OPENS_CLAUSE.search(sentence.text, 0, x[0]) for x in before):
        return context.own_body(sentence, ours[1])
    return []


def _actors_after_purpose(sentence: Sentence, purpose_end: int) -> list[str]:
    """为加快发展低空经济，成都市新经济发展委员会联合市交通运输局…: who acts follows the purpose clause (ending at
    ``purpose_end``), the first actor and those coordinated with it."""
    after = [x for x in sentence.actors() if x[0] >= purpose_end]
    if not after or not (after[0][0] == purpose_end or sentence.text[after[0][0] - 1] in "，,"):
        return []
    group = [after[0]]
    for x in after[1:]:
        if not _COORDINATION.match(sentence.text[group[-1][1] : x[0]]) and sentence.text[group[-1][1] : x[0]] not in ("联合", "会同"):
            break
        group.append(x)
    return [m.id for _, _, m in group]


def _speakers_zone(sentence: Sentence, pos: int, last: tuple[int, int, Mention], context: _Context) -> str | None:
    """The zone a committee whose official (or which itself) speaks runs, where the zone acts after it."""
    if last[2].type == "agency" and (said := _SPEAKER.match(sentence.text, last[1])) \
            and _SPOKEN_ZONE.match(sentence.text, said.end(), pos) and (run := _COMMITTEE.search(sentence.text, last[0], last[1])):
        # 临港新片区管委会负责人表示，新片区将…: the zone the speaker's committee runs acts.
        zone = context.linker._place_named(sentence.text[last[0] : run.start()])
        if zone and context.kb.by_id[zone].type == "zone":
            return zone
    if last[2].id.endswith(":development_zone_committee") and (said := _COMMITTEE_SAYS.match(sentence.text, last[1])) \
            and said.end() <= pos and (zone := _speaking_committees_zone(sentence, last, context)):
        # 片区管委会表示，今年将推动…; 新区管委会表示，将支持…; 开发区管委会表示，花桥将…: the committee only speaks for
        # the zone it runs, which acts (one the KB keeps as a subject; the committee of another speaks for itself)
        return zone
    return None


def _references_before(sentence: Sentence, pos: int, before: list) -> tuple[re.Match[str] | None, re.Match[str] | None]:
    """The last reference (该市, 当地 …) before ``pos``, and the first one right after a speaker, if any
    (not a later descriptor: 该市将按照全省…的部署): who acts is referred to first."""
    ref = None
    spoken = None
    for match in _references(sentence.text, 0, pos):
        ref = match
        if before and _speaker_then_reference(sentence.text, before[-1][1], match):
            spoken = match
    return ref, spoken


def _speakers_own_place(sentence: Sentence, speaker: tuple[int, int, Mention], spoken: re.Match[str]) -> str | None:
    """The place a reference after a speaker means where it is the speaker's own: an agency's region, a place
    whose head speaks, the place the sentence opened with (for 当地)."""
    s, e, mention = speaker
    own = _agency_region(mention.id) if mention.type == "agency" else mention.id if mention.type in PLACE_TYPES else None
    head = mention.type in PLACE_TYPES and _HEAD_OF_PLACE.match(sentence.text, e)  # 金山区 + 区长表示: a person, the place's voice
    if own and spoken[1] and spoken[1] in sentence.text[s:e] and (_SPEAKER.match(sentence.text, e) or (mention.rule == "secretary_of_place" or head) and _SAYS.match(sentence.text, e)):
        # 莱芜市经信委负责人介绍，该市将…: the speaker's own region (莱芜 is a district now); 福安市相关负责人表示，
        # 该市将…: the county-level city itself, not the prefecture the article named last; 金山区区长表示，区里将…:
        # the head's own district, not the one the article is about first
        return own
    if not spoken[1] and own and mention.type == "agency" and _SAYS.match(sentence.text, e):
        # 鄂尔多斯市能源局表示，当地正推动…: 当地 is the speaking body's own region, not the report's topic
        # (a report about several cities: 榆林、鄂尔多斯与克拉玛依)
        return own
    if not spoken[1] and mention.type in PLACE_TYPES and any(x[2].type in PLACE_TYPES for x in sentence.actors()[:1]) \
            and _PLACE_OPENS_SENTENCE.fullmatch(sentence.text, 0, sentence.actors()[0][0]):
        # 广信区是上饶的另一个板块，…，当地重点发展…; 下辖的大冶市是…，当地依托…: 当地 is the place the sentence opened
        # with (a few words of whose it is before it), not the report's city
        return sentence.actors()[0][2].id
    return None


def _agency_speaks_for(sentence: Sentence, pos: int, speaker: tuple[int, int, Mention], said: re.Match[str], context: _Context) -> _Found | None:
    """Who acts where an agency's official speaks (``said``): the place opening a quotation, the region whose
    fund the bureau speaks of (or no one, for another fund), the article's region named after."""
    if quote := _QUOTE_OPENS.match(sentence.text, said.end()):
        # 市经信局负责人说：“射洪将…重点培育动力电池: the place opening the quotation acts, the official only speaks
        place = next((x for x in sentence.of_types(PLACE_TYPES) if x[0] == quote.end()), None)
        if place is not None and place[1] <= pos and _ACTS_NEXT.match(sentence.text, place[1]):
            return [place[2].id], "explicit"
    if fund := _SPOKEN_FUND.search(sentence.text, said.end(), pos):
        # 财政局负责人表示，下一步，基金将把…作为重点投向: the fund the bureau runs acts — for its region where a
        # government or its treasury speaks of the region's own fund's purposes (市财政局负责人表示，基金下一步将重点投向…:
        # the gold's ruling on a fund's purposes), not of a sub-fund's nor of what it has invested already (基金已…)
        body = speaker[2].id
        if body.endswith(_FUND_OWNERS) and not fund["sub"] and not fund["done"] and (region := _agency_region(body)):
            return [region], "fund_owner"
        return [], ""
    # 区发改局负责人说，长安区将…: the official only speaks, the place named after acts — here a name
    # the linker left (a district several cities have), the article's region if it is that one.
    # (…负责人表示，今年将…: no place named, the agency says what it will do.)
    named = _SPOKEN_PLACE.match(sentence.text, said.end())
    if named and named.end() <= pos:
        here = [x for x in context.subject_at(sentence) if (e := context.kb.get(x)) is not None and e.name.startswith(named[1])]
        if here:
            return here, "explicit"
    return None


def _named_subjects(sentence: Sentence, pos: int, before: list, ref: re.Match[str] | None, context: _Context) -> _Found | None:
    """Who acts as a place or unit is named: a reference opening a later clause, a place the linker left opening
    the clause, a task's lead unit; no one where an organisation acts on the places."""
    if before and ref is not None and ref.start() >= before[-1][1] and ref[1] and _SUBJECT_OPENS_CLAUSE.search(sentence.text, 0, ref.start()):
        # 由合肥、芜湖重点发展…，到2027年全省机器人产业规模达到…: a reference opening a later clause is who that clause is about
        region = _referred_region(ref, sentence, context)
        if region:
            return [region], "reference"
    named = _unlinked_place(sentence, pos, before, context)
    if named is not None:
        return named, "explicit"  # 在深圳，龙华区提出…; 喀左县还在…: the place named opens the clause and acts
    if before and "配合" in sentence.text and _ASSISTS.match(sentence.text, before[-1][1]):
        leads = [x for x in before[:-1] if _LEADS.match(sentence.text, x[1])]
        if leads:
            return [leads[-1][2].id], "explicit"  # 由济南高新区管委会牵头，市科技局配合，支持…: the lead unit acts, not who assists
    if before and _organisation_acts(sentence.text, before, pos):
        return [], ""  # 该中心还将整合深圳…资源，促进深圳数字经济…: the centre acts, the places are its objects
    return None


def _without_objects(sentence: Sentence, before: list) -> list:
    """The actors before less those that are objects: a place after 把 (将), places drawn on, firms' homes."""
    while len(before) > 1 and sentence.text.endswith(("把", "将"), 0, before[-1][0]):
        # 乌鲁木齐市则把新疆丰富的油气资源与…结合，重点发展…; 兰州市提出，将新区作为…主平台，支持其发展…: the place
        # after 把 (将) is the object, not who acts
        before = before[:-1]
    before = _without_places_drawn_on(sentence, before)
    return _without_firms_homes(sentence, before)


def _without_places_described(sentence: Sentence, before: list) -> list:
    """泉港区是泉州石化产业的核心承载区，今年新引进…; 米东区是乌鲁木齐的老工业区，近年来…: the place described acts,
    not the one its description names (dropped from the end of ``before``)."""
    while len(before) > 1 and _DESCRIBED_AS.fullmatch(sentence.text, before[-2][1], before[-1][0]) \
            and before[-2][2].type in PLACE_TYPES and before[-1][2].type in PLACE_TYPES:
        before = before[:-1]
    return before


def _listed_actors(sentence: Sentence, before: list, context: _Context) -> list[str]:
    """The last actor before and those listed with it (X、Y和Z, X与Y共同, a document's joint issuers), in order;
    not a macro-region sorting the places listed (沈阳、大连等东北城市), nor a province qualifying its city."""
    last = before[-1]
    if last[2].type == "macro_region" and len(before) > 1 and sentence.text[before[-2][1] : last[0]] == "等" and _PLACES_OF.match(sentence.text, last[1]):
        before = before[:-1]  # 沈阳、大连等东北城市: the cities listed act, the macro-region only sorts them
        last = before[-1]
    group = [last]
    head = last[0]  # where the name of the group's first member starts, with the places qualifying it
    for x in reversed(before[:-1]):
        gap = sentence.text[x[1] : head]
        if not gap and x[2].type in REGION_TYPES and x[2].id in context.kb.ancestors(group[-1][2].id):
            head = x[0]  # 北京市大兴区与河北省廊坊市共同推动…: the province only qualifies the city, the list goes on before it
            continue
        if _COORDINATION.match(gap) or _JOINTLY.fullmatch(gap) or (gap.isspace() and x[2].type == group[-1][2].type == "agency") \
                or _abbreviation_pair(gap, x[2], group[-1][2]):
            # (中共寿光市委办公室 寿光市人民政府办公室关于印发…: a document's joint issuers, a space apart)
            group.append(x)
            head = x[0]
        else:
            break
    return [m.id for _, _, m in reversed(group)]


def _unnamed_subjects(sentence: Sentence, pos: int, ref: re.Match[str] | None, context: _Context) -> _Found | None:
    """Who acts where no actor is named before ``pos``: a firm (no one), the official's place, the place opening the
    sentence, the region a reference means, an interviewed official's body, a quoted speaker's; no one where places
    are not named, an unnamed body speaks, something else acts or a national list is quoted."""
    if _A_FIRM_ACTS.search(sentence.text, 0, pos) and not (ref and ref.start() > _A_FIRM_ACTS.search(sentence.text, 0, pos).start()):
        return [], ""  # 在兰州新区，一家企业建设的液流电池储能项目…: a firm acts, the place only locates it
    if ref and ref[1] and (official := context.official_place(sentence, ref[1])):
        return [official], "official_reference"  # 区长：区里设立了…: the district the interviewed 区长 heads
    if ref and not ref[1] and (opening := _opening_place(sentence, ref.start())):
        return [opening], "opening_place"  # 在公安县，当地结合葡萄种植发展乡村旅游: 当地 is the place opened with
    if ref:
        region = _referred_region(ref, sentence, context) if ref[1] else _place_before(sentence, context) or context.topic
        if region:
            return [region], "reference" if ref[1] else "topic_reference"
    opening = _opening_place(sentence, pos)
    if opening:
        return [opening], "opening_place"
    if sentence.unit in context.official_answers and not ref:
        # 记者：今年市工信局的工作重点是什么？ 局长：第一，延伸稀土新材料产业链。: the official answers for the body the
        # headline names them the head of (——访包头市工业和信息化局局长), 我们 too
        return [context.interviewee_body], "quoted"
    if _QUOTE_WE.match(sentence.text) and "我们" in sentence.text[:pos]:
        return context.quoted_speaker(sentence)  # “今年我们要…。”某局局长说: the speaker's body is 我们
    if _INDEFINITE_SUBJECT.search(sentence.text, 0, pos):
        return [], ""  # 此外，多地政府工作报告提出…: places not named, not the article's region
    if _UNNAMED_SPEAKER.match(sentence.text):
        return [], ""  # 区金融服务部门负责人说，今年将…: a body the tables lack speaks for itself, not the region before
    if _IT_ACTS.search(sentence.text, 0, pos):
        return [], ""  # 同时，它将促进…项目: a project or a centre named before acts, not a region
    if _national_clause(sentence, pos, context):
        return [], ""  # 国家…目录将 X 列为…: a national list quoted, not the article's region backing X
    return None


def _previous_sentences_subjects(sentence: Sentence, context: _Context) -> _Found | None:
    """Who acts in a sentence naming none, from the sentence before: the region of a document it opens with
    (or no one, after a document's measures), no one for an area after a body, the plan's region supporting,
    else the sentence before's subjects."""
    previous = context.previous_subjects(sentence)
    if not previous:
        return None
    if opens := _DOCUMENT_OPENS.match(sentence.text):
        # 山东省政府办公厅印发《实施方案》。《实施方案》还鼓励…: the document speaks, for the region whose
        # document it is — the one its title names, else the article's — not for its issuer (who issues
        # it) nor for a place the sentence before named (…粤港澳大湾区…。《意见》还鼓励…).
        named = [m for s, _, m in sentence.of_types(("policy",)) if s < opens.end()] or _policies_just_named(sentence, context)
        regions = (_title_region(named[0], context) if named else []) or context.subject_at(sentence)
        if regions:
            return regions, "previous_sentence"
        before_it = context.sentence_before(sentence)
        if before_it and context.in_measures(before_it[0]):
            return [], ""  # 方案提出，…；镇江市聚焦新材料。方案还要求…: the document speaks, not the place the sentence before assigned
    if all(x.startswith("agency:") for x in previous) and _AREA_OPENS.match(sentence.text):
        return [], ""  # …发展改革委…提出支持航空港区…。航空港区还依托…发展…: an area the tables lack acts, not the body before
    if assigner := _assigner_of_supported(sentence, previous, context):
        return assigner, "article_subject"  # 郑州市重点发展…；许昌…承接…。支持航空港区建设…: the plan's region supports, not 许昌
    return previous, "previous_sentence"


# A sentence opening with the support given to a place (支持西咸新区建设…, 同时支持黔南州发展…): the place is
# its object, and whoever gives the support is not named in it.
_SUPPORT_OPENS = re.compile(r"\s*(?:同时|此外|另外|并|还)?[，,]?\s*(?:重点)?(?:支持|鼓励|推动|引导)")


def _assigner_of_supported(sentence: Sentence, previous: list[str], context: _Context) -> list[str]:
    """The region a subjectless sentence opening with the support given to a place (支持X建设…) speaks for,
    where the sentence before assigned roles to places inside that region (郑州市重点发展…；许昌、鹤壁承接…。
    支持郑州航空港经济综合实验区建设…; 规划明确，贵安新区建设…，遵义、毕节布局…。同时支持黔南州发展…): the
    article's region whose plan gives the support — not the last place given a role before (许昌), nor the place
    supported (the object). Empty where the places before are not inside the article's region (a news report's
    place going on about itself: …某市…。支持企业…)."""
    opens = _SUPPORT_OPENS.match(sentence.text)
    if opens is None or not any(s == opens.end() for s, _, m in sentence.of_types(PLACE_TYPES)):
        return []
    regions = [x for x in context.subject_at(sentence) if (e := context.kb.get(x)) is not None and e.type in PLACE_TYPES]
    if not regions or not all(x not in regions and not set(regions).isdisjoint(context.kb.ancestors(x)) for x in previous):
        return []
    return regions


# A body speaking of itself (我厅将推动…, 我局将…): see _Context.own_body.
_OUR_BODY = re.compile(r"我(厅|局|委|办)")


# What 我厅 does next (我厅将…, 我厅拟将…, 我局正在…).
_OUR_BODY_ACTS = re.compile(r"(?:将|要|正|已|还|也|会|拟|计划|准备|力争)")


# The region a reply is addressed to, referred to (批复/复函 to 酒泉市人民政府: 请你市…, 你市要…).
_YOUR_REGION = re.compile(r"你(市|省|区|县|州|盟|旗)")


def _abbreviation_pair(gap: str, first: Mention, second: Mention) -> bool:
    """Are two places one word that abbreviates both, nothing between them (苏皖两省联合印发…, 川渝两地共同…)?
    Both act, as two places listed do."""
    return not gap and first.rule == second.rule == "region_abbreviation_pair"


# A verb whose object is a place the subject draws on, right before it (汕尾将主动承接深圳产业外溢; 廊坊市依托临近北京的
# 优势; 武清区…重点承接北京的生物医药项目): where the industry or the advantage comes from.
_DRAWS_ON = ("承接", "临近", "紧邻", "毗邻")


def _without_places_drawn_on(sentence: Sentence, before: list) -> list:
    """``before`` less the places at its end that a verb of :data:`_DRAWS_ON` takes as its object: the
    place receiving another's industry acts, not the place it comes from (one place at least is kept)."""
    while len(before) > 1 and before[-1][2].type in PLACE_TYPES and sentence.text.endswith(_DRAWS_ON, 0, before[-1][0]):
        before = before[:-1]
    return before


# Aid of the place right before it, named as money or a body (江苏援疆资金, 湖南对口援藏资金, 广东援疆工作队, 宁波市对口支援和
# 区域合作局): what the aid pays for is the recipient's, the giver does not back it. Not the helper as the subject of
# a pairing (杭州市对口帮扶恩施州，重点发展…: the helper backs).
_AID_SOURCE = re.compile(r"(?:对口)?(?:支援|援[藏疆青]|援建|帮扶)[\u4e00-\u9fff]{0,4}?(?:资金|工作队|指挥部|基金|合作局)")


# What stands between places a firm comes from and the firm (引进多家来自深圳、东莞的消费电子…企业).
_FIRMS_OF_THEIRS = re.compile(r"的[^，,。；;]{0,16}?(?:企业|公司|厂商|项目)")


def _without_firms_homes(sentence: Sentence, before: list) -> list:
    """``before`` less the places at its end, listed together after 来自, that the firms named next come from
    (郴州高新区今年引进多家来自深圳、东莞的…企业，计划到2026年…: the zone acts, not the firms' homes); one
    actor at least is kept."""
    if len(before) < 2 or before[-1][2].type not in PLACE_TYPES or not _FIRMS_OF_THEIRS.match(sentence.text, before[-1][1]):
        return before
    k = len(before) - 1
    while k > 0 and before[k - 1][2].type in PLACE_TYPES and (before[k - 1][1] == before[k][0] or _COORDINATION.match(sentence.text[before[k - 1][1] : before[k][0]])):
        k -= 1  # (来自广东深圳的…: the province before its city; 来自深圳、东莞的…: a list)
    return before[:k] if k > 0 and sentence.text[: before[k][0]].rstrip().endswith("来自") else before


def _addressee_reference(sentence: Sentence, pos: int, before: list, context: _Context) -> list[str] | None:
    """The region 你市 (你省, 你区 …) before ``pos`` speaks of: the region of the body the document is
    addressed to (酒泉市人民政府： / …请你市推动光伏装备… → 酒泉; of joint addressees, 辽宁省人民政府、国家发展改革委：
    / 你省要支持… → 辽宁), at the level the word names; None
    where there is no such word, no such body, or an actor opens a later clause of its own before ``pos``
    (places inside its clause are where: 请你市以瓜州县、玉门市为主要承载地，力争…)."""
    if "你" not in sentence.text:
        return None
    found = None
    for found in _YOUR_REGION.finditer(sentence.text, 0, pos):
        pass
    if found is None or any(x[0] >= found.end() and _SUBJECT_OPENS_CLAUSE.search(sentence.text, 0, x[0]) for x in before):
        return None
    level = "市" if found[1] == "州" else found[1]
    regions = [_agency_region(a) or a for a in context.addressees]
    return [r for r in regions if _is_at_level(context.kb.get(r), level)] or None


def _central_agency(subject: str) -> bool:
    """Is ``subject`` a national body (agency:miit), not a local one (agency:350200:finance_bureau)?"""
    return subject.startswith("agency:") and subject.count(":") == 1


# A firm named without a name as a clause's subject (一家企业建设的…, 多家龙头企业正…, 一家总部在江苏南通的海工企业…:
# where it comes from only tells the firm).
_A_FIRM_ACTS = re.compile(r"(?:^|[，,：:；;])\s*(?:目前|如今|近日|今年)?[，,]?\s*(?:已有|已经有|还有)?(?:一家|多家|两家|几家|一批|某)"
                          r"(?:(?:来自|总部(?:设)?(?:在|位于))[^，,。；;的]{1,14}的)?[^，,。；;的]{0,8}?(?:企业|公司|集团|厂商)")


# A quotation opening a sentence (“今年我们要…), its speaker named after it (”株洲市工业和信息化局局长说。).
_QUOTE_WE = re.compile(r"\s*“")


# Places left unnamed as a clause's subject (多地, 各地, 不少城市, 各产业集聚区 …): not the article's region.
_INDEFINITE_SUBJECT = re.compile(
    r"(?:^|[，,：:；;])\s*(?:此外|同时|另外|目前|当前|近年来|今年以来)?[，,]?\s*"
    r"(?:多地|各地|多个(?:城市|省份|地区|地方)|多省|不少(?:地方|城市|省份)|一些(?:地方|城市|省份)|许多(?:地方|城市)|部分(?:地区|城市|省份)|各(?:产业)?集聚区|各园区)"
)


# An area the tables lack opening the sentence as its subject (航空港区还依托…, 新片区还将推进…): it acts, not a body
# carried on from the sentence before.
_AREA_OPENS = re.compile(r"\s*[\u4e00-\u9fff]{0,6}?(?:港区|新区|片区|科技城|新城)(?:还|也|则|将|正|已|同时|今年)")


# 它 as a clause's subject: a thing named before (a project, a centre); a region is 该市, 当地.
_IT_ACTS = re.compile(r"(?:^|[，,：:；;])\s*(?:同时|此外|而|并且|目前)?[，,]?\s*它(?:们)?(?:将|还|也|已|正|会|可|能)")


# A sentence whose subject is a document (《意见》还鼓励…, 该方案围绕…提出…).
_DOCUMENT_OPENS = re.compile(r"\s*(?:《[^《》]{1,60}》|(?:该|此|上述)?(?:措施|方案|意见|办法|细则)|(?:该|此|上述)规划)(?:还|同时|也|并|中|则|进一步)?(?![，,、和与及])")


def _policies_just_named(sentence: Sentence, context: _Context) -> list[Mention]:
    """The last policy the sentence right before names, in the same paragraph: what 方案提出，… opening the next
    sentence refers back to (长春市人民政府近期出台《长春市…行动方案》，…。方案提出，支持长春新区建设…: 长春's plan,
    not the zone's the headline names)."""
    before_it = context.sentence_before(sentence)
    return [m for _, _, m in before_it[0].of_types(("policy",))][-1:] if before_it else []


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


# What may stand before the place a sentence opens with: nothing, or a few words saying whose it is (下辖的大冶市, 其下辖的…).
_PLACE_OPENS_SENTENCE = re.compile(r"\s*(?:[^，,。；;\s]{1,4}的)?")


# A place's head speaking, their title inside the mention (金山区区长表示, 区委书记王五在接受采访时说).
_SAYS = re.compile(r"[^，,。；;：:“”]{0,10}?(?:表示|说|介绍|透露|称|指出|告诉记者|坦言)[，,：:]")

# The head of a place's government by title right after the place (金山区区长, 海城市副市长, 曹县县长): a person
# speaking for the place, not a body (the linker links no agency there). Not 县长期 or 市长江 (a word going on).
_HEAD_OF_PLACE = re.compile(r"(?:常务)?副?[省市区县州旗]长(?![期久远江沙春安治寿兴])")


# What may stand between a clause's start and its subject: a time word (今年全市将…, 下一步，基金将…).
_CLAUSE_OPENS = re.compile(r"[，,：:]\s*(?:(?:今年|明年|下一步|目前|当前|眼下|近年来|\d{4}\s*年)[，,]?\s*)?$")


# An official of a body named without a name the tables know (区金融服务部门负责人说, 有关部门负责人表示).
_UNNAMED_SPEAKER = re.compile(r"\s*[^，,。；;：:“”]{0,10}?(?:部门|单位)" + _SPEAKER.pattern)


# A clause opening with a place's name after the speaker (…负责人说，长安区将…).
_SPOKEN_PLACE = re.compile(r"[，,：:]\s*([\u4e00-\u9fff]{1,6}?(?:市|区|县|省|州|旗|盟))(?:将|要|正|已|还|也|会|计划|准备|力争|把)")


# A clause opening with a place's own name (鼓楼区今年出台…, 在深圳，龙华区提出…, 喀左县还在…).
_PLACE_OPENING = re.compile(
    r"(?:^|(?<=[，,：:；;]))\s*(?:同时|此外|另外|而|目前|如今|近年来|今年)?[，,]?\s*([\u4e00-\u9fff]{1,6}?(?:市|区|县|旗))"
    r"(?=将|要|正|已|还|也|会|计划|准备|力争|把|则|今年|近年|提出|出台|印发|依托|重点|大力|积极|随即|随后|近日|日前|率先)"
)


# Words ending like a place's name that name none (城区, 市区, 全县, 该市, 园区 …; 自治区 opening a clause is a
# reference to the autonomous region, see _REFERENCE).
_NOT_A_PLACE = re.compile(
    r"[该全本我各每此这那其某的了按照据对从向把将为于与和及在是]"
    r"|^(?:城|市|县|辖|郊|山|社|地|园|片|景|矿|港|湾|库|校|街|老|新|主|城乡|都|超|股|开发|示范|试验|功能|保税|高新|经开)[市区县]$|^城市$|^地级市$|^自治区$"
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


# Kinds of zone a report calls its zone by, alone, besides those that end a zone's name in a title (合作区 for
# 横琴粤澳深度合作区, 港区 for 郑州航空港区): a bare one refers back (:func:`_zone_of_kind`); one with a name before it
# is left as it was, no zone's opening.
_BARE_KINDS = ("合作区", "港区")


# A zone's word opening the clause after a speaker (…负责人表示，新片区将…), and the committee that runs a zone.
_SPOKEN_ZONE = re.compile(r"[，,：:]\s*(?:新?片区|" + "|".join(_BARE_KINDS) + "|" + _ZONE_SUFFIX + r")(?:将|要|正|已|还|也|会|计划|准备|力争|把)")


# A zone's committee, or an official of it, saying something (管委会表示，…; 管委会负责人说，…; 管委会副主任介绍，…).
_COMMITTEE_SAYS = re.compile(r"(?:" + _SPEAKER.pattern + r"|(?:在[^，,。；;]{0,10})?(?:表示|介绍|透露|指出|称))[，,：:]")


# The kind of zone a committee named bare is of (开发区管委会, 片区管委会, 新区管委会).
_BARE_COMMITTEE = re.compile(r"(新?片区|" + "|".join(_BARE_KINDS) + "|" + _ZONE_SUFFIX + r")" + _COMMITTEE.pattern)


def _speaking_committees_zone(sentence: Sentence, committee: tuple[int, int, Mention], context: _Context) -> str | None:
    """The zone a committee speaking in the sentence runs, if the KB keeps it as a subject (:func:`_backs_as_zone`):
    the one named with it (天府新区管委会), else, for a committee named bare by its zone's kind (开发区管委会), the
    last zone of that kind named before it in its paragraph (昆山花桥经济开发区则…。开发区管委会表示，…), else the
    article's zone of that kind."""
    s, _, m = committee
    place = _agency_place(sentence, m.id, context)
    if place is None or not place.startswith("zone:"):
        bare = _BARE_COMMITTEE.fullmatch(m.text)
        if bare is None:
            return None
        named = _zone_named_before(sentence, s, bare[1], context) or [
            x for x in context.body_subject(context.subject) if (e := context.kb.get(x)) is not None and e.type == "zone" and e.name.endswith(bare[1])]
        place = named[0] if len(named) == 1 else None
    return place if place is not None and _backs_as_zone(place) else None


_QUOTE_OPENS = re.compile(r"\s*[，,：:]?\s*“")  # …负责人说：“ (what the speaker says opens)


_ACTS_NEXT = re.compile(r"(?:将|要|正|已|还|也|会|计划|准备|力争|正在)")


# A fund opening a clause after a speaker (…负责人表示，下一步，基金将把…; …，2026年政府投资基金将重点投向…: a year
# first, the fund named by its kind).
_SPOKEN_FUND = re.compile(r"[，,：:]\s*(?:(?:今年|明年|下一步|目前|当前|\d{4}\s*年)[，,]?\s*)?"
                          r"(?:该|这支|这只|母|(?P<sub>子)|政府投资|产业投资|投资引导|引导)?基金(?:下一步|今后|未来|后续|今后[一二两三四五\d]+年)?"
                          r"(?:将|要|还|也|(?P<done>已)|会|计划|拟|把|正)")


# Bodies that speak for their region's own fund (a government, its office, its treasury): see _find_subjects_before.
_FUND_OWNERS = (":government", ":government_office", ":finance_bureau")


# A goal's year opening a clause before a zone's name (力争到2027年园区…).
_GOAL_YEAR = re.compile(r"(?:力争|计划|预计)?到\d{4}年")


# A clause that opens with a zone's name (（二）净月高新区重点发展…, 同时，新区积极发展…, 今年新区将…: a time word first,
# or a goal's year: 到2027年园区生物医药产业规模达到…; 科技城聚焦…, a science city's).
_ZONE_OPENING = re.compile(r"\s*(?:[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+[是、]|\d+[.、])?\s*"
                           r"(?:(?:今年|明年|下一步|目前|当前|同时|此外|近年来|" + _GOAL_YEAR.pattern + r"底?)[，,]?\s*)?([\u4e00-\u9fff]{0,8}?)(" + _ZONE_SUFFIX + "|" + "|".join(_BARE_KINDS) + "|科技城|科学城)")


# 把/将 marking what a clause acts on (将新区作为…主平台, 把园区打造成…), not 将 as "will" before a partner (将与开发区共同设立…).
_DISPOSAL = re.compile(r"[把将](?![与和同在])")


def _zone_openings(sentence: Sentence) -> list[re.Match[str]]:
    """The clauses of a sentence that open with a zone's name (not 推动南昌综合保税区扩区: a cue
    before the zone makes it an object), in order; found once per sentence."""
    found = sentence._of_types.get("zones")
    if found is None:
        found = sentence._of_types["zones"] = []
        if "区" in sentence.text or "城" in sentence.text:  # every zone suffix ends with one
            for start in [0, *(m.end() for m in _CLAUSE_BREAK.finditer(sentence.text))]:
                opening = _ZONE_OPENING.match(sentence.text, start)
                if opening and not _cue_re("backs").search(opening[1]) and "在" not in opening[1] and "以" not in opening[1] and "依托" not in opening[1] \
                        and not opening[1].startswith(("于", "到")) and not _DISPOSAL.match(opening[1]) and not _NO_ZONE_NAME.search(opening[1]):
                    # (湘潭在湘潭经开区布局…: the zone is where, not who; 长沙以湘江新区为引领: what 长沙 leads with;
                    # 将新区作为…主平台: what the clause acts on; 长沙县是经开区的所在地, 当地还计划利用园区…: a place said to
                    # hold it, or one referred to, acts)
                    found.append(opening)
    return found


# What a zone's name cannot hold: a place referred to (当地, 县里 …) or said to be where the zone is (长沙县是经开区…).
_NO_ZONE_NAME = re.compile(r"当地|这里|该地|[市区县州旗]里|是")


# A clause opening with a bare 片区 (the area of a free-trade zone a report is about).
_AREA_OPENING = re.compile(r"(?:^|(?<=[，,；;：:]))\s*(?:同时|此外|目前|如今)?[，,]?\s*片区")


def _zone_subject(sentence: Sentence, pos: int, before: list, context: _Context) -> tuple[list[str], str] | None:
    """Who acts where the subject is a zone: none where the KB lacks the zone (宁乡经开区, 净月高新区
    — not its city, 宁乡, nor the subject of the sentence before); the article's zone for a bare
    新区/园区 in a report about a zone. ``None``: the subject is not a zone's name."""
    if before:
        s, e, m = before[-1]
        unknown = _UNKNOWN_ZONE.match(sentence.text, e)
        if m.type in REGION_TYPES and unknown and not _cue_re("backs").search(unknown[0]) and not _place_referred_after(sentence, unknown.end(), pos):
            return [], "unnamed_zone"  # (长沙县是经开区的所在地，县里今年将…: 县里 acts)
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
        for found in _AREA_OPENING.finditer(sentence.text, 0, pos) if "片区" in sentence.text else ():  # (most name none)
            if found.end() >= since:
                area = found
        if area is not None:
            zones = _zone_named_before(sentence, area.start(), "片区", context) or [
                x for x in context.body_subject(context.subject) if (e := context.kb.get(x)) is not None and e.type == "zone" and e.name.endswith("片区")]
            if zones:
                return zones, "zone_reference"
        return None
    if any(x[1] == opening.end() for x in before):
        return None  # no zone, or one the KB knows (长春新区): an explicit subject
    if opening.end() in sentence._of_types.get("listed_supported", ()):
        return None  # 支持海口市发展…，洋浦经济开发区发展…: a zone supported after another place, no actor (see _actors)
    if before and _GOAL_YEAR.match(opening[0].lstrip()):
        return None  # 柳州市要支持柳州高新区…，力争到2026年园区…达到…: the place named before sets the park its goal
    if opening[1]:
        if opening[2] in _BARE_KINDS:
            return None  # (南沙港区, 某某合作区 the KB lacks: a place, not a zone's reference)
        return None if _place_referred_after(sentence, opening.end(), pos) else ([], "unnamed_zone")
    # 新区 after the paragraph named one (贵安新区是…主战场。新区今年计划…), in a report on a zone, or on a
    # district named so (天津滨海新区)
    if named := _zone_named_before(sentence, opening.start(2), opening[2], context):
        return named, "zone_reference"
    zones = [x for x in context.body_subject(context.subject) if (e := context.kb.get(x)) is not None and (e.type == "zone" or e.name.endswith(opening[2]))]
    if zones:
        return zones, "zone_reference"
    if named := _zone_of_kind(sentence, opening.start(2), opening[2], context):
        return [named], "zone_reference"
    if opening[2] in _BARE_KINDS:
        return None
    return None if _place_referred_after(sentence, opening.end(), pos) else ([], "unnamed_zone")


def _place_referred_after(sentence: Sentence, start: int, pos: int) -> bool:
    """Is a place referred to (当地, 区里, 县里 …) between a clause opening with a zone the KB lacks (``start``) and ``pos``
    (园区负责人介绍，区里今年计划…)? That place acts, the zone's official only speaks."""
    return any(not ref[1] or sentence.text.startswith("里", ref.end()) for ref in _references(sentence.text, start, pos))


def _zone_named_before(sentence: Sentence, pos: int, word: str, context: _Context) -> list[str]:
    """The zone a bare 新区, 片区 … (``word``) at ``pos`` refers to: the last zone named before it in its
    paragraph whose name ends so (青岛西海岸新区是…。新区今年将…), if the paragraph names one."""
    for earlier in reversed(context._paragraphs.get(sentence.unit, [])):
        if earlier.start > sentence.start:
            continue
        zones = [m for s, _, m in earlier.of_types(("zone",)) if earlier is not sentence or s < pos]
        if zones:
            entity = context.kb.get(zones[-1].id)
            return [zones[-1].id] if entity is not None and _of_kind(entity, word) else []
    return []


def _of_kind(entity, word: str) -> bool:
    """Is ``entity`` a zone (or a district named as one, 两江新区) a bare ``word`` (新区, 合作区, 港区 …) can call: its
    name or one of its other names ends so (郑州航空港经济综合实验区, also 郑州航空港区, is a 港区)?"""
    return entity.name.endswith(word) or any(a.endswith(word) for a in entity.aliases)


def _zone_of_kind(sentence: Sentence, pos: int, word: str, context: _Context) -> str | None:
    """The zone a bare ``word`` (新区, 合作区, 港区 …) at ``pos`` refers to where neither its paragraph nor the
    article's subject names one: the one zone of that kind the article named before it (its headline, its lead,
    a committee's name: 横琴粤澳深度合作区执行委员会), as 该市 refers to the city named — a zone the checker keeps
    as a relation end (:func:`_backs_as_zone`), or a district named as a 新区 (两江新区); ``None`` where the
    article named none of that kind, or more than one."""
    found: list[str] = []
    for earlier in context.sents:
        if earlier.start > sentence.start:
            break
        for s, _, m in earlier.of_types(("zone", "agency", *REGION_TYPES)):
            if earlier is sentence and s >= pos:
                break
            place = _committee_place(context.linker, m.text) if m.type == "agency" else m.id
            entity = context.kb.get(place) if place else None
            if entity is None or not _of_kind(entity, word) or (entity.type == "zone" and not _backs_as_zone(place)):
                continue
            if entity.type != "zone" and word != "新区":
                continue
            if place not in found:
                found.append(place)
    return found[0] if len(found) == 1 else None


# The state speaking (国家, 国务院 …), not a national-level thing a region builds (国家级, 全国首个).
_NATIONAL = re.compile(r"国家(?![级队])|全国(?![首第性前领])|党中央|中共中央|国务院|中央(?![企])")


def _national_clause(sentence: Sentence, pos: int, context: _Context) -> bool:
    """Does the sentence, up to ``pos`` and with no subject of its own, speak for the state: a
    national body, or a document no region's title claims (《产业结构调整指导目录》将…列为…)?"""
    masked = _masked(sentence)[:pos]
    if _NATIONAL.search(masked):
        return True
    return any(not _title_region(m, context) and _NATIONAL.match(m.id.split(":", 1)[1]) for s, _, m in sentence.of_types(("policy",)) if s < pos)


# 在 may take a short description of the place (在同省的宜昌，当地…; 在相邻的芜湖，…).
_OPENING = re.compile(r"^\s*(?:同时|此外|另外|而|目前|如今|近年来)?[，,]?\s*在(?:[\u4e00-\u9fff]{1,4}的)?$")


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


def _referred_region(ref: re.Match[str], sentence: Sentence, context: _Context) -> str | None:
    """The region a reference with a level (``ref[1]``: 市, 省, 县 …) speaks of: 全市, 本市 the region at
    that level acting in the paragraph, else the article's own (:meth:`_Context.whole`); 该市 the last
    named at that level; 市里 the city the article is about, else the last named."""
    if ref[0].startswith(("全", "本")):
        return context.whole(ref[1], sentence, ref.start())
    if not ref[0].startswith("该") and (opening := _sentence_opened_by(sentence, ref, context)):
        return opening  # 四川绵阳市以…为载体，重点发展…，市里设立…基金: the city the sentence opened with, not the article's first
    if not ref[0].startswith("该") and (own := context.own_place(ref[1])):
        # 市里计划…: the city the article is about, not one it named last (…总部位于上海。)
        return _county_city_before(sentence, own, context) if ref[1] == "市" else _district_before(sentence, ref[1], own, context) or own
    region = context.latest(_LEVEL[ref[1]], sentence, ref.start(), ref[1]) or _topic_at_level(ref[1], context)
    return _county_city_before(sentence, region, context) if ref[1] == "市" and region else region


def _sentence_opened_by(sentence: Sentence, ref: re.Match[str], context: _Context) -> str | None:
    """The place of the reference's level (``ref[1]``: 市里 a city) that opens the reference's sentence as its subject,
    only the places qualifying its name before it (四川绵阳市以…，市里设立…: 绵阳, not the article's own city, nor the first of
    the cities a report compares); else None."""
    text = sentence.text
    pos = len(text) - len(text.lstrip())
    for s, e, m in sentence.actors():
        if s != pos or e > ref.start() or m.type not in REGION_TYPES:
            return None
        if _is_at_level(context.kb.get(m.id), ref[1]):
            return m.id
        pos = e  # (a province qualifying the city's name)
    return None


def _topic_at_level(word: str, context: _Context) -> str | None:
    """The place the report is about, where 该市 (``word``: 市, 县 …) finds no region at that level named
    before it: a local outlet's dateline (汉川网…电 …。近日，该市印发《…》) names only that place, which
    :meth:`_Context.latest` passes over as where a report was filed."""
    topic = context.topic
    entity = context.kb.get(topic) if topic is not None else None
    return topic if _is_at_level(entity, word) and _named_as(entity, word) else None


def _place_before(sentence: Sentence, context: _Context) -> str | None:
    """The place the sentence before, in the same paragraph, is about (its first actor), for 当地 or 这里 opening
    this one, where the article is about several (三座煤城…: 鄂尔多斯…。当地一面推进…, not the first city
    of the headline); where the article names one place as its subject, only a place within it (许昌's report:
    禹州市则延续中医药传统。当地提出… is 禹州's, as 该市 after 溧阳市则主攻储能 is 溧阳's); ``None`` where the place is
    no region (a local agency stands for its region), or the report's one place is its parent or another region
    named in passing."""
    previous = context.previous_subjects(sentence)
    place = previous and (_agency_region(previous[0]) or previous[0])  # 迁安市政府今年…。当地还在…: 迁安
    if not place or place == context.topic:
        return None
    entity = context.kb.get(place)
    if entity is None or entity.type not in REGION_TYPES:
        return None
    if len(own := context.body_subject(context.subject)) == 1 and own[0] not in context.kb.ancestors(place):
        return None
    return place


def _county_city_before(sentence: Sentence, region: str, context: _Context) -> str:
    """A county-level city of ``region`` that the sentence before, in the same paragraph, is about (its first
    actor): 该市, 市里 after it speak of it (溧阳市则主攻储能。市里今年…; 新沂市是徐州下辖的县级市。该市…), not of
    the prefecture the article is about or the sentence named as its parent."""
    previous = context.previous_subjects(sentence)
    if previous and previous[0] != region and (e := context.kb.get(previous[0])) is not None and e.type == "district" \
            and e.name.endswith("市") and region in context.kb.ancestors(previous[0]) \
            and not _shares_named_before(sentence, previous[0], region, context):
        return previous[0]
    return region


def _district_before(sentence: Sentence, word: str, own: str, context: _Context) -> str | None:
    """The district or county (``word``: 区, 县 …, the level of 区里, 县里) the sentence before, in the same paragraph, is
    about (its first actor, or that actor's region): 区里 after it speaks of it, not of the place the report is about,
    ``own`` (a report on 两江新区: 涪陵区则靠榨菜起家。区里今年提出… is 涪陵区's) — unless that sentence names ``own`` too
    (与杭州的西湖区相比，南昌市西湖区的…。区里希望… in a report on 南昌's 西湖区: its own)."""
    previous = context.previous_subjects(sentence)
    place = previous and (_agency_region(previous[0]) or previous[0])
    entity = context.kb.get(place) if place else None
    if entity is None or entity.type != "district" or not entity.name.endswith(word):
        return None
    before_it = context.sentence_before(sentence)
    return None if before_it and any(m.id == own for _, _, m in before_it[0].of_types(PLACE_TYPES)) else place


def _shares_named_before(sentence: Sentence, place: str, region: str, context: _Context) -> bool:
    """Does the sentence before name other districts of ``region`` beside ``place`` (按照分工，神木市聚焦…，府谷县发展…，
    榆阳区布局…。市里还…)? Then it shares out the region's tasks, and 市里 after it is the region that did, not the
    county-level city named first."""
    before_it = context.sentence_before(sentence)
    return bool(before_it) and any(m.id != place and m.type == "district" and region in context.kb.ancestors(m.id)
                                   for _, _, m in before_it[0].of_types(PLACE_TYPES))


# What may stand between a clause break and the actor that opens the clause (…，同时，新余…).
_SUBJECT_OPENS_CLAUSE = re.compile(r"[，,；;：:]\s*(?:(?:同时|此外|另外|而|其中|今年|明年|下一步|目前|(?:到|至)\s*\d{4}\s*年(?:底|末)?)[，,]?\s*)?$")


# A count summing up a list (培育新能源汽车零部件和新材料两大新兴产业): a category word, not a term.
_SUMMARY = re.compile(r"[一二两三四五六七八九十百\d]+(?:大|个|类)$")


def _actor_end(sentence: Sentence, pos: int) -> int:
    """Where the last actor before ``pos`` ends (0 if none)."""
    actors = [x for x in sentence.actors() if x[1] <= pos]
    return actors[-1][1] if actors else 0


def _agency_place(sentence: Sentence, subject: str, context: _Context) -> str | None:
    """The place an agency of the sentence acts for: its region (agency:350200:finance_bureau → 350200), but
    for a zone's committee named with its zone (河北雄安新区管委会, 大连金普新区管委会, 重庆市两江新区管委会,
    which the KB keeps as its city's body) the zone or district it runs, whose document it issues and whose
    figures it states. ``None`` for what is no local agency."""
    region = _agency_region(subject)
    if region is None or not subject.endswith(":development_zone_committee"):
        return region
    for _, _, m in sentence.actors():
        if m.id == subject and (place := _committee_place(context.linker, m.text)):
            if place != region and (place in _special_zones() or region in context.kb.ancestors(place)):
                return place
    return region


def _backs_as_zone(subject: str) -> bool:
    """May ``subject`` back an industry as a zone? Not a statistical zone (``zones_nbs2023.tsv``: a place +
    a kind, 大庆高新区, 徐州经开区), which the KB holds so that its mentions link: the relation gold has it
    as no relation end (its statements are left out, not credited to its city), and so do these rules; a
    region's document assigning it an industry still backs it as the region (:func:`_assigning_region`)."""
    return not subject.startswith("zone:") or subject in _special_zones()


_CLAUSE_END = re.compile(r"[，,；;。]")


# A fund named as what firms receive (对获得…基金投资的企业给予奖励): the fund is an object, the
# sentence's actor (a region, its policy) is someone else.
_FUND_RECEIVED = re.compile(r"(?:获得|获|接受|引入|争取|拿到)了?\s*$")


# What may stand before a fund opening its sentence as the subject (see :data:`_FUND_OPENS`): a linking word, a
# source, a speaker.
_FUND_PREAMBLE_TEXT = (r"\s*(?:(?:其中|此外|同时|另外|目前|此前|据悉|据了解|资金方面|资金上|据[^，,。；;]{1,12}?(?:介绍|透露)|(?:根据|按照)[^，,。；;：:]{1,12}"
                       r"|[^，,。；;：:]{1,24}?(?:表示|介绍|透露|说))[，,：:]?\s*)*")
_FUND_PREAMBLE = re.compile(_FUND_PREAMBLE_TEXT)


# What may follow a fund opening its sentence as the subject.
_FUND_NEXT = r"由|于|将|还|也|已|主要|重点|优先|计划|拟|规模|首期|总规模|目标规模|专门|专注|今后|后续|分别|近日|日前|同月|同期|[，,]|20\d\d\s*年"
_FUND_FOLLOWS = re.compile(_FUND_NEXT)


# A sentence whose subject is a fund (基金由…出资设立，重点投向…; 其中，某某子基金规模50亿元，重点投资…;
# 据介绍，该子基金主要投向…; 此前设立的某子基金已投资…; 设立在某开发区的某子基金，重点投资…; 根据办法，某引导基金将优先投向…;
# 某局负责人说，母基金今后三年还将投向…; 三支母基金分别投向…; 资金方面，某市…基金已完成首期募资…; a name holding 投资,
# 某省产业投资引导基金重点投向…; the year it was set up, 该基金2023年设立，…重点投向…): what follows
# is the fund's investment, told by the invests_in rules, not its owner's or a place's backing — places and bodies
# inside it only name or set it up.
_FUND_OPENS = re.compile(
    _FUND_PREAMBLE_TEXT
    + r"(?:此前|已经|今年|20\d\d\s*年)?(?:设立的|成立的|(?:整合|调整|合并|扩容|改革)后的|(?:设立|设在|落户)在?[^，,。；;、的由将与和及设投]{1,20}?的)?(?:该|这只|这支|上述)?[^，,。；;、的由将与和及设投]{0,20}?基金"
    r"(?=" + _FUND_NEXT + ")"
)


def _fund_opens(sentence: Sentence) -> int | None:
    """Where the fund a sentence opens with as its subject ends (see :data:`_FUND_OPENS`), else None: the pattern's
    match, or a fund the linker names right after the preamble (:data:`_FUND_PREAMBLE`) with the subject's next word
    after it — a name the pattern's characters cannot hold (吉林省产业投资引导基金重点投向…: 投 ends the pattern's
    name, lest it run on into 投向 or past a verb, 市政府要用好某产业投资基金，…)."""
    found = _FUND_OPENS.match(sentence.text)
    if found is not None:
        return found.end()
    at = _FUND_PREAMBLE.match(sentence.text).end()
    return next((e for s, e, _ in sentence.of_types(("fund",)) if s == at and _FUND_FOLLOWS.match(sentence.text, e)), None)


# A sentence opening with a fund a firm sets up (同日，由某市国有资本运营集团发起的…基金宣布设立，重点投向…;
# 由某国资公司出资设立的…基金，主要投向…): the fund is the subject and invests (invests_in); the place in the
# firm's or the fund's name only names them, it sets nothing up.
_FUND_SET_UP_BY_FIRM = re.compile(
    r"\s*(?:[^，,。；;由]{1,8}[，,])?\s*由[^，,。；;由]{1,30}?(?:集团|公司|平台|机构)(?:共同|联合)?(?:出资|发起|牵头)?(?:设立|发起|组建|成立)?的"
    r"[^，,。；;]{0,24}?基金"
)
