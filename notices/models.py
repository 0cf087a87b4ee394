"""Data and invariants: the holiday calendar, notices, their publications, contacts and links."""

from __future__ import annotations

import datetime as dt

from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.db.models import F, Q
from django.utils import timezone
from django.utils.functional import lazy
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from .deadlines.windows import KINDS, Counting, closing_moment
from .deadlines.workdays import Unit
from .plain_text import (
    ShowableCharField,
    ShowableEmailField,
    ShowableTextField,
    ShowableURLField,
)
from .querysets import NoticeQuerySet


class CalendarYear(models.Model):
    """One year's State Council holiday arrangement (国务院办公厅关于部分节假日安排的通知)."""

    year = models.PositiveSmallIntegerField(_("year"), primary_key=True)
    published = models.BooleanField(
        _("published"),
        default=True,
        help_text=_(
            "Only published years count as final. An unpublished year is provisional: "
            "weekends are off and nothing else is known."
        ),
    )
    notice_title = ShowableCharField(_("source notice"), max_length=300, blank=True)
    source_url = ShowableURLField(_("source URL"), max_length=500, blank=True)
    announced_on = models.DateField(_("announced on"), null=True, blank=True)
    notes = ShowableTextField(_("notes"), blank=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["-year"]
        verbose_name = _("calendar year")
        verbose_name_plural = _("calendar years")
        constraints = [
            models.CheckConstraint(
                condition=Q(year__gte=1950) & Q(year__lte=2199), name="calendar_year_in_span"
            )
        ]

    def __str__(self) -> str:
        state = _("published") if self.published else _("provisional")
        return f"{self.year} ({state})"


class CalendarDay(models.Model):
    """A day off or a make-up working day in one year's arrangement."""

    class Kind(models.TextChoices):
        DAY_OFF = "day_off", _("day off")
        MAKEUP_WORKDAY = "makeup_workday", _("make-up working day")

    day = models.DateField(_("day"), primary_key=True)
    schedule = models.ForeignKey(
        CalendarYear, on_delete=models.CASCADE, related_name="days", verbose_name=_("schedule")
    )
    kind = ShowableCharField(_("kind"), max_length=20, choices=Kind.choices)
    name = ShowableCharField(_("name"), max_length=100, blank=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["day"]
        verbose_name = _("calendar day")
        verbose_name_plural = _("calendar days")

    def __str__(self) -> str:
        return f"{self.day.isoformat()} {self.get_kind_display()} {self.name}".strip()

    def clean(self) -> None:
        if self.kind == self.Kind.MAKEUP_WORKDAY and self.day and self.day.weekday() < 5:
            raise ValidationError({"day": _("A make-up working day must be a Saturday or Sunday.")})
        if self.day and self.schedule_id and abs(self.day.year - self.schedule_id) > 1:
            raise ValidationError({"day": _("This day does not belong to that year's schedule.")})


def _kind_label(spec):
    # The registry names each kind in both languages; pick by the active language, lazily.
    return lazy(lambda: spec.name(get_language() or "zh-hans"), str)()


#: The notice kinds of the registry in deadlines/windows.py (add a kind there).
NoticeKind = models.TextChoices(
    "NoticeKind", [(code.upper(), (code, _kind_label(spec))) for code, spec in KINDS.items()]
)


class WindowUnit(models.TextChoices):
    CALENDAR_DAYS = Unit.CALENDAR_DAYS.value, _("calendar days")
    WORKING_DAYS = Unit.WORKING_DAYS.value, _("working days")
    MONTHS = Unit.MONTHS.value, _("months")


class CountingConvention(models.TextChoices):
    NEXT_DAY = Counting.NEXT_DAY.value, _("publication day not counted")
    SAME_DAY = Counting.SAME_DAY.value, _("publication day counts as day 1")


class ReviewState(models.TextChoices):
    DRAFT = "draft", _("draft (awaiting review)")
    CONFIRMED = "confirmed", _("confirmed")
    WITHDRAWN = "withdrawn", _("withdrawn")


phone_validator = RegexValidator(
    r"^\+?[0-9][0-9 \-()]{4,24}(\s*(转|ext\.?|x)\s*[0-9]{1,6})?$",
    _("Enter a phone number of digits, spaces and hyphens, e.g. 0471-4819165 or 15147478119."),
)
postcode_validator = RegexValidator(r"^[0-9]{6}$", _("A Chinese postcode has six digits."))


class Notice(models.Model):
    """A public notice with a legal window; its window days are derived, never typed."""

    kind = ShowableCharField(_("kind"), max_length=40, choices=NoticeKind.choices)
    title = ShowableCharField(_("title"), max_length=300)
    subject = ShowableCharField(
        _("subject"), max_length=300, blank=True, help_text=_("The company or the project.")
    )
    issuer = ShowableCharField(
        _("issuer"),
        max_length=300,
        blank=True,
        help_text=_("Who signs the notice: liquidation committee, builder, authority."),
    )
    province = ShowableCharField(_("province"), max_length=50, blank=True)
    city = ShowableCharField(_("city"), max_length=50, blank=True)
    county = ShowableCharField(_("county"), max_length=50, blank=True)
    full_text = ShowableTextField(_("full text"), blank=True)
    review_state = ShowableCharField(
        _("review state"),
        max_length=20,
        choices=ReviewState.choices,
        default=ReviewState.CONFIRMED,
    )

    published_on = models.DateField(
        _("published on"),
        null=True,
        blank=True,
        help_text=_("The announcement date (the first publication): day 0 of the window."),
    )
    dissolution_resolved_on = models.DateField(_("dissolution resolved on"), null=True, blank=True)
    liquidation_group_formed_on = models.DateField(
        _("liquidation committee formed on"), null=True, blank=True
    )

    # What the notice itself says about its window (blank: the statutory rule of its kind).
    window_length = models.PositiveSmallIntegerField(
        _("stated window length"),
        null=True,
        blank=True,
        help_text=_("Only if the notice states its own length; otherwise the law's applies."),
    )
    window_unit = ShowableCharField(
        _("stated window unit"), max_length=20, choices=WindowUnit.choices, blank=True
    )
    counting = ShowableCharField(
        _("counting convention"),
        max_length=20,
        choices=CountingConvention.choices,
        blank=True,
        help_text=_("Only if the notice states it; blank means the Civil Code default."),
    )
    stated_first_day = models.DateField(_("stated first day"), null=True, blank=True)
    stated_last_day = models.DateField(_("stated last day"), null=True, blank=True)
    response_hours = ShowableCharField(
        _("response hours"), max_length=50, blank=True, help_text=_("e.g. 08:00-20:00")
    )

    # Derived by services.record_notice / recompute_windows from the calendar.
    first_day = models.DateField(_("first day"), null=True, blank=True, editable=False)
    last_day = models.DateField(_("last day"), null=True, blank=True, editable=False)
    closing_soon_from = models.DateField(
        _("closing soon from"), null=True, blank=True, editable=False
    )
    earliest_last_day = models.DateField(
        _("earliest possible last day"), null=True, blank=True, editable=False
    )
    provisional_years = ShowableCharField(
        _("provisional years"), max_length=50, blank=True, editable=False
    )

    # Kept current by flagging.flag_notices (a scheduled job); each move is a StateTransition.
    flagged_state = ShowableCharField(
        _("flagged state"),
        max_length=20,
        blank=True,
        default="",
        editable=False,
        help_text=_("The window state as last flagged by the scheduler (blank: never flagged)."),
    )
    flagged_at = models.DateTimeField(_("flagged at"), null=True, blank=True, editable=False)

    version = models.PositiveIntegerField(_("version"), default=1, editable=False)
    created_at = models.DateTimeField(_("entered at"), default=timezone.now, editable=False)
    public_since = models.DateTimeField(
        _("public since"),
        null=True,
        blank=True,
        editable=False,
        help_text=_("When the notice was first confirmed and shown to the public."),
    )
    is_demo = models.BooleanField(
        _("demo data"),
        default=False,
        help_text=_(
            "Generated by the demo loader (load_demo), dated relative to the day it ran; not a "
            "real notice. Removed with load_demo --remove."
        ),
    )
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    objects = NoticeQuerySet.as_manager()
    history = HistoricalRecords(excluded_fields=["updated_at", "flagged_state", "flagged_at"])

    class Meta:
        ordering = ["last_day", "id"]
        verbose_name = _("notice")
        verbose_name_plural = _("notices")
        indexes = [
            # a plain B-tree: db_index=True would add a LIKE index nobody queries
            models.Index(fields=["review_state"], name="notice_review_state_idx"),
            models.Index(fields=["last_day", "first_day"], name="notice_window_idx"),
            models.Index(fields=["kind", "last_day"], name="notice_kind_last_day_idx"),
            models.Index(fields=["province", "city", "last_day"], name="notice_region_idx"),
            models.Index(fields=["published_on"], name="notice_published_idx"),
            # flagging: "rows still in state X whose days now say Y" is an index range scan
            models.Index(fields=["flagged_state", "last_day"], name="notice_flagged_idx"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(first_day__isnull=True)
                | Q(last_day__isnull=True)
                | Q(first_day__lte=F("last_day")),
                name="notice_first_day_not_after_last_day",
            ),
            models.CheckConstraint(
                condition=Q(stated_first_day__isnull=True)
                | Q(stated_last_day__isnull=True)
                | Q(stated_first_day__lte=F("stated_last_day")),
                name="notice_stated_period_in_order",
            ),
            models.CheckConstraint(
                condition=Q(window_length__isnull=True) | Q(window_length__gte=1),
                name="notice_window_length_positive",
            ),
            models.CheckConstraint(condition=Q(kind__in=list(KINDS)), name="notice_kind_known"),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        from django.urls import reverse

        return reverse("notice-detail", args=[self.pk])

    def get_kind_display(self) -> str:
        # Django's version hashes every lazy label of the choices on each call; one lookup here
        spec = KINDS.get(self.kind)
        return spec.name(get_language() or "zh-hans") if spec else self.kind

    @property
    def closes_at(self) -> dt.datetime | None:
        """The aware moment the window closes: 24:00 Asia/Shanghai on the last day."""
        return closing_moment(self.last_day) if self.last_day else None

    @property
    def is_provisional(self) -> bool:
        return bool(self.provisional_years)

    @property
    def region(self) -> str:
        return "".join(part for part in (self.province, self.city, self.county) if part)

    @property
    def entered_on(self) -> dt.date:
        return timezone.localdate(self.created_at)

    def clean(self) -> None:
        errors: dict[str, str] = {}
        if (
            self.stated_first_day
            and self.stated_last_day
            and self.stated_last_day < self.stated_first_day
        ):
            errors["stated_last_day"] = _("The stated period ends before it starts.")
        if self.window_length is not None and self.window_length < 1:
            errors["window_length"] = _("A window must be at least 1 day long.")
        if self.window_unit and self.window_length is None:
            errors["window_length"] = _("Give the stated length together with its unit.")
        if self.published_on:
            latest = timezone.localdate() + dt.timedelta(days=366)
            if self.published_on > latest:
                errors["published_on"] = _(
                    "A publication date more than a year in the future is surely a typing slip."
                )
        if (
            self.dissolution_resolved_on
            and self.liquidation_group_formed_on
            and self.liquidation_group_formed_on < self.dissolution_resolved_on
        ):
            errors["liquidation_group_formed_on"] = _(
                "The liquidation committee cannot be formed before the dissolution."
            )
        if self.published_on and self.stated_last_day and self.stated_last_day < self.published_on:
            errors["stated_last_day"] = _("The stated period ends before the notice was published.")
        if errors:
            raise ValidationError(errors)


class Publication(models.Model):
    """One place and day the notice appeared (the EIA rule wants two newspaper runs)."""

    class Channel(models.TextChoices):
        NEWSPAPER = "newspaper", _("newspaper")
        WEBSITE = "website", _("website")
        SITE_BOARD = "site_board", _("on-site board")
        GSXT = "gsxt", _("National Enterprise Credit Information Publicity System")

    notice = models.ForeignKey(
        Notice, on_delete=models.CASCADE, related_name="publications", verbose_name=_("notice")
    )
    channel = ShowableCharField(_("channel"), max_length=20, choices=Channel.choices)
    outlet = ShowableCharField(_("outlet"), max_length=200, blank=True)
    published_on = models.DateField(_("published on"))
    page = ShowableCharField(_("page"), max_length=50, blank=True)
    url = ShowableURLField(_("URL"), max_length=500, blank=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["published_on", "id"]
        verbose_name = _("publication")
        verbose_name_plural = _("publications")

    def __str__(self) -> str:
        where = self.outlet or self.get_channel_display()
        return f"{where} {self.published_on.isoformat()}"


class Contact(models.Model):
    """Whom to contact to respond: person, phone, email, address, postcode."""

    notice = models.ForeignKey(
        Notice, on_delete=models.CASCADE, related_name="contacts", verbose_name=_("notice")
    )
    name = ShowableCharField(_("name"), max_length=100, blank=True)
    phone = ShowableCharField(_("phone"), max_length=50, blank=True, validators=[phone_validator])
    email = ShowableEmailField(_("email"), blank=True)
    address = ShowableCharField(_("address"), max_length=300, blank=True)
    postcode = ShowableCharField(
        _("postcode"), max_length=6, blank=True, validators=[postcode_validator]
    )

    history = HistoricalRecords()

    class Meta:
        ordering = ["id"]
        verbose_name = _("contact")
        verbose_name_plural = _("contacts")

    def __str__(self) -> str:
        return " ".join(p for p in (self.name, self.phone, self.email) if p) or str(_("contact"))

    def as_dict(self) -> dict[str, str]:
        fields = ("name", "phone", "email", "address", "postcode")
        return {f: getattr(self, f) for f in fields if getattr(self, f)}


class Link(models.Model):
    """A link the notice gives: the report, the comment form, a download."""

    class Purpose(models.TextChoices):
        REPORT = "report", _("report")
        COMMENT_FORM = "comment_form", _("comment form")
        OTHER = "other", _("other")

    notice = models.ForeignKey(
        Notice, on_delete=models.CASCADE, related_name="links", verbose_name=_("notice")
    )
    url = ShowableURLField(_("URL"), max_length=500)
    purpose = ShowableCharField(
        _("purpose"), max_length=20, choices=Purpose.choices, default=Purpose.OTHER
    )
    label = ShowableCharField(_("label"), max_length=200, blank=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["id"]
        verbose_name = _("link")
        verbose_name_plural = _("links")

    def __str__(self) -> str:
        return self.url


class WindowChange(models.Model):
    """A recorded change of a notice's derived window days, and why it happened."""

    notice = models.ForeignKey(
        Notice, on_delete=models.CASCADE, related_name="window_changes", verbose_name=_("notice")
    )
    changed_at = models.DateTimeField(_("changed at"), default=timezone.now)
    reason = ShowableCharField(_("reason"), max_length=200)
    old_last_day = models.DateField(_("old last day"), null=True)
    new_last_day = models.DateField(_("new last day"), null=True)
    old_provisional_years = ShowableCharField(max_length=50, blank=True)
    new_provisional_years = ShowableCharField(max_length=50, blank=True)

    class Meta:
        ordering = ["-changed_at", "-id"]
        verbose_name = _("window change")
        verbose_name_plural = _("window changes")

    def __str__(self) -> str:
        return f"{self.notice_id}: {self.old_last_day} -> {self.new_last_day} ({self.reason})"


# -- scheduled jobs: flagged states, subscriptions, reminders ----------------------------------


class StateTransition(models.Model):
    """A notice's move from one flagged window state to another, recorded by the flagging job."""

    # no index of its own: transition_notice_idx starts with notice
    notice = models.ForeignKey(
        Notice,
        on_delete=models.CASCADE,
        related_name="transitions",
        verbose_name=_("notice"),
        db_index=False,
    )
    on_day = models.DateField(_("on day"), help_text=_("The day (Asia/Shanghai) flagged for."))
    changed_at = models.DateTimeField(_("changed at"))
    from_state = ShowableCharField(_("from state"), max_length=20, blank=True)
    to_state = ShowableCharField(_("to state"), max_length=20)

    class Meta:
        ordering = ["-changed_at", "-id"]
        verbose_name = _("state transition")
        verbose_name_plural = _("state transitions")
        indexes = [
            models.Index(fields=["notice", "changed_at"], name="transition_notice_idx"),
            models.Index(fields=["on_day", "to_state"], name="transition_day_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.notice_id}: {self.from_state or '-'} -> {self.to_state} ({self.on_day})"


class Subscriber(models.Model):
    """An email address that receives notices' messages, in its chosen language."""

    email = ShowableEmailField(_("email"), unique=True)
    language = ShowableCharField(_("language"), max_length=10, default="zh-hans")
    digest = models.BooleanField(
        _("daily digest"),
        default=True,
        help_text=_("At most one message a day; otherwise each message is sent on its own."),
    )
    last_digest_on = models.DateField(_("last digest on"), null=True, blank=True)
    created_at = models.DateTimeField(_("created at"), default=timezone.now)

    class Meta:
        ordering = ["email"]
        verbose_name = _("subscriber")
        verbose_name_plural = _("subscribers")

    def __str__(self) -> str:
        return self.email


def default_reminder_days() -> list[int]:
    return [3, 1]


class Subscription(models.Model):
    """A filter (kind, region, text) or one notice a subscriber follows; active once confirmed."""

    subscriber = models.ForeignKey(
        Subscriber,
        on_delete=models.CASCADE,
        related_name="subscriptions",
        verbose_name=_("subscriber"),
    )
    notice = models.ForeignKey(
        Notice,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="subscriptions",
        verbose_name=_("notice"),
    )
    kind = ShowableCharField(_("kind"), max_length=40, blank=True, choices=NoticeKind.choices)
    region = ShowableCharField(_("region"), max_length=100, blank=True)
    text = ShowableCharField(_("text"), max_length=100, blank=True)
    reminder_days = models.JSONField(
        _("reminder working days"),
        default=default_reminder_days,
        help_text=_("Remind this many working days before the last day (the last day is 1)."),
    )
    created_at = models.DateTimeField(_("created at"), default=timezone.now)
    confirmed_at = models.DateTimeField(_("confirmed at"), null=True, blank=True)

    class Meta:
        ordering = ["id"]
        verbose_name = _("subscription")
        verbose_name_plural = _("subscriptions")
        constraints = [
            models.UniqueConstraint(
                fields=["subscriber", "kind", "region", "text"],
                condition=Q(notice__isnull=True),
                name="subscription_filter_unique",
            ),
            models.UniqueConstraint(
                fields=["subscriber", "notice"],
                condition=Q(notice__isnull=False),
                name="subscription_notice_unique",
            ),
        ]
        indexes = [
            models.Index(
                fields=["notice"], condition=Q(confirmed_at__isnull=False), name="subscription_live"
            )
        ]

    def __str__(self) -> str:
        if self.notice_id:
            return f"{self.subscriber_id}: notice {self.notice_id}"
        return (
            f"{self.subscriber_id}: {self.kind or '*'} / {self.region or '*'} / {self.text or '*'}"
        )


class ReminderKind(models.TextChoices):
    PUBLISHED = "published", _("new matching notice")
    REMINDER = "reminder", _("reminder before the last day")
    CHANGED = "changed", _("notice changed")


class ReminderLog(models.Model):
    """One message item owed to a subscriber: planned once per key, marked when sent.

    The key (subscriber, notice, kind, due_on) is unique, so a retry, a restarted worker or a
    duplicate beat plans and sends an item once; an unsent row is sent by the next run.
    """

    # no index of its own: the unique key below starts with subscriber
    subscriber = models.ForeignKey(
        Subscriber,
        on_delete=models.CASCADE,
        related_name="reminders",
        verbose_name=_("subscriber"),
        db_index=False,
    )
    notice = models.ForeignKey(
        Notice, on_delete=models.CASCADE, related_name="reminders", verbose_name=_("notice")
    )
    kind = ShowableCharField(_("kind"), max_length=20)
    due_on = models.DateField(_("due on"))
    detail = models.JSONField(_("detail"), default=dict, blank=True)
    planned_at = models.DateTimeField(_("planned at"), default=timezone.now)
    sent_at = models.DateTimeField(_("sent at"), null=True, blank=True)

    class Meta:
        ordering = ["-due_on", "-id"]
        verbose_name = _("reminder log")
        verbose_name_plural = _("reminder logs")
        constraints = [
            models.UniqueConstraint(
                fields=["subscriber", "notice", "kind", "due_on"], name="reminder_log_key"
            )
        ]
        indexes = [
            models.Index(
                fields=["subscriber"], condition=Q(sent_at__isnull=True), name="reminder_unsent"
            )
        ]

    def __str__(self) -> str:
        return f"{self.subscriber_id} {self.notice_id} {self.kind} {self.due_on}"


class AdminSummaryLog(models.Model):
    """The daily summary sent to admins, once per day."""

    day = models.DateField(_("day"), unique=True)
    sent_at = models.DateTimeField(_("sent at"), null=True, blank=True)
    body = models.TextField(_("body"), blank=True)

    class Meta:
        ordering = ["-day"]
        verbose_name = _("admin summary")
        verbose_name_plural = _("admin summaries")

    def __str__(self) -> str:
        return self.day.isoformat()


class PublicDataVersion(models.Model):
    """One counter, raised in the same transaction as every change to what public pages show.

    Rendered pages are cached under the version they were rendered at (notices/web/page_cache.py),
    so a committed change makes every older rendering unreachable at once, in every process.
    """

    version = models.BigIntegerField(_("version"), default=0)
    changed_at = models.DateTimeField(_("changed at"), null=True, blank=True)

    class Meta:
        verbose_name = _("public data version")
        verbose_name_plural = _("public data versions")

    def __str__(self) -> str:
        return str(self.version)
