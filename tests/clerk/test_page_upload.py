"""Uploading an e-paper PDF or a scan on the import screen: a background job, its progress,
the confirm screen with the page crops, and bad files."""

from __future__ import annotations

import datetime as dt
import io
import re
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from notices.clerk.models import PageImportJob
from notices.models import Notice
from tests.pages.typeset import SMALL, typeset

pytestmark = pytest.mark.django_db
PAGES = Path(__file__).resolve().parents[1] / "importer" / "pages"


@pytest.fixture
def admin_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("clerk", "clerk@example.com", "pw")
    client.force_login(user)
    return client


@pytest.fixture(scope="module")
def page_pdf(typesetting) -> bytes:
    text = next(PAGES.glob("p15_*.txt")).read_text(encoding="utf-8")
    return typeset([text], SMALL).pdf


def _upload(client, data: bytes, name: str):
    return client.post(
        reverse("admin:notices_notice_import"),
        {"action": "preview", "outlet": "阿拉善日报", "upload": SimpleUploadedFile(name, data)},
    )


def test_an_uploaded_pdf_is_read_by_a_job_and_confirmed_with_the_page_crops(admin_client, page_pdf):
    response = _upload(admin_client, page_pdf, "page.pdf")
    job = PageImportJob.objects.get()
    assert response.status_code == 302
    assert response.url == reverse("admin:notices_notice_import_job", args=[job.pk])
    assert (job.state, job.page, job.pages) == ("done", 1, 1)
    assert bytes(job.data) == b""  # the upload is not kept once read
    page = admin_client.get(response.url).content.decode()
    assert page.count('name="p0-title"') == 1
    assert "清算公告" in page
    assert "减资公告" in page
    crops = re.findall(r'src="([^"]+\.png\?box=[^"]+)"', page)
    assert len(crops) >= 3 * 4  # every notice, and its title, issuer, date...
    image = admin_client.get(crops[0].replace("&amp;", "&"))
    assert image["Content-Type"] == "image/png"
    from PIL import Image

    assert Image.open(io.BytesIO(image.content)).size[0] > 20
    form = {"action": "save", "count": "3", "outlet": "阿拉善日报"}
    for name, value in re.findall(r'name="(p\d-[a-z_]+)"[^>]*value="([^"]*)"', page):
        form[name] = value
    form.update({"p0-include": "on", "p0-kind": "liquidation"})
    saved = admin_client.post(reverse("admin:notices_notice_import"), form)
    assert saved.status_code == 302
    notice = Notice.objects.get()
    assert notice.title == "清算公告"
    assert notice.issuer == "阿拉善左旗巴润别立镇宏泰石材加工厂清算组"


def test_the_job_page_shows_progress_until_the_job_ends(admin_client, settings):
    settings.NOTICES_IMPORT_RUN = "celery"  # queued for a worker that is not running here
    job = PageImportJob.objects.create(filename="edition.pdf", data=b"%PDF", page=2, pages=8)
    PageImportJob.objects.filter(pk=job.pk).update(state="running")
    page = admin_client.get(reverse("admin:notices_notice_import_job", args=[job.pk]))
    html = page.content.decode()
    assert "Reading page 2 of 8" in html or "正在读取第 2 页" in html or "2 of 8" in html
    assert 'http-equiv="refresh"' in html


def test_a_job_whose_worker_died_is_reported_failed_not_left_running(admin_client):
    job = PageImportJob.objects.create(filename="edition.pdf", data=b"%PDF")
    PageImportJob.objects.filter(pk=job.pk).update(
        state="running", updated_at=timezone.now() - dt.timedelta(hours=1)
    )
    html = admin_client.get(reverse("admin:notices_notice_import_job", args=[job.pk])).content
    job.refresh_from_db()
    assert job.state == "failed"
    assert "reading stopped" in html.decode()
    assert b'http-equiv="refresh"' not in html


@pytest.mark.parametrize(
    ("data", "name", "says"),
    [
        (b"%PDF-1.7\n" + b"\x00garbage" * 100, "page.pdf", "the PDF is damaged or not a PDF"),
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "scan.pdf", "named as PDF but holds PNG"),
    ],
    ids=["corrupt-pdf", "png-named-pdf"],
)
def test_a_bad_file_ends_the_job_with_a_message_and_saves_nothing(admin_client, data, name, says):
    response = _upload(admin_client, data, name)
    job = PageImportJob.objects.get()
    assert job.state == "failed"
    html = admin_client.get(response.url).content.decode()
    assert says in html
    assert Notice.objects.count() == 0


def test_too_large_and_empty_uploads_are_refused_on_the_screen(admin_client, settings):
    settings.NOTICES_IMPORT_MAX_BYTES = 1000
    html = _upload(admin_client, b"%PDF-1.4" + b"0" * 2000, "big.pdf").content.decode()
    assert "larger than" in html or "大于" in html
    html = _upload(admin_client, b"", "empty.pdf").content.decode()
    assert PageImportJob.objects.count() == 0
    assert "empty" in html or "空" in html or "submitted file is empty" in html


def test_a_crop_needs_a_box_on_the_page(admin_client, page_pdf):
    response = _upload(admin_client, page_pdf, "page.pdf")
    job = PageImportJob.objects.get()
    url = reverse("admin:notices_notice_import_crop", args=[job.pk, 1])
    assert admin_client.get(url + "?box=0.5,0.5,0.2,0.2").status_code == 404
    assert admin_client.get(url + "?box=x").status_code == 404
    assert admin_client.get(url + "?box=0,0,1,1").status_code == 200
    assert response.status_code == 302
