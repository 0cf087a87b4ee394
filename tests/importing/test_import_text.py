"""Importing newspaper text: the command's JSON, saving drafts, duplicates, the admin screen."""

from __future__ import annotations

import json
from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.urls import reverse

from notices.models import Notice
from tests.conftest import SHARED, shared_json

pytestmark = pytest.mark.django_db

SEEDS = sorted((SHARED / "seeds").glob("*.txt"))
EXPECTED = shared_json("samples", "seed-notices.json").get("pages", {})
COMPARED = ("kind", "title", "issuer", "published_on", "window", "last_day", "contact", "links")


def _import(*args) -> tuple[dict, str]:
    out, err = StringIO(), StringIO()
    call_command("import_text", *args, stdout=out, stderr=err)
    return (json.loads(out.getvalue()) if out.getvalue() else {}), err.getvalue()


@pytest.mark.requires_shared
def test_import_text_json_matches_what_a_careful_reader_extracts():
    data, _ = _import(*map(str, SEEDS), "--json")
    assert set(data["pages"]) == set(EXPECTED)
    for page, expected in EXPECTED.items():
        got = data["pages"][page]
        assert len(got) == len(expected), page
        for want, have in zip(expected, got, strict=True):
            for key in COMPARED:
                if key == "window":
                    assert {k: have[key][k] for k in want[key]} == want[key]
                else:
                    assert have.get(key) == want.get(key), (page, key)
            if "last_day_if_publication_day_counts" in want:
                assert (
                    have["last_day_if_publication_day_counts"]
                    == want["last_day_if_publication_day_counts"]
                )


@pytest.mark.requires_shared
def test_import_text_save_makes_drafts_and_never_saves_a_duplicate():
    page = str(SHARED / "seeds" / "000_645557754b6be682.txt")
    _, err = _import(page, "--save")
    assert "saved 3 draft(s)" in err
    assert Notice.objects.filter(review_state="draft").count() == 3
    liquidation = Notice.objects.get(kind="liquidation")
    assert liquidation.last_day.isoformat() == "2024-08-22"
    assert liquidation.contacts.get().phone == "15147478119"
    _, err = _import(page, "--save")
    assert "3 duplicate(s) skipped" in err
    assert Notice.objects.count() == 3


def test_import_text_refuses_a_missing_file_and_survives_garbage(tmp_path):
    with pytest.raises(CommandError, match="cannot read"):
        _import(str(tmp_path / "missing.txt"))
    garbage = tmp_path / "garbage.txt"
    garbage.write_bytes(bytes(range(256)) * 100)
    data, err = _import(str(garbage), "--json")
    assert data["pages"]["garbage.txt"] == []
    assert err  # a clear message that the input is not readable text


@pytest.fixture
def admin_client(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("a", "a@example.com", "pw"))
    return client


@pytest.mark.requires_shared
def test_admin_import_screen_previews_with_highlights_and_saves_what_is_confirmed(admin_client):
    url = reverse("admin:notices_notice_import")
    assert admin_client.get(url).status_code == 200
    text = (SHARED / "seeds" / "000_645557754b6be682.txt").read_text("utf-8")
    preview = admin_client.post(url, {"action": "preview", "text": text, "outlet": "乌兰察布日报"})
    body = preview.content.decode()
    assert preview.status_code == 200
    assert body.count('class="import-row"') == 3
    assert "<mark" in body
    assert "截止时间 2024年7月22日 24:00" in body
    rows = preview.context["rows"]
    data = {"action": "save", "count": len(rows), "outlet": "乌兰察布日报"}
    for row in rows:
        form = row["form"]
        for name, field in form.fields.items():
            value = form.initial.get(name, field.initial)
            if value in (None, False):
                continue
            data[f"{form.prefix}-{name}"] = "on" if value is True else value
    data["p0-title"] = "注销公告（已更正）"
    saved = admin_client.post(url, data)
    assert saved.status_code == 302
    assert Notice.objects.filter(review_state="confirmed").count() == 3
    assert Notice.objects.filter(title="注销公告（已更正）").exists()
    again = admin_client.post(url, {"action": "preview", "text": text})
    assert all(row["duplicate"] for row in again.context["rows"])


def test_admin_import_refuses_empty_input_and_bad_corrections(admin_client):
    url = reverse("admin:notices_notice_import")
    empty = admin_client.post(url, {"action": "preview", "text": "   "})
    assert "errorlist" in empty.content.decode()
    bad = {
        "action": "save",
        "count": 1,
        "p0-include": "on",
        "p0-kind": "liquidation",
        "p0-title": "注销公告",
        "p0-published_on": "2024-02-30",
    }
    response = admin_client.post(url, bad)
    assert response.status_code == 200
    assert Notice.objects.count() == 0
