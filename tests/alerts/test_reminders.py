"""Reminders: planned once per key, sent once, in the subscriber's language, never unconfirmed."""

from __future__ import annotations

import datetime as dt
from unittest import mock

import pytest
from django.core import mail
from django.test import override_settings

from notices import services
from notices.alerts import reminders, subscriptions
from notices.deadlines.windows import CHINA_TZ
from notices.models import ReminderLog, Subscriber, Subscription
from tests.factories import NoticeFactory

pytestmark = pytest.mark.django_db

PUBLISHED = dt.date(2024, 7, 8)  # last day Thu 2024-08-22, closing soon from Tue 2024-08-20
ENTERED = dt.datetime(2024, 7, 8, 10, 0, tzinfo=CHINA_TZ)
SUBSCRIBED = dt.datetime(2024, 7, 1, 10, 0, tzinfo=CHINA_TZ)


def at(day: dt.date, hour: int = 8) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour), CHINA_TZ)


def run(day: dt.date, hour: int = 8) -> reminders.ReminderRun:
    return reminders.run_reminders(day, now=at(day, hour))


def follower(email="a@example.com", *, confirmed=True, language="zh-hans", digest=True, **filt):
    subscriber, _ = Subscriber.objects.get_or_create(
        email=email, defaults={"language": language, "digest": digest}
    )
    filt.setdefault("kind", "liquidation") if "notice" not in filt else None
    return Subscription.objects.create(
        subscriber=subscriber,
        created_at=SUBSCRIBED,
        confirmed_at=SUBSCRIBED if confirmed else None,
        **filt,
    )


@pytest.fixture
def notice():
    return NoticeFactory(published_on=PUBLISHED, created_at=ENTERED)


def test_a_reminder_is_sent_once_when_the_notice_becomes_closing_soon(notice):
    follower(notice=notice)
    assert run(dt.date(2024, 8, 19)).messages == 0
    result = run(dt.date(2024, 8, 20))
    assert (result.planned, result.messages) == (1, 1)
    assert len(mail.outbox) == 1
    body = mail.outbox[0].body
    assert notice.title in body
    assert "2024年8月22日" in body
    assert "还剩 3 个工作日" in body
    # again the same day, and after a restart: nothing planned, nothing sent
    assert run(dt.date(2024, 8, 20), hour=9) == reminders.ReminderRun(0, 0)
    assert run(dt.date(2024, 8, 21)) == reminders.ReminderRun(0, 0)
    assert len(mail.outbox) == 1
    # the one-working-day reminder falls on the last day itself
    assert run(dt.date(2024, 8, 22)).messages == 1
    assert "还剩 1 个工作日" in mail.outbox[1].body
    assert ReminderLog.objects.filter(sent_at__isnull=False).count() == 2


def test_nothing_is_sent_to_an_unconfirmed_address(notice):
    follower(notice=notice, confirmed=False)
    assert run(dt.date(2024, 8, 20)) == reminders.ReminderRun(0, 0)
    assert mail.outbox == []


def test_a_missed_day_is_caught_up_while_the_window_is_open_and_not_after(notice):
    follower(notice=notice, reminder_days=[3])
    assert run(dt.date(2024, 8, 21)).messages == 1  # the scheduler was down on the 20th
    other = NoticeFactory(published_on=PUBLISHED, created_at=ENTERED)
    follower(email="b@example.com", notice=other)
    assert run(dt.date(2024, 8, 23)) == reminders.ReminderRun(0, 0)  # closed: too late


def test_chosen_reminder_days_are_honoured(notice):
    follower(notice=notice, reminder_days=[5])
    assert run(dt.date(2024, 8, 15)).messages == 0
    assert run(dt.date(2024, 8, 16)).messages == 1  # 5th-last working day: Fri 16 .. Thu 22


