"""Patterns a two-hundred-and-fifty-sixth fresh set of real notices showed (issue #11:
infrastructure works of 2021-2025, rail, roads, port berths and grid lines): each a sentence of
behaviour on a text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

from tests.importer.proposals import only as _only


def test_a_builders_publicity_before_its_report_table_is_approved_is_pre_submission():
    page = (
        "关于某某110kV某某线改迁工程环评文件的公示\n"
        "某某线3基铁塔位于某某规划区内，需对其进行迁移。\n"
        "在《某某110kV某某线改迁工程环境影响报告表》审批前进行环境影响评价文件公示。\n"
        "公示时间：2024年5月6日\n"
        "报告查阅联系人：某某 联系电话：13900000000\n"
        "公众可以信函、传真或其他方式，向我公司咨询相关信息，并提出有关意见和建议。\n"
    )
    assert _only(page).value("kind") == "eia_pre_submission"


def test_a_copy_cut_after_the_measures_opening_and_the_works_outline_is_still_a_notice():
    page = (
        "为保障公众环境保护知情权、参与权、表达权和监督权，依据《环境影响评价公众参与办法》"
        "（生态环境部令第4号），现公开下列信息，征求与该建设项目环境影响有关的意见。"
        "一、项目概况 某某110千伏输变电工程位于某某市某某区境内，包含3个子工程，"
        "主要建设内容如下：（1）某某110kV变电站新建工程，本期新建主变2台；"
        "（2）某某110kV线路工程，新建线路长约3.2km；（3）某某\n"
    )
    assert _only(page).value("kind") == "eia_first"
