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

A reader finds each decision in its module, in the order they import each other:

- :mod:`kg.relations.cues` — the cue tables;
- :mod:`kg.relations.sentences` — sentences and their mentions;
- :mod:`kg.relations.article` — what the article establishes (subject, year, topic, signature);
- :mod:`kg.relations.context` — what the sentences before a sentence establish (paragraph, years, 全市);
- :mod:`kg.relations.clauses` — clause bounds, masking, the subjects before a cue;
- :mod:`kg.relations.backs`, :mod:`~kg.relations.issues`, :mod:`~kg.relations.invests`,
  :mod:`~kg.relations.targets`, :mod:`~kg.relations.cooperation`, :mod:`~kg.relations.tables`,
  :mod:`~kg.relations.leads` — the rules of each relation.

:func:`extract_facts` runs them over an article's sentences.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kg.budget import check as check_budget
from kg.kb import REGION_TYPES, KnowledgeBase
from kg.link import Linker, Unit, article_units
from kg.relations.article import _MEETING, _agency_region
from kg.relations.backs import _backs
from kg.relations.context import _Context
from kg.relations.cooperation import _cooperation
from kg.relations.cues import CUES, prepare
from kg.relations.invests import _fund_facts, _fund_purpose_backs, _own_fund_backs
from kg.relations.leads import _lead_after_task_backs, _lead_unit_backs, _lead_unit_table_backs, _mechanism_lead_backs
from kg.relations.issues import _announced_issues, _issues, _policy_facts, _signature_issues
from kg.relations.sentences import MAX_SENTENCE, Sentence, sentences
from kg.relations.tables import _table_rows
from kg.relations.targets import _sets_target, names_a_measure
from kg.types import Article, Evidence, Fact, Mention, Quantity

__all__ = ["extract_facts", "fact_record", "prepare", "Sentence", "CUES", "MAX_SENTENCE", "sentences"]

#: The kinds of unit the segmenter set aside (:attr:`Article.margins`): metadata and back matter, and credit lines.
_MARGINS = frozenset(("margin", "credit"))


def _sentence_source(units: Sequence[Unit], sentence: Sentence) -> tuple[str, int, int]:
    """A sentence's text without its surrounding spaces, and where that is in the source."""
    unit = units[sentence.unit]
    text = sentence.text.strip()
    lead = len(sentence.text) - len(sentence.text.lstrip())
    start, end = unit.source_span(sentence.start + lead, sentence.start + lead + max(len(text), 1))
    return text, start, end


def _evidence(article: Article, where: tuple[str, int, int], rule: str, method: str = "rule") -> Evidence:
    text, start, end = where
    # (its fields in order: a record built with keywords goes through a dict of them, half as dear again)
    return Evidence(article.id, article.source, text, start, end, article.date, article.outlet, rule, method)


# A party committee's secretary (邵东市委书记王五说：“今年我们要…”; 安宁市委副书记…表示): a person who speaks for the place.
_SECRETARY = re.compile(r"副?书记")


def _secretary_speaks_for_place(m: Mention, unit: Unit, end: int, kb: KnowledgeBase) -> Mention:
    """To the rules, a party committee named as its secretary's seat (邵东市委书记, linked as the committee)
    is the place: what the secretary says the place (or 我们) will do is the place's doing, not the
    committee's. The article still mentions the committee (see :func:`extract_facts`). So is a
    government named as the holder of a meeting (市长主持召开市政府常务会议，研究…; 宁波市政府常务会议研究部署…):
    a readout tells what the place takes up, the government's name only says whose meeting it was. (A
    readout's headline keeps the government as the article's subject: what it issues is the government's.)"""
    if m.type != "agency":
        return m  # (most mentions)
    text = unit.text
    meeting = unit.kind != "title" and m.id.endswith(":government") and _MEETING.match(text, end) is not None
    if not meeting and (not m.id.endswith(":party_committee") or not _SECRETARY.match(text, end)):
        return m
    region = kb.get(_agency_region(m.id))
    if region is None or region.type not in REGION_TYPES:
        return m
    return Mention(m.text, m.start, m.end, region.type, region.id, region.name, adcode=region.id, rule="meeting_of_place" if meeting else "secretary_of_place")


