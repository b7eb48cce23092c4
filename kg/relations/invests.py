"""``invests_in``: a fund (or its sub-funds) and what it invests in, and who invests in a firm's round."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import replace

from kg.kb import REGION_TYPES
from kg.relations.article import PLACE_TYPES
from kg.relations.clauses import _CLAUSE_BREAK, _FUND_PREAMBLE, _FUND_RECEIVED, _ORGANISATION, _clause_start, _fund_opens, _masked
from kg.relations.context import _TASK_ITEM, _Context
from kg.relations.cues import _cue_re
from kg.relations.sentences import Sentence
from kg.types import Fact, Mention

__all__ = ["_fund_facts", "_fund_purpose_backs", "_own_fund_backs"]


# 该基金 …, and the fund's manager speaking for it (基金管理人表示，下一步将重点关注…).
# A bare 基金 opening a sentence as its subject (基金将围绕…进行投资布局, 此外，基金…, 第三条 基金重点投向…): no word
# pointing back to a fund.
_BARE_FUND = re.compile(r"[\s”’\"]*(?:第[一二三四五六七八九十百]{1,4}条\s*|[（(][一二三四五六七八九十\d]{1,3}[）)]\s*)?"
                        r"(?:(?:据介绍|据了解|据悉|目前|此外|同时|下一步|其中|另外|今年|此前)[，,]?\s*)?基金")


_FUND_REFERENCE = re.compile(r"(?:该|此|这支|这只|上述|本)(?:母|子)?基金(?:管理人)?|^[\s”’\"]*基金管理人"
                             # a bare 基金 opening a sentence as its subject: the fund talked about
                             r"|^" + _BARE_FUND.pattern + r"(?=将|还|已|也|主要|重点|首期|首批|投资|累计|专注|聚焦|围绕|领投|跟投|参投|今年)")


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


# (Not 统筹设立, 统筹建设: a body marshalling money sets the fund up now, nothing is 筹设 yet.)
_PLANNED = re.compile(r"(将|拟|计划|筹划|准备|(?<!统)筹备|(?<!统)筹建)[^。；;]{0,40}?(?:发起设立|出资设立|设立|成立|组建)|(?<!统)(筹建|筹备|筹设)")


# …but a named fund to be set up with what it is to invest in (计划设立50亿元的包头市稀土产业发展基金，重点投资稀土
# 永磁…; 将设立…基金，规模10亿元，投向…: its size told between): its stated investments, as an existing fund's are
# (支持…, 用于…: a purpose, not an investment).
_PURPOSE_STATED = re.compile(r"(?:[，,]\s*(?:(?:首期|总|目标)?规模|首期)[^，,。；;]{0,12})?[，,]?\s*(?:将|主要|重点|专门|专注|首批|优先)?(?:重点)?(?:投向|投资于?|专注于?投资)")


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


# A sub-fund a fund sets up, named (出资5亿元设立钢铁深加工子基金; not 设立一支20亿元的子基金, 设立了生物医药、新能源汽车两只
# 子基金: sub-funds the text does not name, through which the fund itself invests).
_NAMED_SUB_FUND_SET_UP = re.compile(r"(?:设立|组建|发起)了?(?![一两二三四五六七八九十\d])[^，,。；;只支个的]{2,12}子基金")


# The field a fund is set up in (在新材料领域设立了…新材料产业基金): what it invests in.
_FIELD_OF_FUND = re.compile(r"在([^，,。；;在]{1,30}?)(?:领域|方向|赛道)(?:内)?(?:发起设立|出资设立|设立|组建|成立)了?[^，,；;。]{0,14}$")


# A fund's full name given after a reference to it (这支基金的全称是…基金).
_FULL_NAME = re.compile(r"\s*的?(?:全称|全名|正式名称)(?:是|为|叫)?\s*[“\"]?")


def _fund_topic(sentence: Sentence, funds: list[tuple[int, int, Mention]]) -> tuple[int, int, Mention]:
    """The fund a sentence is about: the one it sets up (东营市新旧动能转换基金与…共同发起设立东营化工
    新材料产业投资基金，…重点投资…: the new fund invests, not its founder), else its first (第一，
    高端装备基金，…，100%投资于…; 总规模20亿元的安徽省空天信息产业基金…，引入…母基金，专注于投资…:
    funds listed after it are its investors)."""
    for found in funds[1:]:
        if _FULL_NAME.fullmatch(sentence.text, funds[0][1], found[0]):
            return found  # 这支基金的全称是湖北省长江产业投资基金: the fund by its full name
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
        context.fund_in_item[sentence.unit] = bool(_TASK_ITEM.match(sentence.text) or _ITEM_AFTER_COLON.search(sentence.text, 0, topic_start))
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
    elif context.current_fund.get(sentence.unit) is not None and not (context.fund_in_item.get(sentence.unit) and _TASK_ITEM.match(sentence.text)):
        # (not the next item of a list whose item named the fund: 一是…，设立…基金，专门投向这些方向；二是推动…布局海外仓 is
        # another task)
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
        if (match[0].startswith("本") or _BARE_FUND.fullmatch(match[0])) and (own := [m for t in context.sents if t.kind == "title" for _, _, m in t.of_types(("fund",))]):
            # 本基金 in a fund's own document (…基金2025年度投资项目公示), and a bare 基金 opening a sentence of it (…基金
            # 设立方案: 基金重点投向…): the fund its title names, not a co-investor the text named last
            topic = own[0]
        rule = "fund_cue_industry_reference"
    elif "基金" in sentence.text and (match := _MOTHER_FUND.search(sentence.text)) and (named := [f for f in context.topic_funds if f.id.endswith(match[1])]):
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
            if cue and rule == "fund_cue_industry_continued" and _region_acts(sentence, cue.start(), cue.end()):
                cue = None  # …基金，主要投向…；同时支持湟中区发展…: the region's own measure, not the fund carried over
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


# An item of a list opening a sentence (一是, 二是, （二）, 3.: context._TASK_ITEM), or after a colon (…介绍了三项工作：一是…): the
# fund one item names is not carried into the next.
_ITEM_AFTER_COLON = re.compile(r"[：:](?:" + _TASK_ITEM.pattern + ")")


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
    if cue_start - clause_start > 4:
        return False
    # 参股设立了…子基金，重点投资…; 出资5亿元设立钢铁深加工子基金，主要投向…: the sub-fund named there invests
    return bool(_STAKE_IN_SUB_FUND.search(text, topic_end, clause_start) or _NAMED_SUB_FUND_SET_UP.search(text, topic_end, clause_start))


def _actor_clause(sentence: Sentence, pos: int) -> int:
    """Where the first clause after ``pos`` opened by someone else begins (a place or an agency:
    …投资超过200亿元，南京市同时出台政策支持…), else the sentence's end."""
    opened = {s for s, _, _ in sentence.of_types((*PLACE_TYPES, "agency"))}
    for match in _CLAUSE_BREAK.finditer(sentence.text, pos):
        if any(match.end() <= s <= match.end() + 2 for s in opened):
            return match.start()
    return len(sentence.text)


