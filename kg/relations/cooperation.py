"""``cooperates_with``: regions listed together as the subject of a cooperation cue."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.kb import REGION_TYPES
from kg.relations.clauses import _COUNT
from kg.relations.context import _Context
from kg.relations.cues import _cue_re
from kg.relations.sentences import _COORDINATION, Sentence
from kg.types import Fact

__all__ = ["_cooperation"]


_SEVERAL_PLACES = re.compile(r"^([两三四五])地")


def _places_counted(kb, members: list[str], count: int) -> list[str]:
    """The ``count`` places a macro-region written with 两地/三地… names: its members when they are that many
    (京津冀三地, 长株潭三地), else the provinces they lie in when those are (成渝两地: 重庆 and 四川, not the sixteen
    cities of its plan; 粤港澳三地: 广东, 香港, 澳门); none when neither counts right — the places are not known."""
    if len(members) == count:
        return members
    provinces = sorted({next((a for a in (m, *kb.ancestors(m)) if kb.by_id[a].type == "province"), m) for m in members})
    return provinces if len(provinces) == count else []


# A clause break between the places and the cue: the cue is another clause's, and the places its subject only when their
# own clause says they act together (四地联合成立…联盟，推动协同创新; 三地签署协议，推动…互认). Else the places are listed or
# compared there and the cue is a noun of the next clause (南京、杭州、合肥三市的研发投入强度均超过3%，区域协同创新水平较高;
# 仅次于上海和宁波，三地合作空间大): no partners (issue 15).
_CLAUSE_BREAK = re.compile(r"[，,；;：:]")
_JOINT_ACT = re.compile(r"联合|共同|携手|联手|签署|签订|结对|一起|牵手|相互|互相")


# 与/同/跟 opening a list of partners, after the subject and perhaps an adverb (赣州正与宁波、包头等地开展合作).
_WITH_PARTNERS = re.compile(r"(?:正|将|已|还|也|再|又|积极|主动|先后|分别|已经|正在|持续|进一步)*[与同跟]$")
# Between the partners and the cue: bodies of those places, not the places (与北京一所高校共建, 与上海、杭州的高校合作).
_PARTNERS_BODIES = re.compile(r"的|[一多两三几数]\s*[所家个]")


def _partners_of_subject(sentence: Sentence, group, coordinated: list[str], cue_start: int) -> list[tuple[str, str]] | None:
    """When the listed regions follow 与/同/跟, they are the partners of the region before it, not of each other:
    赣州正与宁波、包头等地开展合作 is 赣州–宁波 and 赣州–包头, never 宁波–包头. Returns those pairs (none when no
    region stands right before the preposition: the subject is elsewhere, nor when the partners are bodies of those
    places), or None when the list is not introduced so."""
    first = len(group) - len(coordinated)
    start = group[first][0]
    opening = _WITH_PARTNERS.search(sentence.text, 0, start)
    if not opening:
        return None
    if not first or group[first - 1][1] != opening.start() or _PARTNERS_BODIES.search(sentence.text, group[-1][1], cue_start):
        return []
    subject = group[first - 1][2].id
    return sorted({tuple(sorted((subject, partner))) for partner in coordinated if partner != subject})


def _cooperation(sentence: Sentence, context: _Context, evidence) -> Iterator[Fact]:
    """Regions listed together as the subject of a cooperation cue (京津冀三地互认, 沪苏浙皖联动),
    or a macro-region's members when it is written with 三地/两地."""
    cue = _cue_re("cooperates_with").search(sentence.text)
    if not cue:
        return
    if _cue_re("cooperates_with", "block").search(sentence.text):
        return  # 结合北京、上海…等地的实践, 与…相比, 借鉴: places compared or learnt from, not partners
    group = [x for x in sentence.of_types(REGION_TYPES) if x[1] <= cue.start()]
    if group and (brk := _CLAUSE_BREAK.search(sentence.text, group[-1][1], cue.start())):
        opening = max((m.end() for m in _CLAUSE_BREAK.finditer(sentence.text, 0, group[-1][0])), default=0)
        if not _JOINT_ACT.search(sentence.text, opening, brk.start()):
            return
    coordinated: list[str] = []
    for n, (s, e, m) in enumerate(group):
        if n and _COORDINATION.match(sentence.text[group[n - 1][1] : s]):
            coordinated.append(m.id)
        else:
            coordinated = [m.id]
    pairs = _partners_of_subject(sentence, group, coordinated, cue.start()) if coordinated else None
    if pairs is not None:
        for a, b in pairs:
            if b not in set(context.kb.ancestors(a)) and a not in set(context.kb.ancestors(b)):
                yield Fact(a, "cooperates_with", b, evidence(sentence, "cooperation_cue"))
        return
    regions = set(coordinated) if len(coordinated) > 1 else set()
    for _, end, m in sentence.of_types(("macro_region",)):
        if end <= cue.start() and (several := _SEVERAL_PLACES.match(sentence.text[end : end + 2])):
            regions |= set(_places_counted(context.kb, list(context.kb.by_id[m.id].members), _COUNT[several[1]]))
    regions = sorted(regions)
    for i, a in enumerate(regions):
        for b in regions[i + 1 :]:
            if b not in set(context.kb.ancestors(a)) and a not in set(context.kb.ancestors(b)):
                yield Fact(a, "cooperates_with", b, evidence(sentence, "cooperation_cue"))
