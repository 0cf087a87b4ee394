"""Patterns a thirty-seventh fresh set of real notices showed (issue #11: builders' EIA notices
of every stage from the north and centre, on builders', consultants' and news sites and e-paper
text views): each a sentence of behaviour on a text written for the test, modelled on the
pattern, not copied."""

from __future__ import annotations

import datetime as dt

from notices.importer.dates import find_dates
from tests.importer.proposals import only as _only


def test_a_date_that_lost_only_its_year_sign_reads_the_four_digit_year_and_the_month():
    found = [d.isoformat() for d, _, _ in find_dates("起止时间为202411月18日起10个工作日")]
    assert found == ["2024-11-18"]
    assert [d.isoformat() for d, _, _ in find_dates("编号202411月18\n")] == []


def test_a_signature_date_that_lost_its_year_and_day_signs_dates_the_notice():
    page = (
        "青川县人民医院门诊楼改造项目环境影响评价二次公示\n"
        "公众可通过下面建设单位的联系方式索要环境影响报告书征求意见稿纸质版。\n"
        "建设单位青川县人民医院\n"
        "联系人赵老师\n"
        "电话13700001234\n"
        "特此公告\n"
        "青川县人民医院\n"
        "202411月18\n"
    )
    proposal = _only(page)
    assert proposal.value("published_on") == dt.date(2024, 11, 18)
    assert proposal.value("issuer") == "青川县人民医院"
