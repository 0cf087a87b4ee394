"""The working-day calendar: oracle agreement, the RULES.md §7 examples, conventions, errors."""

from __future__ import annotations

import datetime as dt

import chinese_calendar
import numpy as np
import pytest

from notices.deadlines.errors import CalendarDataError, CalendarRangeError, InvalidPeriod
from notices.deadlines.workdays import (
    FIRST_SUPPORTED_DAY,
    LAST_SUPPORTED_DAY,
    CalendarDay,
    DayKind,
    Unit,
    WorkCalendar,
)

D = dt.date
ONE_DAY = dt.timedelta(days=1)

#: chinese-calendar's one known error in 2004-2026: it misses the 2005-12-31 (Saturday) make-up
#: working day of the 2006 New Year (LKI/chinese-calendar issue #125, still open).
CHINESE_CALENDAR_KNOWN_ERRORS = [D(2005, 12, 31)]


def _days(first: dt.date, last: dt.date) -> list[dt.date]:
    return [first + dt.timedelta(days=i) for i in range((last - first).days + 1)]


# -- the calendar itself ---------------------------------------------------------------------


def test_working_days_agree_with_chinese_calendar_except_its_known_2005_error(calendar):
    disagreements = [
        day
        for day in _days(D(2004, 1, 1), D(2026, 12, 31))
        if calendar.is_working_day(day) != chinese_calendar.is_workday(day)
    ]

    assert disagreements == CHINESE_CALENDAR_KNOWN_ERRORS
    assert calendar.is_working_day(D(2005, 12, 31))
    assert calendar.describe(D(2005, 12, 31)).kind is DayKind.MAKEUP_WORKDAY


@pytest.mark.parametrize(
    ("day", "working"),
    [
        (D(2025, 9, 28), True),  # make-up Sunday before National Day
        (D(2025, 10, 11), True),  # make-up Saturday after it
        (D(2025, 10, 1), False),  # a weekday holiday
        (D(2025, 10, 8), False),  # a weekday 调休 rest day
        (D(2025, 10, 4), False),  # a weekend inside the holiday
        (D(2025, 10, 18), False),  # an ordinary Saturday
        (D(2025, 10, 20), True),  # an ordinary Monday
        (D(2027, 2, 8), True),  # 2027 is unpublished: only weekends are off
        (D(2027, 2, 6), False),
    ],
)
def test_make_up_weekend_days_work_and_weekday_holidays_do_not(calendar, day, working):
    assert calendar.is_working_day(day) is working


def test_describe_says_why_a_day_is_or_is_not_worked(calendar, shared_calendar):
    assert calendar.describe(D(2024, 7, 8)) == CalendarDay(D(2024, 7, 8), DayKind.WORKING_DAY)
    assert calendar.describe(D(2024, 7, 6)) == CalendarDay(D(2024, 7, 6), DayKind.WEEKEND)
    national_day = shared_calendar.describe(D(2025, 10, 1))
    assert (national_day.kind, national_day.name) == (DayKind.DAY_OFF, "国庆节、中秋节")
    assert not national_day.is_working_day
    makeup = calendar.describe(D(2025, 9, 28))
    assert (makeup.kind, makeup.name, makeup.is_working_day) == (
        DayKind.MAKEUP_WORKDAY,
        "调休上班",
        True,
    )
    unpublished = calendar.describe(D(2027, 2, 8))
    assert (unpublished.kind, unpublished.provisional) == (DayKind.WORKING_DAY, True)


def test_next_working_day_skips_the_whole_national_day_holiday(calendar):
    assert calendar.next_working_day(D(2025, 9, 30)) == D(2025, 10, 9)
    assert calendar.next_working_day(D(2025, 10, 9)) == D(2025, 10, 10)
    assert calendar.working_day_on_or_after(D(2025, 10, 9)) == D(2025, 10, 9)
    assert calendar.working_day_on_or_after(D(2025, 10, 1)) == D(2025, 10, 9)


def test_count_working_days_includes_both_ends_and_is_zero_for_an_empty_range(calendar):
    assert calendar.count_working_days(D(2025, 9, 26), D(2025, 10, 16)) == 11
    assert calendar.count_working_days(D(2025, 10, 1), D(2025, 10, 8)) == 0
    assert calendar.count_working_days(D(2025, 9, 28), D(2025, 9, 28)) == 1
    assert calendar.count_working_days(D(2025, 10, 16), D(2025, 9, 26)) == 0


