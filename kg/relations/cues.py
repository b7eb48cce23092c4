"""The cue words of the relation rules (``kg/data/relations/cues.tsv``), compiled once per relation and role."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from kg.kb import read_table
from kg.patterns import word_alternation

__all__ = ["CUES", "_cue_re", "_not_issuers", "prepare"]


CUES = Path(__file__).parent.parent / "data" / "relations" / "cues.tsv"


@lru_cache(maxsize=1)
def _cues() -> dict[tuple[str, str], tuple[str, ...]]:
    table: dict[tuple[str, str], list[str]] = {}
    for row in read_table(CUES):
        table.setdefault((row["relation"], row["role"]), []).append(row["word"])
    # Longest first, so 若干措施 is found before 措施.
    return {key: tuple(sorted(words, key=len, reverse=True)) for key, words in table.items()}


@lru_cache(maxsize=1)
def _not_issuers() -> frozenset[str]:
    """The functions of bodies that announce documents without issuing them (news_office)."""
    return frozenset(_cues().get(("issues", "not_issuer"), ()))


@lru_cache(maxsize=None)  # (one entry per relation and role of the table: the rules ask thousands of times an article)
def _cue_re(relation: str, role: str = "cue") -> re.Pattern[str]:
    return _cue_patterns()[(relation, role)]


def prepare() -> None:
    """Read the cue tables and compile their patterns now (a build does it before forking its workers)."""
    _cue_patterns()


@lru_cache(maxsize=1)
def _cue_patterns() -> dict[tuple[str, str], re.Pattern[str]]:
    return {key: re.compile(word_alternation(words)) for key, words in _cues().items()}
