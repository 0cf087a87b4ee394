"""A window day by day, and a month of the official calendar, for the pages' pictures."""

from __future__ import annotations

import datetime as dt

import pytest

from notices.deadlines.errors import CalendarRangeError
from notices.deadlines.timelines import month_span, month_weeks, window_timeline
from notices.deadlines.windows import Counting, WindowTerms, compute_window
from notices.deadlines.workdays import DayKind, Unit


def _window(calendar, kind, published_on, **terms):
    return compute_window(WindowTerms(kind=kind, published_on=published_on, **terms), calendar)


def test_working_day_timeline_counts_ten_working_days_and_skips_the_weekends(calendar):
    window = _window(calendar, "eia_draft_comment", dt.date(2024, 7, 8))
    timeline = window_timeline(window, calendar, on=dt.date(2024, 7, 18))
    assert timeline.days[0].day.day == dt.date(2024, 7, 8)
    assert timeline.days[0].count is None  # the publication day is not counted
    assert timeline.days[1].count == 1
    assert timeline.days[-1].day.day == dt.date(2024, 7, 22) == timeline.last_day
    assert timeline.days[-1].count == 10
    assert timeline.counted == 10
    assert [d.day for d in timeline.skipped] == [
        dt.date(2024, 7, 13),
        dt.date(2024, 7, 14),
        dt.date(2024, 7, 20),
        dt.date(2024, 7, 21),
    ]
    assert timeline.earliest_last_day == dt.date(2024, 7, 19)
    assert timeline.on == dt.date(2024, 7, 18)


def test_make_up_saturday_counts_and_national_day_is_skipped(calendar):
    window = _window(calendar, "eia_draft_comment", dt.date(2024, 9, 27))
    timeline = window_timeline(window, calendar, on=dt.date(2024, 9, 27))
    by_day = {d.day.day: d for d in timeline.days}
    assert by_day[dt.date(2024, 10, 12)].day.kind is DayKind.MAKEUP_WORKDAY
    assert by_day[dt.date(2024, 10, 12)].count is not None
    assert by_day[dt.date(2024, 10, 1)].day.kind is DayKind.DAY_OFF
    assert by_day[dt.date(2024, 10, 1)].count is None
    assert timeline.counted == 10


def test_publication_day_counts_when_the_notice_says_so(calendar):
    window = _window(calendar, "eia_draft_comment", dt.date(2024, 7, 8), counting=Counting.SAME_DAY)
    timeline = window_timeline(window, calendar, on=dt.date(2024, 7, 8))
    assert timeline.days[0].count == 1
    assert timeline.last_day == dt.date(2024, 7, 19)


def test_calendar_day_period_counts_every_day_but_not_the_roll_forward(calendar):
    # 45 days from 2024-08-17 reach 2024-10-01 (National Day): the last day moves to 10-08
    window = _window(calendar, "liquidation", dt.date(2024, 8, 17))
    timeline = window_timeline(window, calendar, on=dt.date(2024, 8, 17))
    assert timeline.last_day == dt.date(2024, 10, 8)
    assert timeline.counted == 45
    rolled = [d for d in timeline.days if d.day.day > dt.date(2024, 10, 1)]
    assert rolled[-1].count is None
    assert {d.count for d in rolled} == {None}
    assert dt.date(2024, 10, 2) in [d.day for d in timeline.skipped]


def test_stated_period_counts_nothing_and_starts_on_its_first_day(calendar):
    window = _window(
        calendar,
        "inspection_reporting",
        dt.date(2025, 5, 27),
        stated_first_day=dt.date(2025, 5, 28),
        stated_last_day=dt.date(2025, 6, 28),
    )
    timeline = window_timeline(window, calendar, on=dt.date(2025, 6, 1))
    assert timeline.first_day == dt.date(2025, 5, 28)
    assert len(timeline.days) == 32
    assert timeline.counted == 0


