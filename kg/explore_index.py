"""The small indexes ``kg serve``'s pages read instead of passing over the whole graph.

Four pages would otherwise need a pass over every edge on their first request (at
100×: 136,000 edges, a second or more): the front page (statistics), the article page
(an article's facts), the matrix (region × industry cells per level, period and
confidence) and the overview (the heaviest region → industry links). So the build
writes, into ``lookup.sqlite`` beside ``graph.json`` (:func:`write_page_index`):

- ``page_facts``: one row per (article, fact's evidence): subject, relation, object,
  sentence, rule — what the article page lists;
- ``page_backing``: the evidence of a region's ``backs`` or ``sets_target`` edges to an
  industry, one row per region, industry, article (an evidence item without one stands
  for the pseudo-article ``region>industry``) and date, with the best confidence of that
  evidence, and the province, city and district the region lies in (or is);
- ``page_meta``: the statistics of the front page (:meth:`kg.query.GraphIndex.stats`).

:class:`PageIndex` answers from those tables with SQL (a ``GROUP BY`` over the backing
rows: tens of ms at 100×). Without them (no lookup.sqlite, one written for another
graph.json or by an older kg, or a damaged one) it fills an in-memory database with
the same rows from the graph on first use, so both paths run the same queries.
"""

from __future__ import annotations

import json
import sqlite3
import threading
import warnings
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from kg.errors import KgWarning
from kg.kb import REGION_TYPES
from kg.query import evidence_confidence

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["PageIndex", "PAGE_TABLES", "write_page_index", "fact_rows", "backing_rows", "BACKING", "BACKER_TYPES", "LEVELS", "region_at"]

#: Relations that say a region backs an industry (a target set is backing too).
BACKING = ("backs", "sets_target")
#: Node types whose backing the index holds: regions of every kind (the overview draws them all).
BACKER_TYPES = (*REGION_TYPES, "zone", "macro_region")
#: The region levels a backing row is rolled up to (the matrix's rows).
LEVELS = REGION_TYPES

#: The tables :func:`write_page_index` adds (their indexes go with them when they are dropped).
PAGE_TABLES = ("page_meta", "page_facts", "page_backing")

_SCHEMA = """
CREATE TABLE page_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE page_facts (article TEXT NOT NULL, subject TEXT NOT NULL, relation TEXT NOT NULL, object TEXT NOT NULL,
                         sentence TEXT NOT NULL, rule TEXT NOT NULL);
CREATE TABLE page_backing (region TEXT NOT NULL, industry TEXT NOT NULL, article TEXT NOT NULL, date TEXT,
                           confidence REAL NOT NULL, province TEXT, city TEXT, district TEXT);
"""
# Covering indexes: the matrix's counts per level and per industry are read from them, without sorting the table.
_INDEXES = "CREATE INDEX page_facts_article ON page_facts (article);" + "".join(
    f"CREATE INDEX page_backing_{column} ON page_backing ({column}, industry, article, confidence, date);" for column in ("region", *LEVELS)
) + "CREATE INDEX page_backing_by_industry ON page_backing (industry, article, confidence, date, province, city, district);"


def fact_rows(graph: nx.MultiDiGraph) -> Iterator[tuple[str, str, str, str, str, str]]:
    """``(article, subject, relation, object, sentence, rule)`` for every evidence item of every fact
    (mentions left out) that names its article, in the graph's edge order."""
    for u, v, relation, attrs in graph.edges(keys=True, data=True):
        if relation == "mentions":
            continue
        for e in attrs.get("evidence") or ():
            if e.get("article"):
                yield e["article"], u, relation, v, str(e.get("sentence") or ""), str(e.get("rule") or "")


def backing_rows(graph: nx.MultiDiGraph, edges: Iterable[tuple[str, str, str, dict]] | None = None) -> list[tuple]:
    """``(region, industry, article, date, confidence, province, city, district)``: the evidence of a
    region's backs/sets_target edges to an industry (see the module's docstring), one row per region,
    industry, article and date with the best confidence among them (all a count needs: an article
    counts when some of its evidence in the period is confident enough), in the graph's edge order.
    An edge without evidence (a build makes none) has no row. ``edges``: only these ``(u, v, relation,
    attrs)`` (an incremental build's changed ones, :mod:`kg.incremental`), not every edge of ``graph``."""
    nodes = graph.nodes
    best: dict[tuple, float] = {}
    for u, v, relation, attrs in graph.edges(keys=True, data=True) if edges is None else edges:
        if relation not in BACKING or nodes[v].get("type") != "industry" or nodes[u].get("type") not in BACKER_TYPES:
            continue
        for e in attrs.get("evidence") or ():
            key = (u, v, e.get("article") or f"{u}>{v}", e.get("date") or None)
            best[key] = max(best.get(key, 0.0), evidence_confidence(e))
    ancestors: dict[str, tuple] = {}
    for u, *_ in best:
        if u not in ancestors:
            ancestors[u] = tuple(region_at(graph, u, level) for level in LEVELS)
    return [(*key, confidence, *ancestors[key[0]]) for key, confidence in best.items()]


