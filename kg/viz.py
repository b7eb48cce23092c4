"""Interactive graph drawings made with pyvis (``pyvis.network.Network``), readable offline.

Every drawing is a :class:`KgNetwork`: a pyvis ``Network`` whose nodes, edges and
options are set through pyvis's API and whose page is kg's own template
(``viz_template.html``, given through pyvis's template mechanism). A notebook user
gets the network itself — ``kg.viz.neighbourhood(graph, "深圳").show("shenzhen.html")``;
the ``*_page`` functions return the page as text for files and the web app.

Around pyvis's traps: nodes and edges are built from our own lists (``from_nx``
mutates its input), edges are added in bulk (``add_edge``'s checks are quadratic),
pages are written as UTF-8 by us (``write_html`` uses the locale's encoding), and
the template inlines vis-network and loads nothing from a CDN (pyvis's own
``in_line`` template still links Bootstrap from one); a Content-Security-Policy
forbids any fetch. Positions are computed here, deterministically, and physics is
off, so a page of 500 nodes is drawn at once and the same graph always gives
byte-identical HTML.

What a drawing needs of each edge's evidence (confidence levels, dates, the tooltip's sentences) is
summarised once per edge and kept with the graph; :func:`preload` does it for the whole graph up front
(kg serve, whose graph never changes), so that a drawing around a busy region (tens of thousands of
edges at 100×) reads no evidence at all. The pages are the same as reading every item would make them.

Every text from the graph reaches the page as JSON with ``<``, ``>``, ``&`` and ``'``
escaped, and is put on screen with ``textContent`` (tooltips) or on the canvas
(labels), never as markup. Evidence names its article by title and newsletter
(``newsletters`` maps a source file name to its newsletter's label, see
:func:`kg.query.newsletter_labels`), not by file name.
"""

from __future__ import annotations

import bisect
import functools
import heapq
import importlib.util
import json
import math
import re
import threading
import weakref
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

import networkx as nx
from jinja2 import BytecodeCache
from pyvis.network import Network

from kg import kb
from kg.confidence import DEFAULT_MIN_CONFIDENCE
from kg.errors import KgError

__all__ = [
    "preload",
    "KgNetwork",
    "neighbourhood",
    "region_industry",
    "overview",
    "neighbourhood_page",
    "region_industry_page",
    "overview_page",
    "article_source",
    "write_page",
    "page_path",
    "page_name",
    "NODE_STYLES",
    "RELATION_STYLES",
    "REGION_INDUSTRY_RELATIONS",
    "VIS_VERSION",
]

#: The vis-network build inlined into every page (shipped inside pyvis).
VIS_VERSION = "9.1.2"

REGION_TYPES = (*kb.REGION_TYPES, "zone", "macro_region")

#: Entity type → (label, vis shape, fill colour, border colour). Order is the legend's order.
NODE_STYLES: dict[str, tuple[str, str, str, str]] = {
    "province": ("province", "hexagon", "#c62828", "#7f0000"),
    "city": ("city", "dot", "#ef5350", "#b71c1c"),
    "district": ("district", "dot", "#ffab91", "#d84315"),
    "zone": ("zone", "star", "#8e24aa", "#4a148c"),
    "macro_region": ("macro region", "hexagon", "#8d6e63", "#4e342e"),
    "agency": ("agency", "triangle", "#1e88e5", "#0d47a1"),
    "industry": ("industry", "diamond", "#43a047", "#1b5e20"),
    "fund": ("fund", "triangleDown", "#fbc02d", "#a07800"),
    "policy": ("policy", "square", "#26a69a", "#00695c"),
    "article": ("article", "dot", "#b0bec5", "#546e7a"),
    "": ("other", "dot", "#9e9e9e", "#616161"),
}

#: Relation → (colour, dash pattern or False). Order is the legend's order.
RELATION_STYLES: dict[str, tuple[str, list[int] | bool]] = {
    "backs": ("#2e7d32", False),
    "sets_target": ("#ef6c00", [10, 5]),
    "issues": ("#1565c0", False),
    "targets": ("#7b1fa2", [3, 4]),
    "applies_to": ("#00838f", [8, 4]),
    "invests_in": ("#c62828", False),
    "located_in": ("#6d4c41", [6, 4]),
    "established_by": ("#37474f", [10, 4, 2, 4]),
    "jurisdiction": ("#9e9d24", [2, 3]),
    "part_of": ("#90a4ae", [5, 5]),
    "cooperates_with": ("#ad1457", False),
    "mentions": ("#bdbdbd", [1, 4]),
    "": ("#757575", False),
}

#: The relations that say a region (or agency, fund) backs an industry.
REGION_INDUSTRY_RELATIONS = ("backs", "sets_target")

_EVIDENCE_SHOWN = 3
_SENTENCE_CHARS = 220
_LABEL_CHARS = 16
_TEMPLATE = Path(__file__).with_name("viz_template.html")

Edge = tuple[str, str, str, dict]  # u, v, relation, the attributes drawn (evidence possibly cut to a period)


# ---------------------------------------------------------------- the network


class _CompiledTemplates(BytecodeCache):
    """Jinja's compiled templates kept in memory, shared by every network's environment (keyed by the
    template's name and checksum, so a changed template is compiled again)."""

    def __init__(self) -> None:
        self._code: dict[str, bytes] = {}

    def load_bytecode(self, bucket) -> None:
        if bucket.key in self._code:
            bucket.bytecode_from_string(self._code[bucket.key])

    def dump_bytecode(self, bucket) -> None:
        self._code[bucket.key] = bucket.bytecode_to_string()


_COMPILED = _CompiledTemplates()


class KgNetwork(Network):
    """A pyvis ``Network`` drawn with kg's page template; ``generate_html()`` gives the page.

    ``write_html``/``show`` write it as UTF-8 (pyvis itself would use the locale's
    encoding). ``page`` holds what the template shows beside the drawing: title,
    description, counts, the note about what was cut, legends.
    """

    def __init__(self, title: str, description: str) -> None:
        super().__init__(height="100%", width="100%", directed=True, heading=title, cdn_resources="in_line")
        self.set_template_dir(str(_TEMPLATE.parent) + "/", _TEMPLATE.name)
        # pyvis makes a Jinja environment per network, which would compile the template for every page
        self.templateEnv.bytecode_cache = _COMPILED
        # compact, sorted, HTML-safe JSON for the page (tojson escapes < > & ')
        self.templateEnv.policies["json.dumps_kwargs"] = {"sort_keys": True, "ensure_ascii": False, "separators": (",", ":")}
        self.page: dict = {"title": title, "description": description, "counts": "", "note": None, "types": [], "relations": []}

    def add_edges_bulk(self, edges: Iterable[tuple[str, str, dict]]) -> None:
        """Add ``(from, to, options)`` edges at once: pyvis's ``add_edge`` scans every node per edge."""
        from pyvis.edge import Edge as PyvisEdge

        known = set(self.node_ids)
        for source, target, options in edges:
            if source not in known or target not in known:
                raise KgError(f"edge {source} → {target}: both nodes must be added first")
            self.edges.append(PyvisEdge(source, target, self.directed, **options).options)

    def generate_html(self, name: str = "page.html", local: bool = True, notebook: bool = False) -> str:
        css, js = _vis_assets()
        self.templateEnv.globals.update(kg=self.page, vis_css=css, vis_js=js)
        return super().generate_html(name, local, notebook=False)  # the notebook template is pyvis's, with CDN links

    def write_html(self, name: str, local: bool = True, notebook: bool = False, open_browser: bool = False) -> None:
        write_page(self.generate_html(), name)
        if open_browser:
            import webbrowser

            webbrowser.open(Path(name).resolve().as_uri())


