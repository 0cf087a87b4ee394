"""A citizen, on a phone and on a desktop, finds an open EIA comment period and saves its date."""

from __future__ import annotations

import datetime as dt
import re
import struct
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from tests.e2e.conftest import DESKTOP, PHONE

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


@pytest.mark.parametrize(("device", "viewport"), [("phone", PHONE), ("desktop", DESKTOP)])
def test_citizen_filters_open_eia_notices_and_downloads_the_calendar_file(
    live_server, sample_site, browser, screenshots, device, viewport
):
    context = browser.new_context(
        viewport=viewport, locale="zh-CN", accept_downloads=True, java_script_enabled=False
    )
    page = context.new_page()
    page.goto(live_server.url + "/")
    assert page.locator("h1").inner_text() == "正在征求意见和申报的公告"

    # the filters wait behind one tap; then the labelled form controls, as a screen reader
    # user would find them
    page.get_by_text("筛选", exact=True).click()
    page.get_by_label("状态").select_option("open")
    page.get_by_label("类型").select_option("eia_draft_comment")
    page.get_by_role("button", name="查询").click()
    page.wait_for_load_state()
    assert "status=open" in page.url
    assert "kind=eia_draft_comment" in page.url
    items = page.locator("ol.notices > li")
    assert items.count() == 2
    assert "内蒙古鑫联" in items.nth(0).inner_text()
    shot = page.screenshot(path=str(screenshots / f"{device}-list.png"), full_page=True)
    assert png_width(shot) == viewport["width"]  # nothing is wider than the screen

    page.get_by_role("link", name=re.compile("陕京四线")).click()
    page.wait_for_load_state()
    assert page.locator("h1").inner_text().startswith("陕京四线")
    status = page.locator("#status").inner_text()
    assert "还剩 3 个工作日，2024年7月22日 24:00 截止" in status
    assert "2024年7月22日" in page.locator("#last-day").inner_text()
    assert "7月19日" in page.locator(".advice").inner_text()
    shot = page.screenshot(path=str(screenshots / f"{device}-detail.png"), full_page=True)
    assert png_width(shot) == viewport["width"]

    with page.expect_download() as info:
        page.get_by_role("link", name=re.compile(r"\.ics")).click()
    download = info.value
    assert download.suggested_filename.endswith(".ics")
    cal = Calendar.from_ical(Path(download.path()).read_bytes())
    (event,) = cal.walk("VEVENT")
    assert event.decoded("DTEND") == dt.datetime(2024, 7, 23, tzinfo=ZoneInfo("Asia/Shanghai"))
    context.close()


def png_width(png: bytes) -> int:
    return struct.unpack(">I", png[16:20])[0]
