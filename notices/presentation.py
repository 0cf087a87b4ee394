"""Words for people: window states, "why this date" explanations and status lines, zh and en.

Sentences with dates and numbers in them are built here in both languages (chosen by the
active Django language), so the admin, the pages, the API and the command line say the same.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.utils.translation import get_language
from django.utils.translation import gettext as _

from . import calendar_source, services
from .deadlines.findings import MONTHS_EN, day_en, day_zh
from .deadlines.windows import Counting, WindowState, kind_spec
from .deadlines.workdays import CalendarDay, DayKind, Unit, WorkCalendar
from .models import Notice

_WEEKDAYS_ZH = "一二三四五六日"
_WEEKDAYS_EN = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def _zh(language: str | None = None) -> bool:
    return (language or get_language() or "zh-hans").startswith("zh")


def long_day(day: dt.date, language: str | None = None) -> str:
    """The one date format of each language: "2024年7月22日" / "22 July 2024"."""
    return day_zh(day) if _zh(language) else day_en(day)


def format_day(day: dt.date, language: str | None = None) -> str:
    """A day with its weekday, in the pages' one format per language.

    "2024年7月8日（星期一）" / "Mon 8 July 2024".
    """
    if _zh(language):
        return f"{day.year}年{day.month}月{day.day}日（星期{_WEEKDAYS_ZH[day.weekday()]}）"
    return f"{_WEEKDAYS_EN[day.weekday()]} {day.day} {MONTHS_EN[day.month - 1]} {day.year}"


def state_label(state: WindowState | str) -> str:
    labels = {
        WindowState.UPCOMING: _("upcoming"),
        WindowState.OPEN: _("open"),
        WindowState.CLOSING_SOON: _("closing soon"),
        WindowState.CLOSED: _("closed"),
        WindowState.NO_WINDOW: _("no window"),
    }
    return labels[WindowState(state)]


def describe_day(day: CalendarDay, language: str | None = None) -> str:
    zh = _zh(language)
    when = format_day(day.day, language)
    if day.kind is DayKind.WEEKEND:
        reason = "周末休息日" if zh else "weekend"
    elif day.kind is DayKind.DAY_OFF:
        reason = (f"法定节假日放假：{day.name}" if zh else f"day off: {day.name}").rstrip("：: ")
    elif day.kind is DayKind.MAKEUP_WORKDAY:
        reason = "调休上班日，计为工作日" if zh else "make-up working day, counted"
    else:
        reason = "工作日" if zh else "working day"
    if day.provisional:
        reason += (
            f"（{day.day.year}年安排未公布，暂定）"
            if zh
            else f" ({day.day.year} schedule not published: provisional)"
        )
    return f"{when}：{reason}" if zh else f"{when}: {reason}"


@dataclass(frozen=True)
class Explanation:
    summary: str
    lines: tuple[str, ...]
    basis: str
    skipped: tuple[CalendarDay, ...]


def explain_notice(
    notice: Notice,
    calendar: WorkCalendar | None = None,
    language: str | None = None,
    *,
    closed: bool = False,
) -> Explanation | None:
    """Explain how the notice's last day follows from the rule and the calendar.

    ``closed``: the window has closed, so the explanation advises no day to respond by.
    """
    calendar = calendar or calendar_source.get_calendar()
    zh = _zh(language)
    try:
        window = services.notice_window(notice, calendar)
    except Exception:
        return None
    if window is None:
        return None
    spec = kind_spec(notice.kind)
    basis = spec.basis.cite("zh" if zh else "en") if spec.basis else ""
    lines: list[str] = []
    if window.stated:
        summary = (
            f"公告载明的期间：{format_day(window.first_day, language)}至"
            f"{format_day(window.last_day, language)}，截止当日24时。"
            if zh
            else f"The period stated in the notice: {format_day(window.first_day, language)} to "
            f"{format_day(window.last_day, language)}, ending at 24:00."
        )
        return Explanation(summary, (), basis, ())
    deadline = window.deadline
    if deadline is None:  # a computed window always carries its computation
        return Explanation("", (), basis, ())
    unit_zh = {Unit.WORKING_DAYS: "个工作日", Unit.MONTHS: "个月"}.get(deadline.unit, "日")
    unit_en = {Unit.WORKING_DAYS: "working days", Unit.MONTHS: "months"}.get(
        deadline.unit, "calendar days"
    )
    # counted from the day the notice names ("自2026年12月24日起") or from its publication
    from_day_zh, from_day_en = (
        ("起算当日", "that day") if notice.stated_first_day else ("公告当日", "the publication day")
    )
    if window.counting is Counting.SAME_DAY:
        counting = f"{from_day_zh}计为第1日" if zh else f"{from_day_en} counts as day 1"
    else:
        counting = (
            f"{from_day_zh}不计入，自次日起算（《民法典》第二百零一条）"
            if zh
            else f"{from_day_en} is not counted (Civil Code art. 201)"
        )
    if zh:
        summary = (
            f"{basis + '：' if basis else ''}自{format_day(deadline.start_day, language)}起"
            f"{deadline.length}{unit_zh}，{counting}，最后一日为"
            f"{format_day(window.last_day, language)}，当日24时截止。"
        )
    else:
        summary = (
            f"{basis + ': ' if basis else ''}{deadline.length} {unit_en} from "
            f"{format_day(deadline.start_day, language)}; {counting}; the last day is "
            f"{format_day(window.last_day, language)}, ending at 24:00."
        )
    if deadline.nominal_last_day != deadline.last_day:
        lines.append(
            f"期间届满日{format_day(deadline.nominal_last_day, language)}不是工作日，"
            "顺延至其后第一个工作日（《民法典》第二百零三条）。"
            if zh
            else f"The count ends on {format_day(deadline.nominal_last_day, language)}, not a "
            "working day, so the last day moves to the next working day (Civil Code art. 203)."
        )
    skipped = calendar.explain(deadline)
    lines.extend(describe_day(day, language) for day in skipped)
    if window.counting_uncertain:
        earliest = format_day(window.earliest_last_day, language)
        if zh:
            line = f"公告未说明是否计入当日；如计入当日，最后一日为{earliest}"
            line += "。" if closed else "，稳妥起见请在此日前提交。"
        else:
            line = (
                f"The notice does not say whether {from_day_en} counts; if it does, the "
                f"last day is {earliest}"
            )
            line += "." if closed else ": respond by then to be safe."
        lines.append(line)
    if window.provisional:
        years = "、".join(map(str, window.provisional_years))
        lines.append(
            f"暂定：{years}年的节假日安排尚未公布，此日期可能变化。"
            if zh
            else f"Provisional: the {years} holiday schedule is not published yet; this date "
            "may change."
        )
    return Explanation(summary, tuple(lines), basis, skipped)
