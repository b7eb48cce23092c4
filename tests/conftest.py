"""Shared fixtures and checks: the bundled corpus, segmented once per session."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg import BUNDLED_CORPUS
from kg.ingest import read_source
from kg.segment import segment
from kg.types import Document

TESTS = Path(__file__).parent
GOLDEN = TESTS / "golden"
CORPUS_FILES = sorted(BUNDLED_CORPUS.glob("*.txt"))


@pytest.fixture(scope="session")
def bundled_build(tmp_path_factory):
    """One full build of the bundled corpus for the whole session: (result, exports folder)."""
    from kg.build import build

    out = tmp_path_factory.mktemp("exports")
    return build(out=out), out


@pytest.fixture(scope="session")
def triples(bundled_build) -> int:
    """The triples of the bundled build's graph.nt, counted without kg: one a non-blank line."""
    with (bundled_build[1] / "graph.nt").open("rb") as stream:
        return sum(1 for line in stream if line.strip())


@pytest.fixture(scope="session")
def corpus_documents() -> dict[str, Document]:
    return {path.name: segment(read_source(path)) for path in CORPUS_FILES}


def owners(doc: Document) -> list[str | None]:
    """For every character of the source: which article or furniture owns it.

    Fails on any overlap between two owners.
    """
    text = doc.source.text
    owner: list[str | None] = [None] * len(text)
    spans = [(s, e, f"article {a.index}") for a in doc.articles for s, e in a.spans]
    spans += [(f.start, f.end, f.kind) for f in doc.furniture]
    for start, end, who in spans:
        assert 0 <= start < end <= len(text), (who, start, end)
        for k in range(start, end):
            assert owner[k] is None, f"{doc.source.name}: offset {k} ({text[k]!r}) is in {owner[k]} and in {who}"
            owner[k] = who
    return owner


def assert_nothing_lost(doc: Document) -> None:
    """Every non-blank character is in exactly one article or one piece of furniture."""
    owner = owners(doc)
    text = doc.source.text
    lost = [k for k, char in enumerate(text) if not char.isspace() and owner[k] is None]
    assert not lost, f"{doc.source.name}: {len(lost)} characters in nothing, first at {lost[0]}: {text[lost[0]:lost[0] + 30]!r}"
