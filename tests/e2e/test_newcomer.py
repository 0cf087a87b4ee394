"""A newcomer's first look at ``/`` with bin/run's data: open periods today, whatever today is."""

from __future__ import annotations

from io import StringIO

import pytest
from django.core.management import call_command

from tests.conftest import REPO_ROOT
from tests.e2e.conftest import DESKTOP, PHONE

pytestmark = pytest.mark.e2e


@pytest.fixture
def run_command_data(transactional_db):
    """What bin/run loads: the calendar, the sample notices, the demo register dated today."""
    from notices import calendar_source

    fixtures = REPO_ROOT / "fixtures"
    call_command(
        "loaddata", fixtures / "calendar.json", fixtures / "sample_notices.json", verbosity=0
    )
    calendar_source.clear_cache()
    call_command("load_demo", stdout=StringIO())
    call_command("flag_notices", stdout=StringIO())


@pytest.mark.parametrize(("name", "viewport"), [("phone", PHONE), ("desktop", DESKTOP)])
def test_the_home_page_shows_demo_periods_open_today(
    run_command_data, live_server, browser, screenshots, name, viewport
):
    page = browser.new_page(viewport=viewport, locale="zh-CN")
    page.goto(f"{live_server.url}/")
    overflow = page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    assert overflow <= 0
    first_notice = page.locator("main a[href^='/notices/']").first
    assert "【演示】" in page.content()
    assert page.get_by_text("还剩").first.is_visible()
    box = first_notice.bounding_box()
    assert box is not None
    assert box["y"] < viewport["height"], "a notice is visible without scrolling"
    page.screenshot(path=str(screenshots / f"newcomer-home-{name}.png"), full_page=False)
    page.screenshot(path=str(screenshots / f"newcomer-home-{name}-full.png"), full_page=True)
