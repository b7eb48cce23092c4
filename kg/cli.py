"""The ``kg`` command line: parse, make one library call, format.

Every command that reads newsletters accepts files and folders and defaults
to the bundled sample corpus. A file that cannot be read is reported on
stderr and the others are processed; the exit status is non-zero only when
nothing at all could be read.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import click

from kg import __version__
from kg.confidence import DEFAULT_MIN_CONFIDENCE
from kg.entry import SparqlUsage, format_results, sparql_text, warnings_on_stderr
from kg.entry import table as _table
from kg.errors import CONTROL_CHARACTERS, Interrupted, KgError, shown, visible
from kg.namespaces import DEFAULT_GRAPH

__all__ = ["main"]


def _report_errors(errors, warnings=()) -> None:
    for warning in warnings:
        click.echo(f"warning: {warning}", err=True)
    for error in errors:
        click.echo(f"error: {error}", err=True)


#: File and folder arguments: one that cannot be read is reported by the command with the
#: others' results, like a file inside a folder (click's own check would stop everything).
PATHS_ARGUMENT = click.argument("paths", nargs=-1, type=click.Path(path_type=Path, readable=False))


def _fail_if_nothing(files_read: int, errors) -> None:
    if not files_read:
        raise click.ClickException("no file could be read" + (" (see the errors above)" if errors else ""))


class _Group(click.Group):
    """Any :class:`~kg.errors.KgError` a command lets through, and a build stopped by a signal
    (:class:`~kg.errors.Interrupted`), is one line on stderr (exit 1), never a traceback."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except (KgError, Interrupted) as exc:
            raise click.ClickException(visible(str(exc), lines=True)) from exc


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kg")
@click.pass_context
def main(ctx: click.Context) -> None:
    """Build and explore a knowledge graph of regional-policy newsletters."""
    ctx.with_resource(warnings_on_stderr(lambda line: click.echo(line, err=True)))


@main.command()
@PATHS_ARGUMENT
@click.option(
    "--format", "fmt", type=click.Choice(["table", "json", "jsonl"]), default="table", show_default=True,
    help="table for people; json (one array) or jsonl (one article a line) for scripts.",
)
@click.option("--show", "show", metavar="ID", help="Print one article's cleaned text (its id, an id prefix or FILE:INDEX).")
@click.option("--explain", is_flag=True, help="Say how each file was read: the layout chosen, every layout's score and why, each article's line range.")
def articles(paths: tuple[Path, ...], fmt: str, show: str | None, explain: bool) -> None:
    """List the articles found in newsletter files or folders (.txt .md .html .pdf .docx).

    With no PATHS, the bundled sample corpus is read.
    """
    from kg.build import load_documents
    from kg.export import article_record, dumps, jsonl

    result = load_documents(paths, every_reading=explain)
    _report_errors(result.errors, result.warnings)
    _fail_if_nothing(len(result.documents), result.errors)
    if explain:
        from kg.segment import explain as explain_document

        explained = [explain_document(d) for d in result.documents]
        click.echo(dumps(explained) if fmt != "table" else "\n\n".join(_explanation(e) for e in explained))
        return
    if show:
        article = _find_article(result.articles, show)
        click.echo(_article_text(article))
        return
    if fmt == "jsonl":
        click.echo(jsonl(article_record(a) for a in result.articles), nl=False)
    elif fmt == "json":
        click.echo(dumps([article_record(a) for a in result.articles]))
    else:
        click.echo(_articles_table(result))


def _explanation(e: dict) -> str:
    lines = [f"{e['file']}: {e['layout']}, {len(e['articles'])} articles"]
    lines.append("  layouts considered (best first):")
    for r in e["readings"]:
        lines.append(f"    {r['layout']:<10} score {r['score']:>7.2f}  {r['articles']:>3} articles  {'; '.join(r['reasons'])}")
    lines.append(f"  articles ({e['lines_of']}):")
    for a in e["articles"]:
        where = f"line {a['lines'][0]}, characters {a['offsets'][0]}-{a['offsets'][1]}" if a["lines"][0] == a["lines"][1] else f"lines {a['lines'][0]}-{a['lines'][1]}"
        lines.append(f"    {a['index']:>3}  {where}  {a['title']}")
        if a["margins"]:
            lines.append(f"         margins (entities linked, no facts read): line{'s' if len(a['margins']) > 1 else ''} {', '.join(map(str, a['margins']))}")
    lines.extend(f"  note: {note}" for note in e["notes"])
    return "\n".join(lines)


