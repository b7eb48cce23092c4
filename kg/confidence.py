"""How far a fact can be trusted: the measured precision of the rule that found it.

Every relation rule's true and false positives on hand-made gold are kept in
``kg/data/relations/rule_precision.tsv`` (``kg eval --by-rule`` prints them;
``scripts/rule_precision.py`` writes the file). A fact's confidence is its rule's
precision there; a graph edge's is the best of its evidence. Facts from the
knowledge base (``part_of``, ``jurisdiction``) are 1.0; a ``mentions`` edge has the
linker's measured precision (row ``linker``), and the rules that only link a policy's
title (``policy_title_industry``, ``policy_title_region``) the linker's on that type.
A rule no gold has measured (``fund_located``, ``fund_established``, ``cooperation_cue``
today) gets :data:`UNMEASURED`, which keeps it out of the default views until it is measured.

Only the standard library here: ``kg neighbors`` reads it and must start fast.
"""

from __future__ import annotations

import csv
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

__all__ = ["RULE_PRECISION", "DEFAULT_MIN_CONFIDENCE", "UNMEASURED", "LINKER_ROW", "RulePrecision", "rule_precision", "confidence"]

RULE_PRECISION = Path(__file__).parent / "data" / "relations" / "rule_precision.tsv"

#: Default views (lookups, pages, canned SPARQL) leave out facts below this confidence.
DEFAULT_MIN_CONFIDENCE = 0.8

#: The confidence of a rule without gold counts: not known to be good enough for the default views.
UNMEASURED = 0.5

#: The row of the table that holds the linker's precision (the confidence of every ``mentions`` edge).
LINKER_ROW = "linker"


class RulePrecision(NamedTuple):
    """``(tp, fp)`` of one rule on gold, with its precision."""

    tp: int
    fp: int

    @property
    def precision(self) -> float:
        """tp / (tp + fp), rounded to three places as the table prints it; :data:`UNMEASURED` without counts."""
        return round(self.tp / (self.tp + self.fp), 3) if self.tp + self.fp else UNMEASURED


@lru_cache(maxsize=1)
def rule_precision() -> dict[str, RulePrecision]:
    """The table: rule name → its counts on gold (comment lines start with #)."""
    with RULE_PRECISION.open(encoding="utf-8", newline="") as handle:
        rows = csv.DictReader((line for line in handle if not line.startswith("#")), delimiter="\t", quoting=csv.QUOTE_NONE)
        return {row["rule"]: RulePrecision(int(row["tp"]), int(row["fp"])) for row in rows}


@lru_cache(maxsize=4096)  # asked once per evidence item by every view: a few dozen rules, hundreds of thousands of items
def confidence(rule: str, method: str) -> float:
    """The confidence of a fact found by ``rule`` (``method``: rule, linker or knowledge_base)."""
    if method == "knowledge_base":
        return 1.0
    table = rule_precision()
    counts = table.get(LINKER_ROW if method == "linker" else rule)
    return counts.precision if counts is not None else UNMEASURED
