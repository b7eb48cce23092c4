"""The newsletter held-out gold sets (``newsletter_heldout/*_d.jsonl``, ``newsletter_heldout_e/*_e.jsonl``) stay
consistent with the bundled articles they annotate and with the KB tables.

The records point at articles of the bundled corpus by ``file`` and ``index``, so the texts are the segmented
articles (title line, then paragraphs), not a folder of one-article files; the id and kind checks of the other
held-out sets are reused. The linker and the relation rules are not run: the gold must be right whatever they do.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg import BUNDLED_CORPUS
from kg.ingest import read_source
from kg.segment import segment
from linking import check_linking_gold
from relations_genres import check_gold

GOLD = Path(__file__).resolve().parent
SETS = {"newsletter_heldout": ("d", 22), "newsletter_heldout_e": ("e", 21)}  # folder: (letter of its files, articles)
#: Every gold file that annotates articles of the bundled corpus: no two sets may annotate the same article.
BUNDLED_GOLD = (
    GOLD / "entities_a.jsonl",
    GOLD / "entities_b.jsonl",
    GOLD / "heldout" / "entities_c.jsonl",
    GOLD / "heldout" / "relations_c.jsonl",
    GOLD / "relations" / "relations_a.jsonl",
    *(GOLD / name / f"{kind}_{letter}.jsonl" for name, (letter, _) in SETS.items() for kind in ("entities", "relations")),
)


def _files(name: str) -> tuple[Path, Path]:
    letter = SETS[name][0]
    return GOLD / name / f"entities_{letter}.jsonl", GOLD / name / f"relations_{letter}.jsonl"


def _records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="module")
def articles() -> dict[tuple[str, int], tuple[str, str]]:
    """(file, index) → (title, text): the bundled articles, title line first, as ``kg eval`` reads them."""
    found = {}
    for path in sorted(BUNDLED_CORPUS.glob("*.txt")):
        for article in segment(read_source(path)).articles:
            text = "\n".join([article.title, *(p.text for p in article.paragraphs)])
            found[(article.source, article.index)] = (article.title, text)
    return found


def _article_text(record: dict, articles: dict, where: str, problems: list[str]) -> str | None:
    """The text of the article a record points at (None if there is none), its title checked."""
    if (record["file"], record["index"]) not in articles:
        problems.append(f"{where}: no such article")
        return None
    title, text = articles[(record["file"], record["index"])]
    if record["title"] != title:
        problems.append(f"{where}: titled {record['title']!r}, the article is {title!r}")
    return text


def entity_problems(records: list[dict], articles: dict) -> list[str]:
    """Problems of entity records: unknown article, wrong title, duplicates, surfaces absent, ids the tables lack."""
    regions, ids = check_linking_gold._known_ids()
    problems = []
    for record in records:
        where = f"{record['file']}:{record['index']}"
        text = _article_text(record, articles, where, problems)
        if text is None:
            continue
        keys = [(e["type"], e["id"]) for e in record["entities"]]
        if len(keys) != len(set(keys)):
            problems.append(f"{where}: an entity is listed twice")
        for entity in record["entities"]:
            label = f"{where} {entity['type']} {entity['id']}"
            if entity["type"] not in check_linking_gold.TYPES:
                problems.append(f"{label}: unknown type")
                continue
            problems += [f"{label}: surface {s!r} is not in the article" for s in entity["surface"] if s not in text]
            problem, known = check_linking_gold._id_problem(entity, regions, ids)
            if problem:
                problems.append(f"{label}: {problem}")
            if known == entity["missing_in_kb"] and entity["type"] not in ("fund", "policy"):
                problems.append(f"{label}: missing_in_kb is {entity['missing_in_kb']}, but the tables {'have' if known else 'lack'} it")
    return problems


def relation_problems(records: list[dict], articles: dict) -> list[str]:
    """Problems of relation records: as ``check_gold.check`` checks a texts folder, for bundled articles."""
    tables = check_gold._Tables()
    problems = []
    for record in records:
        where = f"{record['file']}:{record['index']}"
        text = _article_text(record, articles, where, problems)
        if text is None:
            continue
        sentences = check_gold._sentences(text)
        facts = set()
        for fact in record["facts"]:
            label = f"{where} {fact['subject']} {fact['relation']} {fact['object']}"
            problems += check_gold._check_triple(label, fact, text, tables)
            if fact["sentence"] not in sentences:
                problems.append(f"{label}: the sentence is not a sentence of the article")
            if fact["relation"] == "sets_target":
                if not isinstance(fact["amount"], (int, float)) or not fact["unit"] or not isinstance(fact["year"], int):
                    problems.append(f"{label}: a target needs a number amount, a unit and an int year")
            elif (fact["amount"], fact["unit"], fact["year"]) != (None, None, None):
                problems.append(f"{label}: only sets_target has amount, unit and year")
            facts.add(check_gold._key(fact))
        for trap in record.get("false_traps", []):
            not_ = trap["not"]
            label = f"{where} trap {not_['subject']} {not_['relation']} {not_['object']}"
            problems += check_gold._check_triple(label, not_, text, tables)
            if trap["sentence"] not in sentences:
                problems.append(f"{label}: the sentence is not a sentence of the article")
            if check_gold._key(not_) in facts:
                problems.append(f"{label}: the article states it as a fact")
    return problems


@pytest.mark.parametrize("name", SETS)
def test_entities_have_no_problems(name, articles):
    assert entity_problems(_records(_files(name)[0]), articles) == []


@pytest.mark.parametrize("name", SETS)
def test_relations_have_no_problems(name, articles):
    assert relation_problems(_records(_files(name)[1]), articles) == []


@pytest.mark.parametrize("name", SETS)
def test_both_files_annotate_the_same_articles_no_other_gold_annotates(name):
    entities, relations = (_records(path) for path in _files(name))
    keys = [(r["file"], r["index"]) for r in entities]
    assert len(keys) == len(set(keys)) == SETS[name][1]
    assert keys == sorted(keys) == [(r["file"], r["index"]) for r in relations]
    others = {(r["file"], r["index"]) for path in BUNDLED_GOLD if path not in _files(name) for r in _records(path)}
    assert not others & set(keys)


def test_the_checks_find_broken_records(articles):
    entities, relations = _files("newsletter_heldout_e")
    record = _records(entities)[0]
    broken = dict(record, title="x", entities=[*record["entities"], dict(record["entities"][0], surface=["不在文中的词"])])
    found = entity_problems([broken], articles)
    assert any("titled" in p for p in found) and any("not in the article" in p for p in found)
    assert any("listed twice" in p for p in found)
    fact = {"subject": "310000", "relation": "invests_in", "object": "industry:nowhere", "sentence": "不是句子。", "amount": 1, "unit": None, "year": None}
    found = relation_problems([dict(_records(relations)[0], facts=[fact])], articles)
    assert any("not a sentence" in p for p in found) and any("only sets_target" in p for p in found)
    assert any("expected fund" in p for p in found) and any("industries.tsv" in p for p in found)
