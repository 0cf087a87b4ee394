"""Load holiday schedules: from a JSON file (cn-holidays.json shape) or from `holidays`."""

from __future__ import annotations

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from notices import services
from notices.deadlines.errors import CalendarDataError
from notices.deadlines.schedules import (
    LIBRARY_FIRST_YEAR,
    LIBRARY_LAST_YEAR,
    parse_schedule_json,
    schedules_from_library,
)
from notices.management.readiness import require_migrated_database


class Command(BaseCommand):
    help = (
        "Load State Council holiday schedules and mark their years published. "
        "FILE is JSON shaped like shared/domain/cn-holidays.json: "
        '{"2027": {"holidays": [["2027-02-05", "2027-02-12", "春节"]], '
        '"workdays": ["2027-02-13"], "notice": "...", "source": "https://..."}}. '
        "Every notice a loaded year can affect is recomputed."
    )

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="*", type=Path, help="schedule JSON file(s)")
        parser.add_argument(
            "--from-library",
            action="store_true",
            help=f"load the official schedules from the holidays package "
            f"({LIBRARY_FIRST_YEAR}-{LIBRARY_LAST_YEAR} unless --years is given)",
        )
        parser.add_argument(
            "--years", help="with --from-library: a year or a range such as 2004-2026"
        )

    def handle(self, *args, files, from_library, years, **options):
        if not files and not from_library:
            raise CommandError("Give a schedule file, or --from-library.")
        require_migrated_database()
        schedules = []
        try:
            if from_library:
                first, last = _year_range(years)
                schedules.extend(schedules_from_library(first, last))
            for path in files:
                try:
                    text = path.read_bytes()
                except OSError as exc:
                    raise CommandError(f"{path}: cannot read: {exc.strerror}") from None
                parsed = parse_schedule_json(text)
                for message in parsed.skipped:
                    self.stderr.write(self.style.WARNING(f"{path}: {message}"))
                schedules.extend(parsed.schedules)
            if not schedules:
                raise CommandError("Nothing to load: no published schedule in the input.")
            result = services.load_schedules(schedules)
        except CalendarDataError as exc:
            raise CommandError(f"Nothing was loaded: {exc}") from None
        years_text = ", ".join(str(y) for y in result.years)
        self.stdout.write(
            self.style.SUCCESS(
                f"Loaded {len(result.years)} year(s) ({years_text}), {result.days} days; "
                f"recomputed {result.recompute.examined} notices, "
                f"{result.recompute.changed} windows changed."
            )
        )


def _year_range(text: str | None) -> tuple[int, int]:
    if not text:
        return LIBRARY_FIRST_YEAR, LIBRARY_LAST_YEAR
    try:
        if "-" in text:
            first, last = (int(part) for part in text.split("-", 1))
        else:
            first = last = int(text)
    except ValueError:
        raise CommandError(
            f"--years takes a year or a range like 2004-2026, not {text!r}"
        ) from None
    if first > last:
        raise CommandError(f"--years: {first} is after {last}")
    return first, last
