"""Recompute every notice's window with the rules of this release."""

from __future__ import annotations

from django.core.management.base import BaseCommand

from notices import services
from notices.management.readiness import require_migrated_database


class Command(BaseCommand):
    help = (
        "Recompute the stored window days (first day, last day, closing soon, earliest last "
        "day) of every notice with the current calendar and counting rules. Run it after an "
        "upgrade whose release notes change how windows are counted; each changed window is "
        "logged as a window change with REASON. Loading a calendar year recomputes on its own."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--reason",
            default="counting rules changed",
            help="what the window-change log says moved the days (default: %(default)s)",
        )

    def handle(self, *args, reason, **options):
        require_migrated_database()
        result = services.recompute_windows(reason=reason)
        self.stdout.write(
            self.style.SUCCESS(
                f"Examined {result.examined} notices; {result.changed} windows changed "
                f"({result.seconds:.1f} s)."
            )
        )
