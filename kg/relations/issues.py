"""``issues`` and a document's own facts: who issues a document (before the cue, by name, attributively, in
the title, in the signature), and the industries and region a document's title names."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from kg.relations.article import PLACE_TYPES, _QUESTION, _agency_region, _policy_links, _signature, _title_region, signature_lines
from kg.relations.clauses import _CLAUSE_END, _ORGANISATION, _SALUTATION, _clause, _clause_prefix, _masked, _referred_region, _subjects_before
from kg.relations.context import _Context
from kg.relations.cues import _cue_re, _not_issuers
from kg.relations.sentences import _COORDINATION, SUBJECT_TYPES, Sentence
from kg.types import Fact, Mention

__all__ = ["_announced_issues", "_issues", "_policy_facts", "_signature_issues"]


_BY_AGENT = re.compile(r"[，,]\s*[由经]")


_BY_AGENT_NEXT = re.compile(r"\s*(?:近日|日前|近期|已)?\s*由")


# What is issued is a text about the document named (issue 15: acting on a document is not issuing it): its report on
# how it is carried out, a reading of it, the measures to carry it out (发布了《…》实施情况的评估报告, 印发《…》解读,
# 出台《…》的实施细则). Not 的通知 (印发《…》的通知: the notice that issues it).
_ABOUT_IT_AFTER = re.compile(r"\s*的?(?:实施情况|执行情况|落实情况|实施效果|贯彻|宣传|解读|评估|实施细则|实施方案|实施意见|配套|问答|图解)")


# A clause break, then a directive, between the issuing verb and the document (印发通知，要求各区做好《…》的宣传工作):
# the verb issued something else, the document is what the directive is about.
_DIRECTIVE_BETWEEN = re.compile(r"[，,；;][^《》]{0,12}?(?:要求|请|做好|抓好|督促|组织)")


# (将于年内出台, 拟于近期印发: a time between the plan and the cue)
_PLANNED_BEFORE = re.compile(r"(?:将|拟|计划|要|正在|即将|争取)\s*(?:于|在)?\s*(?:年内|年底前|近期|今年|下半年|\d{1,2}月(?:底前)?)?\s*$")


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


_HANDING_ON = re.compile(r"现将\s*$")
# The same said after the document's approval (《…》已经市人民政府同意，现印发给你们; …审议通过，现予印发).
_HANDED_ON_LATER = re.compile(r"[^《》。；;，,]{0,40}[，,]\s*现(?:予|将其)?印发")


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
        if (referred := _referred_issuer(sentence, start, context)) is not None:
            yield Fact(referred, "issues", policy.id, evidence(sentence, "issues_attributive"))  # 按照该市新近出台的《…》
            continue
        if "全" in sentence.text and _PLENARY_ADOPTS.search(sentence.text, 0, start):
            # 全会审议通过了《中共杭州市委关于…的决定》: the committee in plenary adopts its own document (not the
            # standing committee whose report it heard); another body's document it only approves
            if own := _plenary_committee(policy, context):
                yield Fact(own, "issues", policy.id, evidence(sentence, "issues_plenary"))
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
        elif by_agent := _BY_AGENT_NEXT.match(after):  # 《…》由省发展改革委、省工业和信息化厅联合印发: the same, no comma
            after = _CLAUSE_END.split(sentence.text[end : end + 80], maxsplit=1)[0]
        else:
            after = _CLAUSE_END.split(after, maxsplit=1)[0]  # 《意见》，出台若干措施: another clause's document
        cue_after = cue_re.search(after)
        since = cues_before[-1].end() if cues_before else len(_clause_prefix(sentence.text, start))
        if implements.search(sentence.text[since:start]):
            continue  # 出台贯彻落实《意见》的措施, 深圳市认真落实《意见》: someone else's document
        if cues_before:
            cue = cues_before[-1]
            if _ABOUT_IT_AFTER.match(sentence.text, end):
                continue  # 发布了《…》实施情况的评估报告, 印发《…》解读: a text about the document, not the document
            if _DIRECTIVE_BETWEEN.search(sentence.text, cue.end(), start):
                continue  # 印发通知，要求各区做好《…》的宣传工作: what the notice asks be done with a document
            if _PLANNED_BEFORE.search(sentence.text[max(0, cue.start() - 9) : cue.start()]):
                continue  # 将制定《…条例》: planned, not issued
            if _REFERRED.search(_clause(sentence.text, cue.start())) and not [x for x in sentence.actors() if len(_clause_prefix(sentence.text, cue.start())) <= x[0] < cue.start()]:
                continue  # 负责人表示，此次印发的《细则》…: a document named again, its issuer not
            if _APPROVED.search(sentence.text, 0, cue.end()):
                continue  # 已获市委常委会审议通过的《…》: approved, not issued by who approved it
            if "的" in sentence.text[cue.end() : start] and (acted := implements.search(sentence.text, len(_clause_prefix(sentence.text, cue.start())), cue.start())) \
                    and not [x for x in sentence.actors() if acted.end() <= x[0] and x[1] <= cue.start()]:
                continue  # 长沙市贯彻省里出台的《…》: the document acted on, issued by someone the clause does not name
                # (根据洛阳市政府此前印发的《…》: by the one it names)
            subjects, how = _subjects_before(sentence, cue.start(), context)
            if how == "explicit" and (cited := _cited_issuers(sentence, start)) and set(subjects) <= cited:
                # 深圳市依据国家发展改革委发布的《目录》，制定了《…》: who issued the document cited does not issue this one;
                # who acted on it does
                first = min(s for s, _, m in sentence.of_types(("agency", *PLACE_TYPES)) if m.id in cited)
                actors = [x for x in sentence.actors() if x[1] <= first and x[2].id not in cited]
                if not actors or not implements.search(sentence.text, actors[-1][1], first):
                    continue
                subjects = [actors[-1][2].id]
            if how not in ("explicit", "paragraph_tag") and _ORGANISATION.search(_clause(sentence.text, cue.start())):
                continue  # 国地中心发布《…指南》, …公司制定并公布《…》: not a government body
            actors = [x for x in sentence.actors() if x[1] <= cue.start()]
            between = sentence.text[actors[-1][1] : cue.start()] if actors else ""
            if how == "explicit" and actors and _ORGANISATION.search(between) and not _CO_ISSUER.match(between):
                continue  # 海南省财金集团有限公司制定《…》: the region names a company, which issues
                # (not …厦门市贸促会、厦门市律师协会联合发布《…》: a body listed with the agencies issues with them)
            if how == "article_subject" and _HANDED_ON.search(sentence.text):
                continue  # 经省政府同意，现印发《…》: the notice hands it on, its signer issues it (_signature_issues)
            if how == "article_subject" and (_QUESTION.search(sentence.text) or "的" in sentence.text[cue.end() : start]):
                continue  # 问：出台《措施》的背景是什么？ 当日发布的《…指南》: the issuing is talked about, no one is said to issue
            rule = f"issues_{how}"
            if how == "article_subject" and _AFTER_ISSUING.match(sentence.text, end) and _clause(sentence.text, cue.start()).lstrip().startswith("在"):
                # 在国家发展改革委印发《…》后，江苏省迅速出台了配套措施: the body the time clause names issued it, not the article's region
                subjects = [m.id for s, e, m in sentence.of_types(("agency", *PLACE_TYPES))
                            if len(_clause_prefix(sentence.text, cue.start())) <= s and e <= cue.start()][-1:]
                how, rule = "explicit", "issues_explicit"
                if not subjects:
                    continue
            own = _OWN_PLACE.search(sentence.text, 0, cue.start()) if how == "article_subject" else None
            if own and not subjects and own[0] == "我们" and (region := _title_region(policy, context)) == [context.topic]:
                # 所以我们今年出台了《乌兰察布市…若干措施》 (an official of the city answering): the region the title
                # opens with, the one the article is about (not a firm's or an expert's 我们: no such title)
                subjects = region
            if how == "article_subject" and subjects == context.body_subject(context.subject) and not (own and own[0] != "我们"):
                # (我市…印发《…》 in a bureau's reply: the city names itself, the city issues it)
                # 我们制定了《…》 in a notice a bureau heads or signs: the bureau issues it, not its region (whose
                # measures the document's content is)
                subjects = [x for x in context.subject if (e := context.kb.get(x)) is not None and e.type == "agency"] or subjects
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
            # (nor the places of what it implements: 为落实黑龙江省与广东省对口合作部署，…现将《…》印发给你们)
            subjects = [m.id for s, _, m in sentence.of_types(SUBJECT_TYPES) if (salutation.end() if salutation else 0) <= s < start
                        and not any(a <= s < b for a, b in approving) and s not in cited
                        and not implements.search(_clause(sentence.text, s))][-1:]
            rule = "issues_passive_agent"
            if by_agent:  # 北京市科委牵头编制《…》，由北京市政府办公厅印发: who 由 names issues, not who drafted it
                named = [m.id for s, e, m in sentence.of_types(("agency",)) if end <= s and e <= end + cue_after.start()
                         and not any(a <= s < b for a, b in approving)]
                if not named and _ADDRESSEE_WORD.search(after, 0, cue_after.start()):
                    named, rule = context.addressee, "issues_addressee"  # 同意《…》，由你委印发实施 (a 批复): the body it answers
                    if not named:
                        continue
                subjects = named or subjects
            if not subjects and context.subject and _HANDING_ON.search(sentence.text[:start]):
                # 现将《…》印发给你们: the notice's issuer — a body; a region its title opens with (金昌市…办法) is not
                # who signs it (金昌市人民政府, see _signature_issues)
                subjects = [x for x in context.subject if (e := context.kb.get(x)) is not None and e.type == "agency"]
                rule = "issues_notice_header"
                if not subjects:
                    continue  # nor is that region the issuer its title names
            if not subjects and (subjects := _title_issuers(policy, context)):
                rule = "issues_passive_title_issuer"  # 《国务院关于做好…的通知》对外发布: the title names its issuer
            if not subjects:
                subjects, rule = _title_region(policy, context), "issues_passive_policy_title"
        elif context.subject and _HANDED_ON_LATER.match(sentence.text, end):
            # 《…》已经市人民政府同意，现印发给你们: the notice hands it on in the clause after, its issuer issues it
            subjects = [x for x in context.subject if (e := context.kb.get(x)) is not None and e.type == "agency"]
            rule = "issues_notice_header"
        else:
            continue
        for subject in subjects:
            if subject.split(":")[-1] in _not_issuers():
                continue  # a news office announces a policy, it does not issue it
            if context.kb.get(subject) is not None and context.kb.get(subject).type in (*PLACE_TYPES, "agency"):
                yield Fact(subject, "issues", policy.id, evidence(sentence, rule))  # a zone issues its own plans too


# A time clause after a document's issuing (在…印发《…》后, 《…》出台以来).
_AFTER_ISSUING = re.compile(r"\s*(?:之后|以后|后|以来)")


# The writer's own place or body as the subject of an issuing clause (我市已于5月印发《…》; 我们今年出台了《…》).
_OWN_PLACE = re.compile(r"我们|[我本](?:省|市|区|县|州|盟|旗)")


# A party committee's plenary adopting a document, the plenary the clause's subject (全会审议通过了《…》; 全会听取和
# 讨论了…报告，审议通过了《…》), right before the title.
_PLENARY_ADOPTS = re.compile(r"(?:^|[。；;]|[，,](?=全会))\s*(?:本次)?全(?:会|体会议)(?:[^，,。；;《》]{0,30}[，,])?\s*(?:还|并|同时)?审议(?:并)?通过(?:了)?\s*$")


def _plenary_committee(policy: Mention, context: _Context) -> str | None:
    """The party committee a document's title opens with as its issuer (中共杭州市委关于…的决定), else None."""
    title = policy.id.split(":", 1)[1]
    opening = _TITLE_ISSUER.match(title)
    if not opening:
        return None
    named = [m for m in context.linker.link_text(title) if m.end <= opening.end(1) and m.type == "agency"]
    if len(named) != 1 or not named[0].id.endswith(":party_committee") or title[: named[0].start].strip() not in ("", "中共"):
        return None
    return named[0].id


