"""Holiday schedules as plain data: reading them from files and from the ``holidays`` library.

A schedule is one year's State Council arrangement (节假日安排): its days off and its make-up
working days (调休上班). This module reads the JSON shape of ``shared/domain/cn-holidays.json``::

    {"2026": {"holidays": [["2026-02-15", "2026-02-23", "春节"], ...],
              "workdays": ["2026-02-14", ...],
              "notice": "国务院办公厅关于2026年部分节假日安排的通知", "source": "https://..."}}

and checks it thoroughly, so a typing slip cannot silently move a deadline.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from .errors import CalendarDataError
from .workdays import FIRST_SUPPORTED_DAY, LAST_SUPPORTED_DAY, WorkCalendar

#: Years whose official arrangements the ``holidays`` library carries (and chinese-calendar
#: confirms): the default range of ``load_calendar --from-library``.
LIBRARY_FIRST_YEAR = 2004
LIBRARY_LAST_YEAR = 2026

#: How far outside its own year a schedule's days may lie (元旦 ranges start on 12-31).
_SLACK = dt.timedelta(days=45)


@dataclass(frozen=True)
class YearSchedule:
    """One year's published arrangement: days off and make-up working days, with its source."""

    year: int
    days_off: Mapping[dt.date, str]
    makeup_workdays: Mapping[dt.date, str]
    notice_title: str = ""
    source_url: str = ""
    notes: tuple[str, ...] = field(default=())


@dataclass(frozen=True)
class ParsedScheduleFile:
    """What a schedule file holds: the years it publishes, and the years it had to skip."""

    schedules: tuple[YearSchedule, ...]
    skipped: tuple[str, ...]  # one message per year entry that is not a published schedule


def _parse_day(value: object, where: str) -> dt.date:
    if not isinstance(value, str):
        raise CalendarDataError(f"{where}: expected a date as 'YYYY-MM-DD', got {value!r}")
    try:
        day = dt.date.fromisoformat(value.strip())
    except ValueError:
        raise CalendarDataError(f"{where}: {value!r} is not a date (YYYY-MM-DD)") from None
    if not FIRST_SUPPORTED_DAY <= day <= LAST_SUPPORTED_DAY:
        raise CalendarDataError(f"{where}: {value} is outside the supported span")
    return day


def _check_near_year(day: dt.date, year: int, where: str) -> None:
    if not dt.date(year, 1, 1) - _SLACK <= day <= dt.date(year, 12, 31) + _SLACK:
        raise CalendarDataError(
            f"{where}: {day.isoformat()} does not belong to the {year} schedule"
        )


def parse_year(year_key: object, entry: object) -> YearSchedule:
    """Read and check one year's entry; raise CalendarDataError saying exactly what is wrong."""
    try:
        year = int(str(year_key))
    except ValueError:
        raise CalendarDataError(f"{year_key!r} is not a year") from None
    if not FIRST_SUPPORTED_DAY.year <= year <= LAST_SUPPORTED_DAY.year:
        raise CalendarDataError(f"{year} is outside the supported span")
    if not isinstance(entry, Mapping):
        raise CalendarDataError(f"{year}: expected an object with 'holidays' and 'workdays'")
    ranges = entry.get("holidays")
    workdays = entry.get("workdays", [])
    if not isinstance(ranges, list) or not isinstance(workdays, list):
        raise CalendarDataError(f"{year}: 'holidays' and 'workdays' must be lists")

    days_off: dict[dt.date, str] = {}
    for i, item in enumerate(ranges):
        where = f"{year} holidays[{i}]"
        if not isinstance(item, list | tuple) or len(item) not in (2, 3):
            raise CalendarDataError(f"{where}: expected [first_day, last_day, name]")
        first, last = _parse_day(item[0], where), _parse_day(item[1], where)
        name = str(item[2]).strip() if len(item) == 3 and item[2] is not None else ""
        if last < first:
            raise CalendarDataError(f"{where}: ends ({last}) before it starts ({first})")
        if (last - first).days > 31:
            raise CalendarDataError(f"{where}: a holiday of {(last - first).days + 1} days")
        _check_near_year(first, year, where)
        _check_near_year(last, year, where)
        day = first
        while day <= last:
            days_off[day] = name
            day += dt.timedelta(days=1)

    makeup: dict[dt.date, str] = {}
    for i, item in enumerate(workdays):
        where = f"{year} workdays[{i}]"
        if isinstance(item, list | tuple) and len(item) == 2:
            day, name = _parse_day(item[0], where), str(item[1] or "").strip()
        else:
            day, name = _parse_day(item, where), ""
        _check_near_year(day, year, where)
        if day.weekday() < 5:
            raise CalendarDataError(
                f"{where}: {day.isoformat()} is a weekday; a make-up working day is a "
                "Saturday or Sunday"
            )
        makeup[day] = name

    both = sorted(set(days_off) & set(makeup))
    if both:
        listed = ", ".join(d.isoformat() for d in both)
        raise CalendarDataError(f"{year}: listed both as a day off and as a working day: {listed}")
    return YearSchedule(
        year=year,
        days_off=days_off,
        makeup_workdays=makeup,
        notice_title=str(entry.get("notice") or "").strip(),
        source_url=str(entry.get("source") or "").strip(),
        notes=tuple(str(n) for n in ([entry["notes"]] if entry.get("notes") else [])),
    )


