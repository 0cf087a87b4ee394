"""Patterns a two-hundred-and-eighteenth fresh set of real notices showed (issue #11: brick
works, concrete and asphalt mixing plants and quarries of Hunan, Hubei, Jiangxi and Anhui,
2013-2026): each a sentence of behaviour on a text written for the test, modelled on the
pattern, not copied."""

from __future__ import annotations

from datetime import date

from notices.importer import extract_notices
from tests.importer.proposals import only as _only


def test_a_quartz_mine_run_under_its_own_name_is_the_builder_that_issues():
    page = (
        "某某县某某山矿区脉石英矿建设项目 环境影响评价第一次公示\n"
        "日期:2020-03-16\n"
        "按照《中华人民共和国环境影响评价法》，某某县某某山石英矿委托某某环保技术咨询有限公司"
        "承担某某县某某山矿区脉石英矿建设项目环境影响评价工作，现予公示。\n"
        "一、建设项目名称及概要\n"
        "1、项目名称：某某县某某山矿区脉石英矿建设项目\n"
        "2、建设单位：某某县某某山石英矿\n"
        "二、项目建设单位及联系方式\n"
        "1、联系人：某总\n"
        "2、联系方式：13900000000\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_first"
    assert notice.value("issuer") == "某某县某某山石英矿"


def test_a_portal_index_block_over_a_title_printed_again_with_a_stray_bracket_is_one_notice():
    title = "某某县某某石料有限公司建筑石料用凝灰岩矿扩建工程项目环境影响报告表审批前公示"
    page = (
        "索引号: 000000000/202102-00001 组配分类: 建设项目环境影响评价审批\n"
        "发布机构: 县生态环境分局 主题分类: 城乡建设、环境保护\n"
        f"名称: {title} 文号:\n"
        "发布日期: 2021-02-23\n"
        "有效性: 有效 咨询电话: 0562-0000000\n"
        f"{title}\n"
        "发布时间:2021-02-23 14:43 来源:县生态环境分局 浏览次数:\n"
        f"{title.replace('报告表审批前', '报告表》审批前')}\n"
        "根据建设项目环境影响评价审批程序的有关规定，经审议，某某县生态环境分局拟批准"
        "某某县某某石料有限公司建筑石料用凝灰岩矿扩建工程项目环境影响报告表》，现予公示。"
        "公示期为2021年2月22日至2021年2月26日（5个工作日）。\n"
        "电话：0562-0000000\n"
    )
    notices = extract_notices(page).proposals
    assert len(notices) == 1
    assert notices[0].value("kind") == "eia_pre_approval"
    assert notices[0].value("published_on") == date(2021, 2, 23)
