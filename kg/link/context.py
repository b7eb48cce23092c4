"""Context: what an article establishes before any ambiguous name is read.

Its section tag, its title actor (北京：…), and the regions it names unambiguously
are its *anchors*; an ambiguous name (朝阳区) goes to the meaning inside them. The
region the text is talking about at a point (for 市工信局, 市级基金) is the nearest
earlier unambiguous mention of that level, else the one anchor of that level.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from kg.kb import MUNICIPALITIES, REGION_TYPES, KnowledgeBase
from kg.link.candidates import Candidate
from kg.link.units import Unit

__all__ = ["Context", "Places", "LEVEL_OF_CHAR", "title_actor"]

LEVEL_OF_CHAR = {"省": "province", "市": "city", "区": "district", "县": "district"}
_ACTOR = re.compile(r"^([^：:\s]{2,8})[：:]")


def title_actor(units: Sequence[Unit]) -> str | None:
    """The actor a title opens with (``北京：发布…`` → 北京), if any."""
    match = _ACTOR.match(units[0].text) if units else None
    return match[1] if match else None


@dataclass
class Context:
    """One article's (or snippet's) units, candidates and anchors."""

    units: Sequence[Unit]
    cands: list[Candidate]
    region_cands: list[Candidate]  # the candidates that can mean a region
    anchors: set[str]  # regions the article is certainly about, with their ancestors and macro-region members


class Places:
    """Questions about regions and the context that any finder asks."""

    def __init__(self, kb: KnowledgeBase, guarded: Iterable[str]) -> None:
        self.kb = kb
        self._guarded = frozenset(guarded)  # names that are also words: never an anchor by themselves

    def context(self, units: Sequence[Unit], cands: list[Candidate], context_names: Iterable[str]) -> Context:
        """The context of these units: anchors from the names given, the title actor and unambiguous mentions."""
        return Context(units, cands, [c for c in cands if c.meaning.region_ids], self._anchors(units, cands, context_names))

    def _anchors(self, units, cands, context_names) -> set[str]:
        anchors: set[str] = set()
        names = list(context_names)
        actor = title_actor(units)
        if actor:
            names.append(actor)
        for name in names:
            place = self.place_named(name)
            if place:
                anchors.add(place)
        for cand in cands:
            ids = cand.meaning.region_ids
            kinds = cand.meaning.kinds
            if len(ids) == 1 and len(cand.meaning.ids) == 1 and ("name" in kinds or ("short" in kinds and self.kb.by_id[ids[0]].type != "district" and cand.form not in self._guarded)):
                if not cand.covered:
                    anchors.add(ids[0])
        expanded = set(anchors)
        for a in anchors:
            expanded.update(self.kb.ancestors(a))
            entity = self.kb.by_id.get(a)
            if entity is not None and entity.type == "macro_region":
                expanded.update(entity.members)
        return expanded

    def place_named(self, name: str) -> str | None:
        """The one place a section tag or title actor names (海南 → the province)."""
        ids = [i for i, kind in self.kb.candidates(name) if kind in ("name", "short", "alias") and self.kb.by_id[i].type in (*REGION_TYPES, "zone", "macro_region")]
        if len(ids) > 1:
            ids = [i for i in ids if self.kb.by_id[i].type == "province"]
        return ids[0] if len(ids) == 1 else None

    def in_context(self, region_id: str, anchors: set[str]) -> bool:
        """The article names this region or the region right above it (a district's city;
        not merely its province: 新兴县 is not meant in a 深圳 article)."""
        entity = self.kb.by_id[region_id]
        return region_id in anchors or (entity.parent is not None and entity.parent in anchors)

    def by_context(self, ids: Sequence[str], anchors: set[str]) -> str | None:
        """The one of ``ids`` inside the anchors (or the anchor itself when one is)."""
        inside = [i for i in ids if i in anchors or any(a in anchors for a in self.kb.ancestors(i))]
        if len(inside) == 1:
            return inside[0]
        direct = [i for i in inside if i in anchors]
        return direct[0] if len(direct) == 1 else None

    def common_region(self, region_ids: Sequence[str]) -> str | None:
        """The smallest region containing all of ``region_ids``."""
        chains = [[r, *self.kb.ancestors(r)] for r in region_ids if r in self.kb.by_id]
        if not chains:
            return None
        common = [r for r in chains[0] if all(r in chain for chain in chains[1:])]
        return common[0] if common else None

    def current_region(self, level: str, context: Context, u: int, pos: int) -> str | None:
        """The region at ``level`` the text is talking about at this point.

        The nearest earlier unambiguous mention of that level wins, then the one anchor of that level.
        """
        best = None
        for c in context.region_cands:
            if (c.unit, c.start) >= (u, pos):
                continue
            ids = [i for i in c.meaning.region_ids if self.level_matches(i, level)]
            if len(ids) == 1 and (best is None or (c.unit, c.start) > best[0]):
                best = ((c.unit, c.start), ids[0])
        if best:
            return best[1]
        at_level = sorted(a for a in context.anchors if self.kb.by_id.get(a) is not None and self.level_matches(a, level))
        return at_level[0] if len(at_level) == 1 else None

    def level_matches(self, region_id: str, level: str) -> bool:
        """Is the region of this level? (市 in a 上海 article is the municipality, a province-level unit.)"""
        entity = self.kb.by_id[region_id]
        if entity.type == level:
            return True
        return level == "city" and entity.type == "province" and region_id in MUNICIPALITIES

    def main_region(self, context: Context) -> str | None:
        """The region an article is mostly about (title actor, else the most named region)."""
        actor = title_actor(context.units)
        place = self.place_named(actor) if actor else None
        if place and self.kb.by_id[place].type in REGION_TYPES:
            return place
        counts = Counter()
        for c in context.cands:
            ids = c.meaning.region_ids
            if len(ids) == 1 and not c.covered and ids[0] in context.anchors:
                counts[ids[0]] += 1
        if not counts:
            return None
        (top, n), *rest = counts.most_common(2) + [(None, 0)]
        return top if n > rest[0][1] else None
