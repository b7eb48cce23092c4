"""The fourth held-out gold of other genres (entities and relations) stays consistent with its texts and the KB tables."""

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
    problems, notes = check_linking_gold.check(ENTITIES, TEXTS)
    assert problems == []
    assert notes == []


def test_relations_have_no_problems():
    assert check_gold.check({RELATIONS: TEXTS}) == []


def test_thirty_texts_sixteen_of_them_news_annotated_in_both_files():
    entities, relations = _records(ENTITIES), _records(RELATIONS)
    genre_of = {r["file"]: r["genre"] for r in entities}  # a digest of several items has a record per item
    genres = list(genre_of.values())
    assert {g: genres.count(g) for g in set(genres)} == {"news": 16, "digest": 5, "policy": 4, "report": 3, "notice": 2}
    assert list(genre_of) == [f"m{n:02d}.txt" for n in range(1, 31)]
    assert [(r["file"], r["index"], r["genre"]) for r in relations] == [(r["file"], r["index"], r["genre"]) for r in entities]
    assert {r["corpus"] for r in relations} == {"tests/gold/genres_heldout4/texts"}
    for record in entities:
        length = len((TEXTS / record["file"]).read_text(encoding="utf-8"))
        assert (500 <= length <= 800) if record["genre"] == "news" else (450 <= length <= 600), record["file"]


def test_every_fact_end_but_a_documents_region_is_an_entity_of_its_article():
    """A fact's industry, fund, agency, zone or policy is annotated in the same article; a region subject may be
    absent only where the region is written inside names alone (a document's issuer, 自治区支持…, 省里…)."""
    entities = {(r["file"], r["index"]): {e["id"] for e in r["entities"]} for r in _records(ENTITIES)}
    for record in _records(RELATIONS):
        article = (record["file"], record["index"])
        for fact in record["facts"]:
            assert fact["object"] in entities[article], (article, fact)
            if not fact["subject"].isdigit():
                assert fact["subject"] in entities[article], (article, fact)


def test_checkers_take_a_gold_file_and_its_texts_on_the_command_line(capsys):
    assert check_linking_gold.main([str(ENTITIES), str(TEXTS)]) == 0
    assert check_gold.main([str(RELATIONS), str(TEXTS)]) == 0
    assert check_linking_gold.main([str(ENTITIES)]) == 2
    assert "usage" in capsys.readouterr().err
