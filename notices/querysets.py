"""What "open", "closing soon", "closed" and "upcoming" mean, defined once, on stored days.

Every method takes the day explicitly (a date in Asia/Shanghai, computed once at the edge) and
is a plain date comparison on indexed columns, so it runs the same in SQL on PostgreSQL and
SQLite. ``deadlines.windows.state_of_days`` is the same definition for one notice; a test
checks that the two agree.
"""

from __future__ import annotations

import datetime as dt

from django.db import models
from django.db.models import Case, F, Q, Value, When


class NoticeQuerySet(models.QuerySet):
    def with_window(self):
        return self.filter(first_day__isnull=False, last_day__isnull=False)

    def open(self, on: dt.date):
        """Windows that accept responses on ``on`` (closing-soon ones included)."""
        return self.filter(first_day__lte=on, last_day__gte=on)

    def closing_soon(self, on: dt.date):
        """Open windows in their last three working days on ``on``."""
        return self.open(on).filter(closing_soon_from__lte=on)

    def open_not_closing_soon(self, on: dt.date):
        return self.open(on).filter(closing_soon_from__gt=on)

    def closed(self, on: dt.date):
        """Windows whose last day (ending 24:00) is before ``on``."""
        return self.filter(last_day__lt=on)

    def upcoming(self, on: dt.date):
        """Windows that start after ``on``."""
        return self.filter(first_day__gt=on)

    def opening_between(self, first: dt.date, last: dt.date):
        """Windows whose first day falls in ``first`` .. ``last`` (both included)."""
        return self.filter(first_day__gte=first, first_day__lte=last)

    def closing_between(self, first: dt.date, last: dt.date):
        """Windows whose last day falls in ``first`` .. ``last`` (both included)."""
        return self.filter(last_day__gte=first, last_day__lte=last)

    def open_between(self, first: dt.date, last: dt.date):
        """Windows open on at least one day from ``first`` to ``last`` (e.g. in a month)."""
        return self.filter(first_day__lte=last, last_day__gte=first)

    def without_window(self):
        return self.filter(Q(first_day__isnull=True) | Q(last_day__isnull=True))

    def public(self):
        """Notices a citizen may see: confirmed by an admin (drafts and withdrawn ones are not)."""
        return self.filter(review_state="confirmed")

    def with_state(self, on: dt.date):
        """Annotate ``window_state`` with the same meaning as the methods above."""
        return self.annotate(
            window_state=Case(
                When(Q(first_day__isnull=True) | Q(last_day__isnull=True), then=Value("no_window")),
                When(first_day__gt=on, then=Value("upcoming")),
                When(last_day__lt=on, then=Value("closed")),
                When(closing_soon_from__lte=on, then=Value("closing_soon")),
                default=Value("open"),
                output_field=models.CharField(),
            )
        )

    def in_state(self, state: str, on: dt.date):
        """Filter by a state name (open, closing_soon, upcoming, closed, no_window)."""
        if state == "open":
            return self.open(on)
        if state == "closing_soon":
            return self.closing_soon(on)
        if state == "upcoming":
            return self.upcoming(on)
        if state == "closed":
            return self.closed(on)
        if state == "no_window":
            return self.without_window()
        raise ValueError(f"unknown window state {state!r}")

    def urgent_first(self, on: dt.date):
        """Order for citizens: open windows by nearest last day, then upcoming, closed, none.

        Annotates ``urgency`` (0 open or closing soon, 1 upcoming, 2 closed, 3 no window);
        within a group the nearest last day comes first, except that closed windows come most
        recent first, as in ``in_reading_order(on, "closed")``: one order for one meaning.
        ``ahead_day`` is the last day outside the closed group (NULL in it, so keyset paging
        skips it there); the newest id breaks ties (a total order for keyset paging). One
        extra ``CASE`` only: the unfiltered list sorts every row.
        """
        closed = Q(last_day__lt=on)
        return self.annotate(
            urgency=Case(
                When(Q(first_day__isnull=True) | Q(last_day__isnull=True), then=Value(3)),
                When(first_day__gt=on, then=Value(1)),
                When(closed, then=Value(2)),
                default=Value(0),
                output_field=models.IntegerField(),
            ),
            ahead_day=Case(When(~closed, then=F("last_day")), default=None),
        ).order_by("urgency", "ahead_day", "-last_day", "-id")

    def in_reading_order(self, on: dt.date, state: str | None = None):
        """Order a list for citizens: ``urgent_first`` for all states; by last day in one state.

        One state keeps a plain (last_day, id) order so PostgreSQL can walk an index instead of
        sorting; closed windows come most recent first.
        """
        if not state:
            return self.urgent_first(on)
        if state == "closed":
            return self.order_by("-last_day", "-id")
        return self.order_by("last_day", "id")

    def keyset_after(self, values: tuple):
        """Rows after the row whose ordering keys are ``values``, in the queryset's order.

        The order must be plain field or annotation names (``-`` for descending) ending in a
        unique key. A None value stands for a key that is NULL for the whole group it belongs
        to (the last day of notices without a window); that key is then skipped.
        """
        keys = [str(key) for key in self.query.order_by]
        condition = Q()
        equal = Q()
        for key, value in zip(keys, values, strict=True):
            if value is None:
                continue
            name = key.lstrip("-")
            lookup = "lt" if key.startswith("-") else "gt"
            condition |= equal & Q(**{f"{name}__{lookup}": value})
            equal &= Q(**{name: value})
        return self.filter(condition)

    def keyset_values(self, row) -> tuple:
        """The ordering keys of ``row`` (a member of this queryset) for ``keyset_after``."""
        return tuple(getattr(row, str(key).lstrip("-")) for key in self.query.order_by)
