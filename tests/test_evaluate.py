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


GOLD = [{"title": "上海发布新政", "starts": "上海市近日发布"}, {"title": "苏州设立基金", "starts": "苏州市设立"}]


def test_a_plain_digest_is_re_laid_out_without_blank_lines_and_as_markdown():
    from kg.evaluate import relayout

    text = "刊头\n\n目录\n上海发布新政\n苏州设立基金\n\n一、上海发布新政\n上海市近日发布新政。\n\n【苏州设立基金】\n苏州市设立基金。\n"
    assert relayout("a.txt", text, GOLD, "no-blank") == ("a.txt", "刊头\n目录\n上海发布新政\n苏州设立基金\n一、上海发布新政\n上海市近日发布新政。\n【苏州设立基金】\n苏州市设立基金。\n")
    # The headlines become headings; the table of contents repeating them does not.
    name, md = relayout("a.txt", text, GOLD, "markup")
    assert name == "a.md" and md.count("## ") == 2 and "## 一、上海发布新政\n" in md and "## 【苏州设立基金】\n" in md
    assert relayout("a.txt", "上海发布新政 上海市近日发布新政。 苏州设立基金 苏州市设立基金。\n", GOLD, "markup") is None
    assert relayout("a.html", text, GOLD, "no-blank") is None
    # A headline opening with the words its body opens with is still the headline, not the body.
    gold = [{"title": "上海发布新政，支持低空经济", "starts": "上海"}, {"title": "苏州设立基金", "starts": "苏州市设立"}]
    text = "刊头\n\n上海发布新政，支持低空经济\n\n上海市近日发布新政。\n\n苏州设立基金\n\n苏州市设立基金。\n"
    assert relayout("a.txt", text, gold, "markup")[1] == "刊头\n\n## 上海发布新政，支持低空经济\n\n上海市近日发布新政。\n\n## 苏州设立基金\n\n苏州市设立基金。\n"
    # A headline with the item's date after it (上海发布新政　6月3日) is the headline too.
    text = "刊头\n\n1.上海发布新政　6月3日\n上海市近日发布新政。\n\n2.苏州设立基金\n苏州市设立基金。\n"
    assert relayout("a.txt", text, GOLD, "markup")[1] == "刊头\n\n## 1.上海发布新政　6月3日\n上海市近日发布新政。\n\n## 2.苏州设立基金\n苏州市设立基金。\n"
    # So is one numbered before a figure (1. 8月…: without its space, 1.8 reads as a number).
    gold = [{"title": "8月全市CPI上涨0.4%", "starts": "据监测"}, {"title": "苏州设立基金", "starts": "苏州市设立"}]
    text = "刊头\n\n1. 8月全市CPI上涨0.4%\n据监测，8月全市CPI上涨0.4%。\n\n2. 苏州设立基金\n苏州市设立基金。\n"
    assert relayout("a.txt", text, gold, "markup")[1] == "刊头\n\n## 1. 8月全市CPI上涨0.4%\n据监测，8月全市CPI上涨0.4%。\n\n## 2. 苏州设立基金\n苏州市设立基金。\n"


def test_a_headline_cited_without_its_full_stop_dates_or_tag_is_still_marked_up():
    from kg.evaluate import relayout

    # (a bulletin's headline closed by 。, one closed by the days it took, one a forward opens with its tag: each cited without)
    gold = [{"title": "某区消费季收官", "starts": "为期两个月"}, {"title": "某市代表团赴德招商", "starts": "代表团在德期间"},
            {"title": "某港吞吐量创新高", "starts": "截至11月底"}]
    text = ("刊头\n\n某区消费季收官。\n为期两个月的消费季近日结束。\n\n某市代表团赴德招商（11月8日—14日）\n代表团在德期间走访企业20家。\n\n"
            "【转发】某港吞吐量创新高\n截至11月底，某港吞吐量创新高。\n")
    md = relayout("a.txt", text, gold, "markup")[1]
    assert md.count("## ") == 3 and "## 某区消费季收官。\n" in md and "## 某市代表团赴德招商（11月8日—14日）\n" in md and "## 【转发】某港吞吐量创新高\n" in md


def test_a_markdown_digest_is_re_laid_out_as_plain_text_keeping_what_markdown_means():
    from kg.evaluate import relayout

    text = "# 周报\n\n**上海发布新政**\n\n上海市近日发布新政，**重点**支持。\n\n---\n\n## 苏州设立基金\n\n苏州市设立基金。\n"
    assert relayout("b.md", text, GOLD, "markup") == ("b.txt", "周报\n\n上海发布新政\n\n上海市近日发布新政，**重点**支持。\n\n---\n\n苏州设立基金\n\n苏州市设立基金。\n")
    # A blank line before a rule stays: without it the paragraph above would become a heading.
    assert relayout("b.md", text, GOLD, "no-blank")[1] == "# 周报\n**上海发布新政**\n上海市近日发布新政，**重点**支持。\n\n---\n## 苏州设立基金\n苏州市设立基金。\n"


