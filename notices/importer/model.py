"""The importer's result types: a proposed notice, its fields, and the evidence for each."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from .kinds import EIA_KINDS

#: Field names every proposal carries, in the order ``to_json`` writes them.
FIELD_NAMES = (
    "kind",
    "title",
    "subject",
    "issuer",
    "published_on",
    "dissolution_resolved_on",
    "liquidation_group_formed_on",
    "window",
    "contact",
    "links",
    "projects",
)

#: Kinds whose subject is a project (the seed JSON calls the key "project"), not a company.
PROJECT_KINDS = EIA_KINDS
#: Kinds that carry dissolution and clearing-group dates.
LIQUIDATION_KINDS = frozenset({"liquidation"})


@dataclass(frozen=True)
class Extracted:
    """One extracted value, how sure the importer is, and where in the input it was read."""

    value: Any
    confidence: float = 0.0
    span: tuple[int, int] | None = None


MISSING = Extracted(None, 0.0, None)


def _jsonable(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Mapping):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    return value


@dataclass(frozen=True)
class Proposal:
    """A notice the importer proposes, for a person to confirm.

    ``fields`` holds every name in ``FIELD_NAMES`` (missing values are ``Extracted(None)``);
    ``parts`` holds the evidence for pieces of composite values ("contact.phone", "links.0").
    Spans are ``(start, end)`` offsets into the string the importer was given (for bytes, into
    the decoded text).
    """

    fields: Mapping[str, Extracted]
    span: tuple[int, int]
    text: str
    parts: Mapping[str, Extracted] = field(default_factory=lambda: MappingProxyType({}))

    def value(self, name: str) -> Any:
        return self.fields.get(name, MISSING).value

    @property
    def needs_attention(self) -> tuple[str, ...]:
        """The fields a person must supply before the notice is complete: a kind (other than
        "other"), a publication date and a window. Empty when none is missing."""
        missing = []
        if self.value("kind") in (None, "other"):
            missing.append("kind")
        if self.value("published_on") is None:
            missing.append("published_on")
        if not self.value("window"):
            missing.append("window")
        return tuple(missing)

    def to_json(self) -> dict[str, Any]:
        """Return the notice in the shape of ``seed-notices.json`` (without last_day)."""
        kind = self.value("kind")
        out: dict[str, Any] = {"kind": kind, "title": self.value("title")}
        out["project" if kind in PROJECT_KINDS else "subject"] = self.value("subject")
        out["issuer"] = self.value("issuer")
        out["published_on"] = _jsonable(self.value("published_on"))
        for name in ("dissolution_resolved_on", "liquidation_group_formed_on"):
            if kind in LIQUIDATION_KINDS or self.value(name) is not None:
                out[name] = _jsonable(self.value(name))
        out["window"] = _jsonable(self.value("window"))
        out["contact"] = _jsonable(self.value("contact") or {})
        out["links"] = list(self.value("links") or [])
        if self.value("projects"):  # an authority's table: one entry per project row
            out["projects"] = _jsonable(self.value("projects"))
        evidence: dict[str, Any] = {}
        for name, item in [*self.fields.items(), *self.parts.items()]:
            if item.span is not None and item.value is not None:
                evidence[name] = {"confidence": round(item.confidence, 2), "span": list(item.span)}
        out["evidence"] = evidence
        out["needs_attention"] = list(self.needs_attention)
        return out


@dataclass(frozen=True)
class ImportResult:
    """What the importer found on one page, and any message for the person who pasted it."""

    proposals: tuple[Proposal, ...] = ()
    messages: tuple[str, ...] = ()
    #: The text the spans point into (bytes decoded, undecodable bytes as U+FFFD); a page
    #: shown with its highlights should show this text, not its own decoding of the bytes.
    text: str = field(default="", compare=False)