def region_at(graph: nx.MultiDiGraph, node: str, level: str) -> str | None:
    """``node`` or the region of type ``level`` it lies in (following ``parent``), or None."""
    seen = set()
    while node is not None and node not in seen and node in graph:
        attrs = graph.nodes[node]
        if attrs.get("type") == level:
            return node
        if attrs.get("type") not in REGION_TYPES:
            return None
        seen.add(node)
        node = attrs.get("parent")
    return None


def write_page_index(db: sqlite3.Connection, graph: nx.MultiDiGraph, stats: Mapping) -> None:
    """Add the page tables to ``db`` (the build's lookup.sqlite, or a database in memory)."""
    db.executescript(_SCHEMA)
    db.executemany("INSERT INTO page_facts VALUES (?, ?, ?, ?, ?, ?)", fact_rows(graph))
    db.executemany("INSERT INTO page_backing VALUES (?, ?, ?, ?, ?, ?, ?, ?)", backing_rows(graph))
    db.execute("INSERT INTO page_meta VALUES ('stats', ?)", (json.dumps(stats, ensure_ascii=False),))
    db.executescript(_INDEXES)
    db.commit()


class PageIndex:
    """The page tables of a build: from ``lookup`` when it was written for ``graph_json`` (read once
    into ``graph``) and holds them, else made in memory from ``graph`` on first use; a damaged
    lookup warns once (:class:`~kg.errors.KgWarning`) and the tables are made in memory.

    ``stats`` is called (once) to make the statistics when they are made in memory.
    Safe to share between the web server's threads (one connection, used under a lock).
    """

    def __init__(self, graph: nx.MultiDiGraph, lookup: Path, graph_json: Path, stats: Callable[[], dict]) -> None:
        self.graph = graph
        self._stats = stats
        self._lock = threading.Lock()
        self._db: sqlite3.Connection | None = None
        self.lookup = lookup
        try:
            self._db = _open_fresh(lookup, graph_json)
        except (sqlite3.Error, ValueError) as exc:
            self._damaged(exc)

    def _damaged(self, exc: BaseException) -> None:
        warnings.warn(KgWarning(f"{self.lookup}: cannot read the page index ({exc}); the pages count from graph.json"), stacklevel=3)
        if self._db is not None:
            self._db.close()
        self._db = None

    def _in_memory(self) -> sqlite3.Connection:
        db = sqlite3.connect(":memory:", check_same_thread=False)
        write_page_index(db, self.graph, self._stats())
        return db

    def _query(self, sql: str, parameters=()) -> list[tuple]:
        with self._lock:
            if self._db is not None:
                try:
                    return self._db.execute(sql, parameters).fetchall()
                except sqlite3.Error as exc:
                    self._damaged(exc)
            if self._db is None:
                self._db = self._in_memory()
            return self._db.execute(sql, parameters).fetchall()

    # ------------------------------------------------------------ what the pages ask

    def stats(self) -> dict:
        """The front page's statistics (:meth:`kg.query.GraphIndex.stats`)."""
        rows = self._query("SELECT value FROM page_meta WHERE key = 'stats'")
        return json.loads(rows[0][0])

    def facts(self, article: str) -> list[tuple[str, str, str, str, str]]:
        """``(subject, relation, object, sentence, rule)`` of every fact an article is evidence for."""
        return self._query("SELECT subject, relation, object, sentence, rule FROM page_facts WHERE article = ? ORDER BY rowid", (article,))

    def backing(self, group: tuple[str, ...], level: str | None = None, since: str | None = None, until: str | None = None,
                min_confidence: float = 0.0, industries: frozenset[str] | None = None) -> list[tuple]:
        """Distinct articles per ``group`` (columns: region, industry, or a level's name), heaviest first
        (ties by the group's values): backing evidence at least ``min_confidence`` confident, dated within
        the period (compared at the precision given, as :func:`kg.query.evidence_in_period`), of regions
        in a region of ``level``, for these ``industries``."""
        columns = [level if c == "row" else c for c in group]
        if not set(columns) <= {"region", "industry", *LEVELS}:
            raise ValueError(f"cannot group backing by {group}")
        where, parameters = ["confidence >= ?"], [min_confidence]
        if level is not None:
            where.append(f"{level} IS NOT NULL")
        if since:
            where.append("date IS NOT NULL AND substr(date, 1, ?) >= ?")
            parameters += [len(since), since]
        if until:
            where.append("date IS NOT NULL AND substr(date, 1, ?) <= ?")
            parameters += [len(until), until]
        if industries is not None:
            where.append(f"industry IN ({', '.join('?' * len(industries))})")
            parameters += sorted(industries)
        keys = ", ".join(columns)
        sql = (f"SELECT {keys}, COUNT(DISTINCT article) AS n FROM page_backing WHERE {' AND '.join(where)} "
               f"GROUP BY {keys} ORDER BY n DESC, {keys}")
        return self._query(sql, parameters)


def _open_fresh(lookup: Path, graph_json: Path) -> sqlite3.Connection | None:
    """A read-only connection to ``lookup`` if it was written, whole, for ``graph_json`` and holds the
    page tables; None if not. A damaged file raises one of SQLite's errors or ValueError."""
    from kg.query import _connect_read_only, _lookup_is_fresh

    if not lookup.exists() or not _lookup_is_fresh(lookup, graph_json):
        return None
    db = _connect_read_only(lookup, check_same_thread=False)
    names = {name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if not set(PAGE_TABLES) <= names:  # written by an older kg
        db.close()
        return None
    return db
