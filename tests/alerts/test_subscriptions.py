"""Subscription endpoints: double opt-in, clear answers to bad input, rate limits."""

from __future__ import annotations

import datetime as dt
import re

import pytest
import time_machine
from django.core import mail
from django.core.cache import cache
from django.test import override_settings
from django.urls import reverse

from notices.alerts import subscriptions
from notices.models import Subscriber, Subscription
from tests.factories import NoticeFactory

pytestmark = pytest.mark.django_db

URL = "/subscriptions/"


@pytest.fixture(autouse=True)
def _fresh_rate_limit():
    cache.clear()
    yield
    cache.clear()


def confirm_link(message) -> str:
    return re.search(r"https?://\S+/subscriptions/confirm/\S+/", message.body).group(0)


def test_subscribing_sends_only_a_confirmation_and_the_link_activates_it(client):
    response = client.post(URL, {"email": "Reader@Example.com", "kind": "liquidation"})
    assert response.status_code == 201
    assert b'data-status="confirmation_sent"' in response.content
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["reader@example.com"]
    subscription = Subscription.objects.get()
    assert subscription.confirmed_at is None
    assert subscription.reminder_days == [3, 1]
    link = confirm_link(mail.outbox[0]).removeprefix("http://127.0.0.1:8000")
    response = client.get(link)  # a mail scanner or a link preview opening it changes nothing
    assert response.status_code == 200
    assert b'data-status="confirm_subscription"' in response.content
    assert "reader@example.com" in response.content.decode()
    subscription.refresh_from_db()
    assert subscription.confirmed_at is None
    response = client.post(link)
    assert response.status_code == 200
    assert b'data-status="confirmed"' in response.content
    subscription.refresh_from_db()
    assert subscription.confirmed_at is not None


def test_an_invalid_email_is_refused_clearly_and_nothing_is_stored(client):
    response = client.post(URL, {"email": "not-an-address", "kind": "liquidation"})
    assert response.status_code == 400
    assert list(response.context["form"].errors) == ["email"]
    assert 'class="errorlist"' in response.content.decode()
    assert not Subscriber.objects.exists()
    assert mail.outbox == []


def test_bad_reminder_days_are_refused(client):
    response = client.post(URL, {"email": "a@example.com", "reminder_days": "0,99"})
    assert response.status_code == 400
    assert not Subscription.objects.exists()


def test_a_filter_matching_nothing_is_accepted_and_says_so(client):
    NoticeFactory(published_on=dt.date.today())
    response = client.post(URL, {"email": "a@example.com", "text": "不存在的公司"})
    assert response.status_code == 201
    assert b"subscription-empty" in response.content


def test_a_second_subscribe_to_the_same_filter_duplicates_nothing(client):
    data = {"email": "a@example.com", "kind": "liquidation", "region": "乌兰察布"}
    assert client.post(URL, data).status_code == 201
    response = client.post(URL, {**data, "email": "A@example.com"})
    assert response.status_code == 200
    assert b'data-status="confirmation_resent"' in response.content
    assert Subscription.objects.count() == 1
    client.post(confirm_link(mail.outbox[-1]).removeprefix("http://127.0.0.1:8000"))
    sent = len(mail.outbox)
    response = client.post(URL, data)
    assert response.status_code == 200
    assert b'data-status="already_subscribed"' in response.content
    assert len(mail.outbox) == sent
    assert Subscription.objects.count() == 1


def test_following_one_notice(client):
    notice = NoticeFactory(published_on=dt.date(2024, 7, 8))
    response = client.post(URL, {"email": "a@example.com", "notice": notice.pk})
    assert response.status_code == 201
    assert Subscription.objects.get().notice == notice


def test_a_forged_confirmation_link_is_refused(client):
    response = client.post(URL, {"email": "a@example.com"})
    link = confirm_link(mail.outbox[0]).removeprefix("http://127.0.0.1:8000")
    forged = link.replace("/confirm/", "/confirm/9").rstrip("/") + "x/"
    assert client.get(forged).status_code == 400
    response = client.post(forged)
    assert response.status_code == 400
    assert b'data-status="invalid"' in response.content
    assert Subscription.objects.get().confirmed_at is None


def test_an_expired_confirmation_link_is_refused_as_expired(client):
    with time_machine.travel(dt.datetime(2024, 8, 1, 12, 0, tzinfo=dt.UTC), tick=False):
        client.post(URL, {"email": "a@example.com"})
    link = confirm_link(mail.outbox[0]).removeprefix("http://127.0.0.1:8000")
    with time_machine.travel(dt.datetime(2024, 8, 4, 12, 0, 1, tzinfo=dt.UTC), tick=False):
        assert client.get(link).status_code == 410
        response = client.post(link)
    assert response.status_code == 410
    assert b'data-status="expired"' in response.content
    assert Subscription.objects.get().confirmed_at is None


