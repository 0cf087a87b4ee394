"""The Simplified Chinese catalogue is complete and compiled (a fresh machine may lack gettext)."""

from __future__ import annotations

import gettext
import re

from tests.conftest import REPO_ROOT

LC = REPO_ROOT / "notices" / "locale" / "zh_Hans" / "LC_MESSAGES"


def _entries(po_text: str) -> list[tuple[str, str, str | None]]:
    """(msgid, msgstr, msgctxt or None) of every entry."""
    entries = []
    for block in po_text.split("\n\n"):
        if "#, fuzzy" in block and 'msgid ""\nmsgstr ""\n"Project' not in block:
            raise AssertionError(f"fuzzy entry: {block}")
        msgid = re.search(r'^msgid ((?:".*"\n?)+)', block, re.M)
        msgstr = re.search(r'^msgstr ((?:".*"\n?)+)', block, re.M)
        context = re.search(r'^msgctxt "(.*)"$', block, re.M)
        if msgid and msgstr:
            join = lambda s: "".join(re.findall(r'"(.*)"', s))  # noqa: E731
            entries.append(
                (join(msgid.group(1)), join(msgstr.group(1)), context and context.group(1))
            )
    return entries


def test_every_project_message_has_a_chinese_translation():
    entries = [(i, s) for i, s, _ in _entries((LC / "django.po").read_text("utf-8")) if i]
    assert len(entries) > 150
    untranslated = [i for i, s in entries if not s]
    assert untranslated == []


def test_the_compiled_catalogue_matches_the_po_file():
    with (LC / "django.mo").open("rb") as handle:
        catalogue = gettext.GNUTranslations(handle)
    for msgid, msgstr, context in _entries((LC / "django.po").read_text("utf-8")):
        if msgid:
            expected = msgstr.replace('\\"', '"').replace("\\n", "\n")
            msgid = msgid.replace('\\"', '"')
            found = catalogue.pgettext(context, msgid) if context else catalogue.gettext(msgid)
            assert found == expected, msgid
