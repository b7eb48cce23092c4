"""``kg serve``: a local, read-only web app over a build's exports (Flask).

Pages: search → the entity page (profile, neighbours with their evidence, the pyvis
drawing with depth, relation, date, weight and confidence controls); industry pages (backers
ranked, a tile-grid map of China); region pages; the region × industry matrix
(cells open their evidence; CSV); article pages; a SPARQL editor and the SPARQL
1.1 Protocol endpoint ``/sparql``. Every view but SPARQL takes ``min_confidence`` (default
:data:`kg.confidence.DEFAULT_MIN_CONFIDENCE`: facts of rules below 0.8 precision are left
out unless asked for). Routes are thin: parse, one call to
:class:`kg.explore.Explorer`, :mod:`kg.viz` or :mod:`kg.serve.protocol`, render.

Nothing is loaded from the network (a Content-Security-Policy says so); every text
from the exports is escaped by Jinja's autoescaping, or put on screen with
``textContent`` by the pages' scripts.
"""

from __future__ import annotations

import functools
import gc
from pathlib import Path
from typing import TYPE_CHECKING

from flask import Flask, Response, abort, jsonify, redirect, render_template, request, url_for

from kg.confidence import DEFAULT_MIN_CONFIDENCE
from kg.errors import AmbiguousName, ArgumentError, KgError, NodeNotFound

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["create_app", "run", "request_handler", "DEFAULT_HOST", "DEFAULT_PORT", "SPARQL_TIMEOUT", "CLIENT_TIMEOUT", "MAX_REQUEST_BYTES", "LOOPBACK"]

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8765
#: Seconds a query sent to /sparql may run.
SPARQL_TIMEOUT = 20.0
#: Seconds a connection may go without sending the next bytes of its request (or reading its answer)
#: before the server closes it: a client that opens connections and never finishes them holds a
#: thread and a file descriptor each only this long.
CLIENT_TIMEOUT = 30.0
#: Bytes a request's body may hold (a query POSTed to /sparql: the canned ones are 1–3 KB); a longer one
#: is refused with 413 before it is read, instead of being held in memory whole.
MAX_REQUEST_BYTES = 1_000_000
#: The names of this machine's loopback interface: what a browser sends as ``Host`` to a server bound there.
LOOPBACK = ("127.0.0.1", "localhost", "::1")

_CSP = ("default-src 'none'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
        "connect-src 'self'; frame-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'self'")
_REGION_TYPES = ("province", "city", "district", "zone", "macro_region")