def _find_article(articles, wanted: str):
    if ":" in wanted:
        name, _, index = wanted.rpartition(":")
        matches = [a for a in articles if a.source == name and str(a.index) == index]
    else:
        matches = [a for a in articles if a.id.startswith(wanted)]
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise click.ClickException(f"no article with id {wanted!r}; run 'kg articles' to list the ids")
    ids = ", ".join(f"{a.id} ({a.title})" for a in matches[:5])
    raise click.ClickException(f"{wanted!r} matches {len(matches)} articles: {ids}; give more of the id")


def _article_text(article) -> str:
    head = [article.title, ""]
    meta = [
        ("id", article.id),
        ("file", f"{article.source} (article {article.index})"),
        ("newsletter", " ".join(str(x) for x in (article.newsletter.name, article.newsletter.year and f"{article.newsletter.year}年第{article.newsletter.issue}期") if x)),
        ("section", article.section),
        ("outlet", "; ".join(f"{o or ''} {d or ''}".strip() for o, d in article.sources)),
        ("url", article.url),
        ("attachments", "; ".join(article.attachments)),
    ]
    head += [f"{k}: {v}" for k, v in meta if v]
    return "\n".join(head + [""] + [p.text for p in article.paragraphs])


def _articles_table(result) -> str:
    rows = [("id", "file", "#", "section", "date", "outlet", "title")]
    for a in result.articles:
        rows.append((a.id, a.source, str(a.index), a.section or "", a.date or "", a.outlet or "", a.title))
    lines = _table(rows)
    lines.append("")
    lines.append("per file:")
    lines += _table([("file", "layout", "articles")] + [(d.source.name, d.layout, str(len(d.articles))) for d in result.documents], indent=2)
    lines.append("")
    lines.append("per section:")
    sections = Counter(a.section or "—" for a in result.articles)
    lines += _table([("section", "articles")] + [(s, str(n)) for s, n in sorted(sections.items(), key=lambda kv: (-kv[1], kv[0]))], indent=2)
    lines.append("")
    lines.append(f"{len(result.articles)} articles in {len(result.documents)} files" + (f"; {len(result.errors)} files not read" if result.errors else ""))
    return "\n".join(lines)


def _terminal_width(wide: bool) -> int | None:
    """The width tables are cut to: the terminal's (or $COLUMNS), none with --wide or when piped."""
    import os
    import shutil

    if wide:
        return None
    if os.environ.get("COLUMNS", "").isdigit():
        return int(os.environ["COLUMNS"])
    return shutil.get_terminal_size().columns if sys.stdout.isatty() else None


_WIDE_OPTION = click.option("--wide", is_flag=True, help="Tables: print every cell whole, however wide (by default long cells are cut with … to fit the terminal).")


@main.command()
@click.argument("text")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.option("--date", help="When the text was written (YYYY, YYYY-MM or YYYY-MM-DD): region names mean the units valid then (思茅 in 2005 is 思茅市, counted under 普洱市).")
def link(text: str, fmt: str, date: str | None) -> None:
    """Print the linked entity mentions of a snippet of TEXT."""
    from kg.evaluate import mention_record
    from kg.export import dumps
    from kg.link import Linker, year_of

    if date is not None and year_of(date) is None:
        raise click.BadParameter(f"{date!r} is not a date: give YYYY, YYYY-MM or YYYY-MM-DD", param_hint="--date")
    mentions = Linker().link_text(text, date=date)
    if fmt == "json":
        click.echo(dumps([{**mention_record(m), "rule": m.rule} for m in mentions]))  # the rule, as the table shows it
        return
    rows = [("start", "end", "text", "type", "id", "name", "rule")]
    rows += [(str(m.start), str(m.end), m.text, m.type, m.id, m.name + (f" (then {m.historical_name} {m.historical_adcode})" if m.historical_adcode else ""), m.rule) for m in mentions]
    click.echo("\n".join(_table(rows)) if mentions else "no entity found")


