"""Patterns a sixty-first fresh set of real notices (a mixed set shaped like the shared corpus,
2022-2026) showed (issue #11): each a sentence of behaviour on a text written for the test,
modelled on the pattern, not copied."""

from __future__ import annotations

from tests.importer.proposals import only as _only


def test_a_plans_compiling_body_under_its_name_label_is_the_issuer():
    page = (
        "某某市某某区公墓布局专项规划(2024-2035)环境影响评价公众参与第一次公示\n"
        "根据《中华人民共和国环境影响评价法》《规划环境影响评价条例》等规定,现对本规划开展首次"
        "环境影响评价信息公开,征求公众意见。\n"
        "1、规划概述\n"
        "规划范围为某某区全域。\n"
        "2、规划编制单位名称和联系方式\n"
        "规划编制单位名称:某某市某某区民政局\n"
        "联系人:孙老师\n"
        "联系电话:023-55501234\n"
        "3、环境影响评价单位名称和联系方式\n"
        "环境影响评价单位名称:某某环保咨询有限公司\n"
        "电子邮箱:4455667@qq.com\n"
    )
    proposal = _only(page)
    assert proposal.value("issuer") == "某某市某某区民政局"


def test_a_stray_year_character_after_the_first_dates_day_still_reads_the_period():
    page = (
        "根据《中华人民共和国环境影响评价法》有关规定,经审查,2025年3月10日我局对某某县储能电站"
        "项目环境影响评价作出审批决定。现将作出的审批决定情况予以公告,公告期为2025年3月10日年"
        "至2025年3月18日。\n"
        "行政复议与行政诉讼权利告知:公民、法人或者其他组织认为公告的建设项目环境影响评价文件审批"
        "决定侵犯其合法权益的,可以自公告期限届满之日起六十日内提起行政复议。\n"
        "联系电话:0731-5550321\n"
    )
    proposal = _only(page)
    assert proposal.value("kind") == "eia_decision"
    assert proposal.value("window")["ends_on"] == "2025-03-18"
