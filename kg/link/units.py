"""Text units: the pieces of an article the linker reads (title, paragraphs) with their offset maps."""

from __future__ import annotations

from bisect import bisect_right

from kg.types import Article, Run, record, to_source

_AFTER = float("inf")  # sorts after any source offset: (i, _AFTER, 0) comes after every run starting at i

__all__ = ["Unit", "article_units"]


@record
class Unit:
    """A piece of text (a title or a paragraph) and the map of its offsets to the source."""

    text: str
    runs: tuple[Run, ...] = ()
    kind: str = "text"  # title | text | heading | table_row | margin | credit

    def source(self, i: int) -> int:
        """Source offset of character ``i`` (the text's own offset when it has no map)."""
        if not self.runs:
            return i
        return to_source(self.runs, i)

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """Source offsets of ``text[start:end]``."""
        runs = self.runs
        if not runs:
            return start, end
        k = 0 if len(runs) == 1 else bisect_right(runs, (start, _AFTER, 0)) - 1  # the run holding ``start`` (see to_source)
        if k >= 0:
            text_start, src_start, length = runs[k]
            if text_start <= start < end <= text_start + length and (k + 1 == len(runs) or runs[k + 1][0] >= end):
                return src_start + start - text_start, src_start + end - text_start  # (most spans: inside one run)
        return to_source(runs, start), to_source(runs, end - 1) + 1


def article_units(article: Article, margins: bool = False) -> list[Unit]:
    """An article's title (when it has one in the source) and its paragraphs, in order; with
    ``margins``, its margins after them (:attr:`Article.margins`, kind ``margin``, or ``credit`` for a
    credit line, 来源：…), so a unit's index is the same either way."""
    units = [Unit(article.title, article.title_runs, "title")] if article.title_runs else []
    units += [Unit(p.text, p.runs, p.kind) for p in article.paragraphs]
    if margins:
        units += [Unit(p.text, p.runs, "credit" if p.kind == "credit" else "margin") for p in article.margins]
    return units
