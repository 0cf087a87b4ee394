"""The schedule: seeded from settings without overwriting admins' edits; run in-process."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine
from django_celery_beat.models import CrontabSchedule, PeriodicTask

from notices.alerts.scheduler import InProcessScheduler, seed_schedule
from notices.deadlines.windows import CHINA_TZ
from noticetracker.celery import app
from tests.factories import NoticeFactory

pytestmark = pytest.mark.django_db


def test_defaults_are_seeded_once_and_an_admins_change_survives_a_restart():
    assert sorted(seed_schedule(app)) == ["admin-summary", "flag-notices", "send-reminders"]
    task = PeriodicTask.objects.get(name="flag-notices")
    assert task.task == "notices.tasks.flag_notices"
    assert task.crontab.minute == "*/5"
    hourly, _ = CrontabSchedule.objects.get_or_create(minute="0", timezone="Asia/Shanghai")
    task.crontab = hourly
    task.save()
    assert seed_schedule(app) == []
    assert PeriodicTask.objects.get(name="flag-notices").crontab.minute == "0"


def test_the_in_process_scheduler_runs_the_due_task_here_without_a_broker(monkeypatch):
    # beat closes "old" connections between ticks; inside the test's transaction that would
    # close the test's own connection, so keep it (a long-running scheduler does close them)
    monkeypatch.setattr("django_celery_beat.schedulers.close_old_connections", lambda: None)
    notice = NoticeFactory(published_on=dt.date(2024, 7, 8))
    with time_machine.travel(dt.datetime(2024, 8, 20, 0, 5, tzinfo=CHINA_TZ), tick=False):
        scheduler = InProcessScheduler(app=app)
        scheduler.apply_entry(scheduler.schedule["flag-notices"])  # runs here, synchronously
    notice.refresh_from_db()
    assert notice.flagged_state == "closing_soon"
    assert notice.transitions.get().on_day == dt.date(2024, 8, 20)
