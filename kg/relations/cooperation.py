"""``cooperates_with``: regions listed together as the subject of a cooperation cue."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.kb import REGION_TYPES
from kg.relations.context import _Context
from kg.relations.cues import _cue_re
from kg.relations.sentences import _COORDINATION, Sentence
from kg.types import Fact

__all__ = ["_cooperation"]


_SEVERAL_PLACES = re.compile(r"^[两三四五]地")


def _cooperation(sentence: Sentence, context: _Context, evidence) -> Iterator[Fact]:
    """Regions listed together as the subject of a cooperation cue (京津冀三地互认, 沪苏浙皖联动),
    or a macro-region's members when it is written with 三地/两地."""
    cue = _cue_re("cooperates_with").search(sentence.text)
    if not cue:
        return
    if _cue_re("cooperates_with", "block").search(sentence.text):
        return  # 结合北京、上海…等地的实践, 与…相比, 借鉴: places compared or learnt from, not partners
    group = [x for x in sentence.of_types(REGION_TYPES) if x[1] <= cue.start()]
    coordinated: list[str] = []
    for n, (s, e, m) in enumerate(group):
        if n and _COORDINATION.match(sentence.text[group[n - 1][1] : s]):
            coordinated.append(m.id)
        else:
            coordinated = [m.id]
    regions = set(coordinated) if len(coordinated) > 1 else set()
    for _, end, m in sentence.of_types(("macro_region",)):
        if end <= cue.start() and _SEVERAL_PLACES.match(sentence.text[end : end + 2]):
            regions |= set(context.kb.by_id[m.id].members)
    regions = sorted(regions)
    for i, a in enumerate(regions):
        for b in regions[i + 1 :]:
            if b not in set(context.kb.ancestors(a)) and a not in set(context.kb.ancestors(b)):
                yield Fact(a, "cooperates_with", b, evidence(sentence, "cooperation_cue"))