@main.command()
@PATHS_ARGUMENT
@click.option("--format", "fmt", type=click.Choice(["jsonl", "json"]), default="jsonl", show_default=True)
def extract(paths: tuple[Path, ...], fmt: str) -> None:
    """Print each article with its linked mentions and facts, as JSON (default: the bundled corpus).

    Each file is split into articles by its shape (``kg articles --explain`` shows how).
    """
    from kg.build import load_documents
    from kg.evaluate import mention_record
    from kg.export import dumps, jsonl
    from kg.link import Linker

    result = load_documents(paths)
    _report_errors(result.errors, result.warnings)
    _fail_if_nothing(len(result.documents), result.errors)
    from kg.relations import extract_facts, fact_record

    linker = Linker()

    def record(article):
        mentions, facts = extract_facts(article, linker)
        return {"id": article.id, "source": article.source, "title": article.title, "section": article.section, "date": article.date,
                "outlet": article.outlet, "mentions": [mention_record(m) for m in mentions],
                "facts": [fact_record(f, linker.kb) for f in facts if f.relation != "mentions"]}

    records = (record(a) for a in result.articles)
    click.echo(jsonl(records) if fmt == "jsonl" else dumps(list(records)), nl=fmt == "json")


def _index(graph_path, whole: bool = False):
    from kg.query import open_graph

    return open_graph(graph_path, whole)


def _resolve(index, name: str, say: bool = False) -> str:
    """The id ``name`` stands for; with ``say``, first print which entity that is (深圳 → 440300 广东省深圳市)."""
    node = index.resolve(name)
    if say:
        why = index.former_name(name, node)
        click.echo(visible(f"{name.strip()} → {node} {index.full_name(node)}" + (f" ({why})" if why else "")))
    return node


def _date_option(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """A --since/--until value checked by the library's parser (YYYY, YYYY-MM or YYYY-MM-DD)."""
    from kg.query import parse_date

    try:
        return None if value is None else parse_date(value)
    except KgError as exc:
        raise click.BadParameter(str(exc), ctx, param) from exc


def _emit(rows: list[dict], columns: list[str], fmt: str, wide: bool = False) -> None:
    """Rows as JSON, CSV or a table; names and sentences from the files built may hold control characters
    (\\x1b, \\r, \\u202e): every format shows them escaped, so none acts on the terminal, nor splits a CSV row
    in a spreadsheet."""
    from kg.export import dumps

    if fmt == "json":  # (the encoder escapes the C0 controls; DEL, C1 and the bidi marks are written \u… too: the same JSON value)
        click.echo(CONTROL_CHARACTERS.sub(lambda m: f"\\u{ord(m[0]):04x}", dumps(rows)))
    elif fmt == "csv":
        import csv
        import io

        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=columns, extrasaction="ignore", lineterminator="\n")
        writer.writeheader()
        writer.writerows({k: visible(v) if isinstance(v, str) else v for k, v in row.items()} for row in rows)  # as the table shows them
        click.echo(buffer.getvalue(), nl=False)
    else:
        table = [tuple(columns)] + [tuple("" if r.get(c) is None else str(r.get(c)) for c in columns) for r in rows]
        click.echo("\n".join(_table(table, width=_terminal_width(wide))))


_GRAPH_OPTION = click.option("--graph", "graph_path", type=click.Path(path_type=Path), default=None, help="graph.json written by kg build [default: exports/graph.json].")
_TIMEOUT_OPTION = click.option(
    "--timeout", metavar="SECONDS", type=click.FloatRange(0, min_open=True), default=60, show_default=True,
    help="Deadline of a local query, and of each request to a server (its whole answer).",
)
_FORMAT_OPTION = click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table", show_default=True)
_MIN_CONFIDENCE_OPTION = click.option(
    "--min-confidence", type=click.FloatRange(0, 1), default=DEFAULT_MIN_CONFIDENCE, show_default=True,
    help="Only facts from rules at least this precise on gold (kg/data/relations/rule_precision.tsv); 0 shows every fact "
    f"(pages draw those below {DEFAULT_MIN_CONFIDENCE:g} faded and dotted).",
)


