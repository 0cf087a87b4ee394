"""Thin public pages: the notice list (with filters and keyset paging) and the notice page."""

from __future__ import annotations

from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.generic import DetailView
from django_filters.views import FilterView

from . import services
from .filters import NoticeFilter
from .models import Notice
from .paging import BadCursor, page_after
from .presentation import explain_notice
from .status import finding_texts, notice_status

PAGE_SIZE = 20

#: The pages load only their own stylesheet and need no script at all.
CONTENT_SECURITY_POLICY = (
    "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
    "base-uri 'none'; frame-ancestors 'none'"
)


class PublicPageMixin:
    """Read-only HTML pages with a strict content security policy."""

    http_method_names = ["get", "head", "options"]

    def dispatch(self, request, *args, **kwargs):
        response = super().dispatch(request, *args, **kwargs)
        response.headers.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
        return response


class NoticeListView(PublicPageMixin, FilterView):
    """Open windows first, nearest last day first; every filter is in the URL."""

    filterset_class = NoticeFilter
    template_name = "notices/notice_list.html"

    def get_queryset(self):
        return Notice.objects.public()

    def get_filterset_kwargs(self, filterset_class):
        # always bound: no parameters is a valid search for everything
        kwargs = super().get_filterset_kwargs(filterset_class)
        return {**kwargs, "data": self.request.GET, "on": self.on}

    def get(self, request, *args, **kwargs):
        self.on = timezone.localdate()
        self.filterset = self.get_filterset(self.get_filterset_class())
        context = {"filter": self.filterset, "on": self.on, "rows": [], "page": None}
        if not self.filterset.is_valid():
            context["error"] = _("Some filters are not valid; correct them and search again.")
            return render(request, self.template_name, context, status=400)
        try:
            page = page_after(self.filterset.ordered_qs(), request.GET.get("after"), PAGE_SIZE)
        except BadCursor:
            context["error"] = _("This page link is not valid; start again from the first page.")
            return render(request, self.template_name, context, status=400)
        context["page"] = page
        context["rows"] = [(notice, notice_status(notice, self.on)) for notice in page.rows]
        return render(request, self.template_name, context)


class NoticeDetailView(PublicPageMixin, DetailView):
    """One notice: what it is about, how to respond and by when, and why that date."""

    template_name = "notices/notice_detail.html"
    context_object_name = "notice"

    def get_queryset(self):
        return Notice.objects.public().prefetch_related("publications", "contacts", "links")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        on = timezone.localdate()
        status = notice_status(self.object, on)
        context.update(
            on=on,
            status=status,
            explanation=explain_notice(self.object),
            findings=finding_texts(services.notice_findings(self.object)),
        )
        return context
