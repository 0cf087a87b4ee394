"""A real Celery worker on the real Redis and PostgreSQL: reminders sent once, through crashes.

The clock is injected: tasks receive the day as an ISO date (what beat would compute at 00:05
Shanghai time), so the notice crosses into closing soon on 2024-08-20 whatever today is.
"""

from __future__ import annotations

import datetime as dt
import subprocess
from collections import Counter

import pytest

from notices.deadlines.windows import CHINA_TZ
from notices.models import Notice, ReminderLog, Subscriber, Subscription
from tests.factories import NoticeFactory

from .conftest import delivered, wait_for

# ruff: noqa: S603, S607 - fixed commands (redis-cli, redis-server) found on PATH, as CI does

pytestmark = [pytest.mark.requires_postgres, pytest.mark.requires_redis]

CLOSING_SOON_ON = "2024-08-20"  # published 2024-07-08: last day 2024-08-22
SUBSCRIBED = dt.datetime(2024, 7, 1, 10, 0, tzinfo=CHINA_TZ)
REDIS_START = [
    "redis-server", "--daemonize", "yes", "--bind", "127.0.0.1", "-::1", "--port", "6379",
    "--save", "", "--appendonly", "no", "--dir", "/var/lib/redis",
    "--logfile", "/var/log/redis/ci.log",
]  # fmt: skip


def followers(notice: Notice, count: int) -> None:
    for i in range(count):
        subscriber = Subscriber.objects.create(email=f"reader{i:03d}@example.com")
        Subscription.objects.create(subscriber=subscriber, notice=notice, confirmed_at=SUBSCRIBED)


def recipients(mailbox) -> Counter:
    return Counter(message["To"] for message in delivered(mailbox))


def test_a_notice_crossing_into_closing_soon_gets_its_reminder_once(shared_db, start_worker):
    notice = NoticeFactory(published_on=dt.date(2024, 7, 8))
    followers(notice, 1)
    worker = start_worker()

    worker.wait(worker.send("notices.tasks.flag_notices", on=CLOSING_SOON_ON))
    notice.refresh_from_db()
    assert notice.flagged_state == "closing_soon"
    # a duplicate beat: the same jobs twice more
    ids = [worker.send("notices.tasks.send_reminders", on=CLOSING_SOON_ON) for _ in range(3)]
    worker.wait(worker.send("notices.tasks.flag_notices", on=CLOSING_SOON_ON))
    for task_id in ids:
        worker.wait(task_id)

    assert recipients(worker.mailbox) == {"reader000@example.com": 1}
    assert notice.transitions.count() == 1
    log = ReminderLog.objects.get()
    assert (log.kind, log.due_on, log.sent_at is not None) == (
        "reminder",
        dt.date(2024, 8, 20),
        True,
    )


def test_a_worker_killed_mid_batch_and_restarted_sends_every_reminder_exactly_once(
    shared_db, start_worker
):
    notice = NoticeFactory(published_on=dt.date(2024, 7, 8))
    followers(notice, 20)
    worker = start_worker(delay=0.3)
    task_id = worker.send("notices.tasks.send_reminders", on=CLOSING_SOON_ON)

    wait_for(lambda: ReminderLog.objects.filter(sent_at__isnull=False).count() >= 5, 30, "5 sends")
    worker.kill()  # SIGKILL mid-batch: the task is not acknowledged (acks_late)
    sent_before = ReminderLog.objects.filter(sent_at__isnull=False).count()
    assert 5 <= sent_before < 20
    assert not worker.finished(task_id)

    worker.start()  # the same queue: Redis hands the unacknowledged task back
    wait_for(
        lambda: (
            ReminderLog.objects.filter(sent_at__isnull=True).count() == 0
            and ReminderLog.objects.count() == 20
        ),
        120,
        "every reminder to be sent after the restart",
        step=0.2,
    )
    worker.wait(task_id, timeout=30)
    counts = recipients(worker.mailbox)
    assert len(counts) == 20
    assert set(counts.values()) == {1}, counts


def test_the_system_recovers_when_redis_restarts_during_a_run(shared_db, start_worker):
    notice = NoticeFactory(published_on=dt.date(2024, 7, 8))
    followers(notice, 10)
    worker = start_worker(delay=0.3)
    worker.send("notices.tasks.send_reminders", on=CLOSING_SOON_ON)
    wait_for(lambda: ReminderLog.objects.filter(sent_at__isnull=False).exists(), 30, "a send")

    subprocess.run(["redis-cli", "-h", "127.0.0.1", "-p", "6379", "shutdown", "nosave"], timeout=10)
    wait_for(
        lambda: (
            subprocess.run(
                ["redis-cli", "-h", "127.0.0.1", "ping"], capture_output=True, timeout=5
            ).returncode
            != 0
        ),
        10,
        "Redis to stop",
    )
    subprocess.run(REDIS_START, check=True, timeout=10)
    wait_for(
        lambda: (
            subprocess.run(
                ["redis-cli", "-h", "127.0.0.1", "ping"], capture_output=True, timeout=5
            ).stdout.strip()
            == b"PONG"
        ),
        10,
        "Redis to start",
    )
    # Redis keeps nothing across a restart (no persistence here): the next beat tick sends the
    # job again. The worker reconnects by itself and the job finishes whatever is still unsent.
    wait_for(
        lambda: worker.output().count("Connected to redis") >= 2,
        60,
        "the worker to reconnect",
        step=0.2,
    )
    retry = worker.send("notices.tasks.send_reminders", on=CLOSING_SOON_ON)
    worker.wait(retry, timeout=60)
    assert ReminderLog.objects.filter(sent_at__isnull=True).count() == 0
    counts = recipients(worker.mailbox)
    assert len(counts) == 10
    assert set(counts.values()) == {1}, counts
    assert worker.process.poll() is None  # the worker survived the outage