# ---------------------------------------------------------------- public API


def neighbourhood(
    graph: nx.MultiDiGraph,
    entity: str,
    depth: int = 1,
    relations: Iterable[str] | None = None,
    since: str | None = None,
    until: str | None = None,
    min_weight: int = 1,
    max_nodes: int = 300,
    newsletters: Mapping[str, str] | None = None,
    min_confidence: float = DEFAULT_MIN_CONFIDENCE,
) -> KgNetwork:
    """The entity (any name of it: 深圳, 440300, an id) and everything within ``depth`` edges, in either direction.

    ``relations`` keeps only edges of those relations; ``mentions`` edges and article
    nodes are left out unless ``relations`` names ``mentions``. ``since``/``until``
    (YYYY, YYYY-MM or YYYY-MM-DD) keep the evidence of that period and the edges that
    have some; ``min_confidence`` keeps the evidence found by rules at least that precise
    (:mod:`kg.confidence`; by default the rules below 0.8 are left out) and the edges that
    have some; ``min_weight`` then keeps edges supported by at least that many articles.
    Every edge shows its confidence; one below :data:`~kg.confidence.DEFAULT_MIN_CONFIDENCE`
    (drawn only when ``min_confidence`` is lowered) is drawn faded and dotted.
    Raises ``NodeNotFound``/``AmbiguousName`` for a name that fits no or several entities.
    """
    entity_id = _resolve(graph, entity)
    if depth < 0:
        raise KgError(f"depth must be 0 or more, not {depth}")
    allowed = _relations(graph, relations)
    keep = _Filter.of(since, until, min_weight, min_confidence)
    seen, chosen = _walk(graph, entity_id, depth, allowed, keep)
    name = _name(graph, entity_id)
    which = "all relations but mentions" if relations is None else ", ".join(sorted(allowed))
    return _network(
        graph,
        seen,
        [(u, v, k, a) for (u, v, k), a in chosen.items()],
        title=f"{name} — neighbourhood",
        description=f"{name} ({entity_id}) and its neighbours up to {depth} step{'s' if depth != 1 else ''}, both directions; {which}"
        + keep.said() + ".",
        focus={entity_id},
        max_nodes=max_nodes,
        newsletters=newsletters,
    )


def region_industry(
    graph: nx.MultiDiGraph,
    industry: str | None = None,
    region: str | None = None,
    since: str | None = None,
    until: str | None = None,
    min_weight: int = 1,
    max_nodes: int = 300,
    newsletters: Mapping[str, str] | None = None,
    min_confidence: float = DEFAULT_MIN_CONFIDENCE,
) -> KgNetwork:
    """Who backs which industry, from ``backs`` and ``sets_target`` edges.

    With ``industry`` (any name of it: 低空经济, ``industry:low-altitude-economy``; narrower
    industries are not included): every region, agency or fund backing it. With
    ``region``: the industries it and its sub-regions (found through ``part_of``
    edges pointing to it, at any depth) back, with those ``part_of`` edges.
    With both: that region's part of that industry's picture. With neither:
    every region × industry edge. ``part_of`` edges between regions on the page
    are drawn as well. ``since``/``until``, ``min_confidence`` and ``min_weight`` as for :func:`neighbourhood`.
    """
    focus: set[str] = set()
    subjects: set[str] | None = None
    keep = _Filter.of(since, until, min_weight, min_confidence)
    judge = keep.judge(_facts(graph))
    if industry is not None:
        industry = _resolve(graph, industry)
        if _type(graph, industry) != "industry":
            raise KgError(f"{industry!r} is a {_type(graph, industry) or 'node'}, not an industry")
        focus.add(industry)
    if region is not None:
        region = _resolve(graph, region)
        if _type(graph, region) not in REGION_TYPES:
            raise KgError(f"{region!r} is a {_type(graph, region) or 'node'}, not a region ({', '.join(REGION_TYPES)})")
        focus.add(region)
        subjects = {region} | _sub_regions(graph, region)
    chosen: dict[tuple[str, str, str], dict] = {}
    candidates = graph.in_edges(industry, keys=True, data=True) if industry is not None else graph.edges(keys=True, data=True)
    for u, v, key, attrs in candidates:
        if key not in REGION_INDUSTRY_RELATIONS or _type(graph, v) != "industry":
            continue
        if subjects is not None and u not in subjects:
            continue
        if industry is None and subjects is None and _type(graph, u) not in REGION_TYPES:
            continue
        drawn = judge(attrs)
        if drawn is not None:
            chosen[u, v, key] = drawn
    nodes = {n for e in chosen for n in e[:2]} | focus
    for u, v, key, attrs in graph.subgraph(nodes).edges(keys=True, data=True):
        if key == "part_of":
            chosen[u, v, key] = attrs
    filters = keep.said()
    if industry and region:
        title = f"{_name(graph, region)} × {_name(graph, industry)}"
        description = f"How {_name(graph, region)} ({region}) and its sub-regions back {_name(graph, industry)} ({industry}){filters}."
    elif industry:
        title = f"Who backs {_name(graph, industry)}"
        description = (
            f"Regions, agencies and funds that back or set targets for {_name(graph, industry)} ({industry});"
            f" narrower industries not included{filters}."
        )
    elif region:
        title = f"Industries backed by {_name(graph, region)}"
        description = f"Industries that {_name(graph, region)} ({region}) and its sub-regions back or set targets for{filters}."
    else:
        title = "Regions × industries"
        description = f"Every region that backs or sets a target for an industry{filters}."
    edges = [(u, v, k, a) for (u, v, k), a in chosen.items()]
    return _network(graph, nodes, edges, title=title, description=description, focus=focus, max_nodes=max_nodes, newsletters=newsletters)


