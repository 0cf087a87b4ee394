"""Cached public pages: served again without work, and never stale after a committed change.

Each writer that changes what a page shows is exercised here: an edit through the service, a
new contact, a deletion, a calendar load (with its set-based recomputation), a direct calendar
day edit and a recomputation on its own. A cached page must show the change on the next
request, in the language and for the day it was asked for.
"""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.cache import caches
from django.db import transaction
from django.urls import reverse

from notices import calendar_source, public_data, services
from notices.deadlines.schedules import YearSchedule, schedules_from_library
from notices.models import CalendarDay, Contact, Notice, PublicDataVersion
from notices.web import page_cache

from .conftest import ON

pytestmark = pytest.mark.django_db

LIST = "/notices/?status=open"


def detail(notice) -> str:
    return reverse("notice-detail", args=[notice.pk])


def main_of(html: bytes) -> str:
    """The page without its frame (whose language form carries a fresh CSRF token)."""
    text = html.decode()
    return text[text.index("<main") : text.index("</main>")]


def main(response) -> str:
    return main_of(response.content)


def test_a_second_request_is_served_from_the_cache(client, samples, django_assert_num_queries):
    first = client.get(LIST).content
    with django_assert_num_queries(1):  # the public data version, nothing else
        again = client.get(LIST)
    assert again.status_code == 200
    assert main(again) == main_of(first)
    client.get(detail(samples.liquidation))
    with django_assert_num_queries(1):
        page = client.get(detail(samples.liquidation))
    assert "布日格德" in page.content.decode()
    assert "<title>注销公告</title>" in page.content.decode()


def test_cached_html_is_not_escaped_twice(client, samples):
    client.get(LIST)
    html = client.get(LIST).content.decode()
    assert '<ol class="notices">' in html
    assert "&lt;" not in html


@pytest.mark.parametrize("seconds", [3600, 0])
def test_the_cache_can_be_turned_off(client, samples, settings, seconds):
    settings.NOTICES_PAGE_CACHE_SECONDS = seconds
    assert "暗改" not in client.get(LIST).content.decode()
    # a change behind the ORM's back that raises no version: only an uncached page shows it
    Notice.objects.filter(pk=samples.liquidation.pk).update(title="暗改")
    assert ("暗改" in client.get(LIST).content.decode()) is (seconds == 0)


def test_an_edit_shows_at_once(client, samples):
    notice = samples.liquidation
    assert "注销公告" in client.get(detail(notice)).content.decode()
    assert "注销公告" in client.get(LIST).content.decode()
    notice.title = "注销公告（更正）"
    services.record_notice(notice)
    assert "注销公告（更正）" in client.get(detail(notice)).content.decode()
    assert "注销公告（更正）" in client.get(LIST).content.decode()


def test_a_new_contact_shows_at_once(client, samples):
    notice = samples.pipeline_eia
    assert "13900000000" not in client.get(detail(notice)).content.decode()
    Contact.objects.create(notice=notice, name="新联系人", phone="13900000000")
    assert "13900000000" in client.get(detail(notice)).content.decode()


def test_a_deleted_notice_is_gone_at_once(client, samples):
    notice = samples.inspection
    url = detail(notice)
    assert client.get(url).status_code == 200
    notice.delete()
    assert client.get(url).status_code == 404
    assert notice.title not in client.get("/notices/?status=upcoming").content.decode()


def pipeline_last_day(client, notice) -> str:
    html = client.get(detail(notice)).content.decode()
    return html.split('id="last-day"><time datetime="')[1][:10]


def test_a_calendar_load_moves_cached_last_days(client, samples):
    notice = samples.pipeline_eia
    assert pipeline_last_day(client, notice) == "2024-07-22"
    library = {s.year: s for s in schedules_from_library()}
    y2024 = library[2024]
    extra = YearSchedule(
        year=2024,
        days_off={**y2024.days_off, dt.date(2024, 7, 15): "测试假日"},
        makeup_workdays=y2024.makeup_workdays,
    )
    services.load_schedules([extra])
    assert pipeline_last_day(client, notice) == "2024-07-23"
    assert "测试假日" in client.get(detail(notice)).content.decode()


def test_a_calendar_day_edited_directly_shows_in_the_explanation(client, samples):
    notice = samples.pipeline_eia
    assert "测试调整" not in client.get(detail(notice)).content.decode()
    CalendarDay.objects.create(
        day=dt.date(2024, 7, 16), schedule_id=2024, kind=CalendarDay.Kind.DAY_OFF, name="测试调整"
    )
    services.recompute_windows([2024])
    assert "测试调整" in client.get(detail(notice)).content.decode()
    assert pipeline_last_day(client, notice) == "2024-07-23"


def test_a_recomputation_alone_moves_cached_last_days(client, samples):
    notice = samples.pipeline_eia
    assert pipeline_last_day(client, notice) == "2024-07-22"
    # a stored day that disagrees with the calendar, written behind the ORM's back
    Notice.objects.filter(pk=notice.pk).update(last_day=dt.date(2024, 7, 30))
    public_data.raise_version()
    assert pipeline_last_day(client, notice) == "2024-07-30"
    services.recompute_windows()
    assert pipeline_last_day(client, notice) == "2024-07-22"


def test_the_version_moves_only_with_the_transaction(samples):
    before = page_cache.current_version()
    inside = []

    def edit_then_fail():
        with transaction.atomic():
            samples.liquidation.title = "回滚的标题"
            services.record_notice(samples.liquidation)
            inside.append(page_cache.current_version())  # seen inside the transaction only
            raise RuntimeError

    with pytest.raises(RuntimeError):
        edit_then_fail()
    assert inside[0] > before
    assert page_cache.current_version() == before


def test_each_day_and_language_has_its_own_page(client, samples, monkeypatch):
    notice = samples.pipeline_eia
    assert "还剩 3 个工作日" in client.get(detail(notice)).content.decode()
    client.cookies["django_language"] = "en"
    assert "3 working days left" in client.get(detail(notice)).content.decode()
    del client.cookies["django_language"]
    monkeypatch.setattr("django.utils.timezone.localdate", lambda *a, **k: ON + dt.timedelta(1))
    assert "还剩 2 个工作日" in client.get(detail(notice)).content.decode()


def test_bad_input_is_answered_every_time_and_never_kept(client, samples):
    for _ in range(2):
        response = client.get("/notices/?published_from=2024-13-01")
        assert response.status_code == 400
        assert "Some filters are not valid" in response.content.decode() or "筛选条件" in (
            response.content.decode()
        )
    assert client.get("/notices/?published_from=2024-07-01").status_code == 200


def test_an_unreachable_cache_costs_nothing_but_time(client, samples, monkeypatch):
    def down(*args, **kwargs):
        raise ConnectionError("cache server down")

    monkeypatch.setattr(caches["pages"], "get", down)
    monkeypatch.setattr(caches["pages"], "set", down)
    response = client.get(LIST)
    assert response.status_code == 200
    assert samples.liquidation.title in response.content.decode()


def test_a_missing_counter_row_is_made_again(db):
    PublicDataVersion.objects.all().delete()
    assert page_cache.current_version() == 0
    public_data.raise_version()
    public_data.raise_version()
    assert page_cache.current_version() == 2


def test_a_new_version_makes_the_process_check_its_calendar(samples, monkeypatch):
    page_cache.current_version()
    checked = []
    monkeypatch.setattr(calendar_source, "expire", lambda: checked.append(True))
    page_cache.current_version()
    assert checked == []
    public_data.raise_version()
    page_cache.current_version()
    assert checked == [True]
