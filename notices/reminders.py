"""Reminders: plan what each confirmed subscriber is owed, send it once, and the admin summary.

Planning writes one ReminderLog row per (subscriber, notice, kind, due day), with
``ignore_conflicts`` on that unique key, so planning twice plans nothing new. Sending locks the
subscriber's row (``SKIP LOCKED``: two workers never send to the same person at once), sends
the unsent rows as one message (a daily digest) or one message each, and marks them sent in
the same transaction. A crash before the commit leaves the rows unsent, and the next run sends
them: nothing is lost. The Message-ID is derived from the rows' keys, so a resend after a crash
in the instant between the mail server's acceptance and the commit is recognisably the same.

Reminder day convention: a reminder "n working days before the last day" is due on the n-th
last working day of the window (n = 3: the day the window becomes closing soon; n = 1: the last
day itself, which ends at 24:00). Missed days are caught up while the window is still open.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
from collections import defaultdict
from dataclasses import dataclass
from typing import NamedTuple

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage, get_connection
from django.db import connection, transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation

from . import calendar_source, subscriptions
from .deadlines.errors import DeadlineError
from .deadlines.windows import WindowState, state_of_days
from .deadlines.workdays import WorkCalendar
from .models import (
    AdminSummaryLog,
    Notice,
    ReminderKind,
    ReminderLog,
    StateTransition,
    Subscriber,
    Subscription,
    WindowChange,
)
from .presentation import format_day, state_label

logger = logging.getLogger(__name__)

#: A newly entered notice is announced if it was entered within this many days (the job runs
#: hourly; two days cover an outage, and the unique key stops a second announcement).
PUBLISHED_LOOKBACK = dt.timedelta(days=2)
#: Changes (corrections, new dates, withdrawal) are looked for this far back.
CHANGED_LOOKBACK = dt.timedelta(days=3)
_BATCH = 5000


class PlannedItem(NamedTuple):
    """One message item owed: a ReminderLog row to be, without a model instance's cost."""

    subscriber_id: int
    notice_id: int
    kind: str
    due_on: dt.date
    detail: dict = {}


@dataclass(frozen=True)
class ReminderRun:
    planned: int
    messages: int


# -- planning -------------------------------------------------------------------------------------


def _notice_facts(queryset) -> dict[int, dict]:
    fields = ("id", "kind", "province", "city", "county", "title", "subject", "issuer")
    fields += ("first_day", "last_day", "created_at")
    out = {}
    for row in queryset.values(*fields):
        row["region"] = f"{row['province']}{row['city']}{row['county']}"
        row["text"] = f"{row['title']}\n{row['subject']}\n{row['issuer']}".casefold()
        out[row["id"]] = row
    return out


def reminder_days_due(calendar: WorkCalendar, on: dt.date, n: int) -> dict[dt.date, dt.date]:
    """Map each last day whose n-th-last working day is on or before ``on`` to that day.

    Only last days from ``on`` on are listed (a closed window is owed nothing).
    """
    due: dict[dt.date, dt.date] = {}
    last_day = on
    for _step in range(31 + 2 * n):
        try:
            reminder_day = calendar.working_days_before(last_day, n - 1)
        except DeadlineError:
            break
        if reminder_day > on:
            break
        due[last_day] = reminder_day
        last_day += dt.timedelta(days=1)
    return due


def _live_subscriptions():
    return Subscription.objects.filter(confirmed_at__isnull=False).values_list(
        "subscriber_id", "notice_id", "kind", "region", "text", "reminder_days", "confirmed_at"
    )


def plan_reminders(on: dt.date, *, now: dt.datetime) -> int:
    """Plan every message item owed on ``on``: new notices, reminders, changes. Return new rows."""
    calendar = calendar_source.get_calendar()
    subs = list(_live_subscriptions())
    if not subs:
        return 0
    by_filter: dict[tuple[str, str, str], list[tuple]] = defaultdict(list)
    by_notice: dict[int, list[tuple]] = defaultdict(list)
    for sub in subs:
        if sub[1]:
            by_notice[sub[1]].append(sub)
        else:
            by_filter[(sub[2], sub[3], sub[4])].append(sub)
    rows: list[PlannedItem] = []
    rows += _plan_due_reminders(calendar, on, by_filter, by_notice)
    rows += _plan_published(on, now, by_filter)
    rows += _plan_changes(now, by_filter, by_notice)
    return _insert_planned(rows, now) if rows else 0