def test_a_digest_gathers_the_days_items_into_one_message_at_most_once_a_day(notice):
    second = NoticeFactory(published_on=PUBLISHED, created_at=ENTERED)
    follower()  # every liquidation notice
    assert run(dt.date(2024, 8, 20)).messages == 1
    assert len(mail.outbox) == 1
    assert notice.title in mail.outbox[0].body
    assert second.title in mail.outbox[0].body
    third = NoticeFactory(published_on=PUBLISHED, created_at=at(dt.date(2024, 8, 20), 9))
    assert run(dt.date(2024, 8, 20), hour=10).messages == 0  # today's digest has gone
    assert run(dt.date(2024, 8, 21)).messages == 1
    assert third.title in mail.outbox[1].body


def test_without_a_digest_each_item_is_its_own_message(notice):
    NoticeFactory(published_on=PUBLISHED, created_at=ENTERED)
    follower(digest=False)
    assert run(dt.date(2024, 8, 20)).messages == 2


def test_a_matching_notice_published_after_confirmation_is_announced_once(notice):
    follower(region="乌兰察布")
    announced = NoticeFactory(published_on=dt.date(2024, 8, 1), created_at=at(dt.date(2024, 8, 1)))
    NoticeFactory(published_on=dt.date(2024, 8, 1), city="呼和浩特市")  # another region
    assert run(dt.date(2024, 8, 1), hour=9).messages == 1
    assert announced.title in mail.outbox[0].body
    assert "新发布的公告" in mail.outbox[0].body
    assert run(dt.date(2024, 8, 2)).messages == 0


def test_a_filter_matching_nothing_sends_nothing(notice):
    follower(text="不存在的公司")
    assert run(dt.date(2024, 8, 20)) == reminders.ReminderRun(0, 0)


def test_followers_are_told_when_a_notice_is_extended_corrected_or_withdrawn(notice):
    follower(notice=notice, reminder_days=[1])
    day = dt.date(2024, 8, 10)
    with mock.patch("django.utils.timezone.now", return_value=at(day, 7)):
        notice.stated_last_day = dt.date(2024, 9, 6)
        services.record_notice(notice, reason="更正：延长申报期")
    assert run(day).messages == 1
    assert "2024年8月22日（星期四） → 2024年9月6日（星期五）" in mail.outbox[0].body
    day = dt.date(2024, 8, 12)
    with mock.patch("django.utils.timezone.now", return_value=at(day, 7)):
        notice.review_state = "withdrawn"
        services.record_notice(notice)
    assert run(day).messages == 1
    assert "此公告已撤回" in mail.outbox[1].body


def test_followers_are_told_when_the_calendar_moves_a_provisional_last_day():
    from notices.deadlines.schedules import YearSchedule

    notice = NoticeFactory(published_on=dt.date(2026, 12, 20))
    follower(notice=notice, reminder_days=[1])
    assert notice.provisional_years == "2027"
    run(dt.date(2027, 1, 5))
    assert mail.outbox == []
    days_off = {dt.date(2027, 2, d): "春节（测试）" for d in range(1, 6)}
    services.load_schedules([YearSchedule(year=2027, days_off=days_off, makeup_workdays={})])
    assert run(reminders.timezone.localdate()).messages == 1
    assert "2027年2月3日（星期三） → 2027年2月8日（星期一）" in mail.outbox[0].body


def test_a_provisional_last_day_is_called_provisional_in_the_reminder():
    notice = NoticeFactory(published_on=dt.date(2026, 12, 20))
    follower(notice=notice, reminder_days=[1])
    assert run(dt.date(2027, 2, 3)).messages == 1
    assert "2027 年节假日安排尚未公布" in mail.outbox[0].body


def test_messages_are_in_the_subscribers_language_with_a_one_click_unsubscribe(notice):
    sub = follower(notice=notice, language="en")
    run(dt.date(2024, 8, 20))
    message = mail.outbox[0]
    assert message.subject == f"Closing soon: {notice.title}"
    assert "3 working days left" in message.body
    link = subscriptions.unsubscribe_url(sub.subscriber)
    assert f"Unsubscribe (one click, all subscriptions): {link}" in message.body
    assert message.extra_headers["List-Unsubscribe"] == f"<{link}>"
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"


