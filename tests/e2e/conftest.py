"""End-to-end set-up: Debian's chromium driven by Playwright against pytest-django's live_server.

Skipped, with the reason printed, when /usr/bin/chromium or the playwright package is missing;
under CI=true that is a failure. Never run ``playwright install``: the browser is Debian's.
"""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

import pytest

from tests.conftest import IN_CI
from tests.web.conftest import today  # noqa: F401 - the same frozen day as the page tests

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
SCREENSHOTS = Path(__file__).resolve().parent / "screenshots"
PHONE = {"width": 360, "height": 760}
DESKTOP = {"width": 1280, "height": 900}


def _missing() -> str | None:
    if importlib.util.find_spec("playwright") is None:
        return "the playwright package is not installed (pip install playwright)"
    if not CHROMIUM.exists() and not shutil.which("chromium"):
        return f"{CHROMIUM} is missing (apt-get install -y chromium)"
    return None


def pytest_runtest_setup(item):
    if item.get_closest_marker("e2e"):
        reason = _missing()
        if reason:
            if IN_CI:
                pytest.fail(f"e2e: {reason} (a skip is a failure under CI=true)")
            pytest.skip(f"e2e: {reason}")


@pytest.fixture
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


@pytest.fixture
def screenshots() -> Path:
    SCREENSHOTS.mkdir(exist_ok=True)
    return SCREENSHOTS


@pytest.fixture
def sample_site(transactional_db, today):  # noqa: F811 - the imported fixture
    """The sample notices, committed so that the live server's thread can read them."""
    from notices import calendar_source, services
    from notices.deadlines.schedules import schedules_from_library
    from notices.models import CalendarYear
    from tests.web.conftest import build_sample_notices

    # an earlier transactional test may have flushed the calendar loaded for the session
    if not CalendarYear.objects.filter(year=2024).exists():
        services.load_schedules(schedules_from_library())
    calendar_source.clear_cache()
    return build_sample_notices()
