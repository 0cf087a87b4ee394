"""The notice filters shared by the public pages, the feeds and the API (django-filter).

Every filter is a query parameter, so a search is a URL that can be shared and bookmarked.
States come from the queryset methods, for the day the view computed once (``on``).
"""

from __future__ import annotations

import datetime as dt

import django_filters
from django import forms
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from notices.models import Notice, NoticeKind

STATUS_CHOICES = [
    ("open", _("open")),
    ("closing_soon", _("closing soon")),
    ("upcoming", _("upcoming")),
    ("closed", _("closed")),
]

# Dates a person could mean; anything else in a date box is a typing slip (and keeps the
# database away from years it cannot store).
_EARLIEST = dt.date(1950, 1, 1)
_LATEST = dt.date(2199, 12, 31)


class SaneDateField(forms.DateField):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("input_formats", ["%Y-%m-%d"])
        kwargs.setdefault("widget", forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"))
        super().__init__(*args, **kwargs)

    def validate(self, value):
        super().validate(value)
        if value and not _EARLIEST <= value <= _LATEST:
            raise forms.ValidationError(
                _("Enter a date between %(first)s and %(last)s.")
                % {"first": _EARLIEST.isoformat(), "last": _LATEST.isoformat()}
            )


class SaneDateFilter(django_filters.DateFilter):
    field_class = SaneDateField


class NoticeFilter(django_filters.FilterSet):
    """Filters of the notice list. ``on`` is today in Asia/Shanghai, computed by the view."""

    status = django_filters.ChoiceFilter(
        label=_("Status"), choices=STATUS_CHOICES, method="filter_status", empty_label=_("any")
    )
    kind = django_filters.ChoiceFilter(
        label=_("Kind"), choices=NoticeKind.choices, empty_label=_("any")
    )
    region = django_filters.CharFilter(
        label=_("Region"),
        method="filter_region",
        max_length=50,
        help_text=_("Province, city or county, e.g. 乌兰察布市"),
    )
    q = django_filters.CharFilter(label=_("Issuer or title"), method="filter_text", max_length=100)
    published_from = SaneDateFilter(
        label=_("Published from"), field_name="published_on", lookup_expr="gte"
    )
    published_to = SaneDateFilter(
        label=_("Published until"), field_name="published_on", lookup_expr="lte"
    )
    last_day_from = SaneDateFilter(
        label=_("Last day from"), field_name="last_day", lookup_expr="gte"
    )
    last_day_to = SaneDateFilter(
        label=_("Last day until"), field_name="last_day", lookup_expr="lte"
    )

    class Meta:
        model = Notice
        fields = ["status", "kind", "region", "q"]

    def __init__(self, data=None, queryset=None, *, on: dt.date | None = None, **kwargs):
        super().__init__(data, queryset, **kwargs)
        self.on = on or timezone.localdate()

    @property
    def state(self) -> str:
        """The chosen status ('' for any), once the filter is valid."""
        return self.form.cleaned_data.get("status") or ""

    def filter_status(self, queryset, name, value):
        return queryset.in_state(value, self.on) if value else queryset

    def filter_region(self, queryset, name, value):
        value = value.strip()
        if not value:
            return queryset
        return queryset.filter(
            Q(province__startswith=value) | Q(city__startswith=value) | Q(county__startswith=value)
        )

    def filter_text(self, queryset, name, value):
        value = value.strip()
        if not value:
            return queryset
        return queryset.filter(
            Q(title__icontains=value) | Q(issuer__icontains=value) | Q(subject__icontains=value)
        )

    def ordered_qs(self):
        """The filtered notices in reading order (see NoticeQuerySet.in_reading_order)."""
        return self.qs.in_reading_order(self.on, self.state)
