"""Flagging: notices move between window states as days pass, set-based, recorded, idempotent."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from notices import services
from notices.alerts import flagging, tasks
from notices.deadlines.schedules import YearSchedule
from notices.deadlines.windows import CHINA_TZ
from notices.models import Notice, StateTransition
from tests.factories import NoticeFactory

pytestmark = pytest.mark.django_db

# A liquidation notice published 2024-07-08: 45 days, last day Thu 2024-08-22,
# closing soon (last 3 working days) from Tue 2024-08-20.
PUBLISHED = dt.date(2024, 7, 8)
NOW = dt.datetime(2024, 8, 1, 9, 0, tzinfo=CHINA_TZ)


def flag(day: dt.date) -> flagging.FlagResult:
    return flagging.flag_notices(day, now=dt.datetime.combine(day, dt.time(0, 5), CHINA_TZ))


def state(notice: Notice) -> str:
    notice.refresh_from_db()
    return notice.flagged_state


def test_notice_moves_from_upcoming_to_closed_and_its_history_shows_each_move():
    notice = NoticeFactory(published_on=PUBLISHED)
    assert (notice.first_day, notice.last_day) == (PUBLISHED, dt.date(2024, 8, 22))
    assert notice.closing_soon_from == dt.date(2024, 8, 20)

    for day, expected in [
        (dt.date(2024, 7, 7), "upcoming"),
        (dt.date(2024, 7, 8), "open"),
        (dt.date(2024, 8, 19), "open"),
        (dt.date(2024, 8, 20), "closing_soon"),
        (dt.date(2024, 8, 22), "closing_soon"),
        (dt.date(2024, 8, 23), "closed"),
    ]:
        flag(day)
        assert state(notice) == expected, day

    history = list(
        notice.transitions.order_by("changed_at").values_list("on_day", "from_state", "to_state")
    )
    assert history == [
        (dt.date(2024, 7, 7), "", "upcoming"),
        (dt.date(2024, 7, 8), "upcoming", "open"),
        (dt.date(2024, 8, 20), "open", "closing_soon"),
        (dt.date(2024, 8, 23), "closing_soon", "closed"),
    ]
    assert notice.flagged_at == dt.datetime(2024, 8, 23, 0, 5, tzinfo=CHINA_TZ)


def test_a_second_pass_changes_nothing_and_records_nothing():
    NoticeFactory.create_batch(3, published_on=PUBLISHED)
    first = flag(dt.date(2024, 8, 20))
    assert first.total == 3
    second = flag(dt.date(2024, 8, 20))
    assert second.total == 0
    assert StateTransition.objects.count() == 3


def test_an_extended_notice_moves_back_from_closed_to_open():
    notice = NoticeFactory(published_on=PUBLISHED)
    flag(dt.date(2024, 8, 23))
    notice.stated_last_day = dt.date(2024, 9, 30)
    services.record_notice(notice)
    flag(dt.date(2024, 8, 23))
    assert state(notice) == "open"
    assert notice.transitions.first().from_state == "closed"


def test_a_notice_without_a_window_is_flagged_as_such():
    notice = Notice.objects.create(kind="liquidation", title="未填日期的公告")
    flag(dt.date(2024, 8, 1))
    assert state(notice) == "no_window"


def test_the_number_of_statements_does_not_grow_with_the_number_of_notices():
    NoticeFactory.create_batch(2, published_on=PUBLISHED)
    with CaptureQueriesContext(connection) as few:
        flag(dt.date(2024, 8, 1))
    NoticeFactory.create_batch(20, published_on=PUBLISHED - dt.timedelta(days=10))
    with CaptureQueriesContext(connection) as many:
        flag(dt.date(2024, 8, 2))
    assert len(many) == len(few)
    assert Notice.objects.exclude(flagged_state="open").count() == 0


@pytest.mark.parametrize(
    ("moment", "expected"),
    [
        (dt.datetime(2024, 8, 22, 23, 59, 59, tzinfo=CHINA_TZ), "closing_soon"),
        (dt.datetime(2024, 8, 23, 0, 0, 0, tzinfo=CHINA_TZ), "closed"),
    ],
)
def test_the_window_closes_at_24_00_china_time_whatever_the_server_clock(moment, expected):
    notice = NoticeFactory(published_on=PUBLISHED)
    # 23:59:59 in Shanghai is 15:59:59 UTC: the task must use the Shanghai day, not UTC's.
    with time_machine.travel(moment, tick=False):
        result = tasks.flag_notices()
    assert result["on"] == moment.date().isoformat()
    assert state(notice) == expected


def test_a_window_in_a_provisional_year_is_flagged_and_reflagged_when_the_year_is_published():
    # 45 days from 2026-12-20 ends in 2027, whose holiday schedule is not published yet
    notice = NoticeFactory(published_on=dt.date(2026, 12, 20))
    assert notice.provisional_years == "2027"
    assert notice.last_day == dt.date(2027, 2, 3)
    flag(dt.date(2027, 2, 4))
    assert state(notice) == "closed"
    # the 2027 schedule arrives and makes 2027-02-01..05 days off: the last day moves
    days_off = {dt.date(2027, 2, d): "春节（测试）" for d in range(1, 6)}
    services.load_schedules([YearSchedule(year=2027, days_off=days_off, makeup_workdays={})])
    notice.refresh_from_db()
    assert notice.provisional_years == ""
    assert notice.last_day == dt.date(2027, 2, 8)
    flag(dt.date(2027, 2, 4))
    assert state(notice) == "closing_soon"
    assert notice.transitions.first().from_state == "closed"


def test_the_command_flags_by_hand_and_reports_the_moves():
    NoticeFactory(published_on=PUBLISHED)
    from io import StringIO

    out = StringIO()
    call_command("flag_notices", "--on", "2024-08-20", stdout=out)
    assert "moved 1 notices" in out.getvalue()
    assert "-->closing_soon: 1" in out.getvalue()
    out = StringIO()
    call_command("flag_notices", "--on", "2024-08-20", stdout=out)
    assert "moved 0 notices" in out.getvalue()
