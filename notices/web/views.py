"""Thin public pages: the notice list (with filters and keyset paging) and the notice page."""

from __future__ import annotations

import datetime as dt
import re

from django.shortcuts import get_object_or_404, render
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views import View
from django_filters.views import FilterView

from notices import services
from notices.deadlines.errors import DeadlineError
from notices.deadlines.timelines import month_span
from notices.deadlines.windows import WindowState
from notices.models import Notice
from notices.presentation import explain_notice

from . import page_cache
from .filters import STATUS_CHOICES, NoticeFilter
from .paging import BadCursor, filter_scope, page_after
from .pictures import month_picture, notice_timeline, weekday_names
from .status import finding_texts, month_name, notice_status

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
        state = self.filterset.state
        any_open = any(s.state in _OPEN_STATES for _n, s in context["rows"])
        context["heading"] = _list_heading(state, any_open)
        context["state"] = state
        if state and not context["rows"] and context["page"].is_first:
            context["elsewhere"] = self.other_states(state)
        return render_to_string(self.body_template_name, context, self.request)

    def other_states(self, state: str) -> list[tuple[str, str, int]]:
        """For an empty result: how many notices the same search finds in each other state."""
        data = self.request.GET.copy()
        data.pop("status", None)
        data.pop("after", None)
        others = NoticeFilter(data, self.get_queryset(), on=self.on)
        if not others.is_valid():  # pragma: no cover - the same data was valid with a status
            return []
        found = []
        for code, label in STATUS_CHOICES:
            if code == state or (code == "closing_soon" and state == "open"):
                continue
            count = others.qs.in_state(code, self.on).values("id")[:EMPTY_COUNT_CAP].count()
            if count:
                data["status"] = code
                found.append((str(label), f"?{data.urlencode()}", count))
        return found


_OPEN_STATES = (WindowState.OPEN, WindowState.CLOSING_SOON)
#: Counts on the empty-result page stop here ("1000+"): a count is never a full scan.
EMPTY_COUNT_CAP = 1000


def _list_heading(state: str, any_open: bool) -> str:
    """The list's heading says what is listed: a state, or open periods only if any is open."""
    headings = {
        "open": _("Open comment and claim periods"),
        "closing_soon": _("Periods closing soon"),
        "upcoming": _("Periods not open yet"),
        "closed": _("Closed periods"),
    }
    if state:
        return headings[state]
    return headings["open"] if any_open else _("Public notices and their periods")


class NoticeMonthView(PublicPageMixin, View):
    """A month of the official calendar with each window of the filtered notices as a bar.

    ``month=YYYY-MM`` (default: this month) and the list's filters, all in the URL. Cached like
    the list.
    """

    template_name = "notices/notice_month.html"
    body_template_name = "notices/_notice_month_body.html"

    def get(self, request):
        on = timezone.localdate()
        self.error_body = ""
        body = page_cache.cached("month", request, on, lambda: self.render_body(on))
        if body is None:
            return render(request, self.template_name, {"body": self.error_body}, status=400)
        return render(request, self.template_name, {"body": body})

    def render_body(self, on) -> str | None:
        """The month and its windows; None (and ``error_body``) for bad input."""
        filterset = NoticeFilter(self.request.GET, Notice.objects.public(), on=on)
        context = {"filter": filterset, "on": on, "picture": None}
        year, month = _month_of(self.request.GET.get("month", ""), on)
        if year is None:
            context["error"] = _("Give the month as year and month, e.g. 2024-07.")
        elif not filterset.is_valid():
            context["error"] = _("Some filters are not valid; correct them and search again.")
        else:
            first, last = month_span(year, month)
            notices = list(
                filterset.qs.with_window()
                .open_between(first, last)
                .defer("full_text")
                .order_by("first_day", "last_day", "id")[: MONTH_LIMIT + 1]
            )
            try:
                picture = month_picture(year, month, notices[:MONTH_LIMIT], on)
            except DeadlineError:
                context["error"] = _("This month is outside the calendar this site knows.")
            else:
                context.update(
                    picture=picture,
                    more=len(notices) > MONTH_LIMIT,
                    month_label=month_name(year, month),
                    weekday_names=weekday_names(),
                    previous=_month_query(self.request, first - dt.timedelta(days=1)),
                    following=_month_query(self.request, last + dt.timedelta(days=1)),
                    provisional=any(d.day.provisional for d in picture.days),
                )
        if "error" in context:
            self.error_body = render_to_string(self.body_template_name, context, self.request)
            return None
        return render_to_string(self.body_template_name, context, self.request)


#: The month view draws at most this many windows (the rest: narrow the filters).
MONTH_LIMIT = 100
_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")


def _month_of(value: str, on: dt.date) -> tuple[int | None, int]:
    """The (year, month) of a ``YYYY-MM`` parameter; today's month when empty; None if bad."""
    if not value:
        return on.year, on.month
    match = _MONTH.match(value.strip())
    if not match or not 1 <= int(match[2]) <= 12:
        return None, 0
    return int(match[1]), int(match[2])


def _month_query(request, day: dt.date) -> str:
    query = request.GET.copy()
    query["month"] = f"{day.year:04d}-{day.month:02d}"
    return f"?{query.urlencode()}"


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
        status = notice_status(notice, on)
        context = {
            "notice": notice,
            "on": on,
            "status": status,
            "explanation": explain_notice(notice, closed=status.state is WindowState.CLOSED),
            "findings": finding_texts(services.notice_findings(notice)),
            "timeline": notice_timeline(notice, on),
        }
        return notice.title, render_to_string(self.body_template_name, context, self.request)
