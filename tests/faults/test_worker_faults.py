"""The broker and the database fail while reminders are being sent: each is sent exactly once,
the worker stays up (or comes back by itself), and the next scheduled run catches up."""

from __future__ import annotations

import datetime as dt
import time
from collections import Counter

import pytest

from notices.deadlines.windows import CHINA_TZ
from notices.models import Notice, ReminderLog, Subscriber, Subscription
from tests.factories import NoticeFactory

from .conftest import (
    db_count,
    delivered,
    reconnect,
    restart_postgres,
    start_redis,
    stop_redis,
    wait_for,
)

pytestmark = [
    pytest.mark.requires_fault_servers,
    pytest.mark.requires_postgres,
    pytest.mark.requires_redis,
]

CLOSING_SOON_ON = "2024-08-20"  # published 2024-07-08: last day 2024-08-22
SUBSCRIBED = dt.datetime(2024, 7, 1, 10, 0, tzinfo=CHINA_TZ)


def followers(notice: Notice, count: int) -> None:
    for i in range(count):
        subscriber = Subscriber.objects.create(email=f"reader{i:03d}@example.com")
        Subscription.objects.create(subscriber=subscriber, notice=notice, confirmed_at=SUBSCRIBED)


def sent_exactly_once(mailbox, count: int) -> None:
    messages = delivered(mailbox)
    by_recipient = Counter(m["To"] for m in messages)
    assert len(by_recipient) == count, by_recipient
    assert set(by_recipient.values()) == {1}, by_recipient


def unsent() -> int:
    return db_count(lambda: ReminderLog.objects.filter(sent_at__isnull=True))


def sent() -> int:
    return db_count(lambda: ReminderLog.objects.filter(sent_at__isnull=False))


def test_the_broker_killed_mid_task_and_restarted_the_worker_survives_and_sends_each_once(
    shared_db, start_worker, redis_restored
):
    notice = NoticeFactory(published_on=dt.date(2024, 7, 8))
    followers(notice, 30)
    worker = start_worker(delay=0.25)
    worker.send("notices.tasks.send_reminders", on=CLOSING_SOON_ON)
    wait_for(lambda: sent() >= 3, 30, "3 sends")

    stop_redis()  # mid-task: the running task's message is unacknowledged
    time.sleep(2)  # the worker notices the loss while its task is still sending
    start_redis()  # without persistence: the queue and the unacked message are gone
    wait_for(
        lambda: worker.output().count("Connected to redis") >= 2,
        60,
        "the worker to reconnect",
        step=0.2,
    )
    assert worker.process.poll() is None, worker.output()[-3000:]
    # the next scheduled run (beat) catches up on whatever the lost message did not send
    worker.wait(worker.send("notices.tasks.send_reminders", on=CLOSING_SOON_ON), timeout=60)
    # the interrupted task may still be finishing the address it holds (the catch-up skips it)
    wait_for(lambda: unsent() == 0, 60, "every reminder sent", step=0.2)
    sent_exactly_once(worker.mailbox, 30)
    assert worker.process.poll() is None
    assert "Unrecoverable error" not in worker.output()


def test_the_broker_down_between_tasks_the_worker_waits_and_carries_on(
    shared_db, start_worker, redis_restored
):
    notice = NoticeFactory(published_on=dt.date(2024, 7, 8))
    followers(notice, 3)
    worker = start_worker()
    stop_redis()
    time.sleep(3)
    assert worker.process.poll() is None, worker.output()[-3000:]
    start_redis()
    wait_for(lambda: worker.output().count("Connected to redis") >= 2, 60, "a reconnect")
    worker.wait(worker.send("notices.tasks.send_reminders", on=CLOSING_SOON_ON), timeout=60)
    sent_exactly_once(worker.mailbox, 3)


def test_postgres_restarted_mid_task_every_reminder_is_sent_exactly_once(shared_db, start_worker):
    notice = NoticeFactory(published_on=dt.date(2024, 7, 8))
    followers(notice, 12)
    worker = start_worker(delay=0.25)
    task_id = worker.send("notices.tasks.send_reminders", on=CLOSING_SOON_ON)
    wait_for(lambda: sent() >= 3, 30, "3 sends")

    restart_postgres()
    reconnect()
    # the task retries by itself (database errors are retried with backoff)
    wait_for(lambda: unsent() == 0 and sent() == 12, 120, "every reminder sent", step=0.5)
    worker.wait(task_id, timeout=60)
    sent_exactly_once(worker.mailbox, 12)
    assert worker.process.poll() is None
