"""What "open", "closing soon", "closed" and "upcoming" mean, defined once, on stored days.

Every method takes the day explicitly (a date in Asia/Shanghai, computed once at the edge) and
is a plain date comparison on indexed columns, so it runs the same in SQL on PostgreSQL and
SQLite. ``deadlines.windows.state_of_days`` is the same definition for one notice; a test
checks that the two agree.
"""

from __future__ import annotations

import datetime as dt

from django.db import models
from django.db.models import Case, Q, Value, When


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
