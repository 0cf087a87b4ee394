"""Read newspaper pages (PDF, scans, photos or OCR text) and propose the notices on them;
optionally save drafts."""

from __future__ import annotations

import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from notices import calendar_source
from notices.importing import save_notices
from notices.management.readiness import require_migrated_database
from notices.reading import import_file, too_large


class Command(BaseCommand):
    help = (
        "Propose the notices printed on newspaper pages: PDF (text layer, or scanned: OCR), "
        "PNG/JPEG/TIFF scans and photos, or OCR text. --json prints "
        '{"pages": {"PAGE.pdf": [notice, ...]}} in the shape of seed-notices.json (from a PDF or '
        'image each notice also gives "page" and "box"), without saving; --save saves them as '
        "drafts for review (duplicates are reported, not saved)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "pages", nargs="+", type=Path, help="page file(s): .pdf .png .jpg .tiff .txt"
        )
        parser.add_argument("--json", action="store_true", help="print the proposals as JSON")
        parser.add_argument("--save", action="store_true", help="save the proposals as drafts")
        parser.add_argument("--evidence", action="store_true", help="keep spans and confidence")
        parser.add_argument("--outlet", default="", help="the newspaper's name, for --save")

    def handle(self, *args, pages, json: bool, save: bool, evidence: bool, outlet: str, **opts):
        if save:
            require_migrated_database()
        try:
            calendar, note = calendar_source.calendar_for_command()
        except LookupError as exc:
            raise CommandError(str(exc)) from None
        if note:
            self.stderr.write(self.style.WARNING(f"note: {note}"))
        result: dict[str, list] = {}
        for path in pages:
            try:
                problem = too_large(path.stat().st_size)
                raw = b"" if problem else path.read_bytes()
            except OSError as exc:
                raise CommandError(f"{path}: cannot read: {exc.strerror}") from None
            imported = None if problem else import_file(raw, path.name, calendar=calendar)
            for message in (problem,) if problem else imported.messages:
                self.stderr.write(self.style.WARNING(f"{path.name}: {message}"))
            if imported is None or not imported.document.ok:
                result[path.name] = []
                continue
            items = list(imported.items)
            if imported.document.pages:
                routes = ", ".join(f"{p.number}: {p.route}" for p in imported.document.pages)
                self.stderr.write(f"{path.name}: {len(imported.document.pages)} page(s) ({routes})")
            if save:
                texts = imported.texts
                outcome = save_notices(
                    [{**item, "text": text} for item, text in zip(items, texts, strict=True)],
                    outlet=outlet,
                )
                self.stderr.write(
                    f"{path.name}: saved {len(outcome.saved)} draft(s), "
                    f"{len(outcome.duplicates)} duplicate(s) skipped, "
                    f"{len(outcome.errors)} invalid"
                )
                for item, existing in outcome.duplicates:
                    self.stderr.write(f"  duplicate of #{existing.pk}: {item.get('title')}")
                for item, error in outcome.errors:
                    self.stderr.write(
                        self.style.ERROR(f"  not saved: {item.get('title')}: {error}")
                    )
            if not evidence:
                for item in items:
                    item.pop("evidence", None)
            result[path.name] = items
        if json or not save:
            self.stdout.write(_dumps({"pages": result}))


def _dumps(data) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2)
