"""Candidate generation: one Aho–Corasick scan over every name of the knowledge base, and
jieba's words, consulted only where a word boundary decides something.

A candidate is a written form at a place in a unit with everything the form can mean
(worked out once per form: a form occurs thousands of times). Whether it is a mention is
decided later (:mod:`kg.link.regions` and the other finders).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache
from math import log
from pathlib import Path

from kg.kb import REGION_TYPES, KnowledgeBase
from kg.link.units import Unit

__all__ = ["CJK", "Meaning", "Candidate", "Scanner", "Words", "inside_word", "jieba_cut"]

CJK = re.compile(r"[\u3400-\u9fff]")  # a Chinese character
CONJUNCTIONS = "和及与同暨"  # characters that join two words (旅游和康养: 和 + 康养, not 和康县)


@dataclass(frozen=True)
class Meaning:
    """What a written form can mean."""

    ids: tuple[tuple[str, str], ...]  # (entity id, alias kind)
    kinds: frozenset[str]
    types: frozenset[str]  # the entity types among ids
    regions: tuple[tuple[str, str], ...]  # the ids that are regions, in order
    others: tuple[tuple[str, str], ...]  # the ids that are not
    region_ids: tuple[str, ...]


def _meaning(kb: KnowledgeBase, form: str) -> Meaning:
    ids = tuple(sorted(kb.aliases[form]))
    types = {i: kb.by_id[i].type for i, _ in ids}
    regions = tuple((i, k) for i, k in ids if types[i] in REGION_TYPES)
    return Meaning(
        ids=ids,
        kinds=frozenset(k for _, k in ids),
        types=frozenset(types.values()),
        regions=regions,
        others=tuple((i, k) for i, k in ids if types[i] not in REGION_TYPES),
        region_ids=tuple(i for i, _ in regions),
    )


@dataclass(slots=True)
class Candidate:
    """A known form found at ``units[unit].text[start:end]``."""

    unit: int
    start: int
    end: int
    form: str
    meaning: Meaning
    covered: bool = False  # strictly inside a longer candidate (上海 inside 上海市)


#: Ends the keys that only order the automaton's nodes (see :class:`Scanner`): no character of a
#: scanned text, which is read as Latin-1 characters, is above U+00FF.
_NEVER = "\u0100"
_PUNCTUATION = "，。、；：“”‘’（）《》！？【】—…· \u3000\n\t0123456789%.-"
# A character beyond the Basic Multilingual Plane (two UTF-16 code units; see Scanner._code_units).
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


class Scanner:
    """Finds every known form in a text with one Aho–Corasick automaton.

    pyahocorasick finds a node's child by a linear search of its children in the order they were
    added, and the scan is back at the root at most characters of a text: with thousands of
    characters under the root, a character cost hundreds of comparisons. So the automaton reads
    each character as its two UTF-16 bytes (two Latin-1 characters): under the root at most 256
    first bytes (the CJK characters share some 80), under each of those at most 256 second bytes,
    both in the order of ``common`` (characters, most frequent first), which are added first on the
    way to keys ending in :data:`_NEVER` (no name ends at them). A form is found where its bytes
    are, at an even offset (a match starting at a character's second byte is no form's); what the
    scan finds, and the order it finds it in, is the same as a scan of the characters: a third of
    the time.
    """

    def __init__(self, kb: KnowledgeBase, common: Sequence[str] = ()) -> None:
        import ahocorasick

        forms = [form for form in kb.aliases if len(form) >= 1]
        # Characters beyond the BMP, rare in names and texts alike, are read as one private-use character
        # each: those of the names as characters of their own, any other as one no name holds.
        used = {char for form in forms for char in form}
        free = (chr(c) for c in range(0xE000, 0xF900) if chr(c) not in used)
        self._astral = {char: next(free) for char in sorted({m[0] for form in forms for m in _ASTRAL.finditer(form)})}
        self._other = next(free)
        automaton = ahocorasick.Automaton()
        for char in dict.fromkeys([*_PUNCTUATION, *common]):
            automaton.add_word(self._code_units(char) + _NEVER, None)
        for form in forms:
            automaton.add_word(self._code_units(form), (form, _meaning(kb, form)))
        automaton.make_automaton()
        self._automaton = automaton

    def _code_units(self, text: str) -> str:
        """``text`` as the bytes of its UTF-16 code units, each a Latin-1 character: two per character
        of ``text``, so character ``i`` ends at ``2 * i + 1``."""
        data = text.encode("utf-16-be", "surrogatepass")
        if len(data) != 2 * len(text):  # a character beyond the BMP (see __init__)
            data = _ASTRAL.sub(lambda m: self._astral.get(m[0], self._other), text).encode("utf-16-be", "surrogatepass")
        return data.decode("latin-1")

    def iter(self, text: str) -> Iterator[tuple[int, tuple[str, Meaning]]]:
        """``(index of the last character, (form, meaning))`` for every form in ``text``, by that index,
        the longest first at each."""
        return ((end >> 1, hit) for end, hit in self._automaton.iter(self._code_units(text)) if end & 1 and hit is not None)

    def scan(self, units: Sequence[Unit]) -> list[Candidate]:
        """Every candidate of every unit, by unit, start, then longest first (:meth:`Linker.locate_units`
        relies on it), each marked ``covered`` when inside a longer one."""
        cands = []
        for u, unit in enumerate(units):
            # Sorted as plain tuples (start, then longest first; a form is found once at a place), and a
            # candidate made only then: a key function per hit cost as much as the scan itself.
            # (self.iter written out: one generator step per hit, not two)
            found = sorted((((end >> 1) + 1 - len(hit[0]), -1 - (end >> 1), hit) for end, hit in self._automaton.iter(self._code_units(unit.text))
                            if end & 1 and hit is not None))
            reach = -1
            for start, negative_end, (form, meaning) in found:
                end = -negative_end
                cands.append(Candidate(u, start, end, form, meaning, end <= reach))
                if end > reach:
                    reach = end
        return cands


@lru_cache(maxsize=1)
def jieba_dictionary() -> str:
    """The text of jieba's own dictionary (``word count tag`` per line), read once: the word classes
    the linker's rules consult (adverbs, place names, common nouns…) are filtered from it."""
    import jieba

    return Path(jieba.__file__).with_name("dict.txt").read_text(encoding="utf-8")