# What may stand between the bodies that issued a document and its title when they are written as its
# attribute (工业和信息化部等部门印发的《…》, 国家发展改革委、国家能源局联合印发的《…》, 工业和信息化部《…》).
_ATTRIBUTIVE = re.compile(r"(?:等(?:[一二两三四五六七八九十\d]{1,2}个?)?(?:部门|部委|单位))?\s*(?:(?:联合|共同)?\s*(?:印发|发布|出台|制定|颁布|公布|修订)的)?\s*$")


# A place written as a document's issuer needs the issuing verb (海南省出台的《…》, 深圳市近日印发的《…》): a place
# right before a title (深圳《…》) is as often where it applies.
_PLACE_ATTRIBUTIVE = re.compile(r"\s*(?:近日|日前|近期|今年|去年|此前|已)?\s*(?:联合|共同)?\s*(?:印发|发布|出台|制定|颁布|公布)的\s*$")


def _attributive_issuers(sentence: Sentence, start: int) -> list[tuple[int, int, Mention]]:
    """The agencies written as the issuers of the title at ``start`` (…部等部门印发的《…》, …部《…》),
    with the agencies listed with them (A、B联合印发的《…》), or the places written so with the verb
    (海南省出台的《…》, 成都、重庆联合印发的《…》); [] when none is."""
    text = sentence.text
    issuers = sentence.of_types(("agency", *PLACE_TYPES))
    before = [x for x in issuers if x[1] <= start]
    if not before:
        return []
    last = before[-1]
    gap = (_ATTRIBUTIVE if last[2].type == "agency" else _PLACE_ATTRIBUTIVE).match(text, last[1], start)
    if gap is None:
        return []
    group = [last]
    for x in reversed(before[:-1]):
        if _COORDINATION.match(text[x[1] : group[-1][0]]):
            group.append(x)
        else:
            break
    return group[::-1]


