"""How the clerk's screens write a notice's state, last day, days left and findings (HTML bits)."""

from __future__ import annotations

import datetime as dt

from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from notices import calendar_source
from notices.deadlines.errors import DeadlineError
from notices.deadlines.findings import Finding, Severity
from notices.deadlines.windows import WindowState, kind_spec, state_of_days
from notices.deadlines.workdays import Unit
from notices.models import Notice
from notices.presentation import long_day as presentation_long_day
from notices.presentation import state_label


def _zh() -> bool:
    return (get_language() or "zh-hans").startswith("zh")


def long_day(day: dt.date) -> str:
    """2024年8月22日 / 22 August 2024: one way per language, as the public pages write it."""
    return presentation_long_day(day)


def closing_moment_text(last_day: dt.date | None) -> str:
    """The moment a window closes as people say it: "2024年8月22日 24:00", not 08-23 00:00."""
    if last_day is None:
        return "—"
    return f"{long_day(last_day)} 24:00" if _zh() else f"{long_day(last_day)}, 24:00"


def severity_label(severity: Severity | str) -> str:
    labels = {
        Severity.VIOLATION: _("Violation"),
        Severity.WARNING: _("Warning"),
        Severity.PENDING: _("Pending"),
        Severity.INFO: _("Note"),
    }
    return labels[Severity(severity)]


def _counts_working_days(notice: Notice) -> bool:
    if notice.window_unit:
        return notice.window_unit == Unit.WORKING_DAYS
    rule = kind_spec(notice.kind).rule
    return bool(rule and rule.unit is Unit.WORKING_DAYS)


def days_left_text(notice: Notice, on: dt.date) -> str:
    """ "还剩 3 个工作日" / "今天 24:00 截止" / "5 天后开始"; empty when closed or no window
    (the state badge says so already)."""
    state = notice_state(notice, on)
    if state in {WindowState.NO_WINDOW, WindowState.CLOSED}:
        return ""
    if state is WindowState.UPCOMING:
        days = (notice.first_day - on).days
        return _("opens in %(days)s days") % {"days": days}
    if on == notice.last_day:
        return _("closes today at 24:00")
    if _counts_working_days(notice):
        try:
            count = calendar_source.get_calendar().count_working_days(on, notice.last_day)
        except DeadlineError:
            pass
        else:
            return _("%(count)s working days left") % {"count": count}
    return _("%(count)s days left") % {"count": (notice.last_day - on).days + 1}


def notice_state(notice: Notice, on: dt.date) -> WindowState:
    return state_of_days(notice.first_day, notice.last_day, notice.closing_soon_from, on)


def state_badge(notice: Notice, on: dt.date) -> SafeString:
    """The state as a coloured badge (colour and word, never colour alone)."""
    state = notice_state(notice, on)
    badge = format_html(
        '<span class="nt-badge nt-state-{}">{}</span>', state.value, state_label(state)
    )
    if notice.provisional_years:
        return format_html(
            '{} <span class="nt-badge nt-provisional">{}</span>', badge, _("provisional")
        )
    return badge


def finding_badges(findings: tuple[Finding, ...]) -> SafeString:
    """Each finding as a short translated label with its severity; the message on hover."""
    if not findings:
        return SafeString('<span class="nt-none">—</span>')
    lang = "zh" if _zh() else "en"
    return format_html_join(
        "",
        '<span class="nt-finding nt-{}" title="{}"><b>{}</b> {}</span>',
        (
            (f.severity.value, f.message(lang), severity_label(f.severity), f.label(lang))
            for f in findings
        ),
    )


def finding_list(findings: tuple[Finding, ...]) -> SafeString:
    """Findings in full on the change page: severity, short label, message, the rule cited."""
    lang = "zh" if _zh() else "en"
    return format_html(
        '<ul class="nt-findings">{}</ul>',
        format_html_join(
            "",
            '<li class="nt-{}"><span class="nt-finding nt-{}"><b>{}</b> {}</span> {}'
            " <small>{}</small></li>",
            (
                (
                    f.severity.value,
                    f.severity.value,
                    severity_label(f.severity),
                    f.label(lang),
                    f.message(lang),
                    f.basis.cite(lang) if f.basis else "",
                )
                for f in findings
            ),
        ),
    )
