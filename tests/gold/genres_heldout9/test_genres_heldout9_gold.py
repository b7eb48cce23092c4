"""The ninth held-out gold set (newsletter articles: entities and relations) stays consistent with its texts and the KB tables.

Runs both checkers on this folder, and checks what the set promises: 30 texts of the newsletter genres, a record
per text in both files, and every end of a fact (but a document's region, which may be written only inside names)
annotated as an entity of its article.
"""

from __future__ import annotations

import json
from pathlib import Path

from linking import check_linking_gold
from relations_genres import check_gold

HERE = Path(__file__).resolve().parent
GENRES = {"digest": 10, "think": 7, "invest": 8, "news": 5}


def _records(kind: str) -> list[dict]:
    return [json.loads(line) for line in (HERE / f"{kind}.jsonl").read_text(encoding="utf-8").splitlines()]


def test_entities_have_no_problems():
    problems, _notes = check_linking_gold.check(HERE / "entities.jsonl", HERE / "texts")
    assert problems == []


def test_relations_have_no_problems():
    assert check_gold.check({HERE / "relations.jsonl": HERE / "texts"}) == []


def test_every_text_is_annotated_in_both_files_with_its_genre():
    entities, relations = _records("entities"), _records("relations")
    genres = [r["genre"] for r in entities]
    assert {g: genres.count(g) for g in set(genres)} == GENRES
    assert sorted(r["file"] for r in entities) == sorted(p.name for p in (HERE / "texts").glob("*.txt"))
    assert [(r["file"], r["index"], r["genre"]) for r in relations] == [(r["file"], r["index"], r["genre"]) for r in entities]
    assert {r["corpus"] for r in relations} == {"tests/gold/genres_heldout9/texts"}
    for record in entities:
        assert 400 <= len((HERE / "texts" / record["file"]).read_text(encoding="utf-8")) <= 900, record["file"]


def test_every_fact_end_but_a_documents_region_is_an_entity_of_its_article():
    entities = {r["file"]: {e["id"] for e in r["entities"]} for r in _records("entities")}
    for record in _records("relations"):
        for fact in record["facts"]:
            assert fact["object"] in entities[record["file"]], (record["file"], fact)
            if not fact["subject"].isdigit():
                assert fact["subject"] in entities[record["file"]], (record["file"], fact)


def test_no_fact_has_a_subject_or_object_marked_missing_in_kb():
    missing = {r["file"]: {e["id"] for e in r["entities"] if e["missing_in_kb"]} for r in _records("entities")}
    for record in _records("relations"):
        for fact in record["facts"]:
            assert not {fact["subject"], fact["object"]} & missing[record["file"]], (record["file"], fact)
