"""The records a headline reading passes around: a headline candidate, an item, a reading of the file.
"""

from __future__ import annotations

from dataclasses import dataclass, field


__all__ = ["Item", "HeadlineReading", "Candidate"]


@dataclass(frozen=True)
class Item:
    """One article of a reading: its headline (line index, and the part of it that is the title), metadata and body lines."""

    title: int | None
    title_range: tuple[int, int] | None  # characters of the headline line that are the title
    meta: tuple[int, ...]
    body: tuple[int, ...]
    section: str | None = None  # the section heading above it
    day: int | None = None  # the line of the day heading above it (11月3日（周一）), which dates it where it states no date


@dataclass
class HeadlineReading:
    """A way to read a file as items, its score and why."""

    layout: str
    score: float
    reasons: list[str] = field(default_factory=list)
    items: list[Item] = field(default_factory=list)
    front: list[int] = field(default_factory=list)  # lines before the first item: masthead, table of contents
    back: list[int] = field(default_factory=list)  # lines after the last item: editors, distribution
    headings: list[int] = field(default_factory=list)  # section headings between items (and the one above the first)
    toc: list[int] = field(default_factory=list)  # front lines that are a table of contents (its label and entries)


@dataclass(frozen=True)
class Candidate:
    """A line that may be an item's headline."""

    index: int
    mark: str  # the class: h2, bold, 一、, 1., 【】, plain …
    title_range: tuple[int, int]
    meta: bool  # a source/date line, a dateline or a trailer next to it
    news: bool  # its body opens like a news report
    headline: bool  # names an actor or says what happened
    # the source beside it is its own (below it, or above it and not a trailer closing the item above)
    own_meta: bool = True
    # all one quotation, a headline by its place only (after a sentence, over a body that opens in no telling way):
    # it heads an item only in the reading that takes the file's quotations as headlines (:func:`read_items`)
    loose: bool = False
