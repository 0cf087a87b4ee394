"""Keyset paging for very large notice lists: no COUNT, no OFFSET, a signed "after" cursor.

A page fetches one row more than it shows to know whether a next page exists. The cursor holds
the ordering keys of the last row shown, signed so that a hand-edited cursor is a clear error.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
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


def filter_scope(filterset) -> str:
    """Name the list a filter selects (its cleaned values), so a cursor fits only that list."""
    if filterset is None or not filterset.is_bound or not filterset.is_valid():
        return ""
    chosen = sorted(
        (name, str(value))
        for name, value in filterset.form.cleaned_data.items()
        if value not in (None, "", [], ())
    )
    return hashlib.sha256(json.dumps(chosen, ensure_ascii=False).encode()).hexdigest()[:16]


def encode_cursor(values: tuple, scope: str = "") -> str:
    return signing.dumps(
        {"after": [_plain(v) for v in values], "list": scope}, salt=_SALT, compress=True
    )


def decode_cursor(cursor: str, scope: str = "") -> tuple:
    try:
        data = signing.loads(cursor, salt=_SALT)
    except (signing.BadSignature, ValueError, UnicodeError) as exc:
        raise BadCursor("this page link is not valid; start again from the first page") from exc
    values = data.get("after") if isinstance(data, dict) else None
    if not isinstance(values, list) or not all(
        v is None or isinstance(v, int | str) for v in values
    ):
        raise BadCursor("this page link is not valid; start again from the first page")
    if data.get("list") != scope:
        raise BadCursor("this page link belongs to another search; start again")
    return tuple(values)


def page_after(queryset, cursor: str | None, size: int, scope: str = "") -> Page:
    """Return the page after ``cursor`` (None: the first page) of an ordered NoticeQuerySet.

    ``scope`` names the list (``filter_scope``): a cursor made for another list is refused.
    """
    ordered = queryset
    if cursor:
        values = decode_cursor(cursor, scope)
        if len(values) != len(queryset.query.order_by):
            raise BadCursor("this page link belongs to another list; start again")
        queryset = queryset.keyset_after(values)
    rows = list(queryset[: size + 1])
    has_next = len(rows) > size
    rows = rows[:size]
    next_cursor = encode_cursor(ordered.keyset_values(rows[-1]), scope) if has_next else None
    return Page(rows, next_cursor, is_first=not cursor)