# The region seeking money for itself (积极争取…基金和中央预算内投资支持): it receives, no fund carried over invests.
_REGION_SEEKS = re.compile(r"争取[^，,。；;]*$")


def _region_acts(sentence: Sentence, cue_start: int, cue_end: int) -> bool:
    """In a sentence carried over to the fund named before it, does the region act at the cue rather than the fund:
    the support goes to a place named right after it (同时支持湟中区发展…, 用于…实验区…产业园建设), the region seeks
    the money (积极争取…投资支持), or a place is the sentence's subject before any fund is (准东经济技术开发区则…布局…)?"""
    text = sentence.text
    places = [s for s, _, _ in sentence.of_types(PLACE_TYPES)]
    if any(cue_end <= s <= cue_end + 1 for s in places) or _REGION_SEEKS.search(text, _clause_start(text, cue_start), cue_start):
        return True
    return any(s <= 1 for s in places) and "基金" not in text[:cue_start] and not _SPEAKS.search(text, 0, cue_start)


# Someone speaking (宜宾市政府表示，…; 市财政局负责人介绍，…): the place opening the sentence is not its subject.
_SPEAKS = re.compile(r"表示|介绍|指出|透露|说")


def _other_actor(sentence: Sentence, topic_end: int, cue_start: int) -> bool:
    """Does someone else open the clause of the investment cue, after the fund: a place, an agency
    or an organisation (…，南京市同时出台政策支持…; 基金的管理人武汉产业投资集团还投资了…)?"""
    text = sentence.text
    clause_start = max(topic_end, max(text.rfind(p, 0, cue_start) for p in "，,；;：:") + 1)
    if any(clause_start <= s and e <= cue_start for s, e, _ in sentence.of_types((*PLACE_TYPES, "agency"))):
        return True
    masked = _masked(sentence)
    founders = [f.span() for f in _FOUNDERS.finditer(masked, topic_end, cue_start)]
    founders += [f.span() for f in _MANAGER_SPEAKS.finditer(masked, topic_end, cue_start)]
    # not the fund's founders or managers (该基金由…基金与区属国有企业共同发起，将重点投资…): they act in a phrase of the fund's;
    # nor a firm the fund put money in (…基金去年向一家钛合金企业注资1亿元，基金今年将继续投向…): it receives
    return any(not any(a <= o.start() < b for a, b in founders) and not _RECIPIENT.search(masked, _clause_start(masked, o.start()), o.start())
               for o in _ORGANISATION.finditer(masked, topic_end, cue_start))


