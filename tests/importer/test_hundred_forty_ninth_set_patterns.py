"""Patterns a hundred-and-forty-ninth fresh set of real notices showed (issue #11: authorities'
decision notices with their rights notices, and the near-misses around them): each a sentence
of behaviour on a text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

from notices.importer import extract_notices
from tests.importer.proposals import only as _only


def test_a_report_counting_the_bodies_that_disclosed_notices_and_their_shares_is_no_notice():
    page = (
        "时间:2019-04-12 10:20来源: 作者: 点击:次\n"
        "某某报告显示，建设项目环境影响评价审批信息公开情况总体较好。25家省级环保部门和38家"
        "设区的市的环保部门公开了2018年内建设项目环境影响评价受理公示信息，分别占90.32%、"
        "82.61%。24家省级环保部门和35家设区的市的环保部门公开了审批前公示信息，分别占"
        "87.10%、76.09%；审批后公告信息的公开率为100%和80.43%。\n"
    )
    assert extract_notices(page).proposals == ()


def test_a_decision_notice_giving_the_share_of_its_rows_still_is_a_notice():
    page = (
        "根据建设项目环境影响评价审批程序的有关规定，经审查，2021年6月7日我局对3个建设项目"
        "环境影响评价文件作出审批决定，其中报告书占33.3%。现将作出的审批决定予以公告，"
        "公告期为2021年6月8日-2021年6月14日（7日）。\n"
        "行政复议与行政诉讼权利告知：公民、法人或者其他组织认为公告的建设项目环境影响评价文件"
        "审批决定侵犯其合法权益的，可以自公告期限届满之日起六十日内提起行政复议。\n"
        "联系电话：0999-1234567\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_decision"
