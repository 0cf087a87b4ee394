"""Patterns a ninety-fourth fresh set of real notices showed (issue #11: authority notices from
district and county bureaus, decisions and pre-approvals printed as tables): each a sentence of
behaviour on a text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

from tests.importer.proposals import only as _only

_DECISION = (
    "根据建设项目环境影响评价审批程序的有关规定，经审查，2023年5月10日我局对1个建设项目环境"
    "影响评价文件作出审批决定。现将作出的审批决定情况予以公告，公告期为2023年5月11日-2023年"
    "5月17日（7天）。\n"
    "序号 | 批复名称 | 审批文号 | 审批时间 | 建设单位 | 建设地点 |\n"
    "1 | 某环建〔2023〕12号 | 2023年5月10日 | 某某供电有限公司 | 某某县城关镇 |\n"
    "行政复议与行政诉讼权利告知：依据《中华人民共和国行政复议法》和《中华人民共和国行政诉讼法》，"
    "公民、法人或者其他组织认为公告的建设项目环境影响评价文件审批决定侵犯其合法权益的，可以自"
    "公告期限届满之日起六十日内向某某省生态环境厅或某某市人民政府提起行政复议，也可以自公告"
    "期限届满之日起六个月内直接向人民法院起诉。\n"
)


def test_the_body_a_decision_may_be_appealed_to_is_not_its_issuer():
    page = _DECISION + "联系地址：某某市人民路8号某某市生态环境局\n联系电话：0759-1234567\n"
    notice = _only(page)
    assert notice.value("kind") == "eia_decision"
    assert notice.value("issuer") == "某某市生态环境局"
    assert notice.value("window")["ends_on"] == "2023-05-17"


def test_an_appeal_body_named_alone_leaves_the_issuer_unread():
    page = _DECISION + "联系电话：0759-1234567\n"
    notice = _only(page)
    assert notice.value("issuer") != "某某省生态环境厅"
