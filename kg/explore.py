"""What the pages of ``kg serve`` show, computed from a build's exports: plain data, no markup.

An :class:`Explorer` opens a build's folder once (``graph.json`` whole, the newsletter
labels, an index of ``articles.jsonl`` by article id, and the page index the build wrote
into ``lookup.sqlite``, :mod:`kg.explore_index`, so that no page passes over every edge)
and answers each page's question: an entity's profile and neighbours with their evidence, the regions backing
an industry (ranked, and by province for the tile map), what a region backs, the
region × industry matrix and the evidence of one of its cells, an article with its
linked mentions and facts. Evidence always names its article by title, newsletter
and date. Every question takes ``min_confidence``: only evidence found by rules at
least that precise counts (:mod:`kg.confidence`; by default the rules below 0.8 are
left out, as in every default view). Every method validates what it is given and
raises a :class:`~kg.errors.KgError` subclass saying what is valid.
"""

from __future__ import annotations

import csv
import functools
import io
import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from kg.confidence import DEFAULT_MIN_CONFIDENCE
from kg.errors import ArgumentError, InputError, NodeNotFound
from kg.explore_index import BACKING, LEVELS, PageIndex, region_at
from kg.kb import REGION_TYPES, load_kb
from kg.query import GraphIndex, check_confidence, check_period, evidence_confidence, kept_evidence, trusted_evidence

__all__ = ["Explorer", "Matrix", "PROVINCE_TILES", "MATRIX_LEVELS", "TILE_COLUMNS", "TILE_ROWS"]

#: Region levels the matrix can have as rows.
MATRIX_LEVELS = LEVELS

#: A tile-grid map of China: province-level adcode → (row, column), roughly where each lies.
#: One equal tile each, so no boundary data is needed and small provinces stay visible.
PROVINCE_TILES: dict[str, tuple[int, int]] = {
    "650000": (0, 1), "150000": (0, 5), "230000": (0, 8),
    "620000": (1, 3), "640000": (1, 4), "140000": (1, 5), "110000": (1, 6), "210000": (1, 7), "220000": (1, 8),
    "540000": (2, 1), "630000": (2, 2), "610000": (2, 4), "130000": (2, 5), "120000": (2, 6),
    "510000": (3, 3), "500000": (3, 4), "410000": (3, 5), "370000": (3, 6),
    "520000": (4, 3), "420000": (4, 4), "340000": (4, 5), "320000": (4, 6), "310000": (4, 7),
    "530000": (5, 2), "430000": (5, 4), "360000": (5, 5), "330000": (5, 6),
    "450000": (6, 3), "440000": (6, 4), "350000": (6, 5), "710000": (6, 7),
    "460000": (7, 3), "820000": (7, 4), "810000": (7, 5),
}
TILE_ROWS = 1 + max(r for r, _ in PROVINCE_TILES.values())
TILE_COLUMNS = 1 + max(c for _, c in PROVINCE_TILES.values())

_NEIGHBOURS_SHOWN = 150
_EVIDENCE_PER_NEIGHBOUR = 3


@dataclass
class Matrix:
    """Regions (rows) × industries (columns); ``cells[(row, column)]`` = distinct articles."""

    level: str
    rows: list[dict]  # {id, name, total}
    columns: list[dict]  # {id, name, total}
    cells: dict[tuple[str, str], int] = field(default_factory=dict)
    top: int | None = None
    branch: str | None = None
    columns_cut: int = 0
    min_confidence: float = DEFAULT_MIN_CONFIDENCE

    @property
    def highest(self) -> int:
        return max(self.cells.values(), default=0)

    def grid(self) -> list[tuple[dict, list[tuple[int, float]]]]:
        """Each row with its cells in column order: ``(weight, share of the highest)``, 0 for none."""
        top = self.highest or 1
        return [(row, [(w, w / top) for w in (self.cells.get((row["id"], c["id"]), 0) for c in self.columns)]) for row in self.rows]

    def csv(self) -> str:
        """The matrix as CSV: a header of industry names, one row per region (empty cell: 0)."""
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(["region_id", "region", *(f"{c['name']} ({c['id']})" for c in self.columns)])
        for row in self.rows:
            writer.writerow([row["id"], row["name"], *(self.cells.get((row["id"], c["id"]), 0) for c in self.columns)])
        return out.getvalue()


