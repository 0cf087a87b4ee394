"""import_text on e-paper PDFs and scans: the same JSON, each notice with its page and box."""

from __future__ import annotations

import json
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command

from notices.models import Notice

pytestmark = pytest.mark.django_db
FIXTURES = Path(__file__).resolve().parents[1] / "pages" / "fixtures"
PDF = FIXTURES / "p15-page.pdf"  # tests/importer/pages/p15 typeset (tests/pages/typeset.py)
SCAN = FIXTURES / "p15-page-scan.jpg"  # the same page at 150 dpi, turned 1 degree, JPEG


def _import(*args) -> tuple[dict, str]:
    out, err = StringIO(), StringIO()
    call_command("import_text", *map(str, args), stdout=out, stderr=err)
    return (json.loads(out.getvalue()) if out.getvalue() else {}), err.getvalue()


def test_a_pdf_gives_the_same_notices_as_its_text_each_with_page_and_box():
    text = Path(__file__).resolve().parents[1] / "importer" / "pages"
    source = next(text.glob("p15_*.txt"))
    from_pdf, err = _import(PDF, "--json")
    from_text, _ = _import(source, "--json")
    (notices,) = from_pdf["pages"].values()
    (expected,) = from_text["pages"].values()
    assert "1 page(s) (1: text-layer)" in err
    assert [{k: v for k, v in n.items() if k not in ("page", "box")} for n in notices] == expected
    for notice in notices:
        assert notice["page"] == 1
        x0, y0, x1, y1 = notice["box"]
        assert 0 <= x0 < x1 <= 1
        assert 0 <= y0 < y1 <= 1
    assert [n["box"][1] for n in notices] == sorted(n["box"][1] for n in notices)


def test_with_evidence_every_field_says_where_it_was_printed():
    data, _ = _import(PDF, "--json", "--evidence")
    first = data["pages"]["p15-page.pdf"][0]
    assert {"title", "issuer", "published_on"} <= set(first["evidence"])
    for evidence in first["evidence"].values():
        assert evidence["page"] == 1
        assert len(evidence["box"]) == 4


def test_a_scan_is_read_by_ocr_and_saved_as_drafts():
    _, err = _import(SCAN, "--save")
    assert "1 page(s) (1: ocr)" in err
    assert "saved 3 draft(s)" in err
    assert set(Notice.objects.values_list("title", flat=True)) == {
        "清算公告",
        "减资公告",
        "简易注销公告",
    }


@pytest.mark.parametrize(
    ("content", "name", "says"),
    [
        (b"", "empty.pdf", "0 bytes"),
        (b"%PDF-1.5\n%broken", "broken.pdf", "the PDF is damaged or not a PDF"),
        (PDF.read_bytes(), "page.png", "named as PNG but holds PDF"),
    ],
    ids=["empty", "corrupt", "misnamed"],
)
def test_a_bad_file_is_named_with_the_reason_and_nothing_is_saved(tmp_path, content, name, says):
    path = tmp_path / name
    path.write_bytes(content)
    data, err = _import(path, "--save", "--json")
    assert says in err
    assert data == {"pages": {name: []}}
    assert Notice.objects.count() == 0


def test_a_file_over_the_size_limit_is_not_even_read(tmp_path, settings):
    settings.NOTICES_IMPORT_MAX_BYTES = 1000
    path = tmp_path / "edition.pdf"
    path.write_bytes(b"%PDF-1.4" + b"0" * 5000)
    data, err = _import(path, "--json")
    assert "the file is too large: 0.0 MB, the limit is 0 MB" in err
    assert data == {"pages": {"edition.pdf": []}}