# The fund's manager speaking for it (基金管理公司负责人告诉记者，基金主要投向…): the fund's voice, no one else acting.
_MANAGER_SPEAKS = re.compile(r"基金(?:的)?管理(?:公司|机构)(?:有关)?负责人[^，,。；;]{0,6}?(?:表示|介绍|说|告诉记者|透露)")


# A firm money goes to (向一家…企业注资, 对该公司增资, 领投了一家…企业): no one acting.
_RECIPIENT = re.compile(r"(?:(?<!面)向|对|给|(?:领投|跟投|参投|投资|注资)了)[^，,。；;]{0,20}$")


# Who set up or runs a fund, after its name (由…引导基金与区属国有企业共同发起, 由市属国有企业管理, 由区属国有企业天津滨海产业
# 基金管理有限公司管理: up to the last such verb of the clause), with those joining them in the next clause (由市财政出资30亿元，
# 联合国有企业和社会资本共同组建).
_FOUNDERS = re.compile(r"由[^，,。；;由]{1,40}(?:共同|联合)?(?:发起|出资|设立|组建|管理|运营|受托管理|牵头)[^，,。；;]{0,10}?"
                       r"(?:[，,]\s*(?:并|同时)?(?:联合|会同|携手|吸引|引入)[^，,。；;]{1,30}?(?:共同)?(?:发起|出资|设立|组建|参与))?(?=[，,。；;]|$)")


def _nested(places: Sequence[Mention], context: _Context) -> bool:
    """深圳市宝安区: the second place lies inside the first."""
    return places[0].id in set(context.kb.ancestors(places[1].id))


# A title that is a fund's own rules (呼和浩特市产业引导基金管理办法, …基金管理暂行办法, …基金实施细则) or the plan
# setting it up (柳州市汽车产业转型升级基金设立方案, …基金组建方案).
_FUND_RULES = re.compile(r"基金[^《》，,。]{0,6}?(?:管理(?:暂行)?办法|实施细则|管理细则|(?:设立|组建)(?:实施)?方案)")


def _own_fund_backs(facts: Sequence[Fact], context: _Context) -> list[Fact]:
    """In the rules a region sets for its own fund (顺义区产业引导基金管理办法: 引导基金重点投向第三代半导体、…), what the
    fund is to invest in is what the region backs: one ``backs`` of the fund's region per ``invests_in`` of the
    fund the title names. Not in news of a fund, a call for its managers (…子基金管理机构的公告) or a list of its
    investments: those are the fund's doings."""
    title = context.article.title or ""
    if "基金" not in title or not _FUND_RULES.search(title):
        return []
    out = []
    for fact in facts:
        if fact.relation != "invests_in" or not fact.subject.startswith("fund:"):
            continue
        _, owner, name = fact.subject.split(":", 2)
        region = context.kb.get(owner)
        if region is None or region.type not in PLACE_TYPES or name not in title or not title.startswith(region.name[:2]):
            continue
        out.append(Fact(owner, "backs", fact.object, replace(fact.evidence, rule="fund_rules_backs")))
    return out


# A sentence whose subject is a fund, stating what it is for (母基金主要投向…; 基金由某省财政厅出资设立，重点投向…;
# 引导基金主要投向…; 基金今后还将投向…, 将优先投向…, 三支母基金分别投向…): the fund's purpose, set by the region that
# owns it. (将投资 alone may be one deal: 基金将投资某企业5亿元.)
_FUND_PURPOSE = re.compile(r"(?:主要|重点|专门|专注于?)(?:投向|投资于?)|(?:将|优先|分别)投向")


