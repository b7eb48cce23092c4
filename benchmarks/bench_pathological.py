#!/usr/bin/env python3
"""Extraction time on adversarial inputs at two sizes: does any family grow faster than its size?

    python benchmarks/bench_pathological.py [--sizes 20000,80000] [--only WORD] [--profile FAMILY]

Each family of generated text (one line without punctuation, long runs of one character, thousands
of list items, short lines, brackets nested thousands deep, pages of headings, deep HTML, a DOCX of
tiny runs …) is made at each size (characters of text, about), read from bytes as a build reads a
file, then segmented, linked and run through the relation rules (``kg.build.extract_source``).
Prints the CPU seconds of each step at each size and the growth ratio from the smallest size to the
largest: a linear step grows about as the size does (4 for 20k → 80k); a ratio well above that is a
super-linear rule. CPU time, not wall time (the machine is shared); steps under 0.05 s at the small
size are too short for their ratio to mean anything (printed in brackets); each step's best of
``--repeat`` runs, garbage collected as in an extraction worker. A figure to read, not a test. ``--profile FAMILY`` prints cProfile's top functions for that family at the largest size.

The texts are made here from a few words of our own (no real articles), deterministically.
"""

from __future__ import annotations

import argparse
import io
import random
import time
from pathlib import Path

_WORDS = ("深圳市", "广州市", "浙江省", "杭州市", "南山区", "余杭区", "工信部", "发展改革委", "支持", "推动", "建设",
          "低空经济", "新能源汽车", "集成电路", "生物医药", "产业园", "高新区", "项目", "投资", "亿元", "签约", "落地",
          "企业", "基金", "设立", "规划", "目标", "到2025年", "实现", "产值", "突破", "合作", "战略", "协议", "人工智能")
_REGIONS = ("深圳市", "广州市", "东莞市", "佛山市", "杭州市", "宁波市", "南京市", "苏州市", "成都市", "重庆市",
            "武汉市", "西安市", "合肥市", "长沙市", "郑州市", "济南市", "青岛市", "厦门市", "福州市", "昆明市")


def _words(rng: random.Random, chars: int, sep: str = "") -> str:
    out, length = [], 0
    while length < chars:
        word = rng.choice(_WORDS)
        out.append(word)
        length += len(word) + len(sep)
    return sep.join(out)[:chars]


def _run(char: str):
    """A short sentence, ``char`` over and over, the sentence again (a run of one character inside an article)."""
    return lambda n: "深圳市支持低空经济发展。\n" + char * n + "\n深圳市支持低空经济发展，投资120亿元。\n"


def _lines(n: int, line) -> str:
    out, length, i = [], 0, 0
    while length < n:
        out.append(line(i))
        length += len(out[-1]) + 1
        i += 1
    return "\n".join(out) + "\n"


def _html(n: int, deepest: int = 100) -> bytes:
    """Deep nesting (a paragraph in each of ``deepest`` divs inside divs, over and over) and huge attributes."""
    rng = random.Random(7)
    attribute = "x" * 2000
    parts, length, depth = ["<html><head><title>深圳市支持低空经济发展</title></head><body>"], 0, 0
    while length < n:
        parts.append(f'<div class="c{depth}" data-a="{attribute}"><span title="{attribute}">')
        text = _words(rng, 60) + "。"
        parts.append(f"<p>{text}</p>")
        length += len(text)
        depth += 1
        if depth == deepest:
            parts.append("</span></div>" * depth)
            depth = 0
    parts.append("</span></div>" * depth + "</body></html>")
    return "".join(parts).encode()


