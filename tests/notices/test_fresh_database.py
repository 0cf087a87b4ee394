"""Commands on a database that was never migrated: an answer or a clear instruction, no traceback.

These run ``manage.py`` in a subprocess against a new, empty SQLite file, as a newcomer would
before running ``bin/run`` once.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from notices import calendar_source
from notices.deadlines.schedules import schedules_from_library
from tests.conftest import REPO_ROOT

OUR_PAGE = (
    REPO_ROOT / "tests" / "importer" / "pages" / "p01_liquidation_title_before_cn_numerals.txt"
)


@pytest.fixture
def manage(tmp_path):
    env = {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{tmp_path / 'never-migrated.sqlite3'}",
        "DJANGO_SETTINGS_MODULE": "noticetracker.settings",
        "DJANGO_DEBUG": "true",
    }
    env.pop("REDIS_URL", None)

    def run(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run(  # noqa: S603 - our own manage.py with fixed arguments
            [sys.executable, "manage.py", *args],
            cwd=REPO_ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )

    return run


def test_deadline_needs_no_database_and_says_it_used_the_shipped_calendar(manage):
    result = manage("deadline", "--start", "2024-09-27", "--working-days", "10", "--json")
    assert result.returncode == 0, result.stderr
    # Sept 29 (Sun) and Oct 12 (Sat) 2024 are make-up working days; Oct 1-7 are off
    assert json.loads(result.stdout)["last_day"] == "2024-10-16"
    assert "fixtures/calendar.json" in result.stderr
    assert "bin/manage migrate" in result.stderr


def test_import_text_proposes_without_a_database_and_refuses_to_save_into_none(manage):
    proposed = manage("import_text", str(OUR_PAGE), "--json")
    assert proposed.returncode == 0, proposed.stderr
    assert json.loads(proposed.stdout)["pages"][OUR_PAGE.name]
    saved = manage("import_text", str(OUR_PAGE), "--save")
    assert saved.returncode == 1
    assert "bin/manage migrate" in saved.stderr
    assert "Traceback" not in saved.stderr


@pytest.mark.parametrize(
    "command",
    [
        ["flag_notices"],
        ["send_reminders"],
        ["load_calendar", "--from-library"],
        ["load_demo"],
        ["celery_health"],
    ],
    ids=lambda c: c[0],
)
def test_commands_that_need_the_register_say_to_migrate_first(manage, command):
    result = manage(*command)
    assert result.returncode == 1
    assert "is not set up" in result.stderr
    assert "bin/manage migrate" in result.stderr
    assert "Traceback" not in result.stderr


def test_the_shipped_calendar_is_the_published_schedules():
    calendar = calendar_source.shipped_calendar()
    schedules = schedules_from_library()
    assert calendar.published_years == frozenset(s.year for s in schedules)
    for schedule in schedules:
        for day in schedule.days_off:
            assert not calendar.is_working_day(day), day
        for day in schedule.makeup_workdays:
            assert calendar.is_working_day(day), day


@pytest.mark.parametrize(
    "content", ["", "{}", '[{"model": "notices.calendarday", "pk": "not a day"}]']
)
def test_a_shipped_calendar_that_is_not_a_fixture_is_a_clear_error(tmp_path, content):
    path = tmp_path / "calendar.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ValueError, match=r"calendar fixture|Expecting value"):
        calendar_source.shipped_calendar(path)
