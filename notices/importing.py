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
from .deadlines.windows import KINDS, Counting, WindowTerms, compute_window, undated_last_day
from .deadlines.workdays import Unit, WorkCalendar
from .importer import Proposal
from .importer.fields import AUTHORITY_KINDS
from .importer.tables import table_rows
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
        last_day = undated_last_day(terms)
        if last_day is not None:
            data["last_day"] = last_day.isoformat()
        else:
            data["last_day_error"] = str(exc)
        return data
    if window is not None:
        data["last_day"] = window.last_day.isoformat()
        if window.counting_uncertain:
            data["last_day_if_publication_day_counts"] = window.earliest_last_day.isoformat()
        if window.provisional:
            data["provisional_years"] = list(window.provisional_years)
    return data


def find_duplicate(fields: Mapping[str, Any], *, one_project: bool = False) -> Notice | None:
    """A notice already in the register with the same issuer, kind and publication day (and,
    for one project of an authority's table, the same subject: the project)."""
    if not fields.get("issuer") or not fields.get("published_on"):
        return None
    found = Notice.objects.filter(
        issuer=fields["issuer"], kind=fields["kind"], published_on=fields["published_on"]
    )
    if one_project:
        found = found.filter(subject=fields["subject"])
    return found.first()


def project_rows(item: Mapping[str, Any]) -> list[dict[str, str]]:
    """The projects of an authority's table, one ``{"project", "builder"}`` per row.

    From the proposal's ``projects``; when a corrected proposal no longer carries them (the
    admin import screen sends the fields and the notice's source text), read again from that
    text, for the kinds an authority issues.
    """
    rows = item.get("projects")
    if not rows and item.get("kind") in AUTHORITY_KINDS and item.get("text"):
        rows = [{"project": r.project, "builder": r.builder} for r in table_rows(item["text"])]
    out = []
    for row in rows or []:
        if isinstance(row, Mapping) and str(row.get("project") or "").strip():
            builder = str(row.get("builder") or "").strip()
            out.append({"project": str(row["project"]).strip(), "builder": builder})
    return out


def per_project(item: Mapping[str, Any]) -> list[dict[str, Any]]:
    """One item per project row of an authority's table (two rows or more), else the item.

    Each row is a notice of its own for a citizen: its subject is the project, with its builder
    when the table names one ("项目（建设单位：X）"); the issuer, window, contacts, links and
    publication stay the authority's, shared by every row.
    """
    rows = project_rows(item)
    if len(rows) < 2:
        if len(rows) == 1 and not (item.get("subject") or item.get("project")):
            return [{**item, "subject": _project_subject(rows[0])}]
        return [dict(item)]
    title = str(item.get("title") or "").strip()
    out = []
    for row in rows:
        subject = _project_subject(row)
        out.append(
            {
                **item,
                "title": f"{title}：{row['project']}" if title else row["project"],
                "subject": subject,
                "project": subject,
                "projects": [row],
            }
        )
    return out


def _project_subject(row: Mapping[str, str]) -> str:
    if row.get("builder") and row["builder"] not in row["project"]:
        return f"{row['project']}（建设单位：{row['builder']}）"
    return row["project"]


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

    An authority's table of several projects becomes one notice per project (``per_project``),
    each checked for a duplicate on its own. Each notice is saved on its own: one invalid
    proposal does not lose the others.
    """
    saved, duplicates, errors = [], [], []
    expanded = [(row, len(project_rows(item)) >= 2) for item in items for row in per_project(item)]
    for item, is_row in expanded:
        fields = notice_fields(item)
        existing = find_duplicate(fields, one_project=is_row)
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
