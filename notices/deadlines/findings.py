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
    INFO = "info"


@dataclass(frozen=True)
class Finding:
    code: str
    severity: Severity
    message_zh: str
    message_en: str
    basis: LegalBasis | None = None

    def message(self, language: str = "zh") -> str:
        return self.message_zh if language.startswith("zh") else self.message_en


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
                f"清算组于{formed:%Y年%m月%d日}成立，晚于解散事由出现之日起十五日"
                f"（应于{due:%Y年%m月%d日}前）。",
                f"The clearing group was formed on {formed.isoformat()}, more than 15 days after "
                f"dissolution (due by {due.isoformat()}).",
                _GROUP_FORMATION,
            )
    if formed and published_on:
        due = calendar.add_calendar_days(formed, 60).last_day
        if published_on > due:
            yield Finding(
                "announced_late",
                Severity.VIOLATION,
                f"公告于{published_on:%Y年%m月%d日}发布，晚于清算组成立之日起六十日"
                f"（应于{due:%Y年%m月%d日}前）。",
                f"Announced on {published_on.isoformat()}, more than 60 days after the clearing "
                f"group was formed (due by {due.isoformat()}).",
                _ANNOUNCEMENT,
            )


def check_newspaper_runs(facts: NoticeFacts, window: Window | None):
    """An EIA draft printed in a newspaper fewer times within its window than the law wants."""
    wanted = kind_spec(facts.terms.kind).newspaper_runs_within_window
    if not wanted or window is None:
        return
    runs = sum(
        1 for day in set(facts.newspaper_run_days) if window.first_day <= day <= window.last_day
    )
    if runs < wanted:
        yield Finding(
            "too_few_newspaper_runs",
            Severity.VIOLATION if runs else Severity.WARNING,
            f"征求意见期间内记录的报纸刊登只有{runs}次，法定不少于{wanted}次。",
            f"Only {runs} newspaper run(s) recorded within the comment period; at least "
            f"{wanted} are required.",
            _NEWSPAPER_RUNS,
        )


def check_entry_timing(facts: NoticeFacts, window: Window | None):
    """A window that had already ended when the notice was entered."""
    if window is None or facts.entered_on is None or window.last_day >= facts.entered_on:
        return
    yield Finding(
        "ended_before_entry",
        Severity.INFO,
        f"录入时（{facts.entered_on:%Y年%m月%d日}）期限已于{window.last_day:%Y年%m月%d日}届满。",
        f"The window had ended on {window.last_day.isoformat()} before the notice was entered "
        f"({facts.entered_on.isoformat()}).",
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
    facts: NoticeFacts, window: Window | None, calendar: WorkCalendar
) -> tuple[Finding, ...]:
    """Run every check on a notice; return its findings, most serious first."""
    found = [
        *check_period_length(facts, window, calendar),
        *check_liquidation_timing(facts, calendar),
        *check_newspaper_runs(facts, window),
        *check_entry_timing(facts, window),
        *check_provisional(window),
    ]
    order = {Severity.VIOLATION: 0, Severity.WARNING: 1, Severity.INFO: 2}
    return tuple(sorted(found, key=lambda f: order[f.severity]))
