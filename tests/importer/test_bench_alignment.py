"""The accuracy bench pairs expected notices with proposals fairly: a miss and a false
positive elsewhere on the page that share no field are not counted as one found notice."""

from __future__ import annotations

import sys

from tests.conftest import REPO_ROOT

sys.path.insert(0, str(REPO_ROOT / "benchmarks"))
from bench_importer import _align


def test_a_miss_and_an_unrelated_false_positive_are_not_paired():
    wants = [
        {"kind": "eia_first", "issuer": "甲公司", "phone": "01012345678"},
        {"kind": "liquidation", "issuer": "乙公司清算组", "published_on": "2026-03-02"},
    ]
    gots = [
        {"kind": "eia_first", "issuer": "甲公司", "phone": "01012345678"},
        {"kind": "other", "issuer": "丙委员会", "published_on": "2026-04-01"},
    ]
    assert _align(wants, gots) == [(0, 0)]


def test_a_found_notice_with_some_fields_wrong_is_paired_in_page_order():
    wants = [
        {"kind": "eia_first", "issuer": "甲公司"},
        {"kind": "eia_draft_comment", "issuer": "乙公司", "last_day": "2026-05-06"},
    ]
    gots = [
        {"kind": "eia_first", "issuer": "甲公司"},
        {"kind": "eia_draft_comment", "issuer": "乙", "last_day": "2026-05-07"},
    ]
    assert _align(wants, gots) == [(0, 0), (1, 1)]


def test_pairs_keep_page_order_and_prefer_the_proposal_that_agrees_most():
    wants = [{"kind": "eia_decision", "issuer": "某局", "published_on": "2026-01-05"}]
    gots = [
        {"kind": "eia_decision", "issuer": "别的局"},
        {"kind": "eia_decision", "issuer": "某局", "published_on": "2026-01-05"},
    ]
    assert _align(wants, gots) == [(0, 1)]
