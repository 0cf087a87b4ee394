"""API shapes of a notice. Field names follow seed-notices.json where they overlap."""

from __future__ import annotations

from django.urls import reverse
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from notices import services
from notices.deadlines.findings import Severity
from notices.deadlines.windows import WindowState
from notices.models import Contact, Link, Notice, Publication
from notices.presentation import explain_notice

from ..status import finding_texts, notice_status


class ContactSerializer(serializers.ModelSerializer):
    class Meta:
        model = Contact
        fields = ["name", "phone", "email", "address", "postcode"]


class LinkSerializer(serializers.ModelSerializer):
    class Meta:
        model = Link
        fields = ["url", "purpose", "label"]


class PublicationSerializer(serializers.ModelSerializer):
    class Meta:
        model = Publication
        fields = ["channel", "outlet", "published_on", "page", "url"]


class WindowSerializer(serializers.Serializer):
    length = serializers.IntegerField(allow_null=True)
    unit = serializers.CharField(allow_null=True)
    counting = serializers.CharField(allow_null=True)
    stated = serializers.BooleanField()
    first_day = serializers.DateField()
    last_day = serializers.DateField()
    closes_at = serializers.DateTimeField()
    closing_soon_from = serializers.DateField()
    earliest_last_day = serializers.DateField()
    provisional = serializers.BooleanField()
    provisional_years = serializers.ListField(child=serializers.IntegerField())


class StatusSerializer(serializers.Serializer):
    state = serializers.ChoiceField(choices=[state.value for state in WindowState])
    label = serializers.CharField()
    text = serializers.CharField(source="line")
    earliest_advice = serializers.CharField()
    provisional_warning = serializers.CharField()


class ExplanationSerializer(serializers.Serializer):
    summary = serializers.CharField()
    lines = serializers.ListField(child=serializers.CharField())
    basis = serializers.CharField()


class FindingSerializer(serializers.Serializer):
    code = serializers.CharField()
    severity = serializers.ChoiceField(choices=[severity.value for severity in Severity])
    message = serializers.CharField()
    basis = serializers.CharField()


class NoticeSerializer(serializers.ModelSerializer):
    """A notice with its computed dates, status on today's date, explanation and findings."""

    url = serializers.SerializerMethodField()
    region = serializers.CharField(read_only=True)
    closes_at = serializers.DateTimeField(read_only=True, allow_null=True)
    calendar_url = serializers.SerializerMethodField()
    kind_label = serializers.SerializerMethodField()
    window = serializers.SerializerMethodField()
    status = serializers.SerializerMethodField()
    explanation = serializers.SerializerMethodField()
    findings = serializers.SerializerMethodField()
    contact = serializers.SerializerMethodField()
    contacts = ContactSerializer(many=True, read_only=True)
    links = serializers.SerializerMethodField()
    link_details = LinkSerializer(many=True, read_only=True, source="links")
    publications = PublicationSerializer(many=True, read_only=True)

    class Meta:
        model = Notice
        fields = [
            "id",
            "url",
            "calendar_url",
            "kind",
            "kind_label",
            "title",
            "subject",
            "issuer",
            "province",
            "city",
            "county",
            "region",
            "published_on",
            "first_day",
            "last_day",
            "closing_soon_from",
            "earliest_last_day",
            "closes_at",
            "window",
            "status",
            "explanation",
            "findings",
            "contact",
            "contacts",
            "links",
            "link_details",
            "publications",
            "response_hours",
            "full_text",
            "updated_at",
        ]

    def _absolute(self, path: str) -> str:
        request = self.context.get("request")
        return request.build_absolute_uri(path) if request else path

    def get_url(self, notice) -> str:
        return self._absolute(notice.get_absolute_url())

    def get_calendar_url(self, notice) -> str | None:
        if notice.last_day is None:
            return None
        return self._absolute(reverse("notice-calendar", args=[notice.pk]))

    def get_kind_label(self, notice) -> str:
        return str(notice.get_kind_display())

    @extend_schema_field(WindowSerializer(allow_null=True))
    def get_window(self, notice):
        try:
            window = services.notice_window(notice)
        except Exception:  # an invalid stored notice shows no window rather than failing
            window = None
        if window is None:
            return None
        data = {
            "length": window.length,
            "unit": str(window.unit) if window.unit else None,
            "counting": str(window.counting) if window.counting else None,
            "stated": window.stated,
            "first_day": window.first_day,
            "last_day": window.last_day,
            "closes_at": window.closes_at,
            "closing_soon_from": window.closing_soon_from,
            "earliest_last_day": window.earliest_last_day,
            "provisional": window.provisional,
            "provisional_years": list(window.provisional_years),
        }
        return WindowSerializer(data).data

    @extend_schema_field(StatusSerializer)
    def get_status(self, notice):
        return StatusSerializer(notice_status(notice, self.context["on"])).data

    @extend_schema_field(ExplanationSerializer(allow_null=True))
    def get_explanation(self, notice):
        explanation = explain_notice(notice)
        return ExplanationSerializer(explanation).data if explanation else None

    @extend_schema_field(FindingSerializer(many=True))
    def get_findings(self, notice):
        return FindingSerializer(finding_texts(services.notice_findings(notice)), many=True).data

    @extend_schema_field(ContactSerializer(allow_null=True))
    def get_contact(self, notice):
        contacts = list(notice.contacts.all())
        return ContactSerializer(contacts[0]).data if contacts else None

    @extend_schema_field(serializers.ListField(child=serializers.URLField()))
    def get_links(self, notice) -> list[str]:
        return [link.url for link in notice.links.all()]
