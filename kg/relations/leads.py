"""Lead units: the body a document names as leading a task backs what that task backs."""

from __future__ import annotations

import re
from collections.abc import Sequence

from kg.relations.context import _ITEM_OPENS, _Context
from kg.relations.cues import _cue_re
from kg.relations.sentences import Sentence, table_rows
from kg.types import Fact

__all__ = ["_lead_after_task_backs", "_lead_unit_backs", "_lead_unit_table_backs", "_mechanism_lead_backs"]


# A lead field after a task (（牵头单位：市工信局；配合单位：市商务局）, 牵头处室：, 牵头培育单位：), or a 责任单位
# field standing first in its brackets (（责任单位：市工信局）): its bodies run to the next field or the bracket's end.
_LEAD_FIELD = re.compile(r"(?:牵头(?:培育)?(?:单位|部门|处室)|(?<=[（(])责任单位)\s*[：:]([^；;，,。）)\n]*)")
# 由市发展改革委牵头 / 由济南高新区管委会牵头，市科技局配合: the bodies between 由 and 牵头.
_LED_BY = re.compile(r"由([^由，,。；;：:]{2,40}?)牵头")
# 市工信局牵头，市商务局配合 / 市发展改革委、市投资促进局牵头建立… / （省发展改革委牵头，各有关市人民政府负责落实）:
# the bodies just before 牵头, opening a clause or a bracket.
_LEADS = re.compile(r"(?:^|[，,；;。：:（(）)\s])([^，,。；;：:（）()\s由]{2,40}?)(?:要|负责)?牵头(?!单位|部门|处室|培育)")
# What a body leads that is no task of the sentence's sectors: drafting a text (牵头编制的《…》提出…, 牵头起草) or
# setting up a body or mechanism (牵头组建产业集群促进机构，…; one named for an industry: see _mechanism_lead_backs).
_NOT_A_TASK = re.compile(r"(?:编制|起草|制定|修订|组建|成立|建立)")
# What follows a lead that leads the task before it (由历城区政府牵头，…; 由市发改委牵头。; （省文化和旅游厅牵头）), not a
# task of its own.
_LEADS_ALONE = re.compile(r"\s*[）)]?\s*(?:[，,。；;]|$)")
# What may stand before a lead opening its sentence (a bracket after the task: （省发展改革委牵头，…）).
_OPENING = re.compile(r"[\s，,；;。（(]*由?")
# What may stand between the bodies named as leads (市发改委、市经信局; 市发改委和市工信局).
_BETWEEN_LEADS = re.compile(r"[、和及与\s]*")


def _leads_in(sentence: Sentence, start: int, end: int) -> list[str]:
    """The agencies named one after another filling ``sentence.text[start:end]`` (nothing else but 、/和 between)."""
    found = [(a, b, m) for a, b, m in sentence.of_types(("agency",)) if start <= a and b <= end]
    if not found:
        return []
    text = sentence.text
    pos = start
    for a, b, _ in found:
        if not _BETWEEN_LEADS.fullmatch(text, pos, a):
            return []
        pos = b
    if not _BETWEEN_LEADS.fullmatch(text, pos, end):
        return []
    return list(dict.fromkeys(m.id for *_, m in found))


# What follows a lead that leads a task named before it, with at most a bare verb (牵头推进，并…; 牵头负责。): no task of its own.
_LEADS_BEFORE = re.compile(r"(?:推进|负责|落实|实施|抓总)?\s*(?:[，,。；;]|$)")
# Where a lead's own task (由市工信局牵头推进“模型进车间”工程，…) ends: its clause.
_TASK_ENDS = re.compile(r"[，,。；;]")


def _own_task(text: str, lead_end: int) -> tuple[int, int] | None:
    """The span of the task a lead named in its sentence leads after 牵头 (由省农业农村厅牵头建设十大优势特色农业产业集群;
    由市工业和信息化局牵头推进“模型进车间”工程), up to its clause's end; ``None`` for a lead of the task before it
    (…，由市发改委牵头。; 由市工信局牵头推进，并…). What else such a sentence backs is other places' tasks, not the lead's."""
    if _LEADS_BEFORE.match(text, lead_end):
        return None
    end = _TASK_ENDS.search(text, lead_end)
    return lead_end, end.start() if end else len(text)