def overview(
    graph: nx.MultiDiGraph, top: int = 120, newsletters: Mapping[str, str] | None = None, min_confidence: float = DEFAULT_MIN_CONFIDENCE,
    links: Sequence[tuple[str, str, int]] | None = None,
) -> KgNetwork:
    """Which regions back which industries: the ``top`` heaviest region → industry links.

    A link is a region's ``backs`` and ``sets_target`` edges to one industry, weighed by the
    distinct articles behind either; ties go by id. Only evidence at least ``min_confidence``
    confident counts (see :func:`neighbourhood`). The page says how many links (and regions
    and industries) were left out. ``links``, when the caller has them counted already (kg
    serve's page index, :mod:`kg.explore_index`), are every link ``(region, industry, weight)``
    at ``min_confidence``, heaviest first: only the drawn ones are then read from the graph.
    """
    if top < 1:
        raise KgError(f"top must be 1 or more, not {top}")
    keep = _Filter.of(None, None, 1, min_confidence)
    judge = keep.judge(_facts(graph))
    if links is None:
        by_pair: dict[tuple[str, str], list[Edge]] = defaultdict(list)
        for u, v, key, attrs in graph.edges(keys=True, data=True):
            if key in REGION_INDUSTRY_RELATIONS and _type(graph, u) in REGION_TYPES and _type(graph, v) == "industry":
                drawn = judge(attrs)
                if drawn is not None:
                    by_pair[u, v].append((u, v, key, drawn))
        weight = {pair: len({e["article"] for *_, a in edges for e in a.get("evidence") or [] if e.get("article")}) or 1 for pair, edges in by_pair.items()}
        ranked = sorted(by_pair, key=lambda pair: (-weight[pair], pair))
        kept = ranked[:top]
        edges = [edge for pair in kept for edge in by_pair[pair]]
    else:
        ranked = [(u, v) for u, v, _ in links]
        weight = {(u, v): w for u, v, w in links}
        kept = ranked[:top]
        edges = [(u, v, key, drawn) for u, v in kept for key, attrs in graph[u][v].items()
                 if key in REGION_INDUSTRY_RELATIONS and (drawn := judge(attrs)) is not None]
    nodes = {n for pair in kept for n in pair}
    every = {n for pair in ranked for n in pair}
    network = _network(
        graph,
        nodes,
        edges,
        title="Overview: which regions back which industries",
        description="Regions and the industries they back or set targets for (backs, sets_target), the heaviest links first"
        + keep.said() + ".",
        focus=set(),
        max_nodes=len(nodes) or 1,
        newsletters=newsletters,
    )
    cut = len(ranked) - len(kept)
    if cut:
        lightest = weight[kept[-1]]
        network.page["note"] = {
            "id": "kg-cut-note",
            "nodes_cut": len(every) - len(nodes),
            "edges_cut": cut,
            "text": f"Showing the {len(kept)} heaviest of {len(ranked)} region → industry links (weight ≥ {lightest} articles); "
            f"{cut} lighter links and {len(every) - len(nodes)} regions and industries only they reach were cut. "
            "The region × industry matrix of kg serve shows them all.",
        }
    return network


def neighbourhood_page(graph: nx.MultiDiGraph, entity_id: str, **options) -> str:
    """:func:`neighbourhood` as an HTML page."""
    return neighbourhood(graph, entity_id, **options).generate_html()


def region_industry_page(graph: nx.MultiDiGraph, industry: str | None = None, region: str | None = None, **options) -> str:
    """:func:`region_industry` as an HTML page."""
    return region_industry(graph, industry, region, **options).generate_html()


def overview_page(
    graph: nx.MultiDiGraph, top: int = 120, newsletters: Mapping[str, str] | None = None, min_confidence: float = DEFAULT_MIN_CONFIDENCE,
    links: Sequence[tuple[str, str, int]] | None = None,
) -> str:
    """:func:`overview` as an HTML page."""
    return overview(graph, top, newsletters, min_confidence, links).generate_html()


def write_page(html_text: str, path: str | Path) -> Path:
    """Write a page as UTF-8, atomically (creating its folder); return its path.

    A page that cannot be written raises :class:`~kg.errors.KgError` naming the path.
    """
    from kg.export import atomic_write

    try:
        return atomic_write(path, html_text)
    except OSError as exc:
        raise KgError(f"{path}: cannot write the page ({exc.strerror or exc})") from exc


def page_name(entity: str | None = None, industry: str | None = None, region: str | None = None) -> str:
    """A file name for a page of these ids, safe on any file system: ``440300.html``,
    ``industry-low-altitude-economy-backers.html``, ``110000-industries.html``,
    ``110000-industry-low-altitude-economy.html``.

    >>> page_name(entity="agency:440300:economy_and_it")
    'agency-440300-economy_and_it.html'
    """
    if entity:
        parts = [entity]
    elif industry and region:
        parts = [region, industry]
    elif industry:
        parts = [industry, "backers"]
    else:
        parts = [region or "regions", "industries"]
    slug = re.sub(r"[^\w.]+", "-", "-".join(parts)).strip("-.")[:120]  # \w keeps Chinese policy titles
    return f"{slug or 'page'}.html"


def page_path(output: str | Path, name: str) -> Path:
    """Where ``kg viz -o OUTPUT`` writes: OUTPUT, or OUTPUT/``name`` when OUTPUT is a folder.

    Folders are never created here: a missing one (or a file where a folder should be),
    or an OUTPUT that exists but is no regular file, raises :class:`~kg.errors.KgError` naming it.
    """
    path = Path(output)
    if path.is_dir():
        return path / name
    if path.exists() and not path.is_file():  # /dev/stdout, a FIFO: the page would be renamed over it
        raise KgError(f"{path}: not a regular file; give an .html file or a folder to write the page in")
    parent = path.parent
    if not parent.exists():
        raise KgError(f"{path}: the folder {parent} does not exist; create it first or write the page elsewhere")
    if not parent.is_dir():
        raise KgError(f"{path}: {parent} is not a folder")
    return path


# ---------------------------------------------------------------- selection helpers


def _type(graph: nx.MultiDiGraph, node: str) -> str:
    return graph.nodes[node].get("type", "")


def _name(graph: nx.MultiDiGraph, node: str) -> str:
    return str(graph.nodes[node].get("name") or node)


def _walk(graph: nx.MultiDiGraph, start: str, depth: int, allowed: frozenset[str], keep: _Filter) -> tuple[set[str], dict[tuple[str, str, str], dict]]:
    """The nodes within ``depth`` edges of ``start`` (either direction, along edges ``keep`` draws) and
    the drawn edges between them, as ``(u, v, relation) → attributes as drawn``.

    Each node reached is expanded once; an edge is judged once, whichever end it is met from.
    Edges between two nodes of the last step are not met on the way and are read after it: every
    other edge between nodes reached has an end that was expanded. Articles are passed by unless
    ``mentions`` is allowed. Read from networkx's own adjacency dicts (``_succ``, ``_pred``,
    ``_node``): its views cost a Python call per edge, and a busy region's neighbourhood at depth 2
    is most of the graph (at 100×, 北京 meets ~80,000 edges, ~60,000 of them from articles mentioning it).
    """
    facts = _facts(graph)
    drawn = keep.judge(facts)
    succ, pred, node_attrs = graph._succ, graph._pred, graph._node
    barred, only = (frozenset(allowed), None) if isinstance(allowed, _AllBut) else (frozenset(), allowed)
    if facts.incident is not None and "mentions" not in allowed and start in facts.incident:
        return _walk_listed(facts.incident, succ, start, depth, barred, only, drawn)
    # a busy region is mentioned by thousands of articles: pass them by as a set difference, not one by one
    articles = set() if "mentions" in allowed else {n for n, a in node_attrs.items() if a.get("type") == "article"}
    judged: dict[tuple[str, str, str], dict | None] = {}
    unjudged = object()
    seen = {start}
    frontier = [start]
    for _ in range(depth):
        reached: set[str] = set()
        for node in frontier:
            for adjacency, outward in ((succ[node], True), (pred[node], False)):
                for other in adjacency.keys() - articles if articles else adjacency:
                    for key, attrs in adjacency[other].items():
                        if key in barred or (only is not None and key not in only):
                            continue
                        edge = (node, other, key) if outward else (other, node, key)
                        shown = judged.get(edge, unjudged)
                        if shown is unjudged:
                            shown = judged[edge] = drawn(attrs)
                        if shown is not None and other not in seen:
                            reached.add(other)
        seen |= reached
        frontier = sorted(reached)
    return seen, _judge_last_step(succ, frontier, judged, barred, only, drawn)


