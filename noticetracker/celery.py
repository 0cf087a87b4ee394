"""The Celery app: configured from Django settings (CELERY_* names), tasks autodiscovered."""

import os

from celery import Celery
from celery.signals import worker_init

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "noticetracker.settings")

app = Celery("noticetracker")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()


@worker_init.connect
def _prepare_worker(**kwargs):
    from .secret_key import require_real_secret_key
    from .worker import guard_detached_redis_channels

    require_real_secret_key()  # reminder emails carry signed links
    guard_detached_redis_channels()  # celery 5.7.0 / kombu 5.7.0: see noticetracker/worker.py
