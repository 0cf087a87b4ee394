"""Days laid out for pictures: a window's day-by-day timeline, and a month of the calendar.

Pure data for the pages' drawings (the notice timeline, the month view); the drawing itself is
the web shell's. "Today" is always an argument.
"""

from __future__ import annotations

import calendar as _calendar
import datetime as dt
from dataclasses import dataclass

from .windows import Window
from .workdays import CalendarDay, Deadline, Unit, WorkCalendar

_DAY = dt.timedelta(days=1)


@dataclass(frozen=True, slots=True)
class TimelineDay:
    """One day of a window's timeline.

    ``count`` is the day's place in the period's count (1 for the first day counted), or None
    for a day the count skips (a rest day in a working-day period, the publication day when it
    is not counted, the days of an art. 203 roll-forward) or for a period stated as dates.
    """

    day: CalendarDay
    count: int | None


@dataclass(frozen=True)
class Timeline:
    """A window from its start (the publication day) to its last day, one entry per day."""

    days: tuple[TimelineDay, ...]
    first_day: dt.date
    last_day: dt.date
    earliest_last_day: dt.date
    on: dt.date

    @property
    def counted(self) -> int:
        """How many days the period counts (0 for a period stated as dates)."""
        return sum(1 for d in self.days if d.count is not None)

    @property
    def skipped(self) -> tuple[CalendarDay, ...]:
        """The rest days inside the window that the count passes over."""
        return tuple(d.day for d in self.days if d.count is None and not d.day.is_working_day)


def window_timeline(window: Window, calendar: WorkCalendar, on: dt.date) -> Timeline:
    """Return ``window`` day by day, each day with its place in the count.

    Convention: as the window was computed (``window.deadline``): the start day counts only
    when ``count_start_day``; in a working-day period only working days count (make-up days
    do, RULES.md §2); in a calendar-day period every day up to the nominal last day counts and
    the days of an art. 203 roll-forward (RULES.md §1) do not. A period stated as dates counts
    nothing. The timeline runs from the earlier of the first day and the start day.

    Raises:
        CalendarRangeError: a day of the window is outside the calendar's supported span.
    """
    deadline = window.deadline
    first = window.first_day if deadline is None else min(window.first_day, deadline.start_day)
    days = []
    counted = 0
    day = first
    while day <= window.last_day:
        described = calendar.describe(day)
        count = None
        if deadline is not None and _is_counted(described, deadline):
            counted += 1
            count = counted
        days.append(TimelineDay(described, count))
        day += _DAY
    return Timeline(tuple(days), first, window.last_day, window.earliest_last_day, on)


def _is_counted(day: CalendarDay, deadline: Deadline) -> bool:
    if day.day < deadline.start_day or day.day > deadline.nominal_last_day:
        return False
    if day.day == deadline.start_day and not deadline.count_start_day:
        return False
    return deadline.unit is Unit.CALENDAR_DAYS or day.is_working_day


def month_weeks(
    calendar: WorkCalendar, year: int, month: int
) -> tuple[tuple[CalendarDay | None, ...], ...]:
    """Return the month as weeks, Monday first: each a 7-tuple of CalendarDay, or None outside.

    Raises:
        CalendarRangeError: a day of the month is outside the calendar's supported span.
        ValueError: ``month`` is not 1 to 12.
    """
    weeks = _calendar.Calendar(firstweekday=0).monthdatescalendar(year, month)
    return tuple(
        tuple(calendar.describe(day) if day.month == month else None for day in week)
        for week in weeks
    )


def month_span(year: int, month: int) -> tuple[dt.date, dt.date]:
    """Return the first and last day of a month.

    Raises:
        ValueError: ``month`` is not 1 to 12, or ``year`` is not a date year.
    """
    first = dt.date(year, month, 1)
    return first, dt.date(year, month, _calendar.monthrange(year, month)[1])