def _walk_listed(incident, succ, start: str, depth: int, barred: frozenset[str], only: frozenset[str] | None,
                 drawn: Callable[[dict], dict | None]) -> tuple[set[str], dict[tuple[str, str, str], dict]]:
    """:func:`_walk` over the edge lists :func:`preload` made (articles already left out)."""
    judged: dict[tuple[str, str, str], dict | None] = {}
    unjudged = object()
    seen = {start}
    frontier = [start]
    for _ in range(depth):
        reached: set[str] = set()
        for node in frontier:
            for other, edge, attrs in incident.get(node, ()):
                key = edge[2]
                if key in barred or (only is not None and key not in only):
                    continue
                shown = judged.get(edge, unjudged)
                if shown is unjudged:
                    shown = judged[edge] = drawn(attrs)
                if shown is not None and other not in seen:
                    reached.add(other)
        seen |= reached
        frontier = sorted(reached)
    return seen, _judge_last_step(succ, frontier, judged, barred, only, drawn)


def _judge_last_step(succ, last_step: list[str], judged: dict[tuple[str, str, str], dict | None], barred: frozenset[str],
                     only: frozenset[str] | None, drawn: Callable[[dict], dict | None]) -> dict[tuple[str, str, str], dict]:
    """The edges a walk drew: those ``judged`` on the way, with the edges between two nodes of its
    ``last_step`` judged too (no end of theirs was expanded), as ``(u, v, relation) → attributes as drawn``."""
    last = set(last_step)
    for u in last_step:
        for v, keyed in succ[u].items():
            if v in last:
                for key, attrs in keyed.items():
                    if key not in barred and (only is None or key in only) and (u, v, key) not in judged:
                        judged[u, v, key] = drawn(attrs)
    return {edge: shown for edge, shown in judged.items() if shown is not None}


def _resolve(graph: nx.MultiDiGraph, name: str) -> str:
    """An id for any name of an entity, as every lookup resolves it."""
    if name in graph and _type(graph, name) != "article":
        return name
    from kg.query import GraphIndex

    return GraphIndex(graph).resolve(str(name))


@dataclass(frozen=True)
class _Filter:
    """What a drawing keeps of each edge: evidence of a period, found by rules at least ``min_confidence``
    precise, on edges of at least ``min_weight`` articles."""

    since: str | None
    until: str | None
    min_weight: int
    min_confidence: float

    @classmethod
    def of(cls, since: str | None, until: str | None, min_weight: int, min_confidence: float) -> _Filter:
        from kg.query import check_confidence, check_period

        since, until = check_period(since, until)
        return cls(since, until, min_weight, check_confidence(min_confidence))

    def drawn(self, attrs: dict, facts: _EdgeFacts | None = None) -> dict | None:
        """An edge's attributes as drawn, with its ``confidence``: when the filter leaves out some of
        its evidence, only the rest (weight, dates and confidence recounted from it); None when
        nothing is left or it weighs less than ``min_weight``.

        ``facts`` (the graph's :func:`_facts`) decide most edges without reading their evidence:
        all of it is kept when its worst confidence and its dates are inside the filter, none
        when its best confidence is below it; the part kept by a minimum confidence alone is kept
        with the edge; only a period's part is read item by item. For many edges, :meth:`judge`.
        """
        return self.judge(facts or _EdgeFacts())(attrs)

    def judge(self, facts: _EdgeFacts) -> Callable[[dict], dict | None]:
        """:meth:`drawn` for the edges of the graph of ``facts``, its settings bound once (a drawing
        around a busy region judges tens of thousands of edges)."""
        since, until, least, lightest = self.since, self.until, self.min_confidence, self.min_weight
        period = bool(since or until)
        summaries, summarise, recount = facts.summaries, facts.summary, self._recounted

        def drawn(attrs: dict) -> dict | None:
            evidence = attrs.get("evidence")
            if not evidence:  # nothing to date or to judge by its rule: the edge's own confidence, if it has one
                if evidence is not None and period:
                    return None
                if attrs.get("confidence") is not None and float(attrs["confidence"]) < least:
                    return None
            else:
                summary = summaries.get(id(evidence))
                if summary is None or summary.evidence is not evidence or summary.size != len(evidence):
                    summary = summarise(evidence)
                levels = summary.levels
                if least > 0 and levels[-1] < least:
                    return None
                if (least <= 0 or levels[0] >= least) and (not period or summary.within(since, until)):
                    if attrs.get("confidence") is None:  # a graph written before confidences: the best of the evidence
                        attrs = {**attrs, "confidence": levels[-1]}
                elif not period:  # some of the evidence is below the minimum confidence
                    kept, weight, first, last, best = summary.kept(least)
                    attrs = {**attrs, "evidence": kept, "weight": weight, "first_date": first, "last_date": last, "confidence": best}
                else:
                    attrs = recount(attrs, evidence)
                    if attrs is None:
                        return None
            if float(attrs.get("weight", 1) or 1) < lightest:
                return None
            return attrs

        return drawn

    def _recounted(self, attrs: dict, evidence: list[dict]) -> dict | None:
        """``attrs`` with only the evidence the filter keeps, read item by item (None when none is)."""
        from kg.query import evidence_confidence, kept_evidence

        kept = kept_evidence(attrs, self.since, self.until, self.min_confidence)
        if not kept:
            return None
        if len(kept) < len(evidence):
            dates = [e["date"] for e in kept if e.get("date")]
            return {**attrs, "evidence": kept, "weight": len({e.get("article") for e in kept if e.get("article")}) or 1,
                    "first_date": min(dates, default=None), "last_date": max(dates, default=None),
                    "confidence": max(evidence_confidence(e) for e in kept)}
        if attrs.get("confidence") is None:
            return {**attrs, "confidence": max(evidence_confidence(e) for e in kept)}
        return attrs

    def said(self) -> str:
        """The filters, as the page's description says them (a leading ``; `` each)."""
        said = ""
        if self.since or self.until:
            since, until = self.since, self.until
            said += f"; evidence {'from ' + since if since else ''}{' ' if since and until else ''}{'until ' + until if until else ''}"
        if self.min_confidence > 0:
            said += f"; only evidence of confidence {self.min_confidence:g} or more (rule precision)"
        else:
            said += "; evidence of any confidence"
        if self.min_weight > 1:
            said += f"; edges of weight {self.min_weight} or more"
        return said


