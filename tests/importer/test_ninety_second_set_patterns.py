"""Patterns a ninety-second fresh set of real notices showed (issue #11: a blind set from
newspapers, news portals and their re-posters, mixed kinds): each a sentence of behaviour on a
text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

from tests.importer.proposals import only as _only

_FIRST = (
    "某某化工园区涂料助剂项目环境影响评价第一次公示\n"
    "为推进和规范环境影响评价活动中的公众参与，根据《中华人民共和国环境影响评价法》等规定，"
    "特发布本公示，征求公众意见。\n"
    "一、建设项目的名称及概要\n"
    "{overview}\n"
    "二、环境影响评价的工作程序和主要工作内容\n"
    "接受委托、现场踏勘、现状调查、影响预测，编制环境影响报告书。\n"
    "三、征求公众意见的主要事项\n"
    "本项目的建设对环境产生何种影响？您对本项目的环境保护工作有何建议？\n"
)


def test_a_company_that_plans_to_invest_a_sum_and_build_in_a_park_issues_the_first_notice():
    overview = (
        "项目概况：江北某某新材料有限公司拟投资5600万元，在某某化工园区建设年产3000吨"
        "水性涂料助剂项目，总用地面积约2万平方米。"
    )
    notice = _only(_FIRST.format(overview=overview))
    assert notice.value("kind") == "eia_first"
    assert notice.value("issuer") == "江北某某新材料有限公司"


def test_the_sum_may_be_in_hundred_millions_and_run_straight_into_the_place():
    overview = "项目概况：某某能源科技有限公司拟投资1.2亿元于某某县经济开发区建设储能电站项目。"
    notice = _only(_FIRST.format(overview=overview))
    assert notice.value("issuer") == "某某能源科技有限公司"


def test_a_company_that_plans_to_put_up_a_new_plant_there_issues_it_too():
    overview = (
        "项目概况：某某生物科技有限公司拟投资3000万元，在某某镇工业集中区新建年产500吨"
        "饲料添加剂生产线。"
    )
    notice = _only(_FIRST.format(overview=overview))
    assert notice.value("issuer") == "某某生物科技有限公司"
