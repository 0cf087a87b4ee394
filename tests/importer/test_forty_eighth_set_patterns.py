"""Patterns a forty-eighth fresh set of real texts (a precision set: EIA and authority notices
among what sits beside them on the same sites) showed (issue #11): each a sentence of behaviour
on a text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

from notices.importer import extract_notices


def test_a_rating_of_eia_consultancies_put_up_for_a_week_is_no_notice():
    page = (
        "某某省环境影响评价技术中心关于2023年第三季度环境影响评价机构考核结果的公示\n"
        "受某某省生态环境厅委托,我中心根据《建设项目环境影响报告书(表)编制监督管理办法》等"
        "规定,组织专家对考核期内在我省开展环评工作的12家省内机构和40家省外机构进行考核,"
        "现将考核结果予以公示。公示时间为2023年11月6日至2023年11月10日。\n"
        "联 系 人:王某某\n"
        "联系电话:0591-5550123\n"
        "电子邮箱:pingjia@example.cn\n"
        "某某省环境影响评价技术中心\n"
        "2023年11月6日\n"
    )
    assert not extract_notices(page).proposals