class _Summary(NamedTuple):
    """What the filters need to know of one edge's evidence, read once."""

    evidence: list[dict]  # the list summarised (held, so that its id names it while the summary is kept)
    size: int
    scores: dict[tuple[str, str], float]  # (rule, method) of its items → their confidence
    levels: tuple[float, ...]  # the distinct confidences of its items, lowest first
    undated: int  # items without a date
    first: str  # the earliest and latest date ("" when none has one)
    last: str
    trusted: dict[int, tuple[list[dict], int, str | None, str | None, float]]  # see kept()
    tips: dict[int, tuple[list[tuple[dict, str]], int]]  # the tooltip of all (-1) or of kept() (its key)

    def within(self, since: str | None, until: str | None) -> bool:
        """Whether every item is dated within the period (each date compared at the precision of the bound,
        as :func:`kg.query.evidence_in_period` does; cutting dates to a length keeps their order)."""
        if not since and not until:
            return True
        return (not self.undated and (not since or self.first[:len(since)] >= since)
                and (not until or self.last[:len(until)] <= until))

    def kept(self, min_confidence: float) -> tuple[list[dict], int, str | None, str | None, float]:
        """The items of confidence ``min_confidence`` or more (some, not all: see :meth:`_Filter.drawn`), as
        :func:`kg.query.trusted_evidence` keeps them, with their weight, first and last dates and best confidence.

        Kept per number of the edge's confidence levels that pass, so at most a few per edge
        however many minimums are asked for.
        """
        passing = len(self.levels) - bisect.bisect_left(self.levels, min_confidence)
        found = self.trusted.get(passing)
        if found is None:
            scores = self.scores
            kept = [e for e in self.evidence if scores[e.get("rule", ""), e.get("method", "")] >= min_confidence]
            dates = [e["date"] for e in kept if e.get("date")]
            found = self.trusted[passing] = (kept, len({e.get("article") for e in kept if e.get("article")}) or 1,
                                             min(dates, default=None), max(dates, default=None), self.levels[-1])
        return found


class _EdgeFacts:
    """Per-edge summaries of one graph's evidence, each worked out on first use and kept with the graph
    (:func:`_facts`), so that kg serve reads an edge's evidence once, not on every drawing.

    Keyed by the evidence list's id (the list is held); a list replaced or grown since is read again.
    Besides what the filters need, each summary keeps the edge's tooltip evidence (:meth:`tooltip`).
    """

    def __init__(self) -> None:
        self.summaries: dict[int, _Summary] = {}
        # node → its edges but those to or from articles, as (other end, (u, v, relation), attributes);
        # made by preload(), whose caller promises the graph no longer changes (kg serve's never does)
        self.incident: dict[str, list[tuple[str, tuple[str, str, str], dict]]] | None = None

    def tooltip(self, own: list[dict] | None, evidence: list[dict]) -> tuple[list[tuple[dict, str]], int]:
        """:func:`_tooltip` of ``evidence``, drawn for an edge whose evidence is ``own``: kept with the
        edge's summary when it is that evidence or the part a minimum confidence keeps
        (:meth:`_Summary.kept`); made each time for any other part (a period's)."""
        if own:
            summary = self.summary(own)
            slot = -1 if evidence is own else next((passing for passing, kept in summary.trusted.items() if kept[0] is evidence), None)
            if slot is not None:
                tip = summary.tips.get(slot)
                if tip is None:
                    tip = summary.tips[slot] = _tooltip(evidence)
                return tip
        return _tooltip(evidence)

    def summary(self, evidence: list[dict]) -> _Summary:
        known = self.summaries.get(id(evidence))
        if known is not None and known.evidence is evidence and known.size == len(evidence):
            return known
        from kg.confidence import confidence

        scores = {pair: confidence(*pair) for pair in {(e.get("rule", ""), e.get("method", "")) for e in evidence}}
        dates = [e["date"] for e in evidence if e.get("date")]
        made = _Summary(evidence, len(evidence), scores, tuple(sorted(set(scores.values()))), len(evidence) - len(dates),
                        min(dates, default=""), max(dates, default=""), {}, {})
        self.summaries[id(evidence)] = made
        return made


_FACTS: weakref.WeakKeyDictionary[nx.MultiDiGraph, _EdgeFacts] = weakref.WeakKeyDictionary()
_FACTS_LOCK = threading.Lock()


def _facts(graph: nx.MultiDiGraph) -> _EdgeFacts:
    """The graph's :class:`_EdgeFacts`, made on first use and dropped with the graph."""
    facts = _FACTS.get(graph)
    if facts is None:
        with _FACTS_LOCK:  # kg serve draws from several threads
            facts = _FACTS.setdefault(graph, _EdgeFacts())
    return facts


class _AllBut(frozenset):
    """Every relation but these (what is drawn when no relation is asked for): no pass over the graph's edges."""

    def __contains__(self, relation: object) -> bool:
        return not frozenset.__contains__(self, relation)


def _relations(graph: nx.MultiDiGraph, relations: Iterable[str] | None) -> frozenset[str]:
    if relations is None:
        return _AllBut({"mentions"})
    if isinstance(relations, str):
        relations = [relations]
    chosen = frozenset(relations)
    if chosen <= set(RELATION_STYLES) - {""}:
        return chosen
    known = {key for _, _, key in graph.edges(keys=True)} | set(RELATION_STYLES) - {""}
    unknown = sorted(chosen - known)
    if unknown:
        raise KgError(f"unknown relation {', '.join(map(repr, unknown))}; relations are: {', '.join(sorted(known))}")
    return chosen


def _sub_regions(graph: nx.MultiDiGraph, region: str) -> set[str]:
    found: set[str] = set()
    stack = [region]
    while stack:
        node = stack.pop()
        for child, _, key in graph.in_edges(node, keys=True):
            if key == "part_of" and child not in found and child != region:
                found.add(child)
                stack.append(child)
    return found


# ---------------------------------------------------------------- rendering


@dataclass
class _Cut:
    nodes_total: int
    edges_total: int
    nodes_kept: int
    edges_kept: int
    edges_capped: bool = False  # edges between kept nodes were cut too (max_edges)

    @property
    def nodes_cut(self) -> int:
        return self.nodes_total - self.nodes_kept

    @property
    def edges_cut(self) -> int:
        return self.edges_total - self.edges_kept


def _cap(nodes: set[str], edges: list[Edge], focus: set[str], max_nodes: int, max_edges: int = 1500):
    """Keep at most ``max_nodes`` nodes, the focus first, then by total edge weight (ties by id);
    then at most ``max_edges`` of the edges between them, the heaviest (ties by ids)."""
    weight: dict[str, float] = defaultdict(float)
    for u, v, key, attrs in edges:
        w = float(attrs.get("weight", 1) or 1)
        weight[u] += w
        weight[v] += w
    ranked = sorted(nodes, key=lambda n: (n not in focus, -weight[n], str(n)))
    kept = set(ranked[:max_nodes])
    kept_edges = [e for e in edges if e[0] in kept and e[1] in kept]
    capped = len(kept_edges) > max_edges
    if capped:  # past a few thousand edges a drawing is unreadable and slow to draw
        kept_edges = sorted(kept_edges, key=lambda e: (-float(e[3].get("weight", 1) or 1), str(e[0]), str(e[1]), e[2]))[:max_edges]
    kept_edges.sort(key=lambda e: (str(e[0]), str(e[1]), e[2]))
    cut = _Cut(len(nodes), len(edges), len(kept), len(kept_edges), capped)
    return sorted(kept, key=str), kept_edges, weight, cut


_SPACING = 95.0  # page pixels per node, roughly: keeps labels of neighbours apart at zoom 1
_ASPECT = 1.2  # screens are wider than tall, and so are Chinese labels


