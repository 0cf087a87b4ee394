"""The test pages in pages/: each page's proposals against its hand-written expected JSON.

The pages were written to vary what real papers print: wording, date styles (二〇二四年,
full-width digits, 2024.7.8, 2024-07-08), titles before and after bodies, URLs broken over
lines, OCR spaces, several notices per page, and pages of news only that mention 公告, 公示
and 工作日. p21-p26 were written after the rules for p01-p20 were settled, as a check on
overfitting (their first-run score is in benchmarks/bench_importer.py's docstring).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from notices.importer import extract_notices

PAGES = Path(__file__).resolve().parent / "pages"
#: (page, notice index, field) the importer is known to get wrong, with the reason. Empty now;
#: a miss added here must also show in the accuracy report (benchmarks/bench_importer.py).
KNOWN_MISSES: dict[tuple[str, int, str], str] = {}


def _pages() -> list[str]:
    return sorted(p.stem for p in PAGES.glob("*.txt"))


def _expected(name: str) -> list[dict[str, Any]]:
    return json.loads((PAGES / f"{name}.json").read_text(encoding="utf-8"))


def test_there_are_at_least_twenty_pages_with_expectations() -> None:
    names = _pages()
    assert len(names) >= 20
    assert all((PAGES / f"{n}.json").exists() for n in names)
    assert sum(1 for n in names if not _expected(n)) >= 2  # pages of news only


@pytest.mark.parametrize("name", _pages())
def test_page_proposals_match_the_expected_notices(name: str) -> None:
    expected = _expected(name)
    found = [p.to_json() for p in extract_notices((PAGES / f"{name}.txt").read_bytes()).proposals]
    assert len(found) == len(expected), [n["title"] for n in found]
    for n, (want, got) in enumerate(zip(expected, found, strict=True)):
        for key, value in want.items():
            if (name, n, key) in KNOWN_MISSES:
                continue
            assert got.get(key) == value, f"notice {n}: {key}"
