"""Patterns a seventy-second fresh set of real notices (held-out set 20e: EIA notices from
Qinghai, Tibet, Ningxia, Hainan, Guizhou, Xinjiang, Jilin and Inner Mongolia, 2019-2026) showed
(issue #11): each a sentence of behaviour on a text written for the test, modelled on the
pattern, not copied."""

from __future__ import annotations

from notices.importer import extract_notices
from tests.importer.proposals import only as _only


def test_a_scheme_put_up_for_objections_to_its_result_within_a_period_is_an_other_notice():
    page = (
        "依据《土地复垦条例》等有关规定,县自然资源局组织专家对《某某县青石岭采石场矿区生态修复"
        "方案》进行了评审。现将拟通过的方案和专家意见予以公示,公示期为自发布之日起5个工作日。"
        "任何单位或个人对公示内容有异议的,请在公示期内以书面形式向县自然资源局生态修复股反映。\n"
        "联系电话:0468-5550172\n"
        "电子邮箱:sthfg0468@163.com\n"
    )
    proposal = _only(page)
    assert proposal.value("kind") == "other"
    assert proposal.value("contact")["phone"] == "0468-5550172"


def test_a_merger_named_only_inside_a_cited_rule_whose_opening_bracket_was_lost_is_no_merger():
    page = (
        "根据《矿山地质环境保护规定》、某某省自然资源厅关于地质环境治理方案和复垦方案合并编制"
        "有关事项的通知》的规定,市自然资源局对《某某市北山砂石矿生态修复方案》组织了评审,"
        "现予公示,公示期为自发布之日起7个工作日。对公示结果有异议的,请在公示期内来电反映。\n"
        "联系电话:0457-5550388\n"
    )
    assert _only(page).value("kind") == "other"


def test_a_company_merger_notice_to_creditors_is_still_a_merger():
    page = (
        "合并公告\n"
        "经股东会决议,某某商贸有限公司吸收合并某某物流有限公司,合并后某某物流有限公司注销。"
        "请债权人自本公告见报之日起四十五日内向公司申报债权,要求清偿债务或者提供相应的担保。\n"
        "联系人:王先生 电话:13900005566\n"
        "某某商贸有限公司\n"
        "2025年3月3日\n"
    )
    assert _only(page).value("kind") == "merger"


def test_a_social_stability_risk_publicity_with_objections_is_still_not_tracked():
    page = (
        "现将某某旗风电储能项目社会稳定风险分析的有关事项公示如下:\n"
        "一、项目名称:某某旗100MW储能电站项目\n"
        "二、征求意见方式:自本公告发布之日起10日内,对项目有异议的,可向项目单位反映。\n"
        "联系人:张先生 电话:13800004411\n"
    )
    assert extract_notices(page).proposals == ()
