"""From an uploaded file to importer proposals that know where on the page they were printed.

The bridge between the settings and the pure page reader (``notices.pages``) and importer
(``notices.importer``), shared by the ``import_text`` command and the admin's upload job.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.conf import settings

from .importer import extract_notices
from .importing import proposal_json
from .pages import Document, Limits, read_file


def limits() -> Limits:
    """The upload limits from settings (``NOTICES_IMPORT_MAX_BYTES`` and friends)."""
    return Limits(
        max_bytes=settings.NOTICES_IMPORT_MAX_BYTES,
        max_pages=settings.NOTICES_IMPORT_MAX_PAGES,
        ocr_dpi=settings.NOTICES_IMPORT_OCR_DPI,
        ocr_threads=settings.NOTICES_IMPORT_OCR_THREADS,
    )


def too_large(size: int) -> str | None:
    """The message for a file over the size limit (checked before it is read into memory)."""
    cap = limits().max_bytes
    if size > cap:
        return (
            f"文件过大：{size / 1e6:.1f} MB，上限 {cap / 1e6:.0f} MB / the file is too large: "
            f"{size / 1e6:.1f} MB, the limit is {cap / 1e6:.0f} MB"
        )
    return None


@dataclass(frozen=True)
class PageImport:
    """A file read and its notices proposed: JSON items (seed-notices shape, with places)."""

    document: Document
    items: tuple[dict[str, Any], ...]
    texts: tuple[str, ...]
    messages: tuple[str, ...]


def import_file(
    data: bytes,
    name: str,
    *,
    calendar=None,
    progress: Callable[[int, int], None] | None = None,
) -> PageImport:
    document = read_file(data, name, limits(), progress)
    if not document.ok:
        return PageImport(document, (), (), document.messages)
    extracted = extract_notices(document.text)
    items = []
    for proposal in extracted.proposals:
        item = proposal_json(proposal, calendar)
        items.append(place(item, proposal.span, document))
    texts = tuple(p.text for p in extracted.proposals)
    return PageImport(document, tuple(items), texts, (*document.messages, *extracted.messages))


def place(item: dict[str, Any], span: tuple[int, int], document: Document) -> dict[str, Any]:
    """Add where the notice and each of its read fields are printed (page and box)."""
    if not document.lines:
        return item
    boxes = document.locate(*span)
    if boxes:
        item["page"] = boxes[0].page
        item["box"] = boxes[0].to_json()["box"]
        if len(boxes) > 1:
            item["continued_on"] = [b.to_json() for b in boxes[1:]]
    for evidence in (item.get("evidence") or {}).values():
        found = document.locate(*evidence["span"])
        if found:
            evidence.update(found[0].to_json())
    return item
