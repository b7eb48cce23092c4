"""Regular expressions built from lists of words."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from re import _constants as _sre  # type: ignore[attr-defined]  # the parser's node kinds (sre_constants)
from re import _parser as _sre_parser  # type: ignore[attr-defined]

__all__ = ["matches_from", "required_words", "word_alternation"]


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


_FINITE_LIMIT = 64  # the most strings a part of a pattern is spelled out as (past that, its parts are taken one by one)


def required_words(pattern: re.Pattern[str], *, last: bool = True) -> frozenset[str]:
    """Words one of which every match of ``pattern`` holds, read from the pattern itself: a cheap search
    for them can tell where the pattern cannot match (see ``_NOT_BACKED_WORD`` in kg/relations/backs.py),
    and, derived rather than copied, they follow the pattern when it changes.

    Where a pattern requires several groups of words one after another (…(?:行业|领域)…(?:应用|融合)),
    the group whose shortest word is longest is taken; between equals, the ``last`` one (else the first):
    a pattern read away from an industry (…等领域的应用 after it, 与…的 before it) names what it is about
    farthest from the industry, its nearer words (等, 的, 行业) are common. Lookarounds count for nothing
    (they hold no text of the match). Raises ``ValueError`` where a match can hold no word: a pattern
    with no fixed word at all, or one whose letters' case is ignored.

    >>> sorted(required_words(re.compile(r"等?(?:行业|领域)[^，]{0,2}(?:应用|融合)")))
    ['应用', '融合']
    >>> sorted(required_words(re.compile(r"(?:产业)?集群(?:名单|榜单)")))
    ['集群名单', '集群榜单']
    """
    if pattern.flags & re.IGNORECASE:
        raise ValueError(f"{pattern.pattern!r} ignores case: its words are not fixed")
    words = _required(_sre_parser.parse(pattern.pattern, pattern.flags), last)
    if words is None:
        raise ValueError(f"{pattern.pattern!r} can match without any fixed word")
    return words


def _required(items, last: bool) -> frozenset[str] | None:
    """Words one of which every match of the sequence ``items`` holds (None: none is required)."""
    candidates = []  # (position, words)
    finite = [_finite(op, av) for op, av in items]
    for i in range(len(items)):
        strings: set[str] | None = {""}
        for j in range(i, len(items)):  # the runs of spelt-out parts from i: the words they make together
            if strings is None or finite[j] is None:
                break
            strings = {a + b for a in strings for b in finite[j]}
            if len(strings) > _FINITE_LIMIT:
                break
            if "" not in strings:
                candidates.append(((i, j), _shortest(strings)))
        if finite[i] is None and (words := _required_item(*items[i], last)) is not None:
            candidates.append(((i, i), words))
    if not candidates:
        return None
    return max(candidates, key=lambda c: (min(map(len, c[1])), c[0] if last else (-c[0][0], -c[0][1])))[1]


def _required_item(op, av, last: bool) -> frozenset[str] | None:
    if op is _sre.SUBPATTERN:
        return None if av[1] & re.IGNORECASE else _required(av[3], last)  # ((?i:…) spells no fixed word)
    if op is _sre.ATOMIC_GROUP:
        return _required(av, last)
    if op is _sre.BRANCH:  # every alternative must require a word
        words: set[str] = set()
        for alternative in av[1]:
            if (required := _required(alternative, last)) is None:
                return None
            words |= required
        return _shortest(words)
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT) and av[0] >= 1:
        return _required(av[2], last)
    return None


def _finite(op, av) -> set[str] | None:
    """The strings a part of a pattern matches, where they are few; else None."""
    if op is _sre.LITERAL:
        return {chr(av)}
    if op is _sre.IN:
        if all(kind is _sre.LITERAL for kind, _ in av) and len(av) <= _FINITE_LIMIT:
            return {chr(code) for _, code in av}
        return None
    if op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
        return {""}  # an anchor or a lookaround: no text of the match
    if op is _sre.SUBPATTERN:
        return None if av[1] & re.IGNORECASE else _finite_sequence(av[3])
    if op is _sre.BRANCH:
        strings: set[str] = set()
        for alternative in av[1]:
            if (more := _finite_sequence(alternative)) is None:
                return None
            strings |= more
        return strings if len(strings) <= _FINITE_LIMIT else None
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT) and av[1] <= 1:
        body = _finite_sequence(av[2])
        return None if body is None else body | {""} if av[0] == 0 else body
    return None


def _finite_sequence(items) -> set[str] | None:
    strings = {""}
    for op, av in items:
        if (part := _finite(op, av)) is None:
            return None
        strings = {a + b for a in strings for b in part}
        if len(strings) > _FINITE_LIMIT:
            return None
    return strings


def _shortest(words: Iterable[str]) -> frozenset[str]:
    """``words`` less those holding another of them (holding 下游, 上下游 needs no search of its own)."""
    words = set(words)
    return frozenset(w for w in words if not any(other != w and other in w for other in words))
