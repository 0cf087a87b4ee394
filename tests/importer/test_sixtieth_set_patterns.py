"""Patterns a sixtieth fresh set of real notices showed (issue #11: a mixed set from any
province, 2016-2021): each a sentence of behaviour on a text written for the test, modelled on
the pattern, not copied."""

from __future__ import annotations

from tests.importer.proposals import only as _only

# A builder's site calls its first notice "环境信息一次公告" (no 环评 in the title, no 第一次),
# the title printed after the body as a column's OCR leaves it.
_FIRST_ANNOUNCEMENT = (
    "2020-03-16\n"
    "根据《中华人民共和国环境影响评价法》和《环境影响评价公众参与办法》的规定，现对本项目"
    "有关环境影响评价信息进行公告。\n"
    "一、工程概况\n"
    "本工程包括一座35kV开关站及其送出线路，线路长约4.2公里。\n"
    "二、建设单位及联系方式\n"
    "建设单位：青岚县某某新能源有限公司\n"
    "联系电话：13900001111（王总）\n"
    "三、环境影响评价工作程序及主要工作内容\n"
    "按照环境影响评价技术导则进行现状调查、影响预测和措施论证。\n"
    "某某渔光互补光伏电站开关站及送出线路工程环境信息一次公告\n"
)


def test_a_first_notice_called_a_once_announcement_is_a_first_notice():
    proposal = _only(_FIRST_ANNOUNCEMENT)
    assert proposal.value("kind") == "eia_first"
    assert proposal.value("issuer") == "青岚县某某新能源有限公司"


# The report and the participation statement put up by their titles, the report marked
# "（全文）": the builder's pre-submission notice, though the opinion form is offered too.
_PRESUBMISSION_BY_TITLES = (
    "根据《环境影响评价公众参与办法》的要求，现将《青岚市某某区妇幼保健院迁建项目环境影响"
    "报告书》（全文）及《青岚市某某区妇幼保健院迁建项目环境影响评价公众参与说明》进行公示，"
    "征求公众对该建设项目环境影响的意见。\n"
    "一、项目概况 项目位于青岚市某某区滨河路北侧，设置床位300张。\n"
    "二、公众意见表的网络链接 公众可下载公众意见表填写后提交建设单位。\n"
    "建设单位：青岚市某某区妇幼保健院 联系人：刘工，电话0760-5551234\n"
)


def test_the_full_report_and_statement_put_up_by_their_titles_is_pre_submission():
    proposal = _only(_PRESUBMISSION_BY_TITLES)
    assert proposal.value("kind") == "eia_pre_submission"
