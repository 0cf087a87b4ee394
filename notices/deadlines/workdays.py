"""The official Chinese working-day calendar as a value object, and exact arithmetic on it.

A day is a *working day* when it is Monday to Friday and not a day off in the State Council's
holiday arrangement (节假日安排), or when it is a Saturday or Sunday declared a make-up working
day (调休上班). A calendar year whose arrangement has not been loaded is *provisional*: weekends are
off and nothing else is known, and every result that touches such a year says so and names it.

All arithmetic works on proleptic ordinals over a fixed supported span, with the working days kept
in one sorted list (for single calls, via ``bisect``) and one numpy array (for the bulk form), so
an "add N working days" is a binary search rather than a day-by-day walk.

Sources: RULES.md §2 (Civil Code arts. 201, 203), §2.3 (make-up days count as working days),
§4 (the schedules).
"""

from __future__ import annotations

import bisect
import calendar as _gregorian
import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import NamedTuple

import numpy as np

from .errors import CalendarDataError, CalendarRangeError, InvalidPeriod

#: The span the calendar can reason about. Outside it, every operation raises CalendarRangeError.
FIRST_SUPPORTED_DAY = dt.date(1950, 1, 1)
LAST_SUPPORTED_DAY = dt.date(2199, 12, 31)

_BASE = FIRST_SUPPORTED_DAY.toordinal()
_END = LAST_SUPPORTED_DAY.toordinal()
_UNIX_EPOCH_ORDINAL = dt.date(1970, 1, 1).toordinal()
_FIRST_YEAR = FIRST_SUPPORTED_DAY.year
# Bound once: the single-call operations are on the hot path of every page and job.
_date = dt.date
_fromordinal = dt.date.fromordinal
_bisect_left = bisect.bisect_left
_bisect_right = bisect.bisect_right
_new_tuple = tuple.__new__
_LAST_YEAR = LAST_SUPPORTED_DAY.year


class DayKind(StrEnum):
    """Why a day is, or is not, a working day."""

    WORKING_DAY = "working_day"
    WEEKEND = "weekend"
    DAY_OFF = "day_off"  # a day off in the State Council arrangement (holiday or 调休 rest day)
    MAKEUP_WORKDAY = "makeup_workday"  # a Saturday or Sunday declared a working day


class Unit(StrEnum):
    CALENDAR_DAYS = "calendar_days"
    WORKING_DAYS = "working_days"
    MONTHS = "months"  # Civil Code art. 202: the corresponding day of the last month


_WORKING_DAYS = Unit.WORKING_DAYS  # enum attribute lookups are slow on the hot path
_CALENDAR_DAYS = Unit.CALENDAR_DAYS


@dataclass(frozen=True, slots=True)
class CalendarDay:
    """One day as the calendar sees it, for explanations."""

    day: dt.date
    kind: DayKind
    name: str = ""  # the holiday's name as published (春节), or the make-up day's occasion
    provisional: bool = False  # the day's year has no published schedule

    @property
    def is_working_day(self) -> bool:
        return self.kind in (DayKind.WORKING_DAY, DayKind.MAKEUP_WORKDAY)


class Deadline(NamedTuple):
    """The result of adding a period to a start day.

    ``last_day`` is the last day of the period (it ends at 24:00 local time). ``nominal_last_day``
    is the day the count itself reached, before any Civil Code art. 203 roll-forward.
    ``provisional_years`` names every year the result depends on that has no published schedule;
    the result is final only when it is empty.
    """

    start_day: dt.date
    length: int
    unit: Unit
    count_start_day: bool
    nominal_last_day: dt.date
    last_day: dt.date
    provisional_years: tuple[int, ...]

    @property
    def provisional(self) -> bool:
        return bool(self.provisional_years)


@dataclass(frozen=True, slots=True)
class BulkDeadlines:
    """Last days for many start days at once: ``last_days`` is datetime64[D], aligned to input."""

    last_days: np.ndarray
    provisional: np.ndarray  # bool, True where the result depends on an unpublished year


