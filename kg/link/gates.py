"""Whether any of several patterns can match at a place, answered by one search for the words they need.

The linker asks a chain of patterns at the end of every name (厦门 + 火炬高新区, 山东 + 高速集团, 汽车 + 客运站 …), each
a regex call of thousands of instructions, and at most places none of them can match: the words every match of
theirs holds (:func:`kg.patterns.required_words`, read from the patterns themselves, so they follow them when they
change) stand nowhere within the reach of their longest match. :class:`WordsAfter` looks for those words there
once; a match starting at the place is a piece of that reach and holds one of them, so where none stands, none of
the patterns matches and none need be asked.
"""

from __future__ import annotations

import re
from re import _parser  # type: ignore[attr-defined]  # the parser's widths (sre_parse)

from kg.patterns import required_words, word_alternation

__all__ = ["WordsAfter"]


class WordsAfter:
    """The required words of ``patterns`` and the reach of their longest match: :meth:`may_match` is False where
    none of the patterns can match. A pattern reaching far (a list of any length before its word) is looked for on
    its own, so that the others' words are searched for only in their own, short reach."""

    __slots__ = ("_near", "_far")

    def __init__(self, *patterns: re.Pattern[str]) -> None:
        reach = {p: _parser.parse(p.pattern, p.flags).getwidth()[1] for p in patterns}
        near = [p for p in patterns if reach[p] <= _NEAR]
        self._near = _words(near) if near else None
        self._far = tuple((_words([p])[0], reach[p]) for p in patterns if reach[p] > _NEAR)

    def may_match(self, text: str, pos: int) -> bool:
        """Does one of the words stand within the reach of ``pos`` (else no pattern matches at ``pos``)?

        >>> WordsAfter(re.compile(r"[^，]{0,3}?(?:集团|公司)")).may_match("山东高速集团", 2)
        True
        >>> WordsAfter(re.compile(r"[^，]{0,3}?(?:集团|公司)")).may_match("山东高速发展，集团", 2)
        False
        """
        near = self._near
        if near is not None and near[0].search(text, pos, pos + near[1]) is not None:
            return True
        return any(words.search(text, pos, pos + reach) is not None for words, reach in self._far)


_NEAR = 32  # characters: the patterns reaching no further are looked for together


def _words(patterns: list[re.Pattern[str]]) -> tuple[re.Pattern[str], int]:
    """The words one of which every match of one of ``patterns`` holds, as one pattern, and their longest match."""
    words = frozenset().union(*(required_words(p) for p in patterns))
    return re.compile(word_alternation(words)), max(_parser.parse(p.pattern, p.flags).getwidth()[1] for p in patterns)
