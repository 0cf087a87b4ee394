"""Subscription endpoints: subscribe (double opt-in), confirm, one-click unsubscribe.

Each endpoint is rate-limited per client address with Django's cache (Redis when REDIS_URL is
set, so the limit holds across processes). Responses say plainly what happened, with a status
code a script can rely on: 201 confirmation sent, 200 already subscribed / confirmed /
unsubscribed, 400 bad input or forged link, 410 expired link, 429 too many requests.
"""

from __future__ import annotations

import functools
import logging
import time

from django import forms
from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, render
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from notices.models import Notice, NoticeKind

from . import subscriptions

logger = logging.getLogger(__name__)


def rate_limited(*, when_cache_is_down: str):
    """Allow SUBSCRIPTION_RATE_LIMIT requests per client address per hour, then answer 429.

    The counters live in the cache (Redis). When it cannot be reached, ``"allow"`` lets the
    request through uncounted and ``"refuse"`` answers 503 with a message to try again later:
    never a 500 because a cache is away.
    """

    def decorate(view):
        @functools.wraps(view)
        def wrapper(request, *args, **kwargs):
            try:
                count = _count_request(request)
            except Exception:  # the cache backend's own errors (redis.ConnectionError, ...)
                logger.warning("Rate-limit cache unreachable", exc_info=True)
                if when_cache_is_down == "allow":
                    return view(request, *args, **kwargs)
                response = render(
                    request,
                    "notices/subscriptions/result.html",
                    {
                        "title": _("Please try again later"),
                        "message": _(
                            "Subscribing is unavailable for a moment. Nothing was stored; "
                            "please try again in a few minutes."
                        ),
                        "status": "unavailable",
                    },
                    status=503,
                )
                response["Retry-After"] = "300"
                return response
            if count > settings.SUBSCRIPTION_RATE_LIMIT:
                response = render(
                    request,
                    "notices/subscriptions/result.html",
                    {
                        "title": _("Too many requests"),
                        "message": _("Please try again in an hour."),
                        "status": "rate_limited",
                    },
                    status=429,
                )
                response["Retry-After"] = str(3600 - int(time.time()) % 3600)
                return response
            return view(request, *args, **kwargs)

        return wrapper

    return decorate