def _lead_designations(sentence: Sentence, numbered: bool) -> list[tuple[list[str], bool, tuple[int, int] | None]]:
    """The lead bodies a sentence names, each with whether they lead the task of the sentences before
    them in the line (a field after the task; 由X牵头 opening a sentence of a ``numbered`` task) or of this
    sentence only (由X牵头, X牵头，Y配合 elsewhere), and the span of a task of their own after 牵头 (:func:`_own_task`)."""
    text = sentence.text
    out = []
    for field in _LEAD_FIELD.finditer(text):
        leads = _leads_in(sentence, field.start(1), field.end(1))
        if field[0].startswith("责任单位"):
            leads = leads[:1]  # （责任单位：市新经济委、市经信局）: the first is the lead, those after it support
        if leads:
            out.append((leads, True, None))
    if text.count("牵头") > 1:
        return out  # (株洲市人民政府牵头编制…，长沙市工信局牵头推进…: whose task is which is not read)
    for pattern in (_LED_BY, _LEADS):
        for found in pattern.finditer(text):
            if _NOT_A_TASK.match(text, found.end()):
                continue  # 市经信局牵头编制的《…》提出…: the plan's content is its region's, the bureau only drafted it
            leads = _leads_in(sentence, found.start(1), found.end(1))
            if leads:  # opening its sentence in a numbered task (（一）…。由历城区政府牵头，…): it leads the line's task;
                # not where a task of its own follows 牵头 (由市体育局牵头承办国际赛事: it leads the events only)
                out.append((leads, numbered and _OPENING.fullmatch(text, 0, found.start()) is not None
                            and _LEADS_ALONE.match(text, found.end()) is not None, _own_task(text, found.end())))
    return out


def _lead_unit_backs(facts: Sequence[Fact], sents: Sequence[Sentence], context: _Context, evidence) -> list[Fact]:
    """The lead unit of a task backs the industries the task backs (the gold's convention since
    2026-12-05): a field after a numbered task (（一）做强软件产业。…。（牵头单位：区工信局；配合单位：区商务局）)
    credits its lead bodies with what the line's sentences up to it back; 由市发改委牵头，… and
    市工信局牵头，市商务局配合，… credit theirs with what their own sentence backs. What the task backs is
    what the other rules read in it (the document's region, a district told to act), so a lead is credited
    only where a sentence states backing: a 牵头 to build a mechanism or draft a text backs nothing, and
    the units that support (配合单位, a 责任单位 after the lead, 市财政局统筹…) are not leads. Within a
    lead's own sentence, what another body backs is that body's task, not the lead's (由市体育局牵头承办国际赛事，
    市文化广电和旅游局负责…培育冰雪动漫: the sports bureau leads the events only)."""
    backed: dict[int, list[Fact]] = {}  # by the source start of their sentence
    for fact in facts:
        if fact.relation in ("backs", "sets_target"):
            backed.setdefault(fact.evidence.start, []).append(fact)
    if not backed or not any("牵头" in s.text or "责任单位" in s.text for s in sents):
        return []  # (a lead is named with one of these: most articles name none, their items are not followed)
    out = []
    line: list[Sentence] = []  # the sentences of the current unit's task since its last lead field
    for sentence in sents:
        if line and (line[-1].unit != sentence.unit or _ITEM_OPENS.match(sentence.text)):
            line = []  # (一）壮大光伏产业。…（二）发展氢能。由市科技局牵头，…: a lead leads its own item's task only
        line.append(sentence)
        if ("牵头" not in sentence.text and "责任单位" not in sentence.text) or sentence.kind in ("title", "table_row"):
            continue  # (a 责任单位 field standing alone names a lead too: （责任单位：市科技局）)
        for leads, after_task, own in _lead_designations(sentence, _ITEM_OPENS.match(line[0].text) is not None):
            task = line if after_task else [sentence]
            industries = []
            for s in task:
                where = evidence(s, "lead_unit_backs")
                industries.extend(f.object for f in backed.get(where.start, ())
                                  if f.subject not in leads and (after_task or not f.subject.startswith("agency:")))
            if own is not None and not after_task:  # 方案明确A区聚焦…，由市工信局牵头推进“模型进车间”工程: its own task only
                named = {m.id for a, _, m in context.industries(sentence) if own[0] <= a < own[1]}
                industries = [x for x in industries if x in named]
            if not industries:
                continue
            where = evidence(sentence, "lead_unit_backs")
            for lead in leads:
                for industry in dict.fromkeys(industries):
                    out.append(Fact(lead, "backs", industry, where))
        if _LEAD_FIELD.search(sentence.text):
            line = []  # the next field leads the task after this one
    return out


# A lead named after the task it leads, in the task's clause (菌种设计和生物基材料攻关任务由区科技局牵头; 信创产业链牵头单位为
# 省工业和信息化厅): the task (任务, 工作, a chain) before, its lead bodies after 由 or 牵头单位为.
_LEAD_AFTER_TASK = re.compile(r"(?:产业链|链|任务|工作)的?(?:由([^由，,。；;：:]{2,40}?)牵头(?!单位|部门|处室)"
                              r"|牵头(?:单位|部门)(?:为|是)([^，,。；;：:（）()]{2,40}?)(?=[，,。；;）)]|$))")
# Where the task's clause starts.
_CLAUSE_OPENS = re.compile(r"[，,；;：:（(]")


