"""Patterns a two hundred fifty-fifth fresh set of real notices (social works: hospitals,
schools, parks; 2022-2026) showed (issue #11): each a sentence of behaviour on a text written
for the test, modelled on the pattern, not copied."""

from __future__ import annotations

from notices.importer import extract_notices

#: A block before the notice that is no notice of ours: a call on a project's social risks.
_RISK_CALL = (
    "根据重大固定资产投资项目社会稳定风险评估的有关规定,现将“某某县第三小学建设项目”"
    "社会稳定风险分析的相关事项公示如下:\n"
    "一、项目概况\n"
    "某某县教育局拟在某某路东侧建设某某县第三小学,总建筑面积5200平方米。\n"
)


def _kinds(page: str) -> list[str]:
    return [p.fields["kind"].value for p in extract_notices(page).proposals]


def test_a_first_notice_cut_after_its_procedure_heading_is_still_a_notice():
    # (its sections are the first-notice items of the 2006 measures, numbered at line starts)
    page = (
        _RISK_CALL + "\n"
        "某某市中心医院新院区建设项目环境影响评价第一次公告\n"
        "一、建设项目名称及概况\n"
        "某市现有人口约百万,城区东部尚无综合医院,某某市中心医院拟在城东新区新建新院区,"
        "设置床位800张。\n"
        "二、环境影响评价的工作程序和主要内容\n"
        "1、工作程序\n"
        "按有关法律法规进行,主要包括:\n"
        "(1)准备阶段:收集资料,进行工程分析。\n"
        "(2)正式工作阶段:现状调查与监测。\n"
    )
    assert _kinds(page) == ["eia_first"]


def test_an_article_that_names_the_first_notice_items_in_a_sentence_is_not_a_notice():
    page = (
        _RISK_CALL + "\n"
        "记者了解到,某某医院迁建项目的环评首次公示包括建设项目名称及概况、"
        "环境影响评价的工作程序和主要内容等,市民可登录网站查看。\n"
    )
    assert _kinds(page) == []
