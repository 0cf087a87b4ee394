"""Reading whole files: typeset e-paper PDFs (text layer), scans (OCR), and bad input."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from rapidfuzz.distance import Levenshtein

from notices.importer import extract_notices
from notices.pages import Limits, read_file
from tests.pages.typeset import SMALL, damage, render, typeset, without_text_layer

PAGES = Path(__file__).resolve().parents[1] / "importer" / "pages"
EDITION = ("p15", "p21", "p12", "p06")  # several notices, titles before and after, two pages


def _text(stem: str) -> str:
    return next(PAGES.glob(f"{stem}_*.txt")).read_text(encoding="utf-8")


def _flat(s: str) -> str:
    return re.sub(r"\s+", "", s)


def _fields(text: str) -> list[dict]:
    out = []
    for proposal in extract_notices(text).proposals:
        data = proposal.to_json()
        data.pop("evidence")
        out.append(data)
    return out


@pytest.fixture(scope="module")
def edition(typesetting):
    """Four of our test pages set as one edition of small two-column pages."""
    return typeset(["\n\n".join(_text(stem) for stem in EDITION)], SMALL)


def test_a_text_layer_pdf_is_read_in_the_order_it_was_set(edition):
    doc = read_file(edition.pdf, "edition.pdf")
    assert not doc.messages
    assert len(doc.pages) == len(edition.truth) >= 2
    assert {p.route for p in doc.pages} == {"text-layer"}
    assert _flat(doc.text) == _flat(edition.text)


def test_the_importer_finds_the_same_notices_in_the_pdf_as_in_the_text(edition):
    doc = read_file(edition.pdf, "edition.pdf")
    from_text = _fields("\n\n".join(_text(stem) for stem in EDITION))
    from_pdf = _fields(doc.text)
    assert len(from_pdf) == len(from_text) >= 5
    same = sum(a.get(k) == b.get(k) for a, b in zip(from_text, from_pdf, strict=True) for k in a)
    total = sum(len(a) for a in from_text)
    assert same / total >= 0.97, f"{same}/{total} fields as from the text"


def test_every_line_is_mapped_to_the_page_and_box_it_was_printed_in(edition):
    import pypdfium2 as pdfium

    doc = read_file(edition.pdf, "edition.pdf")
    pdf = pdfium.PdfDocument(edition.pdf)
    try:
        for needle in ("阿拉善左旗巴润别立镇宏泰石材加工厂", "债权申报公告"):
            start = doc.text.index(needle)
            (box,) = doc.locate(start, start + len(needle))
            page = pdf[box.page - 1]
            w, h = page.get_size()
            printed = page.get_textpage().get_text_bounded(
                box.x0 * w - 1, (1 - box.y1) * h - 1, box.x1 * w + 1, (1 - box.y0) * h + 1
            )
            assert needle in _flat(printed)
    finally:
        pdf.close()
    assert doc.page_of(len(doc.text) - 2) == len(doc.pages)  # the end is on the last page


def test_a_scan_is_read_by_ocr_and_its_notice_found_where_it_is_printed(typesetting):
    made = typeset([_text("p15")], SMALL)
    photo = damage(render(made.pdf, 150)[0], "medium", 150)
    doc = read_file(photo, "photo.jpg")
    assert [p.route for p in doc.pages] == ["ocr"]
    errors = Levenshtein.distance(_flat(doc.text), _flat(made.text))
    assert errors / len(_flat(made.text)) < 0.03
    proposals = extract_notices(doc.text).proposals
    assert [p.value("title") for p in proposals] == ["清算公告", "减资公告", "简易注销公告"]
    (box,) = doc.locate(*proposals[0].span)
    assert box.page == 1
    assert 0 <= box.x0 < box.x1 <= 1
    assert 0 <= box.y0 < box.y1 <= 1


def test_a_pdf_without_text_layer_goes_through_ocr(typesetting, monkeypatch):
    from notices.pages import ocr
    from notices.pages.layout import Fragment

    seen = []

    def fake_ocr(image, threads=1):
        seen.append(image.size)
        line = Fragment("扫描页", 10, 10, 100, 30)
        return [ocr.OcrLine(line, line, 0.9)], 0.0

    monkeypatch.setattr(ocr, "read_image", fake_ocr)
    made = typeset([_text("p15")], SMALL)
    doc = read_file(without_text_layer(made.pdf, 100), "scan.pdf", Limits(ocr_dpi=100))
    assert [p.route for p in doc.pages] == ["ocr"]
    assert doc.text.strip() == "扫描页"
    ((width, height),) = seen
    assert width == pytest.approx(SMALL.width / 25.4 * 100, abs=2)
    assert height == pytest.approx(SMALL.height / 25.4 * 100, abs=2)


def _png(size=(400, 300), color=255) -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("L", size, color).save(buffer, "PNG")
    return buffer.getvalue()


def _pdf(pages: int, password: str | None = None) -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    for _ in range(pages):
        pdf.add_page()
    if password:
        pdf.set_encryption(owner_password="owner", user_password=password)  # noqa: S106
    return bytes(pdf.output())


@pytest.mark.parametrize(
    ("data", "name", "limits", "says"),
    [
        (b"", "page.pdf", None, "0 bytes"),
        (b"%PDF-1.7\n" + b"\x00garbage" * 100, "page.pdf", None, "damaged or not a PDF"),
        (_pdf(1, password="secret"), "page.pdf", None, "encrypted"),  # noqa: S106
        (_pdf(300), "edition.pdf", None, "300 pages: more than the limit of 100"),
        (_pdf(3), "edition.pdf", Limits(max_pages=2), "3 pages: more than the limit of 2"),
        (b"x" * 2000, "page.txt", Limits(max_bytes=1000), "too large"),
        (_png(), "page.pdf", None, "named as PDF but holds PNG"),
        (b"%PDF-1.4 not an image", "page.png", None, "named as PNG but holds PDF"),
        (bytes(range(256)) * 8, "page.png", None, "named as PNG but is not one"),
        (_png(), "page.txt", None, "文件名是 文本，内容却是 PNG"),
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "page.png", None, "damaged and cannot be read"),
        (_png((6000, 6000)), "page.png", Limits(max_pixels=10_000_000), "too many pixels"),
    ],
    ids=[
        "empty",
        "corrupt-pdf",
        "encrypted-pdf",
        "300-pages",
        "pages-limit-setting",
        "size-limit",
        "png-named-pdf",
        "pdf-named-png",
        "bytes-named-png",
        "png-named-txt",
        "corrupt-png",
        "pixel-bomb",
    ],
)
def test_bad_input_gives_a_clear_message_and_no_text(typesetting, data, name, limits, says):
    doc = read_file(data, name, limits)
    assert not doc.ok
    assert any(says in message for message in doc.messages), doc.messages


def test_a_page_with_no_text_says_so(typesetting):
    doc = read_file(_png(), "blank.png")
    assert not doc.ok
    assert doc.messages == ("页面上没有识别出文字 / no text was found on the page",)


def test_without_ocr_installed_a_scan_says_what_is_needed_and_text_pdfs_still_work(
    edition, monkeypatch
):
    from notices.pages import ocr

    def missing(image, threads=1):
        raise ocr.OcrUnavailable(ocr.NEEDS_OCR)

    monkeypatch.setattr(ocr, "read_image", missing)
    doc = read_file(_png(), "scan.png")
    assert not doc.ok
    assert "needs the rapidocr-onnxruntime package" in doc.messages[0]
    assert read_file(edition.pdf, "edition.pdf").ok


def test_progress_is_reported_page_by_page(edition):
    seen = []
    read_file(edition.pdf, "edition.pdf", progress=lambda n, m: seen.append((n, m)))
    m = len(edition.truth)
    assert seen == [(n, m) for n in range(1, m + 1)]
