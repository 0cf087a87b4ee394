"""Dates on the public pages in one format per language: 2024年7月18日 / 18 July 2024."""

from __future__ import annotations

import datetime as dt

from django import template

from notices.web import status

register = template.Library()


@register.filter
def long_day(day: dt.date | None) -> str:
    """ "2024年7月18日" / "18 July 2024"; empty for no day."""
    return status.long_day(day) if day else ""


@register.filter
def short_day(day: dt.date | None) -> str:
    """ "7月18日" / "18 July"; empty for no day."""
    return status.short_day(day) if day else ""