class Explorer:
    """The read-only questions the web app asks of one build's exports."""

    def __init__(self, exports: str | Path) -> None:
        from kg.query import LOOKUP, newsletter_labels, read_graph

        self.exports = Path(exports)
        graph_json = self.exports / "graph.json"
        self.index = _CheckedOnce(read_graph(graph_json), graph_json)
        self.graph = self.index.graph
        self.newsletters = newsletter_labels(self.exports / "articles.jsonl")
        self._articles = self._article_offsets(self.exports / "articles.jsonl")
        load_kb()  # now, not on the first industry page (its tile map names every province) or branch
        # what the front page, the article pages, the matrix and the overview count: written by the build
        self.pages = PageIndex(self.graph, self.exports / LOOKUP, graph_json, lambda: self.index.stats(self.newsletters))

    def stats(self) -> dict:
        """:meth:`kg.query.GraphIndex.stats` (as the build counted them)."""
        return self.pages.stats()

    def region_industry_links(self, min_confidence: float = DEFAULT_MIN_CONFIDENCE) -> list[tuple[str, str, int]]:
        """Every region → industry link ``(region, industry, distinct articles)`` at ``min_confidence``, heaviest
        first (for :func:`kg.viz.overview`)."""
        check_confidence(min_confidence)
        return self.pages.backing(("region", "industry"), min_confidence=min_confidence)

    # ------------------------------------------------------------ names and evidence

    def resolve(self, name: str) -> str:
        """An entity id for any name, alias, adcode or id (see :meth:`kg.query.GraphIndex.resolve`)."""
        return self.index.resolve(name)

    def search(self, text: str, limit: int = 30) -> list[dict]:
        """Entities whose names or aliases contain ``text``, the most connected first."""
        return self.index.search(text, limit)

    def node(self, entity: str) -> dict:
        attrs = self.index.node(entity)
        if attrs is None or attrs.get("type") == "article":
            raise NodeNotFound(entity, [self.index.label(m) for m in self.index.close_matches(entity)])
        return {"id": entity, **attrs}

    def evidence(self, items: Iterable[dict], limit: int | None = None) -> list[dict]:
        """Evidence as a reader sees it: sentence, article id and title, newsletter, date, rule, confidence; latest first."""
        from kg.viz import article_source

        out, seen = [], set()
        for e in sorted(items, key=lambda e: (e.get("date") or "", e.get("article") or "", e.get("start") or 0), reverse=True):
            key = (e.get("article"), e.get("sentence"))
            if key in seen or not e.get("sentence"):
                continue
            seen.add(key)
            out.append({"sentence": " ".join(str(e["sentence"]).split()), "rule": e.get("rule") or e.get("method") or "",
                        "confidence": evidence_confidence(e), **article_source(self.graph, e, self.newsletters)})
            if limit and len(out) >= limit:
                break
        return out

    # ------------------------------------------------------------ entity page

    def entity(self, entity: str, since: str | None = None, until: str | None = None, min_confidence: float = DEFAULT_MIN_CONFIDENCE) -> dict:
        """Profile and neighbours (mentions left out), heaviest first, each with its evidence in the
        period at least ``min_confidence`` confident and its confidence (the best of that evidence)."""
        since, until = _checked(since, until, min_confidence)
        node = self.node(entity)
        rows = []
        for u, v, relation, attrs in self.index.edges(entity):
            if relation == "mentions":
                continue
            kept = kept_evidence(attrs, since, until, min_confidence)
            if not kept:
                continue
            other = v if u == entity else u
            o = self.graph.nodes[other]
            dates = [e["date"] for e in kept if e.get("date")]
            rows.append({
                "relation": relation, "direction": "out" if u == entity else "in", "id": other, "name": o.get("name", other),
                "type": o.get("type", ""), "weight": len({e.get("article") for e in kept if e.get("article")}) or attrs.get("weight", 1),
                "first_date": min(dates, default=None), "last_date": max(dates, default=None),
                "confidence": max(evidence_confidence(e) for e in kept),
                "evidence": self.evidence(kept, _EVIDENCE_PER_NEIGHBOUR), "evidence_total": len(kept),
            })
        rows.sort(key=lambda r: (-r["weight"], r["relation"], r["id"]))
        return {"node": node, "profile": self.index.profile(entity, min_confidence), "neighbours": rows[:_NEIGHBOURS_SHOWN],
                "neighbours_cut": max(0, len(rows) - _NEIGHBOURS_SHOWN), "relations": sorted({r["relation"] for r in rows})}

    # ------------------------------------------------------------ industry page

    def industry(self, industry: str, since: str | None = None, until: str | None = None, min_confidence: float = DEFAULT_MIN_CONFIDENCE) -> dict:
        """Who backs an industry, ranked by distinct articles, with first and last dates, and by province (tiles)."""
        since, until = _checked(since, until, min_confidence)
        node = self.node(industry)
        if node.get("type") != "industry":
            raise ArgumentError(f"{industry!r} is a {node.get('type') or 'node'}, not an industry")
        backers: dict[str, list[dict]] = defaultdict(list)
        for u, _, relation, attrs in self.index.edges(industry, "in"):
            if relation in BACKING:
                backers[u] += kept_evidence(attrs, since, until, min_confidence)
        ranked = [self._ranked_row(u, items) for u, items in backers.items() if items]
        ranked.sort(key=lambda r: (-r["weight"], r["id"]))
        provinces: dict[str, dict] = {}
        for row in ranked:
            province = region_at(self.graph, row["id"], "province")
            if province is None:
                continue
            tile = provinces.setdefault(province, {"articles": set(), "regions": []})
            tile["articles"] |= row["articles"]
            tile["regions"].append({k: row[k] for k in ("id", "name", "type", "weight")})
        tiles = self._tiles({p: (len(t["articles"]), t["regions"]) for p, t in provinces.items()})
        for row in ranked:
            del row["articles"]
        return {"node": node, "backers": ranked, "tiles": tiles, "max_tile": max((t["weight"] for t in tiles), default=0)}

    def _ranked_row(self, node: str, items: list[dict]) -> dict:
        attrs = self.graph.nodes[node]
        dates = [e["date"] for e in items if e.get("date")]
        articles = {e.get("article") for e in items if e.get("article")}
        return {"id": node, "name": attrs.get("name", node), "type": attrs.get("type", ""), "weight": len(articles) or 1,
                "articles": articles, "first_date": min(dates, default=None), "last_date": max(dates, default=None),
                "confidence": max(evidence_confidence(e) for e in items)}

    def _tiles(self, weights: dict[str, tuple[int, list[dict]]]) -> list[dict]:
        kb = load_kb()
        tiles = []
        for code, (row, column) in sorted(PROVINCE_TILES.items()):
            weight, regions = weights.get(code, (0, []))
            attrs = self.graph.nodes[code] if code in self.graph else {}
            entity = kb.get(code)
            name = attrs.get("name") or (entity.name if entity else code)
            short = (entity.aliases[0] if entity and entity.aliases else name)[:3]
            tiles.append({"id": code, "name": name, "short": short, "row": row, "column": column, "weight": weight, "regions": regions,
                          "linked": code in self.graph})
        return tiles

    # ------------------------------------------------------------ region page

    def region(self, region: str, since: str | None = None, until: str | None = None, min_confidence: float = DEFAULT_MIN_CONFIDENCE) -> dict:
        """What a region backs (ranked), its agencies, policies, funds and targets, and its sub-regions
        (the industries, agencies, policies, funds and targets from evidence at least ``min_confidence``)."""
        since, until = _checked(since, until, min_confidence)
        node = self.node(region)
        if node.get("type") not in (*REGION_TYPES, "zone", "macro_region"):
            raise ArgumentError(f"{region!r} is a {node.get('type') or 'node'}, not a region")
        industries: dict[str, list[dict]] = defaultdict(list)
        related: dict[str, list[dict]] = defaultdict(list)
        targets = []
        for u, v, relation, attrs in self.index.edges(region):
            other = v if u == region else u
            o = self.graph.nodes[other]
            kind = o.get("type", "")
            if relation in BACKING and u == region and kind == "industry":
                kept = kept_evidence(attrs, since, until, min_confidence)
                industries[v] += kept
                if relation == "sets_target" and kept:
                    for q in attrs.get("quantities") or []:
                        targets.append({"industry": v, "industry_name": o.get("name", v), **{k: q.get(k) for k in ("text", "amount", "unit", "year")}})
            elif relation == "part_of" and v == region:
                related["sub_regions"].append({"id": u, "name": o.get("name", u), "type": kind})
            elif kind in ("agency", "policy", "fund") and relation != "mentions" and trusted_evidence(attrs.get("evidence", []), min_confidence):
                related[kind].append({"id": other, "name": o.get("name", other), "relation": relation, "weight": attrs.get("weight", 1)})
        ranked = [self._ranked_row(i, items) for i, items in industries.items() if items]
        ranked.sort(key=lambda r: (-r["weight"], r["id"]))
        for row in ranked:
            del row["articles"]
        for rows in related.values():
            rows.sort(key=lambda r: (-r.get("weight", 0), r["name"], r["id"]))
        return {"node": node, "industries": ranked, "agencies": related["agency"], "policies": related["policy"],
                "funds": related["fund"], "sub_regions": related["sub_regions"], "targets": sorted(targets, key=lambda t: (t["industry"], str(t["year"])))}

    # ------------------------------------------------------------ the matrix

    def matrix(self, level: str = "province", top: int | None = 30, branch: str | None = None,
               since: str | None = None, until: str | None = None, min_confidence: float = DEFAULT_MIN_CONFIDENCE) -> Matrix:
        """Regions of ``level`` × industries: cell = distinct articles saying the region (or a region
        inside it) backs or sets a target for the industry, in sentences found by rules at least
        ``min_confidence`` precise.

        Columns: the ``top`` industries by total, or with ``branch`` (any name of an industry) that
        industry and every narrower one in the industry scheme. Rows: the regions with any cell.
        """
        since, until = _checked(since, until, min_confidence)
        if level not in MATRIX_LEVELS:
            raise ArgumentError(f"level must be one of {', '.join(MATRIX_LEVELS)}, not {level!r}")
        if top is not None and top < 1:
            raise ArgumentError(f"top must be 1 or more, not {top}")
        allowed = frozenset(self._branch(branch)) if branch else None
        column_totals, row_totals, all_cells = self._matrix_counts(level, since, until, min_confidence, allowed)
        columns = list(column_totals)  # heaviest first
        cut = 0
        if allowed is None and top is not None:
            cut = max(0, len(columns) - top)
            columns = columns[:top]
        chosen = set(columns)
        cells = {(r, i): n for (r, i), n in all_cells.items() if i in chosen}
        rows = sorted({r for r, _ in cells}, key=lambda r: (-row_totals[r], r))
        name = lambda n: self.graph.nodes[n].get("name", n)  # noqa: E731
        return Matrix(
            level=level,
            rows=[{"id": r, "name": name(r), "total": row_totals[r]} for r in rows],
            columns=[{"id": i, "name": name(i), "total": column_totals[i]} for i in columns],
            cells=cells, top=top if allowed is None else None, branch=branch, columns_cut=cut, min_confidence=min_confidence,
        )

    @functools.lru_cache(maxsize=32)  # the build never changes under the app; a few views are looked at over and over
    def _matrix_counts(self, level: str, since: str | None, until: str | None, min_confidence: float, industries: frozenset[str] | None):
        """Distinct articles per industry (heaviest first), per region of ``level`` and per cell."""
        counted = functools.partial(self.pages.backing, level=level, since=since, until=until, min_confidence=min_confidence, industries=industries)
        return dict(counted(("industry",))), dict(counted(("row",))), {(r, i): n for r, i, n in counted(("row", "industry"))}

    def cell(self, region: str, industry: str, since: str | None = None, until: str | None = None, limit: int = 100,
             min_confidence: float = DEFAULT_MIN_CONFIDENCE) -> dict:
        """The evidence behind one cell: every backs/sets_target sentence of the region or a region inside it
        (those the matrix counts at ``min_confidence``)."""
        since, until = _checked(since, until, min_confidence)
        region_node, industry_node = self.node(region), self.node(industry)
        level = region_node.get("type")
        items = []
        for u, _, relation, attrs in self.index.edges(industry, "in"):
            if relation in BACKING and (u == region or (level in MATRIX_LEVELS and region_at(self.graph, u, level) == region)):
                items += [{**e, "region": u} for e in kept_evidence(attrs, since, until, min_confidence)]
        shown = self.evidence(items, limit)
        regions = {(e.get("article"), " ".join(str(e.get("sentence", "")).split())): e["region"] for e in items}
        for e in shown:
            r = regions.get((e.get("article"), e["sentence"]))
            e["region"], e["region_name"] = r, self.graph.nodes[r].get("name", r) if r else ""
        return {"region": region_node, "industry": industry_node, "evidence": shown,
                "articles": len({e.get("article") for e in items if e.get("article")})}

    def _branch(self, branch: str) -> set[str]:
        root = self.resolve(branch)
        if self.graph.nodes[root].get("type") != "industry":
            raise ArgumentError(f"branch {branch!r} is a {self.graph.nodes[root].get('type')}, not an industry")
        kb = load_kb()
        children: dict[str, set[str]] = defaultdict(set)
        for entity in kb.by_id.values():
            for parent in entity.parents if entity.type == "industry" else ():
                children[parent].add(entity.id)
        found, stack = {root}, [root]
        while stack:
            for child in children[stack.pop()] - found:
                found.add(child)
                stack.append(child)
        return found

    # ------------------------------------------------------------ articles

    def article(self, article_id: str) -> dict:
        """An article: title, newsletter, date, paragraphs cut into plain and linked-mention pieces, and its facts."""
        record = self._article_record(article_id)
        node = f"article:{article_id}"
        mentions = []
        if node in self.graph:
            for _, entity, relation, attrs in self.graph.out_edges(node, keys=True, data=True):
                if relation == "mentions":
                    mentions += [(e["start"], e["end"], str(e.get("sentence") or ""), entity) for e in attrs.get("evidence") or []]
        paragraphs = [{"kind": p.get("kind", "text"), "pieces": _pieces(p, mentions, self.graph)} for p in record.get("paragraphs") or []]
        return {"id": article_id, "title": record.get("title") or "", "newsletter": self.newsletters.get(record.get("source"), ""),
                "date": record.get("date"), "outlet": record.get("outlet"), "section": record.get("section"),
                "paragraphs": paragraphs, "facts": self._article_facts(article_id)}

    def _article_record(self, article_id: str) -> dict:
        offset = self._articles.get(article_id)
        if offset is None:
            raise NodeNotFound(f"article:{article_id}", [])
        path = self.exports / "articles.jsonl"
        try:
            with open(path, "rb") as handle:
                handle.seek(offset)
                return json.loads(handle.readline())
        except (OSError, ValueError) as exc:
            raise InputError(path, f"cannot read article {article_id} ({exc})") from exc

    @staticmethod
    def _article_offsets(path: Path) -> dict[str, int]:
        """Article id → byte offset of its line in articles.jsonl (read once; a page then reads one line)."""
        offsets: dict[str, int] = {}
        if not path.is_file():
            return offsets
        try:
            with open(path, "rb") as handle:
                position = 0
                for line in handle:
                    start = line.find(b'"id": "')
                    if start < 0:
                        raise ValueError(f"a line without an id at byte {position}")
                    offsets[line[start + 7:line.index(b'"', start + 7)].decode()] = position
                    position += len(line)
        except (OSError, ValueError) as exc:
            raise InputError(path, f"not an articles.jsonl kg build wrote ({exc})") from exc
        return offsets

    def _article_facts(self, article_id: str) -> list[dict]:
        name = lambda n: self.graph.nodes[n].get("name", n)  # noqa: E731
        rows = [{"subject": u, "relation": relation, "object": v, "sentence": sentence, "rule": rule, "subject_name": name(u), "object_name": name(v)}
                for u, relation, v, sentence, rule in self.pages.facts(article_id)]
        return sorted(rows, key=lambda f: (f["relation"], f["subject"], f["object"], f["sentence"]))


