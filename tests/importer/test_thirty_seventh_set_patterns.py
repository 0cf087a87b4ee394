"""Patterns a thirty-seventh fresh set of real notices showed (issue #11: builders' EIA notices
of every stage from the north and centre, on builders', consultants' and news sites and e-paper
text views): each a sentence of behaviour on a text written for the test, modelled on the
pattern, not copied."""

from __future__ import annotations

import datetime as dt

from notices.importer import extract_notices
from notices.importer.dates import find_dates
from tests.importer.proposals import only as _only


def test_a_date_that_lost_only_its_year_sign_reads_the_four_digit_year_and_the_month():
    found = [d.isoformat() for d, _, _ in find_dates("起止时间为202411月18日起10个工作日")]
    assert found == ["2024-11-18"]
    assert [d.isoformat() for d, _, _ in find_dates("编号202411月18\n")] == []


def test_a_signature_date_that_lost_its_year_and_day_signs_dates_the_notice():
    page = (
        "青川县人民医院门诊楼改造项目环境影响评价二次公示\n"
        "公众可通过下面建设单位的联系方式索要环境影响报告书征求意见稿纸质版。\n"
        "建设单位青川县人民医院\n"
        "联系人赵老师\n"
        "电话13700001234\n"
        "特此公告\n"
        "青川县人民医院\n"
        "202411月18\n"
    )
    proposal = _only(page)
    assert proposal.value("published_on") == dt.date(2024, 11, 18)
    assert proposal.value("issuer") == "青川县人民医院"


_PRE_SUBMISSION_PAGE = (
    "2023年5月10日我公司委托某某环境科技有限公司承担该项目环境影响评价工作。\n"
    "2023年8月环评单位编制完成了环境影响报告书（征求意见稿），我公司于2023年8月3日在公司"
    "网站发布了征求意见稿公示，并于8月4日、8月7日在《某某日报》刊登两次。\n"
    "根据《环境影响评价公众参与办法》，现向公众公开本项目环境影响报告书全文和公众参与说明，"
    "下载链接：https://pan.example.com/s/1AbCdEfGh\n"
    "\n"  # (an untitled block is read as one item of a page whose items blank lines part)
    "某某县污水处理厂提标改造工程环境影响评价第一次公示\n"
    "建设单位：某某县排水有限公司\n"
    "联系电话：0598-7712345\n"
)


def test_a_notice_that_now_puts_up_the_report_and_the_participation_statement_is_pre_submission():
    kinds = [p.value("kind") for p in extract_notices(_PRE_SUBMISSION_PAGE).proposals]
    assert kinds == ["eia_pre_submission", "eia_first"]


def test_a_sentence_opening_with_the_day_the_consultant_was_engaged_dates_and_names_nothing():
    proposal = extract_notices(_PRE_SUBMISSION_PAGE).proposals[0]
    assert proposal.value("issuer") is None  # not "年5月10日我公司"
    assert proposal.value("published_on") is None  # the engagement's day, not the notice's


def test_a_builder_whose_name_a_reposter_hid_is_left_blank():
    page = (
        "对征求意见稿进行公示。\n"
        "公众可通过打电话、写信等方式向建设单位提出意见，具体联系方式如下：\n"
        "1、建设单位名称： (略) 交通委员会某某公路分局\n"
        "联系人：周某\n"
        "2、评价单位名称：某某环境保护中心\n"
        "自本次公示之日起10个工作日，公众可下载环境影响报告书征求意见稿和公众意见表。\n"
    )
    assert _only(page).value("issuer") is None


def test_the_opinion_form_printed_under_a_first_notice_is_no_blank_template():
    page = (
        "根据《环境影响评价公众参与办法》，现对“东岭区妇幼保健院新院区建设工程”进行环境影响评价"
        "第一次公示。\n"
        "建设单位：东岭区妇幼保健院\n"
        "联系人：钱老师\n"
        "联系电话：010-61234567\n"
        "在环境影响报告书征求意见稿编制过程中，公众均可向建设单位提出意见。\n"
        "建设项目环境影响评价公众意见表\n"
        "填表日期 年 月 日\n"
        "项目名称 | 东岭区妇幼保健院新院区建设工程 |\n"
    )
    assert _only(page).value("kind") == "eia_first"


def test_a_call_for_organisations_to_undertake_eia_studies_is_not_a_notice():
    page = (
        "关于公开征集环境影响评价相关课题承担单位的公告\n"
        "为做好环境影响评价管理的技术支撑，某某厅拟就有关课题面向社会公开征集承担单位。\n"
        "请于2024年6月20日前将申请文件寄至某某厅综合处，电子文件发至联系人邮箱"
        "（keti@example.gov.cn）。\n"
        "联系人：孙某，联系电话：0351-5550123\n"
        "某某厅\n"
        "2024年6月3日\n"
    )
    assert not extract_notices(page).proposals


def test_a_mine_named_as_builder_issues_its_notice():
    page = (
        "根据《环境影响评价公众参与办法》的要求，现对某某石灰石开采项目环境影响评价公众参与"
        "有关情况进行第一次公告。\n"
        "二、建设单位名称和联系方式\n"
        "建设单位：北沟乡石灰石矿\n"
        "联系人：马某\n"
        "电话：13900001111\n"
    )
    assert _only(page).value("issuer") == "北沟乡石灰石矿"


def test_the_ministry_that_wrote_the_measures_cited_is_not_the_issuer():
    page = (
        "根据国家生态环境部《环境影响评价公众参与办法》的要求，本公司现对某某砂石料场项目进行"
        "环境影响评价第一次公示。\n"
        "公众可在本公告发布后10个工作日内以电话向本公司反映意见。\n"
        "联系电话：13900002222\n"
    )
    assert _only(page).value("issuer") is None


def test_an_address_a_reposter_hid_but_its_last_character_is_no_email():
    page = (
        "某某矿区道路工程环境影响评价第一次公示\n"
        "建设单位：某某交通投资有限公司\n"
        "公众可下载公众意见表，填写后发至邮箱：******7@qq.com\n"
        "公示发布时间：2025年3月4日\n"
    )
    assert "email" not in _only(page).value("contact")


def test_an_eia_title_led_by_the_company_whose_works_it_names_gives_the_issuer():
    page = (
        "某某港区西作业区3#泊位改造工程现开展环境影响评价工作，现将征求意见稿公示如下。\n"
        "公众可在http://www.example.com/news/12.html查阅环境影响报告书征求意见稿全文。\n"
        "联系人：钟某 13800003333\n"
        "在自公示之日起10个工作日内。\n"
        "某某港航实业有限公司\n"
        "某某港区西作业区3#泊位改造工程环境影响报告书征求意见稿公示\n"
    )
    assert _only(page).value("issuer") == "某某港航实业有限公司"


def test_a_project_named_for_its_company_and_the_company_named_again_as_where_to_read_it():
    page = (
        "某某精细化工有限公司年产2000吨助剂项目环境影响报告书征求意见稿已编制完成，现进行公示。\n"
        "征求意见稿全文的网络链接为：https://share.example.com/AbCd12，纸质版报告可至某某精细化工"
        "有限公司查阅。\n"
        "建设单位联系人：钱总；联系电话：13500004444\n"
        "环评单位：某某项目咨询有限公司\n"
    )
    assert _only(page).value("issuer") == "某某精细化工有限公司"