def extract_facts(article: Article, linker: Linker, located: list | None = None) -> tuple[list[Mention], list[Fact]]:
    """The mentions and the facts of one article (a pure function of the article).

    ``located``: the article's mentions as ``linker.locate_article`` gives them, when
    the caller has them already (the build times linking apart from the rules).
    """
    units = article_units(article, margins=True)
    if located is None:
        located = linker.locate_article(article)
    linked = {(m.start, m.end): m for _, _, _, m in located}  # what the article mentions, as the linker linked it
    # The body of a zone the KB lacks (柳东新区管委会, the linker's ``agency_unlisted_zone_body``) speaks for that
    # zone, which is no subject: the rules do not read it as an actor (the article still mentions it).
    every = sentences(units, [(u, s, e, _secretary_speaks_for_place(m, units[u], e, linker.kb)) for u, s, e, m in located
                              if m.rule != "agency_unlisted_zone_body"])
    # The margins (metadata and back matter, :attr:`Article.margins`) name entities the article
    # mentions, but state nothing: no rule reads them (a signature that closes the body is body text), nor a credit line.
    sents = [s for s in every if s.kind not in _MARGINS]
    closing = _closing_margins(every, sents, units)
    context = _Context(article, units, sents, linker, closing)

    where: dict[tuple[int, int], tuple[str, int, int]] = {}  # per sentence: found once, it backs many facts

    def evidence(sentence: Sentence, rule: str, method: str = "rule") -> Evidence:
        key = (sentence.unit, sentence.start)
        if key not in where:
            where[key] = _sentence_source(units, sentence)
        return _evidence(article, where[key], rule, method)

    facts: list[Fact] = []
    mentioner = f"article:{article.id}"
    # (an article naming no fund has none for a sentence to be about, carry on or refer to: most articles)
    funded = any(sentence.of_types(("fund",)) for sentence in sents)
    for sentence in sents:
        check_budget()
        if not sentence.mentions:
            if sentence.kind != "table_row" and names_a_measure(sentence.text):
                # 方案提出，到2026年全市海洋生产总值达到3000亿元: a sector's measure names its industry, the subject is the
                # article's (全市) or the paragraph's
                facts.extend(_sets_target(sentence, context, evidence))
            continue  # every other rule relates entities the sentence names: one naming none states nothing
        # A rule that relates a type of entity the sentence does not name is not asked (each would
        # only find that out first): industries for backing and targets, documents for their links
        # and for who issued them (else only a document referred to, 由…印发), two regions or a
        # macro-region's members for cooperation.
        if sentence.kind != "table_row" and sentence.of_types(("industry",)):
            facts.extend(_backs(sentence, context, evidence))
            facts.extend(_sets_target(sentence, context, evidence))
        elif sentence.kind != "table_row" and names_a_measure(sentence.text):
            facts.extend(_sets_target(sentence, context, evidence))  # 片区力争到2027年跨境人民币结算量达到…: no industry named
        documents = sentence.of_types(("policy",))
        if documents or "由" in sentence.text:
            facts.extend(_issues(sentence, context, evidence))
        if documents:
            facts.extend(_policy_facts(sentence, context, evidence))
        if funded:
            facts.extend(_fund_facts(sentence, context, evidence))
        if len(sentence.of_types(REGION_TYPES)) > 1 or sentence.of_types(("macro_region",)):
            facts.extend(_cooperation(sentence, context, evidence))
    for sentence in every:  # the body's mentions and the margins'
        for _, _, m in sentence.mentions:
            m = linked.get((m.start, m.end), m)
            size = Quantity(amount=0.0, unit="", year=None, text=m.quantity) if m.quantity else None  # a fund's size as written
            facts.append(Fact(mentioner, "mentions", m.id, _mention_evidence(article, m, sentence, units), size))
            if m.type == "agency" and m.id.count(":") == 2 and sentence.kind not in _MARGINS:  # margins state nothing
                facts.append(Fact(m.id, "jurisdiction", m.id.split(":")[1], evidence(sentence, "local_agency_region", "knowledge_base")))
    facts.extend(_table_rows(sents, context, evidence))
    facts.extend(_signature_issues(sents, context, evidence, closing))  # (a signature set aside as back matter too)
    facts.extend(_announced_issues(sents, context, evidence))
    facts.extend(_fund_purpose_backs(facts, sents, context))
    facts.extend(_own_fund_backs(facts, context))
    facts.extend(_lead_unit_backs(facts, sents, context, evidence))
    facts.extend(_lead_unit_table_backs(sents, context, evidence))
    facts.extend(_lead_after_task_backs(sents, context, evidence))
    facts.extend(_mechanism_lead_backs(sents, context, evidence))
    facts = _without_guesses(facts)
    facts = _body_issuers_first(facts, sents, units)
    mentions = sorted((m for _, _, _, m in located), key=lambda m: (m.start, m.end, m.id))
    _forget(every)
    return mentions, _dedupe(facts)


def _forget(every: Sequence[Sentence]) -> None:
    """Drop what the rules remembered on each sentence. Some of it is keyed by the article's context
    (:func:`~kg.relations.clauses._subjects_before`), which holds the sentences: a cycle that kept each
    article's sentences, units and contexts (some 240 objects an article) alive until the cyclic
    collector walked them, where without it they are freed as soon as the article is done."""
    for sentence in every:
        sentence._of_types.clear()


def _closing_margins(every: Sequence[Sentence], sents: Sequence[Sentence], units: Sequence[Unit]) -> list[Sentence]:
    """The margins after the body in the source (back matter: a signature, an 抄送 list), in source order;
    not the front matter (a 文号 or masthead line), which the units list after the body too."""
    body = [units[u] for u in dict.fromkeys(s.unit for s in sents) if units[u].text]  # (each unit once, not once per sentence)
    if not body:
        return []
    end = max(u.source_span(0, len(u.text))[1] for u in body)
    after = [s for s in every if s.kind == "margin" and units[s.unit].text and units[s.unit].source(0) >= end]
    return sorted(after, key=lambda s: (units[s.unit].source(0), s.start))


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
    return Evidence(article.id, article.source, m.text, m.start, m.end, article.date, article.outlet, m.rule, "linker")  # (fields in order, as _evidence)


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
