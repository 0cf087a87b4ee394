"""Patterns a hundred-and-seventieth fresh set of real notices showed (issue #11: notices of
2020-2026 from the energy counties of Shaanxi, Shanxi, Inner Mongolia and Ningxia): each a
sentence of behaviour on a text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

from notices.importer import extract_notices
from tests.importer.proposals import only as _only


def test_a_plans_first_notice_is_issued_by_the_body_labelled_as_organising_and_carrying_it_out():
    page = (
        "某某矿区总体规划（修编）环境影响评价第一次公众参与信息公示\n"
        "发布时间：2022-08-01\n"
        "根据《中华人民共和国环境影响评价法》及《环境影响评价公众参与办法》等要求，现对某某矿区"
        "总体规划（修编）环境影响评价进行信息公示。公示内容如下：\n"
        "一、规划基本情况\n"
        "某某矿区位于某某市西北部，矿区共规划12处井田。\n"
        "二、规划组织实施单位名称和联系方式\n"
        "规划组织实施单位：某某省能源局\n"
        "联系人：某某\n"
        "联系电话：029-12345678\n"
        "三、承担评价工作的环境影响评价机构名称和联系方式\n"
        "评价机构名称：某某研究院有限公司\n"
        "联系电话：029-87654321\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_first"
    assert notice.value("issuer") == "某某省能源局"


def test_a_builder_printed_alone_over_the_restated_title_issues_a_notice_titled_without_it():
    page = (
        "某某矿业有限公司某某煤矿改扩建项目（400万吨/年） 环境影响报告书征求意见稿公示\n"
        "日期：2024-03-04\n"
        "某某矿业有限公司某某煤矿改扩建项目（400万吨/年）\n"
        "环境影响报告书征求意见稿公示\n"
        "根据《环境影响评价公众参与办法》等规定，向公众发布某某矿业有限公司某某煤矿改扩建项目"
        "（400万吨/年）环境影响评价公众意见征求信息。\n"
        "某某矿业有限公司对所发布信息的真实性负责。\n"
        "一、建设项目基本信息\n"
        "项目名称：某某矿业有限公司某某煤矿改扩建项目（400万吨/年）\n"
        "建设单位名称：某某矿业有限公司\n"
        "环评单位名称：某某环境科技有限公司\n"
        "项目建设地点：某某市某某镇\n"
        "建设项目概况：某某井田位于某某矿区东南部，井田面积20.5km2，改扩建后规模由180万吨/年"
        "增加至400万吨/年，并进行选煤厂改造。\n"
        "\n"
        "某某某某煤矿改扩建工程300万吨项目环境影响评价第一次公告\n"
        "发布时间：2023-06-12 文字大小： |\n"
        "某某能源集团某某矿业有限公司\n"
        "某某煤矿改扩建工程（300万t/a）项目环境影响评价第一次公告\n"
        "为规范环境影响评价公众参与，依据《环境影响评价公众参与办法》的规定，现对某某煤矿改扩建"
        "工程环境影响评价进行第一次公示。\n"
        "一、项目基本情况\n"
        "项目名称：某某煤矿改扩建工程（300万t/a）；项目性质：改扩建。\n"
    )
    proposals = extract_notices(page).proposals
    assert [p.value("kind") for p in proposals] == ["eia_draft_comment", "eia_first"]
    assert proposals[1].value("issuer") == "某某能源集团某某矿业有限公司"
