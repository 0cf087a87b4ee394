"""Reminders: plan what each confirmed subscriber is owed, send it once, and the admin summary.

Planning writes one ReminderLog row per (subscriber, notice, kind, due day), skipping keys
already planned (ON CONFLICT DO NOTHING on that unique key), so planning twice plans nothing
new. Python matches notices against the distinct filters (however many people share one); the
database expands each matched filter into its subscribers' items with one INSERT ... SELECT per
kind of item, so the items themselves (~900,000 for 100,000 subscriptions in the benchmark) are
never built in Python.

Sending locks the subscriber's row (``SKIP LOCKED``: two workers never send to the same person
at once), sends the unsent rows as one message (a daily digest) or one message each, and marks
them sent in the same transaction. A crash before the commit leaves the rows unsent, and the
next run sends them: nothing is lost. The Message-ID is derived from the rows' keys, so a resend
after a crash in the instant between the mail server's acceptance and the commit is recognisably
the same.

Reminder day convention: a reminder "n working days before the last day" is due on the n-th
last working day of the window (n = 3: the day the window becomes closing soon; n = 1: the last
day itself, which ends at 24:00). Missed days are caught up while the window is still open.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import time
from collections import defaultdict
from dataclasses import dataclass
from typing import NamedTuple

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage, get_connection
from django.db import DatabaseError, connection, transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation

from notices import calendar_source
from notices.deadlines.errors import DeadlineError
from notices.deadlines.windows import WindowState, state_of_days
from notices.deadlines.workdays import WorkCalendar
from notices.models import (
    AdminSummaryLog,
    Notice,
    ReminderKind,
    ReminderLog,
    StateTransition,
    Subscriber,
    Subscription,
    WindowChange,
)
from notices.presentation import format_day, state_label

from . import subscriptions

logger = logging.getLogger(__name__)

#: A notice is announced if it became public (was confirmed) within this many days (the job runs
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
    fields += ("first_day", "last_day", "public_since")
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


class Audience:
    """The confirmed subscriptions, grouped: one group per distinct filter, one per notice.

    Matching works on groups (a notice against a few thousand distinct filters, not against
    every subscription); the database then expands each matched group into its members.
    """

    def __init__(self, subs: list[tuple]):
        self.by_filter: dict[tuple[str, str, str], list[tuple]] = defaultdict(list)
        self.by_notice: dict[int, list[tuple]] = defaultdict(list)
        for sub in subs:
            if sub[1]:
                self.by_notice[sub[1]].append(sub)
            else:
                self.by_filter[(sub[2], sub[3], sub[4])].append(sub)
        self.filter_group = {key: n for n, key in enumerate(self.by_filter, start=1)}
        first = len(self.filter_group) + 1
        self.notice_group = {notice_id: first + n for n, notice_id in enumerate(self.by_notice)}
        self.index = FilterIndex(self.filter_group)
        #: (group, subscriber, confirmed_at) and (group, subscriber, n working days)
        self.members: list[tuple] = []
        self.member_days: list[tuple] = []
        groups = [(self.filter_group[k], g) for k, g in self.by_filter.items()]
        groups += [(self.notice_group[k], g) for k, g in self.by_notice.items()]
        for group_id, group in groups:
            for sub in group:
                self.members.append((group_id, sub[0], sub[6]))
                self.member_days.extend((group_id, sub[0], n) for n in _reminder_days(sub[5]))

    def reminder_days(self) -> set[int]:
        return {n for _group, _subscriber, n in self.member_days}


def _reminder_days(value) -> list[int]:
    """The subscription's working-day counts; anything else stored there is ignored."""
    if not isinstance(value, list):
        return []
    return sorted({n for n in value if isinstance(n, int) and not isinstance(n, bool) and n > 0})