def test_a_stated_first_day_dates_a_window_when_no_publication_day_is_known(calendar):
    # "公示期为2024年9月27日起10个工作日", on a page that prints no date of its own: counted
    # from the day after the stated day (Civil Code art. 201; the shared rules' conservative
    # end), with the reading that counts that day as the earliest last day; the National Day
    # week is skipped.
    window = _window(
        calendar,
        "eia_draft_comment",
        None,
        stated_first_day=dt.date(2024, 9, 27),
        length=10,
        unit=Unit.WORKING_DAYS,
    )
    assert window.first_day == dt.date(2024, 9, 27)
    assert window.counting is Counting.NEXT_DAY
    assert not window.counting_stated
    # 9/29 (a make-up Sunday), 9/30, 10/8-10/11, 10/12 (a make-up Saturday), 10/14-10/16
    assert window.last_day == dt.date(2024, 10, 16)
    assert window.earliest_last_day == dt.date(2024, 10, 15)


def test_a_stated_first_day_said_to_count_is_day_one(calendar):
    # "自2024年9月27日起（含当日）10个工作日"
    window = _window(
        calendar,
        "eia_draft_comment",
        None,
        stated_first_day=dt.date(2024, 9, 27),
        length=10,
        unit=Unit.WORKING_DAYS,
        counting=Counting.SAME_DAY,
    )
    assert window.last_day == window.earliest_last_day == dt.date(2024, 10, 15)


def test_a_stated_first_day_before_the_paper_ran_the_notice_still_ends_the_window_as_printed(
    calendar,
):
    # "2020年11月16日起，5个工作日" in the paper of 19 November: counted from the stated day,
    # not from the paper's (which would end on the 26th): the 23rd, or the 20th if the 16th
    # counts.
    window = _window(
        calendar,
        "eia_draft_comment",
        dt.date(2020, 11, 19),
        stated_first_day=dt.date(2020, 11, 16),
        length=5,
        unit=Unit.WORKING_DAYS,
    )
    assert window.first_day == dt.date(2020, 11, 16)
    assert window.last_day == dt.date(2020, 11, 23)
    assert window.earliest_last_day == dt.date(2020, 11, 20)


def test_a_window_with_neither_publication_day_nor_first_day_is_refused(calendar):
    from notices.deadlines.errors import InvalidWindow

    with pytest.raises(InvalidWindow, match="publication day or a stated first day"):
        _window(calendar, "eia_draft_comment", None, length=10, unit=Unit.WORKING_DAYS)


def test_stated_length_in_working_days_is_laid_out_like_the_law(calendar):
    window = _window(calendar, "liquidation", dt.date(2024, 7, 8), length=5, unit=Unit.WORKING_DAYS)
    timeline = window_timeline(window, calendar, on=dt.date(2024, 7, 8))
    assert timeline.counted == 5
    assert timeline.last_day == dt.date(2024, 7, 15)


def test_month_of_october_2024_marks_national_day_and_the_make_up_saturday(calendar):
    weeks = month_weeks(calendar, 2024, 10)
    assert all(len(week) == 7 for week in weeks)
    assert weeks[0][0] is None  # 30 September, a Monday, belongs to the month before
    days = [d for week in weeks for d in week if d is not None]
    assert [d.day.day for d in days] == list(range(1, 32))
    kinds = {d.day: d.kind for d in days}
    assert kinds[dt.date(2024, 10, 1)] is DayKind.DAY_OFF
    assert kinds[dt.date(2024, 10, 12)] is DayKind.MAKEUP_WORKDAY
    assert kinds[dt.date(2024, 10, 19)] is DayKind.WEEKEND
    assert kinds[dt.date(2024, 10, 8)] is DayKind.WORKING_DAY


def test_month_outside_the_calendar_span_is_refused(calendar):
    with pytest.raises(CalendarRangeError):
        month_weeks(calendar, 1900, 1)
    with pytest.raises(ValueError, match="month"):
        month_weeks(calendar, 2024, 13)


def test_month_span_knows_leap_februaries():
    assert month_span(2024, 2) == (dt.date(2024, 2, 1), dt.date(2024, 2, 29))
    assert month_span(2023, 2) == (dt.date(2023, 2, 1), dt.date(2023, 2, 28))
