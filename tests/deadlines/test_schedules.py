"""Holiday schedules: the shared JSON, the ``holidays`` library, loading a year, bad data."""

from __future__ import annotations

import copy
import datetime as dt
import json
import sys
import types

import pytest

from notices.deadlines.errors import CalendarDataError
from notices.deadlines.schedules import (
    LIBRARY_FIRST_YEAR,
    LIBRARY_LAST_YEAR,
    YearSchedule,
    build_calendar,
    check_consistent,
    parse_schedule_data,
    parse_schedule_json,
    parse_year,
    schedules_from_library,
)
from notices.deadlines.workdays import DayKind

D = dt.date

#: A made-up 2027 arrangement, for tests only: the real one was not published when this was
#: written (RULES.md §4). Spring Festival off 02-05..02-12, make-up Saturday 02-20.
TEST_ONLY_2027 = {
    "holidays": [["2027-02-05", "2027-02-12", "春节"]],
    "workdays": ["2027-02-20"],
    "notice": "test-only 2027 arrangement",
}


def _days(first: dt.date, last: dt.date) -> list[dt.date]:
    return [first + dt.timedelta(days=i) for i in range((last - first).days + 1)]


def _with_2027(data: dict) -> dict:
    data = copy.deepcopy(data)
    data["2027"] = TEST_ONLY_2027
    return data


# -- the shared JSON and the library ---------------------------------------------------------


def test_shared_json_publishes_2023_to_2026_and_skips_2027_with_a_message(cn_holidays_file):
    assert [s.year for s in cn_holidays_file.schedules] == [2023, 2024, 2025, 2026]
    assert len(cn_holidays_file.skipped) == 1
    assert cn_holidays_file.skipped[0].startswith("2027: not a published schedule (UNVERIFIED")
    assert cn_holidays_file.skipped[0].endswith("left provisional")


def test_library_calendar_agrees_day_by_day_with_the_shared_json_for_2023_to_2026(
    calendar, shared_calendar
):
    disagreements = [
        day
        for day in _days(D(2023, 1, 1), D(2026, 12, 31))
        if calendar.is_working_day(day) != shared_calendar.is_working_day(day)
    ]

    assert disagreements == []
    assert shared_calendar.published_years == frozenset({2023, 2024, 2025, 2026})


def test_shared_json_text_and_bytes_parse_like_the_decoded_data(cn_holidays_path, cn_holidays_file):
    raw = cn_holidays_path.read_bytes()

    assert parse_schedule_json(raw) == cn_holidays_file
    assert parse_schedule_json(raw.decode("utf-8")) == cn_holidays_file


def test_shared_json_keeps_the_notice_title_source_and_notes(cn_holidays_file):
    by_year = {s.year: s for s in cn_holidays_file.schedules}

    assert by_year[2025].notice_title.startswith("国务院办公厅关于2025年部分节假日安排的通知")
    assert (
        by_year[2025].source_url == "https://www.gov.cn/zhengce/content/202411/content_6986382.htm"
    )
    assert "除夕" in by_year[2024].notes[0]
    assert by_year[2026].notes == ()
    # A 元旦 range may start in the previous year; the day stays with its notice.
    assert by_year[2023].days_off[D(2022, 12, 31)] == "元旦"


def test_library_schedules_file_each_day_under_its_own_year():
    library = schedules_from_library()

    assert [s.year for s in library] == list(range(LIBRARY_FIRST_YEAR, LIBRARY_LAST_YEAR + 1))
    for schedule in library:
        assert {d.year for d in schedule.days_off} <= {schedule.year}
        assert {d.year for d in schedule.makeup_workdays} <= {schedule.year}
        assert schedule.notice_title.startswith("python-holidays ")
    by_year = {s.year: s for s in library}
    # the make-up Saturday of the 2006 New Year belongs to 2005
    assert D(2005, 12, 31) in by_year[2005].makeup_workdays


def test_library_schedules_for_a_narrow_range_publish_only_those_years():
    narrow = build_calendar(schedules_from_library(2025, 2025))

    assert narrow.published_years == frozenset({2025})
    assert narrow.add_calendar_days(D(2025, 8, 18), 45).last_day == D(2025, 10, 9)


