"""Command line: load_calendar, deadline, and the fixtures the README loads."""

from __future__ import annotations

import datetime as dt
import json
from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from notices import calendar_source
from notices.checks import calendar_warnings
from notices.deadlines.schedules import schedules_from_library
from notices.models import CalendarDay, CalendarYear, Notice
from tests.conftest import REPO_ROOT, SHARED

pytestmark = pytest.mark.django_db


def _run(*args) -> str:
    out = StringIO()
    call_command(*args, stdout=out, stderr=StringIO())
    return out.getvalue()


def test_deadline_command_prints_the_last_day_and_the_skipped_weekends():
    out = _run("deadline", "--start", "2024-07-08", "--working-days", "10")
    assert "last_day: 2024-07-22" in out
    assert "2024年7月13日" in out


def test_deadline_command_json_has_last_day_provisional_and_skipped():
    out = _run("deadline", "--start", "2024-07-08", "--calendar-days", "45", "--json")
    data = json.loads(out)
    assert data["last_day"] == "2024-08-22"
    assert data["provisional"] is False
    assert data["skipped"] == []


def test_deadline_command_counts_the_start_day_when_asked():
    out = _run(
        "deadline", "--start", "2024-07-08", "--working-days", "10", "--count-start-day", "--json"
    )
    assert json.loads(out)["last_day"] == "2024-07-19"


def test_deadline_command_for_a_kind_gives_closing_moment_rule_and_basis():
    data = json.loads(
        _run("deadline", "--kind", "liquidation", "--published-on", "2024-07-08", "--json")
    )
    assert data["last_day"] == "2024-08-22"
    assert data["closes_at"] == "2024-08-23T00:00:00+08:00"
    assert data["provisional"] is False
    assert "45" in data["rule"]
    assert "第二百三十五条" in data["legal_basis"]


def test_deadline_command_marks_a_window_into_2027_provisional():
    data = json.loads(_run("deadline", "--start", "2026-12-20", "--working-days", "10", "--json"))
    assert data["provisional"] is True
    assert data["provisional_years"] == [2027]


@pytest.mark.parametrize(
    "args",
    [
        ("--start", "2024-13-45", "--working-days", "10"),
        ("--start", "2024-07-08", "--working-days", "-1"),
        ("--start", "2024-07-08", "--working-days", "0"),
        ("--start", "2024-07-08"),
        ("--start", "9999-01-01", "--calendar-days", "3"),
        ("--kind", "liquidation"),
    ],
)
def test_deadline_command_refuses_bad_input_clearly(args):
    with pytest.raises(CommandError) as caught:
        _run("deadline", *args)
    assert str(caught.value)


def _write(tmp_path, content) -> str:
    path = tmp_path / "schedule.json"
    path.write_text(content if isinstance(content, str) else json.dumps(content), "utf-8")
    return str(path)


@pytest.mark.requires_shared
def test_loading_the_shared_schedule_file_skips_2027_and_keeps_it_provisional():
    out = _run("load_calendar", str(SHARED / "domain" / "cn-holidays.json"))
    assert "2023, 2024, 2025, 2026" in out
    assert not CalendarYear.objects.filter(year=2027).exists()
    calendar = calendar_source.get_calendar()
    assert calendar.add_working_days(dt.date(2024, 7, 8), 10).last_day == dt.date(2024, 7, 22)


def test_loading_a_new_year_changes_its_answers_and_marks_it_published(tmp_path):
    before = calendar_source.get_calendar()
    assert not before.is_published(2027)
    assert before.is_working_day(dt.date(2027, 2, 8))
    path = _write(
        tmp_path,
        {"2027": {"holidays": [["2027-02-05", "2027-02-11", "春节"]], "workdays": ["2027-02-20"]}},
    )
    _run("load_calendar", path)
    after = calendar_source.get_calendar()
    assert after.is_published(2027)
    assert not after.is_working_day(dt.date(2027, 2, 8))
    assert after.is_working_day(dt.date(2027, 2, 20))
    assert CalendarYear.objects.get(year=2027).published


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (
            {
                "2027": {
                    "holidays": [["2027-02-06", "2027-02-07", "春节"]],
                    "workdays": ["2027-02-06"],
                }
            },
            "2027-02-06",
        ),
        ("{not json", "not valid JSON"),
        ({"2027": {"holidays": [["2027-02-31", "2027-03-01", "x"]]}}, "not a date"),
        ({"2027": {"holidays": [["2027-02-08", "2027-02-01", "x"]]}}, "before it starts"),
        (
            {"2027": {"holidays": [["2027-02-08", "2027-02-08"]], "workdays": ["2027-02-10"]}},
            "weekday",
        ),
        ([1, 2, 3], "JSON object"),
        ({"2027": {"holidays": "soon"}}, "must be lists"),
    ],
)
def test_a_bad_schedule_file_is_refused_clearly_and_changes_nothing(tmp_path, content, message):
    days_before = CalendarDay.objects.count()
    years_before = set(CalendarYear.objects.values_list("year", "published"))
    with pytest.raises(CommandError) as caught:
        _run("load_calendar", _write(tmp_path, content))
    assert message in str(caught.value)
    assert CalendarDay.objects.count() == days_before
    assert set(CalendarYear.objects.values_list("year", "published")) == years_before