def plan_reminders(on: dt.date, *, now: dt.datetime) -> int:
    """Plan every message item owed on ``on``: new notices, reminders, changes. Return new rows."""
    calendar = calendar_source.get_calendar()
    subs = list(_live_subscriptions())
    if not subs:
        return 0
    audience = Audience(subs)
    due, due_matches = _due_matches(calendar, on, audience)
    published = _published_matches(on, now, audience) if audience.by_filter else []
    changes = _plan_changes(now, audience.by_filter, audience.by_notice)
    return _write_plan(audience, due, due_matches, published, changes, now)


def _due_matches(calendar, on, audience: Audience) -> tuple[list[tuple], list[tuple]]:
    """Reminder days owed on ``on`` as (n, last day, reminder day), and the matched notices
    as (group, notice, first day, last day)."""
    due_maps = {n: reminder_days_due(calendar, on, n) for n in audience.reminder_days()}
    due = [(n, last, day) for n, days in due_maps.items() for last, day in days.items()]
    if not due:
        return [], []
    last_days = sorted({last for _n, last, _day in due})
    notices = _notice_facts(
        Notice.objects.public().open(on).filter(last_day__in=last_days).order_by()
    )
    matches = []
    for notice in notices.values():
        facts = (notice["id"], notice["first_day"], notice["last_day"])
        matches.extend((group_id, *facts) for group_id in audience.index.matching(notice))
        if notice["id"] in audience.notice_group:
            matches.append((audience.notice_group[notice["id"]], *facts))
    return due, matches


def _published_matches(on, now, audience: Audience) -> list[tuple]:
    """Newly public notices still worth announcing, as (group, notice, public on, public since).

    "Public" is when an admin confirmed the notice, so a draft confirmed days after it was
    entered is announced then; a subscriber hears of notices that became public after they
    confirmed their subscription.
    """
    recent = Notice.objects.public().filter(public_since__gte=now - PUBLISHED_LOOKBACK)
    matches = []
    for notice in _notice_facts(recent.order_by()).values():
        state = state_of_days(notice["first_day"], notice["last_day"], None, on)
        if state == WindowState.CLOSED:  # too late to respond: not worth announcing
            continue
        since = notice["public_since"]
        entered = (notice["id"], timezone.localdate(since), since)
        matches.extend((group_id, *entered) for group_id in audience.index.matching(notice))
    return matches


_PLAN_TABLES = {
    "plan_member": "group_id integer, subscriber_id bigint, confirmed_at {datetime}",
    "plan_member_day": "group_id integer, subscriber_id bigint, n integer",
    "plan_due": "n integer, last_day date, reminder_day date",
    "plan_due_match": "group_id integer, notice_id bigint, first_day date, last_day date",
    "plan_published": "group_id integer, notice_id bigint, public_on date, public_since {datetime}",
    "plan_changed": "subscriber_id bigint, notice_id bigint, kind varchar(20), due_on date, "
    "detail {json}",
}


