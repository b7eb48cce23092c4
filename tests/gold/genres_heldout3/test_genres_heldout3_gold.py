"""The third held-out gold of other genres (entities and relations; mostly news reports) stays consistent with its texts and the KB tables."""

from __future__ import annotations

import json
from pathlib import Path

from linking import check_linking_gold
from relations_genres import check_gold

HERE = Path(__file__).resolve().parent
TEXTS = HERE / "texts"
ENTITIES = HERE / "entities.jsonl"
RELATIONS = HERE / "relations.jsonl"


def _records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_entities_have_no_problems():
    problems, _notes = check_linking_gold.check(ENTITIES, TEXTS)
    assert problems == []


def test_relations_have_no_problems():
    assert check_gold.check({RELATIONS: TEXTS}) == []


def test_thirty_texts_in_five_genres_annotated_in_both_files_of_set3():
    entities, relations = _records(ENTITIES), _records(RELATIONS)
    genres = [r["genre"] for r in entities]
    assert {g: genres.count(g) for g in set(genres)} == {"news": 12, "digest": 6, "policy": 4, "invest": 4, "report": 4}
    assert [(r["file"], r["genre"]) for r in relations] == [(r["file"], r["genre"]) for r in entities]
    assert {r["corpus"] for r in relations} == {"tests/gold/genres_heldout3/texts"}
    for record in entities:
        low, high = (500, 700) if record["genre"] == "news" else (450, 600)
        assert low <= len((TEXTS / record["file"]).read_text(encoding="utf-8")) <= high, record["file"]


def test_checkers_take_a_gold_file_and_its_texts_on_the_command_line(capsys):
    assert check_linking_gold.main([str(ENTITIES), str(TEXTS)]) == 0
    assert check_gold.main([str(RELATIONS), str(TEXTS)]) == 0
    assert check_linking_gold.main([str(ENTITIES)]) == 2
    assert check_gold.main([str(RELATIONS)]) == 2
    assert "usage" in capsys.readouterr().err
