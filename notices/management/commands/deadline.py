"""Compute a deadline from the command line: a bare period, or a notice kind's window."""

from __future__ import annotations

import datetime as dt
import json

from django.core.management.base import BaseCommand, CommandError
from django.utils import translation

from notices import calendar_source
from notices.deadlines.errors import DeadlineError
from notices.deadlines.windows import KINDS, Counting, WindowTerms, compute_window
from notices.presentation import describe_day


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise CommandError(f"{text!r} is not a date; use YYYY-MM-DD") from None


class Command(BaseCommand):
    help = (
        "Print the last day of a period, with the days skipped and why. Either "
        "--start DAY with --working-days N or --calendar-days N (optionally --count-start-day), "
        "or --kind KIND --published-on DAY for a notice kind's legal window."
    )

    def add_arguments(self, parser):
        parser.add_argument("--start", help="start day, YYYY-MM-DD")
        period = parser.add_mutually_exclusive_group()
        period.add_argument("--working-days", type=int, metavar="N")
        period.add_argument("--calendar-days", type=int, metavar="N")
        parser.add_argument(
            "--count-start-day",
            action="store_true",
            help="count the start day as day 1 (default: not counted, Civil Code art. 201)",
        )
        parser.add_argument(
            "--no-roll-forward",
            action="store_true",
            help="calendar days: keep a last day that is not a working day (default: move it "
            "to the next working day, Civil Code art. 203)",
        )
        parser.add_argument("--kind", choices=sorted(KINDS), help="a notice kind")
        parser.add_argument("--published-on", help="with --kind: the publication day")
        parser.add_argument("--json", action="store_true", help="print JSON")
        parser.add_argument("--language", default="zh-hans", choices=["zh-hans", "en"])

    def handle(self, *args, **opts):
        try:
            calendar, note = calendar_source.calendar_for_command()
        except LookupError as exc:
            raise CommandError(str(exc)) from None
        if note:
            self.stderr.write(self.style.WARNING(f"note: {note}"))
        with translation.override(opts["language"]):
            result = self._kind(opts, calendar) if opts["kind"] else self._period(opts, calendar)
        if opts["json"]:
            self.stdout.write(json.dumps(result, ensure_ascii=False, indent=2))
            return
        self.stdout.write(f"last_day: {result['last_day']}")
        if result.get("closes_at"):
            self.stdout.write(f"closes_at: {result['closes_at']}")
        if result["provisional"]:
            years = ", ".join(map(str, result["provisional_years"]))
            self.stdout.write(self.style.WARNING(f"provisional: yes (no schedule for {years})"))
        if result.get("rule"):
            self.stdout.write(f"rule: {result['rule']}  ({result.get('legal_basis', '')})")
        for day in result["skipped"]:
            self.stdout.write(f"  - {day['explanation']}")

    def _period(self, opts, calendar) -> dict:
        if not opts["start"]:
            raise CommandError("Give --start with --working-days or --calendar-days, or --kind.")
        start = _date(opts["start"])
        try:
            if opts["working_days"] is not None:
                deadline = calendar.add_working_days(
                    start, opts["working_days"], count_start_day=opts["count_start_day"]
                )
            elif opts["calendar_days"] is not None:
                deadline = calendar.add_calendar_days(
                    start,
                    opts["calendar_days"],
                    count_start_day=opts["count_start_day"],
                    roll_forward=not opts["no_roll_forward"],
                )
            else:
                raise CommandError("Give --working-days N or --calendar-days N.")
        except DeadlineError as exc:
            raise CommandError(str(exc)) from None
        return {
            "start": start.isoformat(),
            "length": deadline.length,
            "unit": str(deadline.unit),
            "count_start_day": deadline.count_start_day,
            "nominal_last_day": deadline.nominal_last_day.isoformat(),
            "last_day": deadline.last_day.isoformat(),
            "provisional": deadline.provisional,
            "provisional_years": list(deadline.provisional_years),
            "skipped": _skipped(calendar.explain(deadline)),
        }

    def _kind(self, opts, calendar) -> dict:
        if not opts["published_on"]:
            raise CommandError("--kind needs --published-on DAY.")
        spec = KINDS[opts["kind"]]
        terms = WindowTerms(
            kind=spec.code,
            published_on=_date(opts["published_on"]),
            counting=Counting.SAME_DAY if opts["count_start_day"] else None,
        )
        try:
            window = compute_window(terms, calendar)
        except DeadlineError as exc:
            raise CommandError(str(exc)) from None
        lang = translation.get_language()
        base = {
            "kind": spec.code,
            "published_on": terms.published_on.isoformat(),
            "legal_basis": spec.basis.cite(lang) if spec.basis else None,
            "legal_basis_url": spec.basis.url if spec.basis else None,
        }
        if window is None:
            raise CommandError(f"{spec.code} notices have no statutory window.")
        return {
            **base,
            "rule": spec.rule.describe(lang) if spec.rule else None,
            "first_day": window.first_day.isoformat(),
            "last_day": window.last_day.isoformat(),
            "closes_at": window.closes_at.isoformat(),
            "earliest_last_day": window.earliest_last_day.isoformat(),
            "counting": str(window.counting),
            "provisional": window.provisional,
            "provisional_years": list(window.provisional_years),
            "skipped": _skipped(calendar.explain(window.deadline)) if window.deadline else [],
        }


def _skipped(days) -> list[dict]:
    return [
        {
            "day": d.day.isoformat(),
            "kind": str(d.kind),
            "name": d.name,
            "provisional": d.provisional,
            "explanation": describe_day(d),
        }
        for d in days
    ]