def _check_length(length: int) -> None:
    if isinstance(length, bool) or not isinstance(length, int | np.integer):
        raise InvalidPeriod(f"a period length must be a whole number, not {length!r}")
    if length < 1:
        raise InvalidPeriod(f"a period must be at least 1 day long, not {length}")


def _as_date(day: object, what: str = "day") -> dt.date:
    if isinstance(day, dt.datetime) or not isinstance(day, dt.date):
        raise CalendarRangeError(f"{what} must be a date, not {day!r}")
    return day


def _year(value: object) -> int:
    """A year given as an int or its digits; anything else (a float, "x", True) is refused."""
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise TypeError(f"{value!r} is not a year")
    return int(value)


class WorkCalendar:
    """The Chinese working-day calendar: days off, make-up working days and published years.

    Build it from plain data (``days_off`` maps a date to the holiday's name, ``makeup_workdays``
    maps a Saturday or Sunday to the occasion it was swapped for, ``published_years`` lists the
    years whose State Council arrangement is loaded). It is immutable and cheap to share; building
    one takes a few milliseconds.

    Raises:
        CalendarDataError: a day is both a day off and a make-up working day, a make-up working
            day is not a Saturday or Sunday, or a day lies outside the supported span.
    """

    __slots__ = (
        "_days_off",
        "_is_working",
        "_makeup_workdays",
        "_published_years",
        "_unpublished_before",
        "_working_dates",
        "_working_epoch_days",
        "_working_ordinals",
        "_working_through",
    )

    def __init__(
        self,
        days_off: Mapping[dt.date, str] | Iterable[dt.date] = (),
        makeup_workdays: Mapping[dt.date, str] | Iterable[dt.date] = (),
        published_years: Iterable[int] = (),
    ) -> None:
        off = dict(days_off) if isinstance(days_off, Mapping) else dict.fromkeys(days_off, "")
        makeup = (
            dict(makeup_workdays)
            if isinstance(makeup_workdays, Mapping)
            else dict.fromkeys(makeup_workdays, "")
        )
        both = sorted(set(off) & set(makeup))
        if both:
            listed = ", ".join(d.isoformat() for d in both)
            raise CalendarDataError(f"listed both as a day off and as a working day: {listed}")
        for day in (*off, *makeup):
            if not isinstance(day, dt.date) or isinstance(day, dt.datetime):
                raise CalendarDataError(f"not a date: {day!r}")
            if not FIRST_SUPPORTED_DAY <= day <= LAST_SUPPORTED_DAY:
                raise CalendarDataError(f"{day.isoformat()} is outside the supported span")
        weekday_makeups = sorted(d for d in makeup if d.weekday() < 5)
        if weekday_makeups:
            listed = ", ".join(d.isoformat() for d in weekday_makeups)
            raise CalendarDataError(
                f"a make-up working day must be a Saturday or Sunday; these are weekdays: {listed}"
            )
        try:
            years = frozenset(_year(y) for y in published_years)
        except (TypeError, ValueError) as exc:
            raise CalendarDataError(f"published years must be whole years: {exc}") from None
        if any(not _FIRST_YEAR <= y <= _LAST_YEAR for y in years):
            raise CalendarDataError(f"published years must lie in {_FIRST_YEAR}-{_LAST_YEAR}")

        ordinals = np.arange(_BASE, _END + 1, dtype=np.int64)
        working = ((ordinals - 1) % 7) < 5  # date.fromordinal(1) is a Monday
        if off:
            working[np.fromiter((d.toordinal() - _BASE for d in off), np.int64, len(off))] = False
        if makeup:
            idx = np.fromiter((d.toordinal() - _BASE for d in makeup), np.int64, len(makeup))
            working[idx] = True
        working_ordinals = ordinals[working]

        unpublished = np.array(
            [y not in years for y in range(_FIRST_YEAR, _LAST_YEAR + 1)], dtype=np.int64
        )
        self._days_off = off
        self._makeup_workdays = makeup
        self._published_years = years
        self._is_working = working.tobytes()  # one byte per day: indexing a bytes is fastest
        self._working_ordinals = working_ordinals.tolist()
        self._working_through = np.cumsum(working).tolist()
        # date objects made once, so the hot path only indexes a list
        self._working_dates = list(map(_fromordinal, self._working_ordinals))
        self._working_epoch_days = working_ordinals - _UNIX_EPOCH_ORDINAL
        # _unpublished_before[i] = number of unpublished years before year _FIRST_YEAR + i
        self._unpublished_before = np.concatenate(([0], np.cumsum(unpublished)))

    # -- data -------------------------------------------------------------------------------

    @property
    def published_years(self) -> frozenset[int]:
        return self._published_years

    @property
    def days_off(self) -> Mapping[dt.date, str]:
        return dict(self._days_off)

    @property
    def makeup_workdays(self) -> Mapping[dt.date, str]:
        return dict(self._makeup_workdays)

    def is_published(self, year: int) -> bool:
        """Return whether ``year`` has a published State Council arrangement loaded."""
        return year in self._published_years

    def provisional_years(self, first_day: dt.date, last_day: dt.date) -> tuple[int, ...]:
        """Return the years from ``first_day`` to ``last_day`` that have no published schedule."""
        published = self._published_years
        return tuple(y for y in range(first_day.year, last_day.year + 1) if y not in published)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, WorkCalendar):
            return NotImplemented
        return (
            self._days_off.keys() == other._days_off.keys()
            and self._makeup_workdays.keys() == other._makeup_workdays.keys()
            and self._published_years == other._published_years
        )

    def __hash__(self) -> int:
        return hash((frozenset(self._days_off), frozenset(self._makeup_workdays)))

    def __repr__(self) -> str:
        years = sorted(self._published_years)
        span = f"{years[0]}-{years[-1]}" if years else "none"
        return f"<WorkCalendar published={span} days_off={len(self._days_off)}>"

    # -- single days ------------------------------------------------------------------------

    def _ordinal(self, day: dt.date, what: str = "day") -> int:
        try:
            o = day.toordinal()
        except AttributeError:
            raise CalendarRangeError(f"{what} must be a date, not {day!r}") from None
        if not _BASE <= o <= _END or isinstance(day, dt.datetime):
            _as_date(day, what)
            raise CalendarRangeError(
                f"{what} {day.isoformat()} is outside the supported span "
                f"{FIRST_SUPPORTED_DAY.isoformat()} to {LAST_SUPPORTED_DAY.isoformat()}"
            )
        return o

    def is_working_day(self, day: dt.date) -> bool:
        """Return whether ``day`` is a working day (make-up Saturdays and Sundays are).

        In a provisional year only weekends are off.

        Raises:
            CalendarRangeError: ``day`` is not a date in the supported span.
        """
        return self._is_working[self._ordinal(day) - _BASE] == 1

    def describe(self, day: dt.date) -> CalendarDay:
        """Return what kind of day ``day`` is and why, for explanations."""
        self._ordinal(day)
        provisional = day.year not in self._published_years
        if day in self._makeup_workdays:
            return CalendarDay(day, DayKind.MAKEUP_WORKDAY, self._makeup_workdays[day], provisional)
        if day in self._days_off:
            return CalendarDay(day, DayKind.DAY_OFF, self._days_off[day], provisional)
        if day.weekday() >= 5:
            return CalendarDay(day, DayKind.WEEKEND, "", provisional)
        return CalendarDay(day, DayKind.WORKING_DAY, "", provisional)

    def next_working_day(self, day: dt.date) -> dt.date:
        """Return the first working day strictly after ``day``.

        Raises:
            CalendarRangeError: ``day``, or the answer, is outside the supported span.
        """
        return self._working_day_at(bisect.bisect_right(self._working_ordinals, self._ordinal(day)))

    def working_day_on_or_after(self, day: dt.date) -> dt.date:
        """Return ``day`` if it is a working day, else the next working day after it."""
        return self._working_day_at(bisect.bisect_left(self._working_ordinals, self._ordinal(day)))

    def _working_day_at(self, index: int) -> dt.date:
        try:
            return self._working_dates[index]
        except IndexError:
            raise CalendarRangeError(
                f"the result lies after {LAST_SUPPORTED_DAY.isoformat()}, the end of the "
                "supported span"
            ) from None

    # -- periods ----------------------------------------------------------------------------

    def add_working_days(
        self, start_day: dt.date, length: int, *, count_start_day: bool = False
    ) -> Deadline:
        """Return the last day of a period of ``length`` working days from ``start_day``.

        Convention: with ``count_start_day=False`` (the Civil Code art. 201 default) the start day
        is not counted and day 1 is the first working day after it. With ``count_start_day=True``
        the start day is day 1 when it is a working day (if it is not, day 1 is the next working
        day). Make-up Saturdays and Sundays count; days off and ordinary weekends do not. The
        result is always a working day, so no roll-forward is needed. Source: RULES.md §2.3-2.4.

        Raises:
            InvalidPeriod: ``length`` is not a whole number of at least 1.
            CalendarRangeError: ``start_day`` or the result is outside the supported span.
        """
        if length.__class__ is not int or length < 1:
            _check_length(length)
        # The hot path: exactly a date inside the span. Anything else goes through _ordinal,
        # which raises the right error or accepts a date subclass.
        if start_day.__class__ is _date and _BASE <= (o := start_day.toordinal()) <= _END:
            pass
        else:
            o = self._ordinal(start_day, "start day")
        # _working_through[i]: how many working days lie on or before day _BASE + i, which is
        # the list index of the first working day after it (a bisect_right with no search).
        offset = o - _BASE
        index = self._working_through[offset] + length - 1
        if count_start_day:
            index -= self._is_working[offset]
        dates = self._working_dates
        if index >= len(dates):
            self._working_day_at(index)  # raises CalendarRangeError
        last_day = dates[index]
        published = self._published_years
        year = start_day.year
        if year == last_day.year:
            provisional = () if year in published else (year,)
        else:
            provisional = self.provisional_years(start_day, last_day)
        return _new_tuple(
            Deadline,
            (
                start_day,
                length,
                _WORKING_DAYS,
                count_start_day,
                last_day,
                last_day,
                provisional,
            ),
        )

    def add_calendar_days(
        self,
        start_day: dt.date,
        length: int,
        *,
        count_start_day: bool = False,
        roll_forward: bool = True,
    ) -> Deadline:
        """Return the last day of a period of ``length`` calendar days from ``start_day``.

        Convention: with ``count_start_day=False`` (Civil Code art. 201) the start day is not
        counted, so the count reaches ``start_day + length``; with ``count_start_day=True`` it
        reaches ``start_day + length - 1``. With ``roll_forward`` (Civil Code art. 203), when that
        day is not a working day (a weekend or a day off; a make-up working day is a working
        day) the last day becomes the next working day. Source: RULES.md §2, §2.2, §2.3.

        Raises:
            InvalidPeriod: ``length`` is not a whole number of at least 1.
            CalendarRangeError: ``start_day`` or the result is outside the supported span.
        """
        if length.__class__ is not int or length < 1:
            _check_length(length)
        if start_day.__class__ is _date and _BASE <= (o := start_day.toordinal()) <= _END:
            pass
        else:
            o = self._ordinal(start_day, "start day")
        o += length - 1 if count_start_day else length
        if o > _END:
            self._working_day_at(len(self._working_ordinals))  # raises CalendarRangeError
        nominal = _fromordinal(o)
        if roll_forward and self._is_working[o - _BASE] != 1:
            last_day = self._working_day_at(_bisect_left(self._working_ordinals, o))
        else:
            last_day = nominal
        published = self._published_years
        if start_day.year == last_day.year:
            provisional = () if start_day.year in published else (start_day.year,)
        else:
            provisional = self.provisional_years(start_day, last_day)
        return _new_tuple(
            Deadline,
            (
                start_day,
                length,
                Unit.CALENDAR_DAYS,
                count_start_day,
                nominal,
                last_day,
                provisional,
            ),
        )

    def add_months(
        self,
        start_day: dt.date,
        length: int,
        *,
        count_start_day: bool = False,
        roll_forward: bool = True,
    ) -> Deadline:
        """Return the last day of a period of ``length`` months from ``start_day``.

        Civil Code art. 202: a period in months ends on the day of the last month that
        corresponds to ``start_day`` (the start day itself is not counted, art. 201), or on that
        month's last day when it has no such day (January 31 + 1 month: February 28, or 29 in a
        leap year). With ``count_start_day=True`` the period runs from the start day itself, so
        it ends the day before. With ``roll_forward`` a last day that is not a working day moves
        to the next working day (art. 203). Source: RULES.md §2.

        Raises:
            InvalidPeriod: ``length`` is not a whole number of at least 1.
            CalendarRangeError: ``start_day`` or the result is outside the supported span.
        """
        if length.__class__ is not int or length < 1:
            _check_length(length)
        self._ordinal(start_day, "start day")
        months = start_day.year * 12 + start_day.month - 1 + length
        year, month = divmod(months, 12)
        month += 1
        if year > _LAST_YEAR:
            self._working_day_at(len(self._working_ordinals))  # raises CalendarRangeError
        day = min(start_day.day, _gregorian.monthrange(year, month)[1])
        nominal = dt.date(year, month, day)
        if count_start_day:
            nominal -= dt.timedelta(days=1)
        o = self._ordinal(nominal, "last day")
        if roll_forward and self._is_working[o - _BASE] != 1:
            last_day = self._working_day_at(_bisect_left(self._working_ordinals, o))
        else:
            last_day = nominal
        return _new_tuple(
            Deadline,
            (
                start_day,
                length,
                Unit.MONTHS,
                count_start_day,
                nominal,
                last_day,
                self.provisional_years(start_day, last_day),
            ),
        )

    def add(
        self,
        start_day: dt.date,
        length: int,
        unit: Unit | str,
        *,
        count_start_day: bool = False,
        roll_forward: bool = True,
    ) -> Deadline:
        """Add a period in any unit; see ``add_working_days``, ``add_calendar_days`` and
        ``add_months``."""
        unit = Unit(unit)
        if unit is Unit.WORKING_DAYS:
            return self.add_working_days(start_day, length, count_start_day=count_start_day)
        if unit is Unit.MONTHS:
            return self.add_months(
                start_day, length, count_start_day=count_start_day, roll_forward=roll_forward
            )
        return self.add_calendar_days(
            start_day, length, count_start_day=count_start_day, roll_forward=roll_forward
        )

    def count_working_days(self, first_day: dt.date, last_day: dt.date) -> int:
        """Return how many working days lie in ``first_day`` .. ``last_day``, both included.

        An empty range (``last_day`` before ``first_day``) has none. So
        ``count_working_days(start + 1 day, add_working_days(start, n).last_day) == n``.

        Raises:
            CalendarRangeError: either day is outside the supported span.
        """
        lo = self._ordinal(first_day, "first day")
        hi = self._ordinal(last_day, "last day")
        if hi < lo:
            return 0
        working = self._working_ordinals
        return bisect.bisect_right(working, hi) - bisect.bisect_left(working, lo)

    def working_days_before(self, day: dt.date, count: int) -> dt.date:
        """Return the working day that lies ``count`` working days before ``day`` (0: itself).

        ``day`` itself need not be a working day; it then counts from the last working day
        before it. Used for "the last 3 working days" of a window.
        """
        if count.__class__ is not int or count < 0:
            raise InvalidPeriod(f"a count of working days must be 0 or more, not {count!r}")
        index = bisect.bisect_right(self._working_ordinals, self._ordinal(day)) - 1 - count
        if index < 0:
            raise CalendarRangeError("the result lies before the start of the supported span")
        return dt.date.fromordinal(self._working_ordinals[index])

    # -- explanations -----------------------------------------------------------------------

    def explain(self, deadline: Deadline) -> tuple[CalendarDay, ...]:
        """Return the days that shaped ``deadline``: every day not counted, and make-up days.

        For a working-day period: each non-working day between the start and the last day
        (a weekend or a named day off) and each make-up working day that was counted. For a
        calendar-day period: the days skipped by the art. 203 roll-forward, from the nominal
        last day to the day before the last day. Days of provisional years say so.
        """
        if deadline.unit is Unit.WORKING_DAYS:
            first = deadline.start_day
            if not deadline.count_start_day:
                first = first + dt.timedelta(days=1)
            days = self._days_between(first, deadline.last_day)
        else:
            days = self._days_between(
                deadline.nominal_last_day, deadline.last_day - dt.timedelta(days=1)
            )
        return tuple(d for d in days if d.kind is not DayKind.WORKING_DAY)

    def _days_between(self, first: dt.date, last: dt.date) -> list[CalendarDay]:
        out = []
        day = first
        while day <= last:
            out.append(self.describe(day))
            day += dt.timedelta(days=1)
        return out

    # -- the bulk form ----------------------------------------------------------------------

    def _epoch_days(self, start_days: object, what: str = "start days") -> np.ndarray:
        try:
            arr = np.asarray(start_days, dtype="datetime64[D]")
        except (TypeError, ValueError) as exc:
            raise CalendarRangeError(f"{what} must be dates: {exc}") from None
        if np.isnat(arr).any():
            raise CalendarRangeError(f"{what} contain a missing date (NaT)")
        days = arr.astype(np.int64)
        lo, hi = _BASE - _UNIX_EPOCH_ORDINAL, _END - _UNIX_EPOCH_ORDINAL
        if days.size and (days.min() < lo or days.max() > hi):
            raise CalendarRangeError(f"{what} include a day outside the supported span")
        return days

    def _lengths(self, length: int | np.ndarray, size: int) -> np.ndarray:
        lengths = np.asarray(length)
        if lengths.dtype.kind not in "iu" or lengths.dtype == np.bool_:
            raise InvalidPeriod("period lengths must be whole numbers")
        if lengths.size and lengths.min() < 1:
            raise InvalidPeriod("every period must be at least 1 day long")
        if lengths.ndim > 1 or (lengths.ndim == 1 and lengths.size not in (1, size)):
            raise InvalidPeriod(
                f"give one period length or one per start day ({size}), not {lengths.size}"
            )
        return np.broadcast_to(lengths.astype(np.int64), (size,))

    def _bulk_result(self, start_epoch: np.ndarray, last_epoch: np.ndarray) -> BulkDeadlines:
        epoch_year = 1970
        start_year = start_epoch.astype("datetime64[D]").astype("datetime64[Y]").astype(np.int64)
        last_year = last_epoch.astype("datetime64[D]").astype("datetime64[Y]").astype(np.int64)
        before = self._unpublished_before
        first_index = start_year + epoch_year - _FIRST_YEAR
        provisional = before[last_year + epoch_year - _FIRST_YEAR + 1] - before[first_index] > 0
        return BulkDeadlines(last_epoch.astype("datetime64[D]"), provisional)

    def add_working_days_bulk(
        self,
        start_days: object,
        length: int | np.ndarray,
        *,
        count_start_day: bool = False,
    ) -> BulkDeadlines:
        """Return ``add_working_days`` for every start day at once (same convention).

        ``start_days`` is anything numpy reads as datetime64[D]; ``length`` is one length or an
        array of lengths aligned with it.

        Raises:
            InvalidPeriod, CalendarRangeError: as for ``add_working_days``, for any element.
        """
        starts = self._epoch_days(start_days)
        lengths = self._lengths(length, starts.size)
        working = self._working_epoch_days
        side = "left" if count_start_day else "right"
        index = np.searchsorted(working, starts, side=side) + lengths - 1
        if index.size and index.max() >= working.size:
            raise CalendarRangeError("a result lies after the end of the supported span")
        return self._bulk_result(starts, working[index])

    def add_calendar_days_bulk(
        self,
        start_days: object,
        length: int | np.ndarray,
        *,
        count_start_day: bool = False,
        roll_forward: bool = True,
    ) -> BulkDeadlines:
        """Return ``add_calendar_days`` for every start day at once (same convention)."""
        starts = self._epoch_days(start_days)
        lengths = self._lengths(length, starts.size)
        nominal = starts + lengths - (1 if count_start_day else 0)
        if nominal.size and nominal.max() > _END - _UNIX_EPOCH_ORDINAL:
            raise CalendarRangeError("a result lies after the end of the supported span")
        if not roll_forward:
            return self._bulk_result(starts, nominal)
        working = self._working_epoch_days
        index = np.searchsorted(working, nominal, side="left")
        if index.size and index.max() >= working.size:
            raise CalendarRangeError("a result lies after the end of the supported span")
        return self._bulk_result(starts, working[index])

    def add_months_bulk(
        self,
        start_days: object,
        length: int | np.ndarray,
        *,
        count_start_day: bool = False,
        roll_forward: bool = True,
    ) -> BulkDeadlines:
        """Return ``add_months`` for every start day (one by one: month periods are rare)."""
        starts = self._epoch_days(start_days)
        lengths = self._lengths(length, starts.size)
        last = np.empty(starts.size, dtype=np.int64)
        for i, (start, n) in enumerate(zip(starts.tolist(), lengths.tolist(), strict=True)):
            day = _fromordinal(start + _UNIX_EPOCH_ORDINAL)
            try:
                found = self.add_months(
                    day, int(n), count_start_day=count_start_day, roll_forward=roll_forward
                )
            except CalendarRangeError:
                raise CalendarRangeError(
                    "a result lies after the end of the supported span"
                ) from None
            last[i] = found.last_day.toordinal() - _UNIX_EPOCH_ORDINAL
        return self._bulk_result(starts, last)

    def add_bulk(
        self,
        start_days: object,
        length: int | np.ndarray,
        unit: Unit | str,
        *,
        count_start_day: bool = False,
        roll_forward: bool = True,
    ) -> BulkDeadlines:
        """Add a period in any unit to every start day; see the single-day forms."""
        if Unit(unit) is Unit.MONTHS:
            return self.add_months_bulk(
                start_days, length, count_start_day=count_start_day, roll_forward=roll_forward
            )
        if Unit(unit) is Unit.WORKING_DAYS:
            return self.add_working_days_bulk(start_days, length, count_start_day=count_start_day)
        return self.add_calendar_days_bulk(
            start_days, length, count_start_day=count_start_day, roll_forward=roll_forward
        )

    def working_days_before_bulk(self, days: object, count: int) -> np.ndarray:
        """Return ``working_days_before`` for every day at once, as datetime64[D]."""
        if count.__class__ is not int or count < 0:
            raise InvalidPeriod(f"a count of working days must be 0 or more, not {count!r}")
        epoch = self._epoch_days(days, "days")
        working = self._working_epoch_days
        index = np.searchsorted(working, epoch, side="right") - 1 - count
        if index.size and index.min() < 0:
            raise CalendarRangeError("a result lies before the start of the supported span")
        return working[index].astype("datetime64[D]")
