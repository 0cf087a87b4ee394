"""Hostile data in every text field of a notice, publication, contact and link, then every
output rendered: no 500, no live markup, no injected calendar property, and a clear refusal
where validation refuses the text.

Each hostile string is first offered to validation field by field (what the admin, the API and
the importer go through), then written the way a shell or a migration would, without validation,
into every field at once; then every output is rendered from what was stored.
"""

# ruff: noqa: S314 - the XML parsed here is our own feed

from __future__ import annotations

import datetime as dt
import json
from xml.etree import ElementTree

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.urls import reverse
from icalendar import Calendar

from notices.alerts import reminders, subscriptions
from notices.deadlines.windows import CHINA_TZ
from notices.models import Contact, Link, Notice, Publication, Subscriber, Subscription
from notices.plain_text import UNSHOWABLE_IN_LINE, UNSHOWABLE_IN_TEXT
from tests.factories import NoticeFactory

pytestmark = pytest.mark.django_db

SCRIPT = "<script>alert(1)</script>"
IMG = '"><img src=x onerror=alert(1)>'
ONE_LINE = "refused by every one-line field"
#: name -> (hostile string, refused by every text field?)
HOSTILE = {
    "vertical_tab": ("注销\x0b公告", True),
    "nul": ("注销\x00公告", True),
    "escape": ("注销\x1b[31m公告", True),
    "c1_control": ("注销\x85公告", True),
    "lone_surrogate": ("注销\ud83d公告", True),
    "rtl_override": ("注销\u202egpj.exe", True),
    # line breaks belong in the full text only (which every output escapes)
    "ical_crlf": ("注销\r\nDTSTART:19700101T000000Z\r\nX-INJECTED:1", ONE_LINE),
    "ical_lf": ("注销\nBEGIN:VALARM\nX-INJECTED:1", ONE_LINE),
    "one_megabyte": ("字" * 1_000_000, True),
    "script": (SCRIPT, False),
    "img": (IMG, False),
    "javascript_url": ("javascript:alert(1)", False),
    "data_url": ("data:text/html,<script>alert(1)</script>", False),
}
FIELDS = {
    Notice: ("title", "subject", "issuer", "province", "city", "county", "full_text",
             "response_hours"),
    Publication: ("outlet", "page", "url"),
    Contact: ("name", "phone", "email", "address", "postcode"),
    Link: ("url", "label"),
}  # fmt: skip
URL_FIELDS = {(Publication, "url"), (Link, "url")}
ON = dt.date(2024, 8, 20)  # the notice (published 2024-07-08) is closing soon: a reminder is due


def blank(model, notice: Notice | None):
    if model is Notice:
        return NoticeFactory.build()
    extra = (
        {"channel": "newspaper", "published_on": notice.published_on}
        if model is Publication
        else {}
    )
    if model is Link:
        extra = {"url": "https://example.com/report"}
    return model(notice=notice, **extra)


def offer(model, field: str, value: str, notice: Notice | None) -> str | None:
    """Validate one field holding the value; return the refusal message, or None if accepted."""
    instance = blank(model, notice)
    setattr(instance, field, value)
    try:
        instance.full_clean(exclude=["created_at"] if model is Notice else ["notice"])
    except ValidationError as refused:
        return " ".join(refused.message_dict.get(field, [])) or "refused elsewhere"
    return None


def store_without_validation(value: str) -> Notice:
    notice = NoticeFactory(published_on=dt.date(2024, 7, 8))
    Notice.objects.filter(pk=notice.pk).update(**dict.fromkeys(FIELDS[Notice], value))
    Publication.objects.create(
        notice=notice, channel="newspaper", published_on=notice.published_on,
        **dict.fromkeys(FIELDS[Publication], value),
    )  # fmt: skip
    Contact.objects.create(notice=notice, **dict.fromkeys(FIELDS[Contact], value))
    Link.objects.create(notice=notice, **dict.fromkeys(FIELDS[Link], value))
    return Notice.objects.get(pk=notice.pk)


