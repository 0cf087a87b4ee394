"""Patterns a thirty-sixth fresh set of real notices showed (issue #11: a precision set, real
notices among court-case write-ups, explainers, board resolutions and inspection news): each a
sentence of behaviour on a text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

from notices.importer import extract_notices
from notices.importer.dates import find_dates


def _only(page: str):
    proposals = extract_notices(page).proposals
    assert len(proposals) == 1, [p.value("kind") for p in proposals]
    return proposals[0]


def test_a_date_that_lost_only_its_month_sign_reads_one_digit_month_and_day():
    found = [d.isoformat() for d, _, _ in find_dates("公告期为2022年95日-2022年9月11日")]
    assert found == ["2022-09-05", "2022-09-11"]


def test_a_decision_window_whose_first_date_lost_its_month_sign_ends_on_its_printed_end():
    page = (
        "根据建设项目环境影响评价审批程序的有关规定，2022年8月29日—2022年94日我局对1个项目"
        "环境影响评价文件作出审批决定，现将作出的审批决定的情况予以公告，公告期为2022年95日-"
        "2022年9月11日。\n"
        "联系电话：0593-5550172\n"
        "东溪区生态环境局\n"
        "2022年9月5日\n"
    )
    window = _only(page).value("window")
    assert window["starts_on"] == "2022-09-05"
    assert window["ends_on"] == "2022-09-11"
