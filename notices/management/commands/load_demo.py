"""Load (or remove) the demo register: made-up notices dated relative to today."""

from __future__ import annotations

import datetime as dt

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from notices import demo
from notices.management.readiness import require_migrated_database


class Command(BaseCommand):
    help = (
        "Replace the demo register (notices marked as demo data, titles starting 【演示】) with "
        "one dated relative to today: open, closing soon, upcoming, just closed, provisional and "
        "with findings. --remove deletes it and loads nothing (for a real installation)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--on", help="date the register for this day (YYYY-MM-DD; default today)"
        )
        parser.add_argument("--remove", action="store_true", help="only delete the demo notices")

    def handle(self, *args, on=None, remove=False, **options):
        require_migrated_database()
        if remove:
            self.stdout.write(f"removed {demo.remove_demo()} demo notice(s)")
            return
        try:
            today = dt.date.fromisoformat(on) if on else timezone.localdate()
        except ValueError:
            raise CommandError(f"{on!r} is not a date; use YYYY-MM-DD") from None
        made = demo.load_demo(today)
        self.stdout.write(f"demo register for {today.isoformat()} (demo data, not real notices):")
        for notice, shows in made:
            last_day = notice.last_day.isoformat() if notice.last_day else "-"
            self.stdout.write(f"  #{notice.pk} {shows:<13} last day {last_day}  {notice.title}")
