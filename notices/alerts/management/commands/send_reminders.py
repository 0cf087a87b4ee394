"""Plan and send the reminders owed today (the scheduled job, run by hand)."""

from __future__ import annotations

import datetime as dt

from django.core.management.base import BaseCommand
from django.utils import timezone

from notices.alerts import reminders
from notices.management.readiness import require_migrated_database


class Command(BaseCommand):
    help = "Plan reminders due today and send every unsent one (digests at most once a day)."

    def add_arguments(self, parser):
        parser.add_argument("--on", type=dt.date.fromisoformat, help="the day (default: today)")
        parser.add_argument("--admin-summary", action="store_true", help="also the admin summary")

    def handle(self, *args, on=None, admin_summary=False, **options):
        require_migrated_database()
        now = timezone.now()
        day = on or timezone.localdate(now)
        result = reminders.run_reminders(day, now=now)
        self.stdout.write(f"{day}: planned {result.planned} items, sent {result.messages} messages")
        if admin_summary:
            sent = reminders.send_admin_summary(day, now=now)
            self.stdout.write("admin summary sent" if sent else "admin summary: nothing to send")