def _insert_planned(rows: list[PlannedItem], now: dt.datetime) -> int:
    """Insert the planned items, skipping keys already planned; return how many are new.

    PostgreSQL: COPY into a temporary table, then one INSERT ... ON CONFLICT DO NOTHING on the
    unique key, so planning 100,000 subscriptions is a few bulk statements. Elsewhere:
    bulk_create with ignore_conflicts (the same key, the same outcome).
    """
    if connection.vendor != "postgresql":
        before = ReminderLog.objects.count()
        for start in range(0, len(rows), _BATCH):
            ReminderLog.objects.bulk_create(
                [ReminderLog(**r._asdict()) for r in rows[start : start + _BATCH]],
                ignore_conflicts=True,
            )
        return ReminderLog.objects.count() - before
    table = ReminderLog._meta.db_table
    with transaction.atomic(), connection.cursor() as cursor:
        # dropped explicitly: inside an outer transaction ON COMMIT DROP would come too late
        cursor.execute("DROP TABLE IF EXISTS planned_reminder")
        cursor.execute(
            "CREATE TEMPORARY TABLE planned_reminder (subscriber_id bigint, notice_id bigint, "
            "kind varchar(20), due_on date, detail jsonb)"
        )
        with cursor.cursor.copy("COPY planned_reminder FROM STDIN") as copy:
            for row in rows:
                copy.write_row(
                    (row.subscriber_id, row.notice_id, row.kind, row.due_on, json.dumps(row.detail))
                )
        cursor.execute(
            f"INSERT INTO {table} (subscriber_id, notice_id, kind, due_on, detail, planned_at) "  # noqa: S608 - table name from model meta
            "SELECT subscriber_id, notice_id, kind, due_on, detail, %s FROM planned_reminder "
            "ORDER BY subscriber_id, notice_id, kind, due_on "
            "ON CONFLICT DO NOTHING",
            [now],
        )
        inserted = cursor.rowcount
        cursor.execute("DROP TABLE planned_reminder")
        return inserted


def _plan_due_reminders(calendar, on, by_filter, by_notice) -> list[PlannedItem]:
    wanted = sorted({n for sub in (*_flat(by_filter), *_flat(by_notice)) for n in sub[5]})
    due_maps = {n: reminder_days_due(calendar, on, n) for n in wanted}
    last_days = {d for m in due_maps.values() for d in m}
    if not last_days:
        return []
    notices = _notice_facts(
        Notice.objects.public().open(on).filter(last_day__in=sorted(last_days)).order_by()
    )
    rows = []

    def owed(subscriber_id: int, n_values, notice: dict) -> None:
        for n in n_values:
            reminder_day = due_maps[n].get(notice["last_day"])
            if reminder_day is not None:
                rows.append(
                    PlannedItem(
                        subscriber_id=subscriber_id,
                        notice_id=notice["id"],
                        kind=ReminderKind.REMINDER,
                        due_on=max(reminder_day, notice["first_day"]),
                        detail={"working_days": n, "last_day": notice["last_day"].isoformat()},
                    )
                )

    index = FilterIndex(by_filter)
    for notice in notices.values():
        for sub in index.matching(notice):
            owed(sub[0], sub[5], notice)
    for notice_id, group in by_notice.items():
        if notice_id in notices:
            for sub in group:
                owed(sub[0], sub[5], notices[notice_id])
    return rows


def _plan_published(on, now, by_filter) -> list[PlannedItem]:
    if not by_filter:
        return []
    recent = Notice.objects.public().filter(created_at__gte=now - PUBLISHED_LOOKBACK)
    notices = _notice_facts(recent.order_by())
    rows = []
    index = FilterIndex(by_filter)
    for notice in notices.values():
        state = state_of_days(notice["first_day"], notice["last_day"], None, on)
        if state == WindowState.CLOSED:  # too late to respond: not worth announcing
            continue
        entered_on = timezone.localdate(notice["created_at"])
        for sub in index.matching(notice):
            if notice["created_at"] >= sub[6]:
                rows.append(
                    PlannedItem(
                        subscriber_id=sub[0],
                        notice_id=notice["id"],
                        kind=ReminderKind.PUBLISHED,
                        due_on=entered_on,
                    )
                )
    return rows


