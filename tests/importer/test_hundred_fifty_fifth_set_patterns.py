"""Patterns a hundred-and-fifty-fifth fresh set of real notices showed (issue #11: Sichuan,
Chongqing, Guizhou and Yunnan notices of 2020-2026, builders' EIA notices and bureaus'
pre-approvals and decisions): each a sentence of behaviour on a text written for the test,
modelled on the pattern, not copied."""

from __future__ import annotations

import datetime as dt

from notices.importer import extract_notices
from tests.importer.proposals import only as _only


def test_a_governments_account_of_one_complaint_the_inspectors_passed_on_is_no_notice():
    page = (
        "中央第某生态环境保护督察组于2031年6月3日转办群众举报环境问题1件。按照督察组关于对举报件"
        "办理工作情况进行公示的要求，现将举报件受理情况公示如下：举报事项：受理编号X9AB2031060300"
        "12：某某县某某风电场未按环评批复施工，多处弃渣点未办理环评手续，破坏林地。\n"
        "责任单位：某某县人民政府\n"
        "办理时限：2031年6月4日—6月9日\n"
        "某某县人民政府责成相关单位制定举报办理工作方案，相关查处和整改情况将适时公开。\n"
        "某某县人民政府\n"
        "2031年6月4日\n"
    )
    assert extract_notices(page).proposals == ()


def test_a_first_notice_that_takes_views_until_the_draft_is_done_is_a_first_notice():
    page = (
        "根据《中华人民共和国环境影响评价法》《环境影响评价公众参与办法》有关规定，现对某某航道"
        "整治工程环境影响评价公众参与公开下列信息：\n"
        "一、建设项目名称：某某航道整治工程\n"
        "二、建设单位名称和联系方式\n"
        "建设单位：某某航运发展有限公司\n"
        "联系人：李工\n"
        "联系电话：023-61234567\n"
        "三、提交公众意见表的方式和途径\n"
        "公众可自即日起至本工程环境影响报告书征求意见稿完成前，通过信函、电子邮件等方式将填写的"
        "公众意见表提交建设单位。\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_first"
    assert notice.value("issuer") == "某某航运发展有限公司"


def test_an_authoritys_notice_takes_its_own_period_not_the_builders_earlier_one_it_recounts():
    page = (
        "某某新区生态环境局拟审批《某某路道路工程环境影响报告书》的公示\n"
        "根据建设项目环境影响评价审批的有关规定，现将拟审批的《某某路道路工程环境影响报告书》"
        "基本情况予以公示。\n"
        "一、建设单位：某某投资有限公司\n"
        "二、公众参与情况\n"
        "2030年5月6日至2030年5月12日在某某评估中心网站上进行了网上公示；2030年8月2日通过了专家"
        "评审。\n"
        "三、公示时间\n"
        "2030年11月4日至2030年11月8日止（不含节假日）。\n"
        "四、联系电话：0871-61234567\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_pre_approval"
    assert notice.value("window")["starts_on"] == "2030-11-04"
    assert notice.value("window")["ends_on"] == "2030-11-08"


def test_a_reposters_later_day_gives_way_to_the_government_sites_disclosure_date_it_copies():
    page = (
        "某某市生态环境局关于2031年3月12日建设项目环境影响评价文件拟审批情况的公示\n\n"
        "发布时间: 2031年03月14日\n"
        "索引号 **** 文 号\n"
        "来 源 某某市人民政府网 公开日期 2031-03-12\n\n"
        "根据建设项目环境影响评价审批程序及信息公开要求，经审议，我局拟对以下项目作出审批意见，"
        "现将有关情况予以公示。\n\n"
        "联系电话：0877-2123456，公示期为5个工作日。\n\n"
        "项目名称：年产500吨某某制品项目。\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_pre_approval"
    assert notice.value("published_on") == dt.date(2031, 3, 12)


def test_a_bureau_of_another_field_speaking_as_woju_is_the_office_its_address_line_names():
    page = (
        "根据《某某湖水资源环境保护条例》的授权和建设项目环境影响评价审批程序的有关规定，我局拟对"
        "某某村民宿项目环境影响报告表进行审批。为保证审批工作的严肃性和公正性，现将拟审批的环境"
        "影响评价文件基本情况予以公示，公示期为2031年1月13日-2031年1月17日（5个工作日）。\n"
        "联系电话：0851-81234567\n"
        "通讯地址：某某市水务管理局（某某区某某路18号）\n"
        "项目名称 | 某某村民宿项目 |\n"
        "建设单位 | 某某村村民委员会 |\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_pre_approval"
    assert notice.value("issuer") == "某某市水务管理局"


def test_a_first_notice_that_puts_the_assessment_up_is_read_though_cut_before_its_contacts():
    page = (
        "根据《环境影响评价公众参与办法》（部令第4号）的相关要求，对某某供水管线项目环境影响评价"
        "进行公众参与信息公示，使项目建设可能影响区域内的公众对项目建设情况有所了解，并通过公示"
        "了解社会公众对本项目的态度和建议。\n"
        "一、建设项目名称及建设内容概况\n"
        "1、建设项目名称：某某供水管线项目；\n"
        "2、建设地点：某某镇某某社区；\n"
        "3、项目性质：新建；\n"
        "二、项目的主要影响环节\n"
        "施工期环境影响：施工扬尘、噪声、废水以及水土流失对环境的影响。\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_first"


def test_a_report_that_a_notice_was_put_up_before_is_still_no_notice_when_cut_short():
    page = (
        "某某公司介绍，根据《环境影响评价公众参与办法》的相关要求，已对某某供水管线项目环境影响"
        "评价进行了公众参与信息公示，公众反响良好。\n"
        "一、项目概况\n"
        "项目位于某某镇，建设引水管线约20公里。\n"
    )
    assert extract_notices(page).proposals == ()
