"""Health check for the scheduled jobs: broker reachable, workers answering, beat on time."""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone
from django_celery_beat.models import PeriodicTask

from notices.management.readiness import require_migrated_database
from noticetracker.celery import app


class Command(BaseCommand):
    help = "Exit 0 if the broker answers, a worker replies to ping, and flagging ran recently."

    def add_arguments(self, parser):
        parser.add_argument("--timeout", type=float, default=3.0)
        parser.add_argument(
            "--max-flag-age",
            type=int,
            default=30,
            help="minutes since flag-notices last ran before it counts as stale (0: skip)",
        )
        parser.add_argument("--no-worker", action="store_true", help="do not require a worker")

    def handle(self, *args, timeout=3.0, max_flag_age=30, no_worker=False, **options):
        require_migrated_database()
        problems = []
        if not settings.REDIS_URL:
            self.stdout.write("no REDIS_URL: in-process scheduler mode (manage.py run_scheduler)")
        else:
            try:
                with app.connection_for_write() as conn:
                    conn.ensure_connection(max_retries=1, timeout=timeout)
                self.stdout.write("broker: ok")
            except Exception as exc:  # any failure is the answer
                problems.append(f"broker unreachable: {exc}")
            if not no_worker and not problems:
                replies = app.control.ping(timeout=timeout)
                if replies:
                    self.stdout.write(f"workers: {len(replies)} answered")
                else:
                    problems.append("no worker answered ping")
        if max_flag_age:
            task = PeriodicTask.objects.filter(name="flag-notices").first()
            last = task.last_run_at if task else None
            if last is None or timezone.now() - last > dt.timedelta(minutes=max_flag_age):
                problems.append(f"flag-notices last ran at {last} (more than {max_flag_age} min)")
            else:
                self.stdout.write(f"flag-notices last ran: {last.isoformat()}")
        if problems:
            raise CommandError("; ".join(problems))
        self.stdout.write("healthy")
