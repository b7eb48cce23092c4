#!/usr/bin/env python3
"""Entity-linking speed on the bundled corpus, beside plain jieba.cut over the same text.

    python benchmarks/bench_link.py [--repeat N]

Prints loading times (knowledge base, linker, jieba dictionary) and extraction
throughput in characters per second, best of N runs. A figure to read, not a test.
"""

from __future__ import annotations

import argparse
import time


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    t0 = time.perf_counter()
    from kg.kb import load_kb

    kb = load_kb()
    t1 = time.perf_counter()
    from kg.link import Linker

    linker = Linker(kb)
    t2 = time.perf_counter()
    linker._jieba  # the linker's jieba, with every KB name added
    t3 = time.perf_counter()
    print(f"load: knowledge base {t1 - t0:.2f} s, linker (automaton, patterns) {t2 - t1:.2f} s, jieba dictionary + names {t3 - t2:.2f} s; total {t3 - t0:.2f} s")

    from kg.build import load_documents

    articles = load_documents().articles
    texts = [a.text for a in articles]
    chars = sum(len(t) for t in texts)

    def best(run) -> float:
        times = []
        for _ in range(args.repeat):
            start = time.perf_counter()
            run()
            times.append(time.perf_counter() - start)
        return min(times)

    link_time = best(lambda: [linker.link_article(a) for a in articles])
    import jieba

    jieba.initialize()
    jieba_time = best(lambda: [list(jieba.cut(t)) for t in texts])
    mentions = sum(len(linker.link_article(a)) for a in articles)
    print(f"corpus: {len(articles)} articles, {chars:,} characters, {mentions:,} mentions")
    print(f"linking:   {chars / link_time:>12,.0f} chars/s  ({link_time:.2f} s)")
    print(f"jieba.cut: {chars / jieba_time:>12,.0f} chars/s  ({jieba_time:.2f} s)")
    print(f"linking / jieba.cut = {jieba_time / link_time:.2f}x")


if __name__ == "__main__":
    main()
