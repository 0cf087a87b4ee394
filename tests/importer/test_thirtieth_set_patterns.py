"""Patterns a thirtieth fresh set of real notices showed (issue #11: environmental impact
notices of every stage from the south-west, north-east and north-west): each a sentence of
behaviour on a text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

import datetime as dt

from notices.importer import extract_notices
from tests.importer.proposals import only as _only

ACCEPTANCE = (
    "青河县生态环境局关于受理青河县滨江步道新建工程环评文件的公告\n"
    "根据建设项目环境影响评价审批程序的有关规定，我局拟受理青河县滨江步道新建工程环境影响"
    "评价文件。现将受理情况予以公示，如有建议意见，请于{day}前向我局提出。\n"
    "联系电话：0831-5550147\n"
    "联系单位：青河县生态环境局\n"
)


def test_a_deadline_whose_month_sign_was_lost_is_read_when_the_digits_split_one_way():
    notice = _only(ACCEPTANCE.format(day="2021年815日"))
    assert notice.value("window") == {"ends_on": "2021-08-15"}


def test_a_deadline_whose_month_sign_was_lost_is_not_guessed_when_the_digits_split_two_ways():
    notice = _only(ACCEPTANCE.format(day="2021年112日"))
    assert notice.value("window") != {"ends_on": "2021-01-12"}
    assert notice.value("window") != {"ends_on": "2021-11-02"}


PRE_SUBMISSION = (
    "根据《环境影响评价公众参与办法》规定，建设单位向生态环境主管部门报批环境影响报告书前，"
    "应当通过网络平台，公开拟报批的环境影响报告书全文和公众参与说明。\n"
    "一、项目概述\n"
    "南屏水库位于东岭县石桥镇，建设任务为村镇供水和农田灌溉，总库容150万m3。\n"
    "二、环评报告书的网络链接及查阅纸质报告书的方式和途径\n"
    "链接：https://pan.baidu.com/s/1AbCdEfGhIjKlMnOpQrStUv\n"
    "提取码：x7k2\n"
    "三、公众提出意见的方式和途径\n"
    "任何单位和个人均可通过来人、来电、来信、电子邮件等方式向建设单位反映。\n"
    "四、公开时间\n"
    "2025年5月6日~2025年5月20日\n"
    "\n"
    "东岭县水务局关于石桥镇供水管网改造工程环境影响评价第一次公示\n"
    "现将石桥镇供水管网改造工程环境影响评价有关信息公示如下，公众可自公示之日起10个工作日内"
    "提出意见。\n"
    "联系电话：0855-5550168\n"
    "东岭县水务局\n"
    "2025年5月8日\n"
)


def test_a_pre_submission_notice_that_puts_up_the_participation_statement_is_a_notice():
    proposals = extract_notices(PRE_SUBMISSION).proposals
    assert [p.value("kind") for p in proposals] == ["eia_pre_submission", "eia_first"]
    assert proposals[0].value("window")["ends_on"] == "2025-05-20"


def test_the_participation_statement_itself_is_still_no_notice():
    statement = (
        "南屏水库工程环境影响评价公众参与说明\n"
        "一、概述\n"
        "我单位于2025年3月3日在东岭县人民政府网站进行了首次环境影响评价信息公开，"
        "征求意见稿公示情况见下文。\n"
        "联系电话：0855-5550168\n"
    )
    assert extract_notices(statement).proposals == ()


def test_an_epaper_line_giving_the_day_then_the_paper_as_source_dates_the_notice():
    page = (
        "上一版/ 05 版:专版 /下一版\n"
        "选择其他日期报纸\n"
        "石门工业园污水处理厂扩建项目环境影响评价公众参与第二次信息公示\n"
        "时间：2024年03月12日     来源：青河日报汉文版\n"
        "石门工业园管理委员会委托某某环境咨询有限公司编制的环境影响报告书征求意见稿已完成，"
        "现进行公示。公众提出意见的起止时间：自本公告发布之日起10个工作日。\n"
        "联系人：郑工 联系电话：15555501234\n"
        "石门工业园管理委员会\n"
        "2024年3月9日\n"
    )
    assert _only(page).value("published_on") == dt.date(2024, 3, 12)


def test_a_site_posting_line_naming_no_paper_leaves_the_signature_date():
    page = (
        "石门工业园污水处理厂扩建项目环境影响评价公众参与第二次信息公示\n"
        "时间：2024年03月12日     来源：石门工业园管理委员会办公室\n"
        "石门工业园管理委员会委托某某环境咨询有限公司编制的环境影响报告书征求意见稿已完成，"
        "现进行公示。公众提出意见的起止时间：自本公告发布之日起10个工作日。\n"
        "联系人：郑工 联系电话：15555501234\n"
        "石门工业园管理委员会\n"
        "2024年3月9日\n"
    )
    assert _only(page).value("published_on") == dt.date(2024, 3, 9)


def test_the_bureau_named_in_a_bracketed_remark_after_its_phone_issues_without_the_bracket():
    page = (
        "根据建设项目环境影响评价审批程序的有关规定，经审查，我局拟对1个建设项目环境影响评价"
        "文件作出审批意见，公示期为2025年4月7日起5个工作日。\n"
        "联系电话：0937-5550321 、5550322 (青河市生态环境局审批科)\n"
        "通讯地址：青河市城关区和平路9号\n"
        "序号 | 项目名称 | 建设地点 | 建设单位 | 环评机构 |\n"
        "1 | 青河学院实验楼建设项目 | 城关区学府路1号 | 青河学院 | 某某环境工程有限公司 |\n"
    )
    assert _only(page).value("issuer") == "青河市生态环境局"


def test_a_planning_authority_run_into_the_next_section_number_issues_a_flattened_copy():
    page = (
        "现对已形成的《东川河上游水电规划环境影响报告书》（征求意见稿）主要内容进行公示，"
        "并征求公众意见。 一、征求意见的公众范围 受规划实施影响的单位和个人。 "
        "二、公众意见表的网络链接 http://www.mee.gov.cn/xxgk2018/xxgk/xxgk01/201810/"
        "t20181024_665329.html 三、征求意见稿网络链接 网络链接：https://pan.baidu.com/s/"
        "1QwErTyUiOpAsDfGhJkLzX 提取码：q3w4 四、公众提出意见的起止时间 本文发布之日起的10个"
        "工作日内。 "
        "五、规划编制机关名称 规划编制机关：东川省发展和改革委员会 六、环评机构名称和联系方式 "
        "评价机构：某某勘测设计研究院有限公司 联系人：李工\n"
    )
    assert _only(page).value("issuer") == "东川省发展和改革委员会"