def create_app(exports: str | Path = "exports", sparql_timeout: float = SPARQL_TIMEOUT, hosts: tuple[str, ...] | None = LOOPBACK) -> Flask:
    """The app over one build's folder (``graph.json``, ``articles.jsonl``, ``store/``), opened once.

    Only requests whose ``Host`` is one of ``hosts`` are answered (any, with None); others get 400.
    By default the loopback names: a web page whose own name an attacker makes resolve to
    127.0.0.1 (DNS rebinding) could otherwise read every page and run queries through the
    visitor's browser, since to the browser it is the page's own origin.

    A missing or damaged graph.json raises a :class:`~kg.errors.KgError` naming it.
    """
    from kg.explore import Explorer
    from kg.sparql import STORE_DIR

    store = Path(exports) / STORE_DIR
    _start_sparql_worker(store, sparql_timeout)
    explorer = Explorer(exports)
    app = Flask(__name__)
    app.config.update(JSON_AS_ASCII=False, MAX_CONTENT_LENGTH=MAX_REQUEST_BYTES)
    app.json.ensure_ascii = False
    app.json.sort_keys = True

    def filters() -> dict:
        """The date range and minimum confidence every view filters by."""
        return {"since": request.args.get("since") or None, "until": request.args.get("until") or None, "min_confidence": confidence()}

    def confidence() -> float:
        from kg.query import check_confidence

        raw = request.args.get("min_confidence")
        if raw in (None, ""):
            return DEFAULT_MIN_CONFIDENCE
        try:
            return check_confidence(float(raw))  # nan and inf are refused there
        except (ValueError, ArgumentError):
            raise ArgumentError(f"min_confidence must be a number from 0 to 1, not {raw!r}") from None

    def whole(name: str, default: int, low: int = 1, high: int = 10**6) -> int:
        raw = request.args.get(name)
        if raw in (None, ""):
            return default
        try:
            value = int(raw)
        except ValueError:
            raise ArgumentError(f"{name} must be a whole number, not {raw!r}") from None
        if not low <= value <= high:
            raise ArgumentError(f"{name} must be between {low} and {high}, not {value}")
        return value

    @app.before_request
    def known_host() -> None:
        if hosts is not None and _hostname(request.host) not in hosts:
            raise ArgumentError(f"this server answers requests for {', '.join(hosts)} only, not for {request.host!r}")

    @app.after_request
    def headers(response: Response) -> Response:
        response.headers.setdefault("Content-Security-Policy", _CSP)
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        return response

    @app.errorhandler(KgError)
    def kg_error(exc: KgError):
        status = 404 if isinstance(exc, NodeNotFound) else getattr(exc, "status", 400)
        if request.path.startswith(("/sparql", "/matrix/cell")) and request.path != "/sparql/editor":
            return Response(str(exc) + "\n", status, mimetype="text/plain")
        return render_template("error.html", message=str(exc), status=status), status

    @app.get("/")
    def index():
        return render_template("index.html", stats=explorer.stats())

    @app.get("/search")
    def search():
        text = (request.args.get("q") or "").strip()
        if not text:
            return redirect(url_for("index"))
        try:
            return redirect(url_for("entity", entity=explorer.resolve(text)))
        except AmbiguousName as exc:
            return render_template("search.html", text=text, message=str(exc), results=explorer.search(text))
        except NodeNotFound as exc:
            return render_template("search.html", text=text, message=str(exc), results=explorer.search(text)), 404

    @app.get("/entity/<path:entity>")
    def entity(entity: str):
        node = explorer.node(entity)
        kind = node.get("type")
        controls = {"depth": whole("depth", 1, 1, 3), "min_weight": whole("min_weight", 1), "relations": request.args.getlist("relation"), **filters()}
        page = explorer.entity(entity, **filters())
        if kind == "industry":
            return render_template("industry.html", page=page, extra=explorer.industry(entity, **filters()), controls=controls)
        if kind in _REGION_TYPES:
            return render_template("region.html", page=page, extra=explorer.region(entity, **filters()), controls=controls)
        return render_template("entity.html", page=page, controls=controls)

    @app.get("/graph/<path:entity>")
    def graph(entity: str):
        from kg import viz

        options = {"min_weight": whole("min_weight", 1), "newsletters": explorer.newsletters, **filters()}
        view = request.args.get("view", "neighbourhood")
        if view == "backers":
            html = viz.region_industry_page(explorer.graph, industry=entity, **options)
        elif view == "industries":
            html = viz.region_industry_page(explorer.graph, region=entity, **options)
        elif view == "neighbourhood":
            html = viz.neighbourhood_page(explorer.graph, entity, depth=whole("depth", 1, 1, 3), relations=request.args.getlist("relation") or None, **options)
        else:
            raise ArgumentError(f"view must be neighbourhood, backers or industries, not {view!r}")
        return _page(html)

    @functools.lru_cache(maxsize=8)
    def overview_page(top: int, min_confidence: float) -> str:  # the same graph always gives the same page
        from kg import viz

        return viz.overview_page(explorer.graph, top=top, newsletters=explorer.newsletters, min_confidence=min_confidence,
                                 links=explorer.region_industry_links(min_confidence))

    @app.get("/overview")
    def overview():
        return _page(overview_page(whole("top", 120, 1, 2000), confidence()))

    @app.get("/matrix")
    def matrix():
        from kg.explore import MATRIX_LEVELS

        level = request.args.get("level") or "province"
        branch = request.args.get("branch") or None
        found = explorer.matrix(level, None if branch else whole("top", 30, 1, 500), branch, **filters())
        return render_template("matrix.html", matrix=found, levels=MATRIX_LEVELS, args=request.args)

    @app.get("/matrix.csv")
    def matrix_csv():
        branch = request.args.get("branch") or None
        found = explorer.matrix(request.args.get("level") or "province", None if branch else whole("top", 30, 1, 500), branch, **filters())
        return Response(found.csv(), mimetype="text/csv", headers={"Content-Disposition": "attachment; filename=regions-industries.csv"})

    @app.get("/matrix/cell")
    def matrix_cell():
        return jsonify(explorer.cell(request.args.get("region", ""), request.args.get("industry", ""), **filters()))

    @app.get("/article/<article_id>")
    def article(article_id: str):
        return render_template("article.html", article=explorer.article(article_id))

    @app.route("/sparql", methods=["GET", "POST"])
    def sparql():
        from kg.serve import protocol

        if request.method == "GET" and not request.args:
            return redirect(url_for("sparql_editor"))
        wanted = protocol.parse_request(request.method, request.args, request.form, request.content_type or "",
                                        request.get_data(cache=False) if request.mimetype == "application/sparql-query" else b"",
                                        request.headers.get("Accept", ""))
        body, mimetype = protocol.answer(store, wanted, sparql_timeout)
        return Response(body, mimetype=mimetype)

    @app.get("/sparql/editor")
    def sparql_editor():
        from kg.sparql import canned_queries

        canned = canned_queries()
        return render_template("sparql.html", canned=canned, canned_texts={name: q.text for name, q in canned.items()}, timeout=sparql_timeout)

    @app.get("/favicon.ico")
    def favicon():
        abort(404)

    _prepare_pages(app, explorer.graph)
    # the graph, its summaries and the indexes live as long as the app: leave them out of the garbage
    # collector's passes (at 100× a full pass over them takes ~0.25 s, and a drawing can set one off).
    # No collection first (another ~0.3 s to open): the graph and what reading it left hold no cycles.
    gc.freeze()
    return app