def test_a_schedule_contradicting_a_stored_year_is_refused(tmp_path):
    # 2024-02-04 is a make-up Sunday of the stored 2024 schedule
    path = _write(tmp_path, {"2023": {"holidays": [["2024-01-01", "2024-01-01", "x"]]}})
    _run("load_calendar", path)  # the same meaning at a year boundary is fine
    bad = _write(tmp_path, {"2025": {"holidays": [["2024-12-01", "2024-12-01", "x"]]}})
    _run("load_calendar", bad)
    clash = _write(tmp_path, {"2023": {"holidays": [["2024-02-04", "2024-02-04", "x"]]}})
    with pytest.raises(CommandError, match="2024-02-04"):
        _run("load_calendar", clash)


def test_missing_file_is_a_clear_error(tmp_path):
    with pytest.raises(CommandError, match="cannot read"):
        _run("load_calendar", str(tmp_path / "nope.json"))


def test_calendar_fixture_is_exactly_what_the_library_publishes():
    rows = json.loads((REPO_ROOT / "fixtures" / "calendar.json").read_text("utf-8"))
    fixture_days = {
        (r["pk"], r["fields"]["kind"]) for r in rows if r["model"] == "notices.calendarday"
    }
    library_days = {
        (d.isoformat(), kind)
        for s in schedules_from_library()
        for kind, days in (("day_off", s.days_off), ("makeup_workday", s.makeup_workdays))
        for d in days
    }
    assert fixture_days == library_days
    years = {r["pk"] for r in rows if r["model"] == "notices.calendaryear"}
    assert years == set(range(2004, 2027))


@pytest.mark.requires_shared
def test_fixtures_load_the_sample_notices_with_the_seed_last_days():
    Notice.objects.all().delete()
    call_command("loaddata", *sorted((REPO_ROOT / "fixtures").glob("*.json")), verbosity=0)
    seed = json.loads((SHARED / "samples" / "seed-notices.json").read_text("utf-8"))
    expected = {n["title"]: n["last_day"] for ns in seed["pages"].values() for n in ns}
    loaded = {n.title: n.last_day.isoformat() for n in Notice.objects.all()}
    assert loaded == expected


def test_system_check_warns_in_november_when_next_year_is_missing():
    codes = [w.id for w in calendar_warnings(dt.date(2026, 11, 23))]
    assert codes == ["notices.W002"]
    assert [w.id for w in calendar_warnings(dt.date(2026, 6, 1))] == []
    assert "notices.W001" in [w.id for w in calendar_warnings(dt.date(2027, 3, 1))]


def test_the_example_schedule_file_is_the_library_s_2026_arrangement():
    from notices.deadlines.schedules import parse_schedule_json

    parsed = parse_schedule_json((REPO_ROOT / "fixtures" / "schedules" / "2026.json").read_bytes())
    (library,) = schedules_from_library(2026, 2026)
    (example,) = parsed.schedules
    assert (example.year, dict(example.days_off), dict.fromkeys(example.makeup_workdays, "")) == (
        2026,
        dict(library.days_off),
        dict.fromkeys(library.makeup_workdays, ""),  # the file format lists the days only
    )


def test_recompute_windows_moves_a_window_stored_by_an_older_rule_and_logs_why():
    from notices.models import WindowChange
    from tests.factories import NoticeFactory

    # "公示期为2024年7月8日起10个工作日", stored when that day was counted as day 1
    notice = NoticeFactory(
        eia_draft=True,
        published_on=dt.date(2024, 7, 8),
        stated_first_day=dt.date(2024, 7, 8),
        window_length=10,
        window_unit="working_days",
    )
    Notice.objects.filter(pk=notice.pk).update(last_day=dt.date(2024, 7, 19))
    out = _run("recompute_windows")
    assert "1 windows changed" in out
    notice.refresh_from_db()
    assert notice.last_day == dt.date(2024, 7, 22)
    assert notice.earliest_last_day == dt.date(2024, 7, 19)
    changes = list(WindowChange.objects.filter(notice=notice, reason="counting rules changed"))
    assert [(c.old_last_day, c.new_last_day) for c in changes] == [
        (dt.date(2024, 7, 19), dt.date(2024, 7, 22))
    ]
    assert "0 windows changed" in _run("recompute_windows")
