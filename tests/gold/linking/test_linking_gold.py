"""The held-out linking gold stays consistent with its texts and the knowledge-base tables."""

from __future__ import annotations

import json

from check_linking_gold import HERE, check


def test_gold_has_no_problems():
    problems, _notes = check()
    assert problems == []


def test_every_genre_has_six_texts():
    genres = [json.loads(line)["genre"] for line in (HERE / "entities.jsonl").read_text(encoding="utf-8").splitlines()]
    assert {g: genres.count(g) for g in set(genres)} == {g: 6 for g in ("policy", "report", "notice", "news", "invest", "think")}


def test_check_reports_a_surface_missing_from_the_text(tmp_path):
    texts = tmp_path / "texts"
    texts.mkdir()
    (texts / "x.txt").write_text("标题\n" + "长沙市的工程机械产业。" * 40, encoding="utf-8")
    record = {"file": "x.txt", "index": 0, "title": "标题", "genre": "news", "entities": [
        {"type": "city", "id": "430100", "name": "长沙市", "surface": ["长沙"], "missing_in_kb": False},
        {"type": "district", "id": "430121", "name": "长沙县", "surface": ["长沙县"], "missing_in_kb": False},
        {"type": "zone", "id": "zone:nowhere", "name": "无", "surface": ["长沙"], "missing_in_kb": False},
    ]}
    gold = tmp_path / "entities.jsonl"
    gold.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    problems, _ = check(gold, texts)
    assert problems == [
        "entities.jsonl:1 x.txt: district 430121: surface '长沙县' is not in the text",
        "entities.jsonl:1 x.txt: zone zone:nowhere: not in the knowledge base, but not marked missing_in_kb",
    ]
