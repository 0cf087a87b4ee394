"""The admin: list at a glance, read-only computed days, stale edits refused, bad input."""

from __future__ import annotations

import datetime as dt

import pytest
from django.urls import reverse

from notices.models import Notice
from tests.factories import NoticeFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("admin", "admin@example.com", "pw")
    client.force_login(user)
    return client


def _form_data(notice: Notice, **changes) -> dict:
    data = {
        "kind": notice.kind,
        "title": notice.title,
        "subject": notice.subject,
        "issuer": notice.issuer,
        "province": notice.province,
        "city": notice.city,
        "county": "",
        "full_text": "",
        "review_state": notice.review_state,
        "published_on": notice.published_on.isoformat() if notice.published_on else "",
        "opened_version": notice.version,
    }
    for prefix in ("publications", "contacts", "links"):
        data.update({f"{prefix}-TOTAL_FORMS": 0, f"{prefix}-INITIAL_FORMS": 0})
    data.update(changes)
    return data


def test_admin_list_shows_state_and_findings_in_chinese(admin_client):
    NoticeFactory(published_on=dt.date(2026, 12, 1))
    response = admin_client.get(reverse("admin:notices_notice_changelist"))
    assert response.status_code == 200
    body = response.content.decode()
    assert "暂定" in body or "provisional" in body
    for state in ("open", "closing_soon", "closed", "upcoming", "no_window"):
        url = reverse("admin:notices_notice_changelist") + f"?state={state}"
        assert admin_client.get(url).status_code == 200


def test_admin_change_page_shows_why_this_date(admin_client):
    notice = NoticeFactory(eia_draft=True, published_on=dt.date(2024, 7, 8))
    response = admin_client.get(reverse("admin:notices_notice_change", args=[notice.pk]))
    assert response.status_code == 200
    assert "2024年7月13日" in response.content.decode()


def test_admin_save_recomputes_the_window(admin_client):
    notice = NoticeFactory(published_on=dt.date(2024, 7, 8))
    url = reverse("admin:notices_notice_change", args=[notice.pk])
    response = admin_client.post(url, _form_data(notice, published_on="2025-08-18"))
    assert response.status_code == 302, response.content.decode()[:2000]
    notice.refresh_from_db()
    assert notice.last_day == dt.date(2025, 10, 9)  # RULES §7 E1: past the National Day holiday
    assert notice.version == 2


def test_admin_refuses_an_edit_made_on_a_stale_copy(admin_client):
    notice = NoticeFactory()
    url = reverse("admin:notices_notice_change", args=[notice.pk])
    stale = _form_data(notice, title="mine")
    admin_client.post(url, _form_data(notice, title="theirs"))
    response = admin_client.post(url, stale)
    assert response.status_code == 200
    assert "version" in response.content.decode()
    assert Notice.objects.get(pk=notice.pk).title == "theirs"


@pytest.mark.parametrize(
    "changes",
    [
        {"window_length": "0"},
        {"stated_first_day": "2024-07-09", "stated_last_day": "2024-07-01"},
        {"published_on": "2099-01-01"},
        {"kind": "bogus"},
        {"published_on": "2024-02-30"},
    ],
)
def test_admin_shows_a_clear_error_for_bad_input_and_saves_nothing(admin_client, changes):
    notice = NoticeFactory()
    url = reverse("admin:notices_notice_change", args=[notice.pk])
    response = admin_client.post(url, _form_data(notice, **changes))
    assert response.status_code == 200
    assert "errornote" in response.content.decode() or "errorlist" in response.content.decode()
    assert Notice.objects.get(pk=notice.pk).version == 1


def test_admin_refuses_a_bad_phone_in_a_contact(admin_client):
    notice = NoticeFactory()
    url = reverse("admin:notices_notice_change", args=[notice.pk])
    data = _form_data(notice)
    data.update(
        {
            "contacts-TOTAL_FORMS": 1,
            "contacts-0-name": "张飞",
            "contacts-0-phone": "call me maybe",
            "contacts-0-email": "not-an-email",
        }
    )
    response = admin_client.post(url, data)
    assert response.status_code == 200
    assert notice.contacts.count() == 0


def test_calendar_year_admin_edit_recomputes_windows(admin_client):
    response = admin_client.get(reverse("admin:notices_calendaryear_change", args=[2024]))
    assert response.status_code == 200


def test_admin_refuses_an_edit_that_does_not_say_which_version_it_was_made_on(admin_client):
    notice = NoticeFactory()
    url = reverse("admin:notices_notice_change", args=[notice.pk])
    admin_client.post(url, _form_data(notice, title="theirs"))
    response = admin_client.post(url, _form_data(notice, title="scripted", opened_version=""))
    assert response.status_code == 200
    assert "未注明是基于公告的哪个版本" in response.content.decode()
    saved = Notice.objects.get(pk=notice.pk)
    assert (saved.title, saved.version) == ("theirs", 2)


def test_admin_refuses_a_control_character_in_a_title_and_names_it(admin_client):
    notice = NoticeFactory()
    url = reverse("admin:notices_notice_change", args=[notice.pk])
    response = admin_client.post(url, _form_data(notice, title="注销\x0b公告"))
    assert response.status_code == 200
    assert "U+000B" in response.content.decode()
    assert Notice.objects.get(pk=notice.pk).version == 1
