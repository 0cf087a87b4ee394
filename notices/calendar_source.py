"""The one bridge from the database to a ``WorkCalendar``.

The calendar is rebuilt only when the calendar tables change: each process keeps the last one
it built together with a fingerprint of the tables (row counts and the latest edit). Edits in
this process clear the cache at once; another process's edit (an admin, a loader) is seen at
the next fingerprint check, made at most once every ``RECHECK_SECONDS``, so a page that needs
the calendar several times does not query the tables several times.

Commands that need only a calendar (``deadline``, ``import_text`` without ``--save``) also work
before the database exists: ``calendar_for_command`` falls back to the calendar shipped in
``fixtures/calendar.json`` when the tables are missing or empty, and says so.
"""

from __future__ import annotations

import datetime as dt
import json
import threading
import time
from pathlib import Path

from django.db import DatabaseError
from django.db.models import Count, Max, Q

from .deadlines.workdays import WorkCalendar
from .models import CalendarDay, CalendarYear

RECHECK_SECONDS = 1.0
#: The calendar shipped with the project (the fixture ``bin/run`` loads).
SHIPPED_CALENDAR = Path(__file__).resolve().parents[1] / "fixtures" / "calendar.json"

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


def shipped_calendar(path: Path = SHIPPED_CALENDAR) -> WorkCalendar:
    """Build a calendar from a calendar fixture file (the one ``bin/run`` loads), no database.

    Raises OSError if the file cannot be read and ValueError if it is not such a fixture.
    """
    rows = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(rows, list):
        raise ValueError(f"{path} is not a calendar fixture (a list of rows)")
    published: set[int] = set()
    days_off: dict[dt.date, str] = {}
    makeup: dict[dt.date, str] = {}
    days = []
    try:
        for row in rows:
            fields = row["fields"]
            if row["model"] == "notices.calendaryear" and fields.get("published"):
                published.add(int(row["pk"]))
            elif row["model"] == "notices.calendarday":
                days.append((dt.date.fromisoformat(row["pk"]), fields))
    except (KeyError, TypeError, ValueError) as exc:
        raise ValueError(f"{path} is not a calendar fixture: {exc!r}") from None
    for day, fields in days:
        if int(fields["schedule"]) not in published:
            continue
        target = makeup if fields["kind"] == CalendarDay.Kind.MAKEUP_WORKDAY else days_off
        target[day] = fields.get("name", "")
    return WorkCalendar(days_off, makeup, published)


def calendar_for_command() -> tuple[WorkCalendar, str | None]:
    """The database's calendar, or the shipped one with a note when the tables are not there.

    The note (``None`` when the database's calendar is used) tells the user what happened and
    what to run to use the database's calendar.
    """
    try:
        if CalendarYear.objects.exists():
            return get_calendar(), None
        why = "the database has no calendar loaded"
    except DatabaseError:
        why = "the database is not set up (run `bin/manage migrate`, or `bin/run` once)"
    try:
        calendar = shipped_calendar()
    except (OSError, ValueError) as exc:
        raise LookupError(f"{why}, and the shipped calendar cannot be read: {exc}") from None
    years = sorted(calendar.published_years)
    span = f"{years[0]}-{years[-1]}" if years else "no years"
    return calendar, f"using the calendar shipped in fixtures/calendar.json ({span}): {why}"
