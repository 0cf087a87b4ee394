"""Patterns a fresh set of real notices about disposal works showed (issue #11): the harmless
treatment of dead livestock, medical-waste disposal, sludge, manure and construction-waste
recycling, in builders' notices and bureaus' approval-stage notices. Each test is a sentence of
behaviour on a text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

import datetime

from notices.importer import extract_notices


def _only(text: str):
    proposals = extract_notices(text).proposals
    assert len(proposals) == 1
    return proposals[0]


def test_a_notice_naming_the_assessing_body_and_its_contact_as_an_item_is_a_first_notice():
    # the Measures' art. 9 items as a builder's site words them, no stage named, no period set
    text = (
        "根据《中华人民共和国环境影响评价法》、《环境影响评价公众参与办法》（生态环境部令第4号）等"
        "相关规定，现将某某环保科技有限公司医疗废物处置项目基本情况和环境影响评价情况公示如下：\n"
        "一、项目概要\n"
        "项目名称：某某环保科技有限公司医疗废物处置项目\n"
        "建设地点：某某县某某镇某某村\n"
        "二、建设单位名称及联系方式\n"
        "建设单位：某某环保科技有限公司\n"
        "联系人：王某某\n"
        "联系电话：13900001111\n"
        "三、环境影响评价机构及联系方式\n"
        "环评单位：某某咨询有限公司\n"
        "联系人：李工\n"
        "联系电话：13900002222\n"
    )
    assert _only(text).value("kind") == "eia_first"


def test_the_measures_words_for_the_draft_stage_quoted_as_the_notices_own_make_it_a_draft_notice():
    # (its title run into the body, the builder named before the consultant it engaged)
    text = (
        "某某市污泥处置厂改造项目环境影响评价公示某某水务有限公司委托某某环境咨询有限公司编制"
        "《某某市污泥处置厂改造项目环境影响报告书》，现根据《环境影响评价公众参与办法》"
        "（生态环境部令第4号）要求，建设项目环境影响报告书征求意见稿形成后，当公开下列信息，"
        "征求与该建设项目环境影响有关的意见。公示如下：一、项目概况 项目名称：某某市污泥处置厂"
        "改造项目 建设单位：某某水务有限公司 建设地点：某某市某某工业园区\n"
    )
    assert _only(text).value("kind") == "eia_draft_comment"


_STEPS_NOTICE = (
    "《某某县某某有机肥有限公司日处理100吨污泥扩建项目》\n"
    "环境影响评价一次公示\n"
    "一、项目概况\n"
    "项目名称：某某县某某有机肥有限公司日处理100吨污泥扩建项目\n"
    "建设地点：某某县某某镇某某村\n"
    "二、项目环境影响评价工作程序\n"
    "1环评单位进行环境调研和环境监测\n"
    "2环评单位征求居民意见\n"
    "3环评单位编制完成环境影响报告书\n"
    "4对报告书进行专家审查\n"
    "5某某省环保厅对报告书进行批复\n"
    "三、征求公众意见的主要事项\n"
    "对本项目建设的意见及建议。\n"
)


def test_the_authority_a_builders_notice_lists_as_the_step_that_approves_the_report_is_no_issuer():
    notice = _only(_STEPS_NOTICE.replace("《某某县某某有机肥有限公司", "《某某县"))
    assert notice.value("issuer") is None


def test_the_company_leading_the_project_a_title_names_in_its_marks_issues_the_builders_notice():
    notice = _only(_STEPS_NOTICE)
    assert notice.value("issuer") == "某某县某某有机肥有限公司"


def test_a_period_printed_with_its_year_only_at_its_end_takes_that_year_for_its_start():
    text = (
        "根据建设项目环境影响评价审批程序的有关规定，经审查，我局拟对受理的建筑垃圾综合利用项目"
        "环境影响评价文件作出审批意见。现将拟作出审批的环境影响评价文件基本情况予以公示，"
        "公示期为8月8日-2024年8月14日（5个工作日）。\n"
        "听证权利告知：依据《中华人民共和国行政许可法》，自公示起五日内申请人、利害关系人可提出"
        "听证申请。\n"
        "电 话：0870-1234567\n"
    )
    window = _only(text).value("window")
    assert window["starts_on"] == "2024-08-08"
    assert window["ends_on"] == "2024-08-14"


def test_a_source_in_square_brackets_with_its_day_before_the_text_size_control_dates_the_notice():
    text = (
        "某某市生态环境局关于拟批复某某动物无害化处理中心项目环境影响评价文件的公示\n"
        "[某某市生态环境局]2023-07-28字号: |\n"
        "某某市生态环境局\n"
        "关于拟批复某某动物无害化处理中心项目环境影响评价文件的公示\n"
        "根据建设项目环境影响评价审批程序的有关规定，经审议，某某市生态环境局拟对某某动物无害化"
        "处理中心项目环境影响评价文件作出审批意见。现将建设项目环境影响评价文件的基本情况予以"
        "公示。公示期为2023年7月28日-2023年8月3日。\n"
        "项目名称：某某动物无害化处理中心项目\n"
        "建设单位：某某动物无害化处理中心\n"
    )
    assert _only(text).value("published_on") == datetime.date(2023, 7, 28)
