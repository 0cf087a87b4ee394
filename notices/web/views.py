"""Thin public pages: the notice list (with filters and keyset paging) and the notice page."""

from __future__ import annotations

from django.shortcuts import get_object_or_404, render
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views import View
from django_filters.views import FilterView

from notices import services
from notices.models import Notice
from notices.presentation import explain_notice

from . import page_cache
from .filters import NoticeFilter
from .paging import BadCursor, filter_scope, page_after
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
    """Open windows first, nearest last day first; every filter is in the URL.

    The page's body (filters and results) is cached per URL, day and language until the data
    changes (page_cache); the frame around it is rendered every time.
    """

    filterset_class = NoticeFilter
    template_name = "notices/notice_list.html"
    body_template_name = "notices/_notice_list_body.html"

    def get_queryset(self):
        return Notice.objects.public().defer("full_text")

    def get_filterset_kwargs(self, filterset_class):
        # always bound: no parameters is a valid search for everything
        kwargs = super().get_filterset_kwargs(filterset_class)
        return {**kwargs, "data": self.request.GET, "on": self.on}

    def get(self, request, *args, **kwargs):
        self.on = timezone.localdate()
        self.error_body = ""
        body = page_cache.cached("list", request, self.on, self.render_body)
        if body is None:
            return render(request, self.template_name, {"body": self.error_body}, status=400)
        return render(request, self.template_name, {"body": body})

    def render_body(self) -> str | None:
        """The filters and one page of results; None (and ``error_body``) for bad input."""
        self.filterset = self.get_filterset(self.get_filterset_class())
        context = {"filter": self.filterset, "on": self.on, "rows": [], "page": None}
        error = None
        if not self.filterset.is_valid():
            error = _("Some filters are not valid; correct them and search again.")
        else:
            try:
                context["page"] = page_after(
                    self.filterset.ordered_qs(),
                    self.request.GET.get("after"),
                    PAGE_SIZE,
                    filter_scope(self.filterset),
                )
            except BadCursor:
                error = _("This page link is not valid; start again from the first page.")
        if error:
            context["error"] = error
            self.error_body = render_to_string(self.body_template_name, context, self.request)
            return None
        context["rows"] = [
            (notice, notice_status(notice, self.on)) for notice in context["page"].rows
        ]
        return render_to_string(self.body_template_name, context, self.request)


class NoticeDetailView(PublicPageMixin, View):
    """One notice: what it is about, how to respond and by when, and why that date.

    The page's title and body are cached per notice, day and language until the data changes.
    """

    template_name = "notices/notice_detail.html"
    body_template_name = "notices/_notice_detail_body.html"

    def get(self, request, pk: int):
        on = timezone.localdate()
        title, body = page_cache.cached("notice", request, on, lambda: self.render_body(pk, on))
        return render(request, self.template_name, {"title": title, "body": body})

    def render_body(self, pk: int, on) -> tuple[str, str]:
        queryset = Notice.objects.public().prefetch_related("publications", "contacts", "links")
        notice = get_object_or_404(queryset, pk=pk)
        context = {
            "notice": notice,
            "on": on,
            "status": notice_status(notice, on),
            "explanation": explain_notice(notice),
            "findings": finding_texts(services.notice_findings(notice)),
        }
        return notice.title, render_to_string(self.body_template_name, context, self.request)