def _count_request(request) -> int:
    hour = int(time.time() // 3600)
    client = request.META.get("REMOTE_ADDR", "unknown")
    key = f"subscription-rate:{client}:{hour}"
    cache.add(key, 0, timeout=3600)
    try:
        return cache.incr(key)
    except ValueError:  # evicted between add and incr
        cache.set(key, 1, timeout=3600)
        return 1


class SubscribeForm(forms.Form):
    email = forms.CharField(
        label=_("Email address"),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    kind = forms.ChoiceField(
        label=_("Kind of notice"), required=False, choices=[("", _("any")), *NoticeKind.choices]
    )
    region = forms.CharField(
        label=_("Region"),
        required=False,
        max_length=100,
        help_text=_("Province, city or county, e.g. 乌兰察布市; empty: everywhere."),
    )
    text = forms.CharField(
        label=_("Words in the title, issuer or subject"),
        required=False,
        max_length=100,
        help_text=_("e.g. a company's name; empty: any notice."),
    )
    notice = forms.IntegerField(required=False, widget=forms.HiddenInput)
    reminder_days = forms.CharField(
        label=_("Remind me this many working days before the last day"),
        required=False,
        initial="3,1",
        max_length=20,
        help_text=_("Numbers separated by commas: 3,1 reminds you 3 and 1 working days before."),
    )
    digest = forms.BooleanField(
        label=_("One email a day with everything new (instead of one per notice)"),
        required=False,
        initial=True,
    )


@rate_limited(when_cache_is_down="refuse")
@require_http_methods(["GET", "POST"])
def subscribe(request):
    if request.method == "GET":
        form = SubscribeForm(initial={"notice": request.GET.get("notice")})
        return render(request, "notices/subscriptions/subscribe.html", {"form": form})
    form = SubscribeForm(request.POST)
    if not form.is_valid():
        return render(request, "notices/subscriptions/subscribe.html", {"form": form}, status=400)
    data = form.cleaned_data
    notice = None
    if data["notice"]:
        notice = get_object_or_404(Notice.objects.public(), pk=data["notice"])
    try:
        result = subscriptions.subscribe(
            data["email"],
            kind=data["kind"],
            region=data["region"],
            text=data["text"],
            notice=notice,
            language=get_language() or settings.LANGUAGE_CODE,
            reminder_days=data["reminder_days"],
            digest=data["digest"] if "digest" in request.POST else True,
        )
    except ValidationError as exc:
        if hasattr(exc, "error_dict"):
            for field, errors in exc.message_dict.items():
                form.add_error(field if field in form.fields else None, errors)
        else:
            form.add_error(None, exc.messages)
        return render(request, "notices/subscriptions/subscribe.html", {"form": form}, status=400)
    status = 201 if result.status == subscriptions.SubscribeStatus.CONFIRMATION_SENT else 200
    messages = {
        subscriptions.SubscribeStatus.CONFIRMATION_SENT: _(
            "We sent a confirmation link to %(email)s. Nothing is sent until you confirm."
        ),
        subscriptions.SubscribeStatus.CONFIRMATION_RESENT: _(
            "You already asked for this; we sent the confirmation link to %(email)s again."
        ),
        subscriptions.SubscribeStatus.ALREADY_SUBSCRIBED: _(
            "%(email)s is already subscribed to this; nothing changed."
        ),
    }
    context = {
        "title": _("Subscription"),
        "message": messages[result.status] % {"email": result.subscription.subscriber.email},
        "status": result.status.value,
        "matching_now": result.matching_now,
        "filter_subscription": notice is None,
    }
    return render(request, "notices/subscriptions/result.html", context, status=status)


# GET only asks: mail scanners and link previews open links, and must not subscribe anyone. The
# page's button POSTs (with the CSRF token: the reader is in a browser) and that confirms.
@rate_limited(when_cache_is_down="allow")
@require_http_methods(["GET", "POST"])
def confirm(request, token: str):
    try:
        subscription = (
            subscriptions.confirm(token)
            if request.method == "POST"
            else subscriptions.confirming(token)
        )
    except subscriptions.LinkError as exc:
        expired = exc.expired
        context = {
            "title": _("Link expired") if expired else _("Invalid link"),
            "message": _("This confirmation link has expired. Please subscribe again.")
            if expired
            else _("This confirmation link is not valid. Please use the link from the email."),
            "status": "expired" if expired else "invalid",
        }
        return render(
            request, "notices/subscriptions/result.html", context, status=410 if expired else 400
        )
    if subscription.confirmed_at is None:
        context = {
            "email": subscription.subscriber.email,
            "what": subscriptions.describe_subscription(subscription),
            "status": "confirm_subscription",
        }
        return render(request, "notices/subscriptions/confirm.html", context)
    context = {
        "title": _("Subscription confirmed"),
        "message": _("Thank you: your subscription is active."),
        "status": "confirmed",
    }
    return render(request, "notices/subscriptions/result.html", context)


# GET only asks (mail scanners follow links); POST acts. One-click (RFC 8058): mail clients POST
# without a CSRF token; the signed token is the proof. Not rate-limited and never dependent on
# the cache: unsubscribing must always work, and doing it twice is harmless.
@csrf_exempt
@require_http_methods(["GET", "POST"])
def unsubscribe(request, token: str):
    try:
        subscriber = (
            subscriptions.unsubscribe(token)
            if request.method == "POST"
            else subscriptions.unsubscribing(token)
        )
    except subscriptions.LinkError:
        context = {
            "title": _("Invalid link"),
            "message": _("This unsubscribe link is not valid. Please use the link from the email."),
            "status": "invalid",
        }
        return render(request, "notices/subscriptions/result.html", context, status=400)
    if request.method == "GET":
        context = {"email": subscriber.email if subscriber else "", "status": "confirm_unsubscribe"}
        return render(request, "notices/subscriptions/unsubscribe.html", context)
    context = {
        "title": _("Unsubscribed"),
        "message": _("You will receive no more messages at this address."),
        "status": "unsubscribed",
    }
    return render(request, "notices/subscriptions/result.html", context)
