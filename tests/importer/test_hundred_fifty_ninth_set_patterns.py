"""Patterns a hundred-and-fifty-ninth fresh set of real notices showed (issue #11: Guangdong
notices of 2020-2026 from cities no earlier set used): each a sentence of behaviour on a text
written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

from tests.importer.proposals import only as _only


def test_a_builders_notice_that_says_its_assessment_is_under_way_is_a_first_notice():
    page = (
        "某某湾湿地修复工程正在进行环境影响评价工作，根据《环境影响评价公众参与办法》的规定，"
        "现对本项目环境影响评价情况进行公示，同时征求社会公众对本项目环保方面的意见和建议。"
        " 一、建设项目基本情况 项目名称：某某湾湿地修复工程 项目选址：某某市某某区某某湾外滩"
        " 二、建设单位名称和联系方式 单位名称：某某市某某新区管理委员会 联系方式：0750-1234567"
        " 三、环评编\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_first"
    assert notice.value("issuer") == "某某市某某新区管理委员会"


def test_a_builders_label_with_its_colon_typed_twice_still_names_the_builder():
    page = (
        "某某水质净化厂扩建工程环境影响评价第一次公示\n"
        "根据《环境影响评价公众参与办法》，现对某某水质净化厂扩建工程进行第一次公示。\n"
        "二、建设单位与联系方式\n"
        "建设单位::某某高新区代建项目管理中心\n"
        "联系人：某工\n"
        "电话：0763-1234567\n"
    )
    notice = _only(page)
    assert notice.value("issuer") == "某某高新区代建项目管理中心"


def test_a_builders_label_copied_onto_the_consultants_block_does_not_name_the_issuer():
    page = (
        "某某污水处理厂扩建工程环境影响评价第一次公示\n"
        "根据《环境影响评价公众参与办法》，现对某某污水处理厂扩建工程进行第一次公示。\n"
        "二、建设单位与联系方式\n"
        "联系人：某工\n"
        "电话：0763-1234567\n"
        "三、环评单位与联系方式\n"
        "建设单位：某某环保有限公司\n"
        "联系人：某工\n"
        "电话：0763-7654321\n"
    )
    notice = _only(page)
    assert notice.value("issuer") != "某某环保有限公司"
