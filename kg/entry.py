"""The ``kg`` console script (and ``python -m kg``): ``kg sparql`` on the local store without click.

A cold ``kg sparql NAME`` is mostly start-up: the interpreter, then click (about 30 ms
here) and the command's imports, while the query itself takes a few ms. So :func:`main`
reads a ``kg sparql`` command line itself when it only uses the options a local query
takes (QUERY, --param, --store, --graph, --format, --timeout, --max-rows, --max-memory,
--min-confidence, --allow-service), each value one click would take unchanged; it then
does what :func:`kg.cli.sparql` does, with the same functions (:func:`sparql_text`,
:func:`format_results`), messages and exit codes. Anything else — another command,
--help, --list, --endpoint, a value click would convert or refuse, a usage error found
on the way — goes to :mod:`kg.cli`, which reads the whole command line again, so
click's own messages and help stay the only ones.
"""

from __future__ import annotations

import contextlib
import os
import re
import sys
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path

__all__ = ["main", "SparqlUsage", "sparql_text", "format_results", "table", "cell_width", "warnings_on_stderr"]


def main(argv: list[str] | None = None) -> int | None:
    """Run the ``kg`` command line ``argv`` (default ``sys.argv[1:]``); the exit status."""
    args = sys.argv[1:] if argv is None else list(argv)
    if args[:1] == ["sparql"] and _plain_streams() and not any(key.endswith("_COMPLETE") for key in os.environ):
        options = _local_query_options(args[1:])
        if options is not None:
            status = _fast_sparql(options)
            if status is not None:
                return status
    from kg.cli import main as command_line

    return command_line(args=argv, prog_name="kg")  # "kg", also under python -m kg


class SparqlUsage(Exception):
    """A ``kg sparql`` command line that cannot be run as given: kg.cli says it as a usage error (exit 2)."""


def sparql_text(query: str, params: tuple[str, ...] | list[str], min_confidence: float, graph_path: Path | None) -> tuple[str, dict]:
    """The SPARQL text ``kg sparql QUERY`` runs and its bindings: a canned query's (its parameters
    resolved: entities by name in the graph at ``graph_path``), a .rq file's, or QUERY itself.

    Raises :class:`SparqlUsage` for parameters missing, unknown or not of their kind, and
    :class:`~kg.errors.KgError` for an unknown canned query, a name no entity answers to,
    a query file that cannot be read.
    """
    from kg.sparql import canned_query

    if re.fullmatch(r"[A-Za-z_][\w-]*", query):  # a bare name: no SPARQL query is one word
        spec = canned_query(query)
        given = dict(_split_param(p) for p in params)
        for name, kind in spec.params:  # a confidence threshold has its own option (and a default)
            if kind == "confidence":
                given.setdefault(name, str(min_confidence))
        missing = [p for p, _ in spec.params if p not in given]
        if missing:
            raise SparqlUsage(f"{query} needs --param {' --param '.join(m + '=…' for m in missing)}")
        unknown = sorted(set(given) - {p for p, _ in spec.params})
        if unknown:
            raise SparqlUsage(f"{query} has no parameter {', '.join(unknown)}; it takes {', '.join(p for p, _ in spec.params)}")
        index = None
        if any(kind == "entity" for _, kind in spec.params):
            from kg.query import open_graph

            index = open_graph(graph_path)
        return spec.text, {name: _param_term(index, given[name], kind) for name, kind in spec.params}
    if query.endswith(".rq"):
        return _read_query_file(Path(query)), {}
    return query, {}


def _split_param(text: str) -> tuple[str, str]:
    name, sep, value = text.partition("=")
    if not sep or not name:
        raise SparqlUsage(f"--param takes NAME=VALUE, not {text!r}")
    return name.strip(), value.strip()


def _param_term(index, value: str, kind: str):
    from kg.namespaces import iri_of_node  # not kg.rdf: a query needs neither rdflib nor networkx

    if kind == "entity":
        return iri_of_node(index.resolve(value))
    if kind == "date":
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            raise SparqlUsage(f"{value!r} is not a date (YYYY-MM-DD)")
        return (value, "http://www.w3.org/2001/XMLSchema#date")
    if kind == "confidence":
        try:
            number = float(value)
        except ValueError:
            number = -1.0
        if not 0 <= number <= 1:
            raise SparqlUsage(f"{value!r} is not a confidence (a number from 0 to 1)")
        return (repr(number), "http://www.w3.org/2001/XMLSchema#double")  # Virtuoso refuses a decimal there (SR128)
    return (value, "http://www.w3.org/2001/XMLSchema#string")


