"""``backs``: a region or agency stands behind an industry (支持、培育、发展…), and what is not backing
(an industry named only as a field, a condition, a product, a past figure, someone else's doing)."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from functools import lru_cache

from kg.kb import REGION_TYPES
from kg.patterns import required_words, word_alternation
from kg.relations.article import _ISSUING_NOTICE, _MEETING, _SPEECH_TITLE, PLACE_TYPES, _agency_region, _government_region
from kg.relations.clauses import (
    _A_FIRM_ACTS,
    _CLAUSE_BREAK,
    _FUND_OPENS,
    _FUND_RECEIVED,
    _FUND_SET_UP_BY_FIRM,
    _PURPOSE,
    _SUBJECT_OPENS_CLAUSE,
    _SUMMARY,
    _actor_end,
    _agency_place,
    _backs_as_zone,
    _central_agency,
    _clause,
    _clause_prefix,
    _clause_start,
    _masked,
    _references,
    _subjects_before,
)
from kg.relations.context import _DOCUMENT_CONTENT, _FIRM_SPEAKS, _ISSUES_DOCUMENT, _ITEM_OPENS, _Context
from kg.relations.cues import _cue_re
from kg.relations.invests import _COMPANY_SETS_UP, _ZONE_FUND
from kg.relations.sentences import _MADE_INTO, Sentence
from kg.types import Fact, Mention

__all__ = ["_backs"]


# …将X、Y作为重点…; 把X与Y、Z并列为主攻方向; 以X、Y和Z为主攻方向 (为主要方向): the rest of the list, then the role. The role
# may come after a few words of what it is a role in (把X和Y作为汽车产业升级的两条主线, 当作新的增长极,
# 作为全市“一号产业”, 列为“一号工程”, 列为全省标志性产业链, 作为“双引擎”, 作为转型的突破口, 作为三亚最具特色的两大产业,
# 以X为突破口), or a kind of industry a place makes its own (作为特色产业, 第一产业, 接续产业, 富民产业); a role is a priority
# word, not a part played (作为配套, 作为应用场景). The last item may name the work on the
# industry before the role (以有色金属精深加工为重点, 把新能源装备制造作为延链重点).
_PRIORITY_AFTER = re.compile(r"^(?:[、和与及][^，,。；;、和与及]{1,12}){0,8}?(?:等)?(?:产业|精深加工|深加工|装备制造|制造)?"
                             r"(?:(?:并列为|作为|列为|确定为|当作|当成|视为|为)(?:\S{0,4})(?:重点|主导|支柱|首位|战略|优先|核心|主攻)"
                             r"|(?:作为|当作|当成|视为|列为|确定为)[^，,。；;]{0,16}?(?:(?:重点|主导|支柱|主攻|首位|核心|战略|标志性)(?:产业|方向|产业链)|方向|主线|主战场|增长极|新?增长点|一号产业|头号产业|一号工程|引擎|突破口|特色产业|第一产业|接续产业|富民产业|[一二两三四五六七八九十]大(?:产业|方向|赛道|板块))"
                             r"|为(?:主攻方向|主要方向|主线|主战场|突破口|增长极)"
                             # a counted set of a place's industries (作为两大地标产业, 作为三大新兴产业重点培育), a new track (作为新赛道)
                             r"|(?:并列为|作为|列为|确定为|当作|当成)(?:[一二两三四五六七八九十\d]+大[^，,。；;、]{0,6}?(?:产业|方向|赛道|板块)|(?:新|重要|首要)?赛道))")


# A word or two qualifying the industry before its name (把绿色家居列为…, 围绕动力电池、晶硅光伏两大产业…): the linker names
# the industry after it, and the item still opens where the qualifier does (see _list_opens).
_QUALIFIER = r"(?P<qualifier>[^，,。；;、和与及将把以为围绕的在对\s]{1,2})?"


# Labels a word before turns into another sector. 新材料 is what any material is called when it is new (硅基新材料, 纳米新材料,
# 稀土新材料, 氟新材料): the word before it names a substance, and the two a materials sector of its own, most of them not in
# the scheme (the linker still finds 新材料 in them); it is the same naming the linker reads after a label (磷化工新材料: see
# kg.link.industries.materials). A word before another label names a kind of that sector (绿色家居, 晶硅光伏, 智能家电).
# (Not derived from the scheme's hierarchy: labels with narrower labels that end with them — 化工新材料, but also 智能汽车,
# 汽车芯片, 工业机器人, 冷链物流 — would take in sectors whose qualified forms are the sector itself.)
_QUALIFIED_INTO_ANOTHER = ("新材料",)


def _list_opens(opener: re.Pattern[str], text: str, start: int) -> bool:
    """Does ``opener`` (将/把/以 or 围绕, then the list's earlier items) stand right before the industry at ``start``,
    or a qualifier of it (:data:`_QUALIFIER`)? Not a qualifier of a label it makes another sector
    (:data:`_QUALIFIED_INTO_ANOTHER`: 硅基新材料)."""
    found = opener.search(text, 0, start)
    return found is not None and not (found["qualifier"] and text.startswith(_QUALIFIED_INTO_ANOTHER, start))


_PRIORITY_BEFORE = re.compile(r"[将把以]\s*(?:[^，,。；;、和与及]{1,12}[、和与及])*" + _QUALIFIER + "$")


# An industry put into a place's plan, list or chain system (将工业母机列入“十大产业链”, 把生物制造纳入全市未来产业布局,
# 已将冷链物流纳入区级重点项目, 已将储能电芯列入明年重点招商清单): a priority, as 作为重点 is. Not a scheme of checks
# or cover (纳入年度考核, 纳入农业保险补贴范围), nor a place put on a list (将顺德列入…示范区: not an industry).
_LISTED_INTO = re.compile(r"^(?:[、和与及][^，,。；;、和与及]{1,12}){0,8}?(?:等)?(?:产业|[^，,。；;、和与及]{1,2})?(?:纳入|列入)了?[^，,。；;]{0,12}?"
                          r"(?:规划|布局|清单|产业链|产业体系|重点项目)")


# A place made the home of industries (河南把郑州作为数据中心和智能终端的主要承载地; 将把德清作为全省空天信息产业的
# 主要承载地; 市里已将孝义列为全市氢能产业核心区): the place after 把/将, then the list and the role a place plays
# for it. Whoever makes it so backs them; the place is the object of the assignment (the gold's majority: it does
# not back them).
_HUB_BEFORE = re.compile(r"[把将]\s*([^，,。；;、把将]{2,12}?)(?:作为|列为|列入)(?:全国|全省|全市|全区|全县|本省|本市)?(?:[^，,。；;、和与及]{1,12}[、和与及])*$")
_HUB_AFTER = re.compile(r"(?:[、和及与][^，,。；;、和及与]{1,10}){0,8}?等?(?:产业|领域|行业)?的?(?:主要|核心|重要|首要)?"
                        r"(?:承载地|承载区|集聚区|核心区|主阵地|主平台|主战场)")


# The rest of a list after its first item (…、压力容器和体育器材): items joined by 、和及与, lazily, at most 8.
_REST_OF_LIST = r"(?:[、和及与][^，,。；;、和及与]{1,10}){0,8}?"


# A list of industries a document or a body sets out as its priorities (…印发《…方案》，列出汽车、机械装备…、绿色建材等重点产业链;
# 出台《…计划》，明确第三代半导体、未来网络、氢能、量子科技等10个方向): the verb, the list, then 等 and what kind of items they
# are; who sets them out backs them (a document's region for what it says). Not a list without 等 and a kind (明确了…的路径).
_SET_OUT_VERBS = ("列出", "明确", "确定", "梳理出")
_SET_OUT_BEFORE = re.compile(r"(?P<verb>" + "|".join(_SET_OUT_VERBS) + r")了?\s*(?:[^，,。；;、和与及]{1,12}[、和与及])*" + _QUALIFIER + "$")
_SET_OUT_AFTER = re.compile(_REST_OF_LIST + r"等(?:[一二两三四五六七八九十\d]+\s*(?:个|大|条|项))?(?:重点|主导|优势|新兴|未来|支柱|战略性新兴)?"
                            r"(?:产业链|产业集群|产业|方向|赛道|领域)(?![^，,。；;]{0,4}(?:项目|企业))")


# Industries a place's work is organised around (围绕A、B和C三条主线布局, 围绕…两条赛道招商引资, 围绕…三大前沿产业
# 加快集聚项目, 围绕动力电池、汽车芯片等环节补链强链, 围绕纺织服装上下游补链, 围绕…四大主导产业，推动上下游企业集聚): the list, what kind
# of items they are, then what is done for them, in that clause or at once after it (上虞区要围绕化工新材料和生物医药，
# 抓紧推进在建项目). Not what was done (…，引进了…: a result), nor cooperation around them (双方将围绕…开展合作).
_AROUND_BEFORE = re.compile(r"围绕\s*(?:[^，,。；;、和与及]{1,12}[、和与及])*" + _QUALIFIER + "$")


_AROUND_AFTER = re.compile(_REST_OF_LIST + r"等?(?:相关技术)?(?:[一二两三四五六七八九十\d]+\s*(?:条|大|个))?(?:前沿|主导|重点|优势|支柱|新兴)?"
                           r"(?:主线|赛道|产业集群|产业链|产业|领域|方向|链条|环节|重点产业链)?(?:上下游|项目|配套)?[，,]?\s*(?:将|要)?"
                           r"(?:抓紧|加快|着力|全力|重点|持续|大力|积极|再)?"
                           r"(?:布局|招商引资|精准招商|开展[^，,。；;]{0,10}?(?:招商|融资服务|推介)|招商|发力|推进|推动|完善|引进|招引|建设|培育|壮大|集聚"
                           r"|打造|做大|做强|延链|补链|强链|补短板|补齐|加大[^，,。；;]{0,4}?(?:招引|招商|投入|支持)力度|举办[^，,。；;]{0,8}?招商)"
                           r"(?![^，,。；;]{0,8}了)")


# The fields a place pushes in, after 在 and the list (在生物医药和航空航天上持续发力, 在先进钢铁材料和风电装备上实现突破,
# 在信创、第三代半导体等产业链上实现新突破,
# 在动力电池和汽车芯片方面布局较早); not what was achieved (…上取得了突破) nor how a thing is used there (在…上的应用).
_PUSHED_IN_FIELD = re.compile(_REST_OF_LIST + r"等?(?:产业链|产业|领域|赛道)?(?:上|方面)(?:持续|加快|率先|重点|集中|全力|着力|也)?"
                              r"(?:发力|(?:实现|寻求|谋求)新?突破|布局)(?![^，,。；;]{0,8}了)")


def _clause_end(text: str, pos: int) -> int:
    """Where the clause holding ``pos`` ends (the next comma, or the sentence's end)."""
    found = _CLAUSE_BREAK.search(text, pos)
    return found.start() if found else len(text)


# A statistic of the industry (汽车制造业增加值增长最快, 数字经济产值同比增长12%): how it did, not backing.
_FIGURE = re.compile(r"[^，,。；;]{0,4}?(?:增加值|产值|营收|营业收入|销售额|出口额|利润|接待人次|游客人次|客流|吞吐量|规模)[^，,。；;]{0,8}?(?:同比|最快|比上年|较上年)")


# Support received (获国家支持发展…, 受到…扶持): the backer is who gives it, not the place receiving it.
_SUPPORT_RECEIVED = re.compile(r"(?:获|获得|受到?)[^，,。；;]{0,6}(?:支持|扶持)(?:发展)?$")


# A denial opening the clause of a cue (但这并不说明香港在南沙布局航运业, 合作并不意味着舟山在北仑布局新材料, 这不等于
# 当地要发展…): the clause says what is not so.
_DENIED = re.compile(r"(?:并不|并非|不)(?:意味着|说明|代表|等于)")


# A cue negated right before it (尚未形成…产业, 并未布局, 还没有引进): what the place has not done.
_NOT_YET = re.compile(r"(?:尚未|并未|还未|未曾|没有)$")


# A cue forbidden right before it (不得重复引进…项目, 严禁新上…, 禁止发展…): what places may not do.
_FORBIDDEN = re.compile(r"(?:不得|严禁|禁止|不准|不允许)(?:重复|盲目|擅自|再|新)?$")


# What the clause of an industry says is not real (issue 15's negated, hypothetical and others' statements): a whether
# (是否发展氢能，…尚在论证; 能否, 会不会, 要不要), a mistaken belief (很多人以为株洲也在发展…), a never (从未把…作为发展方向)
# or a not now (暂不考虑布局), a claim about places at large denied (并非所有城市都适合发展…).
_UNREAL = re.compile(r"是否|能否|可否|会不会|要不要|能不能|以为|从未|从来没有|从不|暂不|并非所有|不是所有|并不是所有")


# A sentence opening on a condition (如果能够引进龙头企业，湖州有望发展…; 假如…): what would follow, not what is done.
_IF = re.compile(r"\s*(?:但|而|可|不过)?[，,]?\s*(?:如果|假如|倘若|假若|假使|要是|如若)")


# A question (记者：…为什么要发展算力？, 是否意味着…要发展消费电子？): it asks what a place does, it does not say.
_ASKED = re.compile(r"[？?][”’」』\s]*$")


# A paragraph of an editor's comment (点评：…, 编者按：…, as digests print them after an item).
_COMMENT = re.compile(r"\s*[【〔\[]?(?:点评|短评|编者按|编者的话|评论)[】〕\]]?\s*[：:]")


# A body approving what others are to do (国家发展改革委近日批复同意…, 国务院批准…): the approver, named right
# before, backs nothing by it (not 经…批准, 获批准: approval given to the subject).
_APPROVES = re.compile(r"[^，,。；;、]{0,6}?(?<![经获])(?:批复|批准)")


# A headline comparing places (中部六省数字经济政策比较, 三市产业对比): what each does is told in the body.
_COMPARED = re.compile(r"比较(?!优势)|对比")


# A place called by its industry (石化老城, 装备制造老城, 钢铁基地, 陶瓷之都) as the subject of a headline's verb:
# the industry says what the place has been, the verb after it what the place does now.
_EPITHET = re.compile(r"(?:老城|古城|老工业基地|工业基地|老基地|基地|之都|之城|之乡|重镇|名城|大市|大县|大省)")


def _another_place_heads_the_phrase(sentence: Sentence, pos: int, subjects: Sequence[str]) -> bool:
    """Does the part of a two-part headline holding ``pos`` (parts a space apart: 济南起步区跨过黄河“向北发展”
    济阳新能源汽车配套项目集中落地) open with a place other than the headline's subjects? Then that part
    tells what that place does."""
    text = sentence.text
    phrase = max((m.end() for m in _TITLE_PARTS.finditer(text, 0, pos)), default=0)
    if not phrase:
        return False
    return any(s == phrase and m.id not in subjects for s, _, m in sentence.of_types(PLACE_TYPES))


# Where a headline's second part starts: after a space between two words (海城…升级 鞍山设立…).
_TITLE_PARTS = re.compile(r"(?<=\S)[ \u3000]+(?=\S)")


def _kicker_then_place(sentence: Sentence) -> list[str]:
    """The place opening a headline's last part where the parts before it name no place and no industry
    (花炮之乡的“新三样” 浏阳电子信息、生物医药齐发力): a kicker phrase, then the headline proper, whose place
    is who acts; [] for any other headline."""
    parts = [m.end() for m in _TITLE_PARTS.finditer(sentence.text)]
    if not parts or any(s < parts[-1] for s, _, _ in sentence.mentions):
        return []
    return [m.id for s, _, m in sentence.of_types(PLACE_TYPES) if s == parts[-1]][:1]


# A document named in a headline (…专项资金管理办法, …行动方案, …指导意见).
_TITLE_DOCUMENT = re.compile(r"(?:办法|方案|意见|规划|细则|指南|计划|通知|条例)")


# The title of a call for applications to a fund, or of its allocation (…关于组织申报2025年度海洋经济发展专项资金的通知,
# …专项资金（生物医药领域）的申报指南, …关于下达2025年第一批风电光伏发电项目开发建设方案的通知): the bodies that run the call
# administer the region's money; the region backs what it is for (the body's measures), not they. Survey of the dev
# sets' titles naming an industry: the agency credited in 3 (genres_heldout19 k01–k03, beside the region), not in 8
# (genres_heldout h28, 4 m29, 11 r17, r18, 22 t17, 49 r03, 51 r04, r12).
_CALL_TITLE = re.compile(r"关于(?:组织|做好|开展)?[^《》，,。]{0,40}?(?:申报|下达)|申报(?:指南|工作)")


# A policy issued, named by the industry it is for, not in 《》 (出台海工装备专项政策, 推出了绿色建筑新政, 出台支持软件企业
# 的专项政策, 发布了大模型应用场景清单, 出台了集成电路产业支持政策): the issuing verb in the industry's clause before it,
# the kind of policy right after it.
_ISSUING = "出台|推出|发布|印发|制定|编制"
_POLICY_KINDS = "政策|新政|规划|行动计划|计划|清单|措施|十条|办法|方案"
_ISSUED_FOR_BEFORE = re.compile(rf"(?:{_ISSUING})了?(?:一批|一系列|新一轮|首个|多项)?(?:支持|扶持|促进|加快)?"
                                r"(?:[^，,。；;、和与及《》“”]{1,12}[、和与及])*$")
_ISSUED_FOR_AFTER = re.compile(r"(?:产业链?|行业|领域)?(?:企业|项目)?的?[^，,。；;、和与及《》“”]{0,4}?(?:“[^“”]{1,8}”)?"
                               rf"(?:专项|扶持|支持|促进|招商引资|发展|高质量发展)*(?:{_POLICY_KINDS})")
# …implemented or cited (落实省里出台的…政策, 按照国家发布的…规划): someone else's policy.
_CITED_ISSUE = re.compile(r"落实|贯彻|根据|按照|依据|对照|参照")


# A deployment, a spirit or a requirement cited (为贯彻落实国家和省关于新型储能发展的部署, 按照全省…先进制造业集群建设要求): the
# industries named inside it are what someone else deployed, not what the sentence's subject backs (what it does after
# the citation is read as usual).
_CITED_DEPLOYMENT = re.compile(r"(?:贯彻落实|落实|贯彻|按照|根据|依据)[^，,。；;：:]{1,40}?(?:部署|精神|要求|战略|协议)")
_CITING_WORD = re.compile(word_alternation(required_words(_CITED_DEPLOYMENT)))  # (most sentences cite nothing)


def _sets_out(text: str) -> bool:
    """Might a sentence set out a list of priorities (列出汽车、石化等重点产业链; see :data:`_SET_OUT_BEFORE`)?"""
    return "等" in text and any(verb in text for verb in _SET_OUT_VERBS)


def _may_back(text: str) -> bool:
    """Can :func:`_backs` find anything in a sentence? Every reading of it needs a ``backs`` cue,
    or the words of one that names its cue after the industry: 围绕 (围绕…布局), 将/把/以 and 为
    (将…作为重点), 对 and the support (对…的支持, 扶持, 培育, 招引, 投入), a topic opening with 要
    (集成电路要…). A reading added to :func:`_backs` that needs none of these must add its words here."""
    return bool(
        _cue_re("backs").search(text) or "围绕" in text or ("对" in text and "给予" in text)
        or ("为" in text and ("将" in text or "把" in text or "以" in text))
        or (("当作" in text or "当成" in text or "视为" in text) and ("将" in text or "把" in text))  # 把集成电路当作新的增长极
        or (("纳入" in text or "列入" in text) and ("将" in text or "把" in text))  # 将工业母机列入“十大产业链”: see _LISTED_INTO
        or _sets_out(text)  # 列出汽车、石化等重点产业链
        or ("对" in text and any(w in text for w in ("支持", "扶持", "培育", "招引", "投入")))
        or ("要" in text and _TOPIC_OPENS.search(text) is not None)  # 集成电路要突破关键装备…
        or _PART_HEADING.match(text) is not None  # （二）集成电路与新型显示。: see _part_heading_backs
        or (_ISSUING_VERB.search(text) is not None and _POLICY_WORD.search(text) is not None)  # 发布了大模型应用场景清单: see _ISSUED_FOR_BEFORE
        or (_EVENT_WORD.search(text) is not None and _EVENT_HELD.search(text) is not None)  # 举行…项目集中签约仪式: see _event_of
    )


_ISSUING_VERB = re.compile(_ISSUING)
_POLICY_WORD = re.compile(_POLICY_KINDS)  # (行动计划 holds 计划: the same sentences as without it)


# A sentence or a list's item opening with a short topic and 要 (集成电路要…; ；生物医药要…): see _TOPIC_AFTER.
_TOPIC_OPENS = re.compile(r"(?:^|[：:；;])\s*[^，,。；;：:]{1,16}?要(?![素求点闻])")
# 将/把 shortly before an industry the cue right after it makes into something (将新能源打造成支柱产业)
_MADE_INTO_OBJECT = re.compile(r"[将把][^，,。；;]{0,12}$")


# A sentence opening with a place it compares or neighbours, the place after it told as doing the same or more
# (与北海相邻的钦州，同样把石化…; 与常州相比，泰州和台州也在发展…; 与嘉定相比，临港新片区…更偏向…): the places
# after the frame are set beside the report's own, not reported on. (Not 与苏州相比，合肥正大力发展…, nor 与乌鲁木齐
# 相邻的昌吉州，则把…作为主攻方向: each tells what that place itself does.)
_COMPARISON_FRAME = re.compile(r"\s*与[^，,。；;]{1,20}?(?:(?:相邻|毗邻|接壤|相望|之隔)的[^，,。；;]{1,12}[，,]?|(?:相比|相较|比较)[，,][^，,。；;]{0,20}?)(?:也|同样|更)")


def _backs(sentence: Sentence, context: _Context, evidence) -> Iterator[Fact]:
    """What :func:`_backs_read` finds, less what a place brought in for comparison backs (see
    :data:`_COMPARISON_FRAME`): only the report's own subject speaks for itself there (与苏州相比，合肥正…)."""
    facts = _backs_read(sentence, context, evidence)
    if not _COMPARISON_FRAME.match(sentence.text):
        yield from facts
        return
    own = set(context.subject_at(sentence))
    for fact in facts:
        if fact.subject in own or (fact.subject.startswith("agency:") and fact.subject.split(":")[1] in own):
            yield fact


# A role named with a block word in it (当作新的增长极, 作为新的增长点): a priority (see _PRIORITY_AFTER), not a figure.
_GROWTH_ROLE = re.compile(r"增长(?:极|点)")


def _statistic(text: str) -> bool:
    """Does a ``backs`` block word (同比, 增长…) stand in the sentence, other than in a role noun (see
    :data:`_GROWTH_ROLE`)? A sentence telling a figure backs nothing unless a cue says so."""
    return any(not _GROWTH_ROLE.match(text, m.start()) for m in _cue_re("backs", "block").finditer(text))


def _backs_read(sentence: Sentence, context: _Context, evidence) -> Iterator[Fact]:
    """The ``backs`` facts a sentence states: read from a title (:func:`_title_backs`), a part heading
    (:func:`_part_heading_backs`) or, industry by industry, from the sentence's cues (:func:`_industry_backs`)."""
    # The sentence is read first, its industries after: whether each stands as a term (jieba on a window
    # around it) is the costly part, and most sentences naming an industry back nothing.
    if _backs_nothing(sentence):
        return
    cue_re = _cue_re("backs")
    text = _masked(sentence)
    if _kind_backs_nothing(sentence, text, cue_re):
        return
    # Whether an industry stands as a term is decided only where a reading would back it (most are
    # ruled out by the text around them first): see _Kept.
    industries = _Kept(sentence, context)
    if not industries.named:
        return
    if sentence.kind != "title" and sentence.unit in context.interview_answers:
        return  # 问：城市层面有什么建议？ 王立新：郑州、西安要做强…: an interviewee's views
    if sentence.kind == "title":
        yield from _title_backs(sentence, context, evidence, industries, text, cue_re)
        return
    if (part := _PART_HEADING.match(text)) is not None and (listed := _part_heading_list(sentence, part, industries, context)):
        yield from _part_heading_backs(sentence, context, evidence, industries, listed)
        return
    scan = _BacksScan(sentence, text, cue_re, industries)
    for x in industries.named:
        yield from _industry_backs(sentence, context, evidence, industries, scan, x)


def _backs_nothing(sentence: Sentence) -> bool:
    """Is the sentence ruled out whatever its industries: none named, no backing word, a figure told with
    no cue, advice, a firm's wish, a table row? (Asked before its text is masked.)"""
    if not sentence.of_types(("industry",)) or not _may_back(sentence.text):
        return True
    if _statistic(sentence.text) and not _cue_re("backs").search(sentence.text):
        return True
    if _cue_re("backs", "advice").search(sentence.text):
        return True  # 专家认为…应引进芯片, 我们建议…: what someone advises a place to do, not what it does
    if (firm := _FIRM_SPEAKS.search(sentence.text)) and _WISH.search(sentence.text, firm.end()):
        return True  # 某公司总经理说，希望当地加大对氢能的支持: a firm's wish, not the place's backing
    # What rules the sentence out without its industries is asked before them.
    return sentence.kind == "table_row"  # see _table_rows


def _kind_backs_nothing(sentence: Sentence, text: str, cue_re: re.Pattern[str]) -> bool:
    """Does the sentence's kind or frame rule it out: a speech's or comparing title, or one without a cue;
    a fund's own sentence (invests_in), a question, a condition?"""
    if sentence.kind == "title":
        if _SPEECH_TITLE.match(sentence.text):
            return True  # 在嘉兴市数字经济推进大会上的讲话: the meeting's name, what the speech says is in its body
        # a headline backs through a cue of its own, and one comparing places backs nothing (see _title_subjects)
        return not cue_re.search(text) or _COMPARED.search(text) is not None
    if "基金" in sentence.text and (_FUND_OPENS.match(sentence.text) or _FUND_SET_UP_BY_FIRM.match(sentence.text)):
        return True  # 基金由某省财政厅出资设立，重点投向…; 由某国资集团发起的…基金…投向…: the fund invests (invests_in)
    if _ASKED.search(sentence.text):
        return True  # 记者：克拉玛依为什么要发展算力？ 是否意味着宝鸡要发展消费电子？: a question states nothing
    return _IF.match(sentence.text) is not None  # 如果能够引进龙头企业，湖州有望发展集成电路产业: a condition and what would follow


def _title_subjects(sentence: Sentence, context: _Context, text: str) -> list[str]:
    """Who a title says backs what it names: a notice issuing a document, its document's regions; else
    the article's subject there, less a national document's issuer, the body calling for applications
    and an approver; the place approved; else the kicker's place."""
    # A notice issuing a document: its issuer issues it; the document's regions back what it names.
    subjects = context.document_regions if _ISSUING_NOTICE.search(sentence.text) else context.subject_at(sentence)
    if _TITLE_DOCUMENT.search(sentence.text):
        subjects = [x for x in subjects if not _central_agency(x)]  # 财政部：新版普惠金融…管理办法: a national document's content
    if _CALL_TITLE.search(sentence.text):
        subjects = [x for x in subjects if not x.startswith("agency:")]  # …关于组织申报…专项资金的通知: the region's fund
    if _MEETING.search(text):
        subjects = [_government_region(x) or x for x in subjects]  # 宁波市政府常务会议研究部署…: the city takes it up
    if approved := [m.id for s, _, m in sentence.actors() if text[:s].endswith("同意")]:
        subjects = approved  # 关于同意酒泉市创建风电装备产业集群的批复: the place approved acts, not who signs
    elif approver := [m.id for s, e, m in sentence.actors() if _APPROVES.match(text, e)]:
        subjects = [x for x in subjects if x not in approver]  # 国家发改委批复多地建设…枢纽节点: who approves backs nothing
    if not subjects:
        subjects = _kicker_then_place(sentence)
    if subjects and sentence.of_types(("macro_region",)):
        subjects = _macro_actors(sentence, subjects)
    return subjects


def _title_industry_backed(sentence: Sentence, text: str, cue_re: re.Pattern[str], x: tuple[int, int, Mention], subjects: list[str]) -> bool:
    """Does a title's industry stand as what its subjects back: not a designation won, another clause's
    actor's, a place's epithet or another headline's?"""
    start, end, _ = x
    if _WINNERS.search(text, 0, start) or _DESIGNATION.match(text, end):
        return False  # 四川5个集群入选国家先进制造业集群名单: a designation won, not backing
    if _later_clause_actor(sentence, start, subjects):
        return False  # 黑龙江：大庆推动石化延链，哈尔滨新区发力生物经济: the second item's actor's, not 大庆's
    if _EPITHET.match(text, end) and not cue_re.search(text, 0, start):
        return False  # 濮阳：石化老城探路氢能…; 曹妃甸：钢铁基地加快布局氢能产业: what the place is, before what it does
    # 海城菱镁产业向新材料升级 鞍山设立钢铁深加工子基金: the second headline is 鞍山's
    return not _another_place_heads_the_phrase(sentence, start, subjects)


def _title_backs(sentence: Sentence, context: _Context, evidence, industries: _Kept, text: str, cue_re: re.Pattern[str]) -> Iterator[Fact]:
    """What a title's subjects (:func:`_title_subjects`) back: each industry it names as backed, rule ``title_actor_backs``."""
    subjects = _title_subjects(sentence, context, text)
    if not subjects:
        return
    for x in industries.named:
        if not _title_industry_backed(sentence, text, cue_re, x, subjects) or not industries.kept(x):
            continue
        for subject in filter(_backs_as_zone, _with_region(subjects, context)):
            yield Fact(subject, "backs", x[2].id, evidence(sentence, "title_actor_backs"))


def _part_heading_backs(sentence: Sentence, context: _Context, evidence, industries: _Kept, listed) -> Iterator[Fact]:
    """（二）集成电路与新型显示。: a part of the document's measures named by the industries it is about,
    backed by the article's subject (rule ``heading_backs_article_subject``)."""
    for x in listed:
        if industries.kept(x):
            for subject in _backers(context.subject_at(sentence), context):
                yield Fact(subject, "backs", x[2].id, evidence(sentence, "heading_backs_article_subject"))


class _BacksScan:
    """What the readings of each industry of one sentence ask of the whole sentence, found once: its cues,
    heading, funds, citations and events, and the words some readings need (a regex asked of each industry
    costs more than the reading's own test)."""

    __slots__ = ("text", "cue_re", "funds", "found_cues", "cue_ends", "heading", "heading_cue", "around", "placed",
                 "issuing", "firms", "set_out", "cited", "events")

    def __init__(self, sentence: Sentence, text: str, cue_re: re.Pattern[str], industries: _Kept) -> None:
        self.text, self.cue_re = text, cue_re
        self.funds = sentence.of_types(("fund",))
        self.found_cues = list(cue_re.finditer(text))  # searched once; each industry looks at those before it
        self.cue_ends = [m.end() for m in self.found_cues]
        heading = _HEADING.match(text)
        if heading and not any(industries.kept(x) for x in industries.named if x[0] < 40):
            heading = None  # (the first industry kept opens the sentence)
        self.heading = heading
        self.around = "围绕" in text
        # 将/把/以 and a role's 为, 当作, 纳入 … (see _PRIORITY_AFTER); an issuing verb and a policy's kind.
        self.placed = ("将" in text or "把" in text or "以" in text) and ("为" in text or "当作" in text or "当成" in text or "纳入" in text or "列入" in text)
        self.issuing = _ISSUING_VERB.search(text) is not None and _POLICY_WORD.search(text) is not None
        self.firms = "企业" in text or "公司" in text or "集团" in text or "厂商" in text
        self.set_out = _sets_out(text)
        self.heading_cue = cue_re.search(text, heading.end()) if heading else None
        # (found once: most sentences cite nothing)
        self.cited = [m.span() for m in _CITED_DEPLOYMENT.finditer(text)] if _CITING_WORD.search(text) else []
        self.events = list(_EVENT_HELD.finditer(text)) if _EVENT_WORD.search(text) else []  # (most sentences hold none)


def _industry_backs(sentence: Sentence, context: _Context, evidence, industries: _Kept, scan: _BacksScan,
                    x: tuple[int, int, Mention]) -> Iterator[Fact]:
    """Who backs the industry ``x`` in the sentence, by the first reading that finds it: the cue after it
    (:func:`_reading_cue_after`), an event held for it, a measure with no cue (:func:`_measure_backs`), else
    the cue before it (:func:`_cue_backs`)."""
    start, end, industry = x
    text = scan.text
    if _UNREAL.search(text, _clause_start(text, start), start):
        return  # 是否发展氢能产业，…; 很多人以为株洲也在发展新能源汽车: not said to be so
    if scan.cited and any(a <= start < b for a, b in scan.cited):
        return  # 为贯彻落实浙江省“415X”先进制造业集群建设部署，做强我市医药健康产业: what is cited is another's
    if (reading := _reading_cue_after(sentence, scan, start, end)) is not None:
        if reading and industries.kept(x):
            at, name, item = reading
            yield from _backed_at(sentence, context, evidence, at, industry.id, name, item)
        return
    if scan.events and (at := _event_of(text, scan.events, start, end)) is not None:
        if industries.kept(x):
            yield from _event_backs(sentence, context, evidence, at, industry.id)
        return
    if _names_another_thing(sentence, text, start, end):
        return
    cues = _matches_before(scan.cue_re, text, start, scan.found_cues, scan.cue_ends)
    if (measure := _measure_backs(sentence, context, evidence, industries, scan, x, cues)) is not None:
        yield from measure
        return
    if cues and _backed_as_stated(text, start, end, cues[-1].end()):
        yield from _cue_backs(sentence, context, evidence, industries, scan, x, cues[-1])


_NO_READING = ()  # a reading matched whose industry is not backed there


def _reading_cue_after(sentence: Sentence, scan: _BacksScan, start: int, end: int) -> tuple[int, str, int | None] | tuple[()] | None:
    """The reading whose cue follows the industry at ``text[start:end]`` (a heading's, a topic, a priority, a
    policy issued for it): where to look for its subject, the reading's name and the item of places doing their
    own (see :func:`_backed_at`); :data:`_NO_READING` where one matches that backs nothing; None where none does."""
    text = scan.text
    if scan.heading_cue and end <= scan.heading.end() and not scan.cue_re.search(text, 0, start):
        # （二）氢能和新能源：支持…项目: the heading of a document's measures names what they back
        return scan.heading_cue.start(), "heading", None
    if _TOPIC_AFTER.match(text, end) and _TOPIC_BEFORE.search(text, 0, start):  # (the match at one place first)
        # 集成电路要突破关键装备…; 二是空天信息，建设卫星互联网产业集聚区: the clause's topic, what is to be done for it
        return start, "topic", None
    # …都将商业航天作为重点产业布局方向: the cue follows the industry.
    if scan.placed and _list_opens(_PRIORITY_BEFORE, text, start) and (_PRIORITY_AFTER.match(text[end:]) or _LISTED_INTO.match(text[end:])):  # (the rarer first)
        return start, "priority", start
    if ("作为" in text or "列" in text) and (hub := _HUB_BEFORE.search(text, 0, start)) and _HUB_AFTER.match(text, end) \
            and any(a == hub.start(1) and b == hub.end(1) for a, b, _ in sentence.of_types(PLACE_TYPES)):
        # 河南把郑州作为数据中心和智能终端的主要承载地: who makes the place the industry's home backs it
        return hub.start(), "priority", None
    if scan.set_out and _list_opens(_SET_OUT_BEFORE, text, start) and _SET_OUT_AFTER.match(text, end):
        # …印发《…方案》，列出汽车、石化…等重点产业链: the priorities set out; the cue follows the list
        # (read at the verb's end: what a document issued before it sets out is its region's, see _document_content)
        return _SET_OUT_BEFORE.search(text, 0, start).end("verb"), "priority", start
    if scan.issuing and _ISSUED_FOR_AFTER.match(text, end) and (issued := _ISSUED_FOR_BEFORE.search(text, _clause_start(text, start), start)) \
            and not _CITED_ISSUE.search(text, 0, issued.start()):  # (the match at one place first)
        if not _backed_as_stated(text, start, end, issued.end()) or text.endswith("区", start, end):
            return _NO_READING  # (编制临空经济区产业规划: the plan of an area the industry names)
        # 新区今年出台海工装备专项政策; 区科技局同时发布了大模型应用场景清单: a policy named by the industry it is for,
        # the cue word after the industry; who issues it backs
        return issued.start(), "policy_for", None
    if scan.around and _list_opens(_AROUND_BEFORE, text, start) and _AROUND_AFTER.match(text, end):
        # …围绕工业软件、人工智能和大数据三条主线布局, 围绕新能源汽车和新型储能两条赛道招商引资: the cue follows
        return start, "priority", start
    if "在" in text and _FIELD_IN.search(text, 0, start) and _PUSHED_IN_FIELD.match(text, end):
        # 滨海新区则在生物医药和航空航天上持续发力, 湘潭要在先进钢铁材料和风电装备上实现突破: the cue follows
        return start, "priority", start
    return None


def _event_backs(sentence: Sentence, context: _Context, evidence, at: int, industry_id: str) -> Iterator[Fact]:
    """洛阳市…先进制造业项目集中签约仪式在涧西区举行; 齐齐哈尔市在哈尔滨举办装备制造业招商推介会: an event a place
    holds for an industry's projects or investors (the event at ``at``); its host backs it."""
    subjects, how = _subjects_before(sentence, at, context)
    if how in _EVENT_HOSTS:
        for subject in _backers(subjects, context, how, sentence):
            yield Fact(subject, "backs", industry_id, evidence(sentence, f"event_backs_{how}"))


def _names_another_thing(sentence: Sentence, text: str, start: int, end: int) -> bool:
    """Does the industry's name only qualify another thing: materials for it, steel made for the sector,
    another place's industry the subject's is joined to?"""
    if _MATERIAL.match(text, end) and not _SUBSTANCE.search(text, start, end):
        return True  # 发展锂离子电池材料、光伏材料: a place backing materials, not the batteries or the panels
    if _STEEL_FOR.match(text, end) and not text.endswith(_PANELS, start, end):
        return True  # 重点发展汽车板和家电板, 开发风电用钢: steel made for the sector, not the sector (光伏板 is the panels)
    # 推动钛产业与西安的航空产业联动发展: the industry of the place the subject's is joined to
    return "的" in text and _anothers_industry(sentence, start)


def _measure_backs(sentence: Sentence, context: _Context, evidence, industries: _Kept, scan: _BacksScan,
                   x: tuple[int, int, Mention], cues: list[re.Match[str]]) -> Iterator[Fact] | None:
    """Where a measure names the industry with no cue of its own before it (support named after it, a grant,
    money allocated to it): the facts it states (maybe none); None where no such measure does."""
    start, end, industry = x
    text = scan.text
    if not cues and _SUPPORT_BEFORE.search(text, 0, start) and (support := _SUPPORT_AFTER.match(text, end)):
        # 加大对电子信息、汽车等支柱产业项目的招引支持力度: the support named after what it goes to
        if industries.kept(x) and _backed_as_stated(text, start, end, 0):
            return _backed_at(sentence, context, evidence, support.end(), industry.id, "support_of")
        return iter(())
    if not cues and "给予" in text and (granted := _GRANT_BEFORE.search(text, 0, start)) and _GRANT_AFTER.match(text, end):
        # 对新设海外仓给予最高200万元补贴, 对新落户的区块链企业给予房租补贴: a grant to what the industry's firms do
        return _grant_backs(sentence, context, evidence, industries, text, x, granted.start(), granted.start(), granted.end())
    if "给予" in text and (granted_at := _grant_to_firms(text, start, end)) is not None:
        # 对在我市新落地的无人机整机项目，按实际投资额的10%给予…补助; 对新落户的数字经济企业，年营业收入…的，给予50万元
        # 奖励: a measure granting money to the firms or projects of an industry, described before it
        return _grant_backs(sentence, context, evidence, industries, text, x, granted_at, granted_at + 1, granted_at + 1)
    if "用于" in text and (use := _ALLOCATED_USE.search(text, 0, start)) and _ALLOCATED_USE_AFTER.match(text, end) \
            and not scan.cue_re.search(text, use.end(1), start) and any(e == use.start(1) and m.type in PLACE_TYPES for _, e, m in sentence.actors()):
        # 昆明市4000万元，主要用于跨境电商和服务贸易发展: a place's share of allocated money and what it is used
        # for, with no cue; who allocates it backs (see _allocated_to)
        if industries.kept(x):
            return (Fact(subject, "backs", industry.id, evidence(sentence, "allocation_use_backs"))
                    for subject in _backers([y for y in context.subject_at(sentence) if not _central_agency(y)], context))
        return iter(())
    return None


def _grant_backs(sentence: Sentence, context: _Context, evidence, industries: _Kept, text: str, x: tuple[int, int, Mention],
                 at: int, stated_from: int, grant_end: int) -> Iterator[Fact]:
    """Who grants money to the industry's firms or projects (the grant read at ``at``, ending at ``grant_end``;
    what is backed is read from ``stated_from``): the subject before it, or the region of the document saying so
    (rule ``grant_backs_{how}``)."""
    start, end, industry = x
    if not (industries.kept(x) and _backed_as_stated(text, start, end, stated_from) and not _FIELD_WORD.match(text, end)):
        return
    subjects, how = _subjects_before(sentence, at, context)
    if how == "explicit" and _document_content(sentence.text, _subject_end(sentence, subjects, at), at, grant_end):
        subjects = _documents_region(sentence, subjects, context)  # …印发《…措施》，对新设海外仓给予…; …对在株洲落地的…项目给予…
    for subject in _backers(subjects, context, how, sentence):
        yield Fact(subject, "backs", industry.id, evidence(sentence, f"grant_backs_{how}"))


def _cue_backs(sentence: Sentence, context: _Context, evidence, industries: _Kept, scan: _BacksScan,
               x: tuple[int, int, Mention], cue: re.Match[str]) -> Iterator[Fact]:
    """The industry ``x`` after the cue ``cue``: whoever is the cue's subject (:func:`_cue_subjects`) backs it
    (rule ``cue_backs_{how}``, ``…_far`` a clause away), unless the cue tells no backing
    (:func:`_cue_tells_no_backing`), a fund's setter or the fund itself is meant, or someone else acts."""
    start, end, industry = x
    text, funds = scan.text, scan.funds
    if _cue_tells_no_backing(sentence, context, text, cue, start, end):
        return
    # Whether the industry stands as a term (jieba on a window: the dearest check) is asked last, where someone
    # backs it: of the industries reaching here, a third in the bundled corpus back nothing for another reason.
    if funds and (treasury := _treasury_sets_up(sentence, funds, start, context)):
        # 省财政出资50亿元设立四川省…基金，重点投向…: the treasury names no place; the fund's region sets it up
        if industries.kept(x):
            yield Fact(treasury, "backs", industry.id, evidence(sentence, "fund_setup_backs"))
        return
    if any(cue.start() < f_start < start for f_start, _, _ in funds):
        if industries.kept(x):
            yield from _fund_setup_backs(sentence, context, evidence, text, funds, cue, start, industry.id)
        return
    if funds and _funds_investment(sentence, funds, start):
        return  # 某基金…设立…子基金，重点投向 X: the fund's investment, not its region's backing
    if funds and "基金" in text and _fund_acts_since(text, funds, cue.start()):
        return  # 某市…设立…基金，基金已向…注资，后续重点投向 X: the fund named again is who invests
    # What rules the industry out whoever the subject is, asked before the subject is searched for:
    if "家" in text and _COUNTED_FIRMS.search(text, _actor_end(sentence, cue.start()), cue.start()):  # (its count's 家 first: most name none)
        return  # 目前，已有60余家种业企业在科技城设立研发机构: firms counted act, the place only hosts them
    # The cue's own clause (支持新能源汽车) is measured apart from one a clause away (支持…，…新能源汽车):
    # the farther the industry stands from its cue, the less often the cue is about it.
    far = "_far" if _CLAUSE_BREAK.search(text, cue.end(), start) else ""
    if _not_the_cues_subjects(sentence, context, text, cue, start, far):
        return
    if (found := _cue_subjects(sentence, context, scan, cue, start, end)) is None or not found[0] or not industries.kept(x):
        return
    subjects, how = found
    for subject in _backers(subjects, context, how, sentence):
        if subject != industry.id:
            yield Fact(subject, "backs", industry.id, evidence(sentence, f"cue_backs_{_carried(how, subject)}{far}"))
    if how == "explicit" and (region := _assigning_region(sentence, subjects, cue.start(), context)):
        yield Fact(region, "backs", industry.id, evidence(sentence, f"cue_backs_document_region{far}"))


def _cue_tells_no_backing(sentence: Sentence, context: _Context, text: str, cue: re.Match[str], start: int, end: int) -> bool:
    """Does the cue, read with the industry after it, tell no backing: winners listed, what a backed industry
    becomes, a plan cited, support received, a denial, what is not yet done, a past figure, what stands today,
    a tally or count, what data show, a practice learnt from, history? What the cue tells whatever follows it
    is read once per cue (:func:`_cue_itself_tells_no_backing`): every industry after one cue asks."""
    key = ("no_backing", cue.start(), context)
    told = sentence._of_types.get(key)
    if told is None:
        told = sentence._of_types[key] = _cue_itself_tells_no_backing(sentence, context, text, cue)
    none, learned = told
    if none:
        return True
    if _past_figure_between(sentence, cue.end(), start, context):
        return True  # …不断壮大，2022年，数字经济核心产业增加值达到2240.6亿元: a past year's figure
    if _tally(text, cue.start(), end):
        return True  # 今年以来全县新引进电子元器件项目14个; 区内已建成加氢站15座: a count of what is done, nothing the place will do
    if _counted(text, cue.start(), start, end):
        return True  # 当地引进的半导体设备企业已有20余家; 投运及在建的重点数据中心达到28个: what is counted, not backed
    if _DATA_SHOWS.search(text, cue.end(), start):
        return True  # 经济促进局数据显示，…机器人产业产值达到…: what the data show, the cue only in the source's name
    return learned and _PRACTICE_AFTER.match(text, end) is not None  # 我们要学习包头发展稀土新材料的做法: another place's practice


def _cue_itself_tells_no_backing(sentence: Sentence, context: _Context, text: str, cue: re.Match[str]) -> tuple[bool, bool]:
    """What :func:`_cue_tells_no_backing` reads of the cue alone: whether it tells no backing whatever industry follows,
    and whether it stands after a verb of learning (学习, 借鉴…: a practice learnt from, where one follows the industry)."""
    if cue[0] == "集群" and _WINNERS.search(text, 0, cue.start()):
        return True, False  # 四川有5个集群上榜，分别为成都市软件和信息服务集群、德阳市…: a list of winners
    if _MADE_INTO.match(text, cue.start()) and any(e == cue.start() and _MADE_INTO_OBJECT.search(sentence.text[:s]) for s, e, _ in sentence.of_types(("industry",))):
        return True, False  # 把旅居车旅游打造成为海南旅游新亮点: what the backed industry becomes, not another backed
    if cue[0] in _DOCUMENT_CUES and _CITED.search(text, max(0, cue.start() - 12), cue.start()):
        return True, False  # 按照该市的规划，到2027年…产值突破500亿元: the plan cited, its figure a target (sets_target)
    if _SUPPORT_RECEIVED.search(text, 0, cue.end()):
        return True, False  # …成为第二个获国家支持发展离岸贸易的地区: support received from someone unnamed here
    cue_clause = _clause(text, cue.start())  # (read by three checks below)
    if _DENIED.search(cue_clause):
        return True, False  # 但合作并不意味着舟山在北仑布局新材料: what the clause denies
    if _NOT_YET.search(text, max(0, cue.start() - 3), cue.start()):
        return True, False  # 但目前尚未形成生物医药产业: what the place has not done
    if _FORBIDDEN.search(text, max(0, cue.start() - 7), cue.start()):
        return True, False  # 各县之间不得重复引进同类项目: what places are forbidden
    if cue[0] == "建成" and (_STATUS.match(text) or _STATUS_BEFORE.search(text, max(0, cue.start() - 30), cue.start())
                             or _DATA_SHOWS.search(text, 0, cue.start())
                             or _COMMENT.match(context.units[sentence.unit].text)) and _BUILT_ALREADY.search(text, max(0, cue.start() - 3), cue.start()) and not _FUTURE.search(text):
        return True, False  # 目前，濮阳已建成加氢站4座; 点评：张家口已建成多座加氢站; …数据显示，全区已建成绿氢产能…: what stands today
    if _HISTORY.search(cue_clause):
        return True, False  # 上世纪50年代建成的化工基地奠定了…石化产业的底子: the city's history
    return False, "的" in text and _LEARNED_BEFORE.search(cue_clause) is not None


def _fund_setup_backs(sentence: Sentence, context: _Context, evidence, text: str, funds: Sequence[tuple[int, int, Mention]],
                      cue: re.Match[str], start: int, industry_id: str) -> Iterator[Fact]:
    """A fund named between the cue and the industry (…发力，…基金…投资于 X): the fund invests in X (invests_in,
    see _fund_facts); but a place that sets the fund up (深圳市今年设立了…基金，投向大模型) backs what it is set up
    for (rule ``fund_setup_backs``)."""
    setup = next((f for f in funds if cue.start() < f[0] < start), None)
    if not (setup and _SET_UP.fullmatch(text, cue.start(), setup[0]) and _fund_facts_cue(text, setup[1], start)):
        return
    subjects, how = _subjects_before(sentence, cue.start(), context)
    if how == "explicit" and (_firm_sets_up(sentence, cue.start()) or _BY_THE_FIRM.search(text, 0, cue.start())):
        return  # 宝鸡市国有资本投资运营集团近日设立了…基金; …整合为某产业投资集团，由其设立…: a state-owned firm sets it up
    if how != "explicit" and _unplaced_firm_sets_up(sentence, setup[0]):
        return  # 当地一家国有企业设立了…基金: the firm sets it up, 当地 only says where it is
    if how in ("explicit", "reference", "topic_reference", "opening_place", "article_subject", "official_reference"):
        # (a zone's committee sets it up for its zone: 苏州工业园区管委会近日设立…母基金，重点投向…)
        setters = dict.fromkeys(_agency_place(sentence, x, context) if x.endswith(":development_zone_committee") else x for x in subjects)
        for subject in _fund_setters(sentence, setup[2], setters, cue.start(), how):
            if (entity := context.kb.get(subject)) is not None and entity.type in PLACE_TYPES:
                yield Fact(subject, "backs", industry_id, evidence(sentence, "fund_setup_backs"))


def _not_the_cues_subjects(sentence: Sentence, context: _Context, text: str, cue: re.Match[str], start: int, far: str) -> bool:
    """Is the cue not the subject's doing for the industry: a firm setting a fund up, or, a clause away
    (``far``), another actor, a result or an editor's comment between?"""
    if cue[0] == "设立" and _firm_sets_up(sentence, cue.start()):
        return True  # 盘州市城投公司出资参与设立…子基金，投资煤炭…: the firm sets it up, its name only names the city
    if not far:
        return False
    if _another_actor_between(sentence, cue.end(), start):
        return True  # 赣州重点发展…，宜春围绕锂电…: a later clause has a subject of its own; the cue before it is not about it
    if _RESULT.search(text, len(_clause_prefix(text, start)), _clause_end(text, start)):
        return True  # 大力发展国际航运，吸引了百余艘国际船舶在此登记: a result told after the cue, not what it backs
    # 点评：园区的优势在于早布局…，但细胞和基因治疗等赛道上…: a comment weighing places, not their backing
    return _COMMENT.match(context.units[sentence.unit].text) is not None


def _cue_subjects(sentence: Sentence, context: _Context, scan: _BacksScan, cue: re.Match[str], start: int, end: int) -> tuple[list[str], str] | None:
    """Who the cue's subject is (:func:`~kg.relations.clauses._subjects_before`), and how it was found, as money
    and documents move it: a document's line, a fund's setter or region, an allocation's, each of places its
    own; then as who speaks (:func:`_speaking_subjects`). None where it backs nothing."""
    text, funds = scan.text, scan.funds
    subjects, how = _subjects_before(sentence, cue.start(), context)
    if how == "previous_sentence" and (holding := _document_holding(sentence, subjects, context)):
        if places := _place_heading(context.sentence_before(sentence)):
            subjects = [*places, *holding]  # （一）中卫市。依托…，重点建设…: the heading's places, and the document's region
        else:
            subjects, how = holding, "document_region"  # …。支持蚌埠市建设生物基材料产业园: the document's line, not the place before's
    if how == "explicit" and funds and (financed := _FINANCED_BY.search(text, 0, cue.start())) \
            and any(e <= financed.start() for _, e, _ in funds):
        # …设立鼓楼区数字经济产业基金，规模10亿元，由区财政局出资，重点投向…: the body paying in only funds it; who
        # set the fund up before it acts in the sentence
        subjects, how = _subjects_before(sentence, financed.start(), context)
    if how == "fund_owner" and _sub_funds(text, funds, cue.start(), start, end):
        return None  # 某引导基金出资设立钢铁深加工子基金; …设立的一支新材料子基金已投资…: a sub-fund's, not the owner region's
    if how == "explicit" and _allocated_to(text, _actor_end(sentence, cue.start()), cue.start()):
        # 成都市1.5亿元，用于支持集成电路…; 安排某片区发展资金3亿元，支持跨境电商…: the place named with its
        # share receives the money; who allocates it (the notice's or the report's region) backs
        subjects, how = [x for x in context.subject_at(sentence) if not _central_agency(x)], "article_subject"
    if how == "explicit" and funds and _fund_used_for(sentence, funds, start):
        if _firm_set_up(sentence, funds, start):
            return None  # 某省国有资本运营集团日前另行发起设立…基金，重点投向…: the firm's fund, its place only names the firm
        # 某市人民政府近日设立…基金，…重点投向…; 某省财政厅牵头组建的…引导基金…重点投向…: the region's own fund,
        # its purposes the region's, not the body's that set it up
        # (a zone's committee sets up its zone's fund, which bears its city's code: left to :func:`_speaking_subjects`)
        subjects = [x if x.endswith(":development_zone_committee") else _owner_sets_up(sentence, x, funds, start) or x for x in subjects]
        # 市财政局、市地方金融管理局要用好…基金，重点投向光通信…: the fund invests; a department managing
        # it backs nothing by that (a government or a zone's committee using its fund still speaks for its place)
        subjects = [x for x in subjects if not x.startswith("agency:") or _government_region(x) or x.endswith(":development_zone_committee")]
    if how == "explicit" and len(subjects) > 1 and (own := _respective_subject(text, subjects, cue, start)) is not None:
        subjects = [own]  # 思明区和湖里区分别布局软件和信息服务业、跨境电商: each place its own item
    if how == "explicit" and _APPROVES.match(text, _actor_end(sentence, cue.start())):
        return None  # 国家发展改革委批复同意甘肃、宁夏等地启动建设…: the approver backs nothing, nor a list of places approved
    if how == "topic_reference" and (opened := _opening_places(sentence, cue.start())):
        subjects, how = opened, "opening_place"  # 在黄河滩区的范县和台前县，当地正在推进…: 当地 is where the sentence opened
    if how == "previous_sentence" and "基金" in text and _A_FUND_SET_UP.search(text):
        # 市财政局…。下一步还将设立人工智能专项子基金; 区商务局…。设立某区新能源产业发展基金，重点投向…: a body carried on
        # from the sentence before does not set up its place's fund (on the dev gold of 7 December: 1 right, 7 wrong)
        subjects = [x for x in subjects if not x.startswith("agency:")]
        if not subjects:
            return None
    return _speaking_subjects(sentence, context, scan, cue, start, subjects, how)


# A fund set up in the sentence (设立…基金, 新设…子基金, 发起设立…基金).
_A_FUND_SET_UP = re.compile(r"(?:设立|组建|新设|发起)[^。；;，,]{0,30}?基金")


def _speaking_subjects(sentence: Sentence, context: _Context, scan: _BacksScan, cue: re.Match[str], start: int,
                       subjects: list[str], how: str) -> tuple[list[str], str] | None:
    """The cue's subjects as who speaks and acts: none where a firm tells its own, a study advises, an editor
    comments, a unit is spoken for or firms act; a document's region for what it says; who signs with a firm
    from elsewhere; a zone for its committee's fund (the industry at ``start``)."""
    text = scan.text
    at = cue.start()
    if scan.firms and _firm_tells_its_own(sentence, at, how):
        return None  # 企业负责人介绍，公司…还在德国设立了海外仓: the firm's own doing, not its place's backing
    if how in ("article_subject", "previous_sentence") and context.advice_from and context.advice_from < (sentence.unit, sentence.start):
        return None  # 《报告》提出了一系列建议。首先，统筹推进…: a study's advice to the region
    if how in ("article_subject", "previous_sentence") and _COMMENT.match(context.units[sentence.unit].text):
        return None  # 点评：…关键在于让资金投向新兴产业: the editor's comment, with no subject of its own, is no one's backing
    if how in ("explicit", "previous_sentence") and _document_content(sentence.text, _subject_end(sentence, subjects, at), at, cue.end()):
        # 某区人民政府印发《…措施》，提出…打造设计服务集聚区; …印发《…措施》，支持创新药…: what the document
        # says is its region's, its issuer issues it
        subjects = _documents_region(sentence, subjects, context)
    if how == "explicit" and _issuing_purpose(sentence, at):
        # 为促进保险业…，金融监管总局发布了《…》: the purpose of a document its issuer issues (issues, not backs)
        subjects = [x for x in subjects if not x.startswith("agency:")]
    if how in ("explicit", "article_subject", "previous_sentence") and _UNIT_SPOKEN_FOR.search(text, _actor_end(sentence, at), at):
        return None  # 三亚市委常委、某科技城管理局局长介绍，科技城聚焦…; 镇党委书记说，全镇正在推动…: the unit spoken for acts
    if how == "explicit" and _FIRMS_OF.match(text, _actor_end(sentence, at), at):
        return None  # 阎良区的航空制造企业也在加快…, 宁夏的某能源化工基地也在推进…: the firms act, the place only locates them
    if how == "explicit" and scan.firms and _firm_from(sentence, text, at):
        # 项目由北京一家能源央企子公司投资建设; 一家来自广东深圳的电池企业宣布在当地投资…: the firm's home, not who backs;
        # who signs with the firm does (迁安市政府今年与一家来自北京的能源企业签约，建设…绿氢项目)
        subjects = _signing_party(sentence, text, at, context)
        if not subjects:
            return None
    if how == "explicit" and scan.firms and _A_FIRM_ACTS.search(text, _actor_end(sentence, at), at):
        return None  # 中卫市以云计算为主攻方向，已有多家企业在此建设数据中心: firms act in a clause of their own
    if how == "explicit" and (fund_at := scan.funds[0][0] if scan.funds else text.find("基金", start)) > 0 \
            and any(x.endswith(":development_zone_committee") for x in subjects) and _SET_UP.search(text, _actor_end(sentence, at), fund_at):
        # 苏州工业园区管委会近日设立…母基金，重点投向…: the fund a zone's committee named with its zone sets up is
        # the zone's, named or not (…管委会还设立了规模2亿元的低空产业子基金); what the committee itself says it
        # will do stays its own
        subjects = list(dict.fromkeys(_committees_zone(sentence, x, context) for x in subjects))
    return subjects, how


# An event a place holds for an industry's projects or investors (项目集中签约仪式, 新能源项目集中开工活动, 招商推介会,
# 产业推进会, 产业高质量发展大会), held (举行, 举办, 召开) before or after its name: the place (a body) holding it backs the
# industry its name carries. A venue after 在 hosts nothing (齐齐哈尔市在哈尔滨举办…推介会: 齐齐哈尔's). Not the fields
# the projects signed there are said to cover (…，涉及高性能纤维、电子化学品和生物基材料; measured on the dev gold of 6
# December: 5 right, 9 wrong), nor a matchmaking meeting (对接会: the firms meet partners).
_EVENT_NOUN = (r"(?:(?:(?:重大|重点)?(?:产业)?(?:项目)?(?:集中)?(?:签约|开工|投产)(?:仪式|活动))|(?:专场)?(?:招商)?(?:投资)?推介会|(?:专场)?招商会"
               r"|(?:产业链?)?推进会|(?:高质量)?发展大会)")
_HELD = r"(?:举行|举办|召开)"
_EVENT_HELD = re.compile(rf"(?P<verb>{_HELD})了?[^，,。；;]{{0,24}}?{_EVENT_NOUN}|{_EVENT_NOUN}(?:[^，,。；;]{{0,16}}?){_HELD}")
_EVENT_WORD = re.compile(r"签约|开工|投产|推介会|招商会|推进会|发展大会")
# a venue right before the verb (在哈尔滨举办, 在长沙县召开): the host is named before it
_VENUE_BEFORE = re.compile(r"在[^，,。；;在]{1,15}$")
# who may hold an event (not the article's subject or a sentence before's: the host is named or referred to)
_EVENT_HOSTS = ("explicit", "reference", "topic_reference", "opening_place", "zone_reference")


def _event_of(text: str, events: Sequence[re.Match[str]], start: int, end: int) -> int | None:
    """Where to look for the host of an event (see :data:`_EVENT_HELD`) whose name holds the industry at
    ``text[start:end]``: before the verb (past a venue) where the verb comes first, before the name otherwise;
    ``None`` where the industry is in no event's name."""
    for event in events:
        if event["verb"] is not None and event.start() <= start and end <= event.end():
            venue = _VENUE_BEFORE.search(text, 0, event.start())  # 在哈尔滨举办装备制造业招商推介会
            return venue.start() if venue else event.start()
        if event["verb"] is None and end <= event.end() and _clause_start(text, start) == _clause_start(text, event.start()):
            return min(start, event.start())  # 先进制造业项目集中签约仪式在涧西区举行
    return None


# Who pays into a fund, told after it in a clause of its own right before the cue (…基金，规模10亿元，由区财政局出资，重点投向…;
# …由市财政局和市国资委共同出资，今后重点投向…).
_FINANCED_BY = re.compile(r"[，,]\s*由[^，,。；;由]{1,30}?(?:共同)?(?:出资|注资)[，,]\s*(?:今后|此后|后续|未来)?$")


# A place's share of money allocated, between it and the cue: the fund's name (发展资金, 专项债券资金), the
# amount, then what it is for (成都市1.5亿元，用于支持…; 西安市5000万元，重点支持…; 安排某片区发展资金3亿元，支持…).
# Not a place that spends its own (某市投入资金10亿元，支持…; 某区统筹…资金2亿元): a verb of its own stands there.
_ALLOCATED = re.compile(r"(?:[^，,。；;\d]{0,10}?(?:资金|补助|奖补|经费))?\s*\d+(?:\.\d+)?\s*(?:万|亿)元[，,]\s*(?:主要|重点)?(?:用于)?\s*(?:重点)?")


# A place's share, then 用于 and the list's earlier items (昆明市4000万元，主要用于跨境电商和服务贸易发展); group 1 is
# where the amount starts, right after the place.
_ALLOCATED_USE = re.compile(r"(\d+(?:\.\d+)?\s*(?:万|亿)元)[，,]\s*(?:主要|重点)?用于(?:[^，,。；;、和与及]{1,12}[、和与及])*$")


_ALLOCATED_USE_AFTER = re.compile(_REST_OF_LIST + r"等?(?:产业|行业|领域)?(?:发展|建设|项目|企业)")


_OWN_SPENDING = re.compile(r"投入|出资|筹集|统筹|拿出|设立|整合|争取|获得|获")


def _allocated_to(text: str, actor_end: int, cue_start: int) -> bool:
    """Is the actor ending at ``actor_end`` only where a share of allocated money goes (see :data:`_ALLOCATED`),
    the cue at ``cue_start`` telling what the share is for?"""
    if not actor_end:
        return False
    found = _ALLOCATED.fullmatch(text, actor_end, cue_start)
    return found is not None and not _OWN_SPENDING.search(found[0])


# An industry opening a sentence or a list's item (一是, 第二，) as the topic of what is to be done for it:
# 集成电路要突破关键装备和材料; 生物医药要推动创新药…上市; 二是空天信息，建设卫星互联网产业集聚区 (a speech's
# or a work report's tasks). After it: 要 (not 要素, 要求), or a comma and a verb of doing at once — not one
# telling how it has done (发展势头良好, 建设了…).
_TOPIC_BEFORE = re.compile(r"(?:^|[：:；;])\s*(?:[一二三四五六七八九十]是|第[一二三四五六七八九十][，,]?)?\s*$")


_TOPIC_AFTER = re.compile(
    r"(?:产业链|产业|行业)?(?:要(?![素求点闻])(?![^，,。；;]{0,8}了)"
    r"|[，,]\s*(?:要|将|重点|加快|着力|大力)?(?:建设|推动|打造|培育|布局|引进|招引|壮大|做强|做大|发展(?!势头|态势|迅速|较快|良好|水平))(?![^，,。；;]{0,8}了))"
)


# Where a headline's later clause starts (…，哈尔滨新区发力…). (Not a space: a document's joint issuers are
# written a space apart, 某省分行 某监管局 某省地方金融管理局关于…的通知.)
_TITLE_PART = re.compile(r"[，,；;]")


def _later_clause_actor(sentence: Sentence, start: int, subjects: Sequence[str]) -> bool:
    """Does the industry at ``start`` stand in a later clause of a headline that names an actor of its own,
    not the headline's subject (黑龙江：大庆推动石化延链，哈尔滨新区发力生物经济)? A digest's headline
    joins two items so; each industry is its own clause's actor's."""
    cut = 0
    for part in _TITLE_PART.finditer(sentence.text, 0, start):
        cut = part.end()
    if not cut:
        return False
    own = [m.id for s, e, m in sentence.actors() if cut <= s and e <= start]
    return bool(own) and not any(x in subjects for x in own)


# A sentence opening with where it is (在黄河滩区的范县和台前县，…): 在, then the places, then a comma.
_OPENS_WITH_PLACES = re.compile(r"\s*(?:目前|如今|同时|此外)?[，,]?\s*在[^，,。；;]{1,30}?(?=[，,])")


def _opening_places(sentence: Sentence, pos: int) -> list[str]:
    """The regions a sentence opens with (在X的A和B，当地…), ending its opening clause and joined by 和、及与,
    when that clause ends before ``pos``: 当地 or 这里 after it speaks of them, not of the report's region."""
    opening = _OPENS_WITH_PLACES.match(sentence.text)
    if opening is None or opening.end() > pos:
        return []
    places = [x for x in sentence.of_types(PLACE_TYPES) if x[1] <= opening.end()]
    if not places or places[-1][1] != opening.end():
        return []
    group = [places[-1]]
    for x in reversed(places[:-1]):
        if sentence.text[x[1] : group[-1][0]] not in ("和", "、", "及", "与", "以及"):
            break
        group.append(x)
    return [m.id for _, _, m in reversed(group)]


class _Kept:
    """The industries :func:`_backs` reads in a sentence: those standing as terms (:meth:`_Context.industries`)
    less a broad sector written right before a narrower industry's name (新能源 in 新能源汽车关键零部件, when
    the linker reads 新能源 + 汽车关键零部件): a modifier of that name, not a sector of its own. (The
    narrower one stays; a broad sector after another name is left out already, see
    :meth:`_Context.industries`; two broad sectors side by side, 新能源新材料, are both meant.)

    ``named`` are the candidates, found by the text alone; :meth:`kept` decides on one, with jieba, only
    when a reading of it would back it. Whether it stands as a term is decided once per mention and
    sentence (:meth:`_Context.stands_as_term`), whichever rule asks."""

    def __init__(self, sentence: Sentence, context: _Context) -> None:
        self.sentence, self.context = sentence, context
        named = sentence.of_types(("industry",))
        ends = {e for _, e, _ in named}
        self.named = [x for x in named if not (x[0] in ends and context._broad(x[2].id))]
        self._starts = {s: m for s, _, m in named}

    def kept(self, x: tuple[int, int, Mention]) -> bool:
        if not self.context.stands_as_term(self.sentence, x):
            return False
        after = self._starts.get(x[1])
        if after is None or not self.context._broad(x[2].id) or self.context._broad(after.id) \
                or self.sentence.text[x[0] : x[1]].endswith(("业", "经济")):  # (纺织服装产业数字化转型: 产业 closes the name)
            return True
        return len(self.context.industries(self.sentence)) < 2  # a modifier only beside another term


def _firm_tells_its_own(sentence: Sentence, pos: int, how: str) -> bool:
    """Does a firm's manager speak before the cue at ``pos`` (企业负责人介绍，公司…) with no place or body
    named after the speaker as who acts? Then the cue tells what the firm does."""
    firm = _FIRM_SPEAKS.search(sentence.text, 0, pos)
    if firm is None:
        return False
    return not (how == "explicit" and any(s >= firm.end() for s, e, _ in sentence.actors() if e <= pos))


def _backed_at(sentence: Sentence, context: _Context, evidence, at: int, industry_id: str, reading: str, item: int | None = None) -> Iterator[Fact]:
    """What a reading that has found an industry backed yields: whoever the subject before ``at`` is backs it
    (:func:`_backers` of :func:`~kg.relations.clauses._subjects_before`), under the rule ``{reading}_backs_{how}``;
    of places doing their own 分别, the one whose item holds ``item`` (the industry's start, where the cue follows
    it: :func:`_respective_item`); and the region assigning them their roles (:func:`_assigning_region`), as after a cue."""
    subjects, how = _subjects_before(sentence, at, context)
    if how == "explicit" and _document_content(sentence.text, _subject_end(sentence, subjects, at), at, at):
        subjects = _documents_region(sentence, subjects, context)  # 某市人民政府发布《…计划》，提出以智能电网…为主攻方向
    if how == "explicit" and item is not None and len(subjects) > 1 and (own := _respective_item(sentence.text, subjects, item)) is not None:
        subjects = [own]  # 宣城市、芜湖市和合肥市分别在新材料、机器人和新型显示方面发力
    for subject in _backers(subjects, context, how, sentence):
        yield Fact(subject, "backs", industry_id, evidence(sentence, f"{reading}_backs_{how}"))
    if how == "explicit" and (region := _assigning_region(sentence, subjects, at, context)):
        yield Fact(region, "backs", industry_id, evidence(sentence, f"{reading}_backs_document_region"))  # 方案明确，宜昌市以…为主攻方向


def _carried(how: str, subject: str) -> str:
    """The rule's reading, with a subject carried from the sentence before told apart by its kind: a body carried on
    (市工信局…。本轮行动的重点是…) is measured apart from a place carried on (…。该市…), its precision being much lower
    (0.60 against 0.84 on the dev gold of 5 December evening: the gold often credits the body's region or the plan)."""
    return "previous_agency" if how == "previous_sentence" and subject.startswith("agency:") else how


def _assigning_region(sentence: Sentence, subjects: list[str], cue_start: int, context: _Context) -> str | None:
    """The region whose document assigns what a sentence of it says to places inside it (广西's
    措施提出，钦州重点发展石化…; 方案明确，鄂尔多斯、包头重点发展…; in the document itself, 山东省人民政府关于…的实施意见:
    济南市、青岛市重点发展…), or one the sentence names assigning them
    (:func:`_assigner_named_before`): it backs what it assigns, beside them. Of the document's regions, the one
    that holds the places (:func:`_measures_regions`)."""
    if not subjects:
        return None
    own = sentence._of_types.get("assigning", False)  # found once per sentence: every industry after a cue asks
    if own is False:
        own = sentence._of_types["assigning"] = []
        measures = context.in_measures(sentence)
        if (measures or context.is_document) and not _cue_re("issues").search(sentence.text):
            # (not 郫都区也已出台区级配套政策，重点发展…: a place's own document, not the region's)
            regions = _measures_regions(sentence, context)
            if measures or _names_no_place_outside(sentence, regions, context):
                own = sentence._of_types["assigning"] = regions
        elif (parts := _parts_of_before(sentence, context)) and not _cue_re("issues").search(sentence.text):
            # (…南通将推动崇川区、海门区…差异化发展。其中，海门区重点发展…: the region before shares out its plan)
            own = sentence._of_types["assigning"] = [r for r in _measures_regions(sentence, context) if r in parts]
    holding = [x for x in own if all(s != x and x in context.kb.ancestors(s) for s in subjects)]
    if not holding:
        return _assigner_named_before(sentence, subjects, cue_start, context) if len(own) != 1 else None
    if _speaks_for_itself(sentence, subjects, cue_start):
        return None  # (中新天津生态城同期表示，将投资…建设生物制造产业园: the zone's own word, not the measures' assignment)
    if not context.in_measures(sentence) and _tasked(sentence, subjects, cue_start):
        return None  # (a report's 九原区要发展稀土永磁电机…: a task set for the district, its own to carry out)
    return holding[0]


# A sentence sharing out what the sentence before said among places (…南通将推动崇川区、海门区、启东市差异化发展。其中，
# 海门区重点发展…，启东市聚焦…; 某省出台《…计划》，明确10个方向。其中，A市聚焦…): 其中 and a place opening it.
_PARTS_OPEN = re.compile(r"\s*其中\s*[，,]\s*")


def _parts_of_before(sentence: Sentence, context: _Context) -> set[str]:
    """The regions the sentence before names (a place, or a local agency's region) when ``sentence`` opens with 其中 and a
    place (:data:`_PARTS_OPEN`), or goes on after such a sentence's semicolon (其中，南京市聚焦…；苏州市主攻…): it shares
    out among places what that region set out, as a document's measures do, and the region whose places they are backs
    what it assigns them (see :func:`_assigning_region`). Empty otherwise."""
    while (opens := _PARTS_OPEN.match(sentence.text)) is None:
        before = context.sentence_before(sentence)
        if not before or not before[0].text.rstrip().endswith(("；", ";")):
            return set()
        sentence = before[0]
    if not any(s == opens.end() for s, _, m in sentence.of_types(PLACE_TYPES)):
        return set()
    before = context.sentence_before(sentence)
    if not before:
        return set()
    return {m.id if m.type in REGION_TYPES else _agency_region(m.id) for _, _, m in before[0].actors()} - {None}


def _names_no_place_outside(sentence: Sentence, regions: list[str], context: _Context) -> bool:
    """Does a sentence of a region's own document (:attr:`~kg.relations.article._ArticleContext.is_document`) name no
    place outside the document's ``regions``? Else it is no assignment (宁波市对口帮扶德令哈市，重点发展…: a pairing)."""
    return all(any(m.id == r or r in context.kb.ancestors(m.id) for r in regions) for _, _, m in sentence.of_types(REGION_TYPES))


# A task set for the place just named (九原区要…; 城东区、城西区也要…): what a report asks of it, the place's own to carry out.
_TASK = re.compile(r"\s*(?:也|还|则|更)?要(?![素求点闻])")


def _tasked(sentence: Sentence, subjects: list[str], cue_start: int) -> bool:
    """Is the last subject named before the cue at ``cue_start`` set a task (:data:`_TASK`)?"""
    ends = [e for _, e, m in sentence.actors() if m.id in subjects and e <= cue_start]
    return bool(ends) and _TASK.match(sentence.text, ends[-1]) is not None


def _measures_regions(sentence: Sentence, context: _Context) -> list[str]:
    """The regions whose document's measures a sentence may tell, nearest first: the article's subject's regions where
    it has one, then the regions of who issued the last document issued before it (湖南县域经济新政：醴陵、邵东… over
    湖南省人民政府…出台《…意见》。根据意见，醴陵市重点发展…: a headline naming several places leaves the article no
    subject; 宁夏中卫：… over 宁夏回族自治区人民政府…印发的《…方案》…。方案要求中卫重点发展…，银川发展…: the city the
    article is about is not where 银川 is, the document's region is; 内蒙古、陕西两省区联合印发《…》。计划提出，呼和浩特市…,
    榆林市…: each place's own). A region only qualifying the issuer's name (福建晋江市工业和信息化局) issues nothing."""
    regions = [x for x in context.subject_at(sentence) if (e := context.kb.get(x)) is not None and e.type in REGION_TYPES]
    issuing = [x for x in context.issuing_sentences if (x[0].unit, x[0].start) < (sentence.unit, sentence.start)]
    if not issuing:
        return regions
    last, verb = issuing[-1]
    # (not a zone's committee: its document is its zone's, 西咸新区管委会印发《…方案》。方案提出，西咸新区将…)
    issuers = [_agency_region(m.id) if m.type == "agency" else m.id for _, e, m in last.actors()
               if e <= verb and not m.id.endswith(":development_zone_committee")]
    issuers = [x for x in issuers if x is not None and (r := context.kb.get(x)) is not None and r.type in REGION_TYPES]
    # (not a province only qualifying the issuer's name: 福建晋江市工业和信息化局印发《…》 is 晋江's document)
    return list(dict.fromkeys(regions + [x for x in issuers if not any(x != y and x in context.kb.ancestors(y) for y in issuers)]))


def _document_holding(sentence: Sentence, carried: list[str], context: _Context) -> list[str]:
    """In a region's document itself (:attr:`~kg.relations.article._ArticleContext.is_document`), the document's
    regions holding every place carried from the sentence before into a sentence naming no actor of its own
    (…蚌埠市…。支持蚌埠市建设…; 海口市重点发展…。依托海口江东新区，重点发展…): a document's line with no subject is its
    region's, the place before only the subject of a line of its own."""
    if not context.is_document or not carried:
        return []
    if any((e := context.kb.get(x)) is None or e.type not in PLACE_TYPES for x in carried):
        return []
    regions = _measures_regions(sentence, context)
    return [r for r in regions if all(r != x and r in context.kb.ancestors(x) for x in carried)]


# What may stand between the places a heading names (（三）儋州市和洋浦经济开发区。).
_BETWEEN_PLACES = re.compile(r"[、和及与\s]*")


def _place_heading(before: list[Sentence]) -> list[str]:
    """The places named by the sentence before (a list of at most one) when it is a numbered heading naming only
    places (（一）中卫市。; （三）儋州市和洋浦经济开发区。), else none. The line under it is theirs: its sentences, naming
    no actor, back for them beside the document's region — unlike a place's own sentence before
    (海口市重点发展…。依托…，重点发展…)."""
    if not before or not (opens := _ITEM_OPENS.match(before[0].text)):
        return []
    text = before[0].text.rstrip().rstrip("。．.")
    places = before[0].of_types(PLACE_TYPES)
    pos = opens.end()
    for a, b, _ in places:
        if not _BETWEEN_PLACES.fullmatch(text, pos, a):
            return []
        pos = b
    if _BETWEEN_PLACES.fullmatch(text, pos) is None:
        return []
    return list(dict.fromkeys(m.id for *_, m in places))


# A place's own word (中新天津生态城同期表示，…; 某区近日宣布，…): what follows it is its own, not what a document assigns it.
_OWN_WORD = re.compile(r"\s*(?:同期|近日|日前|同时|也|还)?(?:表示|宣布|透露|称)[，,：:]")


def _speaks_for_itself(sentence: Sentence, subjects: list[str], cue_start: int) -> bool:
    """Does a subject, named before the cue at ``cue_start``, say it itself (:data:`_OWN_WORD`)?"""
    return any(m.id in subjects and _OWN_WORD.match(sentence.text, e) for _, e, m in sentence.actors() if e <= cue_start)


# What a region named before the places does to them: it assigns them their roles (…提出武汉布局…; 佛山将支持顺德、
# 南海两区错位发展：顺德侧重…). Not a region only qualifying a place's name (甘肃兰州则在布局…): no verb between.
_ASSIGNS = re.compile(r"提出|明确|要求|部署|支持|推动|引导")


def _assigner_named_before(sentence: Sentence, subjects: list[str], cue_start: int, context: _Context) -> str | None:
    """The region (or its agency's region) the sentence names before its subjects, then an assigning verb
    (:data:`_ASSIGNS`), the subjects after it inside that region (湖北省经济和信息化厅出台《…》，提出武汉布局具身智能;
    沈阳…，支持铁西、浑南两区错位发展：铁西侧重整机): it backs what it assigns, as a document's region does."""
    actors = [x for x in sentence.actors() if x[1] <= cue_start]
    first = next((s for s, _, m in actors if m.id in subjects), None)
    if first is None:
        return None
    for _, end, m in actors:
        if end > first:
            return None
        region = m.id if m.type in REGION_TYPES else _agency_region(m.id)
        if region is not None and region not in subjects and _ASSIGNS.search(sentence.text, end, first) \
                and all(region in context.kb.ancestors(x) for x in subjects):
            return region
    return None


def _another_actor_between(sentence: Sentence, cue_end: int, start: int) -> bool:
    """Does a clause between a cue (ending at ``cue_end``) and an industry a clause away (at ``start``)
    open with an actor or a reference of its own (…，许昌重点发展电力装备，平顶山依托尼龙新材料…;
    …，中国（云南）自由贸易试验区德宏片区提出…跨境电商…; …，该区…)? Then the industry is in that
    subject's clause, and the cue's subject does not back it."""
    for x in sentence.actors():
        if cue_end <= x[0] < start and _SUBJECT_OPENS_CLAUSE.search(sentence.text, 0, x[0]):
            return True
    ref = None
    for ref in _references(sentence.text, cue_end, start):
        pass
    return bool(ref) and bool(_SUBJECT_OPENS_CLAUSE.search(sentence.text, 0, ref.start()))


def _committees_zone(sentence: Sentence, subject: str, context: _Context) -> str:
    """The zone a zone's committee of the sentence is named with (苏州工业园区管委会 → the zone), else ``subject``."""
    if subject.endswith(":development_zone_committee"):
        place = _agency_place(sentence, subject, context)
        if place is not None and place.startswith("zone:"):
            return place
    return subject


# A fund set up (设立了规模100亿元的…基金), and what it is set up to invest in, after its name (，投向…,
# 重点投资…; not 已投资…: what it has invested in is its own doing), its size and who puts the money in between
# (，首期规模30亿元，由市属国有资本投资公司出资，主要投向…).
_SET_UP = re.compile(r"(?:发起设立|出资设立|设立|成立|组建)了?(?:一支|一只)?(?:规模|总规模)?[^，,；;。]{0,12}?的?")


_INVESTS_NEXT = re.compile(r"(?:[，,]\s*(?:由[^，,。；;已]{1,30}?(?:共同)?(?:出资|发起|管理|运营)|(?:(?:首期|总)?规模|首期)[^，,。；;已]{0,12})){0,2}?[^。；;已]{0,16}?[，,]?\s*(?:(?:主要|重点|将|专门)(?:投向|投资于?)|投向|聚焦)")


def _fund_setters(sentence: Sentence, fund: Mention, setters: Sequence[str], cue_start: int, how: str) -> list[str]:
    """Who sets up a fund named for a region (fund:640500:…): the setters found before the set-up verb if
    that region is among them or acts in the clause (中卫今年联合宁夏国有资本运营集团发起设立中卫市…基金: 中卫,
    not the 宁夏 inside a partner's name); a setter only referred to (该区, 区里) where it is that region;
    nobody where the fund is another region's. That region's own bodies setting it up set it up for the region
    (吉林省工业和信息化厅、省财政厅设立…吉林省汽车产业转型升级基金; 郑州市人民政府设立…郑州市电子信息产业基金): a
    government's fund, whose purposes are its region's. A zone named as the setter sets it up (北京经济技术开发区近日设立…
    亦庄机器人产业基金), and so does anyone named where the fund's name gives no region."""
    owner = fund.id.split(":")[1] if fund.id.count(":") >= 2 else ""
    zones = [x for x in setters if x.startswith("zone:")] if how == "explicit" else []  # (a zone's fund bears its city's code)
    if not owner.isdigit():
        return list(setters) if how == "explicit" else []
    if zones and any(m.id == owner and any(e == s2 and z.id in zones for s2, _, z in sentence.actors()) for _, e, m in sentence.actors()):
        return zones  # 大连市金普新区设立…金普新区高端装备产业基金: the zone sets it up, its city only names where the zone is
    if owner in setters or (how == "explicit" and _own_bodies_set_up(sentence, owner, cue_start)):
        return [owner, *zones]
    clause = _clause_prefix(sentence.text, cue_start)
    if any(m.id == owner and s >= len(clause) for s, e, m in sentence.actors() if e <= cue_start):
        return [owner, *zones]
    return zones


# What may stand between who sets a fund up and the verb (省财政厅同步设立…, 市人民政府近日出资设立…, …集团近日
# 设立了…): not 所属的一家投资集团…设立 (a body's company sets it up) nor 推动…母基金与…共同设立 (others do).
_SETS_UP_ITSELF = re.compile(r"(?:近日|日前|今年|去年|此前|已经?|还|也|将|另行|同步|同期|同月|共同|联合|牵头|出资|发起|参与|\s)*")


# A partner a body sets a fund up with, between the body and the verb (旗财政局还与一家市属国有投资集团共同发起设立…).
_WITH_PARTNER = r"(?:(?:还|也|将|已)?(?:与|同|联合|携手)[^，,。；;由]{1,16}?)?"
_SETS_UP_WITH_PARTNER = re.compile(_WITH_PARTNER + _SETS_UP_ITSELF.pattern)


def _own_bodies_set_up(sentence: Sentence, owner: str, cue_start: int) -> bool:
    """Do bodies of the region ``owner`` (its government, its departments) set the fund up themselves, alone or with a
    partner, named right before the set-up verb at ``cue_start`` (吉林省工业和信息化厅、省财政厅同步设立…; 旗财政局还与
    一家市属国有投资集团共同发起设立…)?"""
    actors = [x for x in sentence.actors() if x[1] <= cue_start]
    return bool(actors) and _agency_region(actors[-1][2].id) == owner and bool(_SETS_UP_WITH_PARTNER.fullmatch(sentence.text, actors[-1][1], cue_start))


# Not a partner the place joins (齐齐哈尔市还联合一家省属投资集团设立了…: the city sets it up with the firm).
_FIRM_NAMED_FOR = re.compile(r"(?:(?!联合|携手|会同)[^，,。；;、和与及“”]){0,14}?(?:集团|公司)(?:在[^，,。；;、和与及]{1,8}?)?" + _SETS_UP_ITSELF.pattern)


# The firm named at the end of the clause before, referred to as who sets a fund up (…整合为银川产业投资集团，由其设立…;
# …组建某国资集团，由该集团牵头设立…): the firm's fund, not the city's that made the firm.
_BY_THE_FIRM = re.compile(r"(?:集团|公司)[，,]\s*由(?:其|该集团|该公司)" + _SETS_UP_ITSELF.pattern + r"$")


def _firm_sets_up(sentence: Sentence, cue_start: int) -> bool:
    """Is the last actor before the set-up verb at ``cue_start`` only the place a firm opening the clause is named for
    (宝鸡市国有资本投资运营集团近日设立了…; not 中卫今年联合宁夏国有资本运营集团发起设立…: 中卫 sets it up with a partner)?"""
    actors = [x for x in sentence.actors() if x[1] <= cue_start]
    if not actors or actors[-1][2].type not in PLACE_TYPES:
        return False
    s, e, _ = actors[-1]
    return bool(_FIRM_NAMED_FOR.fullmatch(sentence.text, e, cue_start)) and _OPENS_CLAUSE_AT.search(sentence.text, 0, s) is not None


def _unplaced_firm_sets_up(sentence: Sentence, fund_start: int) -> bool:
    """Does a company (:data:`~kg.relations.invests._COMPANY_SETS_UP`), with no place named before it in its clause,
    set up the fund named at ``fund_start`` (当地一家国有企业设立了盘锦市国投新能源产业基金: the company's fund, whose
    purposes its city does not back)?"""
    start = _clause_start(sentence.text, fund_start)
    return bool(_COMPANY_SETS_UP.search(sentence.text, start, fund_start)) \
        and not any(start <= s and e <= fund_start and m.type in PLACE_TYPES for s, e, m in sentence.actors())


def _anothers_industry(sentence: Sentence, start: int) -> bool:
    """Is the industry at ``start`` another place's, named as what the subject's own is joined to (推动钛产业与西安的航空
    产业联动发展; 与三亚的种业分工互补; 与东湖高新区的光电产业形成互补): that place's, backed by no one here."""
    return sentence.text.endswith("的", 0, start) and any(
        e == start - 1 and sentence.text.endswith(("与", "同", "跟"), 0, s) and m.type in PLACE_TYPES for s, e, m in sentence.mentions)


_OPENS_CLAUSE_AT = re.compile(r"(?:^|[，,：:；;])\s*(?:(?:近日|日前|今年|去年|此前|同时|此外|另外)[，,]?\s*)?$")


# A government named by its level only, or its treasury, setting up a fund, from the start of the clause to the
# fund's name (由州财政出资设立…; 省财政出资50亿元设立…; 并由县财政出资设立规模5亿元的…; 省级将设立总规模10亿元的…):
# group 1 is the level.
_TREASURY_SETS_UP = re.compile(r"(?:并|同时|此外|还)?\s*由?(省|自治区|市|州|盟|县|区)(?:级财政|财政|级)(?:局|厅)?(?:出资|注资)?"
                               r"(?:\d+(?:\.\d+)?\s*(?:万|亿)元)?\s*(?:还将|也将|将|拟|同步)?" + _SET_UP.pattern)


def _treasury_sets_up(sentence: Sentence, funds: Sequence[tuple[int, int, Mention]], start: int, context: _Context) -> str | None:
    """The region whose government or treasury, named only by its level (省财政, 州财政, 省级), sets up a fund named for that
    region before ``start``, the industry there being what the fund is for (省财政出资50亿元设立四川省人工智能产业投资基金，
    重点投向算力芯片…): the fund's owner, where its name ends in the level's word (四川省, 海西蒙古族藏族自治州, 怀来县).
    The treasury names no place, so the subject found before it (the sentence before's, the article's) is not who sets
    the fund up; the region of the fund's name is (tests/gold/relations_genres/README.md: a fund 由…财政出资设立 is the
    government's own)."""
    for f_start, f_end, fund in funds:
        if f_start >= start:
            break
        level = _TREASURY_SETS_UP.fullmatch(sentence.text, _clause_start(sentence.text, f_start), f_start)
        owner = fund.id.split(":")[1] if fund.id.count(":") >= 2 else ""
        if level is None or not owner.isdigit() or not _fund_facts_cue(sentence.text, f_end, start):
            continue
        entity = context.kb.get(owner)
        return owner if entity is not None and entity.name.endswith(level[1][-1]) else None
    return None


def _fund_facts_cue(text: str, fund_end: int, start: int) -> bool:
    """Does what follows a fund's name up to ``start`` say what it invests in (，主要投向 …)?"""
    found = _INVESTS_NEXT.match(text, fund_end)
    return bool(found) and found.end() <= start


# What has been built (已建成, 已经建成) in a sentence telling how things stand (目前，…; 截至去年底，…): with
# no future in it (将, 计划, 到2027年, 力争), a count of what stands, not what the place backs (目前，濮阳已建成
# 加氢站4座; but 已经建成…，到2027年将达到…, and 宜昌依托…资源，已建成两座加氢站: what the place did).
_STATUS = re.compile(r"\s*(?:目前|当前|如今|现阶段|截至[^，,。；;]{0,12}|截止[^，,。；;]{0,12})[，,]")


_BUILT_ALREADY = re.compile(r"已经?$")


# …the same told after a speaker or mid-sentence (…介绍，截至4月底，全市已建成…; …，目前已建成数据中心机架1.2万个).
_STATUS_BEFORE = re.compile(r"(?:目前|当前|如今|现阶段|截至[^，,。；;]{0,12}|截止[^，,。；;]{0,12})[，,]?[^，,。；;]{0,8}?已经?$")


# A tally (今年以来全县新引进电子元器件项目14个; 全市…已建成加氢站11座; 区内已建成加氢站15座): a cue done already
# (已, 新, 累计 before it), the industry counted right after or with the rest of a list (一年来已引进机床、刀具项目6个),
# told of a period or of the whole area (以来, 一年来, 全市, 区内; not 近年来, a long course),
# with nothing ahead in the sentence (…，到2025年…力争…: the tally of a place at work). Not a named place's own deed (宜昌…已建成两座加氢站).
_TALLY_FRAME = re.compile(r"以来|[一两三]年来|截至|截止|累计|全市|全县|全区|全省|全州|全盟|区内|市内|县内|境内")
_TALLY_DONE = re.compile(r"(?:已经?|新|累计)$")
_TALLY_COUNT = re.compile(_REST_OF_LIST + r"等?(?:项目|企业)?\s*\d+(?:\.\d+)?\s*(?:余|多)?\s*(?:座|个|家|处|条|套|台)")


def _tally(text: str, cue_start: int, end: int) -> bool:
    """Is the cue at ``cue_start`` a tally's (see :data:`_TALLY_FRAME`), the industry ending at ``end``?"""
    return bool(_TALLY_DONE.search(text, max(0, cue_start - 2), cue_start) and _TALLY_COUNT.match(text, end)
                and _TALLY_FRAME.search(text, 0, cue_start) and not _FUTURE.search(text))


_FUTURE = re.compile(r"将|计划|力争|争取|目标|预计|到\s*20\d\d|下一步|今后|未来")


# The industry as the head of a noun counted (当地引进的半导体设备企业已有20余家; 截至2月底，投运及在建的重点数据中心达到
# 28个; 企业在海外设立的海外仓达到210个): the cue only describes what is counted (引进的, 设立的, 重点), a figure of today —
# not a goal (到2027年培育人工智能企业达到100家: 到, 力争… in the clause).
_COUNT_OF = re.compile(r"(?:产业|行业)?(?:企业|公司|项目|工厂|基地|园区|中心|平台)?(?:数量|总数)?\s*(?:已经?有|已达到?|达到|已超过|超过|突破|增至|增加到|共有|累计达到?)\s*\d")
_DESCRIBES = re.compile(r"(?:的|的重点|重点)[^，,。；;的]{0,8}$")


def _counted(text: str, cue_start: int, start: int, end: int) -> bool:
    """Is the industry at ``start``–``end`` the head of a noun counted, the cue at ``cue_start`` only a modifier of it (see
    :data:`_COUNT_OF`)?"""
    if not _COUNT_OF.match(text, end) or _CLAUSE_BREAK.search(text, cue_start, start):
        return False
    clause = text[len(_clause_prefix(text, cue_start)) : _clause_end(text, end)]
    return _DESCRIBES.search(text, cue_start, start) is not None and not _FUTURE.search(clause)


# A document cited (按照规划，…; 根据该市的实施方案，…): a cue naming a document, after these, is no one's doing.
_DOCUMENT_CUES = frozenset(("规划", "方案", "措施", "政策", "行动方案", "实施方案", "若干措施"))


_CITED = re.compile(r"(?:按照|根据|依据|对照|参照)[^，,。；;]{0,10}$")


# A source of figures speaking (…数据显示, 统计显示): what follows is a statistic.
_DATA_SHOWS = re.compile(r"(?:数据|统计|监测|调查)(?:结果)?(?:显示|表明)")


# The materials of an industry (新能源电池材料, 锂电池电解液): a materials industry, not the one named.
_MATERIAL = re.compile(r"(?:材料|电解液|正极|负极|隔膜)")


# Steel made for a sector (汽车板, 家电板, 风电用钢, 船舶钢板): a steel product named after its users. Not 光伏板 (the panels).
_STEEL_FOR = re.compile(r"(?:用钢|钢板|钢材|板(?=[和与及、等，,。；;）)]))")


_PANELS = ("光伏", "太阳能")


# An industry whose name is a substance (第三代半导体材料, 稀土材料): its materials are the industry.
_SUBSTANCE = re.compile(r"半导体|稀土|石墨烯|碳纤维|硅")


# A grant to what an industry's firms or projects do (对新设海外仓给予最高200万元补贴, 对新落户的区块链企业给予
# 三年房租补贴, 对首次入规的电子信息企业给予奖励, 对陶瓷企业的数字化改造给予补贴): 对 and a few words before the industry
# (新设, 新落户的, 首次入规的, 陶瓷企业的), the grant after it in the same clause; each industry of a list granted together
# (对鞋业、纺织服装企业实施数字化改造给予…补助, 对创新药、高端医疗器械项目按研发投入给予…支持, 对绿氢项目给予电价支持).
# Or a grant for doing the industry's work or renting it (对企业开展智能化改造的按…给予补助, 对企业租用智能算力…), or for
# buying the place's own products of it (对采购本地卫星遥感数据的单位给予补贴, 对购买本省工业机器人的企业…): the grant backs
# the industry. (Not buying its products wherever made: 对购置工业机器人的企业给予补贴 pays their users.)
_GRANT_BEFORE = re.compile(r"对(?:新设|新建|新引进|新落户|新认定|落户|引进|[^，,。；;、和与及对给的]{1,8}的"
                           r"|[^，,。；;、和与及对给的]{0,8}?(?:开展|实施|租用|(?:购置|采购|购买)(?:本地|本省|本市|本区|本县)))?"
                           r"(?:[^，,。；;、和与及对给的]{1,10}[、和与及])*$")


# (the grant's measure may follow in a clause of its own: 对企业实施智能化改造的，按设备投资额的15%给予补助)
_GRANT_AFTER = re.compile(_REST_OF_LIST + r"(?:企业|项目|产业|建设|基地)?(?:的[^，,。；;、和与及的]{1,6}?)?[^，,。；;、和与及]{0,8}?"
                          r"(?:[，,]\s*按[^，,。；;]{1,20}?)?给予[^，,。；;]{0,16}?(?:补贴|补助|奖励|贴息|支持)")


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
# 检测中心, 人工智能产业联盟, 文化旅游节; a service's own facility, 锂电池检测认证中心, 检测认证公共服务平台):
# the name, not the industry, is what is built or held; so is a development zone's proper name (汽车经济技术
# 开发区重点发展…: the zone acts). (A park or zone named for an
# industry, 机器人特色产业园区, is built for it: that is backing; so is an industry's own innovation centre,
# 光伏产业创新中心 — its X产业 names the sector it serves, as a park's does.) Nor a sight (旅游景区).
_INSIDE_NAME = re.compile(r"[^，,。；;、和及与“”《》（）()\s]{0,6}?(?:(?<!产业)创新中心|研究中心|检测中心|创新平台|实验室|研究院|联盟|协会|商会|博览会|展览会|论坛|大会|文化节|旅游节|景区)"
                          r"|(?<=检测|认证|检验|测试)(?:公共服务平台|服务平台|中心)"
                          r"|(?:经济技术开发区|经济开发区|高新技术产业开发区|经开区)")  # 长春汽车经济技术开发区: a zone's proper name


# A designation named for an industry (先进制造业集群培育体系, 先进制造业集群名单, …集群培育的部署).
_DESIGNATION = re.compile(r"(?:产业)?集群(?:培育体系|培育的?部署|的?名单|的?榜单)")


# Winners listed (…5个集群上榜，分别为A集群、B集群; 名单涵盖…，其中包括江苏的物联网集群): the clusters named
# after it are what was designated, not what their places back.
_WINNERS = re.compile(r"上榜|入选|入围|获批|获评|名单|榜单")


# An action of a programme, named in a list the sentence sums up (…科技金融赋能行动、…八大行动).
_ACTION_NAME = re.compile(r"[^，,。；;、“”《》\s]{0,6}?(?:行动|工程)(?=[、和及])")


_ACTION_COUNT = re.compile(r"[一二两三四五六七八九十\d]+(?:大|项)(?:行动|工程)")


# A cost or a subsidy of that kind (给予设备购置和物流补贴, 降低运输成本): what firms are paid or spend, no
# industry backed.
_COST = re.compile(r"(?:补贴|补助|费用|成本|运费)")


# A venue among others (在公园、旅游景区等场所推广…): a place, not the industry.
_VENUE = re.compile(r"[^，,。；;、]{0,4}(?:[、和及][^，,。；;、和及]{1,10}){0,8}?等?(?:场所|场馆|公共区域)")


# Words that turn the cue against the industry (防止资金流入房地产, 严禁…, 淘汰…, 剥离…业务, 没有大型制造业项目, 不和曲靖拼光伏), or make it an honour
# received (…产业集群入选省级先进制造业集群), not backing.
_AGAINST = re.compile(r"防止|禁止|严禁|不得|限制|遏制|淘汰|压减|严控|杜绝|剥离|不再|没有|并无|不和|不与|入选|入围|上榜|获评|被评为|荣获|名单|榜单")


# A facility counted (两个冷链物流中心, 3个数据中心项目): what is built for the industry.
_FACILITY = re.compile(r"(?:产业)?(?:中心|基地|项目|工厂|生产线|示范区|集聚区)")


# A market faced (引进面向航空航天和新能源汽车领域的复合材料企业): the fields after 面向, then the field word.
_FACING = re.compile(r"面向[^，,。；;]{0,20}$")


_FIELD_WORD = re.compile(_REST_OF_LIST + r"等?(?:领域|行业|市场|场景|用户)")


_CUSTOMER_FIRMS = re.compile(_REST_OF_LIST + r"等?(?:行业|领域)?(?:企业|客户|厂商)的")


# A partner the industry is coupled with (推进氢能与海上风电、光伏等可再生能源耦合发展, 推动低空飞行服务与
# 城市治理、文化旅游等深度融合): after 与 (and the list's earlier items), before the coupling verb; only a
# list of partners, as two things fused (支持机器人与大模型融合发展) are both backed.
_PARTNER_BEFORE = re.compile(r"与(?:[^，,。；;、和及与]{1,10}[、和及])*(?:[^，,。；;、和及与]{1,10}等)?$")


# A counterpart something is linked with (推动冰雪经济与深圳消费市场对接, 推动…数据中心集群与粤港澳大湾区的算力需求
# 对接): after 与, the other side's market, demand or industry, then 对接.
_COUNTERPART_BEFORE = re.compile(r"与[^，,。；;与]{0,16}$")


_LINKED_WITH = re.compile(r"[^，,。；;]{0,6}?对接")


# Another's industry a place's is related to (与东湖高新区的光电产业形成互补, 与嘉定的整车制造形成的是上下游关系,
# 与邻市的汽车产业错位发展):
# 与, the partner and 的 before the industry, then the rest of the list and 形成 or a relation word after it; the
# partner has the industry, the place only relates its own to it.
_PARTNERS_OWN_BEFORE = re.compile(r"与[^，,。；;与的]{1,16}的(?:[^，,。；;、和及与]{1,10}[、和及])*$")


_RELATED_AFTER = re.compile(_REST_OF_LIST + r"等?(?:产业|行业|产业链|集群|企业)?(?:形成|互补|错位|配套|衔接|实现(?:互补|错位))")


# Manufacturing as a whole, the partner a sector is fused with (推动大数据与制造业融合, 推动商贸物流业与制造业融合发展,
# 推进人工智能与制造业深度融合): the field the sector is brought into; the dev gold never counts it backed there (a
# narrower partner, 机器人与大模型融合发展, 盐湖化工与新能源融合, is).
_WHOLE_MANUFACTURING = re.compile(r"(?:先进)?制造业")


_COUPLED = re.compile(r"(?:[、和及][^，,。；;、和及与]{1,10}){0,8}?(?:等[^，,。；;、]{0,8})?(?:深度|协同|耦合|一体化|融合)?(?:融合|耦合|联动|协同|互动)")


# Firms or projects of an industry adopting something else (支持汽车、家电等行业企业开展“机器换人”,
# 鼓励海上风电、光伏项目按比例配建储能, 数据中心配建用户侧储能): users, not what is backed.
_ADOPTERS = re.compile(
    r"(?:[、和及][^，,。；;、和及与]{1,10}){0,8}?等?(?:(?:行业|领域)?(?:企业|项目|用户)(?:按比例|优先|率先|积极)?"
    r"(?:配建|配置|配套建设|采购|购置|使用|采用|开展“?机器换人|实施“?机器换人)|(?:按比例)?(?:配建|配套建设))"
)


_LISTED = re.compile(r"[、等]")


# A sector named right before a data facility (种业|大数据中心, 乳业|大数据平台): not industry's or a trade's own data
# (工业大数据, 产业大数据).
_SECTOR_BEFORE = re.compile(r"(?<![工产])[\u4e00-\u9fff]业大?$")


_DATA_FACILITY = re.compile(r"大?数据(?:中心)?")


# What the development of an industry right before has (发展生物制造有先天优势, 发展低空经济具有场景和算法优势,
# 发展算力具备先天条件): a place's conditions for it, told as an advantage, not what the place does.
_CONDITIONS_FOR = re.compile(r"(?:产业)?(?:具有|具备|有)[^，,。；;]{0,6}?(?:优势|条件)")


# A category an industry named before is made one of (把通用航空作为重点培育的新兴产业, 把商业航天列为重点培育的未来产业):
# the role it is given, not a sector backed besides it.
_CATEGORY_ROLE_BEFORE = re.compile(r"(?:作为|列为|列入|确定为|定位为)[^，,。；;、]{0,10}$")
_CATEGORIES = frozenset({"新兴产业", "战略性新兴产业", "未来产业"})


@lru_cache(maxsize=1 << 16)  # a pure function of the sentence's text; sentences recur (boilerplate, reprinted items)
def _backed_as_stated(text: str, start: int, end: int, cue_end: int) -> bool:
    """Does the industry at ``text[start:end]`` (after a cue ending at ``cue_end``) stand as what is
    backed: not a field of application, a market faced, a user or a partner, a word inside a name,
    what the cue is turned against, nor a category a count sums up?"""
    if _NOT_BACKED_WORD.search(text, end) and _NOT_BACKED_AFTER.match(text, end):
        return False  # what follows makes it a field, a user, a name, a venue, a statistic … (see _NOT_BACKED_AFTER)
    if cue_end == start and _CONDITIONS_FOR.match(text, end):
        return False  # 发展生物制造有先天优势: the place's conditions for the industry, not backing it
    if _FINANCE_WORD.search(text, end) and _FINANCED.match(text, end):
        return False  # a financial service's fields (…等领域的融资租赁): tried apart, where its word follows (its lists cost)
    if _ACTION_NAME.match(text, end) and _ACTION_COUNT.search(text, end):
        return False  # 实施…科技金融赋能行动、创新人才聚集行动…八大行动: the name of an action
    if _SUMMARY.search(text, max(0, start - 4), start) and not _FACILITY.match(text, end):
        return False  # (新建两个冷链物流中心: a count of facilities for it, no category)
    if text[start:end] in _CATEGORIES and _CATEGORY_ROLE_BEFORE.search(text, max(0, start - 16), start):
        return False  # 把通用航空作为重点培育的新兴产业: the category is the role given, not a sector of its own
    if not _BETWEEN_WORDS.search(text, cue_end, start):
        return True  # (most: the cue right before the industry) none of the checks below can find its words
    if "业" in text[cue_end:start] and _SECTOR_BEFORE.search(text, cue_end, start) and _DATA_FACILITY.fullmatch(text, start, end) \
            and (text.endswith(("中心", "平台"), start, end) or text.startswith(("中心", "平台"), end)):
        return False  # 建设种业大数据中心, 乳业大数据平台: a sector's data facility, the data industry is not what is backed
    if _FACING.search(text, cue_end, start) and (_FIELD_WORD.match(text, end) or _CUSTOMER_FIRMS.match(text, end)):
        return False  # (打造面向家纺和船舶企业的供应链服务平台: the firms served, customers of the platform)
    if "对接" in text and _COUNTERPART_BEFORE.search(text, cue_end, start) and _LINKED_WITH.match(text, end):
        return False  # 推动冰雪经济与深圳消费市场对接, …与大湾区的算力需求对接: the counterpart linked with, not backed
    partner = _PARTNER_BEFORE.search(text, cue_end, start)
    coupled = partner and _COUPLED.match(text, end)
    if coupled and _LISTED.search(text[partner.start() : coupled.end()]):
        return False  # a list of fields (X与Y、Z等…融合); 机器人与大模型融合发展 backs both
    if coupled and _WHOLE_MANUFACTURING.fullmatch(text, start, end):
        return False  # 推进人工智能与制造业深度融合: manufacturing as a whole is where the other is brought, not backed
    if "与" in text[cue_end:start] and _PARTNERS_OWN_BEFORE.search(text, cue_end, start) and _RELATED_AFTER.match(text, end):
        return False  # 与东湖高新区的光电产业形成互补, 与嘉定的整车制造形成上下游关系: the partner's industry
    if _FUNCTIONS_OPEN.search(text, cue_end, start) and _FUNCTIONS_CLOSE.match(text, end):
        return False
    if _HAS.search(text, cue_end, start) or _SERVED.search(text, cue_end, start):
        return False
    if "服务" in text[cue_end:start] and _SERVING.search(text, cue_end, start) and _CUSTOMERS.match(text, end):
        return False  # …重点发展电子化学品，服务长三角的芯片制造企业: the customers the products serve
    if _FIELD_IN.search(text, cue_end, start) and _FIELD_AFTER.match(text, end):
        return False  # 推动燃料电池汽车在物流、公交和港口等场景示范运营: fields it is used in
    if _AROUND_BEFORE.search(text, cue_end, start) and _AROUND_FIELD.match(text, end):
        return False  # 支持企业围绕煤炭、装备制造等行业开发行业大模型: the fields a product is made for
    if _SUPPLIED_BEFORE.search(text, cue_end, start) and _SUPPLIED.match(text, end):
        return False  # 推动刀具、锁具企业向高端装备配套延伸: the customers a place's firms supply
    if _MEANS.search(text, cue_end, start):
        return False  # 让“德化瓷”通过海外仓走向全球; 推动小吃企业对接大型商超和电商平台
    if _BASE_BEFORE.search(text, cue_end, start) and _BASE_AFTER.match(text, end):
        return False  # 依托芜湖多年积累的航空产业基础: the base the place builds on, what it has
    if "购" in text[cue_end:start] and (_EQUIPMENT_BOUGHT.search(text, cue_end, start) and _BUYER_AFTER.match(text, end)
                                        or _BUYER_BEFORE.search(text, cue_end, start) and _BUYER.match(text, end)):
        return False  # 对购置工业机器人的企业给予补助; 对购买燃料电池汽车的物流企业给予补贴: equipment bought, its buyers
    return not _AGAINST.search(text, cue_end, start)


# The customers firms supply (向高端装备配套延伸, 为新能源汽车和储能配套): 为/向/给 and the list's earlier items,
# then the rest of the list and 配套 as a verb (not 重点投向…风能产业配套项目: projects for the industry).
_SUPPLIED_BEFORE = re.compile(r"(?:为|(?<![投面走转])向|给)(?:[^，,。；;、和与及的]{1,12}[、和与及])*$")


_SUPPLIED = re.compile(_REST_OF_LIST + r"等?(?:产业|行业|领域|企业|整车|主机厂)?(?:做|进行|提供)?配套(?!项目|产业|企业|园区|设施|服务|能力|体系)")


# A means, a base or a counterpart (通过海外仓走向全球, 依托石化产业基础, 借助电商平台, 推动企业对接商超和电商平台,
# 结合现代农业发展乡村旅游, 借助当地算力资源): what the place works through or with, not what it backs — 通过, 依托,
# 对接, 结合, maybe 当地/现有, and the list's earlier items.
_MEANS = re.compile(r"(?:通过|借助|依托|凭借|对接|结合)(?:当地|本地|现有|自身|已有)?的?(?:[^，,。；;、和与及的]{1,12}[、和与及])*$")  # (not 依托…开展的A和B项目: what is done)


# A base built on, told with words before the industry (依托芜湖多年积累的航空产业基础, 立足现有的钢铁产业优势):
# what the place has, as _MEANS without them.
_BASE_BEFORE = re.compile(r"(?:依托|凭借|立足)[^，,。；;]{1,12}$")


_BASE_AFTER = re.compile(_REST_OF_LIST + r"等?(?:产业|行业)?的?(?:基础|优势|底子|积累)")


# Equipment a subsidy helps firms buy (对购置工业机器人、数控机床的企业按投资额给予补助): the firms adopt it,
# the subsidy backs their upgrading, not the equipment's industry; and the firms that buy something
# (对购买燃料电池汽车的物流企业给予运营补贴): users named by their trade, not a trade backed.
_EQUIPMENT_BOUGHT = re.compile(r"(?:购置|采购)(?:[^，,。；;、和及与]{1,10}[、和及与])*$")


_BUYER_AFTER = re.compile(_REST_OF_LIST + r"等?[^，,。；;的]{0,8}的[^，,。；;]{0,6}?(?:企业|用户|单位|主体|项目)")


_BUYER_BEFORE = re.compile(r"(?:购置|购买|采购|使用)[^，,。；;]{1,16}的$")


_BUYER = re.compile(r"[^，,。；;的]{0,4}?(?:企业|用户|单位|经营主体|公司)")


# The customers a clause of its own says the products serve (…电子化学品，服务长三角和珠三角的芯片制造企业).
_SERVING = re.compile(r"[，,]服务(?:于)?[^，,。；;]{0,16}$")


_CUSTOMERS = re.compile(_REST_OF_LIST + r"等?(?:制造|生产|加工)?(?:企业|客户|厂商|用户)")


# The fields a product is developed for (围绕煤炭、装备制造等行业开发行业大模型, 围绕文旅等场景推出…).
_AROUND_FIELD = re.compile(_REST_OF_LIST + r"等?(?:行业|场景)(?:需求)?(?:开发|研发|推出|提供|打造)")


# A place's conditions for an industry (发展海洋经济条件优越, 发展光伏产业的基础雄厚).
_CONDITION = re.compile(_REST_OF_LIST + r"等?(?:产业)?的?(?:条件|基础|优势|潜力|资源禀赋)(?:十分|非常|较为|相当)?(?:优越|雄厚|明显|突出|巨大|良好|得天独厚|扎实)")


# What a place has (…的标兵，汇集了一大批…产业，包括…; 拥有…): a cue before it (高质量发展) is not about it.
_HAS = re.compile(r"汇集了|汇聚了|集聚了|聚集了|拥有|坐拥")


# What firms serve or a thing is applied to (供应链企业服务制造业, 赋能千行百业, 应用于汽车、医疗等), or a clause
# opening with 服务 after what is built (…电子化学品，服务长三角的芯片制造企业): a field or a user, not what is backed;
# whose it is (长三角的) and the list's earlier items may stand between.
_SERVED = re.compile(r"(?:(?:(?<=企业|机构|平台|中心)|(?<=[，,]))服务|服务于|赋能|应用于|(?<!适)用于|(?:供应|供给)(?:周边|本地|当地|区内|园区)?)(?:[^，,。；;的]{1,16}的)?(?:[^，,。；;、和与及]{1,12}[、和与及])*$")


# Fields a financial service puts business in (绿色能源、汽车产业链、飞机船舶等 4 个租赁特色业态, 船舶融资租赁,
# 未来产业领域、…等多个重点产业领域 before the leasing, 加大对…产业的业务投放): the service's, not backed themselves.
_FINANCE_WORD = re.compile(r"租赁|保险|信贷|贷款|投放")  # every match of _FINANCED ends with one (one scan, not one per word)
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


# A trait of a place's work on an industry (北京发展机器人产业的特点在于…, 发展氢能的短板是…): the cue and the
# industry only name what is described, no backing is stated.
_DESCRIBED = re.compile(_REST_OF_LIST + r"等?(?:产业|行业)?的(?:特点|特色|优势|短板|差距|不足|瓶颈|问题|难点|难题|关键)(?:主要)?(?:在于|是)")


# What, right after an industry's name, makes it no industry backed: a field of application (…领域的应用),
# users adopting something (…等行业企业开展“机器换人”), a word inside a name (…创新中心, …博览会), a
# designation (纳入全省先进制造业集群培育体系, 入选…集群名单), a venue (…等场所), a place's conditions for it
# (发展海洋经济条件优越: what a place has, not what it does), a statistic of the past
# (汽车制造业增加值增长最快，同比增长23.1%), a downstream (…等下游项目), a trait described (…的特点在于), a cost
# or a subsidy of its kind (物流补贴).
# One pattern, one call where each was one: :func:`_backed_as_stated` asks it of every industry after a cue.
_NOT_BACKED_AFTER = re.compile("|".join(f"(?:{p.pattern})" for p in (
    _APPLICATION_FIELD, _ADOPTERS, _INSIDE_NAME, _DESIGNATION, _VENUE, _CONDITION, _FIGURE, _DOWNSTREAM, _DESCRIBED, _COST)))
# Every match of it holds one of these words, read from its patterns (…等领域的应用: 应用, 融合 …; …下游项目): where none
# follows the industry, it is not tried (most industries; its lists cost at every item).
_NOT_BACKED_WORD = re.compile(word_alternation(required_words(_NOT_BACKED_AFTER)))


# Fields something is used in (在物流、公交和港口等场景示范运营, 在公交和物流车辆中推广…): 在 and the list's earlier items, then the
# rest of the list and the field word.
_FIELD_IN = re.compile(r"在(?:[^，,。；;、和及与在]{1,10}[、和及与])*$")


_FIELD_AFTER = re.compile(_REST_OF_LIST + r"等?(?:场景|领域|行业|环节|(?:车辆|设备|产品|项目)?[中上]的?(?:应用|推广)|[^，,。；;、]{0,4}?(?:方面|上)(?:开展|加强|深化|推进)(?:交流)?合作)")


# What each check of :func:`_backed_as_stated` after its test of this looks for between the cue and the industry (in
# that order: 业, 面向, 与, 集, 汇集了, 服务, 在, 围绕, 为/向/给, 通过, 依托, 购置, the _AGAINST words …); a check added
# there must add its pattern here (tests/test_relations.py reads the function for them).
_BETWEEN_CHECKS = (_SECTOR_BEFORE, _FACING, _COUNTERPART_BEFORE, _PARTNER_BEFORE, _PARTNERS_OWN_BEFORE, _FUNCTIONS_OPEN, _HAS,
                   _SERVED, _SERVING, _FIELD_IN, _AROUND_BEFORE, _SUPPLIED_BEFORE, _MEANS, _BASE_BEFORE, _EQUIPMENT_BOUGHT,
                   _BUYER_BEFORE, _AGAINST)


def _held_characters(pattern: re.Pattern[str]) -> set[str]:
    """Characters one of which every match of ``pattern`` holds: one that each of its required words holds where
    there is one (，服务 and ,服务 both hold 服), else each word's first."""
    words = sorted(required_words(pattern, last=False))  # read from the industry back: the word farthest (与…的: 与)
    shared = set(words[0]).intersection(*words[1:])
    return {min(shared, key=words[0].index)} if shared else {word[0] for word in words}


# The characters one of which each check's match holds (业, 面, 与, 集, 汇, 服 …): where none stands between the cue and
# the industry (most cues stand right before it), none of the checks can answer.
_BETWEEN_WORDS = re.compile("[" + "".join(map(re.escape, sorted(set().union(*map(_held_characters, _BETWEEN_CHECKS))))) + "]")


# A clause telling what has come of it (吸引了…, …已覆盖…, 累计…), or whom it benefits (…，也能带动装备制造;
# …，为石化企业提供绿电): an industry there gains from what the cue backs, it is not what is backed.
_RESULT = re.compile(r"已(?!于)|[^\W\d_]了|累计|从无到有|带动|拉动|为[^，,。；;为]{1,12}?提供")


_WISH = re.compile(r"希望|期待|期盼|呼吁")


# Another place's practice learnt from (学习包头发展稀土新材料的做法, 借鉴深圳培育低空经济的经验): the cue and the
# industry name what is learnt, the learner backs nothing by it.
_LEARNED_BEFORE = re.compile(r"(?:学习|借鉴|效仿|复制|参考)[^，,。；;]{0,16}$")


_PRACTICE_AFTER = re.compile(_REST_OF_LIST + r"等?(?:产业|行业)?的(?:成功)?(?:做法|经验|模式|路子|路径|打法)")


# History told before the cue (上世纪50年代建成的化工基地, 早在…就): what was done then, not what is backed.
_HISTORY = re.compile(r"上世纪|[一二三四五六七八九]?十年代|\d0年代|早在|历史上|建国(?:初期|后)|新中国成立")


# A clause opening with last year (，去年…产值为…).
_LAST_YEAR = re.compile(r"(?<=[，,；;：:])\s*(?:去年|上年|前年|上一年)")


# A clause opening with a period gone by this year (，今年1-5月…, ，前三季度…, ，今年以来…, ，上半年…).
_PERIOD_TO_DATE = re.compile(r"(?<=[，,；;：:])\s*(?:今年|去年|上年|\d{4}\s*年)?(?:\d{1,2}\s*[-—–~～至到]\s*\d{1,2}\s*月(?:份)?|前[一二三]季度|[一二三]季度|上半年|以来|年初以来)")


def _past_figure_between(sentence: Sentence, cue_end: int, start: int, context: _Context) -> bool:
    """Does a clause opening with a year before the article's (2022年，…) stand between the cue and
    the industry? What follows it is a figure of the past, whatever the cue before it says."""
    if "年" in sentence.text and _LAST_YEAR.search(sentence.text, cue_end, start):
        return True  # …发展有色金属精深加工，去年稀土新材料产值约为210亿元
    if _PERIOD_TO_DATE.search(sentence.text, cue_end, start):
        return True  # …合作发展家具产业，今年1-5月家居产品网络零售额增长31%: a figure of the months gone by
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


# A document issued, then its measures with no subject of their own (…印发《…措施》，支持创新药…; 出台《…》，
# 对新建项目给予补助; 印发《…方案》，按“一核两翼”布局…): the clause after the title opens with what the document does.
_DOCUMENT_MEASURES = re.compile(
    r"(?:印发|出台|发布|制定)[^，,。；;]{0,4}《[^《》]+》(?:[（(][^（）()]{0,20}[）)])?[，,]\s*(?:并|还|同时)?(?:按照?[^，,。；;]{1,12}?)?"
    r"(?:对|支持|鼓励|推动|促进|加快|重点|大力|着力|围绕|聚焦|培育|发展|打造|引导|布局|扶持|列出)"
    r"|(?:印发|出台|发布|制定)的《[^《》]+》(?:[（(][^（）()]{0,20}[）)])?\s*(?:[，,]\s*)?(?:也|还|并|同时)?(?:提出|明确|要求|指出|将|把)"  # …印发的《…措施》明确，…; …出台的《…计划》，也将…
)


def _document_content(text: str, actor_end: int, cue_start: int, cue_end: int) -> bool:
    """Does the cue at ``text[cue_start:cue_end]`` stand in what a document issued after the actor says
    (see :data:`_DOCUMENT_CONTENT`, :data:`_DOCUMENT_MEASURES`)?"""
    return bool(_DOCUMENT_CONTENT.search(text, actor_end, cue_start) or ("《" in text and _DOCUMENT_MEASURES.search(text, actor_end, cue_end)))


def _subject_end(sentence: Sentence, subjects: Sequence[str], pos: int) -> int:
    """Where the last mention of a subject before ``pos`` ends, else the last actor's (:func:`_actor_end`): what a
    document its subject issued says is read from there, past places it names as objects (黑龙江省工业和信息化厅出台的
    《…计划》，…，支持齐齐哈尔发展数控机床: the 厅 is the subject, 齐齐哈尔 the object)."""
    ends = [e for _, e, m in sentence.actors() if e <= pos and m.id in subjects]
    return max(ends) if ends else _actor_end(sentence, pos)


def _documents_region(sentence: Sentence, subjects: list[str], context: _Context) -> list[str]:
    """What a document says is its region's (a zone's committee's document, its zone's), not its issuer's,
    who issues it; a national body's document names no region of its own."""
    return list(dict.fromkeys(_agency_place(sentence, x, context) or x for x in subjects if not _central_agency(x)))


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


# Firms counted as a clause's subject (已有60余家种业企业在…设立…, 今年共有120家企业…).
_COUNTED_FIRMS = re.compile(r"(?:^|[，,：:；;])\s*(?:目前|如今|近日|今年|截至[^，,。；;]{0,10})?[，,]?\s*(?:已有|已经有|还有|共有|累计有)?\d+\s*(?:余|多)?家[^，,。；;的]{0,8}?(?:企业|公司|集团|厂商|机构)")


# The firms of a place as the subject (阎良区的航空制造企业也在…, 当地的龙头企业正…), or a city it locates
# (这座新疆的石油城正把目光投向…: the report's city, the region only says where it is).
_FIRMS_OF = re.compile(r"的[^，,。；;、]{0,12}?(?:企业|公司|集团|厂商|龙头|基地|工厂|城|园区|产业园)(?:们)?(?:也|都|还|正|已|将|在|纷纷|积极|加快|不断)")


# A place naming where a firm comes from (北京一家能源央企子公司, 来自广东深圳的电池企业, 深圳的一家电池企业):
# the place, a few words of the firm's trade, then the firm.
_FIRM_FROM_AFTER = re.compile(r"的?(?:一家|两家|三家|几家|多家|一批|某)?[^，,。；;、“”]{0,8}?(?:企业|公司|集团|央企|国企|厂商|投资方|投资者)")


def _firm_from(sentence: Sentence, text: str, cue_start: int) -> bool:
    """Is the last place before the cue at ``cue_start`` only where a firm acting comes from: followed by a
    firm (北京一家能源央企子公司投资建设), or after 来自 with a firm before the cue (来自广东深圳的电池企业)?"""
    actors = [x for x in sentence.actors() if x[1] <= cue_start]
    if not actors or actors[-1][2].type not in PLACE_TYPES:
        return False
    s, e, _ = actors[-1]
    firm = _FIRM_FROM_AFTER.match(text, e)
    if firm is None or firm.end() > cue_start:
        return False
    for x in reversed(actors[:-1]):  # the place's province before it (来自广东深圳的…)
        if x[1] != s or x[2].type not in PLACE_TYPES:
            break
        s = x[0]
    if text[:s].rstrip().endswith(("来自", "总部在", "总部位于", "总部设在")) or _COUNTED_BEFORE.search(text, max(0, s - 3), s):
        return True  # (一家北京氢能企业: the count before the place)
    # (深圳的一家电池企业: 的 before the count; not 深圳的家电企业, a place's firms, see _FIRMS_OF)
    return ("一" in firm[0] or "家" in firm[0] or "某" in firm[0]) and (text[e : e + 1] != "的" or _COUNTED.match(firm[0], 1) is not None)


_COUNTED = re.compile(r"一家|两家|三家|几家|多家|一批|某")


# A count right before a place (与一家北京氢能企业签约): the place is where the firm counted comes from.
_COUNTED_BEFORE = re.compile(r"(?:一家|两家|三家|几家|多家|某)$")


# Who signs with a firm from elsewhere before the cue (迁安市政府今年与一家来自北京的能源企业签约，建设…; 松北区…，并与
# 一家来自陕西西安的企业合作建设…): the place or body that signs hosts the project and backs it, not the firm's home.
_SIGNS_WITH = re.compile(r"与\s*(?:一家|两家|几家|多家|某)?\s*(?:来自)?$")
_SIGNED = re.compile(r"[^。；;]{0,16}?(?:签约|签署|签订|合作|携手)")


def _signing_party(sentence: Sentence, text: str, cue_start: int, context: _Context) -> list[str]:
    """Who signs with the firm whose home is the last place before the cue at ``cue_start`` (see
    :func:`_firm_from`): the subject of the clause at 与, named or referred to; none where no one is."""
    actors = [x for x in sentence.actors() if x[1] <= cue_start]
    s, e, _ = actors[-1]
    for x in reversed(actors[:-1]):  # the place's province before it (来自广东深圳的…)
        if x[1] != s or x[2].type not in PLACE_TYPES:
            break
        s = x[0]
    signs = _SIGNS_WITH.search(text, max(0, s - 8), s)
    firm = _FIRM_FROM_AFTER.match(text, e)
    if signs is None or firm is None or not _SIGNED.match(text, firm.end(), cue_start):
        return []
    subjects, how = _subjects_before(sentence, signs.start(), context)
    return subjects if how in ("explicit", "reference", "topic_reference", "zone_reference", "official_reference") else []


# A speaker, then the unit they speak for as the subject of what they say (…管理局局长介绍，科技城聚焦…;
# 镇党委书记说，全镇正在推动…; 负责人表示，园区将…): a place in the speaker's title, or the report's city,
# is not who acts — a town, a park or a firm is, which no region stands for.
_UNIT_SPOKEN_FOR = re.compile(
    r"(?:介绍|表示|说|透露|称|指出|坦言)[，,：:]\s*(?:(?:目前|今年|下一步|未来|近年来)[，,]?\s*)?"
    r"(?:全镇|镇里|该镇|本镇|全村|村里|科技城|园区|产业园|集团|公司|学校|高校|大学|医院)(?!内|里的|的)"
)


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


def _sub_funds(text: str, funds: Sequence[tuple[int, int, Mention]], cue_start: int, start: int, end: int) -> bool:
    """Is the industry at ``text[start:end]`` a sub-fund's, not the purpose of the fund acting before the
    cue at ``cue_start``: named in a sub-fund after that fund (设立钢铁深加工子基金) or standing after one
    (…设立的一支新材料子基金已投资…, …子基金，主要投向…)? The owner region backs its own fund's purposes,
    not a sub-fund's (tests/gold/relations_genres/README.md)."""
    fund_end = max((e for s, e, _ in funds if s < cue_start), default=-1)
    sub = text.find("子基金", fund_end) if fund_end >= 0 else -1
    return sub >= 0 and (sub < start or 0 <= sub - end <= 6)


def _fund_used_for(sentence: Sentence, funds: Sequence[tuple[int, int, Mention]], start: int) -> bool:
    """Is the industry at ``start`` what a fund someone uses or sets up (用好…基金, 设立…基金) is then said
    to invest in (…，重点投向 X)?"""
    for f_start, f_end, _ in funds:
        if f_start >= start:
            break
        if _FUND_AS_OBJECT.search(sentence.text, 0, f_start) and _cue_re("invests_in").search(sentence.text, f_end, start):
            return True
    return False


def _firm_set_up(sentence: Sentence, funds: Sequence[tuple[int, int, Mention]], start: int) -> bool:
    """Is a fund named before the industry at ``start`` set up by a firm named for a place (:func:`_firm_sets_up`:
    某省国有资本运营集团日前另行发起设立…基金; 某市国有资本运营有限公司在某地发起设立…基金)?"""
    for f_start, _, _ in funds:
        if f_start >= start:
            break
        found = _SETS_UP_FUND.search(sentence.text, _clause_start(sentence.text, f_start), f_start)
        if found and _firm_sets_up(sentence, found.start()):
            return True
    return False


# Setting a fund up, right before its name in the clause (市财政局统筹设立规模20亿元的…基金, 由市财政局出资设立…基金).
_SETS_UP_FUND = re.compile(r"(?:设立|成立|组建|发起)了?[^，,；;。]{0,14}$")


def _owner_sets_up(sentence: Sentence, subject: str, funds: Sequence[tuple[int, int, Mention]], start: int) -> str | None:
    """The region a fund is named for, where ``subject`` is one of its bodies setting the fund up before the industry at
    ``start`` (市财政局统筹设立…芜湖市低空经济产业基金，重点投向无人机…; 由市财政局出资设立贵阳市…基金，重点投向…): a
    government's fund, whose purposes its region backs (the gold's ruling on a fund's purposes), not the department
    that pays for it. None for a fund named for a zone (its zone's) or another region, or one the body only uses (用好)."""
    region = _agency_region(subject)
    for f_start, _, fund in funds:
        if f_start >= start:
            break
        _, owner, name = fund.id.split(":", 2) if fund.id.count(":") >= 2 else ("", "", "")
        if owner == region and not _ZONE_FUND.match(name) and _SETS_UP_FUND.search(sentence.text, 0, f_start):
            return owner
    return None


# A clause whose subject is a fund named before (，基金已向…注资, ；该基金将…): what follows is its doing.
_FUND_CLAUSE = re.compile(r"[，,；;]\s*(?:该|这只|这支|此|母|子)?基金(?=将|要|还|也|已|会|计划|拟|把|正|主要|重点|后续|目前|累计|先后)")


def _fund_acts_since(text: str, funds: Sequence[tuple[int, int, Mention]], cue_start: int) -> bool:
    """Does a clause between a fund's name and the cue at ``cue_start`` open with the fund as its
    subject (…设立…濮阳氢能产业基金，基金已向…注资，后续重点投向…)? Then the cue tells the fund's investment."""
    first = next((f_end for f_start, f_end, _ in funds if f_start < cue_start), None)
    return first is not None and _FUND_CLAUSE.search(text, first, cue_start) is not None


# The numbered heading of a document's measures, ending in a colon (（二）氢能和新能源：, 一、新材料产业：).
_HEADING = re.compile(r"\s*(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.、．])\s*[^：:。；;，,]{1,30}[：:]")


# The items of what places do 分别 (…分别布局A、B; …分别建设A和B): split at 、 where that gives one item a place,
# else at 和/与/及, else at both (…分别在新材料、机器人和新型显示方面发力).
_ITEM_BREAKS = (re.compile(r"、"), re.compile(r"[和与及]"), re.compile(r"[、和与及]"))


# 分别 opening the clause before the cue's (…分别依托老牌摩托车和轨道交通企业，发展…): the places still do their own items.
_RESPECTIVELY_BEFORE = re.compile(r"分别[^，,。；;：:]{1,20}[，,]$")


def _respective_subject(text: str, subjects: Sequence[str], cue: re.Match[str], start: int) -> str | None:
    """The one of several places named together that backs the industry at ``start`` where they do
    their own 分别 (石峰区、天元区分别建设A产业园和B产业园; 思明区和湖里区分别布局软件和信息服务业、跨境电商):
    the n-th place does the n-th item after the cue. ``None`` where 分别 does not stand right before the
    cue or the clause before it (九龙坡区、沙坪坝区则分别依托…企业，发展A和B) or the items cannot be counted out one
    a place (then every place named backs, as before)."""
    if not text.endswith("分别", 0, cue.start()) and not _RESPECTIVELY_BEFORE.search(text, max(0, cue.start() - 30), cue.start()):
        return None
    items_end = _clause_end(text, cue.end())
    if start >= items_end:
        return None
    return _nth_item(text, subjects, cue.end(), items_end, start)


def _nth_item(text: str, subjects: Sequence[str], items_start: int, items_end: int, start: int) -> str | None:
    """The place whose item holds ``start`` when the items between ``items_start`` and ``items_end`` count out
    one a place (:data:`_ITEM_BREAKS`), else ``None``."""
    for breaks in _ITEM_BREAKS:
        cuts = [m.start() for m in breaks.finditer(text, items_start, items_end)]
        if len(cuts) + 1 == len(subjects):
            return subjects[bisect_right(cuts, start)]
    return None


# 分别 before a list of items whose cue follows them (宣城市、芜湖市和合肥市分别在新材料、机器人和新型显示方面发力;
# 甲市、乙市分别以A和B为主攻方向), with what opens the items.
_RESPECTIVELY_OPENS = re.compile(r"分别(?:在|以|将|把|围绕)?")


def _respective_item(text: str, subjects: Sequence[str], start: int) -> str | None:
    """The one of several places named together that backs the industry at ``start`` where 分别 stands before
    it in its clause and the cue after the items (…分别在A、B和C方面发力): the n-th place, the n-th item; ``None``
    where there is no such 分别 or the items cannot be counted out one a place."""
    at = text.rfind("分别", _clause_start(text, start), start)
    if at < 0:
        return None
    return _nth_item(text, subjects, _RESPECTIVELY_OPENS.match(text, at).end(), _clause_end(text, start), start)


def _matches_before(pattern: re.Pattern[str], text: str, end: int, found: list[re.Match[str]], ends: list[int]) -> list[re.Match[str]]:
    """``list(pattern.finditer(text[:end]))`` from ``found`` (``pattern.finditer(text)``, whose
    ends are ``ends``): the same matches, without searching the sentence again for every
    mention in it. Only where a match runs across ``end`` is the text searched again, from there."""
    k = bisect_right(ends, end)
    if k < len(found) and found[k].start() < end:  # cut short, another word may match there
        return found[:k] + list(pattern.finditer(text, found[k].start(), end))
    return found[:k]


# What follows a macro-region in a headline that makes it no actor: its members counted (成渝两地共建…, 长株潭三市分头…),
# its firms (大湾区企业北上); and a document's name it opens (长江中游城市群…行动计划（2025—2028年）).
_MACRO_NOT_ACTING = re.compile(r"\s*(?:[两三四五六七八九十](?:地|市|省|城|区|县|座城市|个城市)|九城|(?:的)?(?:企业|公司|龙头|厂商))")
_DOCUMENT_NAME = re.compile(r"(?:办法|方案|意见|规划|细则|计划|纲要|要点|措施)(?:\s*[（(][^（）()]{1,16}[）)])*\s*$")


def _macro_actors(sentence: Sentence, subjects: list[str]) -> list[str]:
    """A headline's actors without the macro-regions it names but that do not act there: one followed by its members'
    count or its firms (see :data:`_MACRO_NOT_ACTING`), or one opening a document's name (a plan of several
    provinces, whose body says which back). 长三角加速低空经济产业布局 keeps 长三角."""
    dropped = {m.id for _, e, m in sentence.of_types(("macro_region",)) if _MACRO_NOT_ACTING.match(sentence.text, e)}
    if _DOCUMENT_NAME.search(sentence.text) and not _ISSUING_NOTICE.search(sentence.text):
        dropped |= {m.id for _, _, m in sentence.of_types(("macro_region",))}
    return [x for x in subjects if x not in dropped]


def _backers(subjects: Sequence[str], context: _Context, how: str = "", sentence: Sentence | None = None) -> list[str]:
    """Who backs what a sentence of the body says: its subjects with their regions
    (:func:`_with_region`), but no macro-region. 长三角, 中部地区, 京津冀 do not act: a body sentence
    that has one as its subject compares places (中部六省…), states what places agree on together
    (三地将在…方面开展合作) or what a plan maps; the provinces and cities in it act. (A headline may
    still name one as its actor: 长三角加速低空经济产业布局, see ``title_actor_backs``.)
    A government named as the subject of a body sentence (``how`` "explicit": 郑州市中原区政府则把重心放在…;
    洛阳市委、市政府提出…; 市人民政府应当支持…) is who backs, as any body named so, not its region besides — but
    in its work report, the region's document (江苏政府工作报告提出…), both back. In a sentence naming a fund
    (市人民政府决定设立…基金; 某市人民政府设立的…引导基金重点投向…) the region backs instead of its government: the
    fund is the region's instrument (the gold's convention of 2026-12-05). A government that speaks
    (宜宾市政府表示，将支持…) speaks for its region, which backs instead (:func:`_speaking_government_region`)."""
    if how == "explicit" and sentence is not None and sentence.of_types(("fund",)):
        subjects = list(dict.fromkeys(_government_region(x) or x for x in subjects))
    elif how == "explicit" and sentence is not None:
        subjects = list(dict.fromkeys(_speaking_government_region(sentence, x) or x for x in subjects))
    if context.park_approver and any(not _backs_as_zone(x) for x in subjects):
        # 柳江高新区要以…为主导产业 in a reply approving that park, a statistical zone: the approver assigns it (see park_approver)
        subjects = list(dict.fromkeys(x if _backs_as_zone(x) else context.park_approver for x in subjects))
    named = how == "explicit" and sentence is not None and not sentence.of_types(("fund",)) and "工作报告" not in sentence.text
    backers = [x for x in subjects if not _legislature(x)] if named else _with_region(subjects, context)
    return [x for x in backers if ((e := context.kb.get(x)) is None or e.type != "macro_region") and _backs_as_zone(x)]


def _speaking_government_region(sentence: Sentence, subject: str) -> str | None:
    """The region of a local government the sentence names as its speaker (吕梁市人民政府表示，将支持孝义建设…;
    滨海新区人民政府表示，将支持东疆…): what a government says the place will do is the region's word, as a
    meeting readout is, not the body's own work (the gold's convention: a 人民政府 speaking with no other subject
    backs as its region, a department as itself). ``None`` for any other subject, or a government that acts
    (市政府提出…, 市人民政府应当支持…)."""
    region = _government_region(subject)
    if region is None:
        return None
    for _, end, mention in sentence.of_types(("agency",)):
        if mention.id == subject and _OWN_WORD.match(sentence.text, end):
            return region
    return None


def _with_region(subjects: Sequence[str], context: _Context) -> list[str]:
    """A local government acts for its region: 北京市政府 backs X → 北京 backs X too. Not in a people's congress's
    own text (a regulation, a decision, an inspection report: :attr:`~kg.relations.article._ArticleContext.legislature_document`):
    the law names the government as the body it charges (省人民政府应当支持…, 市人民政府要把氢能作为…), apart from the
    region it is the law of. A congress and its standing committee back nothing: they legislate, decide and
    supervise (…人大常委会关于促进清洁能源产业高质量发展的决定: what the decision charges others with is theirs)."""
    out = [x for x in subjects if not _legislature(x)]
    if context.legislature_document:
        return out
    for subject in list(out):
        region = _government_region(subject)
        if region is not None and region not in out:
            out.append(region)
    return out


def _legislature(subject: str) -> bool:
    """A people's congress or its standing committee (agency:630000:congress_standing)."""
    return subject.startswith("agency:") and subject.endswith((":congress", ":congress_standing"))


# A numbered part heading of a document standing alone as a sentence (（二）集成电路与新型显示。, 1.新能源。,
# 三、新能源项目, 第三条 延伸石化产业链。): its words, the part's title.
_PART_HEADING = re.compile(_ITEM_OPENS.pattern + r"\s*([^，,。；;：:！？!?、\s][^，,。；;：:！？!?]{0,23}?)[。．.]?\s*$")


# What a part heading may hold besides its industries for it to be a list of them (集成电路与新型显示, 新能源项目,
# 大力发展新材料产业, 延伸石化产业链): joining words, the kind of the items, a verb of growing them — nothing else
# (not 深化文旅合作, 加强新能源汽车推广应用, 工业和建筑业 in a statistical bulletin: 建筑业 named with what it did).
_PART_HEADING_REST = re.compile(r"(?:加快|大力|积极|着力|重点|培育|发展|壮大|做强|做大|做优|延伸|打造|布局|提升|推动|推进|"
                                r"[、和与及]|产业链|产业集群|产业|集群|项目|领域|板块|赛道|方向)*")


# A document whose parts are a region's tasks or measures (not a statistical bulletin, whose parts are
# what the economy did: 二、工业和建筑业).
_BULLETIN = re.compile(r"统计公报|公报|年鉴|执行情况|决算|审计")


def _part_heading_list(sentence: Sentence, part: re.Match[str], industries: _Kept, context: _Context) -> list[tuple[int, int, Mention]]:
    """The industries of a document's part heading that is only a list of them (（二）集成电路与新型显示。,
    （四）新材料。, 三、新能源项目), or none: the part sets out what the document's region does for them, as
    the measures under a heading with a colon do (``heading_backs``). A heading naming a place, an agency
    or a fund, or with words other than the list's (:data:`_PART_HEADING_REST`), is no such list."""
    if context.units[sentence.unit].text[: sentence.start].strip():
        return []  # (it opens its paragraph: （二）集成电路与新型显示。江夏区要…)
    if sentence.of_types(PLACE_TYPES) or sentence.of_types(("agency",)) or sentence.of_types(("fund",)):
        return []
    if context.units and _BULLETIN.search(context.units[0].text):
        return []
    named = [x for x in industries.named if x[0] >= part.start(1) and x[1] <= part.end(1)]
    rest, at = [], part.start(1)
    for s, e, _ in named:
        if s < at:
            return []  # (overlapping names)
        rest.append(sentence.text[at:s])
        at = e
    rest.append(sentence.text[at : part.end(1)])
    if not named or not all(_PART_HEADING_REST.fullmatch(r) for r in rest):
        return []
    return named


# A measure's grant to the firms or projects of an industry, described between 对 and the industry (对在我市新落地的…,
# 对新设立的…, 对获得…认定的…) and granted a clause or two later (…项目，按实际投资额的10%给予最高5000万元补助).
_GRANT_TO_BEFORE = re.compile(r"(?:^|(?<=[，,；;：:\s]))对(?![接标外口])[^，,。；;对给]{0,24}?的(?:[^，,。；;、和与及的]{1,12}[、和与及])*$")
_GRANT_TO_AFTER = re.compile(_REST_OF_LIST + r"等?(?:产业|领域)?(?:企业|项目|整机项目|生产线)(?:[，,][^。；;给]{0,30}?)?[，,]?\s*(?:一次性)?给予[^，,。；;]{0,24}?(?:补贴|补助|奖励|贴息|减免|资助)")


def _grant_to_firms(text: str, start: int, end: int) -> int | None:
    """Where the 对 of a grant to the firms or projects of the industry at ``text[start:end]`` stands
    (:data:`_GRANT_TO_BEFORE`, :data:`_GRANT_TO_AFTER`), or ``None``. The words between describe the
    firms (where they settle, when they were set up, what they did), not who grants: cues there (新设立的,
    引进的) state nothing of the document's own; who grants is the subject before 对."""
    before = _GRANT_TO_BEFORE.search(text, max(0, start - 40), start)
    if before is None or not _GRANT_TO_AFTER.match(text, end):
        return None
    return before.start() + before[0].index("对")
