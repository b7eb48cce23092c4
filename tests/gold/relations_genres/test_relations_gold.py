"""The held-out relation gold stays consistent with its texts and the knowledge-base tables."""

from __future__ import annotations

import json

from .check_gold import GOLD_FILES, HERE, check


def test_gold_has_no_problems():
    assert check() == []


def test_every_linking_genre_is_annotated_and_own_texts_are_news_or_notices():
    linking, own = (
        [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()] for path in GOLD_FILES
    )
    genres = [r["genre"] for r in linking]
    assert {g: genres.count(g) for g in set(genres)} == {g: 6 for g in ("policy", "report", "notice", "news", "invest", "think")}
    assert len(own) >= 10 and {r["genre"] for r in own} <= {"news", "notice"}
    for record in own:
        assert 400 <= len((HERE / "texts" / record["file"]).read_text(encoding="utf-8")) <= 900


def test_check_reports_wrong_ends_sentences_and_traps(tmp_path):
    texts = tmp_path / "texts"
    texts.mkdir()
    (texts / "x.txt").write_text("标题\n该市落实《某某办法》。该市大力发展工程机械。", encoding="utf-8")
    fact = {"subject": "430100", "relation": "backs", "object": "industry:construction-machinery", "sentence": "该市大力发展工程机械。", "amount": None, "unit": None, "year": None}
    record = {"file": "x.txt", "index": 0, "title": "标题", "genre": "news", "facts": [
        fact,
        {**fact, "relation": "invests_in"},
        {**fact, "object": "industry:no-such-thing", "sentence": "大力发展"},
        {**fact, "relation": "issues", "object": "policy:别的办法"},
        {**fact, "relation": "sets_target", "amount": 5},
    ], "false_traps": [
        {"sentence": "该市落实《某某办法》。", "not": {"subject": "430100", "relation": "issues", "object": "policy:某某办法"}},
        {"sentence": "该市大力发展工程机械。", "not": {"subject": "430100", "relation": "backs", "object": "industry:construction-machinery"}},
    ]}
    gold = tmp_path / "g.jsonl"
    gold.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    where = "g.jsonl:1 x.txt"
    assert check({gold: texts}) == [
        f"{where} fact 2 430100 invests_in industry:construction-machinery: invests_in subject 430100 is a region, expected fund",
        f"{where} fact 3 430100 backs industry:no-such-thing: industry:no-such-thing is not in industries.tsv",
        f"{where} fact 3 430100 backs industry:no-such-thing: the sentence is not a sentence of the text",
        f"{where} fact 4 430100 issues policy:别的办法: policy:别的办法: 《别的办法》 is not in the text",
        f"{where} fact 5 430100 sets_target industry:construction-machinery: a target needs a number amount, a unit and an int year",
        f"{where} false trap 2 430100 backs industry:construction-machinery: the article states it as a fact elsewhere",
    ]


def test_check_accepts_the_bodies_of_hong_kong_and_macao(tmp_path):
    texts = tmp_path / "texts"
    texts.mkdir()
    (texts / "x.txt").write_text("标题\n澳门金融管理局发布《跨境理财通实施细则》。", encoding="utf-8")
    fact = {"subject": "agency:820000:amcm", "relation": "issues", "object": "policy:跨境理财通实施细则",
            "sentence": "澳门金融管理局发布《跨境理财通实施细则》。", "amount": None, "unit": None, "year": None}
    record = {"file": "x.txt", "index": 0, "title": "标题", "genre": "news", "facts": [fact], "false_traps": []}
    gold = tmp_path / "g.jsonl"
    gold.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    assert check({gold: texts}) == []
    gold.write_text(json.dumps({**record, "facts": [{**fact, "subject": "agency:820000:no_such_body"}]}, ensure_ascii=False) + "\n", encoding="utf-8")
    assert check({gold: texts}) == [
        "g.jsonl:1 x.txt fact 1 agency:820000:no_such_body issues policy:跨境理财通实施细则: "
        "agency:820000:no_such_body is not a central or SAR agency nor <adcode>:<function> of the tables"
    ]
