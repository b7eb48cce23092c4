"""The second other-genre held-out gold (entities and relations) stays consistent with its texts and the KB tables."""

from __future__ import annotations

import json
from pathlib import Path

from linking import check_linking_gold
from relations_genres import check_gold

HERE = Path(__file__).resolve().parent
TEXTS = HERE / "texts"
ENTITIES = HERE / "entities.jsonl"
RELATIONS = HERE / "relations.jsonl"
GENRES = ("news", "digest", "policy", "report", "invest", "notice")


def _records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_entities_have_no_problems():
    problems, notes = check_linking_gold.check(ENTITIES, TEXTS)
    assert problems == []
    assert notes == []  # no entity is flagged missing_in_kb while the tables have it


def test_relations_have_no_problems():
    assert check_gold.check({RELATIONS: TEXTS}) == []


def test_thirty_texts_six_genres_of_five_annotated_in_both_files():
    entities, relations = _records(ENTITIES), _records(RELATIONS)
    genres = [r["genre"] for r in entities]
    assert {g: genres.count(g) for g in set(genres)} == {g: 5 for g in GENRES}
    assert [(r["file"], r["genre"]) for r in relations] == [(r["file"], r["genre"]) for r in entities]
    assert sorted(r["file"] for r in entities) == sorted(p.name for p in TEXTS.glob("*.txt"))
    assert {r["corpus"] for r in relations} == {"tests/gold/genres_heldout2/texts"}
    for record in entities:
        assert 450 <= len((TEXTS / record["file"]).read_text(encoding="utf-8")) <= 600


def test_every_relation_is_represented_and_traps_are_not_facts():
    relations = _records(RELATIONS)
    kinds = {fact["relation"] for r in relations for fact in r["facts"]}
    assert kinds == {"backs", "issues", "invests_in", "sets_target"}
    for record in relations:
        facts = {(f["subject"], f["relation"], f["object"]) for f in record["facts"]}
        for trap in record["false_traps"]:
            not_ = trap["not"]
            if not_["relation"] != "sets_target":
                assert (not_["subject"], not_["relation"], not_["object"]) not in facts, record["file"]


def test_checkers_take_a_gold_file_and_its_texts_on_the_command_line(capsys):
    assert check_linking_gold.main([str(ENTITIES), str(TEXTS)]) == 0
    assert check_gold.main([str(RELATIONS), str(TEXTS)]) == 0
    assert check_linking_gold.main([str(ENTITIES)]) == 2
    assert check_gold.main([str(RELATIONS)]) == 2
    assert "usage" in capsys.readouterr().err
