"""Citizens' email subscriptions: subscribe, double opt-in confirmation, one-click unsubscribe.

Links carry signed tokens (``django.core.signing``), never database secrets: a confirmation
link expires after ``SUBSCRIPTION_CONFIRM_MAX_AGE``; an unsubscribe link never expires. Nothing
is sent to an address until one of its subscriptions is confirmed, except the confirmation
message itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from django.conf import settings
from django.core import signing
from django.core.exceptions import ValidationError
from django.core.mail import EmailMessage
from django.core.validators import validate_email
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from notices.deadlines.windows import KINDS
from notices.models import Notice, Subscriber, Subscription

_CONFIRM_SALT = "notices.alerts.subscriptions.confirm"
_UNSUBSCRIBE_SALT = "notices.alerts.subscriptions.unsubscribe"
LANGUAGES = {code for code, _name in settings.LANGUAGES}
MAX_REMINDER_DAYS = 20


class SubscribeStatus(StrEnum):
    CONFIRMATION_SENT = "confirmation_sent"
    CONFIRMATION_RESENT = "confirmation_resent"
    ALREADY_SUBSCRIBED = "already_subscribed"


class LinkError(Exception):
    """A confirmation or unsubscribe link that is forged, damaged or expired."""

    expired = False


class ExpiredLink(LinkError):
    expired = True


@dataclass(frozen=True)
class SubscribeResult:
    subscription: Subscription
    status: SubscribeStatus
    matching_now: int


def clean_reminder_days(values) -> list[int]:
    """Return distinct working-day counts, largest first; raise ValidationError if malformed."""
    if values in (None, "", []):
        return [3, 1]
    if isinstance(values, str):
        values = [v for v in values.replace(" ", "").split(",") if v]
    try:
        days = sorted({int(v) for v in values}, reverse=True)
    except (TypeError, ValueError):
        raise ValidationError(
            {"reminder_days": _("Give reminder days as whole numbers, e.g. 3,1.")}
        ) from None
    if not days or days[-1] < 1 or days[0] > MAX_REMINDER_DAYS or len(days) > 5:
        raise ValidationError(
            {
                "reminder_days": _("Choose up to five reminders, each 1 to %(max)s working days.")
                % {"max": MAX_REMINDER_DAYS}
            }
        )
    return days


def subscribe(
    email: str,
    *,
    kind: str = "",
    region: str = "",
    text: str = "",
    notice: Notice | None = None,
    language: str = "zh-hans",
    reminder_days=None,
    digest: bool = True,
) -> SubscribeResult:
    """Record a subscription (unconfirmed) and send the confirmation; re-subscribing is safe.

    Raises ValidationError for a malformed address, an unknown kind or bad reminder days.
    A second subscribe to the same filter creates nothing: it says so, or resends the
    confirmation if it is still unconfirmed.
    """
    email = (email or "").strip()
    try:
        validate_email(email)
    except ValidationError:
        raise ValidationError({"email": _("Enter a valid email address.")}) from None
    email = email.lower()
    kind, region, text = (kind or "").strip(), (region or "").strip(), (text or "").strip()
    if kind and kind not in KINDS:
        raise ValidationError({"kind": _("Unknown notice kind.")})
    if notice is not None and (kind or region or text):
        raise ValidationError(_("Follow either one notice or a filter, not both."))
    if len(region) > 100 or len(text) > 100:
        raise ValidationError(_("Region and text are limited to 100 characters."))
    days = clean_reminder_days(reminder_days)
    language = language if language in LANGUAGES else settings.LANGUAGE_CODE

    with transaction.atomic():
        subscriber, _created = Subscriber.objects.get_or_create(
            email=email, defaults={"language": language, "digest": digest}
        )
        key = {"subscriber": subscriber, "notice": notice}
        if notice is None:
            key |= {"kind": kind, "region": region, "text": text}
        try:
            with transaction.atomic():
                subscription, created = Subscription.objects.get_or_create(
                    **key, defaults={"reminder_days": days}
                )
        except IntegrityError:  # a concurrent identical request won the race
            subscription, created = Subscription.objects.get(**key), False
    if not created and subscription.confirmed_at:
        status = SubscribeStatus.ALREADY_SUBSCRIBED
    else:
        send_confirmation(subscription)
        status = (
            SubscribeStatus.CONFIRMATION_SENT if created else SubscribeStatus.CONFIRMATION_RESENT
        )
    return SubscribeResult(subscription, status, matching_count(subscription))


def matching_count(subscription: Subscription) -> int:
    """How many public notices, open or upcoming today, the subscription matches now."""
    if subscription.notice_id:
        return 1
    today = timezone.localdate()
    qs = Notice.objects.public() & (Notice.objects.open(today) | Notice.objects.upcoming(today))
    return filter_notices(qs, subscription.kind, subscription.region, subscription.text).count()


def filter_notices(queryset, kind: str, region: str, text: str):
    """The queryset form of ``matches`` (used for counts and pages)."""
    from django.db.models import Q
    from django.db.models.functions import Concat

    if kind:
        queryset = queryset.filter(kind=kind)
    if region:
        queryset = queryset.annotate(_region=Concat("province", "city", "county")).filter(
            _region__contains=region
        )
    if text:
        queryset = queryset.filter(
            Q(title__icontains=text) | Q(subject__icontains=text) | Q(issuer__icontains=text)
        )
    return queryset


def matches(kind: str, region: str, text: str, notice: dict) -> bool:
    """Whether a filter matches a notice given as a dict of kind, region and text fields."""
    if kind and notice["kind"] != kind:
        return False
    if region and region not in notice["region"]:
        return False
    return not text or text.casefold() in notice["text"]


# -- links --------------------------------------------------------------------------------------


def confirm_token(subscription: Subscription) -> str:
    return signing.TimestampSigner(salt=_CONFIRM_SALT).sign(str(subscription.pk))


def unsubscribe_token(subscriber: Subscriber) -> str:
    return signing.Signer(salt=_UNSUBSCRIBE_SALT).sign(str(subscriber.pk))


def absolute(path: str) -> str:
    return f"{settings.SITE_URL}{path}"


def confirm_url(subscription: Subscription) -> str:
    return absolute(reverse("subscription-confirm", args=[confirm_token(subscription)]))


def unsubscribe_url(subscriber: Subscriber) -> str:
    return absolute(reverse("subscription-unsubscribe", args=[unsubscribe_token(subscriber)]))


def confirming(token: str) -> Subscription:
    """The subscription a confirmation link names, unchanged; LinkError (ExpiredLink) if the
    link is forged, expired or names a subscription that is gone."""
    try:
        pk = signing.TimestampSigner(salt=_CONFIRM_SALT).unsign(
            token, max_age=settings.SUBSCRIPTION_CONFIRM_MAX_AGE
        )
    except signing.SignatureExpired:
        raise ExpiredLink from None
    except signing.BadSignature:
        raise LinkError from None
    subscription = Subscription.objects.filter(pk=int(pk)).select_related("subscriber").first()
    if subscription is None:
        raise LinkError
    return subscription


def confirm(token: str) -> Subscription:
    """Confirm the subscription named by a confirmation link; raise LinkError if it is bad."""
    subscription = confirming(token)
    if subscription.confirmed_at is None:
        Subscription.objects.filter(pk=subscription.pk, confirmed_at__isnull=True).update(
            confirmed_at=timezone.now()
        )
        subscription.refresh_from_db()
    return subscription


def unsubscribing(token: str) -> Subscriber | None:
    """Return the subscriber an unsubscribe link names (None if gone); LinkError if forged."""
    try:
        pk = signing.Signer(salt=_UNSUBSCRIBE_SALT).unsign(token)
    except signing.BadSignature:
        raise LinkError from None
    return Subscriber.objects.filter(pk=int(pk)).first()


def unsubscribe(token: str) -> Subscriber | None:
    """End every subscription of the address in an unsubscribe link and drop unsent messages.

    Returns the subscriber, or None if it had already gone; raises LinkError if forged.
    """
    subscriber = unsubscribing(token)
    if subscriber is not None:
        with transaction.atomic():
            subscriber.subscriptions.all().delete()
            subscriber.reminders.filter(sent_at__isnull=True).delete()
    return subscriber


def send_confirmation(subscription: Subscription) -> None:
    """Send the double opt-in message, in the subscriber's language."""
    subscriber = subscription.subscriber
    with translation.override(subscriber.language):
        context = {
            "subscription": subscription,
            "confirm_url": confirm_url(subscription),
            "max_age_days": settings.SUBSCRIPTION_CONFIRM_MAX_AGE // 86400,
            "description": describe_subscription(subscription),
        }
        subject = render_to_string(
            _template("confirm_subject", subscriber.language), context
        ).strip()
        body = render_to_string(_template("confirm", subscriber.language), context)
    EmailMessage(subject, body, to=[subscriber.email]).send()


def describe_subscription(subscription: Subscription) -> str:
    zh = subscription.subscriber.language.startswith("zh")
    if subscription.notice_id:
        return (f"公告：{subscription.notice.title}") if zh else f"notice: {subscription.notice}"
    parts = []
    if subscription.kind:
        parts.append(KINDS[subscription.kind].name("zh" if zh else "en"))
    if subscription.region:
        parts.append(subscription.region)
    if subscription.text:
        parts.append(f"“{subscription.text}”" if zh else f'"{subscription.text}"')
    if not parts:
        return "全部公告" if zh else "all notices"
    return "，".join(parts) if zh else ", ".join(parts)


def _template(name: str, language: str) -> list[str]:
    lang = "en" if not language.startswith("zh") else "zh-hans"
    return [f"notices/email/{name}.{lang}.txt", f"notices/email/{name}.zh-hans.txt"]
