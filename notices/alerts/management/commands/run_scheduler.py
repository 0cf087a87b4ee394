"""Run the beat schedule in this process, executing due tasks here (the no-Redis default)."""

from __future__ import annotations

from celery import beat
from django.core.management.base import BaseCommand

from notices.management.readiness import require_migrated_database
from noticetracker.celery import app


class Command(BaseCommand):
    help = (
        "Run the scheduled jobs in-process on the stored schedule (no broker, no worker). "
        "With REDIS_URL set, run `celery -A noticetracker worker` and `beat` instead."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--max-interval", type=float, default=30.0, help="seconds between schedule checks"
        )

    def handle(self, *args, max_interval=30.0, **options):
        require_migrated_database()
        self.stdout.write("running the schedule in-process (Ctrl-C to stop)")
        beat.Service(
            app,
            max_interval=max_interval,
            scheduler_cls="notices.alerts.scheduler:InProcessScheduler",
        ).start()
