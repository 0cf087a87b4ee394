"""Patterns a two-hundred-and-fourteenth fresh set of real notices showed (issue #11: EIA and
creditor notices of breweries, dairies, food and beverage plants, 2007-2026): each a sentence of
behaviour on a text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

from tests.importer.proposals import only as _only


def test_a_period_whose_end_year_carries_a_stray_extra_digit_ends_in_the_start_year():
    page = (
        "某某市某某生态环境局\n"
        "关于2026年1月15日拟作出的建设项目环境影响评价文件审批意见的公示\n"
        "经审查，我局拟对1个建设项目环境影响评价文件作出审批意见，现将拟作出审批意见的"
        "环境影响评价文件基本情况予以公示，公示期为2026年1月15 日-20265年1 月21日。\n"
        "联系电话：0831-1234567\n"
        "| 1 | 某某食品年产3000吨竹笋深加工项目 | 某某县某某镇 | 某某食品有限公司 |\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_pre_approval"
    assert notice.value("window")["starts_on"] == "2026-01-15"
    assert notice.value("window")["ends_on"] == "2026-01-21"


def test_an_end_year_with_a_stray_digit_that_is_not_the_start_year_sets_no_end():
    page = (
        "某某县生态环境局拟审批项目的公示\n"
        "经审查，我局拟对某某啤酒有限公司扩建项目环境影响报告表作出审批意见，现予以公示，"
        "公示期为2026年1月15日-20375年1月21日。\n"
        "联系电话：0831-1234567\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_pre_approval"
    assert (notice.value("window") or {}).get("ends_on") != "2037-01-21"
