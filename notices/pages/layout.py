"""Reading order of a newspaper page: columns, boxed blocks, each block top to bottom.

The input is the page's printed lines (from the PDF text layer or from OCR), each with its
rectangle, and the frames drawn on the page (the boxes around classified notices). The order
is a recursive XY cut: a region is first split into columns wherever a vertical gutter runs
through all of it; a region without a gutter is split across its widest horizontal gap (a
headline over several columns, a row of boxes); each piece is cut again. A frame is read
whole, as one block, so a boxed notice keeps its title with its body whatever its neighbours.
"""

from __future__ import annotations

import itertools
import statistics
from dataclasses import dataclass

#: A frame covering more of the page than this is a page border or background, not a block.
MAX_FRAME_SHARE = 0.6


@dataclass(frozen=True)
class Fragment:
    """A printed line (or part of one) in page coordinates, origin top-left."""

    text: str
    x0: float
    y0: float
    x1: float
    y1: float
    #: Where the line is on the page as given, when the coordinates above were turned
    #: (a skewed scan is read level; its crops come from the image as it is).
    source: tuple[float, float, float, float] | None = None
    #: None for a text-layer line, whose height is its type size. For an OCR line, whose box is
    #: a few pixels taller or shorter with the letters it holds, its width per character, or
    #: 0 where the line is too short or too Latin to measure.
    size: float | None = None

    @property
    def height(self) -> float:
        return self.y1 - self.y0

    @property
    def printed(self) -> tuple[float, float, float, float]:
        return self.source or (self.x0, self.y0, self.x1, self.y1)


@dataclass(frozen=True)
class Rect:
    x0: float
    y0: float
    x1: float
    y1: float

    def contains(self, f: Fragment, slack: float = 1.0) -> bool:
        """The line's centre lies inside the frame."""
        cx, cy = (f.x0 + f.x1) / 2, (f.y0 + f.y1) / 2
        return self.x0 - slack <= cx <= self.x1 + slack and self.y0 - slack <= cy <= self.y1 + slack

    @property
    def area(self) -> float:
        return (self.x1 - self.x0) * (self.y1 - self.y0)


@dataclass
class _Unit:
    """What the cut moves around: a frame with its lines, or one line outside any frame."""

    x0: float
    y0: float
    x1: float
    y1: float
    lines: list[Fragment]
    framed: bool


def reading_order(
    fragments: list[Fragment], frames: list[Rect], page_area: float
) -> list[list[Fragment]]:
    """Return the page's blocks in reading order, each a list of lines top to bottom."""
    fragments = [f for f in fragments if f.text.strip() and f.x1 > f.x0 and f.y1 > f.y0]
    if not fragments:
        return []
    unit_height = statistics.median(f.height for f in fragments)
    frames = sorted(
        (r for r in frames if 0 < r.area <= page_area * MAX_FRAME_SHARE), key=lambda r: r.area
    )
    framed: dict[int, list[Fragment]] = {}
    loose: list[_Unit] = []
    for f in fragments:
        home = next((i for i, r in enumerate(frames) if r.contains(f)), None)
        if home is None:
            loose.append(_Unit(f.x0, f.y0, f.x1, f.y1, [f], framed=False))
        else:
            framed.setdefault(home, []).append(f)
    units = loose + [
        _Unit(frames[i].x0, frames[i].y0, frames[i].x1, frames[i].y1, lines, framed=True)
        for i, lines in framed.items()
    ]
    blocks: list[list[Fragment]] = []
    current: list[Fragment] = []
    for unit in _cut(units, unit_height):
        if unit.framed:
            if current:
                blocks.append(current)
                current = []
            inner = [_Unit(f.x0, f.y0, f.x1, f.y1, [f], False) for f in unit.lines]
            blocks.extend(_paragraphs([u.lines[0] for u in _cut(inner, unit_height)]))
            continue
        line = unit.lines[0]
        if current and _breaks(current[-1], line) and not _lost_line(current, line):
            blocks.append(current)
            current = []
        current.append(line)
    if current:
        blocks.append(current)
    return [_rows(b) for block in blocks for b in _paragraphs(block)]


