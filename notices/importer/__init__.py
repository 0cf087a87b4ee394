"""Propose the public notices printed on a pasted newspaper page (pure Python, no Django).

``extract_notices(text)`` takes the OCR text of a whole page (str, or bytes in UTF-8, UTF-16
or GB18030; a few undecodable bytes are replaced and reported) and returns an
``ImportResult``: one ``Proposal`` per notice found, each field with
its value, a confidence and the span of the input it was read from, for a person to confirm.

Field values:

- ``kind``: one of ``kinds.KINDS``; ``title``, ``subject`` (company or project), ``issuer``: str
- ``published_on``, ``dissolution_resolved_on``, ``liquidation_group_formed_on``: date
- ``window``: ``{"length", "unit": "calendar_days"|"working_days"|"months", "counting":
  "next_day"|"same_day", "counting_stated"}`` (plus ``starts_on`` when counted from a printed
  date), or ``{"starts_on", "ends_on"}`` (ISO dates, plus ``daily_hours``, ``length`` and
  ``unit`` when printed) for a stated period; None when the notice prints no window
- ``contact``: ``{"name", "phone", "phones", "email", "address", "postcode"}``, absent keys
  omitted (``phones`` only when more than one number is printed)
- ``links``: list of URLs, rejoined across lines, with a printed 提取码 appended as ``pwd``

The rules live in one module per concern: ``text`` (normalisation, offsets, line joins),
``dates``, ``segment`` (finding notices among news), ``kinds``, ``windows``, ``contacts``,
``links``, ``parties`` (issuer, subject, liquidation dates); ``fields`` reads one notice.
"""

from __future__ import annotations

from .fields import propose
from .model import Extracted, ImportResult, Proposal
from .segment import find_segments
from .text import Page, decode_noting

__all__ = ["Extracted", "ImportResult", "Proposal", "extract_notices"]

FAILED = "导入器内部错误，未能分析此页 / the importer failed on this page"
#: Pages longer than this are cut (a newspaper page is 10-40 thousand characters; a whole
#: issue pasted at once stays well below this), so that any input is answered in seconds.
MAX_CHARS = 1_000_000
TRUNCATED = (
    f"输入过长，只分析了前 {MAX_CHARS:,} 个字符 / "
    f"input too long: only the first {MAX_CHARS:,} characters were analysed"
)


def extract_notices(text: str | bytes) -> ImportResult:
    """Return the notices proposed for the page ``text``, and messages about the input.

    Spans are offsets into ``text`` (for bytes, into the decoded string). Never raises for
    str or bytes input: unreadable input gives no proposals and a message.

    Raises:
        TypeError: ``text`` is neither str nor bytes.
    """
    if not isinstance(text, str | bytes | bytearray | memoryview):
        raise TypeError(f"extract_notices() takes str or bytes, not {type(text).__name__}")
    raw, problem, notes = decode_noting(text)
    if problem:
        return ImportResult((), (*notes, problem))
    messages: tuple[str, ...] = notes
    if len(raw) > MAX_CHARS:
        cut = raw.rfind("\n", 0, MAX_CHARS)
        raw = raw[: cut if cut > MAX_CHARS // 2 else MAX_CHARS]
        messages = (*messages, TRUNCATED)
    try:
        page = Page(raw)
        found = (propose(page, seg) for seg in find_segments(page))
        return ImportResult(tuple(p for p in found if p is not None), messages, raw)
    except Exception:  # a bug must not lose the admin's paste; the message says what happened
        return ImportResult((), (*messages, FAILED))
