"""Time in region linking: which units a name could mean in text of a given year, as the history of
division changes in the knowledge base (``KnowledgeBase.former``) tells — renamed, merged and upgraded
units (襄樊 → 襄阳, 莱芜市 → 济南市莱芜区, 宁乡县 → 宁乡市) — and which former unit a mention stands for."""

from __future__ import annotations

from functools import cached_property

from kg.kb import FormerUnit, KnowledgeBase
from kg.link.context import Places

__all__ = ["Timeline"]


class Timeline:
    """The meanings a region's name has in a year, and the former unit a mention names."""

    def __init__(self, kb: KnowledgeBase, places: Places) -> None:
        self.kb = kb
        self.places = places

    def prepare(self) -> None:
        """Build now the table of current units' own former names (see :meth:`Linker.prepare`)."""
        _ = self._renamed_from

    def formers(self, form: str, year: int | None) -> tuple[FormerUnit, ...]:
        """The former units ``form`` may name in text of ``year``: those still valid then (every
        one when the year is unknown; the last to cease when all had ceased by then — a name
        written after its unit was abolished means the area, now its successor's)."""
        units = self.kb.former.get(form, ())
        if year is None or not units:
            return units
        return tuple(u for u in units if u.until > year) or units[:1]

    def as_of(self, form: str, regions: tuple[tuple[str, str], ...], year: int | None, anchors: set[str]) -> tuple[tuple[str, str], ...]:
        """What a form can mean in text of ``year`` (undated text is read as of today, unless the
        article names the region of a former unit of that full name and of no current one: 江北区
        in a 重庆 article):

        - the current units written so, except one named otherwise then (思茅区 was 翠云区 until 2007);
        - the former units of :meth:`formers` (as their current successors); a former unit's full
          name a current unit also bears is one more meaning (江北区: 重庆's until 2025, now
          两江新区, and 宁波's), its short name only when no current unit so named existed then
          (思茅 in 2005 is 思茅市, now 普洱市; 南宁 is 南宁市, not the former 南宁地区);
        - of two former units of one name, the one valid then (扶余县 before 1987, or until 2013).

        In its year a name is the former unit's, with that unit's kind (莱芜 in 2005 is the city
        莱芜市, now a district).
        """
        units = self.kb.former.get(form)
        if not units:
            return regions
        current = tuple((i, k) for i, k in regions if k not in ("former", "former_short") and not self._named_otherwise(i, year))
        if year is None and current:
            if self.places.by_context([i for i, _ in current], anchors) is not None:
                return current
            placed = {u.successor for u in units if u.name == form and u.successor in self.kb.by_id and self.places.by_context([u.successor], anchors)}
            return current + tuple((i, "former") for i in sorted(placed))
        valid = [u for u in units if u.until > year] if current else self.formers(form, year)
        former: dict[str, str] = {}
        for unit in valid:  # a unit bearing the form as its full name makes it that successor's full name
            if unit.successor in self.kb.by_id and former.get(unit.successor) != "former":  # (凤城县, then 凤城满族自治县)
                former[unit.successor] = "former" if unit.name == form else "former_short"
        if year is not None:
            current = tuple((i, former.pop(i, k)) for i, k in current)
        taken = {i for i, _ in current}
        added = tuple(sorted((i, k) for i, k in former.items() if i not in taken and (k == "former" or not current)))
        return current + added

    def _named_otherwise(self, region_id: str, year: int | None) -> bool:
        """Did the current unit bear another name in ``year`` (翠云区 until 2007, now 思茅区)?"""
        return year is not None and any(u.until > year for u in self._renamed_from.get(region_id, ()))

    @cached_property
    def _renamed_from(self) -> dict[str, list[FormerUnit]]:
        """Current unit → its own former names under the same code (420600: 襄樊市)."""
        out: dict[str, list[FormerUnit]] = {}
        for units in self.kb.former.values():
            for u in units:
                entity = self.kb.by_id.get(u.adcode)
                if u.adcode == u.successor and entity is not None and entity.name != u.name and u not in out.get(u.adcode, ()):
                    out.setdefault(u.adcode, []).append(u)
        return out

    def historical(self, form: str, region_id: str, year: int | None) -> FormerUnit | None:
        """The former unit a mention of ``region_id`` written ``form`` stands for in text of ``year``:
        the unit valid then (宁乡 in 2015: 宁乡县, now 宁乡市; 莱芜 in 2017: 莱芜市, now 济南市莱芜区),
        or, whatever the year, the last unit so named when ``form`` is none of the current unit's
        names (襄樊: 襄樊市). None for a current unit's own name in its own time."""
        units = [u for u in self.kb.former.get(form, ()) if u.successor == region_id]
        if not units:
            return None
        if year is not None:
            valid = [u for u in units if u.until > year]
            if valid:
                return min(valid, key=lambda u: u.until)
        entity = self.kb.by_id.get(region_id)
        if entity is None or form == entity.name or form in entity.aliases:
            return None
        return units[0]