def assert_no_live_markup(body: str, where: str) -> None:
    lowered = body.lower()
    assert SCRIPT not in body, where
    assert "<img src=x" not in lowered, where
    assert 'href="javascript:' not in lowered, where
    assert 'href="data:' not in lowered, where


def assert_no_injected_calendar_property(ics: bytes, where: str) -> None:
    text = ics.decode()
    lines = text.replace("\r\n ", "").split("\r\n")
    assert not any(line.startswith(("X-INJECTED", "DTSTART:19700101T000000Z")) for line in lines), (
        where
    )
    calendar = Calendar.from_ical(ics)
    for event in calendar.walk("VEVENT"):
        assert "X-INJECTED" not in event, where
        assert len([k for k in event if k == "DTSTART"]) == 1, where


@pytest.fixture
def admin_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("admin", "admin@example.com", "pw")
    client.force_login(user)
    return client


@pytest.mark.parametrize("name", list(HOSTILE))
def test_hostile_text_is_refused_clearly_or_shown_harmlessly_in_every_output(name, admin_client):
    value, refused_everywhere = HOSTILE[name]
    owner = NoticeFactory()
    for model, fields in FIELDS.items():
        for field in fields:
            refusal = offer(model, field, value, owner if model is not Notice else None)
            must_refuse = refused_everywhere is True or (
                refused_everywhere == ONE_LINE and field != "full_text"
            )
            if must_refuse or ((model, field) in URL_FIELDS and "://" not in value[:10]):
                assert refusal, f"{model.__name__}.{field} accepted {name}"
            if refusal:
                assert len(refusal) >= 5, refusal  # a sentence, not a code

    notice = store_without_validation(value)
    stored = [getattr(notice, f) for f in FIELDS[Notice]]
    stored += [getattr(o, f) for o in notice.contacts.all() for f in FIELDS[Contact]]
    stored += [getattr(o, f) for o in notice.links.all() for f in FIELDS[Link]]
    stored += [getattr(o, f) for o in notice.publications.all() for f in FIELDS[Publication]]
    for text in stored:
        assert not UNSHOWABLE_IN_TEXT.search(text), name
    assert not UNSHOWABLE_IN_LINE.search(notice.title), name
    assert all(not link.url or link.url.startswith("http") for link in notice.links.all())

    client = admin_client
    pk = notice.pk
    for url in ("/", "/notices/?q=公告", f"/notices/{pk}/",
                reverse("admin:notices_notice_changelist") + "?q=注销",
                reverse("admin:notices_notice_change", args=[pk])):  # fmt: skip
        response = client.get(url)
        assert response.status_code == 200, url
        assert_no_live_markup(response.content.decode(), url)

    for url in ("/api/notices/", f"/api/notices/{pk}/"):
        response = client.get(url)
        assert response.status_code == 200, url
        json.loads(response.content)

    atom = client.get("/notices/feed/atom/")
    assert atom.status_code == 200
    ns = "{http://www.w3.org/2005/Atom}"
    for entry in ElementTree.fromstring(atom.content).iter(f"{ns}entry"):
        assert "<" not in (entry.find(f"{ns}summary").text or "")
        assert entry.find(f"{ns}title").get("type") in (None, "text")

    for url in (f"/notices/{pk}/calendar.ics", "/notices/feed/calendar.ics?status=closed"):
        response = client.get(url)
        assert response.status_code == 200, url
        assert_no_injected_calendar_property(response.content, url)

    subscriber = Subscriber.objects.create(email="reader@example.com")
    subscription = Subscription.objects.create(
        subscriber=subscriber, notice=notice, confirmed_at=dt.datetime(2024, 7, 1, tzinfo=CHINA_TZ)
    )
    subscriptions.send_confirmation(subscription)
    reminders.run_reminders(ON, now=dt.datetime.combine(ON, dt.time(8), CHINA_TZ))
    assert len(mail.outbox) >= 2, "the confirmation and the reminder"
    for message in mail.outbox:
        raw = message.message().as_bytes()  # headers must serialize (no header injection)
        assert "\n" not in message.subject
        assert b"X-INJECTED" not in raw.split(b"\n\n", 1)[0]
    reminder = mail.outbox[-1]
    assert reminder.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