def test_library_schedules_refuse_an_empty_year_range():
    with pytest.raises(CalendarDataError, match="empty year range 2026-2025"):
        schedules_from_library(2026, 2025)


def test_library_days_outside_the_requested_years_are_not_loaded(monkeypatch):
    class FakeChina(dict):
        def __init__(self, years, language):
            super().__init__({D(2024, 12, 31): "元旦（前一年）", D(2025, 1, 1): "元旦"})
            self.weekend_workdays = {D(2024, 12, 28), D(2025, 1, 26)}

    fake = types.SimpleNamespace(China=FakeChina, __version__="0.test")
    monkeypatch.setitem(sys.modules, "holidays", fake)

    (only,) = schedules_from_library(2025, 2025)

    assert only.days_off == {D(2025, 1, 1): "元旦"}
    assert only.makeup_workdays == {D(2025, 1, 26): "调休上班"}
    assert only.notice_title.startswith("python-holidays 0.test")


# -- loading a year changes the answers ------------------------------------------------------


def test_loading_a_2027_schedule_changes_2027_answers_and_makes_them_final(calendar):
    made_up_2027 = YearSchedule(
        year=2027,
        days_off={day: "春节" for day in _days(D(2027, 2, 5), D(2027, 2, 12))},
        makeup_workdays={D(2027, 2, 20): "春节调休"},
        notice_title="test-only 2027 arrangement",
    )
    loaded = build_calendar((*schedules_from_library(), made_up_2027))

    before = calendar.add_working_days(D(2027, 2, 1), 10)
    after = loaded.add_working_days(D(2027, 2, 1), 10)
    claim_before = calendar.add_calendar_days(D(2026, 12, 27), 45)
    claim_after = loaded.add_calendar_days(D(2026, 12, 27), 45)

    assert (before.last_day, before.provisional_years) == (D(2027, 2, 15), (2027,))
    assert (after.last_day, after.provisional_years) == (D(2027, 2, 22), ())
    assert (claim_before.last_day, claim_before.provisional) == (D(2027, 2, 10), True)
    assert (claim_after.last_day, claim_after.provisional) == (D(2027, 2, 15), False)
    assert (calendar.is_working_day(D(2027, 2, 8)), loaded.is_working_day(D(2027, 2, 8))) == (
        True,
        False,
    )
    assert (calendar.is_working_day(D(2027, 2, 20)), loaded.is_working_day(D(2027, 2, 20))) == (
        False,
        True,
    )
    assert loaded.describe(D(2027, 2, 8)).kind is DayKind.DAY_OFF
    assert not loaded.describe(D(2027, 2, 8)).provisional
    # the years already published do not move
    assert loaded.add_calendar_days(D(2025, 8, 18), 45) == calendar.add_calendar_days(
        D(2025, 8, 18), 45
    )


def test_loading_2027_from_schedule_json_publishes_it(cn_holidays_data, shared_calendar):
    parsed = parse_schedule_json(json.dumps(_with_2027(cn_holidays_data)))
    loaded = build_calendar(parsed.schedules)

    assert parsed.skipped == ()
    assert [s.year for s in parsed.schedules] == [2023, 2024, 2025, 2026, 2027]
    assert shared_calendar.add_working_days(D(2027, 2, 1), 10).provisional_years == (2027,)
    assert loaded.add_working_days(D(2027, 2, 1), 10).last_day == D(2027, 2, 22)
    assert loaded.add_working_days(D(2027, 2, 1), 10).provisional_years == ()


# -- parse_year details ----------------------------------------------------------------------


def test_a_year_entry_may_name_its_make_up_days_and_omit_workdays():
    named = parse_year(
        2027,
        {
            "holidays": [["2027-02-05", "2027-02-12"], ["2027-10-01", "2027-10-07", None]],
            "workdays": [["2027-02-20", "春节调休"], [" 2027-10-09 ", None]],
            "notes": "test-only",
        },
    )
    bare = parse_year("2027", {"holidays": [["2027-01-01", "2027-01-01", " 元旦 "]]})

    assert named.days_off[D(2027, 2, 5)] == named.days_off[D(2027, 10, 1)] == ""
    assert named.makeup_workdays == {D(2027, 2, 20): "春节调休", D(2027, 10, 9): ""}
    assert named.notes == ("test-only",)
    assert (bare.year, bare.days_off, bare.makeup_workdays) == (2027, {D(2027, 1, 1): "元旦"}, {})
    assert (bare.notice_title, bare.source_url) == ("", "")