def _layout(nodes: list[str], edges: list[Edge], seed: int = 7) -> dict[str, tuple[float, float]]:
    """Page positions in pixels, the same for the same input.

    Each connected component gets its own force layout; the components are then
    packed in rows, largest first, so that small islands do not float far away
    and shrink the whole picture when the page zooms to fit.
    """
    index = {node: i for i, node in enumerate(nodes)}
    links: dict[tuple[int, int], float] = defaultdict(float)
    for u, v, key, attrs in edges:
        i, j = sorted((index[u], index[v]))
        if i != j:
            links[i, j] += float(attrs.get("weight", 1) or 1)
    placed = _placed(len(nodes), tuple(sorted(links.items())), seed)
    return {nodes[i]: point for i, point in enumerate(placed)}


@functools.lru_cache(maxsize=32)
def _placed(n: int, weighted: tuple[tuple[tuple[int, int], float], ...], seed: int) -> tuple[tuple[float, float], ...]:
    """:func:`_layout` of nodes ``0 … n-1`` linked with these weights: kept, as kg serve draws the same
    picture again when a control is set back (a 300-node layout is a third of such a drawing's time)."""
    links = dict(weighted)
    linked = nx.Graph(list(links))
    linked.add_nodes_from(range(n))
    components = sorted((sorted(c) for c in nx.connected_components(linked)), key=lambda members: (-len(members), members[0]))

    placed: list[tuple[list[int], list[tuple[float, float]], float, float]] = []
    for members in components:
        local = {i: m for m, i in enumerate(members)}
        sub_links = {(local[i], local[j]): w for (i, j), w in links.items() if i in local}
        unit = _force_layout(len(members), sub_links, seed)
        radius = _SPACING * math.sqrt(len(members)) / 2 if len(members) > 1 else 0.0
        points = [(x * radius * _ASPECT, y * radius) for x, y in unit]
        xs, ys = [p[0] for p in points], [p[1] for p in points]
        width, height = max(xs) - min(xs) + _SPACING, max(ys) - min(ys) + _SPACING
        points = [(x - min(xs), y - min(ys)) for x, y in points]
        placed.append((members, points, width, height))

    area = sum(w * h for _, _, w, h in placed)
    row_width = max(placed[0][2], math.sqrt(area * 1.5)) if placed else 0.0
    positions: list[tuple[float, float]] = [(0.0, 0.0)] * n
    x = y = row_height = 0.0
    for members, points, width, height in placed:
        if x > 0 and x + width > row_width:
            x, y, row_height = 0.0, y + row_height, 0.0
        for i, (px, py) in zip(members, points):
            positions[i] = (round(x + px + _SPACING / 2, 1), round(y + py + _SPACING / 2, 1))
        x += width
        row_height = max(row_height, height)
    return tuple(positions)


def _force_layout(n: int, links: dict[tuple[int, int], float], seed: int, iterations: int = 150) -> list[tuple[float, float]]:
    """Fruchterman–Reingold in numpy, in [-1, 1]²; a fixed seed makes it repeatable.

    Written out rather than ``nx.spring_layout``: networkx needs scipy from 500
    nodes on, and ``kg`` does not depend on scipy.
    """
    import numpy as np

    if n == 1:
        return [(0.0, 0.0)]
    adjacency = np.zeros((n, n))
    for (i, j), w in links.items():
        adjacency[i, j] = adjacency[j, i] = min(w, 3.0)
    pos = np.random.default_rng(seed).random((n, 2))
    # hubs repel each other more (as in ForceAtlas2), so a region's many industries
    # spread around it instead of piling into one dense core
    mass = 1.0 + np.sqrt((adjacency > 0).sum(axis=1))
    repulsion = mass[:, np.newaxis] * mass[np.newaxis, :] / float(mass.mean()) ** 2
    # and pull on their leaves less, so the leaves are not all drawn into the middle
    attraction = adjacency / np.sqrt(mass[:, np.newaxis] * mass[np.newaxis, :]) * float(mass.mean())
    k = math.sqrt(1.0 / n)
    temperature = 0.1
    cooling = temperature / (iterations + 1)
    x, y = pos[:, 0].copy(), pos[:, 1].copy()
    # force = repulsion·k² / d² − attraction·d / k, worked out in place in buffers made once, and the
    # attraction only where there is a link (elsewhere it is 0): the same arithmetic, the same positions
    # bit for bit, in half the time (a 300-node drawing: ~90 k pairs, 150 times)
    pushed = repulsion * (k * k)
    rows, cols = np.nonzero(attraction)
    pull = attraction[rows, cols]
    dx, dy, squared, force = (np.empty((n, n)) for _ in range(4))
    for _ in range(iterations):
        np.subtract(x[:, np.newaxis], x[np.newaxis, :], out=dx)
        np.subtract(y[:, np.newaxis], y[np.newaxis, :], out=dy)
        np.multiply(dx, dx, out=squared)
        np.multiply(dy, dy, out=force)
        np.add(squared, force, out=squared)
        np.maximum(squared, 1e-4, out=squared)
        np.divide(pushed, squared, out=force)
        force[rows, cols] -= pull * np.sqrt(squared[rows, cols]) / k
        move_x = np.multiply(dx, force, out=dx).sum(axis=1)
        move_y = np.multiply(dy, force, out=dy).sum(axis=1)
        step = temperature / np.maximum(np.hypot(move_x, move_y), 0.01)
        x += move_x * step
        y += move_y * step
        temperature -= cooling
    pos = np.column_stack((x, y))
    pos -= pos.mean(axis=0)
    pos /= float(np.abs(pos).max()) or 1.0
    return [(float(x), float(y)) for x, y in pos]


def _evidence(graph: nx.MultiDiGraph, attrs: dict, newsletters: Mapping[str, str], facts: _EdgeFacts | None = None,
              own: list[dict] | None = None) -> tuple[list[dict], int]:
    """Up to three distinct non-empty evidence sentences, the latest first, each with its article's
    title, newsletter and date; and how many distinct sentences there are.

    With ``facts`` (the graph's) and ``own`` (the edge's evidence in the graph), the choice is kept
    with the edge, so that a drawing made again reads each edge's evidence once (see :func:`_tooltip`)."""
    evidence = attrs.get("evidence") or []
    picked, total = facts.tooltip(own, evidence) if facts is not None else _tooltip(evidence)
    return [{"sentence": sentence, **article_source(graph, e, newsletters)} for e, sentence in picked], total


def _tooltip(evidence: list[dict]) -> tuple[list[tuple[dict, str]], int]:
    """The items an edge's tooltip shows, each with its sentence (blanks folded, cut to a length), and
    how many distinct non-empty sentences there are.

    The latest first (by date, then source, then start; among equals the one listed first), one item
    per distinct sentence. Found in one pass, keeping each sentence's latest item, rather than by
    sorting every item: the busiest edges of a 100× build hold hundreds of items, mostly repeats.
    """
    latest: dict[str, tuple[tuple[str, str, int], int, dict, str]] = {}
    folded: dict[str, str] = {}
    for i, e in enumerate(evidence):
        text = str(e.get("sentence") or "")
        sentence = folded.get(text)
        if sentence is None:
            sentence = folded[text] = " ".join(text.split())
        if not sentence:
            continue
        key = (str(e.get("date") or ""), str(e.get("source") or ""), int(e.get("start") or 0))
        held = latest.get(sentence)
        if held is None or key > held[0]:
            latest[sentence] = (key, i, e, sentence)
    shown = heapq.nlargest(_EVIDENCE_SHOWN, latest.values(), key=lambda held: (held[0], -held[1]))
    return [(e, sentence if len(sentence) <= _SENTENCE_CHARS else sentence[: _SENTENCE_CHARS - 1] + "…") for _, _, e, sentence in shown], len(latest)