class Words:
    """jieba, knowing every name of the knowledge base, run only on short windows where it decides."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self._cuts: dict[str, tuple[str, ...]] = {}
        self._boundaries: dict[tuple[str, int, int], bool] = {}  # see on_word_boundary
        self._frequency: dict[str, int] = {}

    def frequency(self, word: str) -> int:
        """How often jieba's own dictionary counts a name of the knowledge base (0: not a word it
        knows), before the names were added to it: word statistics from general text."""
        _ = self.tokenizer  # loading it takes the counts
        return self._frequency.get(word, 0)

    @cached_property
    def tokenizer(self):
        """A private jieba tokenizer with every name of two characters or more added."""
        import logging

        import jieba

        jieba.setLogLevel(logging.WARNING)
        tokenizer = jieba.Tokenizer()
        tokenizer.initialize()
        self._frequency = {form: tokenizer.FREQ.get(form) or 0 for form in self.kb.aliases}
        for form in self.kb.aliases:
            if len(form) >= 2:
                tokenizer.add_word(form, freq=None)
        return tokenizer

    def prepare(self) -> None:
        """Build now the tables otherwise built on first use (jieba, the pairs of characters inside its words)."""
        _ = self.tokenizer, self._followers

    def common_characters(self, n: int = 1000) -> list[str]:
        """The ``n`` characters most frequent in general text, most frequent first: each counted by
        the counts of jieba's words that hold it (the words counted 100 or more, which decide
        the order; all of them took five times longer)."""
        counts: dict[str, int] = {}
        for word, count in self.tokenizer.FREQ.items():
            if count >= 100:
                for char in word:
                    counts[char] = counts.get(char, 0) + count
        return sorted(counts, key=lambda char: (-counts[char], char))[:n]

    def cut(self, text: str) -> tuple[str, ...]:
        """jieba's words of a short window, remembered: the same window is often cut twice
        (a boundary check, then the word around a short name) and phrases recur across articles."""
        words = self._cuts.get(text)
        if words is None:
            if len(self._cuts) >= 50_000:
                self._cuts.clear()
            words = self._cuts[text] = jieba_cut(self.tokenizer, text)
        return words

    def on_word_boundary(self, text: str, start: int, end: int) -> bool:
        """Does jieba cut the text at both ends of ``text[start:end]``?

        Fast path: when no dictionary word crosses either end, jieba cannot cut there
        wrongly, so it is not run (most mentions); otherwise segment a window around it.
        The answer depends on the 8 characters either side only (the window; the words
        crossing an end are shorter), so it is remembered by them: phrases recur.
        """
        if not self.crossed(text, start, end):
            return True  # (cheaper to ask than to look up)
        left = max(0, start - 8)
        key = (text[left : end + 8], start - left, end - left)
        found = self._boundaries.get(key)
        if found is None:
            if len(self._boundaries) >= 50_000:
                self._boundaries.clear()
            cuts = self._cuts_near(text, start, end)
            found = self._boundaries[key] = start in cuts and end in cuts
        return found

    def starts_word(self, text: str, start: int) -> bool:
        """Does jieba cut the text at ``start`` (is the character before not part of the same word)?"""
        if not self._crossed_at(text, start):
            return True
        return start in self._cuts_near(text, start, start + 1)

    def _cuts_near(self, text: str, start: int, end: int) -> set[int]:
        """Where jieba cuts a window of 8 characters either side of ``text[start:end]``."""
        left = max(0, start - 8)
        cuts = {left}
        pos = left
        for token in self.cut(text[left : min(len(text), end + 8)]):
            pos += len(token)
            cuts.add(pos)
        return cuts

    def crossed(self, text: str, start: int, end: int) -> bool:
        """Is there a dictionary word that starts before an end of the span and finishes after it?

        jieba's dictionary also holds every prefix of its words (with frequency 0), so once
        ``text[i:k]`` is not in it, no longer piece from ``i`` is a word either.
        """
        return self._crossed_at(text, start) or self._crossed_at(text, end)

    @cached_property
    def _followers(self) -> dict[str, str]:
        """Each character of jieba's dictionary → the characters that follow it inside one of its
        words (a word crossing a place holds the two characters around it, in this order)."""
        pairs: dict[str, set[str]] = {}
        for word in self.tokenizer.FREQ:
            for a, b in zip(word, word[1:]):
                pairs.setdefault(a, set()).add(b)
        return {a: "".join(sorted(after)) for a, after in pairs.items()}

    def _crossed_at(self, text: str, edge: int) -> bool:
        if edge >= len(text) or edge == 0 or text[edge] not in self._followers.get(text[edge - 1], ""):
            return False  # (most places: no word of the dictionary holds the two characters around it)
        get = self.tokenizer.FREQ.get
        last = len(text) + 1
        for i in range(max(0, edge - 4), edge):
            for k in range(edge + 1, last if i + 9 > last else i + 9):
                found = get(text[i:k])
                if found is None:
                    break
                if found:
                    return True
        return False

    def word_at(self, text: str, start: int, end: int) -> tuple[int, str] | None:
        """The jieba word holding ``text[start]``, cut from a window around ``text[start:end]``:
        (its start, the word)."""
        left = max(0, start - 8)
        pos = left
        for token in self.cut(text[left : end + 8]):
            if pos <= start < pos + len(token):
                return pos, token
            pos += len(token)
        return None


def jieba_cut(tokenizer, text: str) -> tuple[str, ...]:
    """``tuple(tokenizer.cut(text, HMM=False))``: jieba's own algorithm (the most probable path through the
    words of its dictionary; single letters and digits joined again; what is no word character cut one
    by one), without its generators and the graph of words it builds before walking it. The linker cuts
    hundreds of short windows an article, and jieba's bookkeeping cost as much as the cutting."""
    import jieba

    words: list[str] = []
    for block in jieba.re_han_default.split(text):
        if not block:
            continue
        if jieba.re_han_default.match(block):
            _cut_block(tokenizer, block, words)
            continue
        for piece in jieba.re_skip_default.split(block):
            if jieba.re_skip_default.match(piece):
                words.append(piece)
            else:
                words.extend(piece)  # one character at a time
    return tuple(words)


