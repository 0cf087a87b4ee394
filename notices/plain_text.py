"""Text every output can carry: the model fields that refuse (and never store) unshowable text.

A notice's text goes into HTML pages, JSON, Atom (XML 1.0), iCalendar files and email headers.
XML 1.0 forbids most control characters, UTF-8 (PostgreSQL, SQLite, email) cannot carry lone
surrogates, a line break in a one-line value breaks email headers, and bidirectional override
characters make text read differently from what it says. Validation (admin, API, importer,
``full_clean``) refuses such text with a message naming the character and where it is; a value
that reaches the database without validation (shell, ``update()``, bulk writes, migrations)
has those characters removed and its length cut to the field's on the way in, so no stored text
can break an output.
"""

from __future__ import annotations

import re
import unicodedata

from django.core.exceptions import ValidationError
from django.core.validators import MaxLengthValidator, URLValidator
from django.db import models
from django.utils.deconstruct import deconstructible
from django.utils.translation import gettext_lazy as _

# C0 controls, DEL, C1 controls, lone surrogates, the non-characters U+FFFE/U+FFFF (not XML),
# and the bidirectional embedding, override and isolate controls (U+202A-202E, U+2066-2069).
_ALWAYS = "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff\u202a-\u202e\u2066-\u2069"
UNSHOWABLE_IN_LINE = re.compile(f"[{_ALWAYS}\t\n\r\u2028\u2029\x85]")
UNSHOWABLE_IN_TEXT = re.compile(f"[{_ALWAYS}\u2028\u2029]")
#: The longest multi-line text kept (a newspaper page is ~10,000 characters).
MAX_TEXT_LENGTH = 100_000


def _describe(char: str) -> str:
    name = unicodedata.name(char, "")
    return f"U+{ord(char):04X} {name}".strip()


@deconstructible
class ShowableTextValidator:
    """Refuse text with a character that some output (XML, iCalendar, email, UTF-8) cannot show."""

    def __init__(self, multiline: bool = False):
        self.multiline = multiline

    def __call__(self, value: object) -> None:
        if not isinstance(value, str):
            return
        pattern = UNSHOWABLE_IN_TEXT if self.multiline else UNSHOWABLE_IN_LINE
        found = pattern.search(value)
        if found:
            raise ValidationError(
                _(
                    "This text contains a character that cannot be shown in pages, feeds, "
                    "calendars and emails (%(char)s, at position %(position)s). Remove it "
                    "and save again."
                ),
                code="unshowable_character",
                params={"char": _describe(found.group()), "position": found.start() + 1},
            )

    def __eq__(self, other: object) -> bool:
        return isinstance(other, ShowableTextValidator) and other.multiline == self.multiline


def showable(value: str, *, multiline: bool = False) -> str:
    """Return the value without the characters the validator refuses (a tab or line break in
    one-line text becomes a space)."""
    if multiline:
        return UNSHOWABLE_IN_TEXT.sub("", value.replace("\r\n", "\n").replace("\r", "\n"))
    return UNSHOWABLE_IN_LINE.sub(
        lambda m: " " if m.group() in "\t\n\r\u2028\u2029\x85" else "", value
    )


class ShowableField:
    """What every showable field shares: unshowable text is cleaned on every write."""

    multiline = False

    def get_db_prep_save(self, value, connection):
        # every write (save, update, bulk_create, migrations) passes here; lookups do not
        if isinstance(value, str):
            value = showable(value, multiline=self.multiline)
            limit = self.max_length or (MAX_TEXT_LENGTH if self.multiline else None)
            value = value[:limit] if limit else value
        return super().get_db_prep_save(value, connection)


class ShowableCharField(ShowableField, models.CharField):
    """A one-line text field: no control characters, line breaks or bidi overrides."""

    default_validators = [ShowableTextValidator()]


class ShowableTextField(ShowableField, models.TextField):
    """A multi-line text field: line breaks and tabs allowed, other controls not; bounded."""

    multiline = True
    default_validators = [
        ShowableTextValidator(multiline=True),
        MaxLengthValidator(MAX_TEXT_LENGTH),
    ]


class ShowableURLField(ShowableField, models.URLField):
    """A web address: http or https only (no ``javascript:`` or ``data:``), no control chars."""

    default_validators = [ShowableTextValidator(), URLValidator(schemes=["http", "https"])]

    def get_db_prep_save(self, value, connection):
        if isinstance(value, str) and value and not re.match(r"(?i)https?://", value.strip()):
            # only reachable without validation (shell, update()): an unsafe scheme is dropped
            value = ""
        return super().get_db_prep_save(value, connection)


class ShowableEmailField(ShowableField, models.EmailField):
    """An email address: Django's address check, and nothing unshowable stored."""