def test_working_days_before_counts_back_over_days_off(calendar):
    assert calendar.working_days_before(D(2025, 10, 16), 0) == D(2025, 10, 16)
    assert calendar.working_days_before(D(2025, 10, 9), 1) == D(2025, 9, 30)
    # from a day off, count from the last working day before it
    assert calendar.working_days_before(D(2025, 10, 5), 0) == D(2025, 9, 30)
    assert calendar.working_days_before(D(2025, 10, 5), 2) == D(2025, 9, 28)


# -- the seed examples and RULES.md §7 -------------------------------------------------------


@pytest.mark.parametrize(
    ("start_day", "last_day"),
    [(D(2024, 7, 8), D(2024, 7, 22)), (D(2024, 7, 4), D(2024, 7, 18))],
)
def test_ten_working_days_end_two_calendar_weeks_later_in_an_ordinary_july(
    calendar, start_day, last_day
):
    deadline = calendar.add_working_days(start_day, 10)

    assert deadline.last_day == deadline.nominal_last_day == last_day
    assert (deadline.unit, deadline.length, deadline.provisional) == (Unit.WORKING_DAYS, 10, False)


def test_forty_five_calendar_days_from_2024_07_08_end_on_a_thursday_without_moving(calendar):
    deadline = calendar.add_calendar_days(D(2024, 7, 8), 45)

    assert deadline.last_day == deadline.nominal_last_day == D(2024, 8, 22)
    assert calendar.explain(deadline) == ()


@pytest.mark.parametrize(
    ("example", "announced_on", "nominal_last_day", "last_day"),
    [
        ("E1 claim window moves past National Day", D(2025, 8, 18), D(2025, 10, 2), D(2025, 10, 9)),
        ("E2 make-up Sunday is a last day", D(2025, 8, 14), D(2025, 9, 28), D(2025, 9, 28)),
        ("E3 Spring Festival 2026", D(2026, 1, 1), D(2026, 2, 15), D(2026, 2, 24)),
        ("E3 make-up Saturday is a last day", D(2025, 12, 31), D(2026, 2, 14), D(2026, 2, 14)),
    ],
)
def test_claim_window_of_45_days_follows_rules_section_7(
    calendar, shared_calendar, example, announced_on, nominal_last_day, last_day
):
    for cal in (calendar, shared_calendar):
        deadline = cal.add_calendar_days(announced_on, 45)

        assert deadline.nominal_last_day == nominal_last_day, example
        assert deadline.last_day == last_day, example
        assert not deadline.provisional


@pytest.mark.parametrize(
    ("example", "published_on", "excluded_last_day", "included_last_day"),
    [
        ("E4 National Day 2025", D(2025, 9, 26), D(2025, 10, 16), D(2025, 10, 15)),
        ("E5 Spring Festival 2025", D(2025, 1, 24), D(2025, 2, 13), D(2025, 2, 12)),
    ],
)
def test_eia_comment_period_of_ten_working_days_follows_rules_section_7(
    calendar, example, published_on, excluded_last_day, included_last_day
):
    excluded = calendar.add_working_days(published_on, 10)
    included = calendar.add_working_days(published_on, 10, count_start_day=True)

    assert excluded.last_day == excluded_last_day, example
    assert included.last_day == included_last_day, example
    assert (excluded.count_start_day, included.count_start_day) == (False, True)


def test_conservative_reading_of_e2_moves_off_the_make_up_sunday(calendar):
    # Without the make-up day (weekend-always-rest reading) the last day would be Monday.
    weekend_always_rest = WorkCalendar(calendar.days_off, (), calendar.published_years)

    assert weekend_always_rest.add_calendar_days(D(2025, 8, 14), 45).last_day == D(2025, 9, 29)