@main.command()
@click.argument("entity")
@click.option("--relation", "relations", multiple=True, help="Only these relations (repeatable): backs, issues, invests_in, sets_target, part_of, mentions …")
@click.option("--type", "types", multiple=True, help="Only neighbours of these types (repeatable): city, industry, agency …")
@click.option("--direction", type=click.Choice(["in", "out", "both"]), default="both", show_default=True)
@click.option("--depth", type=click.IntRange(1, 5), default=1, show_default=True)
@click.option("--since", metavar="DATE", callback=_date_option, help="Only evidence on or after this date: YYYY, YYYY-MM or YYYY-MM-DD.")
@click.option("--until", metavar="DATE", callback=_date_option, help="Only evidence on or before this date (until 2024 includes all of 2024).")
@click.option("--limit", type=click.IntRange(1), default=None)
@_MIN_CONFIDENCE_OPTION
@_GRAPH_OPTION
@_FORMAT_OPTION
@_WIDE_OPTION
def neighbors(entity, relations, types, direction, depth, since, until, limit, min_confidence, graph_path, fmt, wide) -> None:
    """The neighbours of ENTITY (any name: 深圳, 深圳市, 440300, 工信部 …), heaviest first."""
    index = _index(graph_path)
    node = _resolve(index, entity, say=fmt == "table")
    rows = [r._asdict() for r in index.neighbors(node, tuple(relations), tuple(types), direction, depth, since, until, limit, min_confidence)]
    if not rows and fmt == "table":
        click.echo(visible(f"{index.label(node)} has no neighbours with these filters"))
        return
    _emit(rows, ["relation", "direction", "name", "id", "type", "weight", "confidence", "first_date", "last_date", "evidence"], fmt, wide)


@main.command()
@click.argument("entity")
@_MIN_CONFIDENCE_OPTION
@_GRAPH_OPTION
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def show(entity, min_confidence, graph_path, fmt) -> None:
    """A profile of ENTITY: names, type, parents, coordinates, relations, top industries or regions, evidence."""
    from kg.export import dumps

    index = _index(graph_path)
    profile = index.profile(_resolve(index, entity, say=fmt == "table"), min_confidence)
    if fmt == "json":
        click.echo(dumps(profile))
        return
    for key, value in profile.items():
        if value in (None, [], {}):
            continue
        if isinstance(value, dict):
            value = ", ".join(f"{k} {v}" for k, v in value.items())
        elif isinstance(value, list):
            value = "\n  " + "\n  ".join(visible(str(v)) for v in value)
        click.echo(visible(f"{key}: {value}", lines=True))


@main.command()
@_GRAPH_OPTION
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def stats(graph_path, fmt) -> None:
    """Counts per entity type and relation, the busiest regions and industries, articles per newsletter and month."""
    from kg.export import dumps

    data = _index(graph_path).stats()
    if fmt == "json":
        click.echo(dumps(data))
        return
    for key, value in data.items():
        if isinstance(value, dict):
            click.echo(f"{key}:")
            for k, v in value.items():
                click.echo(f"  {k}  {v}")
        elif isinstance(value, list):
            click.echo(f"{key}: {', '.join(value)}")
        else:
            click.echo(f"{key}: {value}")


@main.command()
@click.argument("text")
@click.option("--limit", type=click.IntRange(1), default=20, show_default=True)
@_GRAPH_OPTION
@_FORMAT_OPTION
@_WIDE_OPTION
def search(text, limit, graph_path, fmt, wide) -> None:
    """Entities whose names or aliases contain TEXT."""
    rows = _index(graph_path).search(text, limit)
    if not rows and fmt == "table":
        click.echo(f"no entity name contains {shown(text)}")
        return
    for row in rows:
        row["aliases"] = "|".join(row["aliases"]) if fmt != "json" else row["aliases"]
    _emit(rows, ["id", "name", "type", "degree", "aliases"], fmt, wide)


