"""Patterns a hundred-and-seventy-third fresh set of real notices showed (issue #11: Hunan and
Hubei county-level notices of 2020-2026, builders' EIA notices and bureaus' pre-approvals):
each a sentence of behaviour on a text written for the test, modelled on the pattern, not
copied."""

from __future__ import annotations

import datetime as dt

from notices.importer import extract_notices
from tests.importer.proposals import only as _only


def test_a_builder_that_signs_with_the_date_first_and_its_name_under_it_is_dated_by_it():
    page = (
        "根据《中华人民共和国环境影响评价法》等有关要求，现向公众公告本项目环境影响评价信息：\n"
        "一、建设项目基本情况\n"
        "项目名称：年产2万吨某某颗粒扩建项目\n"
        "建设单位：某某新材料（湖南）有限公司\n"
        "二、环境影响报告书征求意见稿已编制完成，现征求公众意见。\n"
        "三、联系方式\n"
        "联系电话：13900000000（某女士）\n"
        "四、公众可在公告之日起10个工作日内，电话、书面向建设单位提出意见。\n"
        "2025年3月4日\n"
        "某某新材料（湖南）有限公司\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_draft_comment"
    assert notice.value("published_on") == dt.date(2025, 3, 4)
    assert notice.value("issuer") == "某某新材料（湖南）有限公司"


def test_a_date_with_a_sentence_under_it_is_not_taken_for_a_signature_dated_first():
    page = (
        "某某项目环境影响评价第一次公示\n"
        "根据《环境影响评价公众参与办法》，现将某某项目环境影响评价信息公示如下。\n"
        "建设单位：某某化工有限公司 联系电话：0730-0000000\n"
        "2024年5月6日\n"
        "公众可通过信函、电子邮件等方式提出意见，以便进一步沟通。\n"
    )
    result = extract_notices(page)
    assert all(p.value("published_on") != dt.date(2024, 5, 6) for p in result.proposals)


def test_a_notice_that_an_inspectors_complaint_is_closed_is_not_a_reporting_window():
    page = (
        "第二轮中央生态环境保护督察交办信访件（第某批某某号）“某某新区某某项目选址不符合规划，"
        "投资过大”问题已办结，经某某新区调查核实，该问题不属实。现根据《关于做好中央和省级环保"
        "问题整改销号的通知》要求进行公示。\n"
        "联系人：某某某，电话：13800000000\n"
    )
    assert extract_notices(page).proposals == ()


def test_a_bureaus_posting_line_above_its_generic_heading_dates_the_notice_across_blank_lines():
    page = (
        "某某瓷业有限公司年产100万件日用陶瓷项目拟作出环评审批意见公开\n"
        "\n"
        "发布时间：2024-04-08 访问量： 作者： 来源： 字体[ ]\n"
        "\n"
        "建设项目拟作出审批意见公开\n"
        "\n"
        "经审议，我局拟于近日内批准《某某瓷业有限公司年产100万件日用陶瓷项目环境影响报告表》，"
        "现就项目环评相关情况予以公示5个工作日。如有意见，请在公示期内向我局来信来电进行反映。\n"
        "\n"
        "联系地址：某某市生态环境局某某分局\n"
        "\n"
        "联系电话：0731-20000000\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_pre_approval"
    assert notice.value("published_on") == dt.date(2024, 4, 8)
