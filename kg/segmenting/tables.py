"""A file that is a table whose rows are the items (one row a news item, with its columns).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kg.lines import headline_form
from kg.segmenting.drafts import _Draft, _Option, _slice
from kg.segmenting.furniture import is_back_matter
from kg.types import Line

__all__ = []


# A table's column labels (序号, 发布日期, 地区, 信息标题, 内容摘要, 信息来源): what each column of a row holds.
_COLUMN_KINDS = (("number", re.compile(r"序号|编号")), ("date", re.compile(r"(?:发布|报送|更新)?(?:日期|时间)")),
                 ("source", re.compile(r"(?:信息|新闻)?来源|(?:报送|发布|填报)单位|出处")),
                 ("summary", re.compile(r"[\u4e00-\u9fff]{0,4}(?:摘要|简介|内容|概要)")),
                 ("title", re.compile(r"[\u4e00-\u9fff]{0,4}(?:标题|名称|题目|项目[\u4e00-\u9fff]{0,2}|信息|事项)")))
_CELL = re.compile(r"\S+")
# What stands under a table, no row's text: a note, a page's number, who supplied it.
_UNDER_TABLE = re.compile(r"(?:注|备注|说明)\s*[:：]|第\s*\d+\s*页|[（(](?:以上|本表)")


def _column(label: str) -> str | None:
    """The kind of a table's column by its label (信息标题 → title, 内容摘要 → summary), ``"other"`` for a short label of
    another kind (地区, 县市区), None for no label."""
    if not re.fullmatch(r"[\u4e00-\u9fff]{2,6}", label):
        return None
    return next((kind for kind, pattern in _COLUMN_KINDS if pattern.fullmatch(label)), "other")


def _table_rows(lines: Sequence[Line]) -> _Option | None:
    """The reading of a table of items copied out of a page or a PDF: a header row of column labels, 序号 first and one
    column the items' titles (信息标题, 项目进展), on one line (序号 日期 地区 项目信息 进展摘要) or a label a line; then rows
    numbered 1, 2, 3 … in turn, their cells split by spaces or standing a cell a line, a wrapped summary's lines going on
    under its row. Each row is an item: its title cell the title, its summary cell the body, its date and source cells
    its date and outlet, the other cells its metadata. None where no such table of three rows or more stands."""
    header: list[str] = []
    one_a_line = False
    k = 0
    while k < len(lines) and not header:
        if not lines[k].text.startswith(("序号", "编号")):  # (every header opens with the rows' number: most lines are none)
            k += 1
            continue
        cells = _CELL.findall(lines[k].text)
        if len(cells) >= 4 and cells[0] in ("序号", "编号") and all(_column(c) for c in cells):
            header, first = cells, k + 1
        elif lines[k].text.strip() in ("序号", "编号"):
            run = [lines[j].text.strip() for j in range(k, min(len(lines), k + 8))]
            labels = []
            for label in run:
                if _column(label) is None or (labels and label.isdigit()):
                    break
                labels.append(label)
            if len(labels) >= 4:
                header, first, one_a_line = labels, k + len(labels), True
        k += 1
    kinds = [_column(label) for label in header]
    if not header or "title" not in kinds or not ({"summary", "date", "source"} & set(kinds)):
        return None
    n = len(header)
    # Rows: a line whose first cell is the next number opens one.
    starts = []
    for j in range(first, len(lines)):
        cells = _CELL.findall(lines[j].text)
        if cells and cells[0] == str(len(starts) + 1):
            starts.append(j)
    if len(starts) < 3 and one_a_line and kinds[0] == "number":
        # (a cell a line, the rows' numbers dropped as a page's would be: every row its other cells, a line each, in turn)
        width = n - 1
        starts = []
        j = first
        while j + width <= len(lines) and not any(_UNDER_TABLE.match(lines[i].text) or is_back_matter(lines[i].text)
                                                 for i in range(j, j + width)):
            starts.append(j)
            j += width
        kinds, header, n = kinds[1:], header[1:], width
    if len(starts) < 3:
        return None
    drafts = []
    back = len(lines)
    for r, start in enumerate(starts):
        end = starts[r + 1] if r + 1 < len(starts) else len(lines)
        if r + 1 == len(starts):
            end = next((j for j in range(start + 1, len(lines)) if _UNDER_TABLE.match(lines[j].text) or is_back_matter(lines[j].text)), end)
            back = end
        cells = [piece for j in range(start, end) for piece in
                 ([lines[j]] if lines[j].kind else [_slice(lines[j], m.start(), m.end()) for m in _CELL.finditer(lines[j].text)]) if piece]
        if len(cells) < n - 1:
            return None
        summary = kinds.index("summary") if "summary" in kinds else n - 1
        after = n - 1 - summary
        columns: list[list[Line]] = [[cell] for cell in cells[:summary]] + [cells[summary : len(cells) - after]] \
            + [[cell] for cell in cells[len(cells) - after :]]
        title = columns[kinds.index("title")]
        if len(title) != 1 or not headline_form(title[0].text):
            return None
        draft = _Draft(section=None, title=title)
        text_of = {kind: columns[c][0].text for c, kind in enumerate(kinds) if kind in ("date", "source") and columns[c]}
        draft.row = (text_of.get("source"), text_of.get("date"))
        for c, kind in enumerate(kinds):
            if kind == "summary":
                draft.body = columns[c]
            elif kind != "title":
                draft.meta += columns[c]
        if "summary" not in kinds:
            draft.body, draft.meta = draft.meta[-1:], draft.meta[:-1]
        drafts.append(draft)
    option = _Option("table", 3.0 * len(drafts), [f"a table of {len(drafts)} rows under its header ({' '.join(header)}), a row an item"],
                     drafts, starts[0], back)
    option.lines = list(lines)
    return option