# -- bad schedule data -----------------------------------------------------------------------


def _year(holidays=None, workdays=None) -> dict:
    """A one-year schedule document: TEST_ONLY_2027 with one part replaced."""
    entry = dict(TEST_ONLY_2027)
    if holidays is not None:
        entry["holidays"] = holidays
    if workdays is not None:
        entry["workdays"] = workdays
    return {"2027": entry}


@pytest.mark.parametrize(
    ("data", "message"),
    [
        pytest.param(
            _year(workdays=["2027-02-06"]),
            "2027: listed both as a day off and as a working day: 2027-02-06",
            id="day-off-and-working",
        ),
        pytest.param(
            _year(workdays=["2027-02-22"]),
            r"2027 workdays\[0\]: 2027-02-22 is a weekday; a make-up working day is a Saturday",
            id="make-up-on-a-weekday",
        ),
        pytest.param(
            _year(holidays=[["2027-02-12", "2027-02-05", "春节"]]),
            r"2027 holidays\[0\]: ends \(2027-02-05\) before it starts \(2027-02-12\)",
            id="end-before-start",
        ),
        pytest.param(
            _year(holidays=[["2027-02-30", "2027-03-01", "春节"]]),
            r"2027 holidays\[0\]: '2027-02-30' is not a date \(YYYY-MM-DD\)",
            id="malformed-date",
        ),
        pytest.param(
            _year(workdays=["2027/02/20"]),
            r"2027 workdays\[0\]: '2027/02/20' is not a date",
            id="malformed-workday",
        ),
        pytest.param(
            _year(holidays=[[20270205, "2027-02-12", "春节"]]),
            r"expected a date as 'YYYY-MM-DD', got 20270205",
            id="date-not-a-string",
        ),
        pytest.param(
            {"twenty-27": {"holidays": [["2027-02-05", "2027-02-12"]]}},
            "'twenty-27' is not a year",
            id="year-not-a-number",
        ),
        pytest.param(
            {"1900": {"holidays": [["1900-02-05", "1900-02-12"]]}},
            "1900 is outside the supported span",
            id="year-outside-span",
        ),
        pytest.param(
            _year(holidays=[["1949-12-30", "1950-01-02"]]),
            r"2027 holidays\[0\]: 1949-12-30 is outside the supported span",
            id="day-outside-span",
        ),
        pytest.param(
            _year(holidays=[["2027-10-01", "2027-11-15", "国庆节"]]),
            r"2027 holidays\[0\]: a holiday of 46 days",
            id="implausibly-long-holiday",
        ),
        pytest.param(
            _year(holidays=[["2026-10-01", "2026-10-07", "国庆节"]]),
            r"2027 holidays\[0\]: 2026-10-01 does not belong to the 2027 schedule",
            id="holiday-in-another-year",
        ),
        pytest.param(
            _year(holidays=[["2027-12-31", "2028-02-16", "元旦"]]),
            r"a holiday of 48 days",
            id="holiday-running-far-into-next-year",
        ),
        pytest.param(
            _year(holidays=[["2028-02-10", "2028-02-20", "春节"]], workdays=[]),
            r"2027 holidays\[0\]: 2028-02-20 does not belong to the 2027 schedule",
            id="holiday-ending-in-another-year",
        ),
        pytest.param(
            _year(workdays=["2028-03-04"]),
            r"2027 workdays\[0\]: 2028-03-04 does not belong to the 2027 schedule",
            id="workday-in-another-year",
        ),
        pytest.param(
            _year(holidays=[["2027-02-05"]]),
            r"2027 holidays\[0\]: expected \[first_day, last_day, name\]",
            id="holiday-too-short",
        ),
        pytest.param(
            _year(holidays=["2027-02-05"]),
            r"2027 holidays\[0\]: expected \[first_day, last_day, name\]",
            id="holiday-not-a-range",
        ),
        pytest.param(
            {"2027": {"holidays": "2027-02-05", "workdays": []}},
            "2027: 'holidays' and 'workdays' must be lists",
            id="holidays-not-a-list",
        ),
        pytest.param(
            {"2027": {"holidays": [["2027-02-05", "2027-02-12"]], "workdays": "2027-02-20"}},
            "2027: 'holidays' and 'workdays' must be lists",
            id="workdays-not-a-list",
        ),
        pytest.param(
            {"2027": [["2027-02-05", "2027-02-12"]]},
            "2027: expected an object with 'holidays' and 'workdays'",
            id="year-not-an-object",
        ),
        pytest.param({"_meta": {}}, "the file holds no year", id="no-year"),
        pytest.param(
            [["2027-02-05", "2027-02-12"]],
            "a schedule file must be a JSON object keyed by year",
            id="not-an-object",
        ),
        pytest.param(
            {
                "2026": {"holidays": [["2026-12-26", "2026-12-26"]], "workdays": []},
                "2027": {"holidays": [["2027-01-01", "2027-01-01"]], "workdays": ["2026-12-26"]},
            },
            "2026-12-26 is a working day in 2027 but a day off in 2026",
            id="off-in-one-year-working-in-another",
        ),
        pytest.param(
            {
                "2026": {"holidays": [["2026-01-01", "2026-01-01"]], "workdays": ["2026-12-26"]},
                "2027": {"holidays": [["2026-12-26", "2027-01-01"]], "workdays": []},
            },
            "2026-12-26 is a day off in 2027 but a working day in 2026",
            id="working-in-one-year-off-in-another",
        ),
        pytest.param(
            {
                "2027": {"holidays": [["2027-01-01", "2027-01-01"]]},
                "2027 ": {"holidays": [["2027-10-01", "2027-10-07"]]},
            },
            "2027 is listed twice",
            id="year-twice",
        ),
    ],
)
def test_bad_schedule_data_is_refused_naming_what_is_wrong(data, message):
    with pytest.raises(CalendarDataError, match=message):
        parse_schedule_data(data)
    with pytest.raises(CalendarDataError, match=message):
        parse_schedule_json(json.dumps(data))


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('{"2027": {"holidays": [', "not valid JSON: Expecting value"),
        ("", "not valid JSON"),
        (b'{"2027": "\xff"}', "not valid JSON"),
        ("[2027]", "must be a JSON object keyed by year"),
        ('"2027"', "must be a JSON object keyed by year"),
    ],
)
def test_text_that_is_not_a_schedule_object_is_refused(text, message):
    with pytest.raises(CalendarDataError, match=message):
        parse_schedule_json(text)


