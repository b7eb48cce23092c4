"""Score the linker and the segmenter against hand-made gold annotations (``kg eval``).

Gold files are JSON lines, one article each::

    {"file": "002_….txt", "index": 4, "title": "…", "entities": [{"type": "city", "id": "440300", …}, …]}

Scoring is per article over the set of distinct ``(type, id)`` pairs (a bag of
entities, not every occurrence). ``region (adcode)`` pools provinces, cities and
districts by id alone. Per rule (``Mention.rule``, :meth:`Evaluation.rule_table`): an entity
predicted in an article counts for every rule that linked a mention of it there; a rule's
precision is the share of those that the gold has, its recall the share of the gold
entities of the types it links that it found. A fund is matched when its owner is the same and one
name ends with the other (深圳 "20+8" 高端装备基金 written in full or as 高端装备基金).

A folder given as gold is its own ``*.jsonl`` files, not its subfolders': a dev set and
the held-out set beneath it must not be pooled into one figure. :func:`gold_folders` lists a
tree's folders of entity or relation gold so that each can be scored on its own
(``kg eval --recursive``), :func:`unread_gold` those a plain ``kg eval DIR`` leaves out.

Segmentation (:func:`evaluate_segmentation`, ``kg eval --segmentation FOLDER``) is scored per
file against a folder's ``gold.jsonl``: files split into exactly the right articles, headlines
found as titles, dates. Each plain-text file can also be scored re-laid out (:func:`relayout`,
``--variants``): its blank lines removed, its headlines marked as Markdown headings (a ``.txt``) or
its Markdown markers removed (a ``.md``), or both; the gold holds unchanged under each.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from kg.kb import REGION_TYPES
from kg.types import Article, Mention

__all__ = [
    "Score", "Evaluation", "load_gold", "gold_folders", "unread_gold", "evaluate", "evaluate_relations", "evaluate_gold", "SCORED_RELATIONS",
    "SegmentationEvaluation", "evaluate_segmentation", "relayout", "SEGMENTATION_VARIANTS",
]

#: The relations hand-made gold annotates (``facts`` records).
SCORED_RELATIONS = ("backs", "issues", "invests_in", "sets_target")


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Evaluation:
    scores: dict[str, Score] = field(default_factory=lambda: defaultdict(Score))
    errors: list[dict] = field(default_factory=list)  # per article: missed and spurious entities
    articles: int = 0
    link_rules: dict[str, Score] = field(default_factory=lambda: defaultdict(Score))  # per linking rule (fn: gold of its types it missed)
    # Relations per rule (evaluate_relations): a rule's recall is the share of its relation's gold facts it finds.
    rules: dict[tuple[str, str], Score] = field(default_factory=lambda: defaultdict(Score))  # (relation, rule) → score
    false_positives: list[dict] = field(default_factory=list)  # every fact a rule found that the gold has not, with its sentence

    def rule_table(self) -> str:
        """Each linking rule (entities it decided, precision, recall), then each relation rule
        (precision, recall) and each relation false positive with its sentence."""
        lines = []
        if self.link_rules:
            lines.append(f"{'linking rule':<32}{'pred':>6}{'tp':>6}{'P':>8}{'R':>8}")
            for name, s in sorted(self.link_rules.items(), key=lambda item: (-(item[1].tp + item[1].fp), item[0])):
                lines.append(f"{name:<32}{s.tp + s.fp:>6}{s.tp:>6}{s.precision:>8.3f}{s.recall:>8.3f}")
            if self.rules:
                lines.append("")
        if not self.rules:
            return "\n".join(lines)
        lines.append(f"{'relation':<13}{'rule':<36}{'tp':>5}{'fp':>5}{'P':>8}{'R':>8}")
        for (relation, rule), s in sorted(self.rules.items()):
            lines.append(f"{relation:<13}{rule:<36}{s.tp:>5}{s.fp:>5}{s.precision:>8.3f}{s.recall:>8.3f}")
        if self.false_positives:
            lines.append("\nfalse positives:")
        for fp in self.false_positives:
            lines.append(f"{fp['rule']}: {fp['subject']} {fp['relation']} {fp['object']}  ({fp['file']}:{fp['index']})\n    {fp['sentence']}")
        return "\n".join(lines)

    def table(self) -> str:
        order = ["province", "city", "district", "region (adcode)", "zone", "macro_region", "agency", "industry", "fund", "policy", "all", *SCORED_RELATIONS, "all relations"]
        lines = [f"{'type':<16}{'gold':>6}{'pred':>6}{'tp':>6}{'P':>8}{'R':>8}{'F1':>8}"]
        for name in order:
            if name not in self.scores:
                continue
            s = self.scores[name]
            # no gold items: recall and F1 mean nothing (and no predictions: precision neither) — "—", not 1.000
            p = f"{s.precision:.3f}" if s.tp + s.fp else "—"
            r = f"{s.recall:.3f}" if s.tp + s.fn else "—"
            f1 = f"{s.f1:.3f}" if s.tp + s.fp and s.tp + s.fn else "—"
            lines.append(f"{name:<16}{s.tp + s.fn:>6}{s.tp + s.fp:>6}{s.tp:>6}{p:>8}{r:>8}{f1:>8}")
        lines.append(f"{self.articles} articles")
        return "\n".join(lines)

    def as_dict(self) -> dict:
        record = {
            "articles": self.articles,
            "scores": {k: _score_record(s) for k, s in sorted(self.scores.items())},
            "errors": self.errors,
        }
        if self.link_rules:
            record["link_rules"] = {k: _score_record(s) for k, s in sorted(self.link_rules.items())}
        if self.rules:
            record["rules"] = [{"relation": relation, "rule": rule, **_score_record(s)} for (relation, rule), s in sorted(self.rules.items())]
            record["false_positives"] = self.false_positives
        return record


def _score_record(s: Score) -> dict:
    return {"tp": s.tp, "fp": s.fp, "fn": s.fn, "precision": s.precision, "recall": s.recall, "f1": s.f1}


def load_gold(paths: Iterable[str | Path]) -> list[dict]:
    """The records of gold files, a folder being its own ``*.jsonl`` files (not its subfolders').

    A folder without any (its gold is all in subfolders) is an :class:`~kg.errors.InputError`
    naming the subfolders that have some; a line that is not JSON one naming file and line.
    """
    from kg.errors import InputError

    records = []
    for path in paths:
        path = Path(path)
        files = sorted(path.glob("*.jsonl")) if path.is_dir() else [path]
        if path.is_dir() and not files:
            below = unread_gold([path])
            hint = (f"gold is in its subfolders {', '.join(str(f.relative_to(path)) for f in below)}: name them, or add --recursive to score each on its own"
                    if below else "no gold below it either")
            raise InputError(path, f"no *.jsonl gold files in this folder; {hint}")
        for file in files:
            for n, line in enumerate(file.read_text(encoding="utf-8").splitlines(), 1):
                if line.strip():
                    try:
                        records.append(json.loads(line))
                    except json.JSONDecodeError as exc:
                        raise InputError(file, f"line {n} is not JSON: {exc.msg}") from exc
    return records


def gold_folders(root: str | Path) -> list[tuple[Path, list[Path]]]:
    """``root`` and every folder below it that holds entity or relation gold, with those files; sorted.

    A gold file is a ``*.jsonl`` whose first record has ``entities`` or ``facts`` (or that is not
    JSON, for :func:`load_gold` to report); segmentation gold (``gold.jsonl`` of ``articles``,
    scored by ``kg eval --segmentation``) is not. Hidden folders and ``__pycache__`` are skipped.
    """
    root = Path(root)
    found = []
    for folder in sorted([root, *(p for p in root.rglob("*") if p.is_dir())]):
        if any(part.startswith(".") or part == "__pycache__" for part in folder.relative_to(root).parts):
            continue
        files = [f for f in sorted(folder.glob("*.jsonl")) if _is_gold(f)]
        if files:
            found.append((folder, files))
    return found


def unread_gold(paths: Iterable[str | Path]) -> list[Path]:
    """The folders below the folders in ``paths`` holding entity or relation gold that :func:`load_gold` does not read."""
    return [folder for path in paths if Path(path).is_dir() for folder, _ in gold_folders(path) if folder != Path(path)]


def _is_gold(file: Path) -> bool:
    try:
        with open(file, encoding="utf-8") as handle:
            first = next((line for line in handle if line.strip()), "")
        record = json.loads(first) if first else {}
    except (OSError, UnicodeDecodeError, ValueError):
        return True  # load_gold names the file and what is wrong with it
    return isinstance(record, dict) and ("entities" in record or "facts" in record)


def _same_id(gold: object, pred: object) -> bool:
    if gold == pred:
        return True
    if isinstance(gold, str) and isinstance(pred, str) and gold.startswith("policy:") and pred.startswith("policy:"):
        return "".join(gold.split()) == "".join(pred.split())  # a title as printed (广州市黄埔区 广州开发区…办法) is the policy whose id drops the spaces
    if isinstance(gold, str) and isinstance(pred, str) and gold.startswith("fund:") and pred.startswith("fund:"):
        _, g_owner, g_name = gold.split(":", 2)
        _, p_owner, p_name = pred.split(":", 2)
        return g_owner == p_owner and (g_name.endswith(p_name) or p_name.endswith(g_name))
    return False


def _same(gold: tuple, pred: tuple) -> bool:
    """Entities ``(type, id)`` or facts ``(subject, relation, object, amount)``, element by element."""
    return len(gold) == len(pred) and all(_same_id(g, p) for g, p in zip(gold, pred))


def _match(gold: set[tuple[str, str]], pred: set[tuple[str, str]]) -> tuple[set, set, set]:
    matched_gold, matched_pred = set(), set()
    for g in sorted(gold):
        for p in sorted(pred - matched_pred):
            if _same(g, p):
                matched_gold.add(g)
                matched_pred.add(p)
                break
    return matched_gold, gold - matched_gold, pred - matched_pred


def evaluate(gold: Sequence[dict], articles: dict[tuple[str, int], Article], link) -> Evaluation:
    """Score ``link(article) -> [Mention]`` on every gold article."""
    result = Evaluation()
    gold_by_type: Counter[str] = Counter()
    rule_types: dict[str, set[str]] = defaultdict(set)
    for record in gold:
        key = (record["file"], int(record["index"]))
        article = _gold_article(record, articles)
        gold_set = {(e["type"], e["id"]) for e in record["entities"]}
        rules_of: dict[tuple[str, str], set[str]] = defaultdict(set)
        for m in link(article):
            rules_of[(m.type, m.id)].add(m.rule)
        pred_set = set(rules_of)
        result.articles += 1
        gold_by_type.update(t for t, _ in gold_set)
        for etype in {t for t, _ in gold_set | pred_set}:
            g = {x for x in gold_set if x[0] == etype}
            p = {x for x in pred_set if x[0] == etype}
            _score(result.scores[etype], g, p)
        _score(result.scores["all"], gold_set, pred_set)
        g_regions = {("region", i) for t, i in gold_set if t in REGION_TYPES}
        p_regions = {("region", i) for t, i in pred_set if t in REGION_TYPES}
        _score(result.scores["region (adcode)"], g_regions, p_regions)
        _, missed, spurious = _match(gold_set, pred_set)
        for entity, rules in rules_of.items():
            for rule in rules:
                rule_types[rule].add(entity[0])
                score = result.link_rules[rule]
                if entity in spurious:
                    score.fp += 1
                else:
                    score.tp += 1
        if missed or spurious:
            spurious_with_rules = [(*entity, "+".join(sorted(rules_of[entity]))) for entity in sorted(spurious)]
            result.errors.append({"file": key[0], "index": key[1], "title": article.title, "missed": sorted(missed), "spurious": spurious_with_rules})
    for rule, types in rule_types.items():
        score = result.link_rules[rule]
        score.fn = max(0, sum(gold_by_type[t] for t in types) - score.tp)
    return result


def evaluate_gold(records: Sequence[dict], articles: dict[tuple[str, int], Article], linker, min_confidence: float = 0.0) -> Evaluation:
    """One gold set scored whole: entity linking on its ``entities`` records and relation extraction
    (with each rule alone) on its ``facts`` records, only facts at least ``min_confidence``; one table."""
    entity_records = [r for r in records if "entities" in r]
    fact_records = [r for r in records if "facts" in r]
    evaluation = evaluate(entity_records, articles, linker.link_article)
    if fact_records:
        from kg.relations import extract_facts

        relations = evaluate_relations(fact_records, articles, lambda a: [f for f in extract_facts(a, linker)[1] if f.confidence >= min_confidence])
        if entity_records:
            for name, score in relations.scores.items():
                evaluation.scores["all relations" if name == "all" else name] = score
            evaluation.errors += relations.errors
        else:
            evaluation = relations
        evaluation.rules, evaluation.false_positives = relations.rules, relations.false_positives
    return evaluation


def _score(score: Score, gold: set, pred: set) -> None:
    matched, missed, spurious = _match(gold, pred)
    score.tp += len(matched)
    score.fn += len(missed)
    score.fp += len(spurious)


def mention_record(m: Mention) -> dict:
    """A mention as ``kg link`` / ``kg extract`` print it, with the rule that linked it (a fund's size
    as ``quantity`` when written; a former unit the name meant on the text's date as ``historical``)."""
    record = {"text": m.text, "start": m.start, "end": m.end, "type": m.type, "id": m.id, "name": m.name, "adcode": m.adcode, "rule": m.rule}
    if m.quantity:
        record["quantity"] = m.quantity
    if m.historical_adcode:
        record["historical"] = {"adcode": m.historical_adcode, "name": m.historical_name}
    return record


def evaluate_relations(gold: Sequence[dict], articles: dict[tuple[str, int], Article], facts_of) -> Evaluation:
    """Score ``facts_of(article) -> [Fact]`` on gold ``facts`` records, per relation.

    A fact is ``(subject, relation, object)`` within its article; a ``sets_target``
    also counts only with the same amount (the unit and year are reported, not scored).
    Each rule is also scored alone (:attr:`Evaluation.rules`): the facts whose evidence
    names it (a fact found twice in one sentence keeps the first rule's name), and every one
    the gold has not goes to :attr:`Evaluation.false_positives` with its sentence.
    """
    result = Evaluation()
    for record in gold:
        article = _gold_article(record, articles)
        gold_set = {_fact_key(f["subject"], f["relation"], f["object"], f.get("amount"), f.get("unit")) for f in record["facts"] if f["relation"] in SCORED_RELATIONS}
        pred_set = set()
        targeted = set()
        by_rule: dict[tuple[str, str], dict[tuple, str]] = defaultdict(dict)  # (relation, rule) → fact → its first sentence
        for f in facts_of(article):  # as the gold: one target per (region, industry), the first stated
            if f.relation not in SCORED_RELATIONS or (f.relation == "sets_target" and (f.subject, f.object) in targeted):
                continue
            if f.relation == "sets_target":
                targeted.add((f.subject, f.object))
            key = _fact_key(f.subject, f.relation, f.object, f.quantity.amount if f.quantity else None, f.quantity.unit if f.quantity else None)
            pred_set.add(key)
            by_rule[(f.relation, f.evidence.rule)].setdefault(key, f.evidence.sentence)
        for (relation, rule), found in sorted(by_rule.items()):
            matched, _, spurious = _match({x for x in gold_set if x[1] == relation}, set(found))
            score = result.rules[(relation, rule)]
            score.tp += len(matched)
            score.fp += len(spurious)
            for fact in sorted(spurious, key=str):
                result.false_positives.append({"rule": rule, "subject": fact[0], "relation": relation, "object": fact[2], "file": record["file"], "index": record["index"], "sentence": found[fact]})
        result.articles += 1
        for relation in SCORED_RELATIONS:
            _score(result.scores[relation], {x for x in gold_set if x[1] == relation}, {x for x in pred_set if x[1] == relation})
        _score(result.scores["all"], gold_set, pred_set)
        _, missed, spurious = _match(gold_set, pred_set)
        missed, spurious = sorted(missed, key=str), sorted(spurious, key=str)
        if missed or spurious:
            result.errors.append({"file": record["file"], "index": record["index"], "title": article.title, "missed": missed, "spurious": spurious})
    for (relation, rule), score in result.rules.items():  # a rule's misses: its relation's gold facts it did not find
        total = result.scores[relation]
        score.fn = total.tp + total.fn - score.tp
    return result


def _fact_key(subject: str, relation: str, obj: str, amount, unit: str | None = None) -> tuple:
    """A fact as scored. A policy's id is its title without spaces (as :mod:`kg.link.policies` makes
    it), so a gold id typed with the title's spaces (广州市黄埔区 广州开发区…办法) is the same document.
    A target's amount is compared in 亿元 where written in 万亿元 (1.5 万亿元 is 15000 亿元, as the rules
    state it).

    >>> _fact_key("agency:x", "issues", "policy:广州市黄埔区 广州开发区促进办法", None)
    ('agency:x', 'issues', 'policy:广州市黄埔区广州开发区促进办法', None)
    >>> _fact_key("320000", "sets_target", "industry:integrated-circuits", 1.5, "万亿元")
    ('320000', 'sets_target', 'industry:integrated-circuits', 15000.0)
    """
    if obj.startswith("policy:"):
        obj = re.sub(r"\s+", "", obj)
    if relation != "sets_target" or amount is None:
        return (subject, relation, obj, None)
    return (subject, relation, obj, round(float(amount) * 10000, 6) if unit in ("万亿元", "万亿") else float(amount))


def _gold_article(record: dict, articles: dict[tuple[str, int], Article]) -> Article:
    from kg.errors import InputError

    key = (record["file"], int(record["index"]))
    article = articles.get(key)
    if article is None:
        raise InputError(record["file"], f"gold article {key[1]} ({record.get('title')}) is not in the corpus")
    if record.get("title") and record["title"].split() != article.title.split():  # spacing aside (a full-width space is one)
        raise InputError(record["file"], f"gold article {key[1]} is titled {record['title']!r}, the corpus has {article.title!r}")
    return article


# ---------------------------------------------------------------- segmentation


@dataclass
class SegmentationEvaluation:
    """How well files were split into articles, against ``gold.jsonl`` (tests/gold/segmentation/README.md).

    A file is *exact* when it gives as many articles as the gold, each with the gold title
    (normalised: width, whitespace, markup and leading numbering aside) and a first body
    paragraph starting with the gold ``starts``. Headline recall: gold titles found among the
    file's article titles. Dates: gold articles found by title whose date is the gold date
    (null included).
    """

    files: int = 0
    exact: int = 0
    headlines: int = 0
    headlines_found: int = 0
    dated: int = 0
    dates_right: int = 0
    failures: list[dict] = field(default_factory=list)

    def table(self) -> str:
        def share(a: int, b: int) -> str:
            return f"{a}/{b} ({a / b:.1%})" if b else "0/0"

        lines = [
            f"files split exactly   {share(self.exact, self.files)}",
            f"headlines found       {share(self.headlines_found, self.headlines)}",
            f"dates right           {share(self.dates_right, self.dated)}",
        ]
        for failure in self.failures:
            lines.append(f"  {failure['file']}: {failure['problem']}")
        return "\n".join(lines)

    def as_dict(self) -> dict:
        return {"files": self.files, "exact": self.exact, "headlines": self.headlines, "headlines_found": self.headlines_found,
                "dated": self.dated, "dates_right": self.dates_right, "failures": self.failures}


def _norm(text: str | None) -> str:
    """Compare titles and openings: NFKC, no whitespace, no Markdown markers or 【】, no leading numbering
    (taken off before the spaces, so that 1. 8月… loses its 1. as 1. 某某… does: 1.8月 reads as a figure; and
    before NFKC, which turns ④ into 4: ④ 1—7月… is 1—7月…).

    >>> _norm("## 1. 8月全省CPI同比上涨0.4%"), _norm("**2.县域商业 体系建设**"), _norm("④ 1—7月实际使用外资6.8亿美元")
    ('8月全省CPI同比上涨0.4%', '县域商业体系建设', '1—7月实际使用外资6.8亿美元')

    Bold markers inside the text are markup too: a gold ``starts`` copied from a Markdown file keeps the run-in
    lead's (``**据悉**，某某…``), which the reader drops from the paragraph's text.

    >>> _norm("**据悉**，某某市今年") == _norm("据悉，某某市今年")
    True
    """
    from kg.lines import strip_numbering

    raw = (text or "").strip(" \t\r\n\u3000#*_【】[]")
    unmarked = strip_numbering(raw)
    text = unicodedata.normalize("NFKC", unmarked)
    if unmarked == raw:  # (full-width numbering, １．, is numbering once normalised)
        text = strip_numbering(text.strip(" \t\r\n\u3000#*_【】[]"))
    return _EMPHASIS.sub("", re.sub(r"\s+", "", text)).strip("#*_【】[]")


_EMPHASIS = re.compile(r"\*\*|__")  # (Markdown's bold markers, wherever they stand)

#: The re-layouts of a gold file under which its gold holds unchanged (:func:`relayout`).
SEGMENTATION_VARIANTS = ("no-blank", "markup", "markup+no-blank")

# Blank lines, but not one before a Markdown rule or setext underline (without it, the paragraph above
# would become a heading: a change of meaning, not of layout).
_BLANK_LINES = re.compile(r"\n[ \t\u3000]*(?:\n[ \t\u3000]*)+(?![ ]{0,3}(?:-{3,}|\*{3,}|_{3,}|={3,})[ \t]*(?:\n|$))")
_MD_HEADING = re.compile(r"^[ ]{0,3}#{1,6}[ \t]+(?=\S)")
_MD_BOLD_LINE = re.compile(r"^([ \t\u3000]*)\*\*(.+)\*\*([ \t\u3000]*)$")


def relayout(name: str, text: str, articles: Sequence[dict], variant: str) -> tuple[str, str] | None:
    r"""A plain-text gold file (``.txt``/``.md``) laid out another way: ``(file name, text)``, or None
    where the variant changes nothing (a file with no blank lines, no headline on a line of its own).

    ``no-blank``: every blank line removed, as digests pasted without them come. ``markup``: a ``.txt``
    becomes a ``.md`` whose headline lines (the last line above each gold ``starts`` that is its gold
    title, numbering and 【】 aside: not a table of contents repeating it) are ``##`` headings; a
    ``.md`` becomes a ``.txt`` without ``#`` and line-wide ``**`` markers. ``markup+no-blank``: both.

    >>> relayout("a.txt", "刊头\n\n上海发布新政\n正文。\n", [{"title": "上海发布新政", "starts": "正文。"}], "markup+no-blank")
    ('a.md', '刊头\n## 上海发布新政\n正文。\n')
    """
    if variant not in SEGMENTATION_VARIANTS:
        raise ValueError(f"unknown variant {variant!r}: expected one of {', '.join(SEGMENTATION_VARIANTS)}")
    path = Path(name)
    if path.suffix not in (".txt", ".md"):
        return None
    new = text
    if variant.startswith("markup"):
        if path.suffix == ".md":
            lines = [_MD_BOLD_LINE.sub(r"\1\2\3", _MD_HEADING.sub("", line)) for line in new.split("\n")]
            path = path.with_suffix(".txt")
        else:
            lines = new.split("\n")
            for k, n in reversed(_headline_lines(lines, articles)):
                lines[k : k + n] = ["## " + "".join(line.strip() for line in lines[k : k + n])]
            path = path.with_suffix(".md")
        new = "\n".join(lines)
    if variant.endswith("no-blank"):
        new = _BLANK_LINES.sub("\n", new)
    if variant.startswith("markup") and path.suffix == ".md" and "## " not in new:
        return None  # no headline on a line of its own (a digest pasted into one paragraph)
    return (path.name, new) if new != text or path.name != name else None


def _is_headline_of(line: str, key: str) -> bool:
    """Is ``line`` the headline whose normalised title is ``key``, alone, with the item's date or dates after it
    (1.某某路主线贯通　6月3日, 某某项目通过评估（11月14日）, 某某代表团赴德招商（11月8日—14日）), or closed by the
    full stop its title is cited without (某某消费季收官。)?

    >>> _is_headline_of("1.某某路主线贯通　6月3日", "某某路主线贯通"), _is_headline_of("某某路主线贯通工程", "某某路主线贯通")
    (True, False)
    >>> _is_headline_of("某某湿地修复项目通过评估（11月14日）", "某某湿地修复项目通过评估")
    True
    >>> _is_headline_of("某某代表团赴德招商（11月8日—14日）", "某某代表团赴德招商"), _is_headline_of("某某消费季收官。", "某某消费季收官")
    (True, True)

    A tag its title is cited without may open it, as a forwarded item's does: 【转发】某某港吞吐量创新高.

    >>> _is_headline_of("【转发】某某港吞吐量创新高", "某某港吞吐量创新高"), _is_headline_of("【苏州设立基金】", "苏州设立基金")
    (True, True)
    """
    for text in (line, _TAG_BEFORE.sub("", line, count=1)):
        norm = _norm(text)
        if norm == key or (bool(key) and norm.startswith(key) and _DATE_AFTER.fullmatch(norm[len(key) :]) is not None):
            return True
    return False


_DAY = r"(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日(?:[—–~～至-](?:\d{1,2}月)?\d{1,2}日)?"
_DATE_AFTER = re.compile(rf"{_DAY}|\({_DAY}\)|。")
_TAG_BEFORE = re.compile(r"^[ \t\u3000]*【[^【】]{1,8}】(?=\S)")


def _wrapped_headline(line: str, below: str, key: str) -> bool:
    """Is ``line`` the start of the headline whose normalised title is ``key``, wrapped onto ``below``?"""
    start = _norm(line)
    return bool(start) and len(start) < len(key) and key.startswith(start) and bool(below.strip()) and _is_headline_of(line.strip() + below.strip(), key)


def _headline_lines(lines: Sequence[str], articles: Sequence[dict]) -> list[tuple[int, int]]:
    r"""The lines that are the gold articles' headlines, in reading order: (index of the first, how many) — two
    where a headline was wrapped onto the next line, as text copied out of a PDF has them (someone marking the
    file up makes it one ``##`` line).

    >>> _headline_lines(["刊头", "某某市出台支持低空经济发展的", "若干措施", "正文。"], [{"title": "某某市出台支持低空经济发展的若干措施", "starts": "正文。"}])
    [(1, 2)]
    """
    found: list[tuple[int, int]] = []
    k = 0
    for art in articles:
        key, starts = _norm(art.get("title")), art.get("starts") or ""
        # (not the headline itself, which may open with the same words as its body: 长三角…示范区发布… / 长三角…示范区执行委员会…)
        while k < len(lines) and (starts not in lines[k] or _norm(lines[k]) == key):
            k += 1
        end = min(k, len(lines))
        first = found[-1][0] + found[-1][1] if found else 0
        above = [(j, 1) if _is_headline_of(lines[j], key) else (j, 2) for j in range(first, end) if lines[j].strip() and (
            _is_headline_of(lines[j], key) or (j + 1 < end and _wrapped_headline(lines[j], lines[j + 1], key)))]
        if above:
            found.append(above[-1])
        k += 1
    return found


def evaluate_segmentation(folder: str | Path, variant: str | None = None) -> SegmentationEvaluation:
    """Segment every file a gold folder's ``gold.jsonl`` lists and score the articles found.

    With ``variant`` (one of :data:`SEGMENTATION_VARIANTS`), each plain-text file is scored re-laid
    out by :func:`relayout`; the files the variant does not change are left out of the counts.
    """
    from kg.errors import InputError
    from kg.ingest import read_source, source_from_bytes
    from kg.segment import segment

    folder = Path(folder)
    gold_path = folder / "gold.jsonl"
    if not gold_path.is_file():
        raise InputError(folder, "no gold.jsonl here; a segmentation gold folder holds the files and gold.jsonl (tests/gold/segmentation/README.md)")
    result = SegmentationEvaluation()
    for record in load_gold([gold_path]):
        if not isinstance(record, dict) or "file" not in record or not isinstance(record.get("articles"), list):
            raise InputError(gold_path, f"a line is not a segmentation record ({{'file': …, 'articles': [{{'title', 'starts', 'date'}}, …]}}): {str(record)[:60]}")
        gold = record["articles"]
        path = folder / record["file"]
        if variant is not None:
            try:
                text = path.read_text(encoding="utf-8") if path.suffix in (".txt", ".md") else ""
            except (OSError, UnicodeDecodeError):
                text = ""
            changed = relayout(path.name, text, gold, variant) if text else None
            if changed is None:
                continue
        result.files += 1
        result.headlines += len(gold)
        try:
            articles = segment(read_source(path) if variant is None else source_from_bytes(folder / changed[0], changed[1].encode("utf-8"))).articles
        except InputError as exc:
            result.failures.append({"file": record["file"], "problem": f"not read: {exc.problem}"})
            continue
        titles = [_norm(a.title) for a in articles]
        unmatched = list(titles)
        for g in gold:
            key = _norm(g["title"])
            if key in unmatched:
                unmatched.remove(key)
                result.headlines_found += 1
                article = articles[titles.index(key)]
                result.dated += 1
                result.dates_right += article.date == g.get("date")
                if article.date != g.get("date"):
                    result.failures.append({"file": record["file"], "problem": f"date of {g['title'][:16]!r} is {article.date}, gold {g.get('date')}"})
        problem = _difference(gold, articles)
        if problem is None:
            result.exact += 1
        else:
            result.failures.append({"file": record["file"], "problem": problem})
    return result


def _difference(gold: Sequence[dict], articles: Sequence[Article]) -> str | None:
    """What first differs between the gold articles and the ones found, or None."""
    if len(gold) != len(articles):
        found = "; ".join(a.title[:20] for a in articles[:6])
        return f"{len(articles)} articles, gold has {len(gold)} (found: {found})"
    for k, (g, a) in enumerate(zip(gold, articles)):
        if _norm(g["title"]) != _norm(a.title):
            return f"article {k} titled {a.title[:30]!r}, gold {g['title'][:30]!r}"
        first = _norm(a.paragraphs[0].text) if a.paragraphs else ""
        if not first.startswith(_norm(g["starts"])):
            return f"article {k} ({g['title'][:16]}) starts {first[:20]!r}, gold {g['starts']!r}"
    return None


def rule_precision_table(relations: Evaluation, entities: Evaluation, sources: str) -> str:
    """The rule precision table (``kg/data/relations/rule_precision.tsv``) from scored gold.

    One row per relation rule that found anything on the relation gold (``relations``,
    from :func:`evaluate_relations`), and a row ``linker`` with the linker's counts on
    the entity gold (``entities``, from :func:`evaluate`: every ``mentions`` edge's
    confidence). ``sources`` names the gold, for the header.
    """
    from kg.confidence import LINKER_ROW, RulePrecision

    lines = [
        "# Precision of each relation rule on hand-made gold: a fact's confidence (kg/confidence.py).",
        f"# Counts from {sources}.",
        "# Written by scripts/rule_precision.py (kg eval --by-rule prints the same, with each false positive);",
        "# tests/test_confidence.py checks that this file is what the gold in the repository gives.",
        "# policy_title_* and linker: the linker's counts on the entity gold (industries, regions, all), as these rules only link a title.",
        "# A rule not listed here has no gold counts: confidence 0.5, out of the default views.",
        "rule\trelation\ttp\tfp\tprecision",
    ]
    for (relation, rule), score in sorted(relations.rules.items(), key=lambda item: (item[0][1], item[0][0])):
        lines.append(f"{rule}\t{relation}\t{score.tp}\t{score.fp}\t{RulePrecision(score.tp, score.fp).precision:.3f}")
    # Rules that only link a policy's title (its industries, the region it opens with) are as
    # precise as the linker on that type: their rows take the linker's counts on the entity gold.
    for rule, relation, etype in (*TITLE_RULES, (LINKER_ROW, "mentions", "all")):
        linked = entities.scores[etype]
        lines.append(f"{rule}\t{relation}\t{linked.tp}\t{linked.fp}\t{RulePrecision(linked.tp, linked.fp).precision:.3f}")
    return "\n".join(lines) + "\n"


#: Rules that read a fact from a policy's title by linking it: (rule, relation, entity type scored).
TITLE_RULES = (("policy_title_industry", "targets", "industry"), ("policy_title_region", "applies_to", "region (adcode)"))
