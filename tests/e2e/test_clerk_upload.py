"""A clerk uploads a scanned newspaper page on the admin screen, watches it being read, confirms
a notice against the crop of the print, and finds it on the public site."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.conftest import DESKTOP, PHONE

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]
PAGES = Path(__file__).resolve().parents[1] / "importer" / "pages"


@pytest.fixture
def clerk(transactional_db, django_user_model):
    from notices import calendar_source, services
    from notices.deadlines.schedules import schedules_from_library
    from notices.models import CalendarYear

    if not CalendarYear.objects.filter(year=2025).exists():
        services.load_schedules(schedules_from_library())
    calendar_source.clear_cache()
    django_user_model.objects.create_superuser("clerk", "clerk@example.com", "clerk-pw")
    return "clerk", "clerk-pw"


@pytest.fixture
def scanned_page(typesetting, tmp_path) -> Path:
    from tests.pages.typeset import SMALL, typeset, without_text_layer

    text = next(PAGES.glob("p15_*.txt")).read_text(encoding="utf-8")
    path = tmp_path / "阿拉善日报-第1版.pdf"
    path.write_bytes(without_text_layer(typeset([text], SMALL).pdf, 150))
    return path


def test_clerk_uploads_a_scan_watches_progress_confirms_and_sees_it_public(
    live_server, clerk, scanned_page, browser, screenshots, settings, monkeypatch
):
    from django.db import connections

    from notices.models import Notice

    # Playwright's sync API runs an event loop in this thread; the ORM calls here are sync.
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    settings.NOTICES_IMPORT_RUN = "thread"  # as without Redis: the screen polls the job
    settings.NOTICES_IMPORT_OCR_DPI = 150
    context = browser.new_context(viewport=DESKTOP, locale="zh-CN")
    page = context.new_page()
    page.goto(live_server.url + "/admin/login/?next=/admin/notices/notice/import/")
    page.fill("#id_username", clerk[0])
    page.fill("#id_password", clerk[1])
    page.locator("input[type=submit]").click()
    page.wait_for_load_state()

    page.set_input_files("input[type=file]", str(scanned_page))
    page.locator("input[type=submit]").click()
    page.wait_for_load_state()
    progress = page.locator(".import-progress")
    assert progress.count() == 1, page.content()[:2000]  # the job's page, while it reads
    assert scanned_page.name in progress.inner_text()
    page.screenshot(path=str(screenshots / "clerk-upload-progress-desktop.png"), full_page=True)
    page.set_viewport_size(PHONE)
    page.screenshot(path=str(screenshots / "clerk-upload-progress-phone.png"), full_page=True)
    page.set_viewport_size(DESKTOP)

    page.wait_for_selector("input[name=p0-title]", timeout=240_000)  # it refreshes itself
    assert page.input_value("input[name=p0-title]") == "清算公告"
    crops = page.locator("img.import-field-crop")
    assert crops.count() >= 6
    assert page.evaluate("img => img.naturalWidth", crops.first.element_handle()) > 20
    page.screenshot(path=str(screenshots / "clerk-upload-confirm-desktop.png"), full_page=True)
    page.set_viewport_size(PHONE)
    page.screenshot(path=str(screenshots / "clerk-upload-confirm-phone.png"), full_page=True)
    page.set_viewport_size(DESKTOP)

    for n in (1, 2):  # confirm the liquidation notice only
        page.uncheck(f"input[name=p{n}-include]")
    page.get_by_role("button", name="保存勾选的公告").or_(
        page.locator("form input[type=submit].default")
    ).first.click()
    page.wait_for_load_state()
    notice = Notice.objects.get()
    # (asked while Playwright's loop runs in this thread, the ORM opened a connection of that
    # context's own, which the test database's teardown cannot see: close it here)
    connections.close_all()
    assert notice.issuer == "阿拉善左旗巴润别立镇宏泰石材加工厂清算组"

    page.goto(f"{live_server.url}/notices/{notice.pk}/")
    assert page.locator("h1").inner_text().startswith("清算公告")
    assert "阿拉善左旗巴润别立镇宏泰石材加工厂" in page.content()
    context.close()
