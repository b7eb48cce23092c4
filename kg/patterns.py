"""Regular expressions built from lists of words."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

__all__ = ["matches_from", "word_alternation"]


def word_alternation(words: Iterable[str]) -> str:
    """A regex matching any of ``words``, the longest first where several match at a place: the same
    matches as ``"|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))``, written as the
    trie of the words (改(?:革|造)) so that the engine, at each character, follows the one branch that
    character opens instead of trying every word in turn."""
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}  # a word ends here
    return _branches(trie)


def _branches(node: dict) -> str:
    ends = "" in node
    alternatives = [re.escape(char) + _branches(child) for char, child in sorted(node.items()) if char]
    if not alternatives:
        return ""
    body = alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"
    return f"(?:{body})?" if ends else body


def matches_from(pattern: re.Pattern[str], opens: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for a pattern with no lookbehind or anchor whose every match opens with a
    character ``opens`` (one character class) finds, tried only where such a character is: a pattern that
    opens with an optional word gives the engine nothing to skip ahead by, so it is tried at every character."""
    pos = 0
    while (opening := opens.search(text, pos)) is not None:
        found = pattern.match(text, opening.start())
        if found is None:
            pos = opening.start() + 1
            continue
        yield found
        pos = found.end() if found.end() > found.start() else found.end() + 1
