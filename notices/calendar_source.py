"""The one bridge from the database to a ``WorkCalendar``.

The calendar is rebuilt only when the calendar tables change: each process keeps the last one
it built together with a fingerprint of the tables (row counts and the latest edit). Edits in
this process clear the cache at once; another process's edit (an admin, a loader) is seen at
the next fingerprint check, made at most once every ``RECHECK_SECONDS``, so a page that needs
the calendar several times does not query the tables several times.
"""

from __future__ import annotations

import threading
import time

from django.db.models import Count, Max, Q

from .deadlines.workdays import WorkCalendar
from .models import CalendarDay, CalendarYear

RECHECK_SECONDS = 1.0

_lock = threading.Lock()
_cached: tuple[tuple, WorkCalendar] | None = None
_checked_at = 0.0


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
    global _cached, _checked_at
    cached = _cached
    now = time.monotonic()
    if cached is not None and now - _checked_at < RECHECK_SECONDS:
        return cached[1]
    fingerprint = _fingerprint()
    if cached is not None and cached[0] == fingerprint:
        _checked_at = now
        return cached[1]
    with _lock:
        calendar = build_from_database()
        _cached = (fingerprint, calendar)
        _checked_at = now
        return calendar


def expire() -> None:
    """Check the fingerprint at the next ``get_calendar`` call, however recent the last check."""
    global _checked_at
    _checked_at = float("-inf")


def clear_cache() -> None:
    global _cached
    _cached = None
