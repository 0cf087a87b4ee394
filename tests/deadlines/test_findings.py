"""Compliance findings that depend on the future: pending while the window is open, then settled.

An EIA draft must be printed in a newspaper at least twice within its comment period (MEE Order
No. 4 art. 11). Published 2024-07-08, the period runs 07-08 .. 07-22 (RULES.md §2.4).
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from notices.deadlines import findings
from notices.deadlines.findings import (
    LABELS,
    SEVERITY_ORDER,
    Finding,
    NoticeFacts,
    Severity,
    check_notice,
    day_en,
    day_zh,
)
from notices.deadlines.windows import WindowTerms, compute_window

PUBLISHED_ON = dt.date(2024, 7, 8)
FIRST_DAY = dt.date(2024, 7, 8)
LAST_DAY = dt.date(2024, 7, 22)
DRAFT = WindowTerms(kind="eia_draft_comment", published_on=PUBLISHED_ON)

# every kind of day relative to the window: before it, its first day, inside, its last day,
# the day after, long after
DAYS = {
    "before": dt.date(2024, 7, 1),
    "first": FIRST_DAY,
    "inside": dt.date(2024, 7, 15),
    "last": LAST_DAY,
    "day_after": dt.date(2024, 7, 23),
    "long_after": dt.date(2025, 1, 1),
}
# printings inside the window, on its edges, and outside it (which never count)
INSIDE = [FIRST_DAY, dt.date(2024, 7, 10), LAST_DAY]
OUTSIDE = [dt.date(2024, 7, 7), dt.date(2024, 7, 23)]


def runs_finding(calendar, runs, on) -> Finding | None:
    window = compute_window(DRAFT, calendar)
    facts = NoticeFacts(terms=DRAFT, newspaper_run_days=runs)
    found = [
        f
        for f in check_notice(facts, window, calendar, on)
        if f.code in {"newspaper_runs_due", "too_few_newspaper_runs"}
    ]
    assert len(found) <= 1
    return found[0] if found else None


def test_the_sample_window_is_the_one_these_tests_assume(calendar):
    window = compute_window(DRAFT, calendar)
    assert (window.first_day, window.last_day) == (FIRST_DAY, LAST_DAY)


@pytest.mark.parametrize("when", DAYS)
@pytest.mark.parametrize("inside", range(4))
@pytest.mark.parametrize("outside", range(3))
def test_newspaper_runs_are_pending_while_open_and_settled_once_closed(
    calendar, when, inside, outside
):
    runs = INSIDE[:inside] + OUTSIDE[:outside]
    on = DAYS[when]
    finding = runs_finding(calendar, runs, on)
    counted = min(inside, 3)
    if counted >= 2:
        assert finding is None
    elif on <= LAST_DAY:
        assert finding.code == "newspaper_runs_due"
        assert finding.severity is Severity.PENDING
        assert f"再见报{2 - counted}次" in finding.message("zh")
        assert "2024年7月22日" in finding.message("zh")
        assert "22 July 2024" in finding.message("en")
    elif counted == 1:
        assert (finding.code, finding.severity) == ("too_few_newspaper_runs", Severity.VIOLATION)
    else:  # none recorded at all: perhaps not entered, so a warning rather than a violation
        assert (finding.code, finding.severity) == ("too_few_newspaper_runs", Severity.WARNING)


def test_a_printing_repeated_on_the_same_day_counts_once(calendar):
    finding = runs_finding(calendar, [FIRST_DAY, FIRST_DAY], DAYS["day_after"])
    assert finding.severity is Severity.VIOLATION


def test_the_pending_message_says_what_is_still_needed_and_by_when(calendar):
    finding = runs_finding(calendar, [FIRST_DAY], DAYS["inside"])
    assert finding.message("zh") == (
        "征求意见期间内已记录的报纸刊登1次，法定不少于2次：须在2024年7月22日截止前再见报1次，否则违规。"
    )
    assert finding.message("en") == (
        "Printed in a newspaper once so far within the comment period; the law requires at "
        "least twice: once more by 22 July 2024, or the notice breaks the rule."
    )
    assert finding.label("zh") == "待再次见报"
    assert finding.label("en") == "Newspaper printing still due"


def test_kinds_without_a_printing_rule_never_get_a_printing_finding(calendar):
    terms = WindowTerms(kind="liquidation", published_on=PUBLISHED_ON)
    facts = NoticeFacts(terms=terms)
    for on in DAYS.values():
        codes = [f.code for f in check_notice(facts, compute_window(terms, calendar), calendar, on)]
        assert "newspaper_runs_due" not in codes
        assert "too_few_newspaper_runs" not in codes


def test_findings_come_most_serious_first_with_pending_before_notes(calendar):
    facts = NoticeFacts(
        terms=DRAFT,
        newspaper_run_days=[FIRST_DAY],
        entered_on=dt.date(2024, 7, 25),  # the window had ended when it was entered
    )
    window = compute_window(DRAFT, calendar)
    severities = [f.severity for f in check_notice(facts, window, calendar, DAYS["inside"])]
    assert severities == [Severity.PENDING, Severity.INFO]
    assert [f.severity for f in check_notice(facts, window, calendar, DAYS["day_after"])] == [
        Severity.VIOLATION,
        Severity.INFO,
    ]
    assert sorted(SEVERITY_ORDER, key=SEVERITY_ORDER.get) == [
        Severity.VIOLATION,
        Severity.WARNING,
        Severity.PENDING,
        Severity.INFO,
    ]


def test_every_finding_code_has_a_short_label_in_both_languages():
    source = Path(findings.__file__).read_text(encoding="utf-8")
    emitted = set(re.findall(r'Finding\(\s+"([a-z_]+)"', source))
    assert emitted == set(LABELS)
    for zh, en in LABELS.values():
        assert zh != en
    unknown = Finding("made_up", Severity.INFO, "甲", "a")
    assert unknown.label("zh") == unknown.label("en") == "made_up"


def test_days_are_written_one_way_per_language():
    assert day_zh(dt.date(2024, 7, 8)) == "2024年7月8日"
    assert day_en(dt.date(2024, 12, 31)) == "31 December 2024"


@given(
    on=st.dates(dt.date(2024, 6, 1), dt.date(2024, 9, 1)),
    runs=st.lists(st.dates(dt.date(2024, 7, 1), dt.date(2024, 7, 31)), max_size=4),
)
def test_a_printing_finding_is_pending_exactly_while_the_window_is_open_or_upcoming(
    calendar, on, runs
):
    finding = runs_finding(calendar, runs, on)
    counted = len({d for d in runs if FIRST_DAY <= d <= LAST_DAY})
    assert (finding is None) == (counted >= 2)
    if finding is not None:
        assert (finding.severity is Severity.PENDING) == (on <= LAST_DAY)


def test_later_printings_can_only_resolve_a_pending_finding_never_worsen_it(calendar):
    # adding printings never makes a finding more serious, on any day
    for on, extra in itertools.product(DAYS.values(), INSIDE + OUTSIDE):
        before = runs_finding(calendar, [FIRST_DAY], on)
        after = runs_finding(calendar, [FIRST_DAY, extra], on)
        if after is not None:
            assert SEVERITY_ORDER[after.severity] >= SEVERITY_ORDER[before.severity]


# -- the checks that do not depend on the day -------------------------------------------------


def codes_of(calendar, terms, on=DAYS["inside"], **facts) -> dict[str, Finding]:
    window = compute_window(terms, calendar)
    found = check_notice(NoticeFacts(terms=terms, **facts), window, calendar, on)
    return {f.code: f for f in found}


def test_a_stated_period_short_under_both_readings_is_a_violation(calendar):
    terms = WindowTerms(
        kind="eia_draft_comment",
        published_on=PUBLISHED_ON,
        stated_first_day=PUBLISHED_ON,
        stated_last_day=dt.date(2024, 7, 12),
    )
    finding = codes_of(calendar, terms)["period_shorter_than_minimum"]
    assert finding.severity is Severity.VIOLATION
    assert "只有5个工作日" in finding.message("zh")
    assert "5 working days" in finding.message("en")


def test_a_stated_period_long_enough_only_counting_the_publication_day_is_a_warning(calendar):
    terms = WindowTerms(
        kind="eia_draft_comment",
        published_on=PUBLISHED_ON,
        stated_first_day=PUBLISHED_ON,
        stated_last_day=dt.date(2024, 7, 19),
    )
    codes = codes_of(calendar, terms)
    assert codes["period_short_under_civil_code"].severity is Severity.WARNING
    assert "period_shorter_than_minimum" not in codes
    later = WindowTerms(
        kind="eia_draft_comment",
        published_on=PUBLISHED_ON,
        stated_first_day=dt.date(2024, 7, 9),
        stated_last_day=dt.date(2024, 7, 22),
    )
    assert not {"period_short_under_civil_code", "period_shorter_than_minimum"} & set(
        codes_of(calendar, later)
    )


def test_a_stated_length_below_the_minimum_is_a_violation_in_its_own_unit(calendar):
    from notices.deadlines.workdays import Unit

    short = WindowTerms(
        kind="eia_draft_comment", published_on=PUBLISHED_ON, length=5, unit=Unit.WORKING_DAYS
    )
    assert codes_of(calendar, short)["period_shorter_than_minimum"].severity is Severity.VIOLATION
    other_unit = WindowTerms(
        kind="eia_draft_comment", published_on=PUBLISHED_ON, length=5, unit=Unit.CALENDAR_DAYS
    )
    assert "period_shorter_than_minimum" not in codes_of(calendar, other_unit)
    enough = WindowTerms(
        kind="eia_draft_comment", published_on=PUBLISHED_ON, length=15, unit=Unit.WORKING_DAYS
    )
    assert "period_shorter_than_minimum" not in codes_of(calendar, enough)


def test_a_short_stated_claim_period_is_counted_in_calendar_days(calendar):
    terms = WindowTerms(
        kind="liquidation",
        published_on=PUBLISHED_ON,
        stated_first_day=PUBLISHED_ON,
        stated_last_day=dt.date(2024, 7, 20),
    )
    finding = codes_of(calendar, terms)["period_shorter_than_minimum"]
    assert "13日" in finding.message("zh")
    assert "13 calendar days" in finding.message("en")


def test_a_late_liquidation_committee_and_a_late_announcement_are_violations(calendar):
    terms = WindowTerms(kind="liquidation", published_on=dt.date(2024, 10, 8))
    codes = codes_of(
        calendar,
        terms,
        dissolution_resolved_on=dt.date(2024, 6, 1),
        liquidation_group_formed_on=dt.date(2024, 7, 1),
    )
    assert codes["group_formed_late"].severity is Severity.VIOLATION
    assert "2024年7月1日" in codes["group_formed_late"].message("zh")
    assert "liquidation committee" in codes["group_formed_late"].message("en")
    assert "2024年10月8日" in codes["announced_late"].message("zh")
    assert "8 October 2024" in codes["announced_late"].message("en")
    timely = codes_of(
        calendar,
        WindowTerms(kind="liquidation", published_on=PUBLISHED_ON),
        dissolution_resolved_on=PUBLISHED_ON,
        liquidation_group_formed_on=PUBLISHED_ON,
    )
    assert not {"group_formed_late", "announced_late"} & set(timely)


def test_a_window_ended_before_entry_is_a_note_with_both_days(calendar):
    finding = codes_of(calendar, DRAFT, entered_on=dt.date(2024, 8, 1))["ended_before_entry"]
    assert finding.severity is Severity.INFO
    assert "2024年8月1日" in finding.message("zh")
    assert "22 July 2024" in finding.message("en")
    assert "ended_before_entry" not in codes_of(calendar, DRAFT, entered_on=LAST_DAY)


def test_a_last_day_in_an_unpublished_year_is_a_provisional_warning(calendar):
    terms = WindowTerms(kind="liquidation", published_on=dt.date(2026, 12, 1))
    finding = codes_of(calendar, terms, on=dt.date(2026, 12, 2))["provisional_deadline"]
    assert finding.severity is Severity.WARNING
    assert "2027年" in finding.message("zh")
    assert "2027" in finding.message("en")


def test_a_notice_without_a_window_gets_no_window_findings(calendar):
    terms = WindowTerms(kind="eia_draft_comment", published_on=None)
    assert check_notice(NoticeFacts(terms=terms), None, calendar, DAYS["inside"]) == ()
