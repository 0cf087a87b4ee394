"""The public data version: one counter the register raises whenever what the public sees changes.

Every writer of public data (a notice, its publications, contacts and links, the calendar)
raises it inside its own transaction: ORM writes through ``notices.signals``, the set-based
writers (calendar loads, window recomputation) in ``notices.services``. Readers (the public
site's page cache) read it and never write it, so the import arrow points one way: shells read
register data, the register knows nothing of the shells.
"""

from __future__ import annotations

from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from .models import PublicDataVersion

#: The primary key of the single counter row (made by migration 0003).
COUNTER = 1


def raise_version() -> None:
    """Raise the version in the current transaction (call it after the write it covers)."""
    now = timezone.now()
    updated = PublicDataVersion.objects.filter(pk=COUNTER).update(
        version=F("version") + 1, changed_at=now
    )
    if not updated:  # the counter row is made by a migration; a flushed test database lacks it
        try:
            with transaction.atomic():
                PublicDataVersion.objects.create(pk=COUNTER, version=1, changed_at=now)
        except IntegrityError:  # made by a concurrent raise in the meantime
            raise_version()


def committed_version() -> int:
    """The committed version (0 before the first change)."""
    version = PublicDataVersion.objects.filter(pk=COUNTER).values_list("version", flat=True).first()
    return version or 0
