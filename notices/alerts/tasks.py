"""Celery tasks: one per scheduled job. Each computes "now" at the edge and calls one service.

Every task is idempotent (unique keys, conditional updates), so ``acks_late`` redelivery, a
retry, or a duplicate beat changes nothing more. Database and broker hiccups are retried with
exponential backoff.
"""

from __future__ import annotations

import datetime as dt

from celery import shared_task
from django.db import InterfaceError, OperationalError
from django.utils import timezone

from . import flagging, reminders

# Task names keep the module path they were first registered under (notices.tasks): the beat
# schedule stored by django-celery-beat and any queued message refer to them by name.

RETRY = {
    "acks_late": True,
    "autoretry_for": (OperationalError, InterfaceError),
    "retry_backoff": 5,
    "retry_backoff_max": 300,
    "retry_jitter": True,
    "max_retries": 5,
}


def _today(on: str | None) -> tuple[dt.date, dt.datetime]:
    now = timezone.now()
    return (dt.date.fromisoformat(on) if on else timezone.localdate(now)), now


@shared_task(name="notices.tasks.flag_notices", **RETRY)
def flag_notices(on: str | None = None) -> dict:
    """Flag every notice's window state for ``on`` (ISO date; default today in Shanghai)."""
    day, now = _today(on)
    result = flagging.flag_notices(day, now=now)
    return {"on": day.isoformat(), "moved": result.total, "seconds": round(result.seconds, 3)}


@shared_task(name="notices.tasks.send_reminders", **RETRY)
def send_reminders(on: str | None = None) -> dict:
    """Plan the reminders due on ``on`` and send every unsent one."""
    day, now = _today(on)
    result = reminders.run_reminders(day, now=now)
    return {"on": day.isoformat(), "planned": result.planned, "messages": result.messages}


@shared_task(name="notices.tasks.send_admin_summary", **RETRY)
def send_admin_summary(on: str | None = None) -> dict:
    """Send the admins' daily summary for ``on`` (once per day)."""
    day, now = _today(on)
    sent = reminders.send_admin_summary(day, now=now)
    return {"on": day.isoformat(), "sent": sent}