def _same_row(a: Fragment, b: Fragment) -> bool:
    return _overlapping(a, b) and b.x0 >= a.x1 - 0.5 * a.height


def _rows(lines: list[Fragment]) -> list[Fragment]:
    """Fragments of one printed row (split at a wide space) become one line again."""
    out: list[Fragment] = []
    for f in lines:
        if out and _same_row(out[-1], f):
            a = out[-1]
            (p0, q0, p1, q1), (r0, s0, r1, s1) = a.printed, f.printed
            source = (min(p0, r0), min(q0, s0), max(p1, r1), max(q1, s1))
            out[-1] = Fragment(
                f"{a.text} {f.text}",
                a.x0,
                min(a.y0, f.y0),
                f.x1,
                max(a.y1, f.y1),
                source,
                a.size,
            )
        else:
            out.append(f)
    return out


def _breaks(previous: Fragment, line: Fragment) -> bool:
    """A new block starts: a wide gap, a change of type size, or the next line is not below
    (a new column)."""
    h = max(previous.height, line.height)
    if _same_row(previous, line):
        return False
    if _size_changes(previous, line):  # a title set larger than its body
        return True
    return line.y0 < previous.y1 - h * 0.5 or line.y0 - previous.y1 > h * 0.8


#: Punctuation that ends a sentence or announces what follows: a gap after it is a break.
_SENTENCE_END = "。！？；：!?;:"
#: The widest gap (in line heights) that one line lost by the OCR leaves between its
#: neighbours (one line pitch more than the usual gap); two lines lost leave about 3.2.
LOST_LINE_GAP = 2.4
#: How many lines above the gap are read for a justified paragraph.
LOST_LINE_PARAGRAPH = 6


def _lost_line(block: list[Fragment], line: Fragment) -> bool:
    """The gap above ``line`` is a line the OCR did not read ("。" alone, a few characters),
    not the space between two blocks: the line above runs to the block's right edge without
    ending its sentence, ``line`` starts at the block's left edge in the same type, and the
    gap holds at most one line. Split there, a notice loses its tail to the next block. (A
    text layer gives every line it prints: only OCR lines are read so.)"""
    previous = block[-1]
    if previous.size is None or line.size is None:
        return False
    h = max(previous.height, line.height)
    gap = line.y0 - previous.y1
    left, right = min(f.x0 for f in block), max(f.x1 for f in block)
    recent = block[-LOST_LINE_PARAGRAPH:]
    edge = max(f.x1 for f in recent)
    return (
        0 < gap <= h * LOST_LINE_GAP
        and previous.text.rstrip()[-1:] not in _SENTENCE_END
        # a body line: full from the block's left edge to its right (not a centred title's
        # last line), under another line (not a masthead and its page number in one row)
        and abs(previous.x0 - left) <= h * 0.5
        and previous.x1 >= right - previous.height
        # (in a justified paragraph, most lines run to the edge; not a box of labelled lines)
        and (full := sum(f.x1 >= edge - h * 0.5 for f in recent)) >= 3
        and full >= len(recent) * 2 / 3
        and any(not _same_row(a, b) for a, b in itertools.pairwise(block))
        and abs(line.x0 - left) <= h
        and not any(_size_changes(f, line) for f in recent)
    )


#: An OCR box this many times the height of its neighbour's holds another type size, whatever
#: its letters (descenders and accents make a box a quarter taller at most).
OCR_HEIGHT_RATIO = 1.6


