"""Every span points at the input text its value was read from."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from notices.importer import Extracted, Proposal, extract_notices
from notices.importer.dates import cn_int, find_dates
from notices.importer.text import FOLD
from notices.importer.windows import DURATION

HERE = Path(__file__).resolve().parent
SHARED = Path(__file__).resolve().parents[3] / "shared"
PAGE_FILES = sorted(SHARED.glob("seeds/*.txt")) + sorted((HERE / "pages").glob("*.txt"))


def flat(raw: str) -> str:
    """Return raw text as the importer reads it: folded, without spaces and line breaks."""
    return re.sub(r"\s+", "", raw.translate(FOLD))


def flat_link(raw: str) -> str:
    """Return a raw link as printed over lines, without the breaks and stray " -"."""
    return flat(re.sub(r"[ \t]+-?[ \t]*(?=\r?\n)", "", raw))


def digits(text: str) -> str:
    return re.sub(r"\D", "", text.translate(FOLD))


def check_value(name: str, item: Extracted, raw: str) -> None:
    """Assert that ``raw`` (the text under the span) holds ``item.value``."""
    value = item.value
    text = flat(raw)
    if isinstance(value, dt.date):
        assert value in [d for d, _, _ in find_dates(text)], (name, raw)
    elif name == "kind":
        assert text
    elif name == "window":
        dates = {d.isoformat() for d, _, _ in find_dates(text)}
        if "starts_on" in value and "length" not in value:
            assert value["starts_on"] in dates or value.get("ends_on") in dates, raw
        if "length" in value:
            lengths = [cn_int(m.group("n")) for m in DURATION.finditer(text)]
            assert value["length"] in lengths, raw
    elif name.startswith("contact.phone") or name.startswith("contact.phones"):
        assert digits(value) in digits(raw), (value, raw)
    elif name.startswith("links."):
        base = re.sub(r"[?&]pwd=(\w+)$", "", value)
        assert base.split("//", 1)[1] in flat_link(raw), (value, raw)
        if base != value:
            assert value.rsplit("=", 1)[1] in raw
    elif name == "issuer":  # several signers are joined with "、"
        assert all(org in text for org in value.split("、")), (value, raw)
    elif isinstance(value, str):
        assert value.replace(" ", "") in text, (name, value, raw)


def spans(proposal: Proposal) -> list[tuple[str, Extracted]]:
    items = list(proposal.fields.items()) + list(proposal.parts.items())
    return [(n, i) for n, i in items if i.span is not None and i.value is not None]


@pytest.mark.parametrize("path", PAGE_FILES, ids=lambda p: p.stem)
def test_each_span_holds_the_text_its_value_was_read_from(path: Path) -> None:
    text = path.read_bytes().decode("utf-8")
    for proposal in extract_notices(text).proposals:
        for name, item in spans(proposal):
            if name in ("contact", "links"):  # composite: their pieces are in parts
                continue
            start, end = item.span
            check_value(name, item, text[start:end])


@pytest.mark.parametrize("path", PAGE_FILES, ids=lambda p: p.stem)
def test_composite_spans_cover_their_pieces_and_notice_spans_cover_fields(path: Path) -> None:
    text = path.read_bytes().decode("utf-8")
    for proposal in extract_notices(text).proposals:
        lo, hi = proposal.span
        for name, item in spans(proposal):
            assert lo <= item.span[0] < item.span[1] <= hi, name
        for name in ("contact", "links"):
            whole = proposal.fields[name].span
            for part, item in proposal.parts.items():
                if part.startswith(name + ".") and whole is not None:
                    assert whole[0] <= item.span[0], part
                    assert item.span[1] <= whole[1], part


def test_spans_count_characters_of_the_input_string_with_crlf_and_full_width() -> None:
    text = "本报讯（记者）\r\n\r\n注销公告\r\n" + (
        "某某有限公司经股东会决议解散，并于同日成立清算组。请债权人自本公告发布之日起４５日内申报债权。"
        "\r\n联系人：王 五\r\n联系电话：１５１４７４７８１１９"
        "\r\n某某有限公司清算组\r\n２０２４年７月８日\r\n"
    )
    (proposal,) = extract_notices(text).proposals
    phone = proposal.parts["contact.phone"]
    assert text[slice(*phone.span)] == "１５１４７４７８１１９"
    assert text[slice(*proposal.fields["published_on"].span)] == "２０２４年７月８日"
    assert text[slice(*proposal.parts["contact.name"].span)] == "王 五"
    assert text[slice(*proposal.fields["title"].span)] == "注销公告"