def test_a_crash_while_sending_loses_nothing_and_the_retry_sends_once(notice):
    follower(notice=notice)
    with (
        mock.patch("django.core.mail.EmailMessage.send", side_effect=OSError("SMTP down")),
        pytest.raises(OSError, match="SMTP down"),
    ):
        run(dt.date(2024, 8, 20))
    assert ReminderLog.objects.get().sent_at is None
    assert run(dt.date(2024, 8, 20), hour=9).messages == 1
    assert run(dt.date(2024, 8, 20), hour=10).messages == 0
    assert len(mail.outbox) == 1


def test_an_unsubscribed_address_gets_no_pending_item(notice):
    sub = follower(notice=notice)
    reminders.plan_reminders(dt.date(2024, 8, 20), now=at(dt.date(2024, 8, 20)))
    subscriptions.unsubscribe(subscriptions.unsubscribe_token(sub.subscriber))
    assert run(dt.date(2024, 8, 20)).messages == 0
    assert mail.outbox == []


@override_settings(ADMINS=[("", "admin@example.com")])
def test_the_admin_summary_lists_the_days_moves_once_a_day(notice):
    from notices.alerts import flagging

    day = dt.date(2024, 8, 20)
    flagging.flag_notices(day, now=at(day, 0))
    assert reminders.send_admin_summary(day, now=at(day, 7)) is True
    assert reminders.send_admin_summary(day, now=at(day, 8)) is False
    assert len(mail.outbox) == 1
    body = mail.outbox[0].body
    assert mail.outbox[0].to == ["admin@example.com"]
    assert "即将截止 / closing soon (1)" in body
    assert notice.title in body


def test_planned_rows_carry_their_key_and_detail(notice):
    follower(reminder_days=[3, 1])
    follower("b@example.com", region="乌兰察布")  # entered weeks ago: a reminder, no announcement
    early = follower("c@example.com", notice=notice)
    now = at(dt.date(2024, 8, 20))
    assert reminders.plan_reminders(dt.date(2024, 8, 20), now=now) == 3
    rows = {
        (r.subscriber.email, r.kind): r
        for r in ReminderLog.objects.select_related("subscriber").order_by("id")
    }
    assert set(rows) == {
        ("a@example.com", "reminder"),
        ("b@example.com", "reminder"),
        ("c@example.com", "reminder"),
    }
    reminder = rows[("a@example.com", "reminder")]
    assert reminder.due_on == dt.date(2024, 8, 20)
    assert reminder.detail == {"working_days": 3, "last_day": "2024-08-22"}
    assert reminder.planned_at == now
    assert rows[("c@example.com", "reminder")].subscriber_id == early.subscriber_id
    assert reminders.plan_reminders(dt.date(2024, 8, 20), now=now) == 0


def test_a_notice_entered_before_the_confirmation_is_not_announced():
    entered = at(dt.date(2024, 8, 1), 9)
    NoticeFactory(published_on=dt.date(2024, 8, 1), created_at=entered)
    sub = follower(region="乌兰察布")
    Subscription.objects.filter(pk=sub.pk).update(confirmed_at=entered + dt.timedelta(minutes=1))
    assert reminders.plan_reminders(dt.date(2024, 8, 1), now=at(dt.date(2024, 8, 1), 10)) == 0
    Subscription.objects.filter(pk=sub.pk).update(confirmed_at=entered)
    assert reminders.plan_reminders(dt.date(2024, 8, 1), now=at(dt.date(2024, 8, 1), 10)) == 1
    row = ReminderLog.objects.get()
    assert (row.kind, row.due_on, row.detail) == ("published", dt.date(2024, 8, 1), {})


