"""From importer proposals to notices: last days, duplicates, and saving what a person confirms."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction

from . import calendar_source, services
from .deadlines.errors import DeadlineError
from .deadlines.windows import KINDS, Counting, WindowTerms, compute_window
from .deadlines.workdays import Unit, WorkCalendar
from .importer import Proposal
from .models import Contact, Link, Notice, Publication, ReviewState, WindowUnit


def _day(value: Any) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and value:
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return None
    return None


def notice_fields(data: Mapping[str, Any]) -> dict[str, Any]:
    """Map one proposal's JSON (the seed-notices shape) to Notice field values."""
    kind = data.get("kind") if data.get("kind") in KINDS else "other"
    window = data.get("window") or {}
    fields: dict[str, Any] = {
        "kind": kind,
        "title": (data.get("title") or "")[:300],
        "subject": (data.get("subject") or data.get("project") or "")[:300],
        "issuer": (data.get("issuer") or "")[:300],
        "published_on": _day(data.get("published_on")),
        "dissolution_resolved_on": _day(data.get("dissolution_resolved_on")),
        "liquidation_group_formed_on": _day(data.get("liquidation_group_formed_on")),
        "stated_first_day": _day(window.get("starts_on")),
        "stated_last_day": _day(window.get("ends_on")),
        "response_hours": (window.get("daily_hours") or "")[:50],
        "window_length": None,
        "window_unit": "",
        "counting": "",
    }
    length, unit = window.get("length"), window.get("unit")
    rule = KINDS[kind].rule
    stated = isinstance(length, int) and length > 0 and unit in (u.value for u in Unit)
    # Only a length other than the law's is the notice's own.
    if stated and (rule is None or rule.length != length or rule.unit.value != unit):
        fields["window_length"], fields["window_unit"] = length, unit
    if window.get("counting_stated") and window.get("counting") in (c.value for c in Counting):
        fields["counting"] = window["counting"]
    return fields


def proposal_json(proposal: Proposal, calendar: WorkCalendar | None = None) -> dict[str, Any]:
    """The proposal in the seed-notices shape, with ``last_day`` (stated, else computed)."""
    data = proposal.to_json()
    fields = notice_fields(data)
    terms = WindowTerms(
        kind=fields["kind"],
        published_on=fields["published_on"],
        length=fields["window_length"],
        unit=Unit(fields["window_unit"]) if fields["window_unit"] else None,
        counting=Counting(fields["counting"]) if fields["counting"] else None,
        stated_first_day=fields["stated_first_day"],
        stated_last_day=fields["stated_last_day"],
    )
    data["last_day"] = None
    try:
        window = compute_window(terms, calendar or calendar_source.get_calendar())
    except DeadlineError as exc:
        data["last_day_error"] = str(exc)
        return data
    if window is not None:
        data["last_day"] = window.last_day.isoformat()
        if window.counting_uncertain:
            data["last_day_if_publication_day_counts"] = window.earliest_last_day.isoformat()
        if window.provisional:
            data["provisional_years"] = list(window.provisional_years)
    return data


def find_duplicate(fields: Mapping[str, Any]) -> Notice | None:
    """A notice already in the register with the same issuer, kind and publication day."""
    if not fields.get("issuer") or not fields.get("published_on"):
        return None
    return Notice.objects.filter(
        issuer=fields["issuer"], kind=fields["kind"], published_on=fields["published_on"]
    ).first()


@dataclass(frozen=True)
class SaveOutcome:
    saved: tuple[Notice, ...]
    duplicates: tuple[tuple[dict[str, Any], Notice], ...]
    errors: tuple[tuple[dict[str, Any], str], ...]


def save_notices(
    items: Iterable[Mapping[str, Any]],
    *,
    review_state: str = ReviewState.DRAFT,
    full_text: str = "",
    outlet: str = "",
) -> SaveOutcome:
    """Save proposals (seed-notices shape) as notices; duplicates and invalid ones are skipped.

    Each notice is saved on its own: one invalid proposal does not lose the others.
    """
    saved, duplicates, errors = [], [], []
    for item in items:
        fields = notice_fields(item)
        existing = find_duplicate(fields)
        if existing is not None:
            duplicates.append((dict(item), existing))
            continue
        if fields["window_unit"] and fields["window_unit"] not in WindowUnit.values:
            # a unit the register does not know: the person enters the last day
            fields.update(window_length=None, window_unit="", counting="")
        notice = Notice(
            **fields, review_state=review_state, full_text=item.get("text") or full_text
        )
        try:
            with transaction.atomic():
                services.record_notice(notice, reason="imported from newspaper text")
                _save_related(notice, item, outlet)
        except ValidationError as exc:
            errors.append((dict(item), "; ".join(exc.messages)))
            continue
        saved.append(notice)
    return SaveOutcome(tuple(saved), tuple(duplicates), tuple(errors))


def _save_related(notice: Notice, item: Mapping[str, Any], outlet: str) -> None:
    if notice.published_on:
        Publication.objects.create(
            notice=notice,
            channel=Publication.Channel.NEWSPAPER,
            outlet=outlet[:200],
            published_on=notice.published_on,
        )
    contact = item.get("contact") or {}
    if contact:
        row = Contact(
            notice=notice,
            **{
                k: str(contact[k])[:300]
                for k in ("name", "phone", "email", "address", "postcode")
                if contact.get(k)
            },
        )
        row.full_clean(exclude=["notice"])
        row.save()
    for url in item.get("links") or []:
        link = Link(notice=notice, url=str(url)[:500], purpose=Link.Purpose.REPORT)
        link.full_clean(exclude=["notice"])
        link.save()
