"""Reading an uploaded newspaper file in the background: the job, its progress, its pages."""

from __future__ import annotations

import datetime as dt
import uuid

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

#: A job that has not moved for this long is reported as failed (its worker died).
STALE_AFTER = dt.timedelta(minutes=10)
STUCK = "读取中断（后台任务停止）/ reading stopped: the background job did not finish"


class PageImportJob(models.Model):
    """One uploaded file (PDF or page images) read into notice proposals for a clerk."""

    class State(models.TextChoices):
        QUEUED = "queued", _("queued")
        RUNNING = "running", _("reading")
        DONE = "done", _("done")
        FAILED = "failed", _("failed")

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(default=timezone.now)
    filename = models.CharField(max_length=255)
    outlet = models.CharField(max_length=200, blank=True)
    data = models.BinaryField(blank=True)  # the upload; emptied once read
    state = models.CharField(max_length=10, choices=State.choices, default=State.QUEUED)
    page = models.PositiveIntegerField(default=0)
    pages = models.PositiveIntegerField(default=0)
    messages = models.JSONField(default=list, blank=True)
    #: {"items": [proposal JSON with page and box], "texts": [...], "source": document text}
    result = models.JSONField(default=dict, blank=True)

    class Meta:
        verbose_name = _("page import")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.filename} ({self.state})"

    @property
    def finished(self) -> bool:
        return self.state in (self.State.DONE, self.State.FAILED)

    @property
    def stuck(self) -> bool:
        return not self.finished and timezone.now() - self.updated_at > STALE_AFTER


class PageImage(models.Model):
    """A page of a job's file, rendered small, from which the field crops are cut."""

    job = models.ForeignKey(PageImportJob, on_delete=models.CASCADE, related_name="images")
    number = models.PositiveIntegerField()
    image = models.BinaryField()  # JPEG

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["job", "number"], name="one_image_per_job_page")
        ]

    def __str__(self) -> str:
        return f"page {self.number}"
