"""Tables of contents at the top of a bundled digest: numbered and bulleted entries, and a trailing list.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kg.lines import TAG, title_like as _title_like, visual_width
from kg.segmenting.drafts import _Toc, _key
from kg.types import Line

__all__ = []

_TAG = TAG
_BULLET_TAG = re.compile(r"^[-•·]\s*【([^【】]{1,12})】\s*(.*)$")
_TOC_START = re.compile(r"^(?:目\s*录|CONTENTS)", re.IGNORECASE)
# "title<TAB>page", or "title page" where a PDF turned the tab into spaces.
_TOC_ENTRY = re.compile(r"^(?P<title>.+?)(?:\s*\t\s*(?P<page>\d{1,4})?|\s+(?P<bare>\d{1,3}))$")


_NOT_CATEGORY = re.compile(r"[\d:：，,、《“]")


def _is_category(text: str) -> bool:
    """A TOC category heading: a short phrase, not a news title."""
    return visual_width(text) <= 6 and not _NOT_CATEGORY.search(text)


def _digest_toc(lines: Sequence[Line], end: int) -> _Toc:
    toc = _Toc()
    start = next((i for i in range(end) if _TOC_START.match(lines[i].text)), None)
    if start is None:
        return toc
    category: str | None = None
    last_entry = start
    entries: list[int] = []
    for i in range(start + 1, end):
        text = lines[i].text
        match = _TOC_ENTRY.match(text)
        title = match["title"].strip() if match else text
        page = (match["page"] or match["bare"]) if match else None
        if _is_category(title):
            category = title
            if page:  # a category with a page number is an entry of its own
                toc.section_of[_key(title)] = title
            entries.append(i)
            last_entry = i if page else last_entry
        elif page:
            toc.section_of[_key(title)] = category
            entries.append(i)
            last_entry = i
    toc.indices = {start, *(i for i in entries if i <= last_entry)}
    return toc


def _bullet_toc(lines: Sequence[Line], end: int, text: str) -> _Toc:
    """A list ``- 【上海】 title`` (+ further titles on the lines right below)."""
    toc = _Toc()
    tag: str | None = None
    for i in range(end):
        match = _BULLET_TAG.match(lines[i].text)
        if match:
            tag = match[1]
            if match[2]:
                toc.section_of[_key(match[2])] = tag
            toc.indices.add(i)
        elif tag is not None and i - 1 in toc.indices and "\n\n" not in text[lines[i - 1].end : lines[i].start]:
            toc.section_of[_key(lines[i].text)] = tag
            toc.indices.add(i)
        else:
            tag = None
    return toc


def _trailing_toc(lines: Sequence[Line], start: int, text: str) -> set[int]:
    """TOC residue on a back page: tab-indented tags and titles."""
    return {i for i in range(start, len(lines)) if text[lines[i].start - 1 : lines[i].start] == "\t" and (_TAG.match(lines[i].text) or _title_like(lines[i].text))}
