"""Read-only API viewsets; they share the pages' FilterSet and ordering."""

from __future__ import annotations

from django.utils import timezone
from django_filters.rest_framework import DjangoFilterBackend
from django_filters.utils import translate_validation
from rest_framework import viewsets

from notices.models import Notice

from ..filters import NoticeFilter
from .pagination import NoticeKeysetPagination
from .serializers import NoticeSerializer


class NoticeFilterBackend(DjangoFilterBackend):
    """The page filters, for the day the view computed, in the pages' reading order."""

    def get_filterset_kwargs(self, request, queryset, view):
        return {**super().get_filterset_kwargs(request, queryset, view), "on": view.on}

    def filter_queryset(self, request, queryset, view):
        filterset = self.get_filterset(request, queryset, view)
        view.filterset = filterset  # the paging binds its cursors to this filter
        if filterset is None:
            return queryset
        if not filterset.is_valid() and self.raise_exception:
            raise translate_validation(filterset.errors)
        return filterset.ordered_qs()


class NoticeViewSet(viewsets.ReadOnlyModelViewSet):
    """Public notices with their computed dates, status, explanation and findings.

    The list shows open periods first, nearest last day first; the parameters status, kind,
    region, q, published_from, published_to, last_day_from and last_day_to filter it as on the
    pages.
    """

    serializer_class = NoticeSerializer
    filterset_class = NoticeFilter
    # ASCII digits only: int() would read "１" (a full-width digit) as notice 1
    lookup_value_regex = "[0-9]+"
    filter_backends = [NoticeFilterBackend]
    pagination_class = NoticeKeysetPagination

    def initial(self, request, *args, **kwargs):
        self.on = timezone.localdate()
        super().initial(request, *args, **kwargs)

    def get_queryset(self):
        return Notice.objects.public().prefetch_related("publications", "contacts", "links")

    def get_serializer_context(self):
        return {**super().get_serializer_context(), "on": getattr(self, "on", None)}
