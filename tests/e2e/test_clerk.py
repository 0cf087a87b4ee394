"""A clerk, on a desktop and on a phone, works through the admin: the list, a notice, the import
screen and the dashboard. Nothing is wider than the screen; each screen is kept as a screenshot
(tests/e2e/screenshots/<device>-admin-<screen>.png) to be looked at."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from tests.e2e.conftest import DESKTOP, PHONE
from tests.e2e.test_citizen import png_width

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

PAGES = Path(__file__).resolve().parents[1] / "importer" / "pages"
PAGE = PAGES / "p07_eia_draft_broken_link_code.txt"  # one of our own test pages
CHINA = ZoneInfo("Asia/Shanghai")
DEVICES = [("phone", PHONE), ("desktop", DESKTOP)]


@pytest.fixture
def clerk_site(transactional_db, today, django_user_model):
    """The sample notices and a clerk's account, committed for the live server's thread."""
    from notices import calendar_source, services
    from notices.deadlines.schedules import schedules_from_library
    from notices.models import CalendarYear, Notice
    from tests.web.conftest import build_sample_notices

    if not CalendarYear.objects.filter(year=2024).exists():
        services.load_schedules(schedules_from_library())
    calendar_source.clear_cache()
    django_user_model.objects.create_superuser("clerk", "clerk@example.com", "pw-clerk-1")
    samples = build_sample_notices()
    # entered on the day each was published, as a clerk keeping up with the papers would
    for notice in Notice.objects.all():
        entered_on = min(notice.published_on, today)
        Notice.objects.filter(pk=notice.pk).update(
            created_at=dt.datetime.combine(entered_on, dt.time(10), tzinfo=CHINA)
        )
    return samples


@pytest.fixture
def clerk_page(live_server, clerk_site, browser, request):
    device, viewport = request.param
    context = browser.new_context(viewport=viewport, locale="zh-CN")
    page = context.new_page()
    page.goto(live_server.url + "/admin/login/")
    page.get_by_label("用户名").fill("clerk")
    page.get_by_label("密码").fill("pw-clerk-1")
    page.get_by_role("button", name="登录").click()
    page.wait_for_load_state()
    yield page, device, viewport
    context.close()


def assert_fits_and_keep(page, screenshots, device, viewport, name):
    """Nothing scrolls sideways; the whole page and its first screen are kept as screenshots."""
    overflow = page.evaluate(
        "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    assert overflow <= 0, f"{name} is {overflow} px wider than the {device} screen"
    shot = page.screenshot(path=str(screenshots / f"{device}-admin-{name}.png"), full_page=True)
    assert png_width(shot) == viewport["width"]
    page.screenshot(path=str(screenshots / f"{device}-admin-{name}-first-screen.png"))


@pytest.mark.parametrize("clerk_page", DEVICES, indirect=True, ids=["phone", "desktop"])
def test_clerk_scans_the_notice_list(clerk_page, live_server, clerk_site, screenshots):
    page, device, viewport = clerk_page
    assert "noticetracker" in page.locator("#site-name").inner_text()
    assert "Django" not in page.locator("#header").inner_text()
    page.goto(live_server.url + "/admin/notices/notice/")
    row = page.locator("#result_list tr", has_text="陕京四线")
    assert "即将截止" in row.locator(".nt-state-closing_soon").inner_text()
    assert "2024年7月22日" in row.locator("td.field-last_day_display").inner_text()
    assert "还剩 3 个工作日" in row.locator(".nt-days-left").inner_text()
    xinlian = page.locator("#result_list tr", has_text="内蒙古鑫联")
    assert "待定 待再次见报" in xinlian.locator(".nt-finding.nt-pending").inner_text()
    if device == "desktop":  # a title reads as a line, not one character a line
        title = row.locator(".field-title_display")
        assert title.bounding_box()["height"] < 120
    assert_fits_and_keep(page, screenshots, device, viewport, "list")


@pytest.mark.parametrize("clerk_page", DEVICES, indirect=True, ids=["phone", "desktop"])
def test_clerk_reads_a_notice_with_its_closing_moment(
    clerk_page, live_server, clerk_site, screenshots
):
    page, device, viewport = clerk_page
    page.goto(live_server.url + f"/admin/notices/notice/{clerk_site.liquidation.pk}/change/")
    closes = page.locator(".field-closes_at_display .readonly").inner_text()
    assert closes == "2024年8月22日 24:00"
    assert_fits_and_keep(page, screenshots, device, viewport, "change")
    inlines = page.locator("#contacts-group")
    assert inlines.locator("input[name$='-name']").first.input_value() == "布日格德"
    inlines.screenshot(path=str(screenshots / f"{device}-admin-change-contacts-close-up.png"))
    publications = page.locator("#publications-group")
    publications.screenshot(path=str(screenshots / f"{device}-admin-change-publications.png"))
    page.goto(live_server.url + f"/admin/notices/notice/{clerk_site.xinlian_eia.pk}/change/")
    findings = page.locator(".field-findings_detail")
    assert "待定 待再次见报" in findings.inner_text()
    assert "info" not in findings.inner_text()
    assert_fits_and_keep(page, screenshots, device, viewport, "change-findings")
    findings.screenshot(path=str(screenshots / f"{device}-admin-change-findings-close-up.png"))


@pytest.mark.parametrize("clerk_page", DEVICES, indirect=True, ids=["phone", "desktop"])
def test_clerk_compares_imported_fields_with_their_source(
    clerk_page, live_server, clerk_site, screenshots
):
    page, device, viewport = clerk_page
    page.goto(live_server.url + "/admin/notices/notice/import/")
    assert_fits_and_keep(page, screenshots, device, viewport, "import-paste")
    page.locator("#id_text").fill(PAGE.read_text(encoding="utf-8"))
    page.get_by_role("button", name="识别公告").click()
    page.wait_for_load_state()
    fields = page.locator(".import-row .import-fields").first
    source = page.locator(".import-row .import-source").first
    subject = fields.locator("input[name$='-subject']")
    # the input shows its whole text (no hidden tail), and its label is not broken up
    assert subject.evaluate("e => e.scrollWidth <= e.clientWidth")
    label = fields.locator("label", has_text="事项").bounding_box()
    assert label["height"] < 40
    if device == "desktop":  # side by side
        assert source.bounding_box()["x"] > fields.bounding_box()["x"] + 200
    else:  # stacked
        assert source.bounding_box()["y"] > fields.bounding_box()["y"] + 200
    assert_fits_and_keep(page, screenshots, device, viewport, "import")


@pytest.mark.parametrize("clerk_page", DEVICES, indirect=True, ids=["phone", "desktop"])
def test_clerk_sees_the_dashboard_as_charts(clerk_page, live_server, clerk_site, screenshots):
    page, device, viewport = clerk_page
    page.goto(live_server.url + "/admin/")
    page.get_by_role("link", name="概览").click()
    page.wait_for_load_state()
    charts = page.locator(".nt-chart svg[role=img]")
    assert charts.count() >= 4
    for i in range(charts.count()):
        assert charts.nth(i).bounding_box()["width"] <= viewport["width"]
    assert "待再次见报" in page.locator(".nt-dashboard").inner_text()
    assert_fits_and_keep(page, screenshots, device, viewport, "dashboard")