@main.command()
@click.argument("query", required=False)
@click.option("--list", "list_queries", is_flag=True, help="List the canned queries and their parameters.")
@click.option("--param", "params", multiple=True, metavar="NAME=VALUE", help="A parameter of a canned query (an entity name, or a date).")
@click.option("--store", "store_dir", type=click.Path(path_type=Path), default=None, help="The store kg build wrote [default: exports/store].")
@click.option("--endpoint", metavar="URL", help="Run the query against this SPARQL 1.1 endpoint instead of the local store.")
@click.option(
    "--named-graph", metavar="IRI",
    help=f"With --endpoint: query this named graph as the default graph (what kg push loaded, {DEFAULT_GRAPH} by default), not the server's own default graph.",
)
@click.option("--allow-service", is_flag=True, help="Let the query use SERVICE, which sends requests over the network (off by default). Nothing else: updates are always refused.")
@_TIMEOUT_OPTION
@click.option("--max-rows", type=click.IntRange(1), default=1_000_000, show_default=True, help="An answer with more rows is an error.")
@click.option("--max-memory", metavar="MB", type=click.IntRange(256), default=2048, show_default=True, help="Memory a local query may take; beyond it, it is stopped.")
@click.option(
    "--min-confidence", type=click.FloatRange(0, 1), default=DEFAULT_MIN_CONFIDENCE, show_default=True,
    help="Canned queries over relations: only edges at least this confident (kg/data/relations/rule_precision.tsv); 0 for all.",
)
@_GRAPH_OPTION
@_FORMAT_OPTION
def sparql(query, list_queries, params, store_dir, endpoint, named_graph, allow_service, timeout, max_rows, max_memory, min_confidence, graph_path, fmt) -> None:
    """Run a read-only SPARQL query (SELECT or ASK): QUERY text, a FILE.rq, or the NAME of a canned query (see --list).

    Prefixes kg: ind: id: skos: prov: dcterms: org: geo: rdf: rdfs: owl: xsd: are bound. SERVICE
    clauses would make the query reach out over the network: they are refused unless --allow-service.
    Updates are refused, locally and with --endpoint, before anything is sent. A local query runs
    under --timeout, --max-memory and --max-rows; with --endpoint, each request must be answered
    within --timeout, and a server that caps its answers (Virtuoso: 10,000 rows) is read page by page.
    csv gives values as the engine returns them (IRIs whole); table shortens IRIs by the bound
    prefixes; table and json show control characters escaped.
    """
    from kg import DEFAULT_GRAPH_JSON
    from kg.sparql import STORE_DIR, Limits, canned_queries, run_query, run_remote, start_worker

    store = store_dir or (graph_path or DEFAULT_GRAPH_JSON).parent / STORE_DIR
    limits = Limits(timeout, max_memory, max_rows)
    if query and not list_queries and not endpoint:
        start_worker(store, limits)  # it opens the store while the parameters are resolved
    if list_queries:
        for name, q in canned_queries().items():
            args = " ".join(f"--param {p}=<{kind}>" if kind != "confidence" else "[--min-confidence X]" for p, kind in q.params)
            click.echo(f"{name}  {args}\n    {q.title}")
        return
    if not query:
        raise click.UsageError("give a query, a .rq file or a canned query name (kg sparql --list)")
    if named_graph and not endpoint:
        raise click.UsageError("--named-graph goes with --endpoint (the local store holds one graph)")
    try:
        text, bindings = sparql_text(query, params, min_confidence, graph_path)
        if endpoint:
            results = run_remote(endpoint, text, bindings, allow_service, timeout=timeout, default_graph=named_graph, max_rows=max_rows)
        else:
            results = run_query(store, text, bindings, allow_service, limits)
    except SparqlUsage as exc:
        raise click.UsageError(str(exc)) from exc
    except KgError as exc:
        raise click.ClickException(str(exc)) from exc
    output, nl = format_results(results, fmt)
    click.echo(output, nl=nl)


@main.command(name="push")
@click.option("--endpoint", required=True, metavar="URL", help="The server's SPARQL query endpoint, e.g. http://127.0.0.1:8890/sparql (Virtuoso).")
@click.option("--named-graph", default=DEFAULT_GRAPH, show_default=True, metavar="IRI", help="The named graph to replace with the exports.")
@click.option("--exports", "exports_dir", type=click.Path(file_okay=False, path_type=Path), default=Path("exports"), show_default=True, help="The folder kg build wrote (graph.nt is pushed).")
@click.option("--user", envvar="KG_ENDPOINT_USER", help="User allowed to update the server (Virtuoso: one with SPARQL_UPDATE, e.g. dba) [env KG_ENDPOINT_USER].")
@click.option("--password", envvar="KG_ENDPOINT_PASSWORD", help="Its password [env KG_ENDPOINT_PASSWORD; asked for when --user comes without it].")
@click.option("--graph-store", metavar="URL", help="Graph Store Protocol URL [default: Virtuoso's, ENDPOINT-graph-crud-auth].")
@click.option("--update", "update_url", metavar="URL", help="SPARQL Update URL [default: Virtuoso's, ENDPOINT-auth].")
@click.option("--chunk-size", "chunk_mb", type=click.IntRange(1), default=4, show_default=True, help="MB of N-Triples sent per request.")
@_TIMEOUT_OPTION
def push_command(endpoint, named_graph, exports_dir, user, password, graph_store, update_url, chunk_mb, timeout) -> None:
    """Load the exports into a SPARQL server, replacing one named graph.

    graph.nt is streamed by the Graph Store HTTP Protocol into a staging graph, counted on the server,
    then moved onto the named graph with SPARQL Update (MOVE) and counted again: until then the named
    graph keeps its old triples, and a failure says what state it was left in. Each request must be
    answered within --timeout; progress goes to stderr.
    """
    from kg.push import push

    if user and password is None:
        password = click.prompt(f"password for {user}", hide_input=True)

    def progress(request: int, sent: int, total: int) -> None:
        click.echo(f"request {request}: {sent / 1e6:.1f} of {total / 1e6:.1f} MB sent", err=True)

    try:
        done = push(
            exports_dir / "graph.nt", endpoint, named_graph, user=user, password=password,
            graph_store=graph_store, update=update_url, chunk_bytes=chunk_mb * 1024 * 1024, timeout=timeout, progress=progress,
        )
    except KgError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"loaded {done.triples:,} triples into <{done.graph}> in {done.seconds:.1f} s ({done.chunks} requests, {done.bytes / 1e6:.1f} MB)")
    click.echo(f"query them: kg sparql --endpoint {endpoint} --named-graph {done.graph} QUERY")