def _write_plan(audience, due, due_matches, published, changes, now) -> int:
    """Write the items owed, skipping keys already planned; return how many are new.

    Matched groups are expanded into their members' items in the database, one INSERT ...
    SELECT per kind of item; the (few) change items come ready-made.
    """
    if not due_matches and not published and not changes:
        return 0
    ops = connection.ops
    postgres = connection.vendor == "postgresql"
    if postgres:
        later = "GREATEST"
        detail = (
            "jsonb_build_object('working_days', d.n, 'last_day', to_char(m.last_day, 'YYYY-MM-DD'))"
        )
        empty = "'{}'::jsonb"
        types = {"datetime": "timestamptz", "json": "jsonb"}
    else:
        later = "MAX"
        detail = "json_object('working_days', d.n, 'last_day', m.last_day)"
        empty = "'{}'"
        types = {"datetime": "text", "json": "text"}
    when = ops.adapt_datetimefield_value
    rows = {
        "plan_member": [(g, s, when(c)) for g, s, c in audience.members],
        "plan_member_day": audience.member_days,
        "plan_due": [
            (n, ops.adapt_datefield_value(a), ops.adapt_datefield_value(b)) for n, a, b in due
        ],
        "plan_due_match": [
            (g, i, ops.adapt_datefield_value(f), ops.adapt_datefield_value(last))
            for g, i, f, last in due_matches
        ],
        "plan_published": [
            (g, i, ops.adapt_datefield_value(d), when(c)) for g, i, d, c in published
        ],
        "plan_changed": [
            (
                c.subscriber_id,
                c.notice_id,
                c.kind,
                ops.adapt_datefield_value(c.due_on),
                json.dumps(c.detail),
            )
            for c in changes
        ],
    }
    planned = 0
    with transaction.atomic(), connection.cursor() as cursor:
        if postgres:  # one planner at a time: see _insert_new
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [_PLAN_LOCK_KEY])
            # the DISTINCT ON sorts of ~10^6 items stay in memory instead of spilling to disk
            cursor.execute("SET LOCAL work_mem = '256MB'")
        for name, spec in _PLAN_TABLES.items():
            _temporary_table(cursor, name, spec.format(**types), rows[name])
        planned += _insert_new(
            cursor,
            f"SELECT md.subscriber_id, m.notice_id, %s AS kind, "  # noqa: S608 - SQL constants
            f"{later}(d.reminder_day, m.first_day) AS due_on, {detail} AS detail, "
            "%s AS planned_at "
            "FROM plan_due_match AS m "
            "JOIN plan_due AS d ON d.last_day = m.last_day "
            "JOIN plan_member_day AS md ON md.group_id = m.group_id AND md.n = d.n",
            [ReminderKind.REMINDER.value, when(now)],
        )
        planned += _insert_new(
            cursor,
            f"SELECT mb.subscriber_id, p.notice_id, %s AS kind, p.public_on AS due_on, "  # noqa: S608
            f"{empty} AS detail, %s AS planned_at "
            "FROM plan_published AS p "
            "JOIN plan_member AS mb ON mb.group_id = p.group_id "
            "AND p.public_since >= mb.confirmed_at",
            [ReminderKind.PUBLISHED.value, when(now)],
        )
        planned += _insert_new(
            cursor,
            "SELECT subscriber_id, notice_id, kind, due_on, detail, %s AS planned_at "
            "FROM plan_changed",
            [when(now)],
        )
        for name in _PLAN_TABLES:
            cursor.execute(f"DROP TABLE {name}")
    return planned


#: Any constant of our own: the advisory lock that serializes reminder planning.
_PLAN_LOCK_KEY = 0x4E_4F_54_50  # "NOTP"


def _insert_new(cursor, select: str, params: list) -> int:
    """Insert the items of ``select`` whose key is not planned yet; return how many.

    PostgreSQL: the items are deduplicated (DISTINCT ON the key) and the planned keys left out
    with an anti-join, then inserted plainly: cheaper than ON CONFLICT's speculative inserts,
    and safe because planners hold an advisory lock (the unique key stays as the backstop).
    SQLite (whose writers are serialized anyway): ON CONFLICT DO NOTHING on the unique key.
    """
    table = ReminderLog._meta.db_table
    columns = "subscriber_id, notice_id, kind, due_on, detail, planned_at"
    if connection.vendor == "postgresql":
        sql = (
            f"INSERT INTO {table} ({columns}) SELECT {columns} FROM ("  # noqa: S608 - names from model meta and constants
            f"SELECT DISTINCT ON (subscriber_id, notice_id, kind, due_on) * FROM ({select}) AS i "
            "ORDER BY subscriber_id, notice_id, kind, due_on) AS p "
            f"WHERE NOT EXISTS (SELECT 1 FROM {table} AS r WHERE r.subscriber_id = p.subscriber_id "
            "AND r.notice_id = p.notice_id AND r.kind = p.kind AND r.due_on = p.due_on)"
        )
    else:
        # "WHERE true" keeps SQLite from reading ON CONFLICT as a join condition
        sql = (
            f"INSERT INTO {table} ({columns}) SELECT {columns} FROM ({select}) AS p "  # noqa: S608
            "WHERE true ORDER BY 1, 2, 3, 4 ON CONFLICT DO NOTHING"
        )
    cursor.execute(sql, params)
    return max(cursor.rowcount, 0)