def article_source(graph: nx.MultiDiGraph, evidence: dict, newsletters: Mapping[str, str]) -> dict:
    """What names an evidence item's article for a reader: its id, title, newsletter and date (no file name)."""
    article = str(evidence.get("article") or "")
    attrs = graph._node.get(f"article:{article}", {}) if article else {}  # (the node view costs a Python call per lookup)
    source = str(evidence.get("source") or attrs.get("source") or "")
    found = {"article": article, "title": str(attrs.get("name") or ""), "newsletter": newsletters.get(source, ""),
             "date": str(evidence.get("date") or attrs.get("date") or "")}
    if not article:  # from the knowledge base, not an article
        found["title"] = source
    return {k: v for k, v in found.items() if v}


def _style_key(kind: str) -> str:
    return kind if kind in NODE_STYLES else ""


def _label(name: str) -> str:
    return name if len(name) <= _LABEL_CHARS else name[: _LABEL_CHARS - 1] + "…"


#: vis-network options; no physics (positions are computed here), so nothing moves or waits.
_OPTIONS = {
    "physics": {"enabled": False},
    "layout": {"randomSeed": 1, "improvedLayout": False},
    "interaction": {"hover": True, "tooltipDelay": 120, "navigationButtons": False, "multiselect": True},
    "nodes": {"borderWidth": 1, "scaling": {"label": {"enabled": False, "drawThreshold": 8}}},
    "edges": {"selectionWidth": 2, "hoverWidth": 1.5, "arrows": {"to": {"enabled": True, "scaleFactor": 0.45}}},
}


def _network(
    graph: nx.MultiDiGraph,
    nodes: set[str],
    edges: list[Edge],
    *,
    title: str,
    description: str,
    focus: set[str],
    max_nodes: int,
    newsletters: Mapping[str, str] | None,
) -> KgNetwork:
    """One drawing: cap, lay out, and hand nodes, edges and options to pyvis."""
    if max_nodes < 1:
        raise KgError(f"max_nodes must be 1 or more, not {max_nodes}")
    newsletters = newsletters or {}
    kept, kept_edges, weight, cut = _cap(set(nodes), list(edges), focus, max_nodes)

    network = KgNetwork(title, description)
    options = {**_OPTIONS, "interaction": {**_OPTIONS["interaction"], "hideEdgesOnDrag": len(kept) > 400}}
    network.set_options(json.dumps(options))
    type_counts = _add_nodes(network, graph, kept, weight, _layout(kept, kept_edges), focus, newsletters)
    relation_counts, faded = _add_edges(network, graph, kept_edges, newsletters)

    order = {relation: i for i, relation in enumerate(RELATION_STYLES)}
    types_present = sorted(type_counts, key=list(NODE_STYLES).index)
    relations_present = sorted(relation_counts, key=lambda r: (order.get(r, len(order)), r))
    network.page.update(
        counts=f"{cut.nodes_kept} nodes, {cut.edges_kept} edges.",
        styles={
            "types": {t: {"label": s[0], "shape": s[1], "color": s[2], "border": s[3]} for t, s in NODE_STYLES.items()},
            "relations": {r: {"color": s[0], "dashes": s[1]} for r, s in RELATION_STYLES.items()},
            "faded": {"dashes": _FADED_DASHES, "opacity": _FADED_OPACITY},
        },
        types=[{"value": t, "label": NODE_STYLES[t][0], "svg": _shape_svg(*NODE_STYLES[t][1:]), "count": type_counts[t]} for t in types_present],
        relations=[
            {"value": r, "label": r, "svg": _line_svg(*RELATION_STYLES.get(r, RELATION_STYLES[""])), "count": relation_counts[r]}
            for r in relations_present
        ],
        names=sorted((r["name"], r["id"]) for r in network.nodes),
        confidence={"threshold": f"{DEFAULT_MIN_CONFIDENCE:g}", "faded": faded, "svg": _line_svg(*_FADED_LINE, opacity=_FADED_OPACITY)},
    )
    if cut.nodes_cut or cut.edges_cut:
        network.page["note"] = {
            "id": "kg-cut-note",
            "nodes_cut": cut.nodes_cut,
            "edges_cut": cut.edges_cut,
            "text": f"Too large to show whole: {cut.nodes_cut} of {cut.nodes_total} nodes and {cut.edges_cut} of {cut.edges_total} edges "
            f"were cut; showing the {cut.nodes_kept} nodes with the highest total edge weight"
            + (f" and the {cut.edges_kept} heaviest edges between them." if cut.edges_capped else "."),
        }
    return network


def _add_nodes(network: KgNetwork, graph: nx.MultiDiGraph, kept: set[str], weight: Mapping[str, float],
               positions: Mapping[str, tuple[float, float]], focus: set[str], newsletters: Mapping[str, str]) -> dict[str, int]:
    """Add the ``kept`` nodes at their positions, sized by ``weight``; how many of each legend type."""
    top = max((weight[n] for n in kept), default=1.0) or 1.0
    # on a large page only the heaviest nodes' labels can be read when it is zoomed to fit:
    # make them larger (light nodes' labels appear on zooming in, see drawThreshold)
    font_range = min(25.0, 4.0 + len(kept) / 15)
    type_counts: dict[str, int] = defaultdict(int)
    for node in kept:
        attrs = graph.nodes[node]
        kind = str(attrs.get("type") or "")
        style = NODE_STYLES[_style_key(kind)]
        type_counts[_style_key(kind)] += 1
        w = weight[node]
        size = 9 + 21 * math.sqrt(w / top) if w else 8
        if node in focus:
            size = max(size, 26)
        record = {
            "name": _name(graph, node),
            "type": kind,
            "x": positions[node][0],
            "y": positions[node][1],
            "size": round(size, 1),
            "font_size": round(max(12 + font_range * math.sqrt(w / top), 20 if node in focus else 0)),
            "weight": round(w, 3) if w != int(w) else int(w),
        }
        for key in ("adcode", "date", "outlet"):
            if attrs.get(key):
                record[key] = str(attrs[key])
        if kind == "article" and newsletters.get(str(attrs.get("source") or "")):
            record["newsletter"] = newsletters[str(attrs["source"])]
        if attrs.get("aliases"):
            record["aliases"] = [str(a) for a in attrs["aliases"]]
        if node in focus:
            record["focus"] = True
        network.add_node(str(node), label=_label(_name(graph, node)), shape=style[1], color=style[2], **record)
    return type_counts