def _plan_changes(now, by_filter, by_notice) -> list[PlannedItem]:
    """Corrections, withdrawals and moved dates (edits and calendar changes) of followed notices."""
    since = now - CHANGED_LOOKBACK
    changes: dict[tuple[int, dt.date], dict] = {}
    for notice_id, at, old_last, new_last, reason in WindowChange.objects.filter(
        changed_at__gte=since, old_last_day__isnull=False
    ).values_list("notice_id", "changed_at", "old_last_day", "new_last_day", "reason"):
        detail = changes.setdefault((notice_id, timezone.localdate(at)), {"at": at})
        detail |= {
            "old_last_day": old_last.isoformat(),
            "new_last_day": new_last.isoformat() if new_last else None,
            "reason": reason,
        }
    for notice_id, at, review_state in Notice.history.filter(
        history_date__gte=since, history_type="~"
    ).values_list("id", "history_date", "review_state"):
        detail = changes.setdefault((notice_id, timezone.localdate(at)), {"at": at})
        detail["at"] = min(detail["at"], at)
        if review_state == "withdrawn":
            detail["withdrawn"] = True
    if not changes:
        return []
    notice_ids = {notice_id for notice_id, _day in changes}
    # followers: a notice subscription, or a filter subscriber already told about the notice
    followers: dict[int, dict[int, dt.datetime]] = defaultdict(dict)
    for notice_id in notice_ids & set(by_notice):
        for sub in by_notice[notice_id]:
            followers[notice_id][sub[0]] = sub[6]
    if by_filter:
        told = ReminderLog.objects.filter(
            notice_id__in=notice_ids, kind__in=[ReminderKind.PUBLISHED, ReminderKind.REMINDER]
        ).values_list("notice_id", "subscriber_id", "planned_at")
        for notice_id, subscriber_id, planned_at in told:
            followers[notice_id].setdefault(subscriber_id, planned_at)
    rows = []
    for (notice_id, day), detail in changes.items():
        for subscriber_id, since_at in followers.get(notice_id, {}).items():
            if detail["at"] >= since_at:
                rows.append(
                    PlannedItem(
                        subscriber_id=subscriber_id,
                        notice_id=notice_id,
                        kind=ReminderKind.CHANGED,
                        due_on=day,
                        detail={k: v for k, v in detail.items() if k != "at"},
                    )
                )
    return rows


class FilterIndex:
    """Filter subscriptions indexed by kind, then region, then text, for matching many notices.

    A notice is checked against each distinct (kind, region) once, and against the texts only
    within the groups that matched: far fewer checks than every filter times every notice.
    """

    def __init__(self, by_filter: dict[tuple[str, str, str], list[tuple]]):
        tree: dict[str, dict[str, dict[str, list[tuple]]]] = {}
        for (kind, region, text), group in by_filter.items():
            texts = tree.setdefault(kind, {}).setdefault(region, {})
            texts.setdefault(text.casefold(), []).extend(group)
        self._tree = {kind: list(regions.items()) for kind, regions in tree.items()}

    def matching(self, notice: dict):
        """Yield every subscription whose filter matches ``notice`` (see subscriptions.matches)."""
        for kind in {"", notice["kind"]}:
            for region, texts in self._tree.get(kind, ()):
                if region and region not in notice["region"]:
                    continue
                for text, group in texts.items():
                    if not text or text in notice["text"]:
                        yield from group


def _flat(groups: dict) -> list[tuple]:
    return [sub for group in groups.values() for sub in group]


# -- sending --------------------------------------------------------------------------------------


def send_due_reminders(on: dt.date, *, now: dt.datetime) -> int:
    """Send every unsent item, one digest a day per subscriber (or one message per item).

    Return the number of messages sent.
    """
    subscriber_ids = (
        ReminderLog.objects.filter(sent_at__isnull=True)
        .order_by("subscriber_id")
        .values_list("subscriber_id", flat=True)
        .distinct()
    )
    sent = 0
    with get_connection() as mail:
        for subscriber_id in list(subscriber_ids):
            sent += _send_to(subscriber_id, on, now, mail)
    return sent


def run_reminders(on: dt.date, *, now: dt.datetime) -> ReminderRun:
    """Plan what is owed on ``on``, then send everything unsent."""
    planned = plan_reminders(on, now=now)
    return ReminderRun(planned, send_due_reminders(on, now=now))


def _send_to(subscriber_id: int, on: dt.date, now: dt.datetime, mail) -> int:
    sent = 0
    while True:
        with transaction.atomic():
            subscriber = (
                Subscriber.objects.select_for_update(skip_locked=True)
                .filter(pk=subscriber_id)
                .first()
            )
            if subscriber is None:  # another worker is sending to this address right now
                return sent
            if subscriber.digest and subscriber.last_digest_on == on:
                return sent  # today's digest has gone; the rest waits for tomorrow's
            items = list(
                ReminderLog.objects.filter(subscriber=subscriber, sent_at__isnull=True)
                .select_related("notice")
                .order_by("notice__last_day", "notice_id", "id")
            )
            if not items:
                return sent
            live, stale = _split_stale(subscriber, items, on)
            batch = live if subscriber.digest else live[:1]
            if batch:
                _message(subscriber, batch, on, mail).send()
                sent += 1
            done = [i.pk for i in batch] + [i.pk for i in stale]
            ReminderLog.objects.filter(pk__in=done).update(sent_at=now)
            if subscriber.digest and batch:
                Subscriber.objects.filter(pk=subscriber.pk).update(last_digest_on=on)
                return sent


