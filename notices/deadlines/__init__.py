"""Deadline and calendar logic in plain Python: no Django, no clock, no I/O."""

from .errors import (
    CalendarDataError,
    CalendarRangeError,
    DeadlineError,
    InvalidPeriod,
    InvalidWindow,
)
from .workdays import BulkDeadlines, CalendarDay, DayKind, Deadline, Unit, WorkCalendar

__all__ = [
    "BulkDeadlines",
    "CalendarDataError",
    "CalendarDay",
    "CalendarRangeError",
    "DayKind",
    "Deadline",
    "DeadlineError",
    "InvalidPeriod",
    "InvalidWindow",
    "Unit",
    "WorkCalendar",
]
