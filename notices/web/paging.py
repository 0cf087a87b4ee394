"""Keyset paging for very large notice lists: no COUNT, no OFFSET, a signed "after" cursor.

A page fetches one row more than it shows to know whether a next page exists. The cursor holds
the ordering keys of the last row shown, signed so that a hand-edited cursor is a clear error.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.core import signing

_SALT = "notices.web.paging"


class BadCursor(ValueError):
    """The cursor in the URL was not made by this site (or by another secret key)."""


@dataclass(frozen=True)
class Page:
    rows: list
    next_cursor: str | None
    is_first: bool


def _plain(value):
    return value.isoformat() if isinstance(value, dt.date) else value


def encode_cursor(values: tuple) -> str:
    return signing.dumps([_plain(v) for v in values], salt=_SALT, compress=True)


def decode_cursor(cursor: str) -> tuple:
    try:
        values = signing.loads(cursor, salt=_SALT)
    except (signing.BadSignature, ValueError, UnicodeError) as exc:
        raise BadCursor("this page link is not valid; start again from the first page") from exc
    if not isinstance(values, list) or not all(
        v is None or isinstance(v, int | str) for v in values
    ):
        raise BadCursor("this page link is not valid; start again from the first page")
    return tuple(values)


def page_after(queryset, cursor: str | None, size: int) -> Page:
    """Return the page after ``cursor`` (None: the first page) of an ordered NoticeQuerySet."""
    ordered = queryset
    if cursor:
        values = decode_cursor(cursor)
        if len(values) != len(queryset.query.order_by):
            raise BadCursor("this page link belongs to another list; start again")
        queryset = queryset.keyset_after(values)
    rows = list(queryset[: size + 1])
    has_next = len(rows) > size
    rows = rows[:size]
    next_cursor = encode_cursor(ordered.keyset_values(rows[-1])) if has_next else None
    return Page(rows, next_cursor, is_first=not cursor)
