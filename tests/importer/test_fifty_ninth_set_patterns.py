"""Patterns a fifty-ninth fresh set of real notices showed (issue #11: a mixed set from the west
of China, shaped like the shared corpus): each a sentence of behaviour on a text written for the
test, modelled on the pattern, not copied."""

from __future__ import annotations

from tests.importer.proposals import only as _only

# A first notice (no draft yet) that outlines the project under "项目名称及概况" and still sets a
# ten-working-day period for the opinion forms, as western prefectures' road bureaus print them.
FIRST_NOTICE_WITH_PERIOD = (
    "依据《中华人民共和国环境影响评价法》及《环境影响评价公众参与办法》,青石州公路管理局现将"
    "“G901青石县河口镇至白崖乡段改建工程”环境影响评价工作的相关信息公示如下:\n"
    "一、项目名称及概况\n"
    "项目名称:G901青石县河口镇至白崖乡段改建工程\n"
    "建设单位:青石州公路管理局\n"
    "建设内容:按二级公路标准改建,建设里程42.6公里。\n"
    "二、建设单位及联系方式\n"
    "联系人:马先生 联系电话:13900001111\n"
    "三、公众意见表的网络链接见附件\n"
    "四、公众提出意见的起止时间\n"
    "本公示发布起的10个工作日\n"
    "青石州公路管理局\n"
    "2025年6月10日\n"
)


def test_a_first_notice_outlining_name_and_overview_keeps_its_stage_with_a_period():
    notice = _only(FIRST_NOTICE_WITH_PERIOD)
    assert notice.value("kind") == "eia_first"


# A builder putting up the finished report and its participation statement, named before the
# verb ("现将…报告书及公众参与说明等有关信息进行公示"), under no stage word in its opening.
REPORT_AND_STATEMENT_PUT_UP = (
    "白河电厂升压站工程为白河电厂的配套变电设施。\n"
    "依据《中华人民共和国环境影响评价法》《环境影响评价公众参与办法》的有关规定,现将本项目"
    "环境影响报告书及公众参与说明等有关信息进行公示,征求公众意见。\n"
    "一、项目概况\n"
    "项目名称:白河电厂升压站工程\n"
    "二、建设单位名称及联系方式\n"
    "建设单位:白河能源有限公司\n"
    "联系方式:赵工 13700002222\n"
    "三、本公告期限\n"
    "本次公示时间为自公示日期起十个工作日。\n"
)


def test_a_report_and_its_participation_statement_put_up_is_a_pre_submission_notice():
    notice = _only(REPORT_AND_STATEMENT_PUT_UP)
    assert notice.value("kind") == "eia_pre_submission"
