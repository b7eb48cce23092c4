"""The SPARQL 1.1 Protocol at ``/sparql``: a query in, results as JSON, CSV or TSV out; read-only.

A query comes as ``query`` (GET parameter or POST form field) or as the body of a POST
of type ``application/sparql-query``. An update (``update`` field, or a body of type
``application/sparql-update``) is refused with 403 before anything is parsed; an update
sent as ``query`` is refused by :func:`kg.sparql.run_query`, which also refuses SERVICE
and runs the query in a worker under a time limit. The result format is chosen by the
``format`` parameter (json, csv, tsv) or the Accept header.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from pathlib import Path

from kg.errors import KgError

__all__ = ["Refused", "FORMATS", "parse_request", "answer", "format_for"]

#: format name → media type
FORMATS = {
    "json": "application/sparql-results+json",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
}


class Refused(KgError):
    """A request the endpoint does not answer; ``status`` is the HTTP status to send."""

    def __init__(self, message: str, status: int = 400) -> None:
        super().__init__(message)
        self.status = status


@dataclass(frozen=True)
class Request:
    query: str
    format: str


def parse_request(method: str, args: dict, form: dict, content_type: str, body: bytes, accept: str) -> Request:
    """The query and the wanted format of a protocol request, or :class:`Refused`."""
    kind = (content_type or "").split(";")[0].strip().lower()
    if "update" in args or "update" in form or kind == "application/sparql-update":
        raise Refused("this endpoint is read-only: SPARQL updates are not accepted", 403)
    if method == "POST" and kind == "application/sparql-query":
        try:
            query = body.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise Refused(f"the query is not UTF-8 ({exc})") from exc
    else:
        query = form.get("query") if method == "POST" else args.get("query")
    if not query or not query.strip():
        raise Refused("no query: send one as the 'query' parameter, or POST it as application/sparql-query")
    return Request(query, format_for(args.get("format") or form.get("format"), accept))


def format_for(name: str | None, accept: str) -> str:
    """The result format: ``name`` (json, csv, tsv) if given, else the first the Accept header prefers."""
    if name:
        if name not in FORMATS:
            raise Refused(f"unknown format {name!r}; formats: {', '.join(FORMATS)}", 406)
        return name
    for part in (accept or "").split(","):
        media = part.split(";")[0].strip().lower()
        for fmt, mimetype in FORMATS.items():
            if media == mimetype or (fmt == "json" and media == "application/json"):
                return fmt
    return "json"


def answer(store: Path, request: Request, timeout: float) -> tuple[str, str]:
    """Run the query on the store (read-only, no SERVICE, at most ``timeout`` seconds): ``(body, media type)``."""
    from kg.sandbox import Limits
    from kg.sparql import run_query

    results = run_query(store, request.query, limits=Limits(timeout=timeout))
    if request.format == "json":
        return results.json(), FORMATS["json"]
    if results.boolean is not None:
        return ("true" if results.boolean else "false") + "\n", "text/plain"
    out = io.StringIO()
    if request.format == "csv":
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(results.variables)
        writer.writerows(results.values())
    else:
        out.write("\t".join("?" + v for v in results.variables) + "\n")
        for row in results.rows:
            out.write("\t".join(_tsv_term(row.get(v)) for v in results.variables) + "\n")
    return out.getvalue(), FORMATS[request.format]


def _tsv_term(binding: dict | None) -> str:
    """A term as SPARQL 1.1 TSV writes it: IRIs in <>, literals quoted and escaped, with language or datatype."""
    if binding is None:
        return ""
    value = binding["value"]
    if binding["type"] == "uri":
        return f"<{value}>"
    if binding["type"] == "bnode":
        return f"_:{value}"
    text = json.dumps(value, ensure_ascii=False)  # quotes, backslashes, tabs and newlines escaped
    if binding.get("xml:lang"):
        return f"{text}@{binding['xml:lang']}"
    if binding.get("datatype"):
        return f"{text}^^<{binding['datatype']}>"
    return text
