"""Read newspaper pages (OCR text) and propose the notices on them; optionally save drafts."""

from __future__ import annotations

import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from notices import calendar_source
from notices.importer import extract_notices
from notices.importing import proposal_json, save_notices
from notices.management.readiness import require_migrated_database


class Command(BaseCommand):
    help = (
        "Propose the notices printed on newspaper pages. --json prints "
        '{"pages": {"PAGE.txt": [notice, ...]}} in the shape of seed-notices.json, without '
        "saving; --save saves them as drafts for review (duplicates are reported, not saved)."
    )

    def add_arguments(self, parser):
        parser.add_argument("pages", nargs="+", type=Path, help="OCR text file(s) of pages")
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
                raw = path.read_bytes()
            except OSError as exc:
                raise CommandError(f"{path}: cannot read: {exc.strerror}") from None
            extracted = extract_notices(raw)
            for message in extracted.messages:
                self.stderr.write(self.style.WARNING(f"{path.name}: {message}"))
            items = [proposal_json(p, calendar) for p in extracted.proposals]
            if save:
                texts = [p.text for p in extracted.proposals]
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
