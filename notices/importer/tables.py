"""Projects listed in an authority's table (acceptance, pre-approval and decision notices).

A bureau prints one notice for several projects, one table row each, with cells separated by
``|`` on one line or, in OCR and web copies, each cell and each ``|`` on its own line. Every
row is a project a citizen may care about: its name and builder are read here; the notice's
window and contacts are the authority's, shared by every row.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: Header cells naming the project and the builder columns.
_PROJECT_HEAD = re.compile(r"^(?:建设)?项目名称$|^(?:文件|工程|规划)名称$|^项目$")
_BUILDER_HEAD = re.compile(r"^(?:建设单位|建设单位名称|申请单位|单位名称)$")
_NUMBER = re.compile(r"^\d{1,3}$")
_SEPARATOR = re.compile(r"[|\n]")
#: A table holds at most this many rows (a bureau's month of decisions).
MAX_ROWS = 60


@dataclass(frozen=True)
class Row:
    project: str
    builder: str | None
    start: int  # offset of the project cell in the text
    end: int


def _cells(text: str, start: int) -> list[tuple[str, int]]:
    cells: list[tuple[str, int]] = []
    pos = start
    for part in _SEPARATOR.split(text[start:]):
        stripped = part.strip()
        if stripped:
            cells.append((stripped, pos + part.index(stripped[0])))
        pos += len(part) + 1
    return cells


def table_rows(text: str) -> list[Row]:
    """Return the projects of the first table in ``text`` whose header names a project column
    and whose rows start with a row number; empty when there is none."""
    header = re.search(r"序号[ ]*\n?[ ]*\|", text)
    if header is None:
        return []
    cells = _cells(text, header.start())
    width = next((k for k, (c, _) in enumerate(cells[1:], 1) if _NUMBER.match(c)), 0)
    if width < 2:
        return []
    heads = [c for c, _ in cells[:width]]
    project_col = next((k for k, h in enumerate(heads) if _PROJECT_HEAD.match(h)), None)
    builder_col = next((k for k, h in enumerate(heads) if _BUILDER_HEAD.match(h)), None)
    if project_col is None:
        return []
    rows: list[Row] = []
    k = width
    while k + width <= len(cells) and len(rows) < MAX_ROWS:
        row = cells[k : k + width]
        if not _NUMBER.match(row[0][0]) or int(row[0][0]) != len(rows) + 1:
            break
        name, at = row[project_col]
        builder = row[builder_col][0] if builder_col is not None else None
        if name and "![" not in name:
            rows.append(Row(name, builder, at, at + len(name)))
        k += width
    return rows
