"""Fixtures for the pure deadline engine: calendars built without Django or a database."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from notices.deadlines.schedules import (
    ParsedScheduleFile,
    build_calendar,
    parse_schedule_data,
    schedules_from_library,
)
from notices.deadlines.workdays import WorkCalendar
from tests.conftest import skip_without_shared

SHARED_DIR = Path(__file__).resolve().parents[2].parent / "shared"
CN_HOLIDAYS_JSON = SHARED_DIR / "domain" / "cn-holidays.json"


@pytest.fixture(scope="session")
def calendar() -> WorkCalendar:
    """The official 2004-2026 calendar, as the ``holidays`` library publishes it."""
    return build_calendar(schedules_from_library())


@pytest.fixture(scope="session")
def cn_holidays_path() -> Path:
    """``shared/domain/cn-holidays.json``, in the folder beside the repository."""
    skip_without_shared()
    return CN_HOLIDAYS_JSON


@pytest.fixture(scope="session")
def cn_holidays_data(cn_holidays_path: Path) -> dict:
    """The decoded schedule file (2023-2026 published, 2027 not)."""
    return json.loads(cn_holidays_path.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def cn_holidays_file(cn_holidays_data: dict) -> ParsedScheduleFile:
    return parse_schedule_data(cn_holidays_data)


@pytest.fixture(scope="session")
def shared_calendar(cn_holidays_file: ParsedScheduleFile) -> WorkCalendar:
    """The 2023-2026 calendar from the shared JSON: holiday ranges named as in the notices."""
    return build_calendar(cn_holidays_file.schedules)