def _size_changes(a: Fragment, b: Fragment) -> bool:
    """A change of type size between two lines. Lines from a text layer are compared by their
    height. An OCR line's box height varies by a few pixels with its letters and its width per
    character grows where a short line is spaced out to the column's width: the size changes
    only where both measures say so, the same way."""
    by_height = abs(a.height - b.height) > 0.15 * max(a.height, b.height)
    if a.size is None and b.size is None:
        return by_height
    if not a.size or not b.size:
        # an OCR line too short or too Latin to measure its type: only a box far taller or
        # shorter than a few pixels of letters make (a headline or masthead over a line of
        # figures) tells the size; a box of a character or two ("。", "一") is as flat as they are
        low = min((a, b), key=lambda f: f.height)
        high = b if low is a else a
        return len(low.text.strip()) >= 3 and high.height >= OCR_HEIGHT_RATIO * low.height
    by_width = abs(a.size - b.size) > 0.15 * max(a.size, b.size)
    return by_width and by_height and (a.size > b.size) == (a.height > b.height)


def _paragraphs(lines: list[Fragment]) -> list[list[Fragment]]:
    out: list[list[Fragment]] = []
    for line in lines:
        if out and (not _breaks(out[-1][-1], line) or _lost_line(out[-1], line)):
            out[-1].append(line)
        else:
            out.append([line])
    return out


def _cut(units: list[_Unit], unit_height: float) -> list[_Unit]:
    """The units in reading order (recursive XY cut, columns first)."""
    out: list[_Unit] = []
    stack = [units]
    while stack:
        region = stack.pop()
        if len(region) == 1:
            out.append(region[0])
            continue
        pieces = _split(region, vertical=True, min_gap=unit_height * 0.6)
        if len(pieces) == 1:
            pieces = _split(region, vertical=False, min_gap=0.0, widest_only=True)
        if len(pieces) == 1:  # overlapping units: nothing to cut, read by position
            out.extend(_by_rows(region))
            continue
        stack.extend(reversed(pieces))
    return out


def _by_rows(units: list[_Unit]) -> list[_Unit]:
    """Units that overlap (no gap to cut at), read row by row, each row left to right. A unit
    is in a row when it overlaps one of the row's units by more than half the lower one's
    height; lines a few pixels into each other (a skewed scan, a tall OCR box) stay one above
    the other, and lines beside a box that spans them are read after the box."""
    rows: list[list[_Unit]] = []
    for unit in sorted(units, key=lambda u: (u.y0, u.x0)):
        if rows and any(_overlapping(unit, other) for other in rows[-1]):
            rows[-1].append(unit)
        else:
            rows.append([unit])
    return [unit for row in rows for unit in sorted(row, key=lambda u: (u.x0, u.y0))]


def _overlapping(a: Fragment | _Unit, b: Fragment | _Unit) -> bool:
    """The two overlap by more than half the lower one's height (one printed row)."""
    overlap = min(a.y1, b.y1) - max(a.y0, b.y0)
    return overlap > 0.5 * min(a.y1 - a.y0, b.y1 - b.y0)


def _split(
    region: list[_Unit], *, vertical: bool, min_gap: float, widest_only: bool = False
) -> list[list[_Unit]]:
    """Split ``region`` at the gaps along x (vertical gutters) or y that no unit crosses."""
    lo = (lambda u: u.x0) if vertical else (lambda u: u.y0)
    hi = (lambda u: u.x1) if vertical else (lambda u: u.y1)
    ordered = sorted(region, key=lo)
    groups: list[list[_Unit]] = [[ordered[0]]]
    gaps: list[float] = []
    reach = hi(ordered[0])
    for unit in ordered[1:]:
        gap = lo(unit) - reach
        if gap > min_gap:
            groups.append([unit])
            gaps.append(gap)
        else:
            groups[-1].append(unit)
        reach = max(reach, hi(unit))
    if widest_only and len(groups) > 2:
        widest = max(gaps)
        tolerance = min(widest * 0.25, 2.0)
        merged: list[list[_Unit]] = [groups[0]]
        for gap, group in zip(gaps, groups[1:], strict=True):
            if gap >= widest - tolerance:
                merged.append(group)
            else:
                merged[-1].extend(group)
        groups = merged
    return groups
