"""A build's evidence as rows of one table, not a dict per item.

An edge's evidence is read as a list of dicts (``{"article", "source", "sentence", "start", "end",
"date", "outlet", "rule", "method"}``, keys whose value is None left out). A build holds millions
of them (about 4 million at 1,000×): as dicts, with their offsets as int objects and a rule name
per item, they took about 0.45 KB each, most of the main process's memory. :class:`EvidenceTable`
keeps them as columns instead — each name that repeats (article, file, date, outlet, rule, method)
once, an item holding its number in an ``array``, offsets in ``array``\\ s, the sentence a
reference — about 50 bytes an item; :class:`EvidenceRows`, an edge's evidence, is a sequence of
row numbers that gives the same dicts when read (made anew on each read: nothing else is kept).

An :class:`EvidenceRows` compares equal to the list of its dicts, pickles and copies as that
list, and :func:`kg.export.dumps` writes it as that list, so whatever reads the graph sees what a
list of dicts gives.

>>> table = EvidenceTable()
>>> rows = EvidenceRows(table, [table.add({"article": "a1", "source": "f.txt", "sentence": "句", "start": 3, "end": 4, "rule": "r", "method": "rule"})])
>>> rows == [{"article": "a1", "source": "f.txt", "sentence": "句", "start": 3, "end": 4, "rule": "r", "method": "rule"}]
True
>>> list(rows[0])
['article', 'source', 'sentence', 'start', 'end', 'rule', 'method']
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Iterator, Sequence

__all__ = ["EvidenceTable", "EvidenceRows", "FIELDS"]

#: An evidence dict's keys, in the order a record has them.
FIELDS = ("article", "source", "sentence", "start", "end", "date", "outlet", "rule", "method")
_NAMED = ("article", "source", "date", "outlet", "rule", "method")  # few distinct values: each kept once
_NO_OFFSET = -(2**63)  # an offset that is None (or absent)
_TEXT = frozenset({str, type(None)})  # the types a name or a sentence may have to be held in the columns
_OFFSET = frozenset({int, type(None)})  # an offset's (bool is not int here: it would come back as an int)


class EvidenceTable:
    """Evidence items as columns; :meth:`add` stores one dict and returns its row number."""

    def __init__(self) -> None:
        self._values: list = [None]  # every distinct name (article id, file, date, outlet, rule, method); 0 is None
        self._numbers: dict = {None: 0}
        self._named = {key: array("i") for key in _NAMED}
        self._sentences: list = []
        self._starts, self._ends = array("q"), array("q")
        self._extra: dict[int, dict] = {}  # rows with a value these columns cannot hold (kept whole)

    def __len__(self) -> int:
        return len(self._sentences)

    def add(self, record: dict) -> int:
        """Store ``record`` (an evidence dict); its row number."""
        return self.add_row(*(record.get(key) for key in FIELDS)) if _plain(record) else self._add_whole(record)

    def add_row(self, article, source, sentence, start, end, date, outlet, rule, method) -> int:
        """Store the evidence dict of these values (None left out, as :meth:`add`); its row number."""
        # A build adds millions of rows: the checks are set operations, the six names unrolled.
        if not ({type(article), type(source), type(sentence), type(date), type(outlet), type(rule), type(method)} <= _TEXT
                and type(start) in _OFFSET and type(end) in _OFFSET):
            return self._add_whole({k: v for k, v in zip(FIELDS, (article, source, sentence, start, end, date, outlet, rule, method)) if v is not None})
        start = _NO_OFFSET if start is None else start
        end = _NO_OFFSET if end is None else end
        if not (_NO_OFFSET < start < 2**63 or start == _NO_OFFSET) or not (_NO_OFFSET < end < 2**63 or end == _NO_OFFSET):
            return self._add_whole({k: v for k, v in zip(FIELDS, (article, source, sentence, start, end, date, outlet, rule, method)) if v is not None})
        numbers, named, new = self._numbers, self._named, self._number
        named["article"].append(numbers[article] if article in numbers else new(article))
        named["source"].append(numbers[source] if source in numbers else new(source))
        named["date"].append(numbers[date] if date in numbers else new(date))
        named["outlet"].append(numbers[outlet] if outlet in numbers else new(outlet))
        named["rule"].append(numbers[rule] if rule in numbers else new(rule))
        named["method"].append(numbers[method] if method in numbers else new(method))
        row = len(self._sentences)
        self._sentences.append(sentence)
        self._starts.append(start)
        self._ends.append(end)
        return row

    def _number(self, value) -> int:
        """A name not seen before: its number, from now on."""
        number = self._numbers[value] = len(self._values)
        self._values.append(value)
        return number

    def _add_whole(self, record: dict) -> int:
        """A row for a dict the columns cannot hold: kept as it is (a copy), the columns given empty values."""
        row = self.add_row(None, None, None, None, None, None, None, None, None)
        self._extra[row] = dict(record)
        return row

    def record(self, row: int) -> dict:
        """Row ``row`` as the dict it was added as (keys in :data:`FIELDS` order, None left out)."""
        extra = self._extra.get(row) if self._extra else None
        if extra is not None:
            return dict(extra)
        values, named = self._values, self._named
        article, source, date = named["article"][row], named["source"][row], named["date"][row]
        outlet, rule, method = named["outlet"][row], named["rule"][row], named["method"][row]
        sentence, start, end = self._sentences[row], self._starts[row], self._ends[row]
        if article and source and date and outlet and rule and method and sentence is not None and start != _NO_OFFSET != end:
            return {"article": values[article], "source": values[source], "sentence": sentence, "start": start, "end": end,
                    "date": values[date], "outlet": values[outlet], "rule": values[rule], "method": values[method]}
        record = {"article": values[article], "source": values[source], "sentence": sentence,
                  "start": None if start == _NO_OFFSET else start, "end": None if end == _NO_OFFSET else end,
                  "date": values[date], "outlet": values[outlet], "rule": values[rule], "method": values[method]}
        return {k: v for k, v in record.items() if v is not None}


def _plain(record: dict) -> bool:
    """Whether the columns hold ``record`` exactly: only known keys, names that are strings (or None,
    hashable and kept once), offsets that are ints within 64 bits, in :data:`FIELDS` order."""
    if any(key not in FIELDS for key in record) or list(record) != [k for k in FIELDS if k in record]:
        return False
    if any(record.get(key) is None for key in FIELDS if key in record):
        return False  # a key present with None: a dict the columns would give without it
    if not all(type(record.get(key)) is str for key in (*_NAMED, "sentence") if key in record):
        return False
    return all(type(record[key]) is int and _NO_OFFSET < record[key] < 2**63 for key in ("start", "end") if key in record)


class EvidenceRows(Sequence):
    """An edge's evidence: rows of an :class:`EvidenceTable`, read as a list of dicts."""

    __slots__ = ("_table", "_rows")

    def __init__(self, table: EvidenceTable, rows: Iterable[int]) -> None:
        self._table = table
        self._rows = array("i", rows)

    def __len__(self) -> int:
        return len(self._rows)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self._table.record(row) for row in self._rows[index]]
        return self._table.record(self._rows[index])

    def __iter__(self) -> Iterator[dict]:
        return map(self._table.record, self._rows)

    def __eq__(self, other) -> bool:
        if isinstance(other, EvidenceRows):
            return list(self) == list(other)
        if isinstance(other, list):
            return list(self) == other
        return NotImplemented

    __hash__ = None  # like a list

    def __repr__(self) -> str:
        return repr(list(self))

    def __reduce__(self):
        return list, (list(self),)  # pickled, copied and deep-copied as the plain list
