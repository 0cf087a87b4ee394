"""The clerk's dashboard: windows opening and closing in the coming weeks, findings by kind and
region, notices entered per week; drawn on the server as SVG (``charts``)."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

from django.contrib import admin
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from notices import calendar_source, services
from notices.deadlines.findings import SEVERITY_ORDER, Severity
from notices.models import Notice, ReviewState

from . import charts
from .display import severity_label

WEEKS_AHEAD = 8
WEEKS_BACK = 12
RECENT_DAYS = 28  # findings: windows open, upcoming, or closed in the last four weeks
MOST_NOTICES = 2000  # findings are computed per notice; beyond this the page says it stopped
SEVERITY_COLOURS = {
    Severity.VIOLATION: "#b42318",
    Severity.WARNING: "#8a6100",
    Severity.PENDING: "#2f5fa8",
    Severity.INFO: "#595959",
}


@dataclass(frozen=True)
class FindingCounts:
    by_kind: list[tuple[str, Severity, int]]  # (label, severity, count), most serious first
    by_region: list[tuple[str, int]]
    table: list[tuple[str, list[int]]]  # finding label -> count per region
    regions: list[str]
    examined: int
    capped: bool


def week_starts(first_monday: dt.date, count: int) -> list[dt.date]:
    return [first_monday + dt.timedelta(weeks=i) for i in range(count)]


def _week_label(monday: dt.date) -> str:
    return f"{monday.month}/{monday.day}"


def _register():
    return Notice.objects.exclude(review_state=ReviewState.WITHDRAWN)


def windows_by_week(on: dt.date) -> tuple[list[dt.date], list[int], list[int]]:
    """Windows opening and closing in each of the next weeks, from this week's Monday."""
    mondays = week_starts(on - dt.timedelta(days=on.weekday()), WEEKS_AHEAD)
    end = mondays[-1] + dt.timedelta(days=6)
    opening = Counter(
        (d - mondays[0]).days // 7
        for d in _register().opening_between(mondays[0], end).values_list("first_day", flat=True)
    )
    closing = Counter(
        (d - mondays[0]).days // 7
        for d in _register().closing_between(mondays[0], end).values_list("last_day", flat=True)
    )
    return (
        mondays,
        [opening[i] for i in range(WEEKS_AHEAD)],
        [closing[i] for i in range(WEEKS_AHEAD)],
    )


def entered_by_week(on: dt.date) -> tuple[list[dt.date], list[int]]:
    """Notices entered in each of the last weeks, this one included (Asia/Shanghai days)."""
    this_monday = on - dt.timedelta(days=on.weekday())
    mondays = week_starts(this_monday - dt.timedelta(weeks=WEEKS_BACK - 1), WEEKS_BACK)
    since = dt.datetime.combine(mondays[0], dt.time(0), tzinfo=timezone.get_current_timezone())
    counts = Counter(
        (timezone.localdate(at) - mondays[0]).days // 7
        for at in Notice.objects.filter(created_at__gte=since).values_list("created_at", flat=True)
    )
    return mondays, [counts[i] for i in range(WEEKS_BACK)]


def finding_counts(on: dt.date) -> FindingCounts:
    """Findings of the current notices (windows not closed more than four weeks ago)."""
    lang = "zh" if (get_language() or "zh").startswith("zh") else "en"
    calendar = calendar_source.get_calendar()
    current = (
        _register()
        .closing_between(on - dt.timedelta(days=RECENT_DAYS), dt.date.max)
        .prefetch_related("publications")
        .order_by("last_day", "id")
    )
    notices = list(current[: MOST_NOTICES + 1])
    capped = len(notices) > MOST_NOTICES
    notices = notices[:MOST_NOTICES]
    by_kind: Counter[tuple[str, Severity]] = Counter()
    by_region: Counter[str] = Counter()
    cells: Counter[tuple[str, str]] = Counter()
    for notice in notices:
        region = notice.province or _("region unknown")
        for finding in services.notice_findings(notice, calendar, on):
            label = finding.label(lang)
            by_kind[(label, finding.severity)] += 1
            by_region[region] += 1
            cells[(label, region)] += 1
    kinds = sorted(by_kind.items(), key=lambda kv: (SEVERITY_ORDER[kv[0][1]], -kv[1], kv[0][0]))
    regions = [r for r, _n in by_region.most_common()]
    labels = list(dict.fromkeys(label for (label, _s), _n in kinds))
    return FindingCounts(
        by_kind=[(label, severity, n) for (label, severity), n in kinds],
        by_region=by_region.most_common(),
        table=[(label, [cells[(label, r)] for r in regions]) for label in labels],
        regions=regions,
        examined=len(notices),
        capped=capped,
    )


def dashboard_view(model_admin: admin.ModelAdmin, request: HttpRequest) -> HttpResponse:
    on = timezone.localdate()
    mondays, opening, closing = windows_by_week(on)
    entered_mondays, entered = entered_by_week(on)
    found = finding_counts(on)
    weeks = [_week_label(m) for m in mondays]
    context = {
        **model_admin.admin_site.each_context(request),
        "title": _("Dashboard"),
        "opts": model_admin.model._meta,
        "on": on,
        "windows_chart": charts.column_chart(
            _("Windows opening and closing per week"),
            weeks,
            [
                charts.Series(_("opening"), "#2e7d32", opening),
                charts.Series(_("closing"), "#b42318", closing),
            ],
        ),
        "windows_total": (sum(opening), sum(closing)),
        "entered_chart": charts.column_chart(
            _("Notices entered per week"),
            [_week_label(m) for m in entered_mondays],
            [charts.Series(_("entered"), "#2f5fa8", entered)],
        ),
        "entered_total": sum(entered),
        "kind_chart": charts.bar_chart(
            _("Findings by kind"),
            [
                (f"{severity_label(severity)} · {label}", n, SEVERITY_COLOURS[severity])
                for label, severity, n in found.by_kind
            ],
        ),
        "region_chart": charts.bar_chart(
            _("Findings by region"), [(region, n, "#595959") for region, n in found.by_region]
        ),
        "found": found,
    }
    return render(request, "admin/notices/notice/dashboard.html", context)
