"""The Celery app: configured from Django settings (CELERY_* names), tasks autodiscovered."""

import os

from celery import Celery
from celery.signals import worker_init

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "noticetracker.settings")

app = Celery("noticetracker")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()


@worker_init.connect
def _survive_broker_loss(**kwargs):
    # celery 5.7.0 / kombu 5.7.0: see noticetracker/worker.py
    from .worker import guard_detached_redis_channels

    guard_detached_redis_channels()