def _cut_block(tokenizer, block: str, words: list[str]) -> None:
    """jieba's ``__cut_DAG_NO_HMM`` of one block of word characters, appended to ``words``."""
    import jieba

    freq = tokenizer.FREQ
    logtotal = log(tokenizer.total)
    n = len(block)
    route: list[tuple[float, int]] = [(0, 0)] * (n + 1)  # from each place: (log probability of the rest, end of its first word)
    for k in range(n - 1, -1, -1):
        # jieba's max over (probability, end): the ends come in increasing order, so an end as probable as
        # the best so far takes its place (kept apart, not as tuples made and compared at every end)
        best, best_end = None, k
        i, frag = k, block[k]
        while i < n and (count := freq.get(frag)) is not None:  # the dictionary holds every prefix of its words (counted 0)
            if count:
                probability = log(count) - logtotal + route[i + 1][0]
                if best is None or probability >= best:
                    best, best_end = probability, i
            i += 1
            frag = block[k : i + 1]
        route[k] = (best, best_end) if best is not None else (log(freq.get(block[k]) or 1) - logtotal + route[k + 1][0], k)
    x, run = 0, ""  # run: single letters and digits, joined
    while x < n:
        y = route[x][1] + 1
        word = block[x:y]
        if y - x == 1 and jieba.re_eng.match(word):
            run += word
        else:
            if run:
                words.append(run)
                run = ""
            words.append(word)
        x = y
    if run:
        words.append(run)


def inside_word(text: str, cand: Candidate) -> bool:
    """A label glued inside a longer run of Latin letters or digits (5G in 15G)."""
    if not (cand.form[0].isascii() or cand.form[-1].isascii()):
        return False  # (most labels: no Latin or digit end to be glued by)
    before = text[cand.start - 1 : cand.start]
    after = text[cand.end : cand.end + 1]
    # Only a label's own Latin or digit end can be glued: 加氢站30座 and 3D打印 stand as words.
    glued_before = text[cand.start : cand.start + 1].isascii() and before.isascii() and before.isalnum()
    glued_after = text[cand.end - 1 : cand.end].isascii() and after.isascii() and after.isalnum()
    return bool(before and glued_before) or bool(after and glued_after)
