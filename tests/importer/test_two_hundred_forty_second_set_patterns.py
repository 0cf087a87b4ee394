"""Patterns a two-hundred-and-forty-second fresh set of real notices showed (issue #11: EIA
notices of Guangdong and Fujian, 2021-2025, with bureaus' approval-stage notices): each a
sentence of behaviour on a text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

from tests.importer.proposals import only as _only

NEWS = "某某市举行植树活动，市民踊跃参加。\n"


def test_a_bureaus_untitled_disclosure_with_its_publicity_period_is_its_pre_approval_notice():
    # under the information-disclosure guide, the authority "discloses" what it is about to
    # approve, its period named "公开时间", with no title, contacts or signature on the copy
    page = (
        "根据原环保部关于印发《建设项目环境影响评价政府信息公开指南（试行）》的通知，某某市某某"
        "生态环境局依法对拟作出审批的某某石材有限公司年产板材10万平方米项目审批意见进行公开。\n"
        "公开时间：2031年3月3日 — 2031年3月7日（5个工作日）。\n"
        "一、项目名称：某某石材有限公司年产板材10万平方米项目\n"
        "二、建设地点：某某镇某某村\n"
        "三、建设单位：某某石材有限公司\n"
        "四、环境影响评价机构：某某环保技术有限公司\n"
        "五、项目概况：项目总投资500万元，年产板材10万平方米。\n"
        "\n"
        f"{NEWS}"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_pre_approval"
    assert notice.value("issuer") == "某某市某某生态环境局"
    assert notice.value("window")["ends_on"] == "2031-03-07"


def test_a_bureaus_page_listing_the_guides_items_for_a_project_is_a_pre_approval_notice():
    # the page's head (title, period) lost, the project's items numbered one under another as the
    # guide lists what an authority puts up before it approves: the effects joined to their
    # measures in one item
    page = (
        "- 首页 > 政务公开 > 重点领域信息公开 > 环境保护 > 建设项目环境影响评价\n"
        "项目一\n"
        "1. 项目名称：某某鞋业有限公司年产鞋100万双项目\n"
        "2.建设地点：某某市某某镇某某工业区\n"
        "3.建设单位：某某鞋业有限公司\n"
        "4.环境影响评价机构：某某环保科技有限公司\n"
        "5.项目概况：项目租赁厂房2000m2，年产鞋100万双。\n"
        "6.主要环境影响及预防或者减轻不良环境影响的对策和措施：\n"
        "（1）废水\n"
        "项目无生产废水，生活污水经化粪池处理后排入市政管网。\n"
        "\n"
        f"{NEWS}"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_pre_approval"


def test_a_builders_second_notice_giving_the_measures_key_points_is_not_a_pre_approval():
    # the 2006 measures' second notice gives "预防或者减轻不良环境影响的对策和措施的要点" under
    # an item of its own: the builder's, not an authority's list (no title to tell the stage)
    page = (
        "一、建设项目的名称及概要\n"
        "项目名称：某某工程。建设单位：某某公司。环境影响评价机构：某某研究院。\n"
        "二、建设项目对环境可能造成影响的概述\n"
        "施工期扬尘、噪声对周边有一定影响。\n"
        "三、主要环境影响及预防或者减轻不良环境影响的对策和措施的要点\n"
        "洒水抑尘，选用低噪声设备。\n"
        "联系人：某工，联系电话：0123-4567890\n"
        "\n"
        f"{NEWS}"
    )
    notice = _only(page)
    assert notice.value("kind") != "eia_pre_approval"


def test_an_approving_body_calling_itself_our_approval_body_is_no_builders_notice():
    # the disclosure guide's template voice, "我审批机构拟对该项目…作出批准决定", over the
    # project's rows: the builder in the 建设单位 row does not issue the authority's notice
    page = (
        "根据某某饲料有限公司年产饲料5万吨技术改造项目环境影响评价文件、技术评估报告等，按照"
        "建设项目环境影响评价审批程序的有关规定，我审批机构拟对该项目环境影响评价文件作出批准"
        "决定。现将拟批准的项目基本情况予以公示，公示期5个工作日（2031年6月10日至2031年6月16日）。"
        "如有意见，请在公示期内来信或来电向我审批机构反映。\n"
        "项目名称：某某饲料有限公司年产饲料5万吨技术改造项目\n"
        "建设单位：某某饲料有限公司\n"
        "建设地点：某某县某某镇\n"
        "环境影响评价机构：某某环境科技有限公司\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_pre_approval"
    assert notice.value("issuer") != "某某饲料有限公司"
    assert notice.value("window")["ends_on"] == "2031-06-16"
