"""Every write: recording notices, loading holiday schedules, recomputing windows in bulk."""

from __future__ import annotations

import datetime as dt
import logging
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np
from django.core.exceptions import ValidationError
from django.db import connection, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from . import calendar_source, public_data
from .deadlines.errors import DeadlineError
from .deadlines.findings import Finding, NoticeFacts, check_notice
from .deadlines.schedules import YearSchedule, check_consistent
from .deadlines.windows import (
    KINDS,
    Counting,
    Window,
    WindowTerms,
    compute_window,
)
from .deadlines.workdays import Unit, WorkCalendar
from .models import (
    CalendarDay,
    CalendarYear,
    Notice,
    Publication,
    ReviewState,
    WindowChange,
)

logger = logging.getLogger(__name__)


class StaleEdit(ValidationError):
    """Someone else saved the notice after this copy was opened."""


# -- notices -----------------------------------------------------------------------------------


def window_terms(notice: Notice) -> WindowTerms:
    """Return what the notice says about its window, as plain data for the engine."""
    return WindowTerms(
        kind=notice.kind,
        published_on=notice.published_on,
        length=notice.window_length,
        unit=Unit(notice.window_unit) if notice.window_unit else None,
        counting=Counting(notice.counting) if notice.counting else None,
        stated_first_day=notice.stated_first_day,
        stated_last_day=notice.stated_last_day,
    )


def notice_window(notice: Notice, calendar: WorkCalendar | None = None) -> Window | None:
    """Compute the notice's window now (for explanations); stored days are the fast path."""
    return compute_window(window_terms(notice), calendar or calendar_source.get_calendar())


def notice_findings(
    notice: Notice, calendar: WorkCalendar | None = None, on: dt.date | None = None
) -> tuple[Finding, ...]:
    """Return the notice's compliance findings as they stand on ``on`` (default: today).

    A finding that the future can still resolve (a newspaper printing due before the window
    closes) is *pending* until the window's last day has passed.
    """
    calendar = calendar or calendar_source.get_calendar()
    on = on or timezone.localdate()
    try:
        window = compute_window(window_terms(notice), calendar)
    except DeadlineError:
        return ()
    runs: list[dt.date] = []
    if notice.pk:
        runs = [
            p.published_on
            for p in notice.publications.all()
            if p.channel == Publication.Channel.NEWSPAPER
        ]
    facts = NoticeFacts(
        terms=window_terms(notice),
        dissolution_resolved_on=notice.dissolution_resolved_on,
        liquidation_group_formed_on=notice.liquidation_group_formed_on,
        newspaper_run_days=runs,
        entered_on=notice.entered_on if notice.created_at else None,
    )
    return check_notice(facts, window, calendar, on)


def _apply_window(notice: Notice, window: Window | None) -> None:
    if window is None:
        notice.first_day = notice.last_day = notice.closing_soon_from = None
        notice.earliest_last_day = None
        notice.provisional_years = ""
        return
    notice.first_day = window.first_day
    notice.last_day = window.last_day
    notice.closing_soon_from = window.closing_soon_from
    notice.earliest_last_day = window.earliest_last_day
    notice.provisional_years = ",".join(str(y) for y in window.provisional_years)


def validate_notice(notice: Notice, calendar: WorkCalendar | None = None) -> Window | None:
    """Check the notice and compute its window; raise ValidationError with clear messages."""
    notice.full_clean(exclude=["created_at"])
    try:
        return compute_window(window_terms(notice), calendar or calendar_source.get_calendar())
    except DeadlineError as exc:
        raise ValidationError(str(exc)) from exc


def record_notice(
    notice: Notice,
    *,
    expected_version: int | None = None,
    reason: str = "",
) -> Notice:
    """Validate and save a notice with its derived window days.

    ``expected_version`` is the version the editor opened; if someone else saved the notice
    since, nothing is saved and StaleEdit is raised. A change of the last day is recorded.
    """
    window = validate_notice(notice)
    with transaction.atomic():
        old_last_day = old_provisional = None
        if notice.pk:
            current = (
                Notice.objects.select_for_update()
                .filter(pk=notice.pk)
                .values(
                    "version",
                    "last_day",
                    "provisional_years",
                    "flagged_state",
                    "flagged_at",
                    "public_since",
                )
                .first()
            )
            if current is None:
                raise ValidationError(_("This notice no longer exists."))
            if expected_version is not None and current["version"] != expected_version:
                raise StaleEdit(
                    _(
                        "Someone else saved this notice after you opened it (your copy is "
                        "version %(mine)s, the saved one is version %(theirs)s). Reload the page "
                        "and apply your changes again."
                    )
                    % {"mine": expected_version, "theirs": current["version"]}
                )
            notice.version = current["version"] + 1
            # the flagging job owns these; never write back a stale copy
            notice.flagged_state, notice.flagged_at = (
                current["flagged_state"],
                current["flagged_at"],
            )
            old_last_day, old_provisional = current["last_day"], current["provisional_years"]
            notice.public_since = current["public_since"]
        if notice.public_since is None and notice.review_state == ReviewState.CONFIRMED:
            # a notice confirmed as it is entered is public since its entry; a draft since now
            notice.public_since = timezone.now() if notice.pk else notice.created_at
        _apply_window(notice, window)
        notice.save()
        if old_last_day != notice.last_day or (
            old_provisional is not None and old_provisional != notice.provisional_years
        ):
            WindowChange.objects.create(
                notice=notice,
                reason=reason
                or (_("notice entered") if old_last_day is None else _("notice edited")),
                old_last_day=old_last_day,
                new_last_day=notice.last_day,
                old_provisional_years=old_provisional or "",
                new_provisional_years=notice.provisional_years,
            )
    return notice