def test_segmentation_is_scored_on_a_variant_only_where_it_changes_the_file(tmp_path):
    from kg.evaluate import evaluate_segmentation

    (tmp_path / "a.txt").write_text("上海发布新政\n上海市近日发布新政。\n\n苏州设立基金\n苏州市设立基金，规模10亿元。\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("上海发布新政\n上海市近日发布新政。\n苏州设立基金\n苏州市设立基金，规模10亿元。\n", encoding="utf-8")
    line = {"layout": "plain-blank", "articles": [{**g, "date": None, "outlet": None} for g in GOLD]}
    (tmp_path / "gold.jsonl").write_text("".join(json.dumps({"file": f, **line}, ensure_ascii=False) + "\n" for f in ("a.txt", "b.txt")), encoding="utf-8")
    assert evaluate_segmentation(tmp_path).files == 2
    assert evaluate_segmentation(tmp_path, "no-blank").files == 1
    with pytest.raises(ValueError, match="no-blank, markup"):
        evaluate_segmentation(tmp_path, "sideways")


def test_a_policy_id_typed_with_its_titles_spaces_is_the_same_document():
    from kg.evaluate import evaluate_relations
    from kg.segment import segment
    from kg.types import Evidence, Fact, Source

    doc = segment(Source(path=Path("notice.txt"), text="通知\n\n正文。（新华社 20240301）\n", format="txt", encoding="utf-8", sha256=""))
    article = doc.articles[0]
    gold = [{"file": article.source, "index": article.index, "facts": [
        {"subject": "agency:440112:government", "relation": "issues", "object": "policy:广州市黄埔区 广州开发区促进生物医药产业高质量发展办法"}]}]
    evidence = Evidence(article.id, article.source, "正文。", 0, 3, None, None, "issues_explicit", "rule")
    found = [Fact("agency:440112:government", "issues", "policy:广州市黄埔区广州开发区促进生物医药产业高质量发展办法", evidence),
             Fact("agency:440112:government", "issues", "policy:广州市黄埔区广州开发区促进生物医药产业发展办法", evidence)]
    result = evaluate_relations(gold, {(article.source, article.index): article}, lambda a: found)
    score = result.scores["issues"]
    assert (score.tp, score.fp, score.fn) == (1, 1, 0)


def test_a_policy_mention_typed_with_its_titles_spaces_is_the_same_document():
    from kg.evaluate import evaluate
    from kg.segment import segment
    from kg.types import Mention, Source

    doc = segment(Source(path=Path("notice.txt"), text="通知\n\n正文。（新华社 20240301）\n", format="txt", encoding="utf-8", sha256=""))
    article = doc.articles[0]
    gold = [{"file": article.source, "index": article.index, "entities": [
        {"type": "policy", "id": "policy:广州市黄埔区 广州开发区促进生物医药产业高质量发展办法"}]}]
    found = [Mention("《…》", 0, 3, "policy", "policy:广州市黄埔区广州开发区促进生物医药产业高质量发展办法", "办法"),
             Mention("《…》", 4, 7, "policy", "policy:广州市黄埔区广州开发区促进生物医药产业发展办法", "办法")]
    score = evaluate(gold, {(article.source, article.index): article}, lambda a: found).scores["policy"]
    assert (score.tp, score.fp, score.fn) == (1, 1, 0)


def test_a_gold_title_is_matched_spacing_aside_and_a_different_title_is_an_error():
    from kg.evaluate import _gold_article
    from kg.segment import segment
    from kg.types import Source

    doc = segment(Source(path=Path("r01.txt"), text="贵阳：数据中心集群加速成形\u3000算力规模三年翻番\n\n正文。（新华社 20240301）\n", format="txt", encoding="utf-8", sha256=""))
    article = doc.articles[0]
    articles = {(article.source, article.index): article}
    record = {"file": article.source, "index": 0, "title": "贵阳：数据中心集群加速成形\u3000算力规模三年翻番"}
    assert _gold_article(record, articles) is article
    with pytest.raises(InputError, match="gold article 0 is titled"):
        _gold_article({**record, "title": "贵阳：数据中心集群加速成形"}, articles)


def test_a_headline_closing_with_its_date_in_brackets_is_marked_as_a_headline():
    from kg.evaluate import relayout

    # (titled without the date, which dates the item: 上海发布新政（6月3日）)
    text = "刊头\n\n上海发布新政（6月3日）\n上海市近日发布新政。\n\n苏州设立基金\n苏州市设立基金。\n"
    assert relayout("a.txt", text, GOLD, "markup")[1] == "刊头\n\n## 上海发布新政（6月3日）\n上海市近日发布新政。\n\n## 苏州设立基金\n苏州市设立基金。\n"