def _lead_after_task_backs(sents: Sequence[Sentence], context: _Context, evidence) -> list[Fact]:
    """A lead unit named after the task it leads backs the industries the task names before it in its
    clause (其中，菌种设计和生物基材料攻关任务由区科技局牵头，…配合; 链长制: 信创产业链牵头单位为省工业和信息化厅，第三代
    半导体产业链牵头单位为省科学技术厅): the gold's lead-unit convention, where the task is named rather than
    stated with a cue, so no other rule reads backing in the sentence. Not a task naming no industry
    (空域协调工作由省发展改革委牵头), not the bodies that support (…配合)."""
    out = []
    for sentence in sents:
        if "牵头" not in sentence.text or sentence.kind in ("title", "table_row"):
            continue
        text = sentence.text
        for found in _LEAD_AFTER_TASK.finditer(text):
            group = 1 if found.group(1) is not None else 2
            leads = _leads_in(sentence, found.start(group), found.end(group))
            opens = max((m.end() for m in _CLAUSE_OPENS.finditer(text, 0, found.start())), default=0)
            industries = [m.id for a, _, m in context.industries(sentence) if opens <= a < found.start()]
            for lead in leads:
                for industry in dict.fromkeys(industries):
                    out.append(Fact(lead, "backs", industry, evidence(sentence, "lead_unit_backs")))
    return out


# The working body or mechanism an agency sets up for an industry, the industry named in it (氢能产业发展工作机制,
# 石化产业链链长制工作专班, 生物制造重点项目库): its name after the verb, up to the kind of body.
_MECHANISM_NAME = r"(?:建立|成立|组建)([^，,。；;：:]{2,30}?)(?:工作专班|专班|工作机制|协调机制|推进机制|链长制|项目库)"
# 市发展改革委牵头建立…工作机制 / 省工信厅会同省发展改革委建立…项目库: the bodies opening the clause, before 牵头 or 会同.
_LEADS_MECHANISM = re.compile(r"(?:^|(?<=[，,；;。：:（(）)\s]))([^，,。；;：:（）()\s由]{2,40}?)(?:要|将)?"
                              r"(?:牵头|会同[^，,。；;：:]{2,30}?)" + _MECHANISM_NAME)
# 成立全市低空经济发展工作专班，由市发展改革委牵头，…配合: the mechanism first, its lead in the next clause.
_MECHANISM_LED_BY = re.compile(_MECHANISM_NAME + r"[，,]\s*由([^由，,。；;：:]{2,40}?)牵头")


def _mechanism_lead_backs(sents: Sequence[Sentence], context: _Context, evidence) -> list[Fact]:
    """The agency leading the setting up of a working body or mechanism named for an industry backs the
    industry (市发展改革委牵头建立全市氢能产业发展工作机制; 成立全市低空经济发展工作专班，由市发展改革委牵头): a task force
    or chain-leader system for an industry is the body's work for it, the gold's lead-unit convention. The
    industry must stand in the mechanism's name: a project list or task force naming none (牵头建立重大项目库)
    backs nothing, nor do the bodies that support (…配合) or a mechanism set up without a lead agency."""
    out = []
    for sentence in sents:
        if ("牵头" not in sentence.text and "会同" not in sentence.text) or sentence.kind in ("title", "table_row"):
            continue
        found = [(m.start(1), m.end(1), m.start(2), m.end(2)) for m in _LEADS_MECHANISM.finditer(sentence.text)]
        found += [(m.start(2), m.end(2), m.start(1), m.end(1)) for m in _MECHANISM_LED_BY.finditer(sentence.text)]
        for lead_start, lead_end, name_start, name_end in found:
            leads = _leads_in(sentence, lead_start, lead_end)
            industries = [m.id for a, b, m in context.industries(sentence) if name_start <= a and b <= name_end]
            for lead in leads:
                for industry in dict.fromkeys(industries):
                    out.append(Fact(lead, "backs", industry, evidence(sentence, "lead_unit_backs")))
    return out


# A table's lead column (序号 | 重点任务 | 牵头单位 | 配合单位): 牵头单位/牵头部门, or 责任单位 where no lead column comes first.
_LEAD_COLUMN = re.compile(r"\s*(?:牵头(?:单位|部门|处室)|责任单位)\s*")


def _lead_unit_table_backs(sents: Sequence[Sentence], context: _Context, evidence) -> list[Fact]:
    """A table of tasks with a lead column: each row's lead bodies back the industries its task cells
    name after a backing cue (发展, 培育, 壮大…: 壮大光伏产业 | 市工信局), standing as terms. Not the
    columns after the lead's (配合单位, 责任单位), not a row whose task names no cue before the industry."""
    out = []
    for header, sentence in table_rows(sents):
        heads = header.text.split("\t")
        column = next((i for i, c in enumerate(heads) if _LEAD_COLUMN.fullmatch(c)), None)
        cells = sentence.text.split("\t")
        if column is None or len(cells) != len(heads):
            continue  # (a row cut into sentences: its cells are not the header's)
        starts = [0]
        for c in cells[:-1]:
            starts.append(starts[-1] + len(c) + 1)
        leads = _leads_in(sentence, starts[column], starts[column] + len(cells[column]))
        if not leads:
            continue
        task_end = starts[column]
        cue = _cue_re("backs").search(sentence.text, 0, task_end)
        if cue is None:
            continue
        industries = [m.id for a, b, m in context.industries(sentence) if cue.end() <= a and b <= task_end]
        for lead in leads:
            for industry in dict.fromkeys(industries):
                out.append(Fact(lead, "backs", industry, evidence(sentence, "lead_unit_table_backs")))
    return out