def _checked(since: str | None, until: str | None, min_confidence: float) -> tuple[str | None, str | None]:
    """The period (see :func:`kg.query.check_period`), once ``min_confidence`` is known to be a confidence."""
    check_confidence(min_confidence)
    return check_period(since, until)


class _CheckedOnce(GraphIndex):
    """Lookups over a graph that stays in memory: a node's edges are checked (a damaged graph.json
    is an :class:`~kg.errors.InputError` naming it) the first time they are read, not at every read."""

    def __init__(self, graph, source: Path) -> None:
        super().__init__(graph, source)
        self._checked: set[str] = set()

    def edges(self, node: str, direction: str = "both"):
        if node not in self._checked:
            for _ in super().edges(node, "both"):
                pass
            self._checked.add(node)
        if direction in ("out", "both"):
            yield from self.graph.out_edges(node, keys=True, data=True)
        if direction in ("in", "both"):
            yield from self.graph.in_edges(node, keys=True, data=True)


def _pieces(paragraph: dict, mentions: list[tuple[int, int, str, str]], graph) -> list[dict]:
    """A paragraph's text as plain pieces and linked mentions.

    Mention offsets are into the source file, paragraph text is cleaned (runs of spaces
    folded …), so a mention is placed at the occurrence of its text nearest its offset.
    """
    text = str(paragraph.get("text") or "")
    base = int(paragraph.get("start") or 0)
    spans = []
    for start, end, written, entity in mentions:
        if not (base <= start < int(paragraph.get("end") or 0)) or not written:
            continue
        guess = start - base
        found, at = -1, text.find(written)
        while at >= 0:
            if found < 0 or abs(at - guess) < abs(found - guess):
                found = at
            at = text.find(written, at + 1)
        if found >= 0:
            spans.append((found, found + len(written), entity))
    pieces, position = [], 0
    for start, end, entity in sorted(set(spans)):
        if start < position:  # overlapping mentions: the first wins
            continue
        if start > position:
            pieces.append({"text": text[position:start]})
        pieces.append({"text": text[start:end], "entity": entity, "type": graph.nodes[entity].get("type", "") if entity in graph else ""})
        position = end
    if position < len(text):
        pieces.append({"text": text[position:]})
    return pieces

