"""Patterns a hundred-and-eighty-eighth fresh set of real notices showed (issue #11: report-form
(报告表) and special-topic notices of Guangdong, Guangxi and Hainan, power lines and plans among
them): each a sentence of behaviour on a text written for the test, modelled on the pattern,
not copied."""

from __future__ import annotations

import datetime as dt

from tests.importer.proposals import only as _only


def test_a_2006_notice_that_points_to_its_own_link_is_no_explainer():
    page = (
        "某某保税区市政道路建设项目环境影响公众参与公告\n"
        "  • 2008-04-09 00:00\n"
        "  • 来源：本网\n"
        "  • 发布机构：某某保税区管理委员会\n"
        "1、本建设项目环境影响报告书内容 《某某保税区市政道路建设项目环境影响报告书》目前已基本"
        "编制完成，即将送环境保护行政主管部门审批，现向公众公示该项目环境影响报告书简本，该简本"
        "详见本文的链接。报告书简本主要包括以下内容：（1）建设项目概况 （2）环境影响结论 "
        "2、公众查阅环境影响报告书简本的方式和期限 请于10天内发回公众参与表或回函、来电。\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_draft_comment"


def test_a_posting_date_printed_as_an_item_of_a_bulleted_header_is_the_publication_day():
    page = (
        "您现在所在的位置 : 首页 > 某某保税区管委会 > 政务公开 > 工作动态\n"
        "分享到:\n"
        "某某保税区市政道路建设项目环境影响公众参与公告\n"
        "  • 2008-04-09 00:00\n"
        "  • 来源:本网\n"
        "  • 发布机构:某某保税区管理委员会\n"
        "  • 【字体:\n"
        "  •     1、本建设项目环境影响报告书内容     《某某保税区市政道路建设项目环境影响报告书》"
        "目前已基本编制完成,即将送环境保护行政主管部门审批,现向公众公示该项目环境影响报告书简本。"
        "     2、公众查阅环境影响报告书简本的方式和期限     "
        "请于10天内发回公众参与表或回函、来电。\n"
    )
    notice = _only(page)
    assert notice.value("published_on") == dt.date(2008, 4, 9)


def test_a_person_label_after_the_first_number_keeps_that_number_as_the_contact():
    page = (
        "某某规划环境影响评价公示（第二次）\n"
        "公众可与某某研究院和某某管理中心联系,联系方式:\n"
        "某某研究院\n"
        "地址:某某市某某路1号\n"
        "电话:020-81112222电子邮箱:mou@example.com,联系人:小姐某某管理中心\n"
        "地址:某某市某某路2号\n"
        "电话:020-83334444电子邮箱:other@example.com,联系人:小姐\n"
        "2.索取期限\n"
        "公众提出意见的起止日期:2009年5月4日至2009年5月18日\n"
    )
    notice = _only(page)
    assert notice.value("contact")["phone"] == "020-81112222"


def test_the_interim_measures_heading_of_the_reports_conclusions_marks_the_second_notice():
    page = (
        "某某500kV输变电工程项目环境影响评价公众参与信息公告\n"
        "某某电网公司委托某某咨询有限公司编制的《某某500kV输变电工程项目环境影响报告书》即将编制"
        "完成，根据国家环保总局《环境影响评价公众参与暂行办法》的要求，现在对项目的有关情况进行"
        "公告，希望广大群众采用适当的方式对项目的建设提出自己的意见和建议。\n"
        "一、工程概况\n"
        "某某工程由1座500kV变电站及其配套的输电线路组成。\n"
        "二、建设项目对环境可能造成的影响概述\n"
        "本工程对电磁环境、声环境的影响均能达到相关标准限值的要求。\n"
        "三、环境影响报告书提出的环境影响评价结论的要点\n"
        "从环保角度出发，本工程的建设是可行的。\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_draft_comment"


def test_a_hearing_clause_for_the_applicant_and_related_parties_marks_a_pre_approval():
    page = (
        "根据某某储能站接入系统工程环境影响评价文件、技术评估报告等，我局对该项目环境影响评价"
        "文件作出决定前，现予公示。公示期5个工作日（2024年03月05日至2024年03月11日）。"
        "如有意见，请在公示期内来信或来电向我局反映。\n"
        "联系电话：0763-1234567\n"
        "听证告知：依据《中华人民共和国行政许可法》第四十七条的规定，自公示之日起五个工作日内"
        "申请人及有关利害关系人可对我局作出的决定提出听证申请。\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_pre_approval"


def test_a_glued_period_whose_end_lost_its_day_mark_at_the_line_end_keeps_that_end():
    page = (
        "《某某市固体废物处置规划环境影响评价》公示（第二次）\n"
        "本规划环境影响评价报告书简本及公众参与调查表可在附件中下载。\n"
        "查阅期限：2009521日至64\n"
        "电话：020-81112222\n"
    )
    notice = _only(page)
    assert notice.value("window")["ends_on"] == "2009-06-04"