def test_consistency_check_names_the_day_in_schedules_built_in_code():
    year_2026 = YearSchedule(2026, {D(2026, 10, 3): "国庆节"}, {})
    year_2027 = YearSchedule(2027, {}, {D(2026, 10, 3): "调休上班"})
    same_year = YearSchedule(2027, {D(2027, 2, 6): "春节"}, {D(2027, 2, 6): "调休上班"})

    with pytest.raises(CalendarDataError, match="2026-10-03 is a working day in 2027 but a day"):
        check_consistent([year_2026, year_2027])
    with pytest.raises(CalendarDataError, match="2026-10-03 is a day off in 2026 but a working"):
        check_consistent([year_2027, year_2026])
    with pytest.raises(CalendarDataError, match="2027-02-06 is a working day in 2027 but a day"):
        build_calendar([same_year])
    with pytest.raises(CalendarDataError, match="2026 is listed twice"):
        build_calendar([year_2026, year_2026])


def test_a_day_off_repeated_by_two_years_is_consistent():
    year_2026 = YearSchedule(2026, {D(2026, 12, 31): "元旦"}, {})
    year_2027 = YearSchedule(2027, {D(2026, 12, 31): "元旦"}, {})

    check_consistent([year_2026, year_2027])
    assert not build_calendar([year_2026, year_2027]).is_working_day(D(2026, 12, 31))