def test_claim_window_ending_in_the_2026_spring_festival_explains_every_skipped_day(
    shared_calendar, calendar
):
    deadline = shared_calendar.add_calendar_days(D(2026, 1, 1), 45)
    skipped = shared_calendar.explain(deadline)

    assert deadline.last_day == D(2026, 2, 24)
    assert [d.day for d in skipped] == _days(D(2026, 2, 15), D(2026, 2, 23))
    assert {(d.kind, d.name) for d in skipped} == {(DayKind.DAY_OFF, "春节")}
    # The library names the statutory days itself and leaves the bridging Sundays as weekends.
    library_skipped = calendar.explain(calendar.add_calendar_days(D(2026, 1, 1), 45))
    assert [d.day for d in library_skipped] == _days(D(2026, 2, 15), D(2026, 2, 23))
    assert "春节" in {d.name for d in library_skipped}


def test_working_day_explanation_lists_weekends_days_off_and_counted_make_up_days(
    shared_calendar,
):
    deadline = shared_calendar.add_working_days(D(2025, 9, 26), 10)
    explained = {d.day: d.kind for d in shared_calendar.explain(deadline)}

    assert explained[D(2025, 9, 27)] is DayKind.WEEKEND
    assert explained[D(2025, 9, 28)] is DayKind.MAKEUP_WORKDAY
    assert explained[D(2025, 10, 11)] is DayKind.MAKEUP_WORKDAY
    assert all(explained[d] is DayKind.DAY_OFF for d in _days(D(2025, 10, 1), D(2025, 10, 8)))
    assert D(2025, 9, 26) not in explained  # the start day is not counted
    assert sorted(explained) == [
        D(2025, 9, 27),
        D(2025, 9, 28),
        *_days(D(2025, 10, 1), D(2025, 10, 8)),
        D(2025, 10, 11),
        D(2025, 10, 12),
    ]


def test_explanation_of_a_period_counted_from_a_day_off_includes_that_day(calendar):
    deadline = calendar.add_working_days(D(2025, 10, 1), 1, count_start_day=True)

    assert deadline.last_day == D(2025, 10, 9)
    assert calendar.explain(deadline)[0].day == D(2025, 10, 1)


def test_window_running_into_2027_is_provisional_and_names_2027(calendar):
    claim = calendar.add_calendar_days(D(2026, 12, 1), 45)
    comment = calendar.add_working_days(D(2026, 12, 20), 10)
    inside_2027 = calendar.add_working_days(D(2027, 3, 1), 5)

    assert (claim.last_day, claim.provisional_years, claim.provisional) == (
        D(2027, 1, 15),
        (2027,),
        True,
    )
    assert (comment.last_day.year, comment.provisional_years) == (2027, (2027,))
    assert inside_2027.provisional_years == (2027,)
    assert calendar.provisional_years(D(2026, 12, 1), D(2028, 1, 1)) == (2027, 2028)
    assert calendar.explain(claim) == ()


def test_window_inside_2026_is_final(calendar):
    for deadline in (
        calendar.add_calendar_days(D(2026, 11, 1), 45),
        calendar.add_working_days(D(2026, 1, 5), 200),
        calendar.add_calendar_days(D(2025, 12, 1), 45),
    ):
        assert deadline.provisional_years == ()
        assert not deadline.provisional


@pytest.mark.parametrize(
    ("count_start_day", "start_day", "last_day"),
    [
        (False, D(2024, 7, 8), D(2024, 7, 22)),
        (True, D(2024, 7, 8), D(2024, 7, 19)),
        # from a Saturday the start day cannot count, so both conventions agree
        (False, D(2024, 7, 6), D(2024, 7, 19)),
        (True, D(2024, 7, 6), D(2024, 7, 19)),
    ],
)
def test_counting_the_start_day_shortens_a_working_day_period_only_when_it_is_worked(
    calendar, count_start_day, start_day, last_day
):
    deadline = calendar.add_working_days(start_day, 10, count_start_day=count_start_day)

    assert deadline.last_day == last_day


def test_counting_the_start_day_shortens_a_calendar_day_period_by_one_day(calendar):
    deadline = calendar.add_calendar_days(D(2024, 7, 8), 45, count_start_day=True)

    assert deadline.nominal_last_day == deadline.last_day == D(2024, 8, 21)
    assert deadline.count_start_day


