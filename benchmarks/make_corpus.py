#!/usr/bin/env python3
"""Make a larger, realistic corpus from the bundled one, for the scale benchmarks.

    python benchmarks/make_corpus.py --factor 10 --out /tmp/corpus-10x [--seed 7]

Articles of the bundled newsletters are re-mixed into new issues (sections
headed 【…】, trailers （outlet YYYYMMDD）), and in each copy the regions and
industries it names are swapped along the knowledge base — a province for
another province, a city for another city, an industry for a sibling in the
industry scheme — written in the same form (full or short name), so the text
stays plausible and the entities vary. Deterministic for a given seed. The
output is about ``factor`` times the size of the bundled corpus.
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path


def _swaps(kb, rng: random.Random):
    """Per level, a shuffled list of regions to draw replacements from; industries by parent."""
    by_level: dict[str, list] = {}
    for entity in kb.by_id.values():
        if entity.type in ("province", "city") and entity.aliases:
            by_level.setdefault(entity.type, []).append(entity)
    for items in by_level.values():
        items.sort(key=lambda e: e.id)
    siblings: dict[str, list] = {}
    for entity in kb.by_id.values():
        if entity.type == "industry":
            for parent in entity.parents[:1]:
                siblings.setdefault(parent, []).append(entity)
    for items in siblings.values():
        items.sort(key=lambda e: e.id)
    return by_level, siblings


def _rewrite(text: str, mentions, kb, by_level, siblings, rng: random.Random, chosen: dict) -> str:
    """``chosen`` keeps one replacement per entity for the whole article."""
    out, pos = [], 0
    for start, end, mention in sorted(mentions, key=lambda m: m[0]):
        entity = kb.get(mention.id)
        if entity is None or start < pos:
            continue
        replacement = None
        if entity.type in by_level:
            new = chosen.setdefault(entity.id, rng.choice(by_level[entity.type]))
            replacement = new.name if mention.text == entity.name else new.aliases[0]
        elif entity.type == "industry" and entity.parents and len(siblings.get(entity.parents[0], [])) > 1:
            new = chosen.setdefault(entity.id, rng.choice(siblings[entity.parents[0]]))
            replacement = new.name
        if replacement:
            out.append(text[pos:start])
            out.append(replacement)
            pos = end
    out.append(text[pos:])
    return "".join(out)


def make_corpus(factor: float, out: Path, seed: int = 7) -> list[Path]:
    from kg import BUNDLED_CORPUS
    from kg.build import load_documents
    from kg.kb import load_kb
    from kg.link import Linker, article_units

    rng = random.Random(seed)
    kb = load_kb()
    linker = Linker(kb)
    articles = [a for a in load_documents([BUNDLED_CORPUS]).articles if a.outlet and a.date]
    target = factor * sum(p.stat().st_size for p in BUNDLED_CORPUS.glob("*.txt"))
    by_level, siblings = _swaps(kb, rng)
    located = {a.id: linker.locate_article(a) for a in articles}
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    size, issue = 0, 0
    while size < target:
        issue += 1
        year = 2020 + issue % 6
        month, day = 1 + issue % 12, 1 + issue % 28
        lines = ["双周决策观察", "", f"{year} 年第 {issue % 24 + 1} 期", "", f"(总第 {issue + 300} 期)", "", f"{month} 月 {day} 日印发", ""]
        picks = rng.sample(articles, k=min(12, len(articles)))
        for article in sorted(picks, key=lambda a: (a.section or "", a.id)):
            units = article_units(article)
            by_unit: dict[int, list] = {}
            for u, s, e, m in located[article.id]:
                by_unit.setdefault(u, []).append((s, e, m))
            chosen: dict[str, object] = {}
            texts = [_rewrite(unit.text, by_unit.get(u, []), kb, by_level, siblings, rng, chosen) for u, unit in enumerate(units)]
            title, body = (texts[0], texts[1:]) if units and units[0].kind == "title" else (article.title, texts)
            section = rng.choice(["区域", "上海", "广东", "北京", "江苏", "浙江", "地方新政"])
            date = f"{year}{month:02d}{day:02d}"
            lines += [f"【{section}】", "", title, ""]
            for n, paragraph in enumerate(body):
                trailer = f"（{article.outlet} {date}）" if n == len(body) - 1 else ""
                lines += [paragraph + trailer, ""]
        path = out / f"generated_{issue:05d}.txt"
        text = "\n".join(lines)
        path.write_text(text, encoding="utf-8")
        written.append(path)
        size += len(text.encode("utf-8"))
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--factor", type=float, default=10)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    files = make_corpus(args.factor, args.out, args.seed)
    total = sum(p.stat().st_size for p in files)
    print(f"wrote {len(files)} files, {total / 1e6:.1f} MB, into {args.out}")


if __name__ == "__main__":
    main()
