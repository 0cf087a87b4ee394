"""System checks: warn when the holiday calendar cannot give final deadlines."""

from __future__ import annotations

from django.core.checks import Warning as CheckWarning
from django.core.checks import register
from django.db import DatabaseError
from django.utils import timezone


def calendar_warnings(today=None) -> list[CheckWarning]:
    """Warn if this year is not published, or next year is still missing from November on."""
    from .models import CalendarYear

    today = today or timezone.localdate()
    try:
        published = set(CalendarYear.objects.filter(published=True).values_list("year", flat=True))
    except DatabaseError:
        return []  # not migrated yet: migrate's own messages say more
    warnings = []
    if today.year not in published:
        warnings.append(
            CheckWarning(
                f"The {today.year} holiday schedule is not loaded: every deadline this year is "
                "provisional.",
                hint="Load it: python manage.py load_calendar --from-library, or a JSON file.",
                id="notices.W001",
            )
        )
    if today.month >= 11 and today.year + 1 not in published:
        warnings.append(
            CheckWarning(
                f"The {today.year + 1} holiday schedule is not loaded yet. The State Council "
                "usually publishes it in November; deadlines reaching into it are provisional.",
                hint=f"When it is published: python manage.py load_calendar {today.year + 1}.json",
                id="notices.W002",
            )
        )
    return warnings


@register("notices", deploy=False)
def check_calendar(app_configs=None, databases=None, **kwargs):
    if not databases:
        return []
    return calendar_warnings()