@main.command()
@click.argument("entity", required=False)
@click.option("--industry", help="The region × industry picture: the regions (and agencies) backing this industry.")
@click.option("--region", help="The region × industry picture: the industries this region and its sub-regions back.")
@click.option("--depth", type=click.IntRange(1, 4), default=1, show_default=True, help="With ENTITY: how many steps out.")
@click.option("--relation", "relations", multiple=True, help="With ENTITY: only these relations (repeatable).")
@click.option("--since", metavar="DATE", callback=_date_option, help="Only evidence on or after this date: YYYY, YYYY-MM or YYYY-MM-DD.")
@click.option("--until", metavar="DATE", callback=_date_option, help="Only evidence on or before this date (until 2024 includes all of 2024).")
@click.option("--min-weight", type=click.IntRange(1), default=1, show_default=True, help="Only edges supported by at least this many articles.")
@_MIN_CONFIDENCE_OPTION
@click.option("--max-nodes", type=click.IntRange(2), default=300, show_default=True, help="Keep the heaviest nodes; the page says what was cut.")
@click.option(
    "-o", "--output", type=click.Path(path_type=Path), required=True,
    help="The HTML file to write (opens offline in any browser), or an existing folder to write it in under a name made from the ids. Folders are not created.",
)
@_GRAPH_OPTION
def viz(entity, industry, region, depth, relations, since, until, min_weight, min_confidence, max_nodes, output, graph_path) -> None:
    """Write an interactive page (drawn with pyvis): the neighbourhood of ENTITY, or --industry X / --region Y.

    Evidence names its article and newsletter (read from the articles.jsonl beside the graph).
    """
    from kg import viz as views
    from kg.query import newsletter_labels

    if (entity is None) == (industry is None and region is None):
        raise click.UsageError("give either ENTITY or --industry/--region")
    views.page_path(output, "page.html")  # a missing folder is refused before the graph is read, not after
    index = _index(graph_path, whole=True)
    ids = {"entity": _resolve(index, entity)} if entity is not None else {
        "industry": None if industry is None else _resolve(index, industry), "region": None if region is None else _resolve(index, region)}
    options = {"since": since, "until": until, "min_weight": min_weight, "min_confidence": min_confidence, "max_nodes": max_nodes,
               "newsletters": newsletter_labels(Path(index.source).with_name("articles.jsonl"))}
    if entity is not None:
        html = views.neighbourhood_page(index.graph, ids["entity"], depth=depth, relations=relations or None, **options)
    else:
        html = views.region_industry_page(index.graph, **ids, **options)
    path = views.write_page(html, views.page_path(output, views.page_name(**ids)))
    click.echo(f"wrote {path.resolve()}")


@main.command()
@click.option("--exports", "exports_dir", type=click.Path(file_okay=False, path_type=Path), default=Path("exports"), show_default=True, help="The folder kg build wrote.")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on; anything but loopback lets other machines read the graph.")
@click.option("--port", type=click.IntRange(0, 65535), default=8765, show_default=True)
def serve(exports_dir, host, port) -> None:
    """Explore the graph in the browser: a local, read-only web app over kg build's exports.

    Search, entity/industry/region/article pages, the region × industry matrix, a tile map,
    pyvis drawings with date and weight filters, a SPARQL editor and the SPARQL 1.1 Protocol
    endpoint /sparql. Nothing is loaded from the network.
    """
    from kg import serve as web

    exposed = host not in web.LOOPBACK
    app = web.create_app(exports_dir, hosts=None if exposed else web.LOOPBACK)  # a missing or damaged build is one line, before listening
    if exposed:
        click.echo(f"warning: listening on {host}: other machines can read the graph", err=True)
    click.echo(f"kg serve: http://{'[' + host + ']' if ':' in host else host}:{port}/ over {exports_dir} (Ctrl-C stops it)")
    web.run(app, host, port)