def _add_edges(network: KgNetwork, graph: nx.MultiDiGraph, kept_edges: list[Edge], newsletters: Mapping[str, str]) -> tuple[dict[str, int], int]:
    """Add the ``kept_edges`` with their tooltips; how many of each relation, and how many are drawn faded."""
    pair_count: dict[frozenset, int] = defaultdict(int)
    relation_counts: dict[str, int] = defaultdict(int)
    records = []
    faded = 0
    facts, successors = _facts(graph), graph._succ
    for u, v, key, attrs in kept_edges:
        relation = str(attrs.get("relation") or key)
        relation_counts[relation] += 1
        pair = frozenset((u, v))
        nth = pair_count[pair]
        pair_count[pair] += 1
        shown, total = _evidence(graph, attrs, newsletters, facts, successors[u][v][key].get("evidence"))
        w = float(attrs.get("weight", 1) or 1)
        record = {
            "relation": relation,
            "weight": int(w) if w == int(w) else w,
            "width": round(min(1.0 + 1.8 * math.log2(max(w, 1.0)), 7.0), 2),
            "evidence": shown,
            "evidence_total": total,
        }
        for key_ in ("first_date", "last_date", "method"):
            if attrs.get(key_):
                record[key_] = str(attrs[key_])
        if attrs.get("confidence") is not None:
            record["confidence"] = round(float(attrs["confidence"]), 3)
            if record["confidence"] < DEFAULT_MIN_CONFIDENCE:  # shown only when a view asks for less: set apart
                record["faded"] = True
                faded += 1
        quantities = [str(q.get("text") or f"{q.get('amount')} {q.get('unit')}") for q in attrs.get("quantities") or []]
        if quantities:
            record["quantities"] = [" ".join(q.split())[:_SENTENCE_CHARS] for q in quantities[:_EVIDENCE_SHOWN]]
        if nth:
            # another relation between the same two nodes: bend it so that both stay visible
            record["curve"] = round(0.25 * nth, 2)
        records.append((str(u), str(v), record))
    network.add_edges_bulk(records)
    return relation_counts, faded


# ---------------------------------------------------------------- markup made here (no text from the graph)


def _shape_svg(shape: str, fill: str, stroke: str) -> str:
    c, r = 8, 6.5
    if shape == "dot":
        body = f'<circle cx="{c}" cy="{c}" r="{r}"/>'
    elif shape == "square":
        body = f'<rect x="{c - r + 1}" y="{c - r + 1}" width="{2 * r - 2}" height="{2 * r - 2}"/>'
    else:
        points = {
            "diamond": [(0, -1), (1, 0), (0, 1), (-1, 0)],
            "triangle": [(0, -1), (0.95, 0.75), (-0.95, 0.75)],
            "triangleDown": [(0, 1), (0.95, -0.75), (-0.95, -0.75)],
            "hexagon": [(math.cos(a), math.sin(a)) for a in (math.pi / 3 * i for i in range(6))],
            "star": [
                (math.sin(a) * (1 if i % 2 == 0 else 0.45), -math.cos(a) * (1 if i % 2 == 0 else 0.45))
                for i, a in enumerate(math.pi / 5 * j for j in range(10))
            ],
        }[shape]
        body = '<polygon points="' + " ".join(f"{c + x * r:.1f},{c + y * r:.1f}" for x, y in points) + '"/>'
    return (
        f'<svg width="16" height="16" viewBox="0 0 16 16" fill="{fill}" stroke="{stroke}" stroke-width="1.2"'
        f' aria-hidden="true">{body}</svg>'
    )


#: How an edge below the default confidence is drawn (the template applies the same): dotted, faded.
_FADED_DASHES = [2, 6]
_FADED_OPACITY = 0.35
_FADED_LINE = ("#455a64", _FADED_DASHES)


def _line_svg(colour: str, dashes: list[int] | bool, opacity: float = 1.0) -> str:
    dash = f' stroke-dasharray="{",".join(map(str, dashes))}"' if isinstance(dashes, list) else ""
    fade = f' stroke-opacity="{opacity:g}"' if opacity < 1 else ""
    return (
        '<svg width="26" height="10" viewBox="0 0 26 10" aria-hidden="true">'
        f'<line x1="1" y1="5" x2="25" y2="5" stroke="{colour}" stroke-width="2.5"{dash}{fade}/></svg>'
    )


def preload(graph: nx.MultiDiGraph | None = None, min_confidence: float = DEFAULT_MIN_CONFIDENCE) -> None:
    """Import the layout's numpy, read the vis-network files and compile the page template now, not on the
    first drawing (kg serve does at start).

    With ``graph``: also summarise every edge's evidence but the articles' ``mentions`` (what the
    filters and tooltips read, kept with the graph: :class:`_EdgeFacts`), and the part of it a drawing
    at ``min_confidence`` keeps, so that no drawing has to read an edge's evidence; and list each
    node's edges but those of articles, so that a walk need not pass the articles by. Drawings of
    ``graph`` are then made from these: the graph must not change afterwards (kg serve's never does).
    """
    import numpy  # noqa: F401

    _vis_assets()
    network = KgNetwork("", "")
    network.templateEnv.get_template(network.path)  # compiled into the bytecode cache every network shares
    if graph is None:
        return
    facts = _facts(graph)
    articles = {n for n, a in graph._node.items() if a.get("type") == "article"}
    incident: dict[str, list[tuple[str, tuple[str, str, str], dict]]] = {n: [] for n in graph._node if n not in articles}
    for u, adjacency in graph._succ.items():
        if u in articles:
            continue
        for v, keyed in adjacency.items():
            if v in articles:
                continue
            for key, attrs in keyed.items():
                incident[u].append((v, (u, v, key), attrs))
                if v != u:
                    incident[v].append((u, (u, v, key), attrs))
    facts.incident = incident
    for _, keyed in ((u, keyed) for u, adjacency in graph._succ.items() for keyed in adjacency.values()):
        for key, attrs in keyed.items():
            evidence = attrs.get("evidence")
            if key == "mentions" or not evidence:
                continue
            summary = facts.summary(evidence)
            facts.tooltip(evidence, evidence)
            if summary.levels[-1] >= min_confidence > summary.levels[0]:
                facts.tooltip(evidence, summary.kept(min_confidence)[0])


@functools.lru_cache(maxsize=1)
def _vis_assets() -> tuple[str, str]:
    """The vis-network stylesheet and script bundled in pyvis, ready to inline."""
    spec = importlib.util.find_spec("pyvis")  # locates the package without importing it
    if spec is None or not spec.submodule_search_locations:
        raise KgError("pyvis is not installed: kg's pages inline the vis-network files it ships (pip install pyvis)")
    folder = Path(next(iter(spec.submodule_search_locations))) / "templates" / "lib" / f"vis-{VIS_VERSION}"
    try:
        css = (folder / "vis-network.css").read_text(encoding="utf-8")
        js = (folder / "vis-network.min.js").read_text(encoding="utf-8")
    except OSError as error:
        raise KgError(f"vis-network {VIS_VERSION} not found in pyvis ({folder}): {error}") from error
    # a source map comment would make developer tools ask for a file the page does not have
    js = re.sub(r"^//# sourceMappingURL=.*$", "", js, flags=re.M).rstrip()
    if re.search(r"</(script|style)", js + css, re.I):
        raise KgError(f"vis-network {VIS_VERSION} in {folder} cannot be inlined: it contains a closing tag")
    return css, js
