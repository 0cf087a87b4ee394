"""Patterns a hundred-and-thirty-fourth fresh set of real notices showed (issue #11: older
notices under the 2006 interim measures for public participation, their first and second
notices and 简本, and their copies on news portals, forums and mirrors): each a sentence of
behaviour on a text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

import datetime as dt

from notices.importer import extract_notices
from tests.importer.proposals import only as _only


def test_an_untitled_first_notice_setting_out_its_matters_to_the_public_stands_cut_short():
    page = (
        "根据《中华人民共和国环境影响评价法》、《环境影响评价公众参与暂行办法》等文件的要求，"
        "某某环保能源有限公司委托某某环境技术有限公司承担某某市生活垃圾焚烧发电项目（三期）"
        "环境影响评价工作，为了解您对该工程的意见和建议，特发布此信息，请您积极参与！现将该项目"
        "环境影响评价的有关事项向公众公告如下：\n"
        "一、项目名称及概要\n"
        "项目名称：某某市生活垃圾焚烧发电项目（三期）\n"
        "项目概要：本期建设1条600t/d焚烧线及配套的烟气净化系统，其余设施利用已建工程。\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_first"
    assert notice.value("issuer") == "某某环保能源有限公司"


def test_an_explainer_of_the_2006_first_notice_duty_is_still_no_notice():
    page = (
        "（《环境影响评价公众参与暂行办法》第8条）建设单位应当在确定承担环境影响评价工作的"
        "环境影响评价机构后7日内，向公众公告如下信息：\n"
        "①建设项目的名称及概要；\n"
        "②建设项目的建设单位的名称和联系方式；\n"
        "③承担评价工作的环境影响评价机构的名称和联系方式；\n"
        "④环境影响评价的工作程序和主要工作内容；\n"
        "⑤征求公众意见的主要事项；\n"
        "⑥公众提出意见的主要方式。\n"
    )
    assert extract_notices(page).proposals == ()


def test_a_title_putting_the_draft_up_in_full_is_a_draft_for_comment_not_the_finished_report():
    page = (
        "某某化工有限公司10万吨/年某某助剂项目环境影响评价征求意见稿全本公示\n"
        "来源：本站  作者：某某化工有限公司  发布日期：2021-05-10 09:12:40\n"
        "根据《中华人民共和国环境影响评价法》、《环境影响评价公众参与办法》的要求，现将《某某化工"
        "有限公司10万吨/年某某助剂项目环境影响报告书》（征求意见稿）的有关信息予以公告，以便了解"
        "社会公众对本项目环境影响和保护措施的意见和建议。\n"
        "一、项目概况\n"
        "建设单位：某某化工有限公司\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_draft_comment"


def test_a_builder_in_the_next_cell_of_a_flattened_web_table_issues_the_notice():
    page = (
        "某某河流域水电开发环境影响回顾性评价公众参与第二次公示\n"
        "时间：2015-03-02 08:10:11 来源：某某信息网\n"
        "所属区域: |  某某 | 加入时间: | 2015.02.27 |\n"
        "业主单位: | 某某工业区管理委员会 | 设计/建设单位: | 某某环境保护科学研究院/ |\n"
        "业主方（某某工业区管理委员会）联系方式 | |\n"
        "联系人 | 某工 | 职位 | |\n"
        "电话 | 0771-5550123 | 传真 | |\n"
        "一、流域规划概况\n"
        "某某河全长42km，流域内已建电站3座，均为引水式电站，功能以发电和灌溉为主。\n"
    )
    notice = _only(page)
    assert notice.value("issuer") == "某某工业区管理委员会"


def test_the_day_the_works_went_up_online_is_the_notices_publication_day():
    page = (
        "根据《中华人民共和国环境影响评价法》、《环境影响评价公众参与暂行办法》等相关规定，现将"
        "“某某设备生产项目”有关环境影响评价事宜公告如下： 1、建设项目概要 （1）项目名称：某某"
        "设备生产项目 2、建设单位名称和联系方式 建设单位：某某科技有限公司某某分公司 联系人：某某；"
        "联系电话：13800001111 3、环境影响评价单位和联系方式 环评单位：某某环境科技有限公司 "
        "5、征求公众意见的主要事项 ①公众是否支持项目的建设 6、公众提出意见的主要方式 本项目于"
        "2021年3月8日起进行网上公示。 公众可通过发送电子邮件、电话沟通等方式向建设单位反映。\n"
    )
    notice = _only(page)
    assert notice.value("published_on") == dt.date(2021, 3, 8)


def test_a_day_the_publicity_runs_from_to_a_last_day_is_no_publication_day_of_its_own():
    page = (
        "某某项目环境影响评价第一次公示\n"
        "建设单位：某某科技有限公司 联系人：某工 联系电话：13800001111\n"
        "公众可于2021年3月8日起至2021年3月19日止进行网上公示期间提出意见。\n"
    )
    notice = _only(page)
    assert notice.value("published_on") is None


def test_an_email_a_forum_wrapped_in_an_empty_link_with_a_space_before_its_at_is_read_whole():
    page = (
        "某某设备生产项目环境影响评价第一次公示\n"
        "建设单位：某某科技有限公司 联系人：某某；联系电话：13800001111\n"
        "环评单位：某某环境科技有限公司 联系人：某工；联系电话：13900002222；"
        "电子邮件：[url=] 123456789 @qq.com[/url]\n"
        "公众可在本公示发布之日起10个工作日内提出意见。\n"
    )
    notice = _only(page)
    assert notice.value("contact")["email"] == "123456789@qq.com"
