"""Projects listed in an authority's table (acceptance, pre-approval and decision notices).

A bureau prints one notice for several projects, one table row each, with cells separated by
``|`` on one line or, in OCR and web copies, each cell (with or without its ``|``) on its own
line. Every
row is a project a citizen may care about: its name and builder are read here; the notice's
window and contacts are the authority's, shared by every row.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: Header cells naming the project and the builder columns; a table of decisions may name
#: each row by its approval's title ("关于某某项目环境影响报告表的批复") instead, read when
#: no column names the project.
_PROJECT_HEAD = re.compile(r"^(?:建设)?项目名称$|^(?:文件|工程|规划)名称$|^项目$")
_APPROVAL_HEAD = re.compile(r"^(?:批复|审批文件|批文)名称$")
_BUILDER_HEAD = re.compile(r"^(?:建设单位|建设单位名称|申请单位|单位名称|建设管理单位|建管单位)$")
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
    row_end: int  # offset just after the row's last cell


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
    for header in _HEADER.finditer(text):
        rows = _rows(text, header.start())
        if rows:
            return rows
    for header in _UNNUMBERED_HEADER.finditer(text):
        above = _SEPARATOR.split(text[: header.start("head")].rstrip(" |\n"))[-1].strip()
        if above == "序号" or _HEAD_CELL.match(above):
            continue  # a column of a header that starts further up: not its first cell
        rows = _unnumbered_rows(text, header.start("head"))
        if rows:
            return rows
    return _form_rows(text)


#: A bureau's form of one project, a field a row, its name in the first column and its value in
#: the second ("项目名称 | 某某项目 |", then "建设地点 | … |", "建设单位 | 某某公司 |"): a
#: Guangdong template for pre-approval notices, one form per project.
_FORM_PROJECT = re.compile(r"(?:^|\n)[ |]*(?:建设)?项目名称[ ]*\|[ ]*(?P<v>[^|\n]+?)[ ]*\|")
_FORM_BUILDER = re.compile(r"\n[ |]*建设单位(?:名称)?[ ]*\|[ ]*(?P<v>[^|\n]+?)[ ]*\|")
#: The builder's row stands this many rows under the project's at most (建设地点 between).
FORM_BUILDER_ROWS = 4


def _form_rows(text: str) -> list[Row]:
    rows: list[Row] = []
    if "项目名称" not in text or "建设单位" not in text:
        return rows
    for project in _FORM_PROJECT.finditer(text):
        below = text[project.end() :]
        cut = -1
        for _ in range(FORM_BUILDER_ROWS + 1):
            cut = below.find("\n", cut + 1)
            if cut < 0:
                break
        below = below if cut < 0 else below[:cut]
        builder = _FORM_BUILDER.search(below)
        if builder is None or _FORM_PROJECT.search(below[: builder.start()]):
            continue  # a form names its builder: without it, a list, not a form
        name, at = project.group("v"), project.start("v")
        end = project.end() + builder.end()
        rows.append(Row(name, builder.group("v"), at, at + len(name), end))
        if len(rows) >= MAX_ROWS:
            break
    return rows


#: A table printed without a number column starts at its project column's header, on its own
#: line ("项目名称 |" and the other headers a cell a line, or all on one line); its columns are
#: the header cells that follow, each a known column name.
_UNNUMBERED_HEADER = re.compile(r"(?:^|\n)[ ]*(?P<head>(?:建设)?项目名称)[ ]*[|\n]")
#: The measures column, under its names long and short ("主要环境影响及对策措施", "预防或者减轻
#: 不良环境影响的对策和措施", "主要环境影响以预防或者减轻不良影响的对策和措施").
_MEASURES_HEAD = r"(?:主要环境影响[及以和]?)?(?:预防或者?减轻不良(?:环境)?影响的?)?对策和?措施"
_HEAD_CELL = re.compile(
    r"^(?:(?:建设)?项目名称|(?:文件|工程|批复|审批文件|批文)名称|(?:审批|批复)?文号|"
    r"(?:审批|批复|发文|批准|受理|出文)(?:时间|日期)|建设(?:单位|地点|地址)|"
    r"(?:环境影响评价|环评|评价)(?:机构|单位)|(?:建设)?项目概况|备注|"
    # (a completion-acceptance form's columns: "项目类型", "验收调查（监测）报告编制单位",
    # "验收监测（现场检查）验收意见全本")
    r"项目(?:类型|性质)|验收[^|\n]{0,12}?报告编制单位|验收[^|\n]{0,12}?验收意见(?:全本)?|"
    # (the columns the disclosure guide's form for a pre-approval adds: "主要环境影响及预防或者
    # 减轻不良环境影响的对策和措施", "公众参与情况", "建设单位或地方政府所作出的相关环境保护
    # 措施承诺文件", and a bureau's "拟批复意见", "环境影响评价文件")
    rf"{_MEASURES_HEAD}|公众参与情况|[^|\n]{{0,24}}措施承诺文件(?:[（(]文件链接[）)])?|"
    r"拟(?:批复|批准|审批)意见|环境影响评价文件)$"
)
#: What ends such a table: a line of prose or a label ("注：…", "环评批复链接：http…") ...
_NOT_A_CELL = re.compile(r"[:：。]|https?://")
#: ... but not a sentence in a column that holds prose by design (the project's overview, its
#: measures, how the public took part): a row goes on over those.
_PROSE_HEAD = re.compile(rf"^(?:(?:建设)?项目概况|{_MEASURES_HEAD}|公众参与情况)$")
#: Without row numbers to count by, a table needs this many columns to be told from a list.
MIN_UNNUMBERED_COLUMNS = 3


def _unnumbered_rows(text: str, start: int) -> list[Row]:
    cells = _cells(text, start)
    width = next((k for k, (c, _) in enumerate(cells) if not _HEAD_CELL.match(c)), len(cells))
    if width < MIN_UNNUMBERED_COLUMNS:
        return []
    heads = [c for c, _ in cells[:width]]
    builder_col = next((k for k, h in enumerate(heads) if _BUILDER_HEAD.match(h)), None)
    terse = [not _PROSE_HEAD.match(h) for h in heads]
    rows: list[Row] = []
    k = width
    while k + width <= len(cells) and len(rows) < MAX_ROWS:
        row = cells[k : k + width]  # only whole rows: no number says where a cut row began
        if any(
            _HEAD_CELL.match(c) or (short and _NOT_A_CELL.search(c))
            for (c, _), short in zip(row, terse, strict=True)
        ):
            break
        name, at = row[0]
        builder = row[builder_col][0] if builder_col is not None else None
        last, last_at = row[-1]
        rows.append(Row(name, builder, at, at + len(name), last_at + len(last)))
        k += width
    return rows


#: A table's first header cell, followed by its ``|`` or by the end of its line.
_HEADER = re.compile(r"序号[ ]*(?:\n?[ ]*\||\n)")


def _rows(text: str, start: int) -> list[Row]:
    cells = _cells(text, start)
    width = next((k for k, (c, _) in enumerate(cells[1:], 1) if _NUMBER.match(c)), 0)
    if width < 2:
        return []
    heads = [c for c, _ in cells[:width]]
    project_col = next((k for k, h in enumerate(heads) if _PROJECT_HEAD.match(h)), None)
    if project_col is None:
        project_col = next((k for k, h in enumerate(heads) if _APPROVAL_HEAD.match(h)), None)
    builder_col = next((k for k, h in enumerate(heads) if _BUILDER_HEAD.match(h)), None)
    if project_col is None:
        return []
    rows: list[Row] = []
    k = width
    while k + min(width, project_col + 1) <= len(cells) and len(rows) < MAX_ROWS:
        row = cells[k : k + width]  # the last row of a copy cut short may lack its last cells
        if not _NUMBER.match(row[0][0]) or int(row[0][0]) != len(rows) + 1:
            break
        wrapped = _wrapped_cells(cells, k, width, project_col, len(rows) + 2)
        if wrapped:
            # the project's name wrapped onto the next line: one cell, the row's others after it
            joined = cells[k + project_col : k + project_col + wrapped + 1]
            rest = cells[k + project_col + wrapped + 1 : k + width + wrapped]
            head = cells[k : k + project_col]
            name = "".join(c for c, _ in joined)
            row = [*head, (name, joined[0][1]), *rest]
            k += wrapped
        name, at = row[project_col]
        builder = (
            row[builder_col][0] if builder_col is not None and builder_col < len(row) else None
        )
        if name and "![" not in name:
            last, last_at = row[-1]
            end = joined[-1][1] + len(joined[-1][0]) if wrapped else at + len(name)
            rows.append(Row(name, builder, at, end, last_at + len(last)))
        k += width
    return rows


#: A project's name ends so ("…探伤项目", "…改扩建工程", "…环境影响报告书"); a cell cut before it
#: is the first line of a name the copy wrapped.
_UNDERTAKING_END = re.compile(r"(?:项目|工程|报告[书表]|规划|[）)])$")
#: How many lines a wrapped project cell may take beyond its first.
MAX_WRAPPED_LINES = 2


def _wrapped_cells(
    cells: list[tuple[str, int]], k: int, width: int, project_col: int, following: int
) -> int:
    """How many extra lines the project cell of the row at ``k`` took, when a web copy wrapped
    a long name ("某某科技有限公司扩建" / "工业X射线探伤项目"): the next row's number comes that
    many cells late, and only the joined name ends as a project's does. 0 otherwise."""
    nxt = k + width
    if nxt < len(cells) and cells[nxt][0] == str(following):
        return 0
    name = cells[k + project_col][0]
    if _UNDERTAKING_END.search(name):
        return 0
    for extra in range(1, MAX_WRAPPED_LINES + 1):
        if nxt + extra < len(cells) and cells[nxt + extra][0] == str(following):
            tail = cells[k + project_col + extra][0]
            return extra if _UNDERTAKING_END.search(tail) else 0
    return 0