def test_the_unsubscribe_link_ends_every_subscription_in_one_click(client):
    client.post(URL, {"email": "a@example.com", "kind": "liquidation"})
    client.post(URL, {"email": "a@example.com", "region": "北京"})
    subscriber = Subscriber.objects.get()
    link = reverse("subscription-unsubscribe", args=[subscriptions.unsubscribe_token(subscriber)])
    response = client.post(link, {"List-Unsubscribe": "One-Click"})  # RFC 8058 one-click POST
    assert response.status_code == 200
    assert b'data-status="unsubscribed"' in response.content
    assert not Subscription.objects.exists()
    assert client.post(link).status_code == 200  # again: harmless
    forged = reverse("subscription-unsubscribe", args=[f"{subscriber.pk}:forged"])
    assert client.get(forged).status_code == 400


@override_settings(SUBSCRIPTION_RATE_LIMIT=3)
def test_subscription_endpoints_are_rate_limited_per_client(client):
    for i in range(3):
        assert client.post(URL, {"email": f"a{i}@example.com"}).status_code == 201
    response = client.post(URL, {"email": "a9@example.com"})
    assert response.status_code == 429
    assert int(response["Retry-After"]) > 0
    assert Subscriber.objects.count() == 3
    other = client.post(URL, {"email": "b@example.com"}, REMOTE_ADDR="10.0.0.2")
    assert other.status_code == 201


def test_following_the_unsubscribe_link_only_asks_and_the_post_unsubscribes(client):
    client.post(URL, {"email": "a@example.com", "kind": "liquidation"})
    subscriber = Subscriber.objects.get()
    link = reverse("subscription-unsubscribe", args=[subscriptions.unsubscribe_token(subscriber)])
    page = client.get(link)  # what a mail scanner does
    assert page.status_code == 200
    assert b'data-status="confirm_unsubscribe"' in page.content
    assert b'method="post"' in page.content
    assert Subscription.objects.count() == 1
    assert client.post(link).status_code == 200
    assert not Subscription.objects.exists()


UNREACHABLE_REDIS = {
    "BACKEND": "django.core.cache.backends.redis.RedisCache",
    "LOCATION": "redis://127.0.0.1:1/0",
}


@override_settings(CACHES={"default": UNREACHABLE_REDIS, "pages": UNREACHABLE_REDIS})
def test_with_the_cache_unreachable_unsubscribing_works_and_subscribing_refuses_politely(client):
    subscriber = Subscriber.objects.create(email="a@example.com")
    notice = NoticeFactory()
    Subscription.objects.create(subscriber=subscriber, notice=notice)
    link = reverse("subscription-unsubscribe", args=[subscriptions.unsubscribe_token(subscriber)])
    assert client.get(link).status_code == 200
    assert client.post(link).status_code == 200
    assert not Subscription.objects.exists()

    response = client.post(URL, {"email": "b@example.com", "kind": "liquidation"})
    assert response.status_code == 503
    assert b'data-status="unavailable"' in response.content
    assert int(response["Retry-After"]) > 0
    assert not Subscriber.objects.filter(email="b@example.com").exists()
    assert client.get(URL).status_code == 503
    confirm = reverse("subscription-confirm", args=["1:forged"])
    assert client.get(confirm).status_code == 400  # checked without the cache


def test_a_confirmed_link_opened_again_says_so_and_changes_nothing(client):
    client.post(URL, {"email": "a@example.com", "kind": "liquidation"})
    link = confirm_link(mail.outbox[0]).removeprefix("http://127.0.0.1:8000")
    client.post(link)
    confirmed_at = Subscription.objects.get().confirmed_at
    for response in (client.get(link), client.post(link)):
        assert response.status_code == 200
        assert b'data-status="confirmed"' in response.content
    assert Subscription.objects.get().confirmed_at == confirmed_at


def test_confirming_needs_the_pages_csrf_token(client):
    from django.test import Client

    client.post(URL, {"email": "a@example.com"})
    link = confirm_link(mail.outbox[0]).removeprefix("http://127.0.0.1:8000")
    strict = Client(enforce_csrf_checks=True)
    assert strict.post(link).status_code == 403
    page = strict.get(link)
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.content.decode())
    assert strict.post(link, {"csrfmiddlewaretoken": token.group(1)}).status_code == 200
    assert Subscription.objects.get().confirmed_at is not None
