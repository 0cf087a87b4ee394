"""Patterns a hundred-and-fortieth fresh set of real notices showed (issue #11: water works and
land works: irrigation districts, levees, sluices, reservoir reinforcement, sand-mining plans,
dredging and aquaculture): each a sentence of behaviour on a text written for the test,
modelled on the pattern, not copied."""

from __future__ import annotations

import datetime as dt

from tests.importer.proposals import only as _only


def test_an_aggregators_listing_day_and_province_under_the_title_is_the_publication_day():
    page = (
        "某某招标网 > 审批公示 > 某某河治理工程环境影响评价公众参与第二次公示\n"
        "某某河治理工程环境影响评价公众参与第二次公示\n"
        "2031年05月12日   江苏\n"
        "审批公示\n"
        "现将某某河治理工程环境影响报告书征求意见稿向社会公众进行公示，征求公众意见。\n"
        "一、项目概况：加固堤防18km，疏浚河道20km。\n"
        "二、征求意见稿获取途径：请联系建设单位或环评编制单位。\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_draft_comment"
    assert notice.value("published_on") == dt.date(2031, 5, 12)


def test_a_posting_day_opening_the_copy_with_its_view_count_after_a_space_dates_it():
    page = (
        "2031-07-08 12\n"
        "根据《环境影响评价公众参与办法》的规定，某某海塘加固工程环境影响报告书征求意见稿已编制"
        "完成，现予公示，征求公众意见。\n"
        "一、征求意见稿全文见附件。\n"
        "二、公众提出意见的起止时间：自公示之日起10个工作日。\n"
        "建设单位：某某市水务局 联系电话：0000-7654321\n"
    )
    assert _only(page).value("published_on") == dt.date(2031, 7, 8)