@main.command(name="eval")
@click.argument("gold", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--corpus", "corpus", multiple=True, type=click.Path(exists=True, path_type=Path), help="Where the gold's articles are (default: the bundled corpus).")
@click.option("--errors", is_flag=True, help="Also list, per article, the entities missed and the ones found wrongly.")
@click.option("--segmentation", is_flag=True, help="Score the segmenter instead: each GOLD is a folder of files with a gold.jsonl (tests/gold/segmentation).")
@click.option("--variants", is_flag=True, help="With --segmentation: also score each .txt/.md file re-laid out (blank lines removed; headlines as Markdown headings, or Markdown markers removed; both), the gold unchanged: one table per variant.")
@click.option("--by-rule", "by_rule", is_flag=True, help="Also print each linking rule's count, precision and recall, and each relation rule's precision and recall with its false positives and their sentences.")
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=0.0, show_default=True,
              help=f"Score only the facts at least this confident ({DEFAULT_MIN_CONFIDENCE}: what the default views show).")
@click.option("--recursive", is_flag=True, help="Score every folder below each GOLD folder that holds entity or relation gold, each on its own: one table per folder, never pooled.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def evaluate_command(
    gold: tuple[Path, ...], corpus: tuple[Path, ...], errors: bool, segmentation: bool, variants: bool, by_rule: bool, min_confidence: float, recursive: bool,
    fmt: str,
) -> None:
    """Score against GOLD annotations (JSON lines): entity linking per type (records with
    ``entities``) and relations per relation (records with ``facts``): P/R/F1. A GOLD folder
    is its own *.jsonl files, pooled into one table; gold in its subfolders (a held-out set)
    is left out, and named on stderr, unless --recursive scores each folder on its own. With
    ``--segmentation``: files split into exactly the right articles, headlines found, dates
    (``--variants``: also with each plain-text file's blank lines removed and its Markdown swapped).

    A false positive is listed with the rule that linked it (--errors)."""
    from kg.build import load_documents
    from kg.evaluate import evaluate_gold, gold_folders, load_gold, unread_gold
    from kg.export import dumps
    from kg.link import Linker

    if segmentation:
        from kg.evaluate import SEGMENTATION_VARIANTS, evaluate_segmentation

        ways = [None, *SEGMENTATION_VARIANTS] if variants else [None]
        try:
            scored = [(f"{folder} [{way}]" if way else str(folder), evaluate_segmentation(folder, way)) for folder in gold for way in ways]
        except KgError as exc:
            raise click.ClickException(visible(str(exc), lines=True)) from exc
        if fmt == "json":
            click.echo(dumps({name: s.as_dict() for name, s in scored}))
        else:
            click.echo("\n\n".join(f"{name}\n{s.table()}" for name, s in scored))
        return
    try:
        if recursive:
            sets = [(str(folder), files) for path in gold for folder, files in (gold_folders(path) if path.is_dir() else [(path, [path])])]
            if not sets:
                raise click.ClickException(f"no entity or relation gold (*.jsonl with entities or facts) in {', '.join(map(str, gold))}")
        else:
            sets = [("", list(gold))]
        records = [(name, load_gold(files)) for name, files in sets]  # every file checked before the corpus is read
        result = load_documents(corpus)
        articles = {(a.source, a.index): a for a in result.articles}
        linker = Linker()
    except KgError as exc:
        raise click.ClickException(str(exc)) from exc
    scored, failed = {}, {}
    for name, items in records:
        try:
            scored[name] = evaluate_gold(items, articles, linker, min_confidence)
        except KgError as exc:
            if not recursive:
                raise click.ClickException(visible(str(exc), lines=True)) from exc
            failed[name] = f"{exc} (its texts may be elsewhere: --corpus)"  # one folder does not stop the others
    if fmt == "json":
        click.echo(dumps(scored[""].as_dict() if not recursive else
                         {name: scored[name].as_dict() if name in scored else {"error": failed[name]} for name, _ in records}))
    else:
        for name, _ in records:
            if recursive:
                click.echo(f"== {name}" + ("" if name in scored else f": not scored: {failed[name]}"))
            if name in scored:
                _echo_evaluation(scored[name], by_rule, errors)
            if recursive:
                click.echo("")
    if not recursive and (below := unread_gold(gold)):
        click.echo(f"note: gold in subfolders was not read: {', '.join(map(str, below))} (name them, or --recursive to score each folder on its own)", err=True)
    if failed:
        raise click.ClickException(f"{len(failed)} of {len(records)} gold folders not scored: {', '.join(failed)}")


