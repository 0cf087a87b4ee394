"""Feeds: Atom (parsed back with feedparser) and iCalendar (parsed back with icalendar)."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import feedparser
import pytest
from django.urls import reverse
from icalendar import Calendar

pytestmark = pytest.mark.django_db
SHANGHAI = ZoneInfo("Asia/Shanghai")


def test_atom_feed_of_a_filter_parses_back(client, samples):
    response = client.get(reverse("notice-feed-atom"), {"kind": "eia_draft_comment"})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.version == "atom10"
    titles = [e.title for e in feed.entries]
    # newest entered first
    assert titles == [samples.xinlian_eia.title, samples.pipeline_eia.title]
    entry = feed.entries[1]
    assert entry.link.endswith(reverse("notice-detail", args=[samples.pipeline_eia.pk]))
    assert "还剩 3 个工作日，2024年7月22日 24:00 截止" in entry.summary
    assert feed.feed.link.endswith("/notices/?kind=eia_draft_comment")


def test_atom_feed_without_filters_lists_every_public_notice(client, samples):
    feed = feedparser.parse(client.get(reverse("notice-feed-atom")).content)
    assert {e.title for e in feed.entries} == {n.title for n in samples.public}


def test_notice_calendar_file_has_the_last_day_and_a_reminder(client, samples):
    notice = samples.pipeline_eia
    response = client.get(reverse("notice-calendar", args=[notice.pk]))
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert f'filename="notice-{notice.pk}.ics"' in response["Content-Disposition"]
    cal = Calendar.from_ical(response.content)
    assert [tz["TZID"] for tz in cal.walk("VTIMEZONE")] == ["Asia/Shanghai"]
    (event,) = cal.walk("VEVENT")
    start, end = event.decoded("DTSTART"), event.decoded("DTEND")
    assert start == dt.datetime(2024, 7, 22, 9, 0, tzinfo=SHANGHAI)
    assert end == dt.datetime(2024, 7, 23, 0, 0, tzinfo=SHANGHAI)
    assert str(start.tzinfo) == "Asia/Shanghai"
    assert "陕京四线" in str(event["SUMMARY"])
    assert "如果公告当日计入期限，请于7月19日前提出意见。" in str(event["DESCRIPTION"])
    (alarm,) = event.walk("VALARM")
    # 09:00 on 18 July: the day before the earliest possible last day the event advises (19 July)
    assert start + alarm.decoded("TRIGGER") == dt.datetime(2024, 7, 18, 9, 0, tzinfo=SHANGHAI)
    assert "最早" in str(alarm["DESCRIPTION"])
    assert str(alarm["ACTION"]) == "DISPLAY"


def test_reminder_is_the_day_before_the_last_day_when_the_counting_is_certain(client, samples):
    notice = samples.xinlian_eia  # the notice says the publication day is not counted
    cal = Calendar.from_ical(client.get(reverse("notice-calendar", args=[notice.pk])).content)
    (event,) = cal.walk("VEVENT")
    (alarm,) = event.walk("VALARM")
    assert alarm.decoded("TRIGGER") == -dt.timedelta(days=1)


def test_calendar_file_is_stamped_when_it_is_made_not_when_the_notice_changed(
    client, samples, time_machine
):
    time_machine.move_to(dt.datetime(2024, 7, 18, 10, 30, tzinfo=SHANGHAI), tick=False)
    notice = samples.pipeline_eia
    cal = Calendar.from_ical(client.get(reverse("notice-calendar", args=[notice.pk])).content)
    (event,) = cal.walk("VEVENT")
    assert event.decoded("DTSTAMP") == dt.datetime(2024, 7, 18, 2, 30, tzinfo=dt.UTC)
    assert event.decoded("LAST-MODIFIED") == notice.updated_at.replace(microsecond=0)


def test_calendar_feed_with_no_notices_is_a_valid_calendar(client, samples):
    response = client.get(reverse("notice-feed-ics"), {"q": "没有这样的公告"})
    assert response.status_code == 200
    cal = Calendar.from_ical(response.content)
    assert cal.walk("VEVENT") == []
    assert [tz["TZID"] for tz in cal.walk("VTIMEZONE")] == ["Asia/Shanghai"]
    assert cal.subcomponents  # RFC 5545: a calendar holds at least one component


def test_atom_entry_is_published_on_the_newspaper_day(client, samples):
    response = client.get(reverse("notice-feed-atom"), {"kind": "liquidation"})
    (entry,) = feedparser.parse(response.content).entries
    assert entry.published.startswith("2024-07-08T00:00:00+08:00")


def test_calendar_feed_of_a_filter_parses_back(client, samples):
    response = client.get(reverse("notice-feed-ics"), {"status": "open"})
    assert response.status_code == 200
    cal = Calendar.from_ical(response.content)
    days = [e.decoded("DTSTART").date() for e in cal.walk("VEVENT")]
    assert days == [dt.date(2024, 7, 18), dt.date(2024, 7, 22), dt.date(2024, 8, 22)]
    uids = {str(e["UID"]) for e in cal.walk("VEVENT")}
    assert len(uids) == 3


def test_calendar_file_of_a_notice_without_window_is_not_found(client, db, today):
    from tests.factories import NoticeFactory

    notice = NoticeFactory(kind="division", title="分立公告")
    assert notice.last_day is None
    assert client.get(reverse("notice-calendar", args=[notice.pk])).status_code == 404


def test_atom_summary_carries_notice_text_as_text_not_markup(client):
    from xml.etree import ElementTree

    from tests.factories import NoticeFactory

    NoticeFactory(issuer='"><img src=x onerror=alert(1)>', title="<b>注销公告</b>")
    response = client.get(reverse("notice-feed-atom"))
    assert response.status_code == 200
    atom = "{http://www.w3.org/2005/Atom}"
    entry = ElementTree.fromstring(response.content).find(f"{atom}entry")  # noqa: S314 - our own feed
    summary = entry.find(f"{atom}summary")
    assert summary.get("type") == "html"
    assert "<" not in summary.text  # what a reader parses as HTML holds no tag
    assert "&lt;img src=x onerror=alert(1)&gt;" in summary.text
    assert entry.find(f"{atom}title").get("type") in (None, "text")