# A place referred to as a document's issuer (按照该市新近出台的《…》, 落实该省印发的《…》): 该 and its level, the verb.
_REFERENCE_ATTRIBUTIVE = re.compile(r"该(市|省|区|县|州|自治区)\s*(?:近日|日前|近期|新近|今年|去年|此前|已)?\s*(?:联合|共同)?\s*(?:印发|发布|出台|制定|颁布|公布)的\s*$")


def _referred_issuer(sentence: Sentence, start: int, context: _Context) -> str | None:
    """The region a reference written as the issuer of the title at ``start`` speaks of (按照该市新近出台的《滁州市…》:
    滁州), as a place named so (:func:`_attributive_issuers`); ``None`` where no reference is written so."""
    found = _REFERENCE_ATTRIBUTIVE.search(sentence.text, max(0, start - 16), start)
    return _referred_region(found, sentence, context) if found else None


def _cited_issuers(sentence: Sentence, start: int) -> set[str]:
    """The issuers written with the titles named before ``start`` (依据国家发展改革委发布的《…》), which are
    not the actors of what the sentence goes on to say."""
    return {m.id for s, _, _ in sentence.of_types(("policy",)) if s < start for _, _, m in _attributive_issuers(sentence, s)}


# The body a document is addressed to, referred to (由你委印发, 你局): see _Context.addressee.
_ADDRESSEE_WORD = re.compile(r"你(?:委|局|厅|办|部|署|们)")


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


