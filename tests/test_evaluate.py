"""Which gold files a folder given to kg eval stands for (kg.evaluate): its own, never its subfolders' silently."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.errors import InputError
from kg.evaluate import gold_folders, load_gold, unread_gold


def gold_tree(root: Path) -> Path:
    """dev/*.jsonl with a held-out set, relation gold, segmentation gold and a cache folder below it."""
    def write(path: str, *records: dict) -> None:
        (root / path).parent.mkdir(parents=True, exist_ok=True)
        (root / path).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")

    write("dev/entities_a.jsonl", {"file": "a.txt", "index": 0, "entities": []}, {"file": "a.txt", "index": 1, "entities": []})
    write("dev/heldout/entities_c.jsonl", {"file": "c.txt", "index": 0, "entities": []})
    write("dev/relations/relations_a.jsonl", {"file": "a.txt", "index": 0, "facts": []})
    write("dev/segmentation/dev/gold.jsonl", {"file": "s.txt", "articles": []})  # scored by kg eval --segmentation
    write("dev/.cache/old.jsonl", {"file": "a.txt", "index": 0, "entities": []})
    (root / "dev" / "only_below").mkdir()
    write("dev/only_below/x/entities.jsonl", {"file": "x.txt", "index": 0, "entities": []})
    return root / "dev"


def test_a_folder_is_its_own_gold_and_names_what_is_below(tmp_path):
    dev = gold_tree(tmp_path)
    assert [r["file"] for r in load_gold([dev])] == ["a.txt", "a.txt"]  # not the held-out set beneath it
    assert unread_gold([dev]) == [dev / "heldout", dev / "only_below" / "x", dev / "relations"]
    assert unread_gold([dev / "heldout", dev / "entities_a.jsonl"]) == []
    with pytest.raises(InputError, match=r"only_below: no \*\.jsonl gold files in this folder; gold is in its subfolders x: name them, or add --recursive"):
        load_gold([dev / "only_below"])


def test_gold_folders_each_with_its_files(tmp_path):
    dev = gold_tree(tmp_path)
    found = {folder.relative_to(dev).as_posix(): [f.name for f in files] for folder, files in gold_folders(dev)}
    assert found == {".": ["entities_a.jsonl"], "heldout": ["entities_c.jsonl"], "only_below/x": ["entities.jsonl"], "relations": ["relations_a.jsonl"]}
    (dev / "broken").mkdir()
    (dev / "broken" / "b.jsonl").write_text("{not json\n", encoding="utf-8")
    assert dev / "broken" in dict(gold_folders(dev))  # for load_gold to name the file and line
    with pytest.raises(InputError, match="line 1 is not JSON"):
        load_gold([dev / "broken"])
