"""Words for citizens about one notice on one day: the status line, and what to do by when.

Like presentation.py, sentences with dates and numbers are built here in both languages
(chosen by the active Django language), so the pages, the API and the feeds say the same.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.utils.translation import get_language

from notices import calendar_source
from notices.deadlines.errors import DeadlineError
from notices.deadlines.findings import Finding
from notices.deadlines.windows import WindowRole, WindowState, kind_spec, state_of_days
from notices.deadlines.workdays import Unit
from notices.models import Notice
from notices.presentation import MONTHS_EN, long_day, state_label

_ROLE_VERBS = {
    WindowRole.CLAIM: ("申报债权", "declare your claim"),
    WindowRole.COMMENT: ("提出意见", "comment"),
    WindowRole.OBJECTION: ("提出异议", "object"),
    WindowRole.REPORT: ("举报", "report"),
    WindowRole.RESPONSE: ("回应", "respond"),
}


def _zh(language: str | None) -> bool:
    return (language or get_language() or "zh-hans").startswith("zh")


def is_chinese(language: str | None = None) -> bool:
    """Whether ``language`` (default: the active language) is Chinese."""
    return _zh(language)


def short_day(day: dt.date, language: str | None = None) -> str:
    """7月22日 style dates without the year: "7月22日" / "22 July"."""
    return f"{day.month}月{day.day}日" if _zh(language) else f"{day.day} {MONTHS_EN[day.month - 1]}"


def month_name(year: int, month: int, language: str | None = None) -> str:
    """ "2024年7月" / "July 2024"."""
    return f"{year}年{month}月" if _zh(language) else f"{MONTHS_EN[month - 1]} {year}"


def respond_verb(notice: Notice, language: str | None = None) -> str:
    role = kind_spec(notice.kind).role or WindowRole.RESPONSE
    zh, en = _ROLE_VERBS[role]
    return zh if _zh(language) else en


def notice_state(notice: Notice, on: dt.date) -> WindowState:
    return state_of_days(notice.first_day, notice.last_day, notice.closing_soon_from, on)


def _counts_working_days(notice: Notice) -> bool:
    if notice.window_unit:
        return notice.window_unit == Unit.WORKING_DAYS
    rule = kind_spec(notice.kind).rule
    return bool(rule and rule.unit is Unit.WORKING_DAYS)


def days_left(notice: Notice, on: dt.date) -> tuple[int, bool]:
    """Days from ``on`` to the last day, both included, and whether they are working days."""
    if _counts_working_days(notice):
        try:
            return calendar_source.get_calendar().count_working_days(on, notice.last_day), True
        except DeadlineError:
            pass
    return (notice.last_day - on).days + 1, False


def status_line(notice: Notice, on: dt.date, language: str | None = None) -> str:
    """ "还剩 3 个工作日，2024年7月22日 24:00 截止" / "closed on 22 July 2024 at 24:00"."""
    zh = _zh(language)
    state = notice_state(notice, on)
    if state is WindowState.NO_WINDOW:
        return "此公告没有可计算的回应期限" if zh else "This notice has no response period"
    last = long_day(notice.last_day, language)
    if state is WindowState.CLOSED:
        return f"已于{last} 24:00 截止" if zh else f"Closed on {last} at 24:00"
    if state is WindowState.UPCOMING:
        first = long_day(notice.first_day, language)
        return (
            f"{first}开始，{last} 24:00 截止"
            if zh
            else f"Opens on {first}; closes on {last} at 24:00"
        )
    if on == notice.last_day:
        return f"今天 24:00 截止（{last}）" if zh else f"Closes today at 24:00 ({last})"
    count, working = days_left(notice, on)
    if zh:
        return f"还剩 {count} {'个工作日' if working else '天'}，{last} 24:00 截止"
    unit = "working day" if working else "day"
    return f"{count} {unit}{'s' if count != 1 else ''} left; closes on {last} at 24:00"


def earliest_advice(notice: Notice, language: str | None = None) -> str:
    """The earlier last day to aim for when the issuer's counting is uncertain ('' if none)."""
    if not (notice.earliest_last_day and notice.last_day):
        return ""
    if notice.earliest_last_day >= notice.last_day:
        return ""
    day = short_day(notice.earliest_last_day, language)
    verb = respond_verb(notice, language)
    first = notice.stated_first_day  # counted from a day the notice names, else publication
    if _zh(language):
        counted = f"起算当日（{short_day(first, language)}）" if first else "公告当日"
        return f"如果{counted}计入期限，请于{day}前{verb}。"
    counted = f"the first day ({short_day(first, language)})" if first else "the publication day"
    return f"If {counted} counts, {verb} by {day}."


def provisional_warning(notice: Notice, language: str | None = None) -> str:
    if not notice.is_provisional:
        return ""
    years = notice.provisional_years.replace(",", "、" if _zh(language) else ", ")
    if _zh(language):
        return f"截止日期为暂定：{years}年的节假日安排尚未公布，公布后可能变化。"
    return (
        f"Provisional date: the {years} holiday schedule is not published yet; "
        "the last day may change when it is."
    )


@dataclass(frozen=True)
class Status:
    """What the pages and the API say about a notice's window on one day."""

    state: WindowState
    label: str
    line: str
    earliest_advice: str
    provisional_warning: str


def notice_status(notice: Notice, on: dt.date, language: str | None = None) -> Status:
    """The status of ``notice`` on ``on``; a closed window gives no advice on when to respond."""
    state = notice_state(notice, on)
    return Status(
        state=state,
        label=state_label(state),
        line=status_line(notice, on, language),
        earliest_advice="" if state is WindowState.CLOSED else earliest_advice(notice, language),
        provisional_warning=provisional_warning(notice, language),
    )


@dataclass(frozen=True)
class FindingText:
    code: str
    severity: str
    message: str
    basis: str


def finding_texts(findings: tuple[Finding, ...], language: str | None = None) -> list[FindingText]:
    """Compliance findings in the active language, with the cited rule."""
    lang = "zh" if _zh(language) else "en"
    return [
        FindingText(f.code, str(f.severity), f.message(lang), f.basis.cite(lang) if f.basis else "")
        for f in findings
    ]
