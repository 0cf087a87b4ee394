"""Flag every notice's window state now (the scheduled job, run by hand)."""

from __future__ import annotations

import datetime as dt

from django.core.management.base import BaseCommand
from django.utils import timezone

from notices.alerts import flagging
from notices.management.readiness import require_migrated_database


class Command(BaseCommand):
    help = "Move notices between upcoming, open, closing soon and closed; record transitions."

    def add_arguments(self, parser):
        parser.add_argument("--on", type=dt.date.fromisoformat, help="the day (default: today)")

    def handle(self, *args, on=None, **options):
        require_migrated_database()
        now = timezone.now()
        result = flagging.flag_notices(on or timezone.localdate(now), now=now)
        moves = ", ".join(f"{a or '-'}->{b}: {n}" for (a, b), n in sorted(result.moved.items()))
        self.stdout.write(
            f"{result.on.isoformat()}: moved {result.total} notices in {result.seconds:.2f}s"
            + (f" ({moves})" if moves else "")
        )
