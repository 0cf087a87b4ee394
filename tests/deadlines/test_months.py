"""Periods in months (Civil Code arts. 200-203): the corresponding day of the last month."""

from __future__ import annotations

import datetime as dt

import pytest

from notices.deadlines.errors import CalendarRangeError, InvalidPeriod
from notices.deadlines.windows import WindowTerms, compute_window
from notices.deadlines.workdays import Unit

D = dt.date


@pytest.mark.parametrize(
    ("start", "months", "last"),
    [
        (D(2024, 3, 12), 1, D(2024, 4, 12)),  # the corresponding day (art. 202)
        (D(2023, 1, 31), 1, D(2023, 2, 28)),  # no February 31st: the month's last day
        (D(2024, 1, 31), 1, D(2024, 2, 29)),  # ... which is the 29th in a leap year
        (D(2023, 12, 31), 2, D(2024, 2, 29)),  # across a year end, into a leap February
        (D(2024, 1, 31), 3, D(2024, 4, 30)),  # April has no 31st either
        (D(2024, 8, 31), 6, D(2025, 2, 28)),
    ],
)
def test_a_month_period_ends_on_the_corresponding_day_or_the_last_day_of_the_month(
    calendar, start, months, last
) -> None:
    deadline = calendar.add_months(start, months)
    assert deadline.nominal_last_day == last
    assert deadline.last_day == last
    assert deadline.unit is Unit.MONTHS


def test_a_last_day_on_a_weekend_moves_to_the_next_working_day(calendar) -> None:
    # 2024-03-08 + 3 months = Saturday 2024-06-08; Monday 06-10 is the Dragon Boat Festival
    deadline = calendar.add_months(D(2024, 3, 8), 3)
    assert deadline.nominal_last_day == D(2024, 6, 8)
    assert deadline.last_day == D(2024, 6, 11)
    skipped = [day.day for day in calendar.explain(deadline)]
    assert skipped == [D(2024, 6, 8), D(2024, 6, 9), D(2024, 6, 10)]


def test_a_last_day_in_the_spring_festival_moves_to_the_make_up_sunday(calendar) -> None:
    # 2024-01-15 + 1 month = 02-15, inside 02-10..02-17; Sunday 02-18 is a make-up working day
    assert calendar.add_months(D(2024, 1, 15), 1).last_day == D(2024, 2, 18)


def test_without_roll_forward_a_month_period_may_end_on_a_rest_day(calendar) -> None:
    deadline = calendar.add_months(D(2024, 3, 8), 3, roll_forward=False)
    assert deadline.last_day == D(2024, 6, 8)


def test_counting_the_start_day_ends_a_month_period_one_day_earlier(calendar) -> None:
    assert calendar.add_months(D(2024, 1, 1), 1, count_start_day=True).last_day == D(2024, 1, 31)
    assert calendar.add_months(D(2024, 1, 1), 1).last_day == D(2024, 2, 1)


def test_add_and_the_bulk_form_dispatch_months(calendar) -> None:
    assert calendar.add(D(2024, 1, 31), 1, "months") == calendar.add_months(D(2024, 1, 31), 1)
    bulk = calendar.add_bulk([D(2024, 1, 31), D(2024, 3, 8)], [1, 3], Unit.MONTHS)
    assert bulk.last_days.tolist() == [D(2024, 2, 29), D(2024, 6, 11)]


def test_a_month_period_into_an_unpublished_year_is_provisional(calendar) -> None:
    deadline = calendar.add_months(D(2026, 12, 15), 1)
    assert deadline.last_day == D(2027, 1, 15)
    assert deadline.provisional_years == (2027,)


@pytest.mark.parametrize("length", [0, -1, 1.5, True])
def test_a_month_period_must_be_a_whole_number_of_at_least_one(calendar, length) -> None:
    with pytest.raises(InvalidPeriod):
        calendar.add_months(D(2024, 1, 31), length)


def test_a_month_period_past_the_supported_span_is_refused(calendar) -> None:
    with pytest.raises(CalendarRangeError):
        calendar.add_months(D(2199, 12, 31), 1)


def test_a_notice_stating_three_months_gets_its_window_from_the_month_unit(calendar) -> None:
    terms = WindowTerms(kind="other", published_on=D(2024, 1, 31), length=3, unit=Unit.MONTHS)
    window = compute_window(terms, calendar)
    assert window is not None
    assert window.last_day == D(2024, 4, 30)
    assert window.unit is Unit.MONTHS