def test_the_planner_matches_exactly_what_the_filter_rule_says():
    """Set-based planning against the plain rule (subscriptions.matches), filter by filter."""
    import random

    from notices.models import Notice

    rng = random.Random(7)
    day = dt.date(2024, 8, 20)
    now = at(day, 10)
    cities = ["乌兰察布市", "呼和浩特市", "包头市"]
    kinds = ["liquidation", "eia_draft_comment", "capital_reduction"]
    for i in range(30):
        NoticeFactory(
            kind=rng.choice(kinds),
            title=f"公告 ABC{i % 4}",
            city=rng.choice(cities),
            published_on=dt.date(2024, 8, 19) - dt.timedelta(days=rng.choice([0, 0, 30, 40])),
            created_at=now - dt.timedelta(hours=rng.choice([1, 5, 30, 70])),
        )
    for i in range(40):
        follower(
            f"r{i % 25}@example.com",
            kind=rng.choice(["", *kinds]),
            region=rng.choice(["", "乌兰察布", "呼和浩特市", "包头"]),
            text=rng.choice(["", "", "abc1", "ABC2", "公告"]),
            reminder_days=rng.choice([[3, 1], [1], [5, 2]]),
        )
    reminders.plan_reminders(day, now=now)
    planned = set(ReminderLog.objects.values_list("subscriber_id", "notice_id", "kind"))

    facts = reminders._notice_facts(Notice.objects.public().order_by())
    expected = set()
    calendar = reminders.calendar_source.get_calendar()
    for sub in Subscription.objects.filter(notice__isnull=True):
        for notice in facts.values():
            if not subscriptions.matches(sub.kind, sub.region, sub.text, notice):
                continue
            fresh = now - reminders.PUBLISHED_LOOKBACK <= notice["public_since"]
            still_open = notice["last_day"] >= day
            if fresh and still_open and notice["public_since"] >= sub.confirmed_at:
                expected.add((sub.subscriber_id, notice["id"], "published"))
            open_now = notice["first_day"] <= day <= notice["last_day"]
            for n in sub.reminder_days:
                due = reminders.reminder_days_due(calendar, day, n)
                if open_now and notice["last_day"] in due:
                    expected.add((sub.subscriber_id, notice["id"], "reminder"))
    assert planned == expected
    assert len(planned) > 20
    assert {k for _s, _n, k in planned} == {"published", "reminder"}


def test_a_draft_is_announced_when_it_is_confirmed_not_when_it_was_entered():
    import time_machine

    follower(region="乌兰察布")
    entered = at(dt.date(2024, 8, 1), 9)
    draft = NoticeFactory(
        published_on=dt.date(2024, 8, 1), created_at=entered, review_state="draft"
    )
    assert draft.public_since is None
    assert reminders.plan_reminders(dt.date(2024, 8, 1), now=at(dt.date(2024, 8, 1), 10)) == 0
    confirmed = at(dt.date(2024, 8, 6), 15)  # five days later, past the look-back of two
    with time_machine.travel(confirmed, tick=False):
        draft.review_state = "confirmed"
        services.record_notice(draft)
    draft.refresh_from_db()
    assert draft.public_since == confirmed
    assert draft.created_at == entered
    assert reminders.plan_reminders(dt.date(2024, 8, 6), now=at(dt.date(2024, 8, 6), 16)) == 1
    row = ReminderLog.objects.get()
    assert (row.kind, row.due_on) == ("published", dt.date(2024, 8, 6))
    # an edit later keeps the day it became public
    with time_machine.travel(at(dt.date(2024, 8, 7)), tick=False):
        draft.title = "更正后的标题"
        services.record_notice(draft)
    draft.refresh_from_db()
    assert draft.public_since == confirmed


def test_stored_reminder_days_that_are_not_counts_are_ignored(notice):
    follower(reminder_days=["3", 0, True, 2.5, "x", 3])
    follower("b@example.com", reminder_days={"days": 3})
    follower("c@example.com", reminder_days="3")
    assert reminders.plan_reminders(dt.date(2024, 8, 20), now=at(dt.date(2024, 8, 20))) == 1
    row = ReminderLog.objects.select_related("subscriber").get()
    assert (row.subscriber.email, row.detail["working_days"]) == ("a@example.com", 3)
