"""Patterns a thirty-third fresh set of real notices showed (issue #11: environmental
authorities' notices from the east and centre): each a sentence of behaviour on a text written
for the test, modelled on the pattern, not copied."""

from __future__ import annotations

import datetime as dt

from tests.importer.proposals import only as _only


def test_an_authority_entrusted_by_the_province_issues_the_decision_it_signs_in_its_address():
    page = (
        "根据建设项目竣工环境保护验收管理有关规定，受东川省环保厅委托，我局2018年3月6日对2个"
        "建设项目竣工环境保护验收申请作出审批决定。现将作出的验收决定情况予以公告，公告期为"
        "2018年3月7日-2018年3月13日（7日）。\n"
        "联系电话：0516-55501234\n"
        "通讯地址：青河市东湖区望江大道88号3楼青河市环保局\n"
        "关于2018年3月6日作出的建设项目竣工环境保护验收审批决定的公告\n"
    )
    notice = _only(page)
    assert notice.value("issuer") == "青河市环保局"
    assert notice.value("window")["ends_on"] == "2018-03-13"


def test_a_builder_that_commissions_a_consultant_still_issues_its_own_notice():
    page = (
        "受南坪县水务局委托，某某环境工程有限公司承担南坪县清溪河治理工程的环境影响评价工作。"
        "现将有关信息公示如下，公众可自公示之日起10个工作日内提出意见。\n"
        "联系电话：0557-5550987\n"
    )
    assert _only(page).value("issuer") == "南坪县水务局"


def test_a_signature_run_into_a_flattened_last_line_may_keep_its_date_label():
    page = (
        "南湖县旧货场整治工程 环境影响评价信息公开 我局委托某某环保科技有限公司对南湖县旧货场"
        "整治工程进行环境影响评价，现将有关事宜公示如下。 建设单位：南湖县市政管理局 联系方式："
        "0559-5550321 公众意见表的网络链接见生态环境部网站。 在征求意见稿编制过程中，公众均可"
        "向建设单位提出意见。 建设单位：南湖县市政管理局 日期：2022.03.15\n"
        "|\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_first"
    assert notice.value("published_on") == dt.date(2022, 3, 15)


def test_a_portal_byline_under_the_title_dates_the_bureaus_notice():
    page = (
        "环评公示\n"
        "某某县中心小学改扩建工程环评文件作出审批意见的公示\n"
        "环评公示_某某县人民政府 2023-06-07环评公示\n"
        "根据建设项目环境影响评价审批有关规定，经审查，我局拟对下列建设项目环评文件作出审批意见。"
        "现将项目环境影响评价文件基本情况予以公示，公示期为5个工作日。如有意见，请于公示期内将"
        "书面意见反馈至某某县生态环境分局。\n"
        "联系电话：0550-5550678\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_pre_approval"
    assert notice.value("published_on") == dt.date(2023, 6, 7)