def _split_stale(subscriber: Subscriber, items: list[ReminderLog], on: dt.date):
    """Drop items no longer true: the address has no subscription left, or a reminder's notice
    was withdrawn, closed, or moved its last day (a new reminder is planned for the new day)."""
    if not subscriber.subscriptions.filter(confirmed_at__isnull=False).exists():
        return [], items
    live, stale = [], []
    for item in items:
        notice = item.notice
        if item.kind == ReminderKind.REMINDER and (
            notice.review_state != "confirmed"
            or notice.last_day is None
            or notice.last_day < on
            or item.detail.get("last_day") != notice.last_day.isoformat()
        ):
            stale.append(item)
        else:
            live.append(item)
    return live, stale


def _message(subscriber: Subscriber, items: list[ReminderLog], on: dt.date, mail) -> EmailMessage:
    calendar = calendar_source.get_calendar()
    unsubscribe = subscriptions.unsubscribe_url(subscriber)
    with translation.override(subscriber.language):
        context = {
            "on": format_day(on),
            "items": [_item_context(item, on, calendar) for item in items],
            "unsubscribe_url": unsubscribe,
            "count": len(items),
        }
        lang = subscriber.language
        subject = render_to_string(subscriptions._template("digest_subject", lang), context)
        body = render_to_string(subscriptions._template("digest", lang), context)
    key = "|".join(f"{i.subscriber_id}:{i.notice_id}:{i.kind}:{i.due_on}" for i in items)
    message_id = f"<{hashlib.sha256(key.encode()).hexdigest()[:32]}@noticetracker>"
    return EmailMessage(
        " ".join(subject.split()),
        body,
        to=[subscriber.email],
        connection=mail,
        headers={
            "Message-ID": message_id,
            "List-Unsubscribe": f"<{unsubscribe}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        },
    )


def _item_context(item: ReminderLog, on: dt.date, calendar: WorkCalendar) -> dict:
    notice = item.notice
    state = state_of_days(notice.first_day, notice.last_day, notice.closing_soon_from, on)
    left = None
    if notice.last_day and state in (WindowState.OPEN, WindowState.CLOSING_SOON):
        try:
            left = calendar.count_working_days(on, notice.last_day)
        except DeadlineError:
            left = None
    return {
        "kind": item.kind,
        "notice": notice,
        "url": subscriptions.absolute(notice.get_absolute_url()),
        "state": state_label(state),
        "last_day": format_day(notice.last_day) if notice.last_day else "",
        "working_days_left": left,
        "provisional": notice.provisional_years,
        "detail": item.detail,
        "withdrawn": item.detail.get("withdrawn") or notice.review_state == "withdrawn",
        "old_last_day": _day(item.detail.get("old_last_day")),
        "new_last_day": _day(item.detail.get("new_last_day")),
    }


def _day(iso: str | None) -> str:
    return format_day(dt.date.fromisoformat(iso)) if iso else ""


# -- the admins' daily summary ------------------------------------------------------------------


def admin_summary_body(on: dt.date) -> str:
    """What opened, became closing soon and closed on ``on``, and findings among them."""
    from . import services

    moved = StateTransition.objects.filter(on_day=on).select_related("notice")
    groups: dict[str, list[Notice]] = defaultdict(list)
    for transition in moved.order_by("notice__last_day", "notice_id"):
        groups[transition.to_state].append(transition.notice)
    calendar = calendar_source.get_calendar()
    findings = []
    seen = set()
    for notice in (n for state in ("open", "closing_soon") for n in groups.get(state, [])):
        if notice.pk in seen:
            continue
        seen.add(notice.pk)
        found = services.notice_findings(notice, calendar)
        if found:
            findings.append((notice, found))
    with translation.override(settings.LANGUAGE_CODE):
        return render_to_string(
            "notices/email/admin_summary.zh-hans.txt",
            {
                "on": format_day(on),
                "opened": groups.get("open", []),
                "closing_soon": groups.get("closing_soon", []),
                "closed": groups.get("closed", []),
                "findings": findings,
                "site_url": settings.SITE_URL,
            },
        )


def admin_recipients() -> list[str]:
    if settings.ADMINS:
        return [address for _name, address in settings.ADMINS]
    users = get_user_model().objects.filter(is_staff=True, is_active=True).exclude(email="")
    return sorted(users.values_list("email", flat=True))


def send_admin_summary(on: dt.date, *, now: dt.datetime) -> bool:
    """Send the summary for ``on`` once; return whether this call sent it."""
    recipients = admin_recipients()
    if not recipients:
        return False
    with transaction.atomic():
        summary, _created = AdminSummaryLog.objects.get_or_create(day=on)
        summary = AdminSummaryLog.objects.select_for_update().get(pk=summary.pk)
        if summary.sent_at:
            return False
        summary.body = admin_summary_body(on)
        EmailMessage(
            f"[noticetracker] {on.isoformat()} 每日摘要 / daily summary",
            summary.body,
            to=recipients,
        ).send()
        summary.sent_at = now
        summary.save(update_fields=["body", "sent_at"])
    return True
