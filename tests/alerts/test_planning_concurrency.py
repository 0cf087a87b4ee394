"""Two planners at the same moment on PostgreSQL: every item planned once, neither fails.

The PostgreSQL planner leaves planned keys out with an anti-join instead of ON CONFLICT, which
is only safe because planners take an advisory lock in turn; without it, the second of two
simultaneous planners would hit the unique key.
"""

from __future__ import annotations

import datetime as dt
import threading

import pytest
from django.db import connection, connections

from notices import calendar_source, services
from notices.alerts import reminders
from notices.deadlines.schedules import schedules_from_library
from notices.deadlines.windows import CHINA_TZ
from notices.models import CalendarYear, ReminderLog, Subscriber, Subscription
from tests.factories import NoticeFactory

pytestmark = [
    pytest.mark.requires_postgres,
    pytest.mark.django_db(transaction=True),
]

DAY = dt.date(2024, 8, 20)  # the notices below are closing soon: reminders are due
NOW = dt.datetime.combine(DAY, dt.time(8), CHINA_TZ)


def test_simultaneous_planners_plan_each_item_once():
    assert connection.vendor == "postgresql"
    # an earlier transactional test may have flushed the calendar loaded for the session
    if not CalendarYear.objects.filter(year=2024).exists():
        services.load_schedules(schedules_from_library())
    calendar_source.clear_cache()
    confirmed = dt.datetime(2024, 7, 1, tzinfo=CHINA_TZ)
    for n in range(30):
        NoticeFactory(
            published_on=dt.date(2024, 7, 8),
            title=f"注销公告 {n}",
            created_at=dt.datetime(2024, 7, 8, 9, tzinfo=CHINA_TZ),  # announced long ago
        )
    for n in range(60):
        subscriber = Subscriber.objects.create(email=f"p{n}@example.com")
        Subscription.objects.create(
            subscriber=subscriber, kind="liquidation", confirmed_at=confirmed
        )
    start = threading.Barrier(2)
    results: list[int] = []
    errors: list[BaseException] = []

    def plan():
        try:
            start.wait(timeout=10)
            results.append(reminders.plan_reminders(DAY, now=NOW))
        except BaseException as exc:  # reported below, with the thread's own traceback
            errors.append(exc)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=plan) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert errors == []
    planned = ReminderLog.objects.count()
    assert planned == 30 * 60
    assert sorted(results) == [0, planned]