# …not where the sentence tells what it has done (已投资…, 累计投资…, 直接投资了…, 首期已完成…): the fund's
# business, its investments its own. Money raised is no investment done (已完成首期募资15亿元, 首期10亿元已完成备案):
# the purposes told after it are still the fund's purposes.
_FUND_DONE = re.compile(r"已(?!完成(?:首期)?(?:募资|募集|备案))|累计|了|直接|首批|首期(?!\d|规模|募|已完成(?:募资|募集|备案))|完成对")


# The fund opening the sentence setting up another (…母基金近日与两江新区共同设立…产业基金，主要投资…).
_SETS_UP_ANOTHER = re.compile(r"(?:设立|组建|发起)[^，,。；;]{0,20}?基金")


# Who set the fund up, told in the sentence (由山西省财政厅出资设立, 由…与社会资本共同发起).
_FUND_SETTERS = re.compile(r"由([^，,。；;]{1,40}?)(?:共同)?(?:出资|发起|设立)")


# A government's own instrument by its name: a guidance fund or a mother fund (湖北省高质量发展产业投资母基金,
# 合肥市产业投资引导基金, 昆山市政府产业投资基金), not a fund a region's capital only shares in (苏州市生物医药产业创新基金:
# its managers invest).
_POLICY_FUND = re.compile(r"引导基金|母基金|政府(?:产业)?投资基金")


# A state-owned company setting a fund up, right before the fund's name in its clause (宁波市国有资本投资运营集团设立…,
# 合肥市建设投资控股（集团）有限公司牵头设立…, 由市属国企出资设立的…): the company's fund, whatever it is called —
# it invests in its purposes, the company's city does not back them (the gold's convention of 2026-12-05 late).
_COMPANY_SETS_UP = re.compile(r"(?:集团|公司|国企|国有企业|国资平台|国有平台)[^，。；]{0,8}?(?:共同)?(?:(?:发起|出资|牵头)?设立|发起)(?:了|的)?$")


# A government paying a fund in, told where the fund is named or its purposes stated (由柳州市人民政府出资引导, 由自治区
# 财政出资40亿元引导, 由芜湖市财政出资设立, 由市财政和市属国企共同出资, 由市级财政出资、国有投资平台管理): the government's
# own fund, whatever it is called — the region backs its purposes (the gold's fund ruling of 2026-12-05: 由市财政出资).
# Not a fund a state-owned company pays in alone (由市国资委所属…集团出资设立: :data:`_COMPANY_SETS_UP`), nor one a
# government's fund pays into (由苏州市政府引导基金和社会资本共同出资: a fund its capital shares in, whose managers choose).
_GOVERNMENT_PAYS_IN = re.compile(r"由[^，,。；;由]{0,12}?(?:人民政府|政府|财政)[^，,。；;由基]{0,12}?出资")


# A fund named for a zone inside its owner city (长春新区产业发展基金 → fund:220100:新区产业发展基金): the zone's, not the city's.
_ZONE_FUND = re.compile(r"(?:新区|高新区|经开区|开发区|园区|片区|自贸区|试验区)")


# The fund's managers or an official of it telling its purposes (基金管理人表示，基金重点投向…; 某基金负责人说，…): the fund's
# business as its managers see it, not a purpose its owner set.
_FUND_VOICE = re.compile(r"(?:负责人|管理人|管理公司)[^，,。；;]{0,6}?(?:表示|介绍|说|透露|告诉记者)|章程")


