"""Patterns a hundred-and-seventieth fresh set of real notices showed (issue #11: notices of
2020-2026 from the energy counties of Shaanxi, Shanxi, Inner Mongolia and Ningxia): each a
sentence of behaviour on a text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

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
