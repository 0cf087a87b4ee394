"""The admin users' tool: notices with their windows and findings, and the holiday calendar."""

from __future__ import annotations

import copy

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.db import models
from django.forms.models import construct_instance
from django.http import HttpResponseRedirect
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from simple_history.admin import SimpleHistoryAdmin

from notices import calendar_source, services
from notices.deadlines.errors import DeadlineError
from notices.deadlines.windows import KINDS
from notices.models import (
    AdminSummaryLog,
    CalendarDay,
    CalendarYear,
    Contact,
    Link,
    Notice,
    Publication,
    ReminderLog,
    ReviewState,
    StateTransition,
    Subscriber,
    Subscription,
    WindowChange,
)
from notices.presentation import explain_notice

from . import display
from .dashboard import dashboard_view
from .import_screen import crop_view, import_view, job_view

CLERK_CSS = {"all": ("clerk/admin.css",)}


class WindowStateFilter(admin.SimpleListFilter):
    title = _("window state")
    parameter_name = "state"

    def lookups(self, request, model_admin):
        return [
            ("upcoming", _("upcoming")),
            ("open", _("open")),
            ("closing_soon", _("closing soon")),
            ("closed", _("closed")),
            ("no_window", _("no window")),
        ]

    def queryset(self, request, queryset):
        if self.value() in {"upcoming", "open", "closing_soon", "closed", "no_window"}:
            return queryset.in_state(self.value(), timezone.localdate())
        return queryset


class ProvisionalFilter(admin.SimpleListFilter):
    title = _("provisional deadline")
    parameter_name = "provisional"

    def lookups(self, request, model_admin):
        return [("yes", _("yes")), ("no", _("no"))]

    def queryset(self, request, queryset):
        if self.value() == "yes":
            return queryset.exclude(provisional_years="")
        if self.value() == "no":
            return queryset.filter(provisional_years="")
        return queryset


# Links in notices are https nearly always (and Django 6 assumes so too).
URL_FIELDS = {models.URLField: {"assume_scheme": "https"}}


class PublicationInline(admin.TabularInline):
    model = Publication
    extra = 0
    formfield_overrides = URL_FIELDS


class ContactInline(admin.StackedInline):
    # stacked: a contact's five fields side by side are wider than a laptop screen
    model = Contact
    extra = 0


class LinkInline(admin.TabularInline):
    model = Link
    extra = 0
    formfield_overrides = URL_FIELDS


class NoticeAdminForm(forms.ModelForm):
    """Carries the version the editor opened, so a save on a stale copy is refused."""

    opened_version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    class Meta:
        model = Notice
        fields = (  # every editable field; the derived days are editable=False
            "kind",
            "title",
            "subject",
            "issuer",
            "province",
            "city",
            "county",
            "full_text",
            "review_state",
            "published_on",
            "dissolution_resolved_on",
            "liquidation_group_formed_on",
            "window_length",
            "window_unit",
            "counting",
            "stated_first_day",
            "stated_last_day",
            "response_hours",
        )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["opened_version"].initial = self.instance.version

    def clean(self):
        cleaned = super().clean()
        opened = cleaned.get("opened_version")
        if self.instance.pk and opened is None:
            # an edit must say which version it was made on, or the stale-edit check is moot
            raise ValidationError(
                _(
                    "This edit does not say which version of the notice it was made on, so it "
                    "could overwrite someone else's change. Nothing was saved: reload the page "
                    "and apply your changes again."
                ),
                code="version_missing",
            )
        if self.instance.pk and opened is not None:
            saved = Notice.objects.filter(pk=self.instance.pk).values_list("version", flat=True)
            saved_version = saved.first()
            if saved_version is not None and saved_version != opened:
                raise ValidationError(
                    _(
                        "Someone else saved this notice after you opened it (your copy is "
                        "version %(mine)s, the saved one is version %(theirs)s). Nothing was "
                        "saved: reload the page and apply your changes again."
                    ),
                    code="stale",
                    params={"mine": opened, "theirs": saved_version},
                )
        if not self.errors:
            # Validate the window itself (e.g. a stated end before publication) before saving,
            # on a copy: the instance is only updated once the whole form is valid.
            candidate = construct_instance(self, copy.copy(self.instance))
            try:
                services.notice_window(candidate)
            except DeadlineError as exc:
                raise ValidationError(str(exc)) from exc
        return cleaned


