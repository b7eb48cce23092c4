"""A table of regional plans: each row's region backs, issues and targets what its row names."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from kg.relations.article import PLACE_TYPES
from kg.relations.context import _Context
from kg.relations.sentences import Sentence, table_rows
from kg.relations.targets import _sets_target
from kg.types import Fact

__all__ = ["_table_rows"]


_PLAN_HEADER = re.compile(r"产业|规划|政策")  # a header of a table of plans
_DOCUMENT_HEADER = re.compile(r"政策|文件|规划")  # one whose rows name documents their regions issue


def _table_rows(sents: Sequence[Sentence], context: _Context, evidence) -> Iterator[Fact]:
    """A table of regional plans (省份 | 规划政策 | 产业定位 | 产业目标): each row's region backs
    the industries its row names."""
    for header_row, sentence in table_rows(sents):
        header = header_row.text
        if not _PLAN_HEADER.search(header):
            continue
        first_cell = sentence.text.split("\t", 1)[0]
        places = [m.id for s, e, m in sentence.of_types(PLACE_TYPES) if e <= len(first_cell)]
        if not places:
            continue
        for _, _, m in sentence.of_types(("industry",)):
            yield Fact(places[0], "backs", m.id, evidence(sentence, "table_row_backs"))
        if _DOCUMENT_HEADER.search(header):
            for _, _, m in sentence.of_types(("policy",)):
                yield Fact(places[0], "issues", m.id, evidence(sentence, "table_row_issues"))
        for fact in _sets_target(sentence, _RowContext(context, places[0]), evidence):
            yield fact


class _RowContext(_Context):
    def __init__(self, context: _Context, subject: str) -> None:
        self.__dict__.update(context.__dict__)
        self.subject = [subject]
        self._unit_subject_cache = {}
