"""Compliance findings: what a careful compliance officer checks on a notice, with the rule.

Each check is a small function of plain facts and the calendar; ``check_notice`` runs them all.
Messages come in Simplified Chinese and English; codes are stable identifiers for the API.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from .windows import (
    LegalBasis,
    Window,
    WindowTerms,
    company_law_basis,
    eia_basis,
    kind_spec,
    window_rule,
)
from .workdays import Unit, WorkCalendar


class Severity(StrEnum):
    VIOLATION = "violation"  # the notice, as recorded, breaks the rule
    WARNING = "warning"  # it may break it, or a date cannot be relied on yet
    PENDING = "pending"  # not met yet, but it still can be before the window closes
    INFO = "info"


SEVERITY_ORDER = {Severity.VIOLATION: 0, Severity.WARNING: 1, Severity.PENDING: 2, Severity.INFO: 3}

# A short name for each finding, for lists where the full message does not fit.
LABELS: dict[str, tuple[str, str]] = {
    "period_shorter_than_minimum": ("期限短于法定", "Period below the legal minimum"),
    "period_short_under_civil_code": ("期限可能不足", "Period short under the Civil Code"),
    "group_formed_late": ("清算组成立逾期", "Liquidation committee formed late"),
    "announced_late": ("公告逾期", "Announced late"),
    "too_few_newspaper_runs": ("见报次数不足", "Too few newspaper printings"),
    "newspaper_runs_due": ("待再次见报", "Newspaper printing still due"),
    "ended_before_entry": ("录入时已截止", "Ended before entry"),
    "provisional_deadline": ("截止日暂定", "Provisional last day"),
}


def day_zh(day: dt.date) -> str:
    """Return ``day`` as the pages write it in Chinese: 2024年7月8日."""
    return f"{day.year}年{day.month}月{day.day}日"


#: English month names, for the one English date format (8 July 2024).
MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def day_en(day: dt.date) -> str:
    """Return ``day`` as the pages write it in English: 8 July 2024."""
    return f"{day.day} {MONTHS_EN[day.month - 1]} {day.year}"


def _times_en(n: int) -> str:
    return {0: "no times", 1: "once", 2: "twice"}.get(n, f"{n} times")


@dataclass(frozen=True)
class Finding:
    code: str
    severity: Severity
    message_zh: str
    message_en: str
    basis: LegalBasis | None = None

    def message(self, language: str = "zh") -> str:
        return self.message_zh if language.startswith("zh") else self.message_en

    def label(self, language: str = "zh") -> str:
        """Return the finding's short name (its code when it has none)."""
        zh, en = LABELS.get(self.code, (self.code, self.code))
        return zh if language.startswith("zh") else en


@dataclass(frozen=True)
class NoticeFacts:
    """The recorded facts a check needs, beyond the window terms."""

    terms: WindowTerms
    dissolution_resolved_on: dt.date | None = None
    liquidation_group_formed_on: dt.date | None = None
    newspaper_run_days: Sequence[dt.date] = field(default=())
    entered_on: dt.date | None = None


_GROUP_FORMATION = company_law_basis("第二百三十二条", 232, "§1.2")
_ANNOUNCEMENT = company_law_basis("第二百三十五条", 235, "§1.3")
_NEWSPAPER_RUNS = eia_basis("第十一条", "11")
_CIVIL_CODE = LegalBasis(
    "中华人民共和国民法典", "第二百零一条", "Civil Code of the PRC", "art. 201"
)


def _units(unit: Unit, zh: bool) -> str:
    if unit is Unit.WORKING_DAYS:
        return "个工作日" if zh else " working days"
    return "日" if zh else " calendar days"


def _count(calendar: WorkCalendar, unit: Unit, first: dt.date, last: dt.date) -> int:
    if unit is Unit.WORKING_DAYS:
        return calendar.count_working_days(first, last)
    return max(0, (last - first).days + 1)


def check_period_length(facts: NoticeFacts, window: Window | None, calendar: WorkCalendar):
    """A stated period shorter than the legal minimum, under one or both counting readings."""
    spec = kind_spec(facts.terms.kind)
    rule = spec.rule
    if rule is None or not rule.minimum or window is None:
        return
    minimum = rule.length
    published_on = facts.terms.published_on
    if window.stated:
        first, last = window.first_day, window.last_day
        inclusive = _count(calendar, rule.unit, first, last)
        after_publication = first
        if published_on is not None and first <= published_on:
            after_publication = published_on + dt.timedelta(days=1)
        civil = _count(calendar, rule.unit, after_publication, last)
    else:
        own = window_rule(facts.terms)
        if own is None or own.unit is not rule.unit or own.length >= minimum:
            return
        inclusive = civil = own.length
    if inclusive < minimum:
        yield Finding(
            "period_shorter_than_minimum",
            Severity.VIOLATION,
            f"公示期只有{inclusive}{_units(rule.unit, True)}（即使计入公告当日），"
            f"少于法定的{minimum}{_units(rule.unit, True)}。",
            f"The period is only {inclusive}{_units(rule.unit, False)} even counting the "
            f"publication day, less than the legal minimum of {minimum}{_units(rule.unit, False)}.",
            spec.basis,
        )
    elif civil < minimum:
        yield Finding(
            "period_short_under_civil_code",
            Severity.WARNING,
            f"只有计入公告当日才满{minimum}{_units(rule.unit, True)}；按《民法典》第二百零一条"
            f"（开始当日不计入）只有{civil}{_units(rule.unit, True)}。",
            f"The period reaches {minimum}{_units(rule.unit, False)} only if the publication day "
            f"counts; under Civil Code art. 201 (start day not counted) it is {civil}.",
            _CIVIL_CODE,
        )


