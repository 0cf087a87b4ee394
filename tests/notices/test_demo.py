"""The demo register: whatever the day, a newcomer sees each state the product is about."""

from __future__ import annotations

import datetime as dt
from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import Client

from notices import calendar_source, demo, services
from notices.deadlines.windows import WindowState, WindowTerms, compute_window
from notices.models import Notice
from tests.factories import NoticeFactory

SHIPPED = calendar_source.shipped_calendar()

# Every day of 2005-2026 at a stride that meets every weekday and holiday season, and days in
# 2027, a year whose schedule is not published (so "today" itself is provisional).
DAYS = [dt.date(2005, 1, 3) + dt.timedelta(days=n) for n in range(0, 8050, 3)] + [
    dt.date(2027, 1, 1) + dt.timedelta(days=n) for n in range(0, 365, 17)
]

EXPECTED_STATE = {
    "open": {WindowState.OPEN},
    "closing_soon": {WindowState.CLOSING_SOON},
    "upcoming": {WindowState.UPCOMING},
    "closed": {WindowState.CLOSED},
    "findings": {WindowState.OPEN, WindowState.CLOSING_SOON},
    "provisional": {WindowState.OPEN, WindowState.CLOSING_SOON, WindowState.UPCOMING},
}


def test_the_demo_plan_shows_each_state_on_any_day():
    wrong = []
    for today in DAYS:
        plan = demo.plan_demo(today, SHIPPED)
        assert {item.shows for item in plan} == set(EXPECTED_STATE)
        for item in plan:
            assert item.title.startswith(demo.TITLE_PREFIX)
            if demo.state_on(item, today, SHIPPED) not in EXPECTED_STATE[item.shows]:
                wrong.append((today, item.shows, demo.state_on(item, today, SHIPPED)))
    assert wrong == []


@pytest.mark.parametrize("today", DAYS[::100], ids=str)
def test_the_provisional_demo_window_reaches_a_year_with_no_published_schedule(today):
    item = next(i for i in demo.plan_demo(today, SHIPPED) if i.shows == "provisional")
    window = compute_window(
        WindowTerms(
            kind=item.kind, published_on=item.published_on, stated_first_day=item.stated_first_day
        ),
        SHIPPED,
    )
    assert window.provisional_years
    assert all(not SHIPPED.is_published(year) for year in window.provisional_years)


@pytest.mark.django_db
def test_loading_the_demo_replaces_the_last_one_and_leaves_real_notices_alone():
    real = NoticeFactory()
    first = demo.load_demo(dt.date(2026, 11, 30))
    second = demo.load_demo(dt.date(2026, 12, 1))
    assert len(first) == len(second) == 7
    assert Notice.objects.filter(is_demo=True).count() == 7
    assert not Notice.objects.filter(pk__in=[n.pk for n, _ in first]).exists()
    assert Notice.objects.filter(pk=real.pk, is_demo=False).exists()
    assert demo.remove_demo() == 7
    assert list(Notice.objects.values_list("pk", flat=True)) == [real.pk]


@pytest.mark.django_db
def test_the_demo_notice_with_findings_has_findings_and_the_others_are_public():
    made = dict((shows, notice) for notice, shows in demo.load_demo(dt.date(2026, 11, 30)))
    codes = {f.code for f in services.notice_findings(made["findings"])}
    assert {"period_shorter_than_minimum", "group_formed_late"} <= codes
    assert made["provisional"].is_provisional
    assert all(n.public_since is not None for n in made.values())


@pytest.mark.django_db
def test_the_api_lists_open_periods_after_the_demo_is_loaded_today(client: Client):
    from django.utils import timezone

    call_command("load_demo", stdout=StringIO())
    response = client.get("/api/notices/", {"status": "open"})
    assert response.status_code == 200
    titles = [row["title"] for row in response.json()["results"]]
    assert titles
    assert all(t.startswith(demo.TITLE_PREFIX) for t in titles)
    assert Notice.objects.open(timezone.localdate()).exists()


@pytest.mark.django_db
def test_load_demo_refuses_a_day_that_is_not_a_date_and_changes_nothing():
    with pytest.raises(CommandError, match="not a date"):
        call_command("load_demo", "--on", "30/11/2026", stdout=StringIO())
    assert not Notice.objects.filter(is_demo=True).exists()


@pytest.mark.django_db
def test_load_demo_remove_deletes_only_demo_notices():
    call_command("load_demo", "--on", "2026-11-30", stdout=StringIO())
    out = StringIO()
    call_command("load_demo", "--remove", stdout=out)
    assert "removed 7" in out.getvalue()
    assert not Notice.objects.filter(is_demo=True).exists()