# -- the calendar ------------------------------------------------------------------------------


@dataclass(frozen=True)
class ScheduleLoad:
    years: tuple[int, ...]
    days: int
    recompute: RecomputeResult


def load_schedules(schedules: Sequence[YearSchedule], *, reason: str | None = None) -> ScheduleLoad:
    """Store these years' arrangements as published, replacing what was there, and recompute.

    All or nothing: a contradiction with another stored year (a day off there that is a working
    day here) raises CalendarDataError and changes nothing. A day already filed under another
    year with the same meaning (元旦 days at a year boundary) moves to the year loaded now.
    """
    if not schedules:
        return ScheduleLoad((), 0, RecomputeResult(0, 0, 0.0))
    years = tuple(s.year for s in schedules)
    with transaction.atomic():
        others = [
            YearSchedule(year=y, days_off=off, makeup_workdays=work)
            for y, (off, work) in _stored_schedules(exclude=years).items()
        ]
        # a day filed under another year with the same meaning is simply re-filed
        incoming = {d: CalendarDay.Kind.DAY_OFF for s in schedules for d in s.days_off}
        incoming |= {
            d: CalendarDay.Kind.MAKEUP_WORKDAY for s in schedules for d in s.makeup_workdays
        }
        trimmed = [
            YearSchedule(
                year=o.year,
                days_off={d: n for d, n in o.days_off.items() if d not in incoming},
                makeup_workdays={d: n for d, n in o.makeup_workdays.items() if d not in incoming},
            )
            for o in others
        ]
        conflicts = [
            (d, o.year)
            for o in others
            for d in (*o.days_off, *o.makeup_workdays)
            if d in incoming
            and incoming[d]
            != (CalendarDay.Kind.DAY_OFF if d in o.days_off else CalendarDay.Kind.MAKEUP_WORKDAY)
        ]
        if conflicts:
            from .deadlines.errors import CalendarDataError

            day, year = conflicts[0]
            raise CalendarDataError(
                f"{day.isoformat()} means the opposite in the stored {year} schedule; "
                "correct that year first"
            )
        check_consistent([*trimmed, *schedules])
        CalendarDay.objects.filter(day__in=list(incoming)).delete()
        day_count = 0
        for s in schedules:
            CalendarYear.objects.update_or_create(
                year=s.year,
                defaults={
                    "published": True,
                    "notice_title": s.notice_title[:300],
                    "source_url": s.source_url[:500],
                    "notes": "\n".join(s.notes),
                },
            )
            CalendarDay.objects.filter(schedule_id=s.year).delete()
            rows = [
                CalendarDay(day=d, schedule_id=s.year, kind=CalendarDay.Kind.DAY_OFF, name=n[:100])
                for d, n in s.days_off.items()
            ] + [
                CalendarDay(
                    day=d, schedule_id=s.year, kind=CalendarDay.Kind.MAKEUP_WORKDAY, name=n[:100]
                )
                for d, n in s.makeup_workdays.items()
            ]
            CalendarDay.objects.bulk_create(rows, batch_size=500)
            day_count += len(rows)
        calendar_source.clear_cache()
        label = ", ".join(str(y) for y in years)
        result = recompute_windows(years, reason=reason or f"calendar {label} loaded")
        public_data.raise_version()  # the explanations changed even where no last day did
    return ScheduleLoad(years, day_count, result)


def _stored_schedules(exclude: Iterable[int] = ()) -> dict[int, tuple[dict, dict]]:
    out: dict[int, tuple[dict, dict]] = {}
    rows = CalendarDay.objects.exclude(schedule_id__in=list(exclude)).values_list(
        "schedule_id", "day", "kind", "name"
    )
    for year, day, kind, name in rows:
        off, work = out.setdefault(year, ({}, {}))
        (work if kind == CalendarDay.Kind.MAKEUP_WORKDAY else off)[day] = name
    return out