def _docx(n: int) -> bytes:
    """Paragraphs of hundreds of runs of one or two characters, bold and not in turn."""
    import docx

    rng = random.Random(11)
    document = docx.Document()
    length = 0
    while length < n:
        paragraph = document.add_paragraph()
        text = _words(rng, 400) + "。"
        for i in range(0, len(text), 2):
            paragraph.add_run(text[i : i + 2]).bold = bool(i // 2 % 2)
        length += len(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def families() -> dict[str, tuple[str, object]]:
    """name → (file suffix, make(n) → text or bytes of about n characters)."""
    rng = lambda: random.Random(5)  # noqa: E731 — one generator per text: the same text whatever runs before
    made: dict[str, tuple[str, object]] = {
        "one line, no punctuation": (".txt", lambda n: _words(rng(), n) + "\n"),
        "one line, words between spaces": (".txt", lambda n: _words(rng(), n, " ") + "\n"),
    }
    for char in "、，。０123《【（省市区县年%":
        made[f"run of {char}"] = (".txt", _run(char))
    made["run of ０-９"] = (".txt", lambda n: "深圳市投资" + "０１２３４５６７８９" * (n // 10) + "亿元。\n")
    made["run of 《 then 》"] = (".txt", lambda n: "深圳市印发" + "《" * (n // 2) + "低空经济" + "》" * (n // 2) + "。\n")
    made["run of 1 then 年"] = (".txt", lambda n: "到" + "1" * n + "年，深圳市低空经济产值突破100亿元。\n")
    made["list A、B、C"] = (".txt", lambda n: "支持" + "、".join(_REGIONS[i % len(_REGIONS)] for i in range(n // 4)) + "等城市发展低空经济。\n")
    made["list A，B，C"] = (".txt", lambda n: "支持" + "，".join(_REGIONS[i % len(_REGIONS)] for i in range(n // 4)) + "等城市发展低空经济。\n")
    made["list of industries A、B"] = (".txt", lambda n: "深圳市重点发展" + "、".join(("低空经济", "集成电路", "生物医药", "新能源汽车")[i % 4] for i in range(n // 5)) + "等产业。\n")
    made["list of titles 《A》、《B》"] = (".txt", lambda n: "深圳市印发" + "、".join(
        f"《关于支持{('低空经济', '集成电路', '生物医药')[i % 3]}发展的若干措施》" for i in range(n // 18)) + "等文件。\n")
    made["list of agencies A、B"] = (".txt", lambda n: "、".join(
        ("国家发展改革委", "工业和信息化部", "财政部", "商务部", "深圳市发展改革委")[i % 5] for i in range(n // 6)) + "联合印发通知。\n")
    made["list A与B和C"] = (".txt", lambda n: "支持" + "".join(_REGIONS[i % 20] + "与和及"[i % 3] for i in range(n // 4)) + "深圳市合作。\n")
    made["list of funds A、B"] = (".txt", lambda n: "深圳市设立" + "、".join(
        f"{_REGIONS[i % 20]}{('低空经济', '集成电路', '生物医药')[i % 3]}产业基金" for i in range(n // 12)) + "等基金。\n")
    made["short lines: words"] = (".txt", lambda n: _lines(n, lambda i: _words(random.Random(i), 8)))
    made["short lines: numbered titles"] = (".txt", lambda n: _lines(n, lambda i: f"{i}. 某某市第{i}批项目开工"))
    made["short lines: dates"] = (".txt", lambda n: _lines(n, lambda i: f"{2000 + i % 25}年{i % 12 + 1}月{i % 28 + 1}日"))
    made["short lines: one character"] = (".txt", lambda n: _lines(n, lambda i: "市"))
    made["paragraph without 。"] = (".txt", lambda n: "，".join(
        f"{_REGIONS[i % 20]}支持{('低空经济', '集成电路', '生物医药')[i % 3]}发展，投资{i % 90 + 10}亿元" for i in range(n // 18)) + "\n")
    made["sentences on one line"] = (".txt", lambda n: "".join(
        f"{_REGIONS[i % 20]}支持{('低空经济', '集成电路', '生物医药')[i % 3]}发展，投资{i % 90 + 10}亿元。" for i in range(n // 18)) + "\n")
    made["nested 《《《…》》》"] = (".txt", lambda n: "深圳市印发" + "《" * (n // 8) + "关于支持低空经济发展的若干措施" + "》" * (n // 8) + "。\n" + _words(rng(), n // 2) + "。\n")
    made["nested （（【【…"] = (".txt", lambda n: "深圳市" + "（【" * (n // 4) + "低空经济" + "】）" * (n // 4) + "。\n")
    made["long numbers"] = (".txt", lambda n: "".join(f"深圳市投资{rng().randrange(10**40)}{i}亿元，" for i in range(n // 60)) + "。\n")
    made["dates"] = (".txt", lambda n: "".join(f"{2000 + i % 25}年{i % 12 + 1}月{i % 28 + 1}日" for i in range(n // 10)) + "深圳市签约。\n")
    made["mixed Latin/digits"] = (".txt", lambda n: "".join(f"AB{i}cd{i * 7}E-{i}x " for i in range(n // 16)) + "\n")
    made["mixed Latin/digits + CJK"] = (".txt", lambda n: "".join(f"深圳{i}AI{i}市5G产业{i}GW" for i in range(n // 16)) + "。\n")
    for mark in ("——", "***", "###", "---", "==="):
        made[f"lines of {mark}"] = (".txt", lambda n, mark=mark: _lines(n, lambda i: mark * (1 + i % 20)))
    made["Markdown: only headings"] = (".md", lambda n: _lines(n, lambda i: "#" * (1 + i % 6) + f" 某某市第{i}批项目开工"))
    made["Markdown: deep list"] = (".md", lambda n: _lines(n, lambda i: "  " * (i % 40) + f"- 某某市第{i}项"))
    made["HTML: nesting 200 deep, huge attributes"] = (".html", _html)
    made["HTML: nesting past 1,000 (refused)"] = (".html", lambda n: _html(n, deepest=10**9))
    made["DOCX: thousands of tiny runs"] = (".docx", _docx)
    return made


def measure(suffix: str, data, linker) -> dict[str, float]:
    from kg import build as build_module
    from kg.ingest import source_from_bytes

    if isinstance(data, str):
        data = data.encode()
    start = time.process_time()
    source = source_from_bytes(Path("bad" + suffix), data)
    read = time.process_time() - start
    extracted = build_module.extract_source(source, time_budget=0)
    seconds = {"read": read, **dict(extracted.seconds)}
    seconds["chars"] = len(source.text)
    return seconds


def _best(runs) -> dict[str, float]:
    """Each step's least CPU time over the runs (the others measure the neighbours' load as much)."""
    runs = list(runs)
    return {key: min(r[key] for r in runs) for key in runs[0]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="20000,80000", help="characters of text, comma-separated")
    parser.add_argument("--only", default="", help="only the families whose name contains this")
    parser.add_argument("--repeat", type=int, default=2, help="runs of each text (each step's best is kept)")
    parser.add_argument("--profile", default="", help="profile the family of this exact name at the largest size")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]

    from kg import build as build_module
    from kg.errors import InputError
    from kg.link import Linker

    build_module._LINKER = linker = Linker()
    linker._jieba  # loaded before timing, as a build does before forking
    from kg import BUNDLED_CORPUS

    for path in sorted(BUNDLED_CORPUS.glob("*.txt"))[:3]:  # imports and tables built on first use: not any family's cost
        measure(".txt", path.read_bytes(), linker)
    build_module.worker_gc()  # collections as an extraction worker runs them (what it inherited frozen)
    made = families()
    if args.profile:
        import cProfile
        import pstats

        suffix, make = made[args.profile]
        data = make(sizes[-1])
        profile = cProfile.Profile()
        profile.runcall(measure, suffix, data, linker)
        pstats.Stats(profile).sort_stats("tottime").print_stats(25)
        return
    steps = ("read", "segment", "link", "relations")
    print(f"{'family':<38} " + " ".join(f"{'CPU-s at ' + format(s, ','):>20}" for s in sizes) + "   growth: total (" + ", ".join(steps) + ")")
    for name, (suffix, make) in made.items():
        if args.only and args.only not in name:
            continue
        try:
            results = [_best(measure(suffix, data, linker) for _ in range(args.repeat)) for data in map(make, sizes)]
        except InputError as exc:
            print(f"{name:<38} refused: {exc}", flush=True)
            continue
        totals = [sum(r[s] for s in steps) for r in results]

        def ratio(a: float, b: float) -> str:
            figure = f"{b / max(a, 1e-6):.1f}"
            return figure if a >= 0.05 else f"({figure})"

        per_step = ", ".join(ratio(results[0][s], results[-1][s]) for s in steps)
        cells = " ".join(f"{t:>9.2f} ({r['chars']:>8,})" for t, r in zip(totals, results))
        print(f"{name:<38} {cells}   × {ratio(totals[0], totals[-1]):>6} ({per_step})", flush=True)


if __name__ == "__main__":
    main()