def table_end(text: str) -> int | None:
    """The offset just after the last row of the table ``text`` starts with (its header line
    first), or None when it does not start with a table of projects."""
    header = _HEADER.match(text.lstrip(" |｜"), 0)
    if header is None:
        return None
    rows = _rows(text, len(text) - len(text.lstrip(" |｜")))
    return rows[-1].row_end if rows else None


#: A builder cell's last characters: the name of a body, not a place or a project.
_BODY_END = re.compile(r"(?:公司|集团|局|院|中心|厂|场|委员会|办公室|处|所|站|社)$")


def spaced_row_builder(cells: list[str]) -> int | None:
    """Return the index in ``cells`` of the builder of the one row of a table a copy ran into
    one line, its cells parted by spaces ("序号 建设项目名称 建设地点 建设管理单位 1 某某工程
    某某市 某某公司"), or None. ``cells`` are the line's words, folded as the rules read them;
    the header opens at 序号 and must name a project and a builder column."""
    try:
        first = cells.index("序号")
    except ValueError:
        return None
    number = next((i for i in range(first + 1, len(cells)) if _NUMBER.match(cells[i])), None)
    if number is None:
        return None
    heads = cells[first + 1 : number]
    builder = next((i for i, h in enumerate(heads) if _BUILDER_HEAD.match(h)), None)
    if builder is None or not any(_PROJECT_HEAD.match(h) for h in heads):
        return None
    at = number + 1 + builder
    after = number + 1 + len(heads)
    if at >= len(cells) or (after < len(cells) and _NUMBER.match(cells[after])):
        return None  # a cut row, or a second row: an authority's table, not one project's
    return at if _BODY_END.search(cells[at]) else None