def parse_schedule_data(data: object) -> ParsedScheduleFile:
    """Read a whole schedule document (already decoded from JSON).

    Keys starting with ``_`` are metadata. A year with no days off listed is not a published
    arrangement (e.g. 2027 before the State Council publishes it): it is skipped with a message,
    and stays provisional. Anything malformed raises CalendarDataError and nothing is returned.
    """
    if not isinstance(data, Mapping):
        raise CalendarDataError("a schedule file must be a JSON object keyed by year")
    schedules: list[YearSchedule] = []
    skipped: list[str] = []
    for key, entry in data.items():
        if str(key).startswith("_"):
            continue
        if isinstance(entry, Mapping) and not entry.get("holidays"):
            status = str(entry.get("status") or "no days off listed")
            skipped.append(f"{key}: not a published schedule ({status[:120]}); left provisional")
            continue
        schedules.append(parse_year(key, entry))
    if not schedules and not skipped:
        raise CalendarDataError("the file holds no year")
    check_consistent(schedules)
    return ParsedScheduleFile(tuple(sorted(schedules, key=lambda s: s.year)), tuple(skipped))


def parse_schedule_json(text: str | bytes) -> ParsedScheduleFile:
    """Parse schedule JSON text; raise CalendarDataError for anything that is not valid."""
    try:
        data = json.loads(text)
    except (ValueError, UnicodeDecodeError) as exc:
        raise CalendarDataError(f"not valid JSON: {exc}") from None
    return parse_schedule_data(data)


def check_consistent(schedules: Iterable[YearSchedule]) -> None:
    """Raise CalendarDataError if two schedules disagree about a day, or a year is repeated."""
    seen_years: set[int] = set()
    off: dict[dt.date, int] = {}
    work: dict[dt.date, int] = {}
    for s in schedules:
        if s.year in seen_years:
            raise CalendarDataError(f"{s.year} is listed twice")
        seen_years.add(s.year)
        for day in s.days_off:
            if day in work:
                raise CalendarDataError(
                    f"{day.isoformat()} is a day off in {s.year} but a working day in {work[day]}"
                )
            off[day] = s.year
        for day in s.makeup_workdays:
            if day in off:
                raise CalendarDataError(
                    f"{day.isoformat()} is a working day in {s.year} but a day off in {off[day]}"
                )
            work[day] = s.year


def build_calendar(schedules: Iterable[YearSchedule]) -> WorkCalendar:
    """Combine year schedules into a WorkCalendar whose published years are exactly theirs."""
    schedules = tuple(schedules)
    check_consistent(schedules)
    days_off: dict[dt.date, str] = {}
    makeup: dict[dt.date, str] = {}
    for s in schedules:
        days_off.update(s.days_off)
        makeup.update(s.makeup_workdays)
    return WorkCalendar(days_off, makeup, (s.year for s in schedules))


def schedules_from_library(
    first_year: int = LIBRARY_FIRST_YEAR, last_year: int = LIBRARY_LAST_YEAR
) -> tuple[YearSchedule, ...]:
    """Read the official arrangements for ``first_year``..``last_year`` from ``holidays``.

    The ``holidays`` package (vacanza/holidays) keeps China's State Council arrangements, with
    the weekend make-up working days in ``weekend_workdays``. Each day is filed under its own
    calendar year. Years the library only projects from the statutes (after its last published
    year) must not be loaded as published: the caller chooses the range, and the default is the
    range the library and chinese-calendar both carry.
    """
    import holidays  # imported here: only this seeding path needs the library

    if first_year > last_year:
        raise CalendarDataError(f"empty year range {first_year}-{last_year}")
    china = holidays.China(years=range(first_year, last_year + 1), language="zh_CN")
    by_year: dict[int, tuple[dict[dt.date, str], dict[dt.date, str]]] = {
        y: ({}, {}) for y in range(first_year, last_year + 1)
    }
    for day, name in sorted(china.items()):
        if day.year in by_year:
            by_year[day.year][0][day] = name
    for day in sorted(china.weekend_workdays):
        if day.year in by_year:
            by_year[day.year][1][day] = "调休上班"
    source = f"python-holidays {holidays.__version__} (China, State Council arrangements)"
    return tuple(
        YearSchedule(year=y, days_off=off, makeup_workdays=work, source_url="", notice_title=source)
        for y, (off, work) in sorted(by_year.items())
    )
