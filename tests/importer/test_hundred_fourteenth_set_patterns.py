"""Patterns a hundred-and-fourteenth fresh set of real notices showed (issue #11: the decision
and pre-approval notices of city, county and district bureaus and of development zones that
approve under delegated power): each a sentence of behaviour on a text written for the test,
modelled on the pattern, not copied."""

from __future__ import annotations

from tests.importer.proposals import only as _only

_ZONE_DECISION = (
    "根据建设项目环境影响评价审批程序有关规定，经审查，2025年3月6日某某高新技术产业开发区"
    "管委会对以下建设项目环境影响评价文件作出审批决定。现将作出的审批决定予以公告。\n"
    "行政复议与行政诉讼权利告知：依据《中华人民共和国行政复议法》和《中华人民共和国行政诉讼法》，"
    "公民、法人或者其他组织认为公告的建设项目环境影响评价文件审批决定侵犯其合法权益的，可以自"
    "公告期限届满之日起六十日内提起行政复议，也可以自公告期限届满之日起六个月内提起行政诉讼。\n"
    "联系电话：61234567 邮箱：zonehb@example.com\n"
    "作出的建设项目环境影响评价文件审批决定\n"
    "序号 |\n"
    "文件名称 |\n"
    "文号 |\n"
    "发文时间 |\n"
    "1 |\n"
    "某某精密部件有限公司新建电机外壳生产项目环境影响报告表的批复 （全文链接见附件） |\n"
    "某高环建〔2025〕12号 |\n"
    "2025-3-6 |\n"
)


def test_a_development_zones_committee_that_decides_in_the_opening_sentence_issues_it():
    notice = _only(_ZONE_DECISION)
    assert notice.value("kind") == "eia_decision"
    assert notice.value("issuer") == "某某高新技术产业开发区管委会"


def test_the_bureau_itself_still_issues_when_its_committee_is_only_named_elsewhere():
    page = _ZONE_DECISION.replace(
        "2025年3月6日某某高新技术产业开发区管委会对", "2025年3月6日我局对"
    ).replace("联系电话：", "通讯地址：某某市生态环境局某某分局\n联系电话：")
    notice = _only(page)
    assert notice.value("issuer") == "某某市生态环境局某某分局"


def test_a_date_line_over_the_title_of_the_approval_it_attaches_still_dates_the_notice():
    page = _ZONE_DECISION + (
        "2025年3月7日\n某某精密部件有限公司新建电机外壳生产项目环境影响报告表的批复\n"
    )
    notice = _only(page)
    assert str(notice.value("published_on")) == "2025-03-07"


def test_a_date_over_a_paragraph_of_text_is_not_read_as_the_notices_date():
    page = _ZONE_DECISION + (
        "2025年3月7日\n项目建成后须按规定开展竣工环境保护验收，未经验收不得投入生产。\n"
    )
    notice = _only(page)
    assert notice.value("published_on") is None