def touch_calendar_year(year: int) -> None:
    """Mark a year as edited so every process rebuilds its calendar, and recompute windows."""
    CalendarYear.objects.filter(pk=year).update(updated_at=timezone.now())
    calendar_source.clear_cache()
    public_data.raise_version()


# -- bulk recomputation ------------------------------------------------------------------------


@dataclass(frozen=True)
class RecomputeResult:
    examined: int
    changed: int
    seconds: float


_FIELDS = (
    "id",
    "kind",
    "published_on",
    "window_length",
    "window_unit",
    "counting",
    "stated_first_day",
    "stated_last_day",
    "first_day",
    "last_day",
    "closing_soon_from",
    "earliest_last_day",
    "provisional_years",
)
_NAT = np.datetime64("NaT", "D")


def _dates(values: Sequence[dt.date | None]) -> np.ndarray:
    return np.array([_NAT if v is None else np.datetime64(v, "D") for v in values], "datetime64[D]")


def recompute_windows(
    years: Iterable[int] | None = None,
    *,
    reason: str = "calendar changed",
    chunk_size: int = 200_000,
) -> RecomputeResult:
    """Recompute the stored window days of every notice a calendar change can affect.

    ``years`` limits the work to notices whose window can touch those years (``None``: all).
    Reads in chunks, computes with the calendar's bulk form, and writes only the rows whose days
    changed, with one set-based UPDATE per chunk; each change is recorded in WindowChange.
    """
    started = time.perf_counter()
    calendar = calendar_source.get_calendar()
    qs = Notice.objects.all()
    if years is not None:
        years = sorted(set(years))
        if not years:
            return RecomputeResult(0, 0, 0.0)
        # a window published up to ~a year before can reach into the first year
        since = dt.date(years[0] - 1, 1, 1)
        until = dt.date(years[-1], 12, 31)
        from django.db.models import Q

        qs = qs.filter(
            Q(published_on__range=(since, until))
            | Q(stated_last_day__range=(since, dt.date(years[-1] + 1, 12, 31)))
        )
    examined = changed = 0
    last_id = 0
    while True:
        rows = list(qs.filter(id__gt=last_id).order_by("id").values_list(*_FIELDS)[:chunk_size])
        if not rows:
            break
        last_id = rows[-1][0]
        examined += len(rows)
        changed += _recompute_chunk(calendar, rows, reason)
    if changed:
        logger.info("recomputed %s notice windows (%s changed): %s", examined, changed, reason)
    return RecomputeResult(examined, changed, time.perf_counter() - started)