def test_without_roll_forward_a_calendar_period_may_end_on_a_holiday(calendar):
    deadline = calendar.add_calendar_days(D(2025, 8, 18), 45, roll_forward=False)

    assert deadline.last_day == deadline.nominal_last_day == D(2025, 10, 2)
    assert calendar.explain(deadline) == ()


def test_add_dispatches_on_the_unit(calendar):
    assert calendar.add(D(2025, 9, 26), 10, Unit.WORKING_DAYS).last_day == D(2025, 10, 16)
    assert calendar.add(D(2025, 9, 26), 10, "working_days", count_start_day=True).last_day == D(
        2025, 10, 15
    )
    assert calendar.add(D(2025, 8, 18), 45, "calendar_days").last_day == D(2025, 10, 9)
    assert calendar.add(D(2025, 8, 18), 45, Unit.CALENDAR_DAYS, roll_forward=False).last_day == D(
        2025, 10, 2
    )
    with pytest.raises(ValueError, match="fortnights"):
        calendar.add(D(2025, 8, 18), 45, "fortnights")


def test_numpy_integer_lengths_and_date_subclasses_are_accepted(calendar):
    class NoticeDay(dt.date):
        pass

    assert calendar.add_working_days(D(2024, 7, 8), np.int64(10)).last_day == D(2024, 7, 22)
    assert calendar.add_calendar_days(NoticeDay(2024, 7, 8), 45).last_day == D(2024, 8, 22)
    assert calendar.add_working_days(NoticeDay(2024, 7, 8), 10).last_day == D(2024, 7, 22)


# -- the calendar as a value -----------------------------------------------------------------


def test_calendar_is_an_immutable_value_with_copies_of_its_data(calendar):
    days_off = calendar.days_off
    days_off[D(2024, 7, 8)] = "tampered"

    assert D(2024, 7, 8) not in calendar.days_off
    assert calendar.is_working_day(D(2024, 7, 8))
    assert calendar.makeup_workdays[D(2025, 9, 28)] == "调休上班"
    assert calendar.published_years == frozenset(range(2004, 2027))
    assert calendar.is_published(2026)
    assert not calendar.is_published(2027)


def test_calendars_with_the_same_days_and_years_are_equal(calendar):
    same = WorkCalendar(calendar.days_off, calendar.makeup_workdays, calendar.published_years)
    unnamed = WorkCalendar(
        list(calendar.days_off), list(calendar.makeup_workdays), calendar.published_years
    )
    fewer_years = WorkCalendar(calendar.days_off, calendar.makeup_workdays, range(2004, 2026))

    assert same == calendar == unnamed
    assert hash(same) == hash(calendar) == hash(unnamed)
    assert fewer_years != calendar
    assert calendar != "a calendar"
    assert unnamed.describe(D(2025, 10, 1)).name == ""


def test_repr_names_the_published_span(calendar):
    assert repr(calendar).startswith("<WorkCalendar published=2004-2026 days_off=")
    assert repr(WorkCalendar()) == "<WorkCalendar published=none days_off=0>"


def test_empty_calendar_has_only_weekends_off_and_everything_is_provisional():
    empty = WorkCalendar()

    assert empty.is_working_day(D(2025, 10, 1))
    assert not empty.is_working_day(D(2025, 9, 28))
    assert empty.add_working_days(D(2025, 9, 26), 10).provisional_years == (2025,)


@pytest.mark.parametrize(
    ("days_off", "makeup_workdays", "published_years", "message"),
    [
        ([D(2025, 9, 28)], [D(2025, 9, 28)], (), "a day off and as a working day: 2025-09-28"),
        ([], [D(2025, 9, 29)], (), "must be a Saturday or Sunday; these are weekdays: 2025-09-29"),
        (["2025-10-01"], [], (), "not a date: '2025-10-01'"),
        ([dt.datetime(2025, 10, 1)], [], (), "not a date: datetime"),
        ([D(1949, 10, 1)], [], (), "1949-10-01 is outside the supported span"),
        ([], [], (1949,), "published years must lie in 1950-2199"),
    ],
)
def test_contradictory_calendar_data_is_refused_naming_the_day(
    days_off, makeup_workdays, published_years, message
):
    with pytest.raises(CalendarDataError, match=message.replace("(", r"\(")):
        WorkCalendar(days_off, makeup_workdays, published_years)


# -- bad input -------------------------------------------------------------------------------

