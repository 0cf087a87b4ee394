"""Patterns a hundred-and-fifth fresh set of real notices showed (issue #11: notices on roads,
railways, urban rail, ports, waterways and water works): each a sentence of behaviour on a
text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

import datetime as dt

from tests.importer.proposals import only as _only

_HEARING = (
    "某某港区东作业区集装箱码头工程环境影响评价听证会公告\n"
    "某某环评网 2025-04-11公告通知\n"
    "受某某部委托，根据《中华人民共和国行政许可法》《环境保护行政许可听证暂行办法》等有关规定，"
    "我中心定于2025年5月6日组织召开某某港区东作业区集装箱码头工程环境影响评价听证会，"
    "现将有关事项公告如下：\n"
    "一、项目简介\n"
    "某某港区东作业区集装箱码头工程建设内容包括码头、港池疏浚和陆域形成，工程总投资约12亿元。\n"
    "二、听证内容\n"
    "1.环境影响报告书对工程环境影响分析的合理性；\n"
    "2.环境影响报告书提出的环保措施的可行性。\n"
    "三、报名参加听证方式\n"
    "公开征集听证会参加人员15名，与听证事项有利害关系的公民、法人或其他组织可于本公告公布之日起"
    "5个工作日内报名。\n"
)


def test_a_call_to_sign_up_for_an_assessments_hearing_is_a_window_of_kind_other():
    notice = _only(_HEARING)
    assert notice.value("kind") == "other"


def test_a_sites_byline_under_the_title_its_name_ending_in_wang_dates_the_notice():
    notice = _only(_HEARING)
    assert notice.value("published_on") == dt.date(2025, 4, 11)


def test_a_report_that_sends_readers_to_a_website_for_the_contacts_is_no_notice():
    page = (
        "某某线二期工程串联了某某园区和某某新城,建成后将与一期工程贯通运营。根据《环境影响"
        "评价法》,受某某轨道交通集团有限公司委托,某某设计研究院有限公司承担该工程环境影响"
        "评价工作。\n"
        "市民可以通过邮件、电话、信件或填写环评单位现场发放的问卷调查表等方式反馈意见。具体联系"
        "方式可在某某环境热线网站查询。\n"
        "\n"
        "某某河航道整治工程环境影响评价第一次公示\n"
        "某某港航事业发展中心委托某某环保科技有限公司承担某某河航道整治工程的环境影响评价工作，"
        "根据《环境影响评价公众参与办法》，现将有关信息公示如下。\n"
        "一、建设单位名称和联系方式\n"
        "建设单位：某某港航事业发展中心\n"
        "联系人：赵工\n"
        "联系电话：0537-2123456\n"
        "二、公众提出意见的主要方式\n"
        "公众可通过电子邮件、电话或者信函等方式发表意见。\n"
        "某某港航事业发展中心\n"
        "2025年3月3日\n"
    )
    notice = _only(page)
    assert notice.value("issuer") == "某某港航事业发展中心"


def test_a_notice_that_prints_its_contacts_stays_one_though_it_names_a_website_for_more():
    page = (
        "受某某轨道交通集团有限公司委托，某某设计研究院有限公司承担某某线二期工程环境影响评价"
        "工作，现将有关信息公告如下。\n"
        "建设单位：某某轨道交通集团有限公司，联系人：王工，联系电话：0571-81234567。\n"
        "公众可以通过邮件、电话、信件等方式反馈意见。具体联系方式可在某某环境热线网站查询。\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_first"
