"""Properties of the working-day calendar that must hold for every start day and length."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from notices.deadlines.workdays import DayKind, Unit

D = dt.date
ONE_DAY = dt.timedelta(days=1)

# -- strategies ------------------------------------------------------------------------------

#: Start days from the first published year to three years past the last one (2027-2030 are
#: provisional in the library calendar).
start_days = st.dates(min_value=D(2004, 1, 1), max_value=D(2030, 12, 31))
#: Period lengths as notices use them: a few working days up to most of a year.
lengths = st.integers(min_value=1, max_value=300)
#: Whether the start day counts as day 1 (False is the Civil Code art. 201 default).
count_start_day = st.booleans()
#: Civil Code art. 203: a calendar-day period ending on a day off moves to the next working day.
roll_forward = st.booleans()
units = st.sampled_from(list(Unit))
#: Ranges of days to count over, as (first_day, last_day) in either order.
day_ranges = st.tuples(start_days, start_days)
#: Arrays of start days for the bulk form, including the empty array.
start_day_arrays = st.lists(start_days, max_size=40)
#: How far back ``working_days_before`` counts.
counts_back = st.integers(min_value=0, max_value=300)


def official_days(calendar):
    """The published days off and make-up days as plain sets (the oracle's input)."""
    return frozenset(calendar.days_off), frozenset(calendar.makeup_workdays)


def days_in(first: dt.date, last: dt.date) -> list[dt.date]:
    return [first + dt.timedelta(days=i) for i in range((last - first).days + 1)]


@pytest.fixture(scope="module")
def oracle(calendar):
    """A day-by-day reading of the published data, independent of the engine's indexes."""
    days_off, makeup_workdays = official_days(calendar)

    def is_working(day: dt.date) -> bool:
        return day in makeup_workdays or (day.weekday() < 5 and day not in days_off)

    return is_working


def first_day_counted(start_day: dt.date, counts_start: bool) -> dt.date:
    return start_day if counts_start else start_day + ONE_DAY


# -- adding and counting ---------------------------------------------------------------------


@given(start_day=start_days, length=lengths)
def test_counting_the_working_days_after_the_start_gives_the_length_back(
    calendar, start_day, length
):
    last_day = calendar.add_working_days(start_day, length).last_day

    assert calendar.count_working_days(start_day + ONE_DAY, last_day) == length


@given(start_day=start_days, length=lengths)
def test_counting_from_a_working_start_day_gives_the_length_back_when_it_counts(
    calendar, start_day, length
):
    last_day = calendar.add_working_days(start_day, length, count_start_day=True).last_day

    counted_from = start_day if calendar.is_working_day(start_day) else start_day + ONE_DAY
    assert calendar.count_working_days(counted_from, last_day) == length
    assert calendar.count_working_days(start_day, last_day) == length


@given(start_day=start_days, length=lengths, counts_start=count_start_day)
def test_working_day_period_matches_a_day_by_day_walk_of_the_published_data(
    calendar, oracle, start_day, length, counts_start
):
    day = first_day_counted(start_day, counts_start)
    counted = 0
    while True:
        if oracle(day):
            counted += 1
            if counted == length:
                break
        day += ONE_DAY

    assert calendar.add_working_days(start_day, length, count_start_day=counts_start).last_day == (
        day
    )


@given(start_day=start_days, length=lengths, counts_start=count_start_day)
def test_working_day_period_never_ends_on_a_day_off(calendar, start_day, length, counts_start):
    deadline = calendar.add_working_days(start_day, length, count_start_day=counts_start)

    assert calendar.is_working_day(deadline.last_day)
    assert deadline.last_day == deadline.nominal_last_day
    assert deadline.last_day >= start_day


@given(start_day=start_days, length=lengths, counts_start=count_start_day)
def test_rolled_calendar_period_ends_on_the_first_working_day_from_the_nominal_day(
    calendar, oracle, start_day, length, counts_start
):
    deadline = calendar.add_calendar_days(start_day, length, count_start_day=counts_start)
    nominal = start_day + dt.timedelta(days=length - 1 if counts_start else length)

    assert deadline.nominal_last_day == nominal
    assert oracle(deadline.last_day)
    assert not any(oracle(day) for day in days_in(nominal, deadline.last_day - ONE_DAY))


@given(start_day=start_days, length=lengths, counts_start=count_start_day)
def test_unrolled_calendar_period_ends_exactly_on_the_nominal_day(
    calendar, start_day, length, counts_start
):
    deadline = calendar.add_calendar_days(
        start_day, length, count_start_day=counts_start, roll_forward=False
    )

    assert deadline.last_day == deadline.nominal_last_day
    assert (deadline.last_day - start_day).days == length - (1 if counts_start else 0)


@given(day=start_days, count=counts_back)
def test_counting_back_undoes_adding(calendar, day, count):
    earlier = calendar.working_days_before(day, count)

    assert calendar.is_working_day(earlier)
    assert calendar.count_working_days(earlier, day) == count + 1
    if count:
        assert calendar.add_working_days(earlier, count).last_day == (
            calendar.working_days_before(day, 0)
        )


# -- monotonicity ----------------------------------------------------------------------------


@given(
    start_day=start_days,
    lengths_pair=st.tuples(lengths, lengths),
    unit=units,
    counts_start=count_start_day,
    rolls=roll_forward,
)
def test_a_longer_period_never_ends_earlier(
    calendar, start_day, lengths_pair, unit, counts_start, rolls
):
    shorter, longer = sorted(lengths_pair)
    options = {"count_start_day": counts_start, "roll_forward": rolls}

    first = calendar.add(start_day, shorter, unit, **options).last_day
    second = calendar.add(start_day, longer, unit, **options).last_day

    assert first <= second
    if unit is Unit.WORKING_DAYS and shorter < longer:
        assert first < second


@given(
    days=st.tuples(start_days, start_days),
    length=lengths,
    unit=units,
    counts_start=count_start_day,
    rolls=roll_forward,
)
def test_a_later_start_never_gives_an_earlier_last_day(
    calendar, days, length, unit, counts_start, rolls
):
    earlier, later = sorted(days)
    options = {"count_start_day": counts_start, "roll_forward": rolls}

    assert (
        calendar.add(earlier, length, unit, **options).last_day
        <= calendar.add(later, length, unit, **options).last_day
    )


# -- make-up days and weekday holidays -------------------------------------------------------


@given(day_range=day_ranges)
def test_make_up_weekend_days_count_and_weekday_holidays_do_not(calendar, day_range):
    first, last = sorted(day_range)
    days_off, makeup_workdays = official_days(calendar)
    days = days_in(first, last)

    weekdays = sum(1 for d in days if d.weekday() < 5)
    weekday_holidays = sum(1 for d in days if d.weekday() < 5 and d in days_off)
    makeups = sum(1 for d in days if d in makeup_workdays)

    assert calendar.count_working_days(first, last) == weekdays - weekday_holidays + makeups


@given(data=st.data(), length=lengths)
def test_a_make_up_saturday_or_sunday_is_a_counted_working_day(calendar, data, length):
    makeup = data.draw(st.sampled_from(sorted(calendar.makeup_workdays)), label="makeup")

    assert makeup.weekday() >= 5
    assert calendar.is_working_day(makeup)
    assert calendar.add_working_days(makeup - ONE_DAY, 1).last_day == makeup
    assert calendar.add_working_days(makeup, length, count_start_day=True) == (
        calendar.add_working_days(makeup - ONE_DAY, length)._replace(
            start_day=makeup, count_start_day=True
        )
    )


@given(data=st.data())
def test_a_weekday_holiday_is_never_counted(calendar, data):
    weekday_holidays = sorted(d for d in calendar.days_off if d.weekday() < 5)
    holiday = data.draw(st.sampled_from(weekday_holidays), label="holiday")

    assert not calendar.is_working_day(holiday)
    assert calendar.count_working_days(holiday, holiday) == 0
    assert calendar.add_working_days(holiday - ONE_DAY, 1).last_day > holiday
    assert calendar.describe(holiday).kind is DayKind.DAY_OFF


# -- provisional years -----------------------------------------------------------------------


@given(
    start_day=start_days,
    length=lengths,
    unit=units,
    counts_start=count_start_day,
    rolls=roll_forward,
)
def test_a_result_touching_an_unpublished_year_is_provisional_and_names_it(
    calendar, start_day, length, unit, counts_start, rolls
):
    deadline = calendar.add(
        start_day, length, unit, count_start_day=counts_start, roll_forward=rolls
    )
    touched = range(start_day.year, deadline.last_day.year + 1)
    unpublished = tuple(y for y in touched if not 2004 <= y <= 2026)

    assert deadline.provisional_years == unpublished
    assert deadline.provisional is bool(unpublished)
    if deadline.last_day.year >= 2027:
        assert deadline.provisional
        assert deadline.last_day.year in deadline.provisional_years


# -- the bulk form ---------------------------------------------------------------------------


@given(
    data=st.data(),
    starts=start_day_arrays,
    unit=units,
    counts_start=count_start_day,
    rolls=roll_forward,
    per_day_lengths=st.booleans(),
)
def test_bulk_form_equals_the_single_form_element_by_element(
    calendar, data, starts, unit, counts_start, rolls, per_day_lengths
):
    if per_day_lengths:
        length_of = data.draw(st.lists(lengths, min_size=len(starts), max_size=len(starts)))
        length_arg = np.array(length_of, dtype=np.int64)
    else:
        length_arg = data.draw(lengths)
        length_of = [length_arg] * len(starts)
    options = {"count_start_day": counts_start, "roll_forward": rolls}

    bulk = calendar.add_bulk(np.array(starts, dtype="datetime64[D]"), length_arg, unit, **options)
    single = [calendar.add(s, n, unit, **options) for s, n in zip(starts, length_of, strict=True)]

    assert bulk.last_days.dtype == np.dtype("datetime64[D]")
    assert bulk.last_days.tolist() == [d.last_day for d in single]
    assert bulk.provisional.tolist() == [d.provisional for d in single]


@given(days=start_day_arrays, count=counts_back)
def test_bulk_count_back_equals_the_single_form(calendar, days, count):
    bulk = calendar.working_days_before_bulk(np.array(days, dtype="datetime64[D]"), count)

    assert bulk.tolist() == [calendar.working_days_before(d, count) for d in days]


# -- explanations ----------------------------------------------------------------------------


@given(start_day=start_days, length=lengths, counts_start=count_start_day)
def test_explanation_lists_exactly_the_uncounted_days_of_a_working_day_period(
    calendar, oracle, start_day, length, counts_start
):
    deadline = calendar.add_working_days(start_day, length, count_start_day=counts_start)
    explained = calendar.explain(deadline)
    period = days_in(first_day_counted(start_day, counts_start), deadline.last_day)

    assert [d.day for d in explained if not d.is_working_day] == [
        d for d in period if not oracle(d)
    ]
    assert [d.day for d in explained if d.is_working_day] == [
        d for d in period if d in calendar.makeup_workdays
    ]
    assert all(d.provisional is not calendar.is_published(d.day.year) for d in explained)


@given(start_day=start_days, length=lengths, counts_start=count_start_day)
def test_explanation_of_a_calendar_day_period_lists_the_days_rolled_over(
    calendar, start_day, length, counts_start
):
    deadline = calendar.add_calendar_days(start_day, length, count_start_day=counts_start)

    assert [d.day for d in calendar.explain(deadline)] == days_in(
        deadline.nominal_last_day, deadline.last_day - ONE_DAY
    )
