"""The seed pages: every notice in shared/samples/seed-notices.json, and nothing else."""

from __future__ import annotations

from typing import Any

import pytest

from notices.importer import extract_notices
from tests.conftest import SHARED, shared_json, shared_params

pytestmark = pytest.mark.requires_shared

SEED = shared_json("samples", "seed-notices.json")
#: Computed on the Django side from the calendar, not read from the page.
COMPUTED = {"last_day", "last_day_if_publication_day_counts"}


def _found(name: str) -> list[dict[str, Any]]:
    text = (SHARED / "seeds" / name).read_text(encoding="utf-8")
    return [p.to_json() for p in extract_notices(text).proposals]


@pytest.mark.parametrize("name", shared_params(sorted(SEED.get("pages", {}))))
def test_every_seed_notice_is_found_with_its_fields(name: str) -> None:
    expected = SEED["pages"][name]
    found = _found(name)
    assert [n["title"] for n in found] == [n.get("title") for n in expected]
    for want, got in zip(expected, found, strict=True):
        for key, value in want.items():
            if key in COMPUTED:
                continue
            if key == "window":  # the seed JSON has no counting_stated: compare its keys
                assert {k: got["window"].get(k) for k in value} == value, key
            else:
                assert got.get(key) == value, key


@pytest.mark.parametrize(
    "name", ["001_e91f77db83cd7b9b.txt", "002_d863a233090336e8.txt", "003_5df379a62343876a.txt"]
)
def test_pages_of_news_only_give_no_proposal(name: str) -> None:
    result = extract_notices((SHARED / "seeds" / name).read_text(encoding="utf-8"))
    assert result.proposals == ()
    assert result.messages == ()


def test_a_story_quoting_a_notice_title_is_not_a_notice() -> None:
    # page 000 quotes 《关于开展电动自行车安全隐患集中夜查行动的公告》 inside a news story
    titles = [n["title"] for n in _found("000_645557754b6be682.txt")]
    assert not any("夜查" in t for t in titles)


def test_hotline_box_is_found_but_not_the_story_about_its_petitions() -> None:
    found = _found("004_7fdd7727131c4a3d.txt")
    assert [n["kind"] for n in found] == ["inspection_reporting"]
    assert found[0]["published_on"] is None