def _policy_facts(sentence: Sentence, context: _Context, evidence) -> Iterator[Fact]:
    for _, _, policy in sentence.of_types(("policy",)):
        industries, regions = _policy_links(policy.id.split(":", 1)[1], context)
        for industry in industries:
            yield Fact(policy.id, "targets", industry, evidence(sentence, "policy_title_industry"))
        for region in regions[:1]:
            yield Fact(policy.id, "applies_to", region, evidence(sentence, "policy_title_region"))


# What a notice's body hands on (现将《…》印发给你们; 《…》已经市人民政府同意，现印发给你们; …制定了《…》，现印发给你们).
# (经省政府同意，现印发《…》，请…; 现将《…名单》予以公布: the same without 给你们)
_HANDED_ON = re.compile(r"现将\s*(《[^《》]+》)\s*(?:印发|发布)给|(《[^《》]+》)(?:[^《》。；;，,]{0,20}[，,])?\s*现(?:予)?(?:印发|发布)给"
                        r"|现(?:予以|予)?(?:印发|发布|公布)\s*(《[^《》]+》)|现将\s*(《[^《》]+》)\s*(?:予以|予)(?:印发|发布|公布)")


# The verb of a title that issues the documents it names (关于印发《…》的通知): not 转发 (a notice passing
# on someone else's document), nor a 批复 (关于《…》的批复: who signs approves it).
_TITLE_ISSUES = re.compile(r"(?:印发|发布|颁布|出台|公布|下发)\s*(?:[“《][^《》]{1,80}[》”][、和及与]?\s*)*$")


