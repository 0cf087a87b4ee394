"""Helpers the importer's pattern tests share."""

from __future__ import annotations

from notices.importer import extract_notices
from notices.importer.model import Proposal


def only(page: str) -> Proposal:
    """Return the one notice proposed for ``page``; fail, naming the kinds, if not exactly one."""
    proposals = extract_notices(page).proposals
    assert len(proposals) == 1, [p.value("kind") for p in proposals]
    return proposals[0]