@admin.register(Notice)
class NoticeAdmin(SimpleHistoryAdmin):
    form = NoticeAdminForm
    list_display = (
        "title_display",
        "state_badge",
        "last_day_display",
        "findings_display",
        "kind_display",
        "region_display",
    )
    list_display_links = ("title_display",)
    list_filter = (
        WindowStateFilter,
        "kind",
        "review_state",
        ProvisionalFilter,
        "province",
        "city",
        ("published_on", admin.DateFieldListFilter),
        "is_demo",
    )
    search_fields = ("title", "issuer", "subject", "contacts__phone", "contacts__name")
    date_hierarchy = "last_day"
    ordering = ("last_day", "id")
    inlines = (PublicationInline, ContactInline, LinkInline)
    readonly_fields = (
        "at_a_glance",
        "first_day",
        "last_day",
        "closing_soon_from",
        "earliest_last_day",
        "closes_at_display",
        "provisional_years",
        "why_this_date",
        "findings_detail",
        "version",
        "created_at",
        "public_since",
        "updated_at",
    )
    fieldsets = (
        (None, {"fields": ("at_a_glance", "kind", "title", "subject", "issuer", "review_state")}),
        (_("Region"), {"fields": ("province", "city", "county")}),
        (
            _("Dates"),
            {
                "fields": (
                    "published_on",
                    "dissolution_resolved_on",
                    "liquidation_group_formed_on",
                )
            },
        ),
        (
            _("What the notice says about its window"),
            {
                "fields": (
                    "window_length",
                    "window_unit",
                    "counting",
                    "stated_first_day",
                    "stated_last_day",
                    "response_hours",
                ),
                "description": _(
                    "Leave these blank when the notice follows the law's window for its kind."
                ),
            },
        ),
        (
            _("Computed window (read-only)"),
            {
                "fields": (
                    "first_day",
                    "last_day",
                    "closes_at_display",
                    "closing_soon_from",
                    "earliest_last_day",
                    "provisional_years",
                    "why_this_date",
                )
            },
        ),
        (_("Compliance findings"), {"fields": ("findings_detail",)}),
        (_("Text"), {"fields": ("full_text",)}),
        (
            _("Record"),
            {"fields": ("opened_version", "version", "created_at", "public_since", "updated_at")},
        ),
    )

    class Media:
        css = CLERK_CSS

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("publications")

    @admin.display(description=_("title"), ordering="title")
    def title_display(self, obj: Notice):
        """The title, the issuer under it, and a badge unless the notice is confirmed."""
        review = ""
        if obj.review_state != ReviewState.CONFIRMED:
            review = format_html(
                ' <span class="nt-badge nt-review-{}">{}</span>',
                obj.review_state,
                obj.get_review_state_display(),
            )
        issuer = ""
        if obj.issuer and obj.issuer not in obj.title:
            issuer = format_html('<span class="nt-issuer">{}</span>', obj.issuer)
        return format_html("{}{}{}", obj.title, review, issuer)

    @admin.display(description=_("kind"), ordering="kind")
    def kind_display(self, obj: Notice):
        spec = KINDS.get(obj.kind)
        kind = spec.name(get_language() or "zh") if spec else obj.kind
        if obj.published_on is None:
            return kind
        return format_html(
            '{}<span class="nt-sub">{} {}</span>',
            kind,
            _("published on"),
            display.long_day(obj.published_on),
        )

    @admin.display(description=_("region"), ordering="province")
    def region_display(self, obj: Notice) -> str:
        return obj.region

    @admin.display(description=_("state"))
    def state_badge(self, obj: Notice):
        return display.state_badge(obj, timezone.localdate())

    @admin.display(description=_("last day"), ordering="last_day")
    def last_day_display(self, obj: Notice):
        if obj.last_day is None:
            return "—"
        return format_html(
            '{}<span class="nt-days-left">{}</span>',
            display.long_day(obj.last_day),
            display.days_left_text(obj, timezone.localdate()),
        )

    @admin.display(description=_("at a glance"))
    def at_a_glance(self, obj: Notice):
        """State, closing moment, days left and findings: what the clerk checks first."""
        if not obj.pk or obj.last_day is None:
            return "—"
        on = timezone.localdate()
        return format_html(
            '{} <span class="nt-closes">{} {}</span> <span class="nt-days-left">{}</span>{}',
            display.state_badge(obj, on),
            _("closes"),
            display.closing_moment_text(obj.last_day),
            display.days_left_text(obj, on),
            display.finding_badges(services.notice_findings(obj, on=on)),
        )

    @admin.display(description=_("closes at"))
    def closes_at_display(self, obj: Notice) -> str:
        return display.closing_moment_text(obj.last_day)

    @admin.display(description=_("findings"))
    def findings_display(self, obj: Notice):
        on = timezone.localdate()
        return display.finding_badges(
            services.notice_findings(obj, calendar_source.get_calendar(), on)
        )

    @admin.display(description=_("findings"))
    def findings_detail(self, obj: Notice):
        if not obj.pk:
            return "—"
        findings = services.notice_findings(obj, on=timezone.localdate())
        if not findings:
            return _("No findings.")
        return display.finding_list(findings)

    @admin.display(description=_("why this date"))
    def why_this_date(self, obj: Notice) -> str:
        if not obj.pk:
            return "—"
        explanation = explain_notice(obj)
        if explanation is None:
            return _("This notice has no window.")
        return format_html(
            "<p>{}</p><ul>{}</ul>",
            explanation.summary,
            format_html_join("", "<li>{}</li>", ((line,) for line in explanation.lines)),
        )

    change_list_template = "admin/notices/notice/change_list.html"

    def get_urls(self):
        from django.urls import path

        custom = [
            path(
                "import/",
                self.admin_site.admin_view(lambda request: import_view(self, request)),
                name="notices_notice_import",
            ),
            path(
                "import/job/<uuid:job_id>/",
                self.admin_site.admin_view(lambda request, job_id: job_view(self, request, job_id)),
                name="notices_notice_import_job",
            ),
            path(
                "import/job/<uuid:job_id>/page/<int:number>.png",
                self.admin_site.admin_view(
                    lambda request, job_id, number: crop_view(self, request, job_id, number)
                ),
                name="notices_notice_import_crop",
            ),
            path(
                "dashboard/",
                self.admin_site.admin_view(lambda request: dashboard_view(self, request)),
                name="notices_notice_dashboard",
            ),
        ]
        return custom + super().get_urls()

    def save_model(self, request, obj, form, change):
        expected = form.cleaned_data["opened_version"] if change else None
        services.record_notice(obj, expected_version=expected)

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        try:
            return super().changeform_view(request, object_id, form_url, extra_context)
        except services.StaleEdit as exc:
            # The form checked the version already; this is two saves racing. Nothing was saved.
            messages.error(request, " ".join(exc.messages))
            return HttpResponseRedirect(request.path)


