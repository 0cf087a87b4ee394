"""Redis (the cache) is unreachable while the pages, the API and the subscription views are
used: nothing answers 500, unsubscribing works, subscribing refuses politely, and everything is
back to normal once Redis is."""

from __future__ import annotations

import re

import pytest
from django.core import mail

from notices.alerts import subscriptions
from notices.models import Subscriber, Subscription
from tests.factories import NoticeFactory

from .conftest import start_redis, stop_redis

pytestmark = [
    pytest.mark.requires_fault_servers,
    pytest.mark.requires_redis,
    pytest.mark.django_db,
]


def public_urls(notice) -> list[str]:
    return [
        "/",
        "/notices/?status=open",
        f"/notices/{notice.pk}/",
        f"/notices/{notice.pk}/calendar.ics",
        "/notices/feed/atom/",
        "/notices/feed/calendar.ics?kind=liquidation",
        "/api/notices/",
        f"/api/notices/{notice.pk}/",
        "/subscriptions/",
    ]


def test_with_redis_down_no_request_answers_500_and_unsubscribing_works(client, redis_restored):
    notice = NoticeFactory()
    subscriber = Subscriber.objects.create(email="reader@example.com")
    Subscription.objects.create(subscriber=subscriber, notice=notice)
    unsubscribe = f"/subscriptions/unsubscribe/{subscriptions.unsubscribe_token(subscriber)}/"
    for url in public_urls(notice):  # warm: pages are cached in Redis
        assert client.get(url).status_code == 200, url

    stop_redis()
    statuses = {url: client.get(url).status_code for url in public_urls(notice)}
    assert statuses.pop("/subscriptions/") == 503
    assert set(statuses.values()) == {200}, statuses
    refused = client.post("/subscriptions/", {"email": "new@example.com", "kind": "liquidation"})
    assert refused.status_code == 503
    assert not Subscriber.objects.filter(email="new@example.com").exists()
    assert client.get(unsubscribe).status_code == 200
    assert client.post(unsubscribe).status_code == 200
    assert not Subscription.objects.filter(subscriber=subscriber).exists()

    start_redis()
    for url in public_urls(notice):
        assert client.get(url).status_code == 200, url
    subscribed = client.post("/subscriptions/", {"email": "new@example.com", "kind": "liquidation"})
    assert subscribed.status_code == 201
    link = re.search(r"/subscriptions/confirm/\S+/", mail.outbox[-1].body).group(0)
    stop_redis()
    assert client.get(link).status_code == 200  # asking and confirming need no cache either
    assert client.post(link).status_code == 200
    assert Subscription.objects.get(subscriber__email="new@example.com").confirmed_at