BAD_LENGTHS = [
    (0, "at least 1 day long, not 0"),
    (-3, "at least 1 day long, not -3"),
    (True, "whole number, not True"),
    (1.5, "whole number, not 1.5"),
    ("10", "whole number, not '10'"),
    (None, "whole number, not None"),
]


@pytest.mark.parametrize(("length", "message"), BAD_LENGTHS)
@pytest.mark.parametrize("unit", list(Unit))
def test_a_period_that_is_not_a_positive_whole_number_is_refused(calendar, unit, length, message):
    with pytest.raises(InvalidPeriod, match=message):
        calendar.add(D(2025, 1, 2), length, unit)


@pytest.mark.parametrize(
    ("start_day", "message"),
    [
        (dt.datetime(2025, 1, 2, 9, 30), r"start day must be a date, not datetime\.datetime"),
        (dt.datetime(1900, 1, 2), r"start day must be a date, not datetime\.datetime"),
        ("2025-01-02", "start day must be a date, not '2025-01-02'"),
        (None, "start day must be a date, not None"),
        (D(1949, 12, 31), "start day 1949-12-31 is outside the supported span 1950-01-01 to"),
        (D(2200, 1, 1), "start day 2200-01-01 is outside the supported span"),
    ],
)
@pytest.mark.parametrize("unit", list(Unit))
def test_a_start_day_that_is_not_a_supported_date_is_refused(calendar, unit, start_day, message):
    with pytest.raises(CalendarRangeError, match=message):
        calendar.add(start_day, 10, unit)


@pytest.mark.parametrize("unit", list(Unit))
def test_a_result_past_the_supported_span_is_refused(calendar, unit):
    with pytest.raises(CalendarRangeError, match="after 2199-12-31, the end of the supported"):
        calendar.add(D(2199, 12, 1), 100, unit)


def test_rolling_forward_past_the_end_of_the_span_is_refused():
    # The last supported day is a Tuesday; make it a day off so nothing follows it.
    last_day_off = WorkCalendar(days_off=[LAST_SUPPORTED_DAY])

    with pytest.raises(CalendarRangeError, match="after 2199-12-31"):
        last_day_off.add_calendar_days(D(2199, 12, 30), 1)
    with pytest.raises(CalendarRangeError, match="after the end of the supported span"):
        last_day_off.add_calendar_days_bulk([D(2199, 12, 30)], 1)
    assert last_day_off.add_calendar_days(D(2199, 12, 30), 1, roll_forward=False).last_day == (
        LAST_SUPPORTED_DAY
    )


def test_single_day_questions_refuse_days_outside_the_span(calendar):
    with pytest.raises(CalendarRangeError, match="day 1949-12-31 is outside"):
        calendar.is_working_day(D(1949, 12, 31))
    with pytest.raises(CalendarRangeError, match="day must be a date, not datetime"):
        calendar.describe(dt.datetime(2025, 1, 2))
    with pytest.raises(CalendarRangeError, match="after 2199-12-31"):
        calendar.next_working_day(LAST_SUPPORTED_DAY)
    with pytest.raises(CalendarRangeError, match="last day must be a date, not '2025-01-02'"):
        calendar.count_working_days(D(2025, 1, 2), "2025-01-02")
    with pytest.raises(CalendarRangeError, match="before the start of the supported span"):
        calendar.working_days_before(FIRST_SUPPORTED_DAY + ONE_DAY, 5)


@pytest.mark.parametrize("count", [-1, True, 1.5])
def test_working_days_before_refuses_a_count_that_is_not_zero_or_more(calendar, count):
    with pytest.raises(InvalidPeriod, match="0 or more"):
        calendar.working_days_before(D(2025, 10, 16), count)


# -- the bulk form ---------------------------------------------------------------------------


