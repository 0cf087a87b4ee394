"""What reading a page gives: the text in reading order and, for every line, where it is printed."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Box:
    """A rectangle on one page, as fractions of the page's width and height (0 top-left, 1).

    Fractions, not points or pixels, so that a crop can be cut from a rendering at any size.
    """

    page: int  # 1-based
    x0: float
    y0: float
    x1: float
    y1: float

    def union(self, other: Box) -> Box:
        return Box(
            self.page,
            min(self.x0, other.x0),
            min(self.y0, other.y0),
            max(self.x1, other.x1),
            max(self.y1, other.y1),
        )

    def to_json(self) -> dict:
        return {
            "page": self.page,
            "box": [round(self.x0, 4), round(self.y0, 4), round(self.x1, 4), round(self.y1, 4)],
        }


@dataclass(frozen=True)
class Line:
    """One printed line: ``text[start:end]`` of the document, read from ``box``."""

    start: int
    end: int
    box: Box


@dataclass(frozen=True)
class PageInfo:
    number: int  # 1-based
    width: float  # points for a PDF page, pixels for an image
    height: float
    route: str  # "text-layer" or "ocr"
    seconds: float = 0.0


@dataclass(frozen=True)
class Document:
    """A whole file read: its text in reading order and the map back to the pages.

    Pages are separated by a form feed (``\\f``), blocks by a blank line, lines by ``\\n``.
    ``messages`` tell the person what went wrong or was left out; a document with no text
    and a message was not read.
    """

    text: str = ""
    lines: tuple[Line, ...] = ()
    pages: tuple[PageInfo, ...] = ()
    messages: tuple[str, ...] = ()
    _starts: tuple[int, ...] = field(default=(), repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_starts", tuple(line.start for line in self.lines))

    @property
    def ok(self) -> bool:
        return bool(self.text.strip())

    def page_of(self, offset: int) -> int | None:
        """The page number the character at ``offset`` was printed on."""
        n = bisect.bisect_right(self._starts, offset) - 1
        return self.lines[n].box.page if n >= 0 else None

    def locate(self, start: int, end: int) -> list[Box]:
        """Where ``text[start:end]`` is printed: one box per page it touches (lines' union)."""
        if end <= start or not self.lines:
            return []
        first = max(0, bisect.bisect_right(self._starts, start) - 1)
        found: dict[int, Box] = {}
        for line in self.lines[first:]:
            if line.start >= end:
                break
            if line.end <= start:
                continue
            box = line.box
            found[box.page] = found[box.page].union(box) if box.page in found else box
        return list(found.values())
