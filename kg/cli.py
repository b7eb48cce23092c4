"""The ``kg`` command line: parse, make one library call, format.

Every command that reads newsletters accepts files and folders and defaults
to the bundled sample corpus. A file that cannot be read is reported on
stderr and the others are processed; the exit status is non-zero only when
nothing at all could be read.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

import click

from kg import __version__
from kg.errors import KgError
from kg.push import DEFAULT_GRAPH

__all__ = ["main"]


def _report_errors(errors) -> None:
    for error in errors:
        click.echo(f"error: {error}", err=True)


def _fail_if_nothing(files_read: int, errors) -> None:
    if not files_read:
        raise click.ClickException("no file could be read" + (" (see the errors above)" if errors else ""))


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kg")
def main() -> None:
    """Build and explore a knowledge graph of regional-policy newsletters."""


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option(
    "--format", "fmt", type=click.Choice(["table", "json", "jsonl"]), default="table", show_default=True,
    help="table for people; json (one array) or jsonl (one article a line) for scripts.",
)
@click.option("--show", "show", metavar="ID", help="Print one article's cleaned text (its id, an id prefix or FILE:INDEX).")
def articles(paths: tuple[Path, ...], fmt: str, show: str | None) -> None:
    """List the articles found in newsletter files or folders (.txt .md .pdf .docx).

    With no PATHS, the bundled sample corpus is read.
    """
    from kg.build import load_documents
    from kg.export import article_record, dumps, jsonl

    result = load_documents(paths)
    _report_errors(result.errors)
    _fail_if_nothing(len(result.documents), result.errors)
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
        ("outlet", "; ".join(f"{o} {d or ''}".strip() for o, d in article.sources)),
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


def _cell_width(text: str) -> int:
    from kg.ingest import visual_width

    return int(visual_width(text) * 2)  # CJK characters take two terminal columns


def _table(rows, indent: int = 0) -> list[str]:
    widths = [max(_cell_width(row[i]) for row in rows) for i in range(len(rows[0]))]
    out = []
    for row in rows:
        cells = [cell + " " * (widths[i] - _cell_width(cell)) for i, cell in enumerate(row)]
        out.append(" " * indent + "  ".join(cells).rstrip())
    return out


@main.command()
@click.argument("text")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def link(text: str, fmt: str) -> None:
    """Print the linked entity mentions of a snippet of TEXT."""
    from kg.evaluate import mention_record
    from kg.export import dumps
    from kg.link import Linker

    mentions = Linker().link_text(text)
    if fmt == "json":
        click.echo(dumps([mention_record(m) for m in mentions]))
        return
    rows = [("start", "end", "text", "type", "id", "name", "rule")]
    rows += [(str(m.start), str(m.end), m.text, m.type, m.id, m.name, m.rule) for m in mentions]
    click.echo("\n".join(_table(rows)) if mentions else "no entity found")


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["jsonl", "json"]), default="jsonl", show_default=True)
def extract(paths: tuple[Path, ...], fmt: str) -> None:
    """Print each article with its linked mentions and facts, as JSON (default: the bundled corpus).

    Plain text files with no newsletter layout are one article each.
    """
    from kg.build import load_documents
    from kg.evaluate import mention_record
    from kg.export import dumps, jsonl
    from kg.link import Linker

    result = load_documents(paths)
    _report_errors(result.errors)
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

    try:
        return open_graph(graph_path, whole)
    except KgError as exc:
        raise click.ClickException(str(exc)) from exc


def _resolve(index, name: str) -> str:
    try:
        return index.resolve(name)
    except KgError as exc:
        raise click.ClickException(str(exc)) from exc


def _emit(rows: list[dict], columns: list[str], fmt: str) -> None:
    from kg.export import dumps

    if fmt == "json":
        click.echo(dumps(rows))
    elif fmt == "csv":
        import csv
        import io

        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=columns, extrasaction="ignore", lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
        click.echo(buffer.getvalue(), nl=False)
    else:
        table = [tuple(columns)] + [tuple("" if r.get(c) is None else str(r.get(c)) for c in columns) for r in rows]
        click.echo("\n".join(_table(table)))


_GRAPH_OPTION = click.option("--graph", "graph_path", type=click.Path(path_type=Path), default=None, help="graph.json written by kg build [default: exports/graph.json].")
_FORMAT_OPTION = click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table", show_default=True)


@main.command()
@click.argument("entity")
@click.option("--relation", "relations", multiple=True, help="Only these relations (repeatable): backs, issues, invests_in, sets_target, part_of, mentions …")
@click.option("--type", "types", multiple=True, help="Only neighbours of these types (repeatable): city, industry, agency …")
@click.option("--direction", type=click.Choice(["in", "out", "both"]), default="both", show_default=True)
@click.option("--depth", type=click.IntRange(1, 5), default=1, show_default=True)
@click.option("--since", metavar="DATE", help="Only evidence on or after this date (YYYY-MM-DD).")
@click.option("--until", metavar="DATE", help="Only evidence on or before this date.")
@click.option("--limit", type=click.IntRange(1), default=None)
@_GRAPH_OPTION
@_FORMAT_OPTION
def neighbors(entity, relations, types, direction, depth, since, until, limit, graph_path, fmt) -> None:
    """The neighbours of ENTITY (any name: 深圳, 深圳市, 440300, 工信部 …), heaviest first."""
    from dataclasses import asdict

    index = _index(graph_path)
    node = _resolve(index, entity)
    rows = [asdict(r) for r in index.neighbors(node, tuple(relations), tuple(types), direction, depth, since, until, limit)]
    if not rows and fmt == "table":
        click.echo(f"{index.label(node)} has no neighbours with these filters")
        return
    _emit(rows, ["relation", "direction", "name", "id", "type", "weight", "first_date", "last_date", "evidence"], fmt)


@main.command()
@click.argument("entity")
@_GRAPH_OPTION
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def show(entity, graph_path, fmt) -> None:
    """A profile of ENTITY: names, type, parents, coordinates, relations, top industries or regions, evidence."""
    from kg.export import dumps

    index = _index(graph_path)
    profile = index.profile(_resolve(index, entity))
    if fmt == "json":
        click.echo(dumps(profile))
        return
    for key, value in profile.items():
        if value in (None, [], {}):
            continue
        if isinstance(value, dict):
            value = ", ".join(f"{k} {v}" for k, v in value.items())
        elif isinstance(value, list):
            value = "\n  " + "\n  ".join(str(v) for v in value)
        click.echo(f"{key}: {value}")


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
def search(text, limit, graph_path, fmt) -> None:
    """Entities whose names or aliases contain TEXT."""
    rows = _index(graph_path).search(text, limit)
    if not rows and fmt == "table":
        click.echo(f"no entity name contains {text!r}")
        return
    for row in rows:
        row["aliases"] = "|".join(row["aliases"]) if fmt != "json" else row["aliases"]
    _emit(rows, ["id", "name", "type", "degree", "aliases"], fmt)


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
@click.option("--allow-service", is_flag=True, help="Let the query use SERVICE, which sends requests over the network (off by default).")
@_GRAPH_OPTION
@_FORMAT_OPTION
def sparql(query, list_queries, params, store_dir, endpoint, named_graph, allow_service, graph_path, fmt) -> None:
    """Run a SPARQL query: QUERY text, a FILE.rq, or the NAME of a canned query (see --list).

    Prefixes kg: ind: id: skos: prov: dcterms: org: geo: rdf: rdfs: owl: xsd: are bound. SERVICE
    clauses would make the query reach out over the network: they are refused unless --allow-service.
    With --endpoint, a server that caps its answers (Virtuoso: 10,000 rows) is read page by page.
    """
    from kg.query import DEFAULT_GRAPH_JSON
    from kg.sparql import STORE_DIR, canned_queries, run_query, run_remote

    canned = canned_queries()
    if list_queries:
        for name, q in canned.items():
            args = " ".join(f"--param {p}=<{kind}>" for p, kind in q.params)
            click.echo(f"{name}  {args}\n    {q.title}")
        return
    if not query:
        raise click.UsageError("give a query, a .rq file or a canned query name (kg sparql --list)")
    if named_graph and not endpoint:
        raise click.UsageError("--named-graph goes with --endpoint (the local store holds one graph)")
    bindings = {}
    if query in canned:
        spec = canned[query]
        given = dict(_split_param(p) for p in params)
        missing = [p for p, _ in spec.params if p not in given]
        if missing:
            raise click.UsageError(f"{query} needs --param {' --param '.join(m + '=…' for m in missing)}")
        unknown = sorted(set(given) - {p for p, _ in spec.params})
        if unknown:
            raise click.UsageError(f"{query} has no parameter {', '.join(unknown)}; it takes {', '.join(p for p, _ in spec.params)}")
        index = _index(graph_path) if any(kind == "entity" for _, kind in spec.params) else None
        for name, kind in spec.params:
            bindings[name] = _param_term(index, given[name], kind)
        text = spec.text
    elif query.endswith(".rq") and Path(query).exists():
        text = Path(query).read_text(encoding="utf-8")
    else:
        text = query
    try:
        if endpoint:
            results = run_remote(endpoint, text, bindings, allow_service, default_graph=named_graph)
        else:
            store = store_dir or (graph_path or DEFAULT_GRAPH_JSON).parent / STORE_DIR
            results = run_query(store, text, bindings, allow_service)
    except KgError as exc:
        raise click.ClickException(str(exc)) from exc
    if fmt == "json":
        click.echo(results.json())
    elif fmt == "csv":
        import csv
        import io

        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(results.variables)
        writer.writerows(results.values())
        click.echo(buffer.getvalue(), nl=False)
    else:
        click.echo("\n".join(_table([tuple(results.variables)] + [tuple(v) for v in results.values()])))
        click.echo(f"{len(results.rows)} rows")


@main.command(name="push")
@click.option("--endpoint", required=True, metavar="URL", help="The server's SPARQL query endpoint, e.g. http://127.0.0.1:8890/sparql (Virtuoso).")
@click.option("--named-graph", default=DEFAULT_GRAPH, show_default=True, metavar="IRI", help="The named graph to replace with the exports.")
@click.option("--exports", "exports_dir", type=click.Path(file_okay=False, path_type=Path), default=Path("exports"), show_default=True, help="The folder kg build wrote (graph.nt is pushed).")
@click.option("--user", envvar="KG_ENDPOINT_USER", help="User allowed to update the server (Virtuoso: one with SPARQL_UPDATE, e.g. dba) [env KG_ENDPOINT_USER].")
@click.option("--password", envvar="KG_ENDPOINT_PASSWORD", help="Its password [env KG_ENDPOINT_PASSWORD; asked for when --user comes without it].")
@click.option("--graph-store", metavar="URL", help="Graph Store Protocol URL [default: Virtuoso's, ENDPOINT-graph-crud-auth].")
@click.option("--update", "update_url", metavar="URL", help="SPARQL Update URL [default: Virtuoso's, ENDPOINT-auth].")
@click.option("--chunk-size", "chunk_mb", type=click.IntRange(1), default=4, show_default=True, help="MB of N-Triples sent per request.")
def push_command(endpoint, named_graph, exports_dir, user, password, graph_store, update_url, chunk_mb) -> None:
    """Load the exports into a SPARQL server, replacing one named graph.

    graph.nt is streamed by the Graph Store HTTP Protocol into a staging graph, counted on the server,
    then moved onto the named graph with SPARQL Update (MOVE) and counted again: until then the named
    graph keeps its old triples, and a failure says what state it was left in.
    """
    from kg.push import push

    if user and password is None:
        password = click.prompt(f"password for {user}", hide_input=True)
    try:
        done = push(
            exports_dir / "graph.nt", endpoint, named_graph, user=user, password=password,
            graph_store=graph_store, update=update_url, chunk_bytes=chunk_mb * 1024 * 1024,
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
@click.option("--max-nodes", type=click.IntRange(2), default=300, show_default=True, help="Keep the heaviest nodes; the page says what was cut.")
@click.option("-o", "--output", type=click.Path(path_type=Path), required=True, help="The HTML file to write (opens offline in any browser).")
@_GRAPH_OPTION
def viz(entity, industry, region, depth, relations, max_nodes, output, graph_path) -> None:
    """Write an interactive page: the neighbourhood of ENTITY, or --industry X / --region Y."""
    from kg import viz as views

    if bool(entity) == bool(industry or region):
        raise click.UsageError("give either ENTITY or --industry/--region")
    index = _index(graph_path, whole=True)
    try:
        if entity:
            html = views.neighbourhood_page(index.graph, _resolve(index, entity), depth=depth, relations=relations or None, max_nodes=max_nodes)
        else:
            html = views.region_industry_page(
                index.graph, industry=_resolve(index, industry) if industry else None, region=_resolve(index, region) if region else None, max_nodes=max_nodes
            )
    except KgError as exc:
        raise click.ClickException(str(exc)) from exc
    path = views.write_page(html, output)
    click.echo(f"wrote {path.resolve()}")


def _split_param(text: str) -> tuple[str, str]:
    name, sep, value = text.partition("=")
    if not sep or not name:
        raise click.UsageError(f"--param takes NAME=VALUE, not {text!r}")
    return name.strip(), value.strip()


def _param_term(index, value: str, kind: str):
    from kg.rdf import node_iri

    if kind == "entity":
        return str(node_iri(_resolve(index, value)))
    if kind == "date":
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            raise click.UsageError(f"{value!r} is not a date (YYYY-MM-DD)")
        return (value, "http://www.w3.org/2001/XMLSchema#date")
    return (value, "http://www.w3.org/2001/XMLSchema#string")


def _merged(entities, relations):
    for name, score in relations.scores.items():
        key = "all relations" if name == "all" else name
        entities.scores[key] = score
    entities.errors += relations.errors
    return entities


@main.command(name="eval")
@click.argument("gold", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--corpus", "corpus", multiple=True, type=click.Path(exists=True, path_type=Path), help="Where the gold's articles are (default: the bundled corpus).")
@click.option("--errors", is_flag=True, help="Also list, per article, the entities missed and the ones found wrongly.")
@click.option("--by-rule", "by_rule", is_flag=True, help="Also print each linking rule's count, precision and recall.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def evaluate_command(gold: tuple[Path, ...], corpus: tuple[Path, ...], errors: bool, by_rule: bool, fmt: str) -> None:
    """Score against GOLD annotations (JSON lines): entity linking per type (records with
    ``entities``) and relations per relation (records with ``facts``): P/R/F1.

    A false positive is listed with the rule that linked it (--errors)."""
    from kg.build import load_documents
    from kg.evaluate import evaluate, load_gold
    from kg.export import dumps
    from kg.link import Linker

    try:
        records = load_gold(gold)
        result = load_documents(corpus)
        articles = {(a.source, a.index): a for a in result.articles}
        linker = Linker()
        entity_records = [r for r in records if "entities" in r]
        fact_records = [r for r in records if "facts" in r]
        evaluation = evaluate(entity_records, articles, linker.link_article)
        if fact_records:
            from kg.evaluate import evaluate_relations
            from kg.relations import extract_facts

            relations = evaluate_relations(fact_records, articles, lambda a: extract_facts(a, linker)[1])
            evaluation = relations if not entity_records else _merged(evaluation, relations)
    except KgError as exc:
        raise click.ClickException(str(exc)) from exc
    if fmt == "json":
        click.echo(dumps(evaluation.as_dict()))
        return
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


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--out", "out", type=click.Path(path_type=Path), default=Path("exports"), show_default=True, help="Folder the exports are written to.")
@JOBS_OPTION
@NO_CACHE_OPTION
@SCHEDULER_OPTION
def build(paths: tuple[Path, ...], out: Path, jobs: int | None, no_cache: bool, scheduler: str | None) -> None:
    """Build every export from newsletter files or folders (default: the bundled corpus)."""
    run_build(paths, out, jobs, not no_cache, scheduler)


def run_build(paths, out: Path, jobs: int | None = None, cache: bool = True, scheduler: str | None = None) -> None:
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

        result = build_exports(paths or None, out, progress, track, jobs=jobs or os.cpu_count() or 1, cache=cache, scheduler=scheduler)
    except KgError as exc:
        raise click.ClickException(str(exc)) from exc
    _report_errors(result.errors)
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
