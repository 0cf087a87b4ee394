"""Patterns an eighty-third fresh set of real notices showed (issue #11): each a sentence of
behaviour on a text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

import datetime as dt

from tests.importer.proposals import only as _only


def test_a_sites_clock_over_the_notice_is_not_its_posting_day():
    page = (
        "当前时间：2025年3月9日\n"
        "某某至某某一级公路改建工程环境影响评价第二次公示\n"
        "时间 : 2022年06月15日  来源 :   浏览次数 : 352\n"
        "某某至某某一级公路改建工程环境影响报告书征求意见稿已编制完成，现进行第二次公示。\n"
        "一、征求意见稿全文链接：https://pan.baidu.com/s/1AbCdEfGhIjK\n"
        "二、建设单位名称：某某县公路事业发展中心\n联系电话：13600001111\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_draft_comment"
    assert notice.value("published_on") == dt.date(2022, 6, 15)