def _recompute_chunk(calendar: WorkCalendar, rows: list[tuple], reason: str) -> int:
    cols = list(zip(*rows, strict=True))
    ids = np.array(cols[0], dtype=np.int64)
    kinds = cols[1]
    published = _dates(cols[2])
    stated_first = _dates(cols[6])
    stated_last = _dates(cols[7])
    n = len(rows)

    rule_length = np.array(
        [KINDS[k].rule.length if k in KINDS and KINDS[k].rule else 0 for k in kinds], np.int64
    )
    rule_working = np.array(
        [
            bool(k in KINDS and KINDS[k].rule and KINDS[k].rule.unit is Unit.WORKING_DAYS)
            for k in kinds
        ]
    )
    own_length = np.array([v or 0 for v in cols[3]], np.int64)
    own_unit = cols[4]
    length = np.where(own_length > 0, own_length, rule_length)
    working = np.array(
        [
            (u == Unit.WORKING_DAYS) if ol else rw
            for u, ol, rw in zip(own_unit, own_length, rule_working, strict=True)
        ],
        dtype=bool,
    )
    counting = cols[5]
    # counted from a stated first day when there is one, else from publication, with the
    # notice's convention (the start day not counted unless stated): as compute_window does
    anchor = np.where(np.isnat(stated_first), published, stated_first)
    same_day = np.array([c == Counting.SAME_DAY for c in counting], dtype=bool)
    counting_stated = np.array([bool(c) for c in counting], dtype=bool)

    has_stated = ~np.isnat(stated_last)
    months = np.array(
        [bool(ol) and u == Unit.MONTHS for u, ol in zip(own_unit, own_length, strict=True)],
        dtype=bool,
    )
    computed = ~has_stated & ~months & (length > 0) & ~np.isnat(anchor)

    first = np.full(n, _NAT)
    last = np.full(n, _NAT)
    earliest = np.full(n, _NAT)
    soon = np.full(n, _NAT)
    provisional = [""] * n

    if computed.any():
        from .deadlines.windows import compute_windows_bulk

        result = compute_windows_bulk(
            calendar,
            anchor[computed],
            length[computed],
            working[computed],
            same_day[computed],
            counting_stated[computed],
        )
        first[computed] = anchor[computed]
        last[computed] = result.last_days
        earliest[computed] = result.earliest_last_days
        soon[computed] = result.closing_soon_from
        idx = np.flatnonzero(computed)
        for i in idx[result.provisional]:
            provisional[i] = _provisional_label(calendar, anchor[i], last[i])
    for i in np.flatnonzero(~has_stated & months & ~np.isnat(anchor)):
        # a period in months (rare): the engine's single form, as when the notice is saved
        window = compute_window(
            WindowTerms(
                kind=kinds[i],
                published_on=_as_date(published[i]),
                length=int(own_length[i]),
                unit=Unit.MONTHS,
                counting=Counting(counting[i]) if counting[i] else None,
                stated_first_day=_as_date(stated_first[i]),
                stated_last_day=None,
            ),
            calendar,
        )
        if window is not None:
            first[i], last[i], soon[i], earliest[i] = (
                _NAT if day is None else np.datetime64(day, "D")
                for day in (
                    window.first_day,
                    window.last_day,
                    window.closing_soon_from,
                    window.earliest_last_day,
                )
            )
            provisional[i] = ",".join(str(y) for y in window.provisional_years)
    if has_stated.any():
        stated_start = np.where(np.isnat(stated_first), published, stated_first)
        ok = has_stated & ~np.isnat(stated_start)
        first[ok] = stated_start[ok]
        last[ok] = stated_last[ok]
        earliest[ok] = stated_last[ok]
        before = calendar.working_days_before_bulk(stated_last[ok], 2)
        soon[ok] = np.maximum(before, stated_start[ok])

    old = [_dates(cols[i]) for i in (8, 9, 10, 11)]
    new = [first, last, soon, earliest]
    differs = np.zeros(n, dtype=bool)
    for o, w in zip(old, new, strict=True):
        differs |= ~((o == w) | (np.isnat(o) & np.isnat(w)))
    differs |= np.array([a != b for a, b in zip(cols[12], provisional, strict=True)])
    changed_idx = np.flatnonzero(differs)
    if not changed_idx.size:
        return 0
    _write_windows(
        [
            (
                int(ids[i]),
                _as_date(first[i]),
                _as_date(last[i]),
                _as_date(soon[i]),
                _as_date(earliest[i]),
                provisional[i],
                _as_date(old[1][i]),
                cols[12][i],
            )
            for i in changed_idx
        ],
        reason,
    )
    return int(changed_idx.size)


def _as_date(value: np.datetime64) -> dt.date | None:
    return None if np.isnat(value) else value.astype(dt.date)


def _provisional_label(calendar: WorkCalendar, first: np.datetime64, last: np.datetime64) -> str:
    years = calendar.provisional_years(first.astype(dt.date), last.astype(dt.date))
    return ",".join(str(y) for y in years)


_TEMP_COLUMNS = (
    "id bigint, first_day date, last_day date, closing_soon_from date, earliest_last_day date, "
    "provisional_years varchar(50), old_last_day date, old_provisional_years varchar(50)"
)


def _write_windows(rows: list[tuple], reason: str) -> None:
    """Write changed window days with one UPDATE ... FROM a temporary table, and log changes."""
    notice_table = Notice._meta.db_table
    change_table = WindowChange._meta.db_table
    now = timezone.now()
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("DROP TABLE IF EXISTS notice_window_update")
        cursor.execute(f"CREATE TEMPORARY TABLE notice_window_update ({_TEMP_COLUMNS})")
        if connection.vendor == "postgresql":
            with cursor.cursor.copy(  # psycopg 3: COPY is the fast bulk path
                "COPY notice_window_update FROM STDIN"
            ) as copy:
                for row in rows:
                    copy.write_row(row)
        else:
            cursor.executemany(
                "INSERT INTO notice_window_update VALUES (%s, %s, %s, %s, %s, %s, %s, %s)", rows
            )
        cursor.execute(
            f"UPDATE {notice_table} SET first_day = u.first_day, last_day = u.last_day, "  # noqa: S608 - table names from model meta
            "closing_soon_from = u.closing_soon_from, earliest_last_day = u.earliest_last_day, "
            "provisional_years = u.provisional_years "
            f"FROM notice_window_update AS u WHERE {notice_table}.id = u.id"
        )
        cursor.execute(
            f"INSERT INTO {change_table} (notice_id, changed_at, reason, old_last_day, "  # noqa: S608
            "new_last_day, old_provisional_years, new_provisional_years) "
            "SELECT id, %s, %s, old_last_day, last_day, old_provisional_years, provisional_years "
            "FROM notice_window_update "
            "WHERE old_last_day IS DISTINCT FROM last_day "
            "OR old_provisional_years IS DISTINCT FROM provisional_years",
            [now, reason[:200]],
        )
        cursor.execute("DROP TABLE notice_window_update")
        public_data.raise_version()