def _echo_evaluation(evaluation, by_rule: bool, errors: bool) -> None:
    click.echo(evaluation.table())
    if by_rule:
        click.echo("\n" + evaluation.rule_table())
    if errors:
        for error in evaluation.errors:
            click.echo(f"\n{error['file']}:{error['index']} {error['title']}")
            for what, items in (("missed  ", error["missed"]), ("spurious", error["spurious"])):
                for item in items:
                    click.echo(f"  {what} " + "  ".join(str(x) for x in item if x is not None))


JOBS_OPTION = click.option("--jobs", type=click.IntRange(1), default=None, help="Processes extracting in parallel [default: all cores]; the exports do not depend on it.")
SCHEDULER_OPTION = click.option("--scheduler", metavar="tcp://HOST:PORT", default=None, help="Extract on this Dask cluster (pip install 'kg[scale]'); the exports are the same.")
NO_CACHE_OPTION = click.option("--no-cache", is_flag=True, help="Process every file again, even those unchanged since the last build into --out.")
STRICT_ENCODING_OPTION = click.option(
    "--strict-encoding", is_flag=True,
    help="Refuse a UTF-8 file with invalid bytes (by default a few are replaced with U+FFFD and reported with their line:column).",
)
TIME_BUDGET_OPTION = click.option(
    "--time-budget", type=click.FloatRange(0), default=None, metavar="SECONDS",
    help="Most seconds the extraction of one file may take; a file over it is reported and skipped, the build goes on "
    "[default: 60 s + 1 s per 10,000 characters; 0: no limit].",
)


@main.command()
@PATHS_ARGUMENT
@click.option("--out", "out", type=click.Path(path_type=Path), default=Path("exports"), show_default=True, help="Folder the exports are written to.")
@JOBS_OPTION
@NO_CACHE_OPTION
@SCHEDULER_OPTION
@STRICT_ENCODING_OPTION
@TIME_BUDGET_OPTION
def build(paths: tuple[Path, ...], out: Path, jobs: int | None, no_cache: bool, scheduler: str | None, strict_encoding: bool, time_budget: float | None) -> None:
    """Build every export from newsletter files or folders (default: the bundled corpus).

    One build at a time writes into a folder: another one into the same --out is refused,
    naming the process that holds it.
    """
    run_build(paths, out, jobs, not no_cache, scheduler, strict_encoding, time_budget)


def run_build(
    paths, out: Path, jobs: int | None = None, cache: bool = True, scheduler: str | None = None, strict_encoding: bool = False, time_budget: float | None = None,
) -> None:
    """Shared by ``kg build`` and ``build_graph.py``: build, then say what and where."""
    from kg.build import build as build_exports

    files_seen: list[Path] = []

    def progress(path: Path) -> None:
        files_seen.append(path)
        click.echo(f"  reading {path.name}", err=True)

    def track(items, label):
        with click.progressbar(items, label=label, file=sys.stderr, show_pos=True) as bar:
            yield from bar

    try:
        import os

        result = build_exports(
            paths or None, out, progress, track, jobs=jobs or os.cpu_count() or 1, cache=cache, scheduler=scheduler,
            strict_encoding=strict_encoding, time_budget=time_budget,
        )
    except KgError as exc:
        raise click.ClickException(str(exc)) from exc
    _report_errors(result.errors, result.warnings)
    _fail_if_nothing(len(result.files), result.errors)
    from kg.build import summary_text
    from kg.sparql import STORE_DIR

    click.echo(summary_text(result), nl=False)
    click.echo("")
    click.echo(f"exports written to {out.resolve()}:")
    for path in result.outputs:
        click.echo(f"  {path}")
    click.echo(f"SPARQL store: {(out / STORE_DIR).resolve()}  (kg sparql --list)")
    click.echo("pages to open in a browser (offline):")
    for path in result.views:
        click.echo(f"  {path.resolve()}")


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