def _read_query_file(path: Path) -> str:
    from kg.errors import InputError

    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(path, "no such query file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(path, f"cannot read this query file ({exc})") from exc


def format_results(results, fmt: str) -> tuple[str, bool]:
    """What ``kg sparql --format FMT`` prints for ``results``, and whether a line break follows it."""
    if fmt == "json":
        return results.json(), True
    if fmt == "csv":
        import csv
        import io

        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(results.variables)
        writer.writerows(results.values())
        return buffer.getvalue(), False
    rows = table([tuple(results.variables)] + [tuple(v) for v in results.cells()])
    return "\n".join(rows) + f"\n{len(results.rows)} rows", True


def cell_width(text: str) -> int:
    """The terminal columns ``text`` takes: two for each East Asian wide or fullwidth character (汉字, ，), one for the others."""
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text)


def table(rows, indent: int = 0, width: int | None = None) -> list[str]:
    """Rows as aligned columns, control characters shown as escapes (:func:`~kg.errors.visible`); with
    ``width``, the widest columns are cut (…) until a line fits it.

    >>> table([("id", "name"), ("440300", "深圳市")])
    ['id      name', '440300  深圳市']
    >>> table([("name",), ("深圳\\u202e市",)])[1]
    '深圳\\\\u202e市'
    """
    from kg.errors import visible

    rows = [[visible(str(cell)) for cell in row] for row in rows]
    widths = [max(cell_width(row[i]) for row in rows) for i in range(len(rows[0]))]
    if width is not None:
        widths = _fitted(widths, width - indent - 2 * (len(widths) - 1))
        rows = [[_cut(cell, widths[i]) for i, cell in enumerate(row)] for row in rows]
    out = []
    for row in rows:
        cells = [cell + " " * (widths[i] - cell_width(cell)) for i, cell in enumerate(row)]
        out.append(" " * indent + "  ".join(cells).rstrip())
    return out


_NARROWEST = 6  # a column is never cut narrower than this (nor than its heading)


def _fitted(widths: list[int], room: int) -> list[int]:
    """Column widths summing to at most ``room``: the widest column loses a column at a time."""
    widths = list(widths)
    while sum(widths) > room:
        widest = max(range(len(widths)), key=lambda i: (widths[i], -i))
        if widths[widest] <= _NARROWEST:
            break  # the terminal is narrower than every column at its narrowest: lines wrap
        widths[widest] -= 1
    return widths


def _cut(text: str, width: int) -> str:
    if cell_width(text) <= width:
        return text
    kept = ""
    for char in text:
        if cell_width(kept + char) > width - 1:  # room for the ellipsis (one column)
            break
        kept += char
    return kept + "…"


@contextlib.contextmanager
def warnings_on_stderr(say: Callable[[str], None]) -> Iterator[None]:
    """kg's warnings as one line each, ``say("warning: …")``, not in Python's warning format."""
    from kg.errors import KgWarning

    with warnings.catch_warnings():
        warnings.simplefilter("always", KgWarning)  # the library warns once per problem itself
        show = warnings.showwarning

        def one_line(message, category, *args, **kwargs):
            if issubclass(category, KgWarning):
                say(f"warning: {message}")
            else:
                show(message, category, *args, **kwargs)

        warnings.showwarning = one_line  # restored by catch_warnings
        yield


# ---------------------------------------------------------------- the fast path


#: The options of ``kg sparql`` a local query reads: name → (key, whether it takes a value).
_OPTIONS = {
    "--param": ("params", True), "--store": ("store", True), "--graph": ("graph", True), "--format": ("fmt", True),
    "--timeout": ("timeout", True), "--max-rows": ("max_rows", True), "--max-memory": ("max_memory", True),
    "--min-confidence": ("min_confidence", True), "--allow-service": ("allow_service", False),
}
_DIGITS = re.compile(r"[0-9]+")
_DECIMAL = re.compile(r"[0-9]+(?:\.[0-9]*)?|\.[0-9]+")