def _fund_purpose_backs(facts: Sequence[Fact], sents: Sequence[Sentence], context: _Context) -> list[Fact]:
    """The region that owns a fund backs what the fund is set up to invest in, where a sentence of the
    body has the fund as its subject and states its purpose (母基金主要投向光电子信息、新能源汽车…;
    基金由某省财政厅出资设立，重点投向新材料…): a region's guidance or mother fund, named with the region
    (湖北省…母基金, 合肥市产业投资引导基金) or paid in by its government or treasury (由柳州市人民政府出资引导,
    由自治区财政出资引导), is the region's instrument (not a fund its capital shares in,
    whose managers choose: 某市生物医药产业基金…将重点投资…). Not a sub-fund's (宜昌磷化工子基金
    …重点投资…: the sub-fund invests, its city only names it), not what a fund has invested in (已投资,
    累计投资), not a fund the sentence says others set up (由某高新区与社会资本共同设立, 由某市引导基金
    …发起: not its owner's), not a fund whose name gives no region (前海深港合作母基金) or names a zone
    (…新区产业发展基金), not a fund a state-owned company set up (某市国有资本投资运营集团设立…母基金, 一家市属
    国有企业发起的…母基金: the company's), not an interviewee's account. A call for the fund's managers (…子基金管理机构公开征集公告)
    or a selection's notice (…完成首批子基金遴选) states the fund's purpose too: its owner backs it (the gold's
    convention since 2026-12-05). :func:`_backs` reads nothing in such a sentence."""
    purposes, named_here = {}, {}
    for sentence in sents:
        if sentence.kind == "title" or "基金" not in sentence.text or sentence.unit in context.interview_answers:
            continue
        text = sentence.text
        opens = _fund_opens(sentence)
        cue = _FUND_PURPOSE.search(text, opens) if opens is not None else None
        if cue is None or "子基金" in text[: cue.start()] or _FUND_DONE.search(text, opens):
            continue  # (…主要投向自动驾驶和人工智能，已投资项目40个: the fund's business told, its investments its own)
        if _SETS_UP_ANOTHER.search(text, opens, cue.start()):
            continue  # 某母基金近日与某新区共同设立某产业基金，主要投资…: the fund set up invests, not the one opening the sentence
        setters = _FUND_SETTERS.search(text, opens, cue.start())
        owners = {_owner_of(m.id) for a, b, m in sentence.mentions if setters and setters.start(1) <= a and b <= setters.end(1)}
        purposes[text.strip()] = owners
        if not _FUND_VOICE.search(text, 0, cue.start()):
            subject_at = _FUND_PREAMBLE.match(text).end()  # (the fund opening the sentence, not one a body uses: 市财政局要用好…基金)
            named_here[text.strip()] = {m.id for a, _, m in sentence.of_types(("fund",)) if a == subject_at and _named_with_owner(m)}
    if not purposes:
        return []
    named = {m.id for _, _, m in (x for s in sents for x in s.of_types(("fund",))) if _written_with_owner(m)}
    companys = {m.id for s in sents for a, _, m in s.of_types(("fund",)) if _COMPANY_SETS_UP.search(s.text, _clause_start(s.text, a), a)}
    governments = {m.id for s in sents for _, _, m in s.of_types(("fund",)) if _GOVERNMENT_PAYS_IN.search(s.text)}
    out = []
    for fact in facts:
        if fact.relation != "invests_in" or not fact.evidence.rule.startswith("fund_cue_industry") or fact.evidence.sentence not in purposes:
            continue
        _, owner, name = fact.subject.split(":", 2) if fact.subject.count(":") >= 2 else ("", "", "")
        policy_fund = _POLICY_FUND.search(name) or fact.subject in governments or _GOVERNMENT_PAYS_IN.search(fact.evidence.sentence) \
            or fact.subject in named_here.get(fact.evidence.sentence, ())
        if not owner.isdigit() or fact.subject not in named or not policy_fund or "子基金" in name or _ZONE_FUND.match(name):
            continue
        if fact.subject in companys:
            continue  # 某市国有资本投资运营集团设立…母基金: the company's fund
        if purposes[fact.evidence.sentence] - {owner}:
            continue  # set up by someone else (a zone, another region's fund)
        region = context.kb.get(owner)
        if region is not None and region.type in REGION_TYPES:
            out.append(Fact(owner, "backs", fact.object, replace(fact.evidence, rule="fund_purpose_owner_backs")))
    return out


def _written_with_owner(fund: Mention) -> bool:
    """Is the fund written with something before its own name (甘肃省新能源产业基金, 省大数据产业发展基金, 市级航空航天产业基金;
    but also 该新能源产业基金), not as its name alone (松山湖机器人产业基金, 基金)?"""
    name = fund.id.split(":", 2)[-1]
    return fund.text != name and fund.text.endswith(name)


def _named_with_owner(fund: Mention) -> bool:
    """Is the fund written with its owner's name or level before its own (:func:`_written_with_owner`), not referred
    to (该基金, 本基金)?"""
    return _written_with_owner(fund) and not fund.text.startswith(("该", "本", "这", "此"))


def _owner_of(entity: str) -> str:
    """The region an entity belongs to: a region itself, a local body's or a fund's region (agency:140000:…,
    fund:140000:…); a zone or a national body is no region's."""
    parts = entity.split(":")
    return parts[0] if len(parts) == 1 else parts[1] if parts[0] in ("agency", "fund") and len(parts) > 2 else entity