def _signature_issues(sents: Sequence[Sentence], context: _Context, evidence, closing: Sequence[Sentence] = ()) -> Iterator[Fact]:
    """A document's closing signature (…工业和信息化部 / 湖南省发展和改革委员会 / 2024年3月5日)
    names who issued the documents its title names (关于印发《…》的通知): each signer issues them.
    The signature closes the notice, wherever that ends: an excerpt of the document it issues, or an
    抄送 line, may follow (the signers then stand above a date line of their own). ``closing``: the
    margins after the body (see :func:`signature_lines`)."""
    # The title is a unit of its own, or (a document read alone) the first paragraph.
    titles = [s for s in sents if s.unit == 0 and (s.kind == "title" or s.text.strip() == context.article.title.strip())]
    implements = _cue_re("issues", "implements")
    # not a document the notice implements (…关于贯彻落实《…若干措施》的通知: someone else's)
    implemented = {m.id for title in titles for s, _, m in title.of_types(("policy",)) if implements.search(title.text, max(0, s - 6), s)}
    policies = [m.id for title in titles for s, _, m in title.of_types(("policy",))
                if m.id not in implemented and _TITLE_ISSUES.search(title.text, 0, s)]
    if not policies:  # a notice titled 通知 alone: the documents its body hands on (现将《…》印发给你们)
        # (only the title handed on: not 《…》 another clause names, 为落实《…》，…)
        # (read only in the sentences that name a document)
        policies = [m.id for s in sents if "现" in s.text and s.of_types(("policy",)) for h in _HANDED_ON.finditer(s.text) for b, _, m in s.of_types(("policy",))
                    if b == h.start(h.lastindex) and m.id not in implemented]
    if not policies:
        return
    signers: list[tuple[Sentence, str]] = []
    for sentence, m in _signature(signature_lines(sents, closing)):
        if (sentence, m.id) not in signers:  # a signature repeated (one block closing the notice, one the text)
            signers.append((sentence, m.id))
    for sentence, signer in signers:
        for policy in policies:
            yield Fact(signer, "issues", policy, evidence(sentence, "issues_signature"))


# The body an announcement is headed by (湖南省人民代表大会常务委员会公告（第十八号）; 潍坊市人大常委会公告：《…》;
# 某省人民政府令（第312号）): who publishes what it announces.
_ANNOUNCER = re.compile(r"\s*(?:公告|令)\s*(?:[（(]\s*第[^（）()]{1,8}号\s*[）)])?\s*(?:[：:]|$)")


# What an announcement does with a document (…已由…通过，现予公布; 现予以公布施行): not 公示 (a list put up for comment).
_PUBLISHED_NOW = re.compile(r"现予(?:以)?(?:公布|公告|发布|颁布)")


def _announced_issues(sents: Sequence[Sentence], context: _Context, evidence) -> Iterator[Fact]:
    """An announcement (公告, 令) publishing a document (《…条例》已由…会议通过，现予公布): the body heading it
    issues the document — not who passed or approved it (已经…常务委员会批准), who is named in the sentence too.
    The head is the sentence's opening (X公告：《…》…) or a line of its own before it (X公告（第十八号）)."""
    if not any("现予" in sentence.text for sentence in sents):
        return  # (most articles: an announcement publishes with 现予, the heads before it are looked for only then)
    announcer: list[str] = []
    implements = _cue_re("issues", "implements")
    for sentence in sents:
        heads = [(e, m.id) for _, e, m in sentence.of_types(("agency",)) if _ANNOUNCER.match(sentence.text, e)]
        policies = sentence.of_types(("policy",)) if "现予" in sentence.text else []
        for start, end, policy in policies:
            published = _PUBLISHED_NOW.search(sentence.text, end)
            if published is None or implements.search(sentence.text, max(0, start - 6), start):
                continue  # 根据《…办法》，…现予公示: the document cited
            own = [x for e, x in heads if e <= start]
            for issuer in own[-1:] or announcer:
                yield Fact(issuer, "issues", policy.id, evidence(sentence, "issues_announcement"))
        if heads:
            announcer = [heads[-1][1]]