def _local_query_options(args: list[str]) -> dict | None:
    """The options of ``kg sparql ARGS``, converted as click converts them, when they ask for a
    local query and click would take every value as it is; ``None`` otherwise (click decides).

    >>> _local_query_options(["x", "--param=a=b", "--format", "csv"])["fmt"]
    'csv'
    >>> _local_query_options(["x", "--timeout", "1e3"]) is None  # click reads it; we leave it to click
    True
    """
    from kg.confidence import DEFAULT_MIN_CONFIDENCE
    from kg.sandbox import Limits  # kg.sparql imports it anyway; kg.cli states the same defaults (a test holds them equal)

    limits = Limits()
    options: dict = {"query": None, "params": [], "store": None, "graph": None, "fmt": "table", "timeout": float(limits.timeout),
                     "max_rows": limits.max_rows, "max_memory": limits.max_memory, "min_confidence": DEFAULT_MIN_CONFIDENCE,
                     "allow_service": False}
    rest = iter(args)
    for arg in rest:
        if not arg.startswith("-") or arg == "-":
            if options["query"] is not None:
                return None  # an extra argument: click's error
            options["query"] = arg
            continue
        name, equals, value = arg.partition("=")
        if name not in _OPTIONS:
            return None  # --help, --list, --endpoint, "--", a mistyped option …
        key, takes_value = _OPTIONS[name]
        if not takes_value:
            if equals:
                return None
            options[key] = True
            continue
        if not equals:
            value = next(rest, None)
            if value is None or value.startswith("-"):
                return None  # no value, or an option click might take as one
        converted = _converted(key, value)
        if converted is None:
            return None
        if key == "params":
            options["params"].append(converted)
        else:
            options[key] = converted
    return options if options["query"] else None


def _converted(key: str, value: str):
    """``value`` of the option ``key`` as click gives it to the command, or ``None`` where click
    would convert it in a way not repeated here or refuse it."""
    if key == "params":
        return value
    if key in ("store", "graph"):
        if not value or (os.path.exists(value) and not os.access(value, os.R_OK)):
            return None  # click.Path says the path is not readable
        return Path(value)
    if key == "fmt":
        return value if value in ("table", "json", "csv") else None
    if key in ("max_rows", "max_memory"):
        if not _DIGITS.fullmatch(value):
            return None
        number = int(value)
        return number if number >= (1 if key == "max_rows" else 256) else None
    if not _DECIMAL.fullmatch(value):
        return None
    number = float(value)
    if key == "timeout":
        return number if number > 0 else None
    return number if number <= 1 else None  # min_confidence, never negative here


def _plain_streams() -> bool:
    """Are stdout and stderr UTF-8 text streams, which click.echo writes to as they are?"""
    import codecs

    for stream in (sys.stdout, sys.stderr):
        encoding = getattr(stream, "encoding", None)
        if not isinstance(encoding, str) or getattr(stream, "errors", None) is None:
            return False
        try:
            if codecs.lookup(encoding).name != "utf-8":
                return False
        except LookupError:
            return False
    return True


def _echo(text: str, err: bool = False, nl: bool = True) -> None:
    """``click.echo(text, err=err, nl=nl)`` on a UTF-8 stream."""
    if "\x1b" in text:  # click strips ANSI escape sequences when the stream is not a terminal: let it
        import click

        click.echo(text, err=err, nl=nl)
        return
    stream = sys.stderr if err else sys.stdout
    stream.write(text + "\n" if nl else text)
    stream.flush()


def _fast_sparql(options: dict) -> int | None:
    """``kg sparql`` on the local store, as kg.cli runs it; ``None`` when kg.cli must say a usage error."""
    try:
        with warnings_on_stderr(lambda line: _echo(line, err=True)):
            return _local_query(options)
    except KeyboardInterrupt:  # what click does
        _echo("", err=True)
        _echo("Aborted!", err=True)
        return 1
    except BrokenPipeError:  # the reader went away (| head): as click, quiet, exit status 1
        sys.stdout = _Pacified(sys.stdout)
        sys.stderr = _Pacified(sys.stderr)
        return 1


def _local_query(options: dict) -> int | None:
    from kg import DEFAULT_GRAPH_JSON
    from kg.errors import KgError, visible
    from kg.sparql import STORE_DIR, Limits, run_query, start_worker

    store = options["store"] or (options["graph"] or DEFAULT_GRAPH_JSON).parent / STORE_DIR
    limits = Limits(options["timeout"], options["max_memory"], options["max_rows"])
    start_worker(store, limits)  # it opens the store while the parameters are resolved
    try:
        try:
            text, bindings = sparql_text(options["query"], options["params"], options["min_confidence"], options["graph"])
        except SparqlUsage:
            return None
        results = run_query(store, text, bindings, options["allow_service"], limits)
    except KgError as exc:
        _echo(f"Error: {visible(str(exc), lines=True)}", err=True)
        return 1
    output, nl = format_results(results, options["fmt"])
    _echo(output, nl=nl)
    return 0


class _Pacified:
    """A stream whose ``flush`` ignores a broken pipe (as click leaves stdout after one): the
    interpreter's last flush at exit says nothing."""

    def __init__(self, wrapped) -> None:
        self.wrapped = wrapped

    def flush(self) -> None:
        try:
            self.wrapped.flush()
        except BrokenPipeError:
            pass

    def __getattr__(self, name: str):
        return getattr(self.wrapped, name)