def test_bulk_forms_give_the_rules_section_7_answers(calendar):
    starts = np.array(["2025-08-18", "2025-08-14", "2026-01-01", "2025-12-31", "2026-12-01"])

    claim = calendar.add_calendar_days_bulk(starts, 45)
    comment = calendar.add_working_days_bulk(["2025-09-26", "2025-01-24"], np.array([10, 10]))
    included = calendar.add_bulk(["2025-09-26"], 10, "working_days", count_start_day=True)
    unrolled = calendar.add_bulk(["2025-08-18"], 45, Unit.CALENDAR_DAYS, roll_forward=False)

    assert claim.last_days.tolist() == [
        D(2025, 10, 9),
        D(2025, 9, 28),
        D(2026, 2, 24),
        D(2026, 2, 14),
        D(2027, 1, 15),
    ]
    assert claim.provisional.tolist() == [False, False, False, False, True]
    assert comment.last_days.tolist() == [D(2025, 10, 16), D(2025, 2, 13)]
    assert included.last_days.tolist() == [D(2025, 10, 15)]
    assert unrolled.last_days.tolist() == [D(2025, 10, 2)]
    assert calendar.working_days_before_bulk(["2025-10-09", "2025-10-05"], 1).tolist() == [
        D(2025, 9, 30),
        D(2025, 9, 29),
    ]


def test_bulk_forms_accept_no_start_days(calendar):
    empty = np.array([], dtype="datetime64[D]")

    assert calendar.add_working_days_bulk(empty, 10).last_days.size == 0
    assert calendar.add_calendar_days_bulk(empty, 45).last_days.size == 0
    assert calendar.working_days_before_bulk(empty, 3).size == 0


@pytest.mark.parametrize(
    ("start_days", "length", "error", "message"),
    [
        (["2025-13-01"], 10, CalendarRangeError, "start days must be dates"),
        ([object()], 10, CalendarRangeError, "start days must be dates"),
        (np.array(["2025-01-02", "NaT"], dtype="datetime64[D]"), 10, CalendarRangeError, "NaT"),
        (["1949-12-31"], 10, CalendarRangeError, "outside the supported span"),
        (["2199-12-01"], 100, CalendarRangeError, "after the end of the supported span"),
        (["2025-01-02"], 0, InvalidPeriod, "at least 1 day long"),
        (["2025-01-02"], np.array([-1]), InvalidPeriod, "at least 1 day long"),
        (["2025-01-02"], True, InvalidPeriod, "whole numbers"),
        (["2025-01-02"], 1.5, InvalidPeriod, "whole numbers"),
    ],
)
@pytest.mark.parametrize("unit", list(Unit))
def test_bulk_forms_refuse_bad_input_like_the_single_forms(
    calendar, unit, start_days, length, error, message
):
    with pytest.raises(error, match=message):
        calendar.add_bulk(start_days, length, unit)


@pytest.mark.parametrize("count", [-1, True, 1.5])
def test_bulk_working_days_before_refuses_a_count_that_is_not_zero_or_more(calendar, count):
    with pytest.raises(InvalidPeriod, match="0 or more"):
        calendar.working_days_before_bulk(["2025-10-16"], count)


def test_bulk_working_days_before_refuses_results_before_the_span(calendar):
    with pytest.raises(CalendarRangeError, match="before the start of the supported span"):
        calendar.working_days_before_bulk(["1950-01-02"], 5)
    with pytest.raises(CalendarRangeError, match="days include a day outside"):
        calendar.working_days_before_bulk(["1949-01-02"], 0)


@pytest.mark.parametrize("years", [["x"], [2024.5], [True], [None], [[2024]]])
def test_published_years_that_are_not_years_are_a_calendar_data_error(years):
    with pytest.raises(CalendarDataError, match="published years must be whole years"):
        WorkCalendar({}, {}, years)


def test_published_years_may_be_given_as_digits():
    assert WorkCalendar({}, {}, ["2024", 2025]).published_years == frozenset({2024, 2025})


@pytest.mark.parametrize("lengths", [[10, 10], [[10, 10, 10]], [10, 10, 10, 10]])
def test_bulk_lengths_must_be_one_or_one_per_start_day(lengths):
    calendar = WorkCalendar({}, {}, [2024])
    starts = np.array(["2024-07-01", "2024-07-02", "2024-07-03"], dtype="datetime64[D]")
    with pytest.raises(InvalidPeriod, match="one period length or one per start day"):
        calendar.add_working_days_bulk(starts, np.array(lengths))
    with pytest.raises(InvalidPeriod, match="one period length or one per start day"):
        calendar.add_calendar_days_bulk(starts, np.array(lengths))
