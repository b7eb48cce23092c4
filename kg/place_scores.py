"""Scores of region resolution on two generated suites of place names (``scripts/eval_places.py`` prints them).

- **renamed units** (``tests/place_cases/renames.tsv``, made by ``scripts/kb/build_rename_cases.py``
  from the division history): a sentence using an old name (襄樊市…, 襄樊…), dated while the old
  unit was valid, must give a mention of that name rolled up to the current successor (襄阳市), and
  the mention must name the old unit valid on that date (``historical_adcode``);
- **public place-resolution cases** (``tests/place_cases/public.jsonl``, converted by
  ``scripts/convert_place_cases.py`` from peer libraries' test suites): an address or phrase and
  the province, city and county it names; the regions our linker finds in the address the text
  opens with, named as today or as written, must give every level the case states right.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from kg.kb import MUNICIPALITIES, KnowledgeBase

__all__ = ["CASES_DIR", "Tally", "read_renames", "score_renames", "read_public_cases", "levels_of", "address_read", "names_written",
           "regions_read", "score_public_cases"]

CASES_DIR = Path(__file__).resolve().parents[1] / "tests" / "place_cases"


@dataclass
class Tally:
    """Right answers out of all, overall and by class, and the cases missed."""

    right: int = 0
    total: int = 0
    by_class: dict[str, list[int]] = field(default_factory=dict)  # class → [right, total]
    misses: list[str] = field(default_factory=list)

    def add(self, ok: bool, classes: Iterable[str], miss: str) -> None:
        self.right += ok
        self.total += 1
        for c in classes:
            counts = self.by_class.setdefault(c, [0, 0])
            counts[0] += ok
            counts[1] += 1
        if not ok:
            self.misses.append(miss)

    @property
    def rate(self) -> float:
        return self.right / self.total if self.total else 0.0


def _read_tsv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader((line for line in handle if not line.startswith("#")), delimiter="\t", quoting=csv.QUOTE_NONE))


def read_renames(path: Path = CASES_DIR / "renames.tsv") -> list[dict[str, str]]:
    """The renamed-unit sentences, one dict per row."""
    return _read_tsv(path)


def score_renames(linker, cases: list[dict[str, str]], dated: bool = True) -> tuple[Tally, Tally]:
    """(rolled up to the successor, and also naming the old unit valid then) over the sentences.

    ``dated=False`` reads each sentence undated (as of today): the old name must still roll up.
    """
    rolled, historical = Tally(), Tally()
    for case in cases:
        text, written = case["text"], case["case"].split("-", 1)[1]
        end = text.index("加快")
        start = end - len(written)
        mentions = [m for m in linker.link_text(text, date=case["date"] if dated else None) if m.start <= start and m.end >= end]
        up = any(m.id == case["successor"] for m in mentions)
        then = any(m.id == case["successor"] and m.historical_adcode == case["old_adcode"] for m in mentions)
        classes = (f"form {case['form']}", f"level {case['level']}", f"change {case['change']}")
        got = ", ".join(f"{m.text}={m.id}@{m.historical_adcode or ''} {m.rule}" for m in mentions) or "nothing"
        rolled.add(up, classes, f"{case['text']} ({case['date']}): want {case['successor']} {case['successor_name']}, got {got}")
        historical.add(then, classes, f"{case['text']} ({case['date']}): want {case['successor']}@{case['old_adcode']}, got {got}")
    return rolled, historical


def read_public_cases(path: Path = CASES_DIR / "public.jsonl") -> list[dict]:
    """The public place-resolution cases, one dict per line (``text``, ``province``, ``city``, ``county``, ``source``)."""
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def levels_of(kb: KnowledgeBase, region_ids: Iterable[str], written: dict[str, str] | None = None) -> dict[str, str | None]:
    """Province, city and county of the most specific of the regions read in a text (all on one line
    of descent), as full names; a municipality is its own city. Regions not on one line: the
    deepest one's ancestors win only if the others are among them; otherwise "?" for every level.
    ``written``: region id → the name of the unit the text wrote, where a mention records a former
    one (下城区, merged into 拱墅区 in 2021), given instead of the current name."""
    chains = []
    for region_id in dict.fromkeys(region_ids):
        entity = kb.by_id.get(region_id)
        if entity is not None and entity.type in ("province", "city", "district"):
            chains.append([region_id, *kb.ancestors(region_id)])
    out: dict[str, str | None] = {"province": None, "city": None, "county": None}
    if not chains:
        return out
    deepest = max(chains, key=len)
    if any(c[0] not in deepest for c in chains):
        return {"province": "?", "city": "?", "county": "?"}  # two places that do not nest: no single answer
    for region_id in deepest:
        entity = kb.by_id[region_id]
        name = (written or {}).get(region_id, entity.name)
        if entity.type == "province":
            out["province"] = name
            if region_id in MUNICIPALITIES:
                out["city"] = out["city"] or name
        elif entity.type == "city":
            out["city"] = name
        else:
            out["county"] = name
    return out


def address_read(kb: KnowledgeBase, region_ids: list[str]) -> list[str]:
    """The regions of the address a text opens with: those read, in text order, up to the first
    that does not lie on one line of descent with the ones before it (湖北武汉武昌区复兴路111号上海市:
    湖北, 武汉, 武昌区 — 上海市 is another place the text names). So a peer reads one address
    (addressparser's test of that text: 测试地名出现两次省名的情况, the first province kept)."""
    out: list[str] = []
    for region_id in region_ids:
        line = {region_id, *kb.ancestors(region_id)}
        if any(r not in line and region_id not in kb.ancestors(r) for r in out):
            break
        out.append(region_id)
    return out


def names_written(mentions) -> dict[str, str]:
    """Region id → the name of the former unit a mention of it records (下城区 for 330105 拱墅区):
    the place as the text names it, which a mention keeps while its id is the current successor."""
    return {m.id: m.historical_name for m in mentions if m.historical_name}


def regions_read(kb: KnowledgeBase, mentions) -> list[str]:
    """The region ids a text's mentions name: each region's own, and for a zone the one region it
    lies in (成都市高新区 names 成都, 天津空港经济区 its 滨海新区; a zone across several, its seat)."""
    out = []
    for m in mentions:
        entity = kb.get(m.id)
        if m.adcode:
            out.append(m.id)
        elif entity is not None and entity.type == "zone":
            seat = kb.zone_seats.get(m.id) or (entity.parents[0] if len(entity.parents) == 1 else None)
            if seat is not None:
                out.append(seat)
    return out


def _places_of(kb: KnowledgeBase, region_ids: list[str], written: dict[str, str]) -> list[dict[str, str | None]]:
    """The levels of each region read, on its own (for a text naming several places), by current
    names and by the names written."""
    return [levels_of(kb, [i], names) for names in ({}, written) for i in region_ids]


def score_public_cases(linker, cases: list[dict]) -> Tally:
    """All levels right per case: each level the case states (province, city, county; None where
    it says there is none) as expected; levels it does not state are not scored. A case stating
    one place is read from the address the text opens with (:func:`address_read`); a case stating
    several places (``places``) is right when each is the levels of one region linked in the text.
    The regions read are those of :func:`regions_read` (a zone counts as the region it lies in),
    named either as today (the successor, under which a mention is counted) or as the text wrote
    them (:func:`names_written`: 杭州市下城区 names 下城区): the peers expect one or the other."""
    tally = Tally()
    for case in cases:
        mentions = linker.link_text(case["text"], date=case.get("date"))
        read, written = regions_read(linker.kb, mentions), names_written(mentions)
        found = [(m.text, m.id, m.rule) for m in mentions]
        if "places" in case:
            got_places = _places_of(linker.kb, read, written)
            missing = [p for p in case["places"] if p not in got_places]
            tally.add(not missing, [f"source {case['source'].split(':')[0]}", *(["wrong place"] if missing else [])],
                      f"{case['text']}: want {missing} among {got_places} from {found}")
            continue
        address = address_read(linker.kb, read)
        want = {level: case[level] for level in ("province", "city", "county") if level in case}
        readings = [levels_of(linker.kb, address, names) for names in ({}, written)]
        wrong = min(([level for level in want if got[level] != want[level]] for got in readings), key=len)
        tally.add(not wrong, [f"source {case['source'].split(':')[0]}", *(f"wrong {w}" for w in wrong)],
                  f"{case['text']}: want {want}, got {readings[0]} from {found}")
    return tally
