"""The one bridge from the database to a ``WorkCalendar``.

The calendar is rebuilt only when the calendar tables change: each process keeps the last one
it built together with a fingerprint of the tables (row counts and the latest edit), and a
single cheap query tells whether another process (an admin, a loader) has changed them since.
"""

from __future__ import annotations

import threading

from django.db.models import Count, Max, Q

from .deadlines.workdays import WorkCalendar
from .models import CalendarDay, CalendarYear

_lock = threading.Lock()
_cached: tuple[tuple, WorkCalendar] | None = None


def _fingerprint() -> tuple:
    years = CalendarYear.objects.aggregate(
        n=Count("year"),
        latest=Max("updated_at"),
        published=Count("year", filter=Q(published=True)),
    )
    days = CalendarDay.objects.aggregate(n=Count("day"))
    return (years["n"], years["latest"], years["published"], days["n"])


def build_from_database() -> WorkCalendar:
    """Build a calendar from the published years and their days (unpublished years: weekends)."""
    published = set(CalendarYear.objects.filter(published=True).values_list("year", flat=True))
    days_off: dict = {}
    makeup: dict = {}
    rows = CalendarDay.objects.filter(schedule__published=True).values_list("day", "kind", "name")
    for day, kind, name in rows:
        if kind == CalendarDay.Kind.MAKEUP_WORKDAY:
            makeup[day] = name
        else:
            days_off[day] = name
    return WorkCalendar(days_off, makeup, published)


def get_calendar() -> WorkCalendar:
    """Return the current calendar, rebuilding it only if the tables changed."""
    global _cached
    fingerprint = _fingerprint()
    cached = _cached
    if cached is not None and cached[0] == fingerprint:
        return cached[1]
    with _lock:
        calendar = build_from_database()
        _cached = (fingerprint, calendar)
        return calendar


def clear_cache() -> None:
    global _cached
    _cached = None