def _hostname(host: str) -> str:
    """The name in a ``Host`` header, without its port or IPv6 brackets, in lower case: ``[::1]:8765`` → ``::1``."""
    from urllib.parse import urlsplit

    return urlsplit("//" + host).hostname or ""


def _start_sparql_worker(store: Path, timeout: float) -> None:
    """Start the worker process /sparql queries run in (:mod:`kg.sandbox`) now, while this process is
    small: forking it after the graph is read takes a while, and the first query would wait for it."""
    from kg.sparql import Limits, start_worker

    start_worker(store, Limits(timeout=timeout))  # no store, or a damaged one: /sparql says so to whoever asks


def _prepare_pages(app: Flask, graph: nx.MultiDiGraph) -> None:
    """Do now what the first request of a page would otherwise wait for: import the drawing code
    (pyvis, the vis-network files), summarise what the drawings read of each edge's evidence and
    compile the drawing's template (:func:`kg.viz.preload`: at 100×, 1–2 s of CPU while other jobs
    shared the cores, taken off the first drawings: a few hundred ms off the first one to depth 2
    around 北京), and compile the app's templates."""
    from kg import viz

    viz.preload(graph)
    for name in app.jinja_env.list_templates():
        app.jinja_env.get_template(name)


def _page(html: str) -> Response:
    # a drawing carries its own, stricter policy in a meta tag (no fetch at all)
    return Response(html, mimetype="text/html", headers={"Content-Security-Policy": "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'self'"})


def run(app: Flask, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT) -> None:
    """Serve ``app`` until interrupted (Werkzeug's threaded server: a local tool, not a public site).

    A port that cannot be bound is a :class:`~kg.errors.KgError` naming it.
    """
    from werkzeug.serving import run_simple

    try:
        run_simple(host, port, app, threaded=True, use_reloader=False, use_debugger=False, request_handler=request_handler())
    except OSError as exc:
        raise KgError(f"cannot listen on {host}:{port} ({exc.strerror or exc})") from exc


def request_handler(timeout: float = CLIENT_TIMEOUT) -> type:
    """Werkzeug's request handler with a socket timeout of ``timeout`` seconds.

    Werkzeug's own waits for ever on a client that sends half a request (or a Content-Length
    it never delivers): each such connection kept a thread and a file descriptor until the
    client left (3,000 idle connections were all still held after 40 s), so enough of them
    would exhaust the process's descriptors and lock everyone out.
    """
    from werkzeug.serving import WSGIRequestHandler

    return type("TimedRequestHandler", (WSGIRequestHandler,), {"timeout": timeout})
