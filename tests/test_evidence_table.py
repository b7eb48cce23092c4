"""kg.evidence_table: a build's evidence held as rows reads, compares, pickles and serialises as the dicts."""

from __future__ import annotations

import copy
import pickle

from kg.evidence_table import EvidenceRows, EvidenceTable
from kg.export import dumps

PLAIN = {"article": "a1", "source": "2024-01.txt", "sentence": "深圳支持低空经济。", "start": 120, "end": 129,
         "date": "2024-01-05", "outlet": "深圳市政府", "rule": "backs_support", "method": "rule"}
NO_DATE = {"article": "a2", "source": "2024-01.txt", "sentence": "上海。", "start": 0, "end": 3, "rule": "linker_exact", "method": "linker"}
ODD = {"article": "a3", "source": "x.txt", "sentence": "句", "start": 1, "end": 2, "rule": "r", "method": "rule", "extra": [1, 2]}
BIG = {**NO_DATE, "start": 2**70, "end": 2**70 + 1}  # beyond 64 bits
OTHER_ORDER = {"source": "kg/data/kb/regions.tsv", "article": "", "sentence": "", "start": 0, "end": 0, "rule": "kb_hierarchy", "method": "knowledge_base"}


def rows_of(*records: dict) -> tuple[EvidenceTable, EvidenceRows]:
    table = EvidenceTable()
    return table, EvidenceRows(table, [table.add(r) for r in records])


def test_rows_read_as_the_dicts_added_with_their_key_order():
    _, rows = rows_of(PLAIN, NO_DATE, ODD, BIG, OTHER_ORDER)
    assert len(rows) == 5
    for got, want in zip(rows, [PLAIN, NO_DATE, ODD, BIG, OTHER_ORDER]):
        assert got == want and list(got) == list(want)
    assert rows[1] == NO_DATE and rows[-1] == OTHER_ORDER and rows[1:3] == [NO_DATE, ODD]


def test_row_fields_match_the_evidence_record():
    table = EvidenceTable()
    row = table.add_row("a2", "2024-01.txt", "上海。", 0, 3, None, None, "linker_exact", "linker")
    assert table.record(row) == NO_DATE and list(table.record(row)) == list(NO_DATE)


def test_rows_compare_pickle_copy_and_serialise_as_the_list():
    _, rows = rows_of(PLAIN, NO_DATE)
    plain = [PLAIN, NO_DATE]
    assert rows == plain and plain == rows and rows != [PLAIN]
    assert {"evidence": rows} == {"evidence": plain}
    for copied in (pickle.loads(pickle.dumps(rows)), copy.copy(rows), copy.deepcopy(rows)):
        assert type(copied) is list and copied == plain
    assert dumps({"evidence": rows, "weight": 2}) == dumps({"evidence": plain, "weight": 2})
    assert repr(rows) == repr(plain)


def test_names_are_kept_once():
    table, rows = rows_of(PLAIN, {**PLAIN, "start": 200, "end": 210})
    assert table._values.count("backs_support") == 1
    assert rows[0]["rule"] is rows[1]["rule"]
