"""Patterns a sixty-third fresh set of real notices showed (issue #11: EIA first notices by
builders and parks): each a sentence of behaviour on a text written for the test, modelled on
the pattern, not copied."""

from __future__ import annotations

import datetime as dt

from notices.importer import extract_notices
from tests.importer.proposals import only as _only

# A first announcement under the 2006 interim measures: the project under a numbered heading
# "一、项目情况", no report offered, and a period of its own.
INTERIM_FIRST = (
    "根据《环境影响评价法》及《环境影响评价公众参与暂行办法》的规定，现将有关事项公告如下：\n"
    "一、项目情况：项目名称：青岚山石灰石矿改扩建项目；项目地点：云溪县北坪乡石门村；"
    "建设规模：年开采石灰石12万吨，露天开采。\n"
    "二、建设单位及联系方式：建设单位：云溪县青岚建材有限公司，联系人：邱工，"
    "电话：13700451286。\n"
    "三、征求公众意见的主要内容：公众对项目选址及环境保护措施的意见和建议。\n"
    "四、公示期限：自本公告发布之日起十个工作日。\n"
    "云溪县青岚建材有限公司\n"
    "2021年3月8日\n"
)


def test_an_interim_measures_first_notice_with_its_own_period_stays_a_first_notice():
    notice = _only(INTERIM_FIRST)
    assert notice.value("kind") == "eia_first"
    assert notice.value("published_on") == dt.date(2021, 3, 8)
    assert notice.value("window")["length"] == 10


def test_the_same_announcement_offering_its_summary_report_is_a_draft_comment_notice():
    page = INTERIM_FIRST.replace(
        "三、征求公众意见", "三、环境影响报告书简本可在建设单位索取。\n四、征求公众意见"
    )
    assert _only(page).value("kind") == "eia_draft_comment"


# A plan body's call to sign up for a participation symposium on its plan's report.
SYMPOSIUM_CALL = (
    "关于召开北川县低碳产业园总体规划（2025-2035年）环境影响评价公众参与座谈会的通知\n"
    "一、座谈会议题\n"
    "请公众代表就《北川县低碳产业园总体规划（2025-2035年）环境影响报告书》提出意见和建议。\n"
    "二、座谈会时间及地点\n"
    "2025年9月18日9:30，园区管委会二楼会议室\n"
    "三、报名方式\n"
    "（1）报名时间：2025年9月1日-9月12日\n"
    "（2）电话报名：北川县低碳产业园管理委员会，0816-7719035\n"
    "北川县低碳产业园管理委员会\n"
    "2025年9月1日\n"
)


def test_a_sign_up_for_an_assessments_symposium_is_a_window_of_kind_other():
    notice = _only(SYMPOSIUM_CALL)
    assert notice.value("kind") == "other"
    assert notice.value("window")["ends_on"] == "2025-09-12"


# A question site's answer about how long an assessment takes: durations as spans of days.
DURATION_ANSWER = (
    "发布时间：03-02 阅读：57\n"
    "建设项目环评一般要走多少天？报告表项目编制约需15个工作日，报告书项目需25-45个工作日，"
    "涉及生态敏感区的还要延长。受理后技术评估约10-20天，公示期按规定执行，整个流程顺利的话"
    "两三个月即可拿到批复。\n"
    "声明：本站内容由网友上传，如有侵权请联系删除，邮箱：wangyou_fb@example.com\n"
)


def test_an_answer_giving_typical_durations_as_spans_of_days_is_no_notice():
    assert not extract_notices(DURATION_ANSWER).proposals
