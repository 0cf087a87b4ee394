"""Keep every notice's stored ``flagged_state`` current, set-based, and record each move.

One statement per transition (from one state to another): on PostgreSQL an ``UPDATE ...
RETURNING`` inside a CTE that inserts the StateTransition rows, so the rows moved and the rows
recorded are the same rows; elsewhere (SQLite, whose write transactions are exclusive) an
``INSERT ... SELECT`` then an ``UPDATE`` with the same condition. The conditions are the
NoticeQuerySet methods, so "closing soon" means here what it means on every page.

Race-safe and idempotent: the pass holds a transaction-scoped advisory lock on PostgreSQL, and
every statement only touches rows still in the old state, so a second pass, or a second worker
at the same moment, finds nothing left to move.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from dataclasses import dataclass, field

from django.db import connection, transaction
from django.db.models.sql.subqueries import UpdateQuery

from notices.deadlines.windows import WindowState
from notices.models import Notice, StateTransition

logger = logging.getLogger(__name__)

#: Every value ``flagged_state`` can hold; "" is a notice never flagged.
FLAGGED_STATES = ("", *(s.value for s in WindowState))
#: Any constant of our own: the advisory lock that serializes flagging passes.
_ADVISORY_LOCK_KEY = 0x4E_4F_54_46  # "NOTF"


@dataclass(frozen=True)
class FlagResult:
    on: dt.date
    moved: dict[tuple[str, str], int] = field(default_factory=dict)
    seconds: float = 0.0

    @property
    def total(self) -> int:
        return sum(self.moved.values())


def notices_in_state(state: str, on: dt.date):
    """The notices whose stored days put them in ``state`` on ``on`` (states are disjoint)."""
    if state == WindowState.OPEN:
        return Notice.objects.open_not_closing_soon(on)
    return Notice.objects.in_state(state, on)


def flag_notices(on: dt.date, *, now: dt.datetime) -> FlagResult:
    """Move every notice whose flagged state differs from its state on ``on``, and record it.

    ``on`` is the day in Asia/Shanghai and ``now`` the aware moment recorded; both come from
    the caller (a task or command computes them once), so tests control the clock.
    """
    started = time.perf_counter()
    moved: dict[tuple[str, str], int] = {}
    with transaction.atomic():
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("SELECT pg_advisory_xact_lock(%s)", [_ADVISORY_LOCK_KEY])
        for target in (s.value for s in WindowState):
            target_qs = notices_in_state(target, on)
            for source in FLAGGED_STATES:
                if source == target:
                    continue
                count = _move(target_qs.filter(flagged_state=source), source, target, on, now)
                if count:
                    moved[(source, target)] = count
    result = FlagResult(on, moved, time.perf_counter() - started)
    if result.total:
        logger.info("flagged %s notices for %s: %s", result.total, on, moved)
    return result


def _update_sql(queryset, target: str, now: dt.datetime) -> tuple[str, tuple]:
    query = queryset.query.chain(UpdateQuery)
    query.add_update_values({"flagged_state": target, "flagged_at": now})
    return query.get_compiler(connection=connection).as_sql()


def _move(queryset, source: str, target: str, on: dt.date, now: dt.datetime) -> int:
    notice_table = Notice._meta.db_table
    transition_table = StateTransition._meta.db_table
    columns = "(notice_id, on_day, changed_at, from_state, to_state)"
    update_sql, update_params = _update_sql(queryset, target, now)
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            sql = (
                f"WITH moved AS ({update_sql} RETURNING {notice_table}.id) "  # noqa: S608 - names from model meta, values as parameters
                f"INSERT INTO {transition_table} {columns} SELECT id, %s, %s, %s, %s FROM moved"
            )
            cursor.execute(sql, [*update_params, on, now, source, target])
            return cursor.rowcount
        select_sql, select_params = (
            queryset.order_by().values_list("id").query.get_compiler(connection=connection).as_sql()
        )
        cursor.execute(
            f"INSERT INTO {transition_table} {columns} "  # noqa: S608 - names from model meta
            f"SELECT id, %s, %s, %s, %s FROM ({select_sql}) AS moved",
            [on, now, source, target, *select_params],
        )
        cursor.execute(update_sql, update_params)
        return cursor.rowcount
