"""Entity linking: text → :class:`~kg.types.Mention`\\ s linked to the knowledge base.

Pure Python over plain strings (no spaCy here). A reader finds each decision in its module:

- :mod:`kg.link.candidates` — one Aho–Corasick scan over every name of the knowledge base;
  jieba's words only where a boundary decides;
- :mod:`kg.link.context` — what the article establishes: section tag, title actor, the
  regions it names unambiguously (its anchors), the region it is talking about at a point;
- :mod:`kg.link.regions` — which region (or zone, industry …) a name links to, by named rules;
- :mod:`kg.link.timeline` — what a region's name meant in the text's year (renamed, merged, upgraded units);
- :mod:`kg.link.agencies` — local bodies (深圳市 + 工信局, 市工信局) and branches of central ones;
- :mod:`kg.link.funds` — specific funds with an owner and a purpose;
- :mod:`kg.link.zones` — zones written as a region + a kind of zone (宁乡经开区);
- :mod:`kg.link.macros` — macro-regions written by their direction alone (西部省份, 我国西部);
- :mod:`kg.link.industries` — where an industry's label names no sector of the text (an application field);
- :mod:`kg.link.policies` — document titles in 《》.

:class:`Linker` puts them together. Spans are claimed in order — policies, funds, agencies, zones
written as region + kind, macro-regions by direction, then names longest first — so a name inside a longer mention (深圳市 in 深圳市工信局) is not a
mention of its own. Every mention records the rule that decided it (``Mention.rule``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from kg.budget import check as check_budget
from kg.kb import KB_DIR, KnowledgeBase, load_kb
from kg.link.agencies import LISTED_PLACE, AgencyFinder
from kg.link.candidates import Scanner, Words
from kg.link.context import Places
from kg.link.funds import FundFinder
from kg.link.macros import find_directional_macros
from kg.link.policies import find_policies
from kg.link.regions import RegionResolver, read_guards
from kg.link.units import Unit, article_units
from kg.link.zones import ZoneFinder, region_opening
from kg.types import Article, Mention

__all__ = ["Linker", "Unit", "article_units", "year_of"]

Located = tuple[int, int, int, Mention]  # unit index, start, end in that unit's text, mention


def year_of(date: str | None) -> int | None:
    """The year of an ISO date (``2005-03-01``, ``2005``), or None.

    >>> year_of("2005-03-01"), year_of(None), year_of("unknown")
    (2005, None, None)
    """
    return int(date[:4]) if date and date[:4].isdigit() else None


class Linker:
    """Links the entity mentions of articles or snippets of text to the knowledge base."""

    def __init__(self, kb: KnowledgeBase | None = None, kb_dir: Path = KB_DIR) -> None:
        self.kb = kb or load_kb(kb_dir)
        self.kb_dir = kb_dir
        guards = read_guards(kb_dir / "name_guards.tsv")
        self.words = Words(self.kb)
        self.scanner = Scanner(self.kb, self.words.common_characters())
        self.places = Places(self.kb, guards, self.words)
        self.regions = RegionResolver(self.kb, self.places, self.words, guards)
        self.agencies = AgencyFinder(self.kb, self.places, self.regions, self.words)
        self.funds = FundFinder(self.kb, kb_dir, self.places, self.words, self.scanner)
        self.zones = ZoneFinder(self.kb, self.regions)
        self._snippets: dict[tuple[str, str | None], tuple[Mention, ...]] = {}  # see link_text

    @property
    def _jieba(self):
        """The linker's jieba tokenizer (every name added); loaded with the linker (its counts order the scanner's automaton)."""
        return self.words.tokenizer

    def prepare(self) -> None:
        """Build now every table the linker otherwise builds on first use (the word classes of
        jieba's dictionary; jieba itself is loaded with the linker): a build calls it before forking its workers, which
        then share the tables instead of each building its own."""
        self.words.prepare()
        self.places.prepare()
        self.regions.prepare()
        _ = self.funds.tagged

    def _place_named(self, name: str) -> str | None:
        return self.places.place_named(name)

    # -------------------------------------------------------- public

    def link_article(self, article: Article) -> list[Mention]:
        """An article's mentions, in text order, with offsets into its source file."""
        return sorted((m for *_, m in self.locate_article(article)), key=lambda m: (m.start, m.end, m.id))

    def locate_article(self, article: Article) -> list[Located]:
        """Mentions of an article located in its units (title, paragraphs, then margins:
        :func:`article_units`), region names read as of the article's date. A credit line (来源：某某厅网站)
        is read on its own, for the body it names (:func:`_credited`): what it names sets no context for the
        rest (the 福建 of 《福建经济信息》 is no region the article is about)."""
        context = [article.section] if article.section else []
        units = article_units(article, margins=True)
        credits = [u for u, unit in enumerate(units) if unit.kind == "credit"]
        read = [Unit("", (), "credit") if unit.kind == "credit" else unit for unit in units] if credits else units  # (unit indexes kept)
        located = [x for x in self.locate_units(read, context_names=context, date=article.date) if not _name_fragment(units[x[0]], x[2], x[3])]
        for u in credits:
            located += [(u, s, e, m) for _, s, e, m in self.locate_units([units[u]], date=article.date) if _credited(m)]
        return sorted(located, key=lambda x: (x[0], x[1], x[2], x[3].id)) if credits else located

    def link_text(self, text: str, date: str | None = None) -> list[Mention]:
        """Link a snippet (offsets are into the snippet) written on ``date`` (ISO, or a year), if known.

        Remembered: the rules ask for the same snippets again and again (a policy's title in
        every article that names it, an item of a list).
        """
        key = (text, date)
        found = self._snippets.get(key)
        if found is None:
            if len(self._snippets) >= 20_000:
                self._snippets.clear()
            found = self._snippets[key] = tuple(self.link_units([Unit(text)], date=date))
        return list(found)

    def link_units(self, units: Sequence[Unit], context_names: Iterable[str] = (), date: str | None = None) -> list[Mention]:
        """Mentions of units read as one article; ``context_names`` stand for its section tag."""
        return [m for *_, m in self.locate_units(units, context_names, date)]

    def locate_units(self, units: Sequence[Unit], context_names: Iterable[str] = (), date: str | None = None) -> list[Located]:
        """Mentions with where they are: ``(unit index, start, end in that unit's text, mention)``.

        ``date`` (``YYYY-MM-DD`` or a prefix of it): when the text was written. A region's name
        then means the unit valid in that year (思茅 in 2005 is 思茅市), which the mention records
        as ``historical_adcode`` while its ``id`` is the current successor (普洱市).
        """
        context = self.places.context(units, self.scanner.scan(units), context_names, year_of(date))
        context.resolve = self.regions.resolve
        mentions: list[tuple[int, int, int, str, str, str]] = []  # unit, start, end, id, rule, type
        taken = [bytearray(len(unit.text)) for unit in units]  # 1 under a mention already made

        def free(u: int, s: int, e: int) -> bool:
            return 1 not in taken[u][s:e]

        def claim(u: int, s: int, e: int) -> bool:
            if not free(u, s, e):
                return False
            taken[u][s:e] = b"\x01" * (e - s)
            return True

        # 1. Policies first: names inside 《》 belong to the title, not the text.
        for u, s, e, pid in find_policies(units):
            if claim(u, s, e) and pid is not None:
                mentions.append((u, s, e, pid, "policy_title", "policy"))
        # 2. Funds (深圳市政府投资引导基金 is a fund, not 深圳市政府).
        quantities: dict[tuple[int, int], str | None] = {}
        for u, s, e, fid, size, rule in self.funds.find(context):
            if claim(u, s, e) and fid is not None:
                mentions.append((u, s, e, fid, rule, "fund"))
                quantities[(u, s)] = size
        # 3. Agencies built from parts (one whose region is unknown claims its words, links nothing),
        # then zones written as a region + a kind of zone (宁乡经开区; its 管委会 is an agency).
        zones = self.zones.find(context)
        shared = None  # the span of the bodies of several counted places (两省发展改革委): one mention of each on it
        body = None  # the span of the last body claimed: a place listed before a shared body is named inside it (LISTED_PLACE)
        for u, s, e, aid, rule in self.agencies.find(context, zones):
            if rule == LISTED_PLACE:
                if body is not None and body[0] == u and body[1] <= s and e <= body[2]:
                    mentions.append((u, s, e, aid, rule, self.kb.get(aid).type))
                continue
            body = (u, s, e) if free(u, s, e) else None
            if (claim(u, s, e) or (rule == "agency_counted" and shared == (u, s, e))) and aid is not None:
                shared = (u, s, e) if rule == "agency_counted" else None
                mentions.append((u, s, e, aid, rule, "agency"))
                committee = rule == "agency_zone_body" and aid.endswith(":development_zone_committee")
                zone = self.zones.named_by_its_body(context, (u, s, e), zones) if committee else None
                if zone is not None:  # 浏阳经济技术开发区管委会: the committee, and the zone it speaks for
                    mentions.append((*zone, "zone_of_its_body", "zone"))
        for u, s, e, zid in zones:
            if claim(u, s, e):
                mentions.append((u, s, e, zid, "zone_region_kind", "zone"))
        for u, s, e, zid in self.zones.listed_after_districts(context):
            if claim(u, s, e):
                mentions.append((u, s, e, zid, "zone_kind_after_district", "zone"))
        for u, s, e, zid in self.zones.kind_alone(context, zones):
            if claim(u, s, e):
                mentions.append((u, s, e, zid, "zone_kind_alone", "zone"))
        for u, s, e, mid in find_directional_macros(units):
            if claim(u, s, e) and mid in self.kb.by_id:
                mentions.append((u, s, e, mid, "macro_region_direction", "macro_region"))
        # 4. Names, longest first.
        # (longest first, then by unit and start: the scan's order, which a stable sort by length keeps)
        for n, cand in enumerate(sorted(context.cands, key=lambda c: c.start - c.end)):
            if n % 256 == 0:
                check_budget()  # a runaway file ends in OverBudget, not a stalled build
            if 1 in taken[cand.unit][cand.start : cand.end]:
                continue  # it would not be claimed, whatever it means
            resolved = self.regions.resolve(context, cand)
            if resolved is None:
                continue
            entity_id, rule = resolved
            etype = self.kb.get(entity_id).type
            if claim(cand.unit, cand.start, cand.end):
                opening = region_opening(self.kb, cand.form, entity_id) if etype == "zone" else None
                if opening is not None:  # 上海张江: the region, then the zone
                    n, region = opening
                    mentions.append((cand.unit, cand.start, cand.start + n, region, "region_opening_zone_name", self.kb.get(region).type))
                    mentions.append((cand.unit, cand.start + n, cand.end, entity_id, rule, etype))
                else:
                    mentions.append((cand.unit, cand.start, cand.end, entity_id, rule, etype))
        out = []
        get, historical, year = self.kb.get, self.regions.time.historical, context.year
        for u, s, e, entity_id, rule, etype in mentions:
            unit = units[u]
            text = unit.text[s:e]
            start, end = unit.source_span(s, e)
            entity = get(entity_id)
            former = historical(text, entity_id, year) if entity and entity.adcode else None
            # (its fields in order: a record built with keywords goes through a dict of them, half as dear again)
            mention = Mention(text, start, end, etype, entity_id, entity.name if entity else entity_id.split(":")[-1], entity.adcode if entity else None, rule, 1.0, quantities.get((u, s)),
                              former.adcode if former else None, former.name if former else None)
            out.append((u, s, e, mention))
        out.sort(key=lambda located: (located[0], located[1], located[2], located[3].id))
        return out


#: What ends an item of a margin's list (抄送：甲，乙。) or the name on a line of its own.
_ITEM_END = frozenset("，,、；;。：:（(）) \u3000")


def _name_fragment(unit: Unit, end: int, mention: Mention) -> bool:
    """A region named inside a longer name in a margin (:attr:`Article.margins`): 国网青海省电力公司,
    宜宾三江新区管委会, the 大足 of a 文号 (大足府办发〔2025〕17号). A margin is a list of names,
    numbers and dates; a place that does not end its item is part of a name the linker did not read
    whole (a body named in full, 宜宾市经济和信息化局, is one agency mention), not the place."""
    return unit.kind == "margin" and mention.type in ("province", "city", "district") and end < len(unit.text) and unit.text[end] not in _ITEM_END


def _credited(mention: Mention) -> bool:
    """Is a name in a credit line (来源：某某厅网站) a body's? The credit names who published the text: the
    article mentions that body (a government body's own site, 江苏省工业和信息化厅), but no place or anything
    else the outlet's name holds (新疆日报 names no 新疆)."""
    return mention.type == "agency"