def check_liquidation_timing(facts: NoticeFacts, calendar: WorkCalendar):
    """Clearing group formed > 15 days after dissolution; announcement > 60 days after forming."""
    if not kind_spec(facts.terms.kind).is_liquidation:
        return
    dissolved, formed = facts.dissolution_resolved_on, facts.liquidation_group_formed_on
    published_on = facts.terms.published_on
    if dissolved and formed:
        due = calendar.add_calendar_days(dissolved, 15).last_day
        if formed > due:
            yield Finding(
                "group_formed_late",
                Severity.VIOLATION,
                f"清算组于{day_zh(formed)}成立，晚于解散事由出现之日起十五日"
                f"（应于{day_zh(due)}前）。",
                f"The liquidation committee was formed on {day_en(formed)}, more than 15 days "
                f"after dissolution (due by {day_en(due)}).",
                _GROUP_FORMATION,
            )
    if formed and published_on:
        due = calendar.add_calendar_days(formed, 60).last_day
        if published_on > due:
            yield Finding(
                "announced_late",
                Severity.VIOLATION,
                f"公告于{day_zh(published_on)}发布，晚于清算组成立之日起六十日"
                f"（应于{day_zh(due)}前）。",
                f"Announced on {day_en(published_on)}, more than 60 days after the liquidation "
                f"committee was formed (due by {day_en(due)}).",
                _ANNOUNCEMENT,
            )


def check_newspaper_runs(facts: NoticeFacts, window: Window | None, on: dt.date):
    """An EIA draft printed in a newspaper fewer times within its window than the law wants.

    Whether the rule is met depends on the future while the window is open: until its last day
    has passed (``on`` <= ``last_day``) a missing printing can still come, so the finding is
    *pending* and says by when. Once the window has closed, too few printings is a violation;
    none recorded at all is a warning (the printings may simply not have been entered).
    Source: MEE Order No. 4 art. 11 (RULES.md §3).
    """
    wanted = kind_spec(facts.terms.kind).newspaper_runs_within_window
    if not wanted or window is None:
        return
    runs = sum(
        1 for day in set(facts.newspaper_run_days) if window.first_day <= day <= window.last_day
    )
    if runs >= wanted:
        return
    missing = wanted - runs
    if on <= window.last_day:
        yield Finding(
            "newspaper_runs_due",
            Severity.PENDING,
            f"征求意见期间内已记录的报纸刊登{runs}次，法定不少于{wanted}次："
            f"须在{day_zh(window.last_day)}截止前再见报{missing}次，否则违规。",
            f"Printed in a newspaper {_times_en(runs)} so far within the comment period; the "
            f"law requires at least {_times_en(wanted)}: {_times_en(missing)} more by "
            f"{day_en(window.last_day)}, or the notice breaks the rule.",
            _NEWSPAPER_RUNS,
        )
        return
    yield Finding(
        "too_few_newspaper_runs",
        Severity.VIOLATION if runs else Severity.WARNING,
        f"征求意见期间（至{day_zh(window.last_day)}）内记录的报纸刊登只有{runs}次，"
        f"法定不少于{wanted}次。",
        f"Printed in a newspaper {_times_en(runs)} within the comment period (ended "
        f"{day_en(window.last_day)}); the law requires at least {_times_en(wanted)}.",
        _NEWSPAPER_RUNS,
    )


def check_entry_timing(facts: NoticeFacts, window: Window | None):
    """A window that had already ended when the notice was entered."""
    if window is None or facts.entered_on is None or window.last_day >= facts.entered_on:
        return
    yield Finding(
        "ended_before_entry",
        Severity.INFO,
        f"录入时（{day_zh(facts.entered_on)}）期限已于{day_zh(window.last_day)}届满。",
        f"The window had ended on {day_en(window.last_day)} before the notice was entered "
        f"({day_en(facts.entered_on)}).",
    )


def check_provisional(window: Window | None):
    """A last day that rests on a year whose holiday schedule is not yet published."""
    if window is None or not window.provisional:
        return
    years = "、".join(str(y) for y in window.provisional_years)
    years_en = ", ".join(str(y) for y in window.provisional_years)
    yield Finding(
        "provisional_deadline",
        Severity.WARNING,
        f"截止日期为暂定：{years}年的节假日安排尚未公布，公布后可能变化。",
        f"Provisional deadline: the {years_en} holiday schedule is not yet published; the date "
        "may change when it is.",
    )


def check_notice(
    facts: NoticeFacts, window: Window | None, calendar: WorkCalendar, on: dt.date
) -> tuple[Finding, ...]:
    """Run every check on a notice as it stands on the day ``on``; most serious first."""
    found = [
        *check_period_length(facts, window, calendar),
        *check_liquidation_timing(facts, calendar),
        *check_newspaper_runs(facts, window, on),
        *check_entry_timing(facts, window),
        *check_provisional(window),
    ]
    return tuple(sorted(found, key=lambda f: SEVERITY_ORDER[f.severity]))
