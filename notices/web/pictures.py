"""The public pages' pictures, drawn on the server as SVG (no script): a notice's timeline and
the month view's calendar and window bars. The days come from notices.deadlines.timelines;
here they only become boxes with positions and classes (colours are in site.css).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from notices import calendar_source, services
from notices.deadlines.errors import DeadlineError
from notices.deadlines.timelines import Timeline, month_span, month_weeks, window_timeline
from notices.deadlines.workdays import CalendarDay, DayKind
from notices.models import Notice

from .status import is_chinese, long_day, short_day

#: Width of one day in the drawings' own units (the SVG scales to the page).
DAY_WIDTH = 10
#: A timeline wraps after this many days, so a 45-day window stays legible on a phone.
DAYS_PER_ROW = 15
#: Height of one timeline row: a mark above (today), the day boxes, a mark below (last days).
ROW_HEIGHT = 34


def day_class(day: CalendarDay) -> str:
    """The CSS class of a day's kind: work, rest, or makeup (a make-up working day)."""
    if day.kind is DayKind.MAKEUP_WORKDAY:
        return "makeup"
    return "work" if day.is_working_day else "rest"


@dataclass(frozen=True)
class Box:
    x: int
    y: int
    day: dt.date
    css: str
    title: str


@dataclass(frozen=True)
class Mark:
    x: int
    y: int


@dataclass(frozen=True)
class TimelinePicture:
    """A notice's window as boxes in rows of DAYS_PER_ROW, with the facts the legend spells out."""

    boxes: tuple[Box, ...]
    width: int
    height: int
    today: Mark | None
    last: Mark
    earliest: Mark | None
    timeline: Timeline
    skipped_days: str  # the rest days the count passes over, as a list in words

    @property
    def first_count_day(self) -> dt.date | None:
        return next((d.day.day for d in self.timeline.days if d.count == 1), None)


def notice_timeline(notice: Notice, on: dt.date) -> TimelinePicture | None:
    """The notice's timeline, or None when it has no window (or one the calendar cannot lay)."""
    calendar = calendar_source.get_calendar()
    try:
        window = services.notice_window(notice, calendar)
        if window is None:
            return None
        timeline = window_timeline(window, calendar, on)
    except DeadlineError:
        return None
    first = timeline.days[0].day.day
    boxes = []
    for index, entry in enumerate(timeline.days):
        css = day_class(entry.day)
        if entry.count is not None:
            css += " counted"
            title = f"{short_day(entry.day.day)}: {entry.count}"
        else:
            title = short_day(entry.day.day)
        if entry.day.day == notice.published_on:
            css += " published"
        if entry.day.day == timeline.last_day:
            css += " last"
        boxes.append(Box(*_place(index), entry.day.day, css, title))

    def mark(day: dt.date) -> Mark | None:
        if not first <= day <= timeline.last_day:
            return None
        return Mark(*_place((day - first).days))

    earliest = timeline.earliest_last_day
    rows = (len(boxes) + DAYS_PER_ROW - 1) // DAYS_PER_ROW
    return TimelinePicture(
        boxes=tuple(boxes),
        width=min(len(boxes), DAYS_PER_ROW) * DAY_WIDTH,
        height=rows * ROW_HEIGHT,
        today=mark(on),
        last=mark(timeline.last_day) or Mark(0, 0),
        earliest=mark(earliest) if earliest < timeline.last_day else None,
        timeline=timeline,
        skipped_days=("、" if is_chinese() else ", ").join(
            short_day(d.day) for d in timeline.skipped
        ),
    )


def _place(index: int) -> tuple[int, int]:
    """The top-left corner of the ``index``-th day's box in a wrapped timeline."""
    row, column = divmod(index, DAYS_PER_ROW)
    return column * DAY_WIDTH, row * ROW_HEIGHT + 10


@dataclass(frozen=True)
class MonthDay:
    day: CalendarDay
    kind: str  # day_class: work, rest or makeup
    today: bool
    closing: int  # how many listed windows have this day as their last day

    @property
    def x(self) -> int:
        return (self.day.day.day - 1) * DAY_WIDTH

    @property
    def css(self) -> str:
        return self.kind + (" today" if self.today else "")


@dataclass(frozen=True)
class WindowBar:
    """One window across the month: its box from the first to the last day shown."""

    notice: Notice
    x: int
    width: int
    dates: str


@dataclass(frozen=True)
class MonthPicture:
    year: int
    month: int
    first_day: dt.date
    last_day: dt.date
    weeks: tuple[tuple[MonthDay | None, ...], ...]
    days: tuple[MonthDay, ...]
    width: int
    bars: tuple[WindowBar, ...]


def month_picture(year: int, month: int, notices: list[Notice], on: dt.date) -> MonthPicture:
    """The month on the official calendar, with each notice's window as a bar across it.

    Raises:
        CalendarRangeError: the month is outside the calendar's span.
    """
    first, last = month_span(year, month)
    closing: dict[dt.date, int] = {}
    for notice in notices:
        closing[notice.last_day] = closing.get(notice.last_day, 0) + 1

    def month_day(day: CalendarDay) -> MonthDay:
        return MonthDay(day, day_class(day), day.day == on, closing.get(day.day, 0))

    weeks = tuple(
        tuple(month_day(d) if d else None for d in week)
        for week in month_weeks(calendar_source.get_calendar(), year, month)
    )
    days = tuple(d for week in weeks for d in week if d)
    bars = []
    for notice in notices:
        start = max(notice.first_day, first)
        end = min(notice.last_day, last)
        bars.append(
            WindowBar(
                notice=notice,
                x=(start - first).days * DAY_WIDTH,
                width=((end - start).days + 1) * DAY_WIDTH,
                dates=f"{long_day(notice.first_day)} – {long_day(notice.last_day)}",
            )
        )
    return MonthPicture(year, month, first, last, weeks, days, len(days) * DAY_WIDTH, tuple(bars))


def weekday_names() -> tuple[str, ...]:
    """Monday to Sunday, as the month's column heads."""
    if is_chinese():
        return tuple("一二三四五六日")
    return ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
