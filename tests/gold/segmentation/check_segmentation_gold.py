"""Check segmentation gold sets against their files: ``python check_segmentation_gold.py dev dev2 … heldout5``.

Checks the format (one line per file, sorted by file name, the four fields of every article, dates as
YYYY-MM-DD, ``starts`` 12–20 characters or a whole shorter paragraph), that the files listed are the files
present, and that in each file the titles and ``starts`` occur in reading order, each ``starts`` after its
title at the start of a line or paragraph (or right after its title, in the one-paragraph layout). A PDF is
read as the project reads it (pypdf's text, pages separated by a form feed), and a title may be wrapped
onto the next line, as a long headline is in text extracted from a PDF.
"""

from __future__ import annotations

import html
import json
import re
import sys
from pathlib import Path

from docx import Document
from pypdf import PdfReader

__all__ = ["check_set", "file_text"]

HERE = Path(__file__).parent
DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
FIELDS = {"title", "starts", "date", "outlet"}


def file_text(path: Path) -> str:
    """The text a reader sees in one gold file: DOCX paragraphs one a line, PDF pages' text separated by a
    form feed, HTML unescaped, else as is."""
    if path.suffix == ".pdf":
        return "\f".join(page.extract_text() for page in PdfReader(path).pages)
    if path.suffix == ".docx":
        return "\n".join(p.text for p in Document(str(path)).paragraphs)
    text = path.read_text(encoding="utf-8")
    return html.unescape(text) if path.suffix == ".html" else text


def _title_pattern(title: str) -> re.Pattern:
    """A title as it may stand in a file: on one line, or wrapped onto the next (a PDF's long headline)."""
    return re.compile("\n?".join(map(re.escape, title)))


def _starts_ok(text: str, at: int, title_end: int) -> bool:
    # Indentation (spaces, full-width spaces, &nbsp;) before a paragraph is not part of it.
    line_start = at
    while line_start > 0 and text[line_start - 1] in " \t\u3000\xa0":
        line_start -= 1
    return line_start == 0 or text[line_start - 1] in "\n>" or text[title_end:at].strip(" 。.：:】") == ""


def check_set(folder: Path) -> list[str]:
    """Every problem found in one set folder, as 'file: problem' lines."""
    problems: list[str] = []
    lines = [json.loads(line) for line in (folder / "gold.jsonl").read_text(encoding="utf-8").splitlines()]
    names = [rec["file"] for rec in lines]
    if names != sorted(names):
        problems.append("gold.jsonl: not sorted by file name")
    present = sorted(p.name for p in folder.iterdir() if p.name != "gold.jsonl")
    if sorted(names) != present:
        problems.append(f"gold.jsonl: files listed {sorted(set(names) ^ set(present))} differ from files present")
    for rec in lines:
        name = rec["file"]
        if set(rec) != {"file", "layout", "articles"} or not rec["layout"] or not rec["articles"]:
            problems.append(f"{name}: expected file, layout and a non-empty articles list")
            continue
        path = folder / name
        if not path.exists():
            continue
        text = file_text(path)
        pos = 0
        for art in rec["articles"]:
            if set(art) != FIELDS:
                problems.append(f"{name}: article fields {sorted(art)}, expected {sorted(FIELDS)}")
                continue
            if art["date"] is not None and not DATE.fullmatch(art["date"]):
                problems.append(f"{name}: date {art['date']!r}, expected YYYY-MM-DD or null")
            whole_line = len(art["starts"]) < 12 and (art["starts"] + "\n") in text
            if not (12 <= len(art["starts"]) <= 20 or whole_line):
                problems.append(f"{name}: starts {art['starts']!r} has {len(art['starts'])} characters, expected 12-20")
            title = _title_pattern(art["title"])
            found = title.search(text, pos)
            if not found:
                problems.append(f"{name}: title {art['title']!r} not found after offset {pos}")
                continue
            s = text.find(art["starts"], found.end())
            if s < 0:
                problems.append(f"{name}: starts {art['starts']!r} not found after title {art['title']!r}")
                continue
            # The headline is the title's last occurrence before its body (a table of contents may repeat it
            # earlier on the same line, in a digest pasted into one paragraph).
            *_, found = title.finditer(text, found.start(), s)
            if not _starts_ok(text, s, found.end()):
                problems.append(f"{name}: starts {art['starts']!r} is not at the start of a line or right after its title")
            pos = s + len(art["starts"])
    return problems


if __name__ == "__main__":
    found = []
    every_set = sorted((p.parent.name for p in HERE.glob("*/gold.jsonl")), key=lambda n: (n.rstrip("0123456789"), int(n[len(n.rstrip("0123456789")):] or 0)))
    for arg in sys.argv[1:] or every_set:
        folder = HERE / arg
        problems = check_set(folder)
        n = sum(1 for _ in (folder / "gold.jsonl").open(encoding="utf-8"))
        print(f"{arg}: {n} files, {len(problems)} problems")
        found += problems
    print("\n".join(found))
    sys.exit(1 if found else 0)
