"""Notice kinds, their legal windows, and a notice's window and state on a given day.

One ``NoticeKindSpec`` per kind says what the notice is, which law gives its window, and the
window rule (length, unit, whether the start day counts, the Civil Code art. 203 roll-forward).
Adding a kind is one entry in ``KINDS`` (and its choice in ``models.NoticeKind``).

Counting (RULES.md §2, §2.4): by default the publication day is not counted (Civil Code art. 201)
and a calendar-day period whose last day is not a working day ends on the next working day
(art. 203). A notice may state its own convention, and a period stated in the text (first and
last day) always wins over the computed one. When the convention is not stated and counting the
publication day as day 1 would end the period earlier, the window keeps that earlier day as
``earliest_last_day``, the day a careful citizen should aim for.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from zoneinfo import ZoneInfo

import numpy as np

from .errors import InvalidWindow
from .workdays import Deadline, Unit, WorkCalendar

#: Windows close at 24:00 local time on their last day (Civil Code art. 203(2)).
CHINA_TZ = ZoneInfo("Asia/Shanghai")
#: "Closing soon" means within the window's last this-many working days.
CLOSING_SOON_WORKING_DAYS = 3


class Counting(StrEnum):
    NEXT_DAY = "next_day"  # the publication day is not counted (Civil Code art. 201)
    SAME_DAY = "same_day"  # the publication day is day 1


class WindowRole(StrEnum):
    """What the public may do within the window."""

    CLAIM = "claim"  # creditors declare claims or demand payment or security
    COMMENT = "comment"  # the public comments on a project
    OBJECTION = "objection"  # anyone may object (simplified deregistration)
    REPORT = "report"  # the public reports problems to an inspection team
    RESPONSE = "response"  # a window the notice itself states (other kinds)


class WindowState(StrEnum):
    UPCOMING = "upcoming"
    OPEN = "open"
    CLOSING_SOON = "closing_soon"
    CLOSED = "closed"
    NO_WINDOW = "no_window"


@dataclass(frozen=True)
class LegalBasis:
    law: str
    article: str
    law_en: str
    article_en: str
    url: str = ""
    rules_section: str = ""  # the section of shared/domain/RULES.md that explains it

    def cite(self, language: str = "zh") -> str:
        if language.startswith("zh"):
            return f"《{self.law}》{self.article}"
        return f"{self.law_en}, {self.article_en}"


_UNIT_WORDS = {
    Unit.WORKING_DAYS: ("个工作日", "working days"),
    Unit.CALENDAR_DAYS: ("日", "calendar days"),
    Unit.MONTHS: ("个月", "months"),
}


@dataclass(frozen=True)
class WindowRule:
    """A statutory window: ``length`` units from publication, under a counting convention."""

    length: int
    unit: Unit
    minimum: bool = True  # the law sets a minimum; an issuer may state a longer one
    roll_forward: bool = True  # Civil Code art. 203, for calendar days

    def describe(self, language: str = "zh") -> str:
        zh_unit, en_unit = _UNIT_WORDS[self.unit]
        if language.startswith("zh"):
            return f"{'不少于' if self.minimum else ''}{self.length}{zh_unit}"
        return f"{'at least ' if self.minimum else ''}{self.length} {en_unit}"


@dataclass(frozen=True)
class NoticeKindSpec:
    code: str
    name_zh: str
    name_en: str
    rule: WindowRule | None
    basis: LegalBasis | None
    role: WindowRole | None
    #: how many newspaper runs the law wants within the window (EIA drafts: 2)
    newspaper_runs_within_window: int = 0
    is_liquidation: bool = False

    def name(self, language: str = "zh") -> str:
        return self.name_zh if language.startswith("zh") else self.name_en


_COMPANY_LAW = "中华人民共和国公司法（2023年修订）"
_COMPANY_LAW_EN = "Company Law of the PRC (2023 revision)"
_COMPANY_LAW_URL = "https://flk.npc.gov.cn"
_EIA = "环境影响评价公众参与办法（生态环境部令第4号）"
_EIA_EN = "Measures for Public Participation in EIA (MEE Order No. 4)"
_EIA_URL = "https://www.mee.gov.cn/gkml/sthjbgw/sthjbl/201807/t20180716_446647.htm"


def company_law_basis(article_zh: str, article_no: int, section: str) -> LegalBasis:
    return LegalBasis(
        _COMPANY_LAW, article_zh, _COMPANY_LAW_EN, f"art. {article_no}", _COMPANY_LAW_URL, section
    )


def eia_basis(article_zh: str, article_no: str, section: str = "§3") -> LegalBasis:
    return LegalBasis(_EIA, article_zh, _EIA_EN, f"art. {article_no}", _EIA_URL, section)


_45_CALENDAR_DAYS = WindowRule(45, Unit.CALENDAR_DAYS)

KINDS: Mapping[str, NoticeKindSpec] = {
    spec.code: spec
    for spec in (
        NoticeKindSpec(
            "liquidation",
            "清算（注销）公告",
            "Liquidation / deregistration announcement",
            _45_CALENDAR_DAYS,
            company_law_basis("第二百三十五条", 235, "§1.3"),
            WindowRole.CLAIM,
            is_liquidation=True,
        ),
        NoticeKindSpec(
            "capital_reduction",
            "减资公告",
            "Capital reduction announcement",
            _45_CALENDAR_DAYS,
            company_law_basis("第二百二十四条", 224, "§1.4"),
            WindowRole.CLAIM,
        ),
        NoticeKindSpec(
            "merger",
            "合并公告",
            "Merger announcement",
            _45_CALENDAR_DAYS,
            company_law_basis("第二百二十条", 220, "§1.4"),
            WindowRole.CLAIM,
        ),
        NoticeKindSpec(
            "division",
            "分立公告",
            "Division announcement",
            None,
            company_law_basis("第二百二十二条", 222, "§1.4"),
            None,
        ),
        NoticeKindSpec(
            "deregistration_simplified",
            "简易注销公告",
            "Simplified deregistration publicity",
            WindowRule(20, Unit.CALENDAR_DAYS),
            company_law_basis("第二百四十条", 240, "§1.5"),
            WindowRole.OBJECTION,
        ),
        NoticeKindSpec(
            "eia_first",
            "环评首次公示",
            "EIA first publicity",
            None,
            eia_basis("第九条", "9"),
            WindowRole.COMMENT,
        ),
        NoticeKindSpec(
            "eia_draft_comment",
            "环评征求意见稿公示",
            "EIA draft-report comment period",
            WindowRule(10, Unit.WORKING_DAYS),
            eia_basis("第十条、第十一条", "10-11"),
            WindowRole.COMMENT,
            newspaper_runs_within_window=2,
        ),
        NoticeKindSpec(
            "eia_pre_submission",
            "环评报批前公开",
            "EIA pre-submission disclosure",
            None,
            eia_basis("第二十条", "20"),
            None,
        ),
        NoticeKindSpec(
            "eia_acceptance",
            "环评受理公示",
            "EIA acceptance publicity",
            WindowRule(10, Unit.WORKING_DAYS),
            eia_basis("第二十二条", "22"),
            WindowRole.COMMENT,
        ),
        NoticeKindSpec(
            "eia_pre_approval",
            "环评拟批准公示",
            "EIA pre-approval publicity",
            WindowRule(5, Unit.WORKING_DAYS),
            eia_basis("第二十三条", "23"),
            WindowRole.COMMENT,
        ),
        NoticeKindSpec(
            "eia_decision",
            "环评审批决定公告",
            "EIA approval decision",
            None,
            eia_basis("第二十六条", "26"),
            WindowRole.RESPONSE,
        ),
        NoticeKindSpec(
            "inspection_reporting",
            "生态环境保护督察举报",
            "Environmental inspection reporting period",
            None,
            None,
            WindowRole.REPORT,
        ),
        NoticeKindSpec("other", "其他公告", "Other notice", None, None, WindowRole.RESPONSE),
    )
}


def kind_spec(code: str) -> NoticeKindSpec:
    """Return the spec of a notice kind; raise InvalidWindow naming the known codes."""
    try:
        return KINDS[code]
    except (KeyError, TypeError):
        known = ", ".join(KINDS)
        raise InvalidWindow(f"unknown notice kind {code!r}; known kinds: {known}") from None


@dataclass(frozen=True)
class WindowTerms:
    """What a notice says about its window; any field may be unknown (None).

    ``length``/``unit`` override the kind's statutory rule when the text states its own period
    ("自公示之日起15个工作日内"); ``stated_first_day``/``stated_last_day`` are a period the text
    states as dates, which always wins; ``counting`` is the convention if the text states one.
    """

    kind: str
    published_on: dt.date | None
    length: int | None = None
    unit: Unit | None = None
    counting: Counting | None = None
    stated_first_day: dt.date | None = None
    stated_last_day: dt.date | None = None


@dataclass(frozen=True)
class Window:
    """A notice's window: when responses are accepted and when the period ends.

    ``first_day`` is the first day a response is accepted (the publication day, or a stated
    start); ``last_day`` ends at 24:00 Asia/Shanghai (``closes_at``); ``closing_soon_from`` is
    the first of the window's last three working days; ``earliest_last_day`` is the earliest
    reading of the last day when the counting convention is uncertain.
    """

    first_day: dt.date
    last_day: dt.date
    closing_soon_from: dt.date
    earliest_last_day: dt.date
    stated: bool  # the text states the period as dates
    length: int | None
    unit: Unit | None
    counting: Counting | None  # the convention applied (None for a stated period)
    counting_stated: bool
    provisional_years: tuple[int, ...]
    deadline: Deadline | None  # the computation behind last_day, for explanations

    @property
    def provisional(self) -> bool:
        return bool(self.provisional_years)

    @property
    def closes_at(self) -> dt.datetime:
        return closing_moment(self.last_day)

    @property
    def counting_uncertain(self) -> bool:
        return self.earliest_last_day < self.last_day


def closing_moment(last_day: dt.date) -> dt.datetime:
    """Return the aware moment a window closes: 24:00 Asia/Shanghai on ``last_day``."""
    return dt.datetime.combine(last_day + dt.timedelta(days=1), dt.time(0), tzinfo=CHINA_TZ)


def window_rule(terms: WindowTerms) -> WindowRule | None:
    """Return the rule that applies: the notice's own stated length, else the kind's."""
    spec = kind_spec(terms.kind)
    if terms.length is not None:
        if isinstance(terms.length, bool) or not isinstance(terms.length, int):
            raise InvalidWindow(f"a window length must be a whole number, not {terms.length!r}")
        if terms.length < 1:
            raise InvalidWindow(f"a window must be at least 1 day long, not {terms.length}")
        unit = terms.unit or (spec.rule.unit if spec.rule else Unit.CALENDAR_DAYS)
        return WindowRule(terms.length, Unit(unit), minimum=False)
    return spec.rule


def compute_window(terms: WindowTerms, calendar: WorkCalendar) -> Window | None:
    """Return the notice's window, or None when it has none (no stated period, no rule).

    Raises:
        InvalidWindow: unknown kind, a stated end before its start, a length below 1, or a
            computed window without a publication day.
        CalendarRangeError: a day outside the calendar's span.
    """
    kind_spec(terms.kind)  # validates the kind before anything else
    first, last = terms.stated_first_day, terms.stated_last_day
    if first is not None and last is not None and last < first:
        raise InvalidWindow(
            f"the stated period ends ({last.isoformat()}) before it starts ({first.isoformat()})"
        )
    if last is not None:
        first = first or terms.published_on
        if first is None:
            raise InvalidWindow("a stated last day needs a first day or a publication day")
        if last < first:
            raise InvalidWindow(
                f"the stated last day {last.isoformat()} is before the publication day "
                f"{first.isoformat()}"
            )
        rule = window_rule(terms)
        return Window(
            first_day=first,
            last_day=last,
            closing_soon_from=_closing_soon_from(calendar, first, last),
            earliest_last_day=last,
            stated=True,
            length=rule.length if rule else None,
            unit=rule.unit if rule else None,
            counting=None,
            counting_stated=True,
            provisional_years=(),
            deadline=None,
        )
    rule = window_rule(terms)
    if rule is None:
        return None
    published_on = terms.published_on
    if published_on is None and first is None:
        raise InvalidWindow(
            "a window counted from publication needs the publication day or a stated first day"
        )
    # "公示期自7月9日起10个工作日": the period is counted from a stated day as from a
    # publication day: that day is not counted unless the text says it is ("含当日"), Civil
    # Code art. 201 and the conservative end of the shared rules (§2.4), with the reading that
    # counts it as the earliest last day. A text that prints no publication day is dated by
    # its stated day alone, and one printed after it (a paper that ran it late) still ends
    # when it says: the issuer takes responses until then, not later.
    anchor = first if first is not None else published_on
    counting_stated = terms.counting is not None
    counting = terms.counting or Counting.NEXT_DAY
    deadline = calendar.add(
        anchor,
        rule.length,
        rule.unit,
        count_start_day=counting is Counting.SAME_DAY,
        roll_forward=rule.roll_forward,
    )
    earliest = deadline.last_day
    provisional = deadline.provisional_years
    if not counting_stated and counting is Counting.NEXT_DAY:
        other = calendar.add(
            anchor, rule.length, rule.unit, count_start_day=True, roll_forward=rule.roll_forward
        )
        earliest = min(earliest, other.last_day)
    return Window(
        first_day=anchor,
        last_day=deadline.last_day,
        closing_soon_from=_closing_soon_from(calendar, anchor, deadline.last_day),
        earliest_last_day=earliest,
        stated=False,
        length=rule.length,
        unit=rule.unit,
        counting=counting,
        counting_stated=counting_stated,
        provisional_years=provisional,
        deadline=deadline,
    )


def undated_last_day(terms: WindowTerms) -> dt.date | None:
    """Return the last day a text states when it prints neither its own date nor a first day.

    No window can be computed then (``compute_window`` refuses it), but the deadline is the
    text's, whatever day the period started: "请于2025年6月16日前申报债权" in a repost that lost
    its date. For a proposal not yet confirmed; a notice in the register needs its
    publication day.
    """
    if terms.published_on is None and terms.stated_first_day is None:
        return terms.stated_last_day
    return None


def _closing_soon_from(calendar: WorkCalendar, first_day: dt.date, last_day: dt.date) -> dt.date:
    return max(first_day, calendar.working_days_before(last_day, CLOSING_SOON_WORKING_DAYS - 1))


def state(window: Window | None, on: dt.date) -> WindowState:
    """Return the state of ``window`` on the day ``on`` (a date in Asia/Shanghai).

    Upcoming before ``first_day``; closed after ``last_day`` (the window ends at 24:00 on its last
    day); closing soon from ``closing_soon_from``; open otherwise.
    """
    if window is None:
        return WindowState.NO_WINDOW
    return state_of_days(window.first_day, window.last_day, window.closing_soon_from, on)


def state_of_days(
    first_day: dt.date | None,
    last_day: dt.date | None,
    closing_soon_from: dt.date | None,
    on: dt.date,
) -> WindowState:
    """Return the state from the three stored days; the one definition all layers mirror."""
    if first_day is None or last_day is None:
        return WindowState.NO_WINDOW
    if on < first_day:
        return WindowState.UPCOMING
    if on > last_day:
        return WindowState.CLOSED
    if closing_soon_from is not None and on >= closing_soon_from:
        return WindowState.CLOSING_SOON
    return WindowState.OPEN


@dataclass(frozen=True)
class BulkWindows:
    """Recomputed days for many computed windows, aligned to the input (datetime64[D])."""

    last_days: np.ndarray
    earliest_last_days: np.ndarray
    closing_soon_from: np.ndarray
    provisional: np.ndarray


def compute_windows_bulk(
    calendar: WorkCalendar,
    published_on: np.ndarray,
    lengths: np.ndarray,
    working_days: np.ndarray,
    count_publication_day: np.ndarray,
    counting_stated: np.ndarray,
    roll_forward: bool = True,
) -> BulkWindows:
    """Recompute computed (not stated) windows in bulk, with the same rules as compute_window.

    Every argument is an array aligned with ``published_on`` (datetime64[D]): the period length,
    whether it is in working days, whether the publication day counts, and whether that
    convention is stated. Used to refresh every notice at once after a calendar change.
    """
    published_on = np.asarray(published_on, dtype="datetime64[D]")
    n = published_on.size
    lengths = np.asarray(lengths, dtype=np.int64)
    working = np.asarray(working_days, dtype=bool)
    same_day = np.asarray(count_publication_day, dtype=bool)
    stated = np.asarray(counting_stated, dtype=bool)
    last = np.empty(n, dtype="datetime64[D]")
    earliest = np.empty(n, dtype="datetime64[D]")
    provisional = np.zeros(n, dtype=bool)
    for is_working in (False, True):
        unit = Unit.WORKING_DAYS if is_working else Unit.CALENDAR_DAYS
        for counts_start in (False, True):
            mask = (working == is_working) & (same_day == counts_start)
            if not mask.any():
                continue
            result = calendar.add_bulk(
                published_on[mask],
                lengths[mask],
                unit,
                count_start_day=counts_start,
                roll_forward=roll_forward,
            )
            last[mask] = result.last_days
            earliest[mask] = result.last_days
            provisional[mask] = result.provisional
        # windows whose convention is not stated also get the publication-day-counts reading
        mask = (working == is_working) & ~same_day & ~stated
        if mask.any():
            other = calendar.add_bulk(
                published_on[mask],
                lengths[mask],
                unit,
                count_start_day=True,
                roll_forward=roll_forward,
            )
            earliest[mask] = np.minimum(earliest[mask], other.last_days)
    soon = calendar.working_days_before_bulk(last, CLOSING_SOON_WORKING_DAYS - 1)
    soon = np.maximum(soon, published_on)
    return BulkWindows(last, earliest, soon, provisional)
