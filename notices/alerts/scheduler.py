"""The beat schedule: stored by django-celery-beat, seeded from settings, run by beat or in-process.

``SeedingDatabaseScheduler`` is what ``celery beat`` uses: the schedule lives in the database
(admin → Periodic tasks), and the entries of ``CELERY_BEAT_SCHEDULE`` are created there when
missing but never overwritten, so an admin's change survives a restart and a deploy.

``InProcessScheduler`` is the same scheduler, except that a due task runs right here in this
process instead of being sent to a broker: the embedded default without Redis
(``manage.py run_scheduler``). Same task code, same schedule; only the distribution differs.
"""

from __future__ import annotations

import logging

from celery.beat import _evaluate_entry_args, _evaluate_entry_kwargs
from django_celery_beat.models import PeriodicTask
from django_celery_beat.schedulers import DatabaseScheduler

logger = logging.getLogger(__name__)


class SeedingDatabaseScheduler(DatabaseScheduler):
    """django-celery-beat's scheduler; settings seed missing entries and never overwrite."""

    def setup_schedule(self) -> None:
        seed_schedule(self.app)  # before the first read of self.schedule, which caches it
        self.install_default_entries(self.schedule)


def seed_schedule(app) -> list[str]:
    """Create the settings' default entries that are not in the database yet; return their names."""
    from django_celery_beat.schedulers import ModelEntry

    existing = set(PeriodicTask.objects.values_list("name", flat=True))
    created = []
    for name, fields in app.conf.beat_schedule.items():
        if name not in existing:
            ModelEntry.from_entry(name, app=app, **fields)
            created.append(name)
    return created


class InProcessScheduler(SeedingDatabaseScheduler):
    """Run each due task in this process (no broker), with the task's own retry policy."""

    def setup_schedule(self) -> None:
        self.app.loader.import_default_modules()  # register the tasks (autodiscovery) here
        super().setup_schedule()

    def apply_async(self, entry, producer=None, advance=True, **kwargs):
        entry = self.reserve(entry) if advance else entry
        task = self.app.tasks.get(entry.task)
        try:
            if task is None:
                logger.error("scheduled task %s is not registered", entry.task)
                return None
            result = task.apply(
                _evaluate_entry_args(entry.args), _evaluate_entry_kwargs(entry.kwargs)
            )
            if result.failed():
                logger.error("scheduled task %s failed: %s", entry.name, result.result)
            return result
        finally:
            self._tasks_since_sync += 1
            if self.should_sync():
                self._do_sync()
