"""Patterns a fifty-ninth fresh set of real notices showed (issue #11: a mixed set from the west
of China, shaped like the shared corpus): each a sentence of behaviour on a text written for the
test, modelled on the pattern, not copied."""

from __future__ import annotations

import datetime as dt

from notices.importer import extract_notices
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


def test_an_outlined_notice_asking_a_scope_of_the_public_or_attaching_its_report_is_the_draft():
    # the scope of the public asked is an item of the draft-comment notice (Measures art. 10)
    scoped = FIRST_NOTICE_WITH_PERIOD.replace(
        "三、公众意见表的网络链接见附件\n", "三、征求意见的公众范围\n项目周边的居民和单位。\n"
    )
    assert _only(scoped).value("kind") == "eia_draft_comment"
    attached = FIRST_NOTICE_WITH_PERIOD.replace(
        "青石州公路管理局\n2025年6月10日\n",
        "附件：《G901青石县河口镇至白崖乡段改建工程环境影响报告书》\n青石州公路管理局\n2025年6月10日\n",
    )
    assert _only(attached).value("kind") == "eia_draft_comment"


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


# An authority's title that puts the day it acts on between its name and the act, no 关于.
AUTHORITY_DAY_IN_TITLE = (
    "东岭工业园区管委会生态环境局2025年5月15日对建设项目环境影响评价文件拟进行审查审批的公示\n"
    "根据建设项目环境影响评价审批程序的有关规定,我局拟对以下建设项目环境影响评价文件进行审查"
    "审批,现予以公示,公示期为2025年5月15日至2025年5月21日(5个工作日)。\n"
    "联系电话:0951-5550001\n"
    "1 东岭化工有限公司年产2万吨树脂项目 东岭工业园区\n"
)


def test_an_authority_named_before_the_day_in_its_title_issues_the_notice():
    notice = _only(AUTHORITY_DAY_IN_TITLE)
    assert notice.value("kind") == "eia_pre_approval"
    assert notice.value("issuer") == "东岭工业园区管委会生态环境局"


# A city bureau's decision notice that names itself only in its address, the city's district
# printed before its name: "通讯地址:某某市某某新区某某市生态环境局".
AUTHORITY_IN_ADDRESS_AFTER_DISTRICT = (
    "根据建设项目环境影响评价审批程序的有关规定,经审查,2025年2月15日-2月21日我局对2个建设项目"
    "环境影响评价文件作出审批决定。现将作出的审批决定情况予以公告,公告期为2025年2月22日-2月28日"
    "(7日)。\n"
    "联系电话:0477-5550002\n"
    "通讯地址:青山市北湖新区青山市生态环境局\n"
    "1 | 青山煤业有限公司洗选项目 | 青环审字[2025]30号 | 2025年2月17日 |\n"
)


def test_a_district_before_the_citys_bureau_in_an_address_is_not_part_of_its_name():
    notice = _only(AUTHORITY_IN_ADDRESS_AFTER_DISTRICT)
    assert notice.value("kind") == "eia_decision"
    assert notice.value("issuer") == "青山市生态环境局"


# A date alone under the window's heading, the rest of the window cut off: it opens the window
# and signs nothing; the portal's posting day above is the notice's day.
WINDOW_START_UNDER_HEADING = (
    "白河化工有限公司年产5万吨树脂项目环境影响报告书征求意见稿公示\n"
    "时间: 2019-10-26  浏览次数:41\n"
    "根据《环境影响评价公众参与办法》的要求,白河化工有限公司对该项目进行公众参与公示:\n"
    "(一)征求意见稿全文网络链接:http://www.example.cn。查阅纸质报告书:联系电话:18600003333。\n"
    "(二)公众提出意见的起止时间\n"
    "2019年10月25日\n"
)


def test_a_date_alone_under_the_window_heading_is_not_the_signature():
    # (under another notice on the page, the lone date would otherwise close this one)
    page = f"{REPORT_AND_STATEMENT_PUT_UP}\n{WINDOW_START_UNDER_HEADING}"
    notices = extract_notices(page).proposals
    assert [n.value("kind") for n in notices][-1] == "eia_draft_comment"
    assert notices[-1].value("published_on") == dt.date(2019, 10, 26)