def _temporary_table(cursor, name: str, columns: str, rows: list[tuple]) -> None:
    """A temporary table filled with ``rows`` (COPY on PostgreSQL)."""
    # dropped explicitly: inside an outer transaction ON COMMIT DROP would come too late
    cursor.execute(f"DROP TABLE IF EXISTS {name}")
    cursor.execute(f"CREATE TEMPORARY TABLE {name} ({columns})")
    if not rows:
        return
    if connection.vendor == "postgresql":
        with cursor.cursor.copy(f"COPY {name} FROM STDIN") as copy:  # psycopg 3
            for row in rows:
                copy.write_row(row)
        cursor.execute(f"ANALYZE {name}")  # the joins are planned on real row counts
    else:
        marks = ", ".join(["%s"] * len(rows[0]))
        for start in range(0, len(rows), _BATCH):
            cursor.executemany(f"INSERT INTO {name} VALUES ({marks})", rows[start : start + _BATCH])  # noqa: S608


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
    """Distinct filters indexed by kind, then region, then text, for matching many notices.

    A notice is checked against each distinct (kind, region) once, and against the texts only
    within the groups that matched: far fewer checks than every filter times every notice.
    """

    def __init__(self, filter_group: dict[tuple[str, str, str], int]):
        tree: dict[str, dict[str, dict[str, list[int]]]] = {}
        for (kind, region, text), group_id in filter_group.items():
            texts = tree.setdefault(kind, {}).setdefault(region, {})
            texts.setdefault(text.casefold(), []).append(group_id)
        self._tree = {kind: list(regions.items()) for kind, regions in tree.items()}

    def matching(self, notice: dict):
        """Yield the group of every filter that matches ``notice`` (see subscriptions.matches)."""
        for kind in {"", notice["kind"]}:
            for region, texts in self._tree.get(kind, ()):
                if region and region not in notice["region"]:
                    continue
                for text, groups in texts.items():
                    if not text or text in notice["text"]:
                        yield from groups


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
        handed_over: _SentMark | None = None
        try:
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
                mark = _SentMark(
                    [i.pk for i in batch] + [i.pk for i in stale],
                    subscriber.pk if subscriber.digest and batch else None,
                )
                if batch:
                    _message(subscriber, batch, on, mail).send()
                    handed_over = mark
                    sent += 1
                mark.write(on, now)
                handed_over = None
                if mark.digest_of is not None:
                    return sent
        except DatabaseError:
            if handed_over is not None:
                # The mail server has the message but the database went away before the
                # commit: record it as sent once the database is back, or it goes out twice.
                _mark_after_outage(handed_over, on, now)
            raise


class _SentMark(NamedTuple):
    """What one send marks: the items sent (or dropped), and whose digest day it was."""

    item_ids: list[int]
    digest_of: int | None

    def write(self, on: dt.date, now: dt.datetime) -> None:
        ReminderLog.objects.filter(pk__in=self.item_ids, sent_at__isnull=True).update(sent_at=now)
        if self.digest_of is not None:
            Subscriber.objects.filter(pk=self.digest_of).update(last_digest_on=on)


#: How long a sent message's mark waits for the database to come back (seconds).
MARK_PATIENCE = 120


def _mark_after_outage(mark: _SentMark, on: dt.date, now: dt.datetime) -> None:
    deadline = time.monotonic() + MARK_PATIENCE
    pause = 0.5
    while True:
        connection.close()  # the broken connection; the next query opens a new one
        try:
            with transaction.atomic():
                mark.write(on, now)
        except DatabaseError:
            if time.monotonic() > deadline:
                logger.error(
                    "Sent items %s could not be marked as sent; they may go out again",
                    mark.item_ids,
                )
                return
            time.sleep(pause)
            pause = min(pause * 2, 5)
        else:
            logger.warning("Marked items %s as sent after a database outage", mark.item_ids)
            return


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
    from notices import services

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
        found = services.notice_findings(notice, calendar, on)
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
