"""The whole pipeline as one function, used by ``kg build`` and ``build_graph.py``.

Today: files → articles, written to ``articles.jsonl`` with a ``summary.txt``.
Later stages (linking, relations, graph, RDF) plug in here.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from kg import BUNDLED_CORPUS
from kg.errors import InputError
from kg.export import article_record, atomic_write, jsonl
from kg.ingest import discover, read_source
from kg.segment import segment
from kg.types import Article, Document

__all__ = ["BuildResult", "load_documents", "build", "summary_text"]

DEFAULT_EXPORTS = Path("exports")


@dataclass
class BuildResult:
    documents: list[Document] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)
    outputs: list[Path] = field(default_factory=list)

    @property
    def articles(self) -> list[Article]:
        return [a for d in self.documents for a in d.articles]


def load_documents(
    paths: Iterable[str | Path] | None = None,
    progress: Callable[[Path], None] | None = None,
) -> BuildResult:
    """Read and segment every file under ``paths`` (default: the bundled corpus).

    A file that cannot be read is recorded in ``errors``; the others go on.
    """
    files, errors = discover(list(paths) if paths else [BUNDLED_CORPUS])
    result = BuildResult(errors=errors)
    for path in files:
        if progress:
            progress(path)
        try:
            result.documents.append(segment(read_source(path)))
        except InputError as exc:
            result.errors.append(exc)
    result.documents.sort(key=lambda d: (d.source.name, str(d.source.path)))
    return result


def build(
    paths: Sequence[str | Path] | None = None,
    out: str | Path = DEFAULT_EXPORTS,
    progress: Callable[[Path], None] | None = None,
) -> BuildResult:
    """Build every export from ``paths`` into ``out``; returns what was done."""
    result = load_documents(paths, progress)
    out = Path(out)
    if result.documents:
        records = (article_record(a) for a in result.articles)
        result.outputs.append(atomic_write(out / "articles.jsonl", jsonl(records)))
        result.outputs.append(atomic_write(out / "summary.txt", summary_text(result)))
    return result


def summary_text(result: BuildResult) -> str:
    """A short human-readable account of a build (stable: no times, no paths)."""
    lines = ["kg build summary", ""]
    lines.append(f"files read: {len(result.documents)}    articles: {len(result.articles)}")
    lines.append("")
    lines.append("articles per file:")
    for doc in result.documents:
        name = doc.newsletter.name or "?"
        issue = f" {doc.newsletter.year}年第{doc.newsletter.issue}期" if doc.newsletter.issue else ""
        lines.append(f"  {doc.source.name}  {len(doc.articles):4d}  ({doc.layout}; {name}{issue})")
    sections = Counter(a.section or "—" for a in result.articles)
    lines.append("")
    lines.append("articles per section:")
    for section, count in sorted(sections.items(), key=lambda kv: (-kv[1], kv[0])):
        lines.append(f"  {section}  {count}")
    if result.errors:
        lines.append("")
        lines.append("files not read:")
        lines.extend(f"  {Path(e.path).name}: {e.problem}" for e in result.errors)
    return "\n".join(lines) + "\n"
