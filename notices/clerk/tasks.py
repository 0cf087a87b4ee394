"""The background job that reads an uploaded newspaper file (Celery; a thread without Redis).

It lives with the clerk's tools, not with the alerts: it serves the import screen, and its
model and views are the clerk's.
"""

from __future__ import annotations

import io
import threading

from celery import shared_task
from django.conf import settings
from django.db import connections, transaction
from django.utils import timezone

from notices.pages import page_images
from notices.reading import import_file, limits

from .models import PageImage, PageImportJob

FAILED = "读取失败 / reading failed ({error})"
CROP_DPI = 110


@shared_task(name="notices.clerk.read_page_file", soft_time_limit=1800, time_limit=1900)
def read_page_file(job_id: str) -> str:
    run(job_id)
    return job_id


def start(job: PageImportJob) -> None:
    """Queue the job: on the Celery worker when there is a broker, else in a thread here."""
    how = settings.NOTICES_IMPORT_RUN
    if how == "inline":
        run(str(job.pk))
    elif how == "celery":
        transaction.on_commit(lambda: read_page_file.delay(str(job.pk)))
    else:
        transaction.on_commit(
            lambda: threading.Thread(target=_in_thread, args=(str(job.pk),), daemon=True).start()
        )


def _in_thread(job_id: str) -> None:
    try:
        run(job_id)
    finally:
        connections.close_all()  # this thread's own connections: none is left open


def _update(job_id: str, **fields) -> None:
    PageImportJob.objects.filter(pk=job_id).update(updated_at=timezone.now(), **fields)


def run(job_id: str) -> None:
    """Read the job's file; whatever happens the job ends done or failed, with its messages."""
    job = PageImportJob.objects.filter(pk=job_id).first()
    if job is None or job.finished:
        return
    _update(job_id, state=PageImportJob.State.RUNNING)
    data = bytes(job.data)
    try:
        imported = import_file(
            data, job.filename, progress=lambda n, m: _update(job_id, page=n, pages=m)
        )
        if imported.document.ok:
            _save_images(job, data)
        _update(
            job_id,
            state=PageImportJob.State.DONE if imported.document.ok else PageImportJob.State.FAILED,
            messages=list(imported.messages),
            result={
                "items": list(imported.items),
                "texts": list(imported.texts),
                "source": imported.document.text,
            },
            data=b"",
        )
    except BaseException as exc:  # including Celery's time limit: never leave a job running
        _update(
            job_id,
            state=PageImportJob.State.FAILED,
            messages=[FAILED.format(error=type(exc).__name__)],
            data=b"",
        )
        if not isinstance(exc, Exception):
            raise


def _save_images(job: PageImportJob, data: bytes) -> None:
    for number, image in page_images(data, CROP_DPI, limits()):
        buffer = io.BytesIO()
        image.convert("RGB").save(buffer, "JPEG", quality=80)
        PageImage.objects.update_or_create(
            job=job, number=number, defaults={"image": buffer.getvalue()}
        )