class CalendarDayInline(admin.TabularInline):
    model = CalendarDay
    extra = 0
    ordering = ("day",)


@admin.register(CalendarYear)
class CalendarYearAdmin(SimpleHistoryAdmin):
    list_display = ("year", "published", "notice_title", "day_count", "updated_at")
    list_filter = ("published",)
    inlines = (CalendarDayInline,)
    search_fields = ("year", "notice_title")
    formfield_overrides = URL_FIELDS

    @admin.display(description=_("days listed"))
    def day_count(self, obj: CalendarYear) -> int:
        return obj.days.count()

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        # The days changed: every process must rebuild its calendar, and windows move.
        services.touch_calendar_year(form.instance.year)
        result = services.recompute_windows(
            [form.instance.year], reason=f"calendar {form.instance.year} edited"
        )
        messages.info(
            request,
            _("Recomputed %(examined)s notices; %(changed)s windows changed.")
            % {"examined": result.examined, "changed": result.changed},
        )


@admin.register(WindowChange)
class WindowChangeAdmin(admin.ModelAdmin):
    list_display = ("notice", "changed_at", "old_last_day", "new_last_day", "reason")
    list_select_related = ("notice",)
    search_fields = ("notice__title", "reason")
    date_hierarchy = "changed_at"

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


# -- scheduled jobs: transitions, subscriptions, reminders (read-mostly) -------------------------


@admin.register(StateTransition)
class StateTransitionAdmin(admin.ModelAdmin):
    list_display = ("notice", "on_day", "from_state", "to_state", "changed_at")
    list_filter = ("to_state",)
    list_select_related = ("notice",)
    date_hierarchy = "on_day"
    raw_id_fields = ("notice",)

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


class SubscriptionInline(admin.TabularInline):
    model = Subscription
    extra = 0
    raw_id_fields = ("notice",)
    readonly_fields = ("created_at", "confirmed_at")


@admin.register(Subscriber)
class SubscriberAdmin(admin.ModelAdmin):
    list_display = ("email", "language", "digest", "last_digest_on", "created_at")
    search_fields = ("email",)
    inlines = [SubscriptionInline]


@admin.register(ReminderLog)
class ReminderLogAdmin(admin.ModelAdmin):
    list_display = ("subscriber", "notice", "kind", "due_on", "planned_at", "sent_at")
    list_filter = ("kind",)
    list_select_related = ("subscriber", "notice")
    search_fields = ("subscriber__email", "notice__title")
    date_hierarchy = "due_on"
    raw_id_fields = ("subscriber", "notice")

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(AdminSummaryLog)
class AdminSummaryLogAdmin(admin.ModelAdmin):
    list_display = ("day", "sent_at")
    readonly_fields = ("day", "sent_at", "body")

    def has_add_permission(self, request):
        return False
