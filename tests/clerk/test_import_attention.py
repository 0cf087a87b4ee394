"""The import screen: what the importer could not read is pointed out, on the text as decoded."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from tests.conftest import REPO_ROOT

pytestmark = pytest.mark.django_db

PAGES = REPO_ROOT / "tests" / "importer" / "pages"

# Written by us: a liquidation notice whose publication day the page does not print.
UNDATED = """清算公告
演示物流有限公司经股东会决议解散，已成立清算组。请债权人自接到通知书之日起三十日内，
未接到通知书的自本公告发布之日起四十五日内，向清算组申报债权。
联系人：王先生 电话：0471-5550123
演示物流有限公司清算组
"""


@pytest.fixture
def admin_client(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("a", "a@example.com", "pw"))
    return client


def test_a_proposal_without_its_publication_day_is_marked_as_needing_attention(admin_client):
    url = reverse("admin:notices_notice_import")
    page = admin_client.post(url, {"action": "preview", "text": UNDATED})
    assert page.status_code == 200
    html = page.content.decode()
    assert "import-attention" in html
    assert "发布日期" in html or "publication day" in html


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("zh-hans", "导入程序未能读出公告发布日期、期限（期间长度或最后一日）。请在下方填写"),
        (
            "en",
            "the importer could not read the publication day, the window (its period or "
            "its last day). Fill it in below",
        ),
    ],
)
def test_what_needs_attention_is_one_sentence_in_the_clerks_language(
    admin_client, language, sentence
):
    # an undated page with no period either: two things to fill in, listed as the language lists
    text = "清算公告\n演示物流有限公司经股东会决议解散，已成立清算组，请债权人申报债权。\n"
    text += "联系人：王先生 电话：0471-5550123\n演示物流有限公司清算组\n"
    page = admin_client.post(
        reverse("admin:notices_notice_import"),
        {"action": "preview", "text": text},
        HTTP_ACCEPT_LANGUAGE=language,
    )
    assert sentence in page.content.decode()


def test_a_complete_proposal_needs_no_attention(admin_client):
    text = (PAGES / "p21_two_notices_titles_before.txt").read_text("utf-8")
    page = admin_client.post(reverse("admin:notices_notice_import"), {"text": text})
    assert page.status_code == 200
    assert "import-attention" not in page.content.decode()


def test_an_uploaded_gb18030_page_is_highlighted_on_its_decoded_text(admin_client):
    text = (PAGES / "p21_two_notices_titles_before.txt").read_text("utf-8")
    upload = SimpleUploadedFile("page.txt", text.encode("gb18030"), content_type="text/plain")
    page = admin_client.post(reverse("admin:notices_notice_import"), {"upload": upload})
    assert page.status_code == 200
    html = page.content.decode()
    assert "<mark" in html
    assert "\ufffd" not in html  # nothing was decoded as UTF-8 by mistake


def test_the_proposed_close_is_written_as_the_admin_writes_it_not_as_iso(admin_client):
    # p21's first notice: published 2024-07-05, 45 days counted from the next day
    text = (PAGES / "p21_two_notices_titles_before.txt").read_text("utf-8")
    html = admin_client.post(reverse("admin:notices_notice_import"), {"text": text}).content
    html = html.decode()
    assert "截止时间 2024年8月19日 24:00" in html
    assert "2024-08-19" not in html.split("import-fields")[0]
