"""The segmentation gold agrees with its files, and the committed DOCX files are what make_docx.py writes."""

from __future__ import annotations

from pathlib import Path

import pytest

from .check_segmentation_gold import check_set
from .make_docx import HERE, write_all


@pytest.mark.parametrize("name", sorted((p.parent.name for p in HERE.glob("*/gold.jsonl")), key=lambda n: (n.rstrip("0123456789"), int(n[len(n.rstrip("0123456789")):] or 0))))
def test_gold_matches_its_files(name: str) -> None:
    assert check_set(HERE / name) == []


def test_committed_docx_are_made_by_the_script(tmp_path: Path) -> None:
    for path in write_all(tmp_path):
        committed = HERE / path.relative_to(tmp_path)
        assert committed.read_bytes() == path.read_bytes(), f"{committed.name}: run make_docx.py and commit the result"
