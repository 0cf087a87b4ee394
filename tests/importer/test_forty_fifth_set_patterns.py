"""Patterns a forty-fifth fresh set of real notices (EIA notices of every stage from the east:
Jiangsu, Zhejiang, Anhui, Shanghai, Jiangxi, Shandong) showed (issue #11): each a sentence of
behaviour on a text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

import datetime as dt

from notices.importer import extract_notices
from tests.importer.proposals import only as _only


def test_an_authority_that_has_received_a_report_on_a_date_announces_its_acceptance():
    page = (
        "我局已于2025年3月12日受理,某某精密机械有限公司报送,由某某环境科技有限公司编制的"
        "《某某区年产20万套精密轴承项目环境影响报告书》。现予公告,有关此项目的相关信息请关注"
        "我局门户网站。\n"
        "联系人:某某市生态环境局行政审批处\n"
        "联系电话:0571-5550142\n"
        "公众可以信函、传真或其他方式,向我局咨询相关信息,并提出相关意见和建议。\n"
        "某某市生态环境局\n"
        "2025年3月13日\n"
    )
    proposal = _only(page)
    assert proposal.value("kind") == "eia_acceptance"
    assert proposal.value("issuer") == "某某市生态环境局"
    assert proposal.value("published_on") == dt.date(2025, 3, 13)


def test_a_lone_pre_approval_whose_phone_was_redacted_is_found_by_its_hearing_right():
    page = (
        "根据建设项目环境影响评价审批程序的有关规定,经审查,2024年5月 (略) 拟对下列建设项目"
        "环境影响评价文件作出审批意见。为保证此次审查工作的严肃性和公正性,现将拟作出审批意见的"
        "环境影响评价文件基本情况予以公示,公示期为2024年5月20日-2024年5月24日(5个工作日)。\n"
        "听证权利告知:依据《中华人民共和国行政许可法》,自公示起五日内申请人、利害关系人可对"
        "以下拟作出的建设项目环境影响评价文件审批意见要求听证。\n"
        "联系电话:0535-*\n"
        "拟批准环境影响评价文件的建设项目\n"
        "项目名称 | 建设地点 | 建设单位 |\n"
        "1 | 某某种猪场项目 | (略) 某某镇某某村 | 某某 (略) |\n"
    )
    proposal = _only(page)
    assert proposal.value("kind") == "eia_pre_approval"
    assert proposal.value("window")["ends_on"] == "2024-05-24"


def test_a_year_split_by_a_space_in_a_pdf_copy_still_ends_the_period():
    page = (
        "根据建设项目环境影响评价政府信息公开的有关要求,现我部对某某化工有限公司催化剂技改项目"
        "环境影响报告表作出审批决定。公示期为 2024 年 3 月 4 日-202 4 年 3 月 12 日(7个工作日)。\n"
        "行政复议与行政诉讼权利告知:公民、法人或者其他组织认为公告的建设项目环境影响评价文件"
        "审批决定侵犯其合法权益的,可以自公告期限届满之日起六十日内提起行政复议。\n"
        "联系电话:0635-5550177\n"
    )
    proposal = _only(page)
    assert proposal.value("kind") == "eia_decision"
    assert proposal.value("window")["ends_on"] == "2024-03-12"


def test_a_site_footers_copyright_host_is_no_link_of_the_notice():
    page = (
        "某某湖湿地修复工程环境影响评价第一次公示\n"
        "发布时间:2025/4/2 10:08:19\n"
        "根据《环境影响评价公众参与办法》等相关规定,现将某某湖湿地修复工程环境影响评价的有关"
        "信息予以公告,并征求公众意见。\n"
        "建设单位:某某市某某区水务局\n"
        "联系人:王工;联系电话:0512-5550166\n"
        "公众意见表链接:https://pan.baidu.com/s/1AbCdEfGhIjKlMnOpQrStUv\n"
        "某某市某某区水务局\n"
        "2025年4月2日\n"
        "扫一扫手机站\n"
        "联系电话:0512-5550100 传真:0512-5550101 地址:某某市某某路8号\n"
        "Copyright (C) www.example-epa.cn 某某市环保产业协会 All right reserved\n"
        "\n"
        "根据建设项目环境影响评价审批程序的有关规定,经审查,我局拟对某某项目环境影响报告表作出"
        "审批意见,公示期为2025年4月7日-2025年4月11日(5个工作日)。联系电话:0512-5550199\n"
    )
    first = extract_notices(page).proposals[0]
    assert first.value("links") == ["https://pan.baidu.com/s/1AbCdEfGhIjKlMnOpQrStUv"]


def test_a_centre_that_plans_to_carry_out_a_quoted_project_is_its_builder():
    page = (
        "【公众参与】某某县新建应急广播塔项目环境影响评价第二次公示\n"
        "某某县融媒体中心拟实施“某某县新建应急广播塔项目”,选址位于某某县某某镇某某路东南,"
        "主要建设内容为广播塔和配套用房。项目环境影响报告书征求意见稿已编制完成,依据《环境影响"
        "评价公众参与办法》有关规定,现进行公示,征求公众意见。\n"
        "一、征求意见的公众范围\n"
        "项目周围的居民、单位和团体。\n"
        "二、公众提出意见的方式与途径\n"
        "以信函、传真、电子邮件等方式,与项目建设单位联系。\n"
    )
    proposal = _only(page)
    assert proposal.value("issuer") == "某某县融媒体中心"


def test_a_news_page_about_a_bureau_receiving_reports_is_not_an_acceptance():
    page = (
        "本报讯(记者 某某)记者近日从某某市生态环境局获悉,今年以来该局已于各月受理建设项目"
        "环境影响报告书38件,同比增长12%。该局负责人表示,将持续优化环评审批服务。\n"
    )
    assert extract_notices(page).proposals == ()
