"""Patterns a two-hundred-and-thirty-third fresh set of real notices showed (issue #11: less
common publicity notices that still set a window: water-and-soil-conservation plans, outfall
settings, stability-risk assessments, 2021-2026): each a sentence of behaviour on a text
written for the test, modelled on the pattern, not copied. The set needed no new rule; these
pin what it found the importer already does."""

from __future__ import annotations

from notices.importer import extract_notices
from tests.importer.proposals import only as _only


def test_a_builders_soil_conservation_table_put_up_with_its_dates_is_an_other_window():
    page = (
        "根据《水利部办公厅关于做好生产建设项目水土保持承诺制管理的通知》（办水保〔2020〕160号）"
        "的有关规定，现将某某社区服务中心建设项目水土保持方案报告表予以公示，接受社会监督。"
        "公众如对该项目水土保持方案报告表有意见和建议，请在公示之日起10个工作日内向我公司反馈。"
        "逾期未提出异议的，视同无异议。\n"
        "公示时间：2022年3月7日-2022年3月18日\n"
        "建设单位：某某市某某建设发展有限公司\n"
        "建设地点：某某市某某产业园\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "other"
    assert notice.value("issuer") == "某某市某某建设发展有限公司"
    assert notice.value("window")["ends_on"] == "2022-03-18"


def test_a_districts_plan_put_out_for_comment_to_a_mailbox_is_an_other_window():
    page = (
        "关于公开征求《某某区水土保持规划（2024-2035年）》意见的通知\n"
        "为进一步加强我区水土保持工作的监督管理，我局修改完善了《某某区水土保持规划（2024-2035年）》，"
        "现向社会公开征求意见，公示时间为2024年8月26日-9月4日如有修改意见请将修改意见反馈至"
        "moumouswj@example.gov.cn。\n"
        "END\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "other"
    assert notice.value("window")["ends_on"] == "2024-09-04"
    assert notice.value("contact")["email"] == "moumouswj@example.gov.cn"


def test_an_outfall_setting_to_be_approved_with_masked_numbers_keeps_its_window_not_a_phone():
    page = (
        "****环境局拟对**市某某园区污水处理厂入河排污口设置作出审批意见的公示 根据《中华人民**国"
        "水法》等有关规定，经审议，我局拟对**市某某园区污水处理厂入河排污口设置作出审批决定。"
        "为保证此次审批工作的严肃性和公正性，现将入河排污口设置审批相关情况予以公示。 "
        "公示期：2025年3月3日-2025年3月7日（共5个工作日）。 联系电话：0000-****123 "
        "传真：0000-****123 拟批准建设项目的情况： "
        "（一）项目名称：某某园区污水处理厂入河排污口设置。"
        " （二）建设单位：****。 （三）排污口类型：工业排污口。\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "other"
    assert notice.value("window")["ends_on"] == "2025-03-07"
    assert not (notice.value("contact") or {}).get("phone")


def test_a_stability_risk_assessment_put_up_for_views_stays_untracked():
    # (the settled convention: a 社会稳定风险评估 publicity is not a notice the tracker follows)
    page = (
        "根据《国家发展改革委重大固定资产投资项目社会稳定风险评估暂行办法》（发改投资〔2012〕2492号）"
        "的要求，某某镇某某文化园建设项目现开展社会稳定风险评估网上公示工作，征求公众对项目建设实施的"
        "意见与建议。\n"
        "一、项目简介\n"
        "1.项目名称：某某镇某某文化园建设项目。\n"
        "2.建设单位：某某县某某镇人民政府。\n"
        "二、征求公众意见具体形式及期限\n"
        "本项目公示期限：自本公示发布之日起7个自然日（从6月2日始至6月8日止）。公示期内，可通过电子"
        "邮件、电话、信函等方式向项目建设单位反馈。\n"
    )
    assert extract_notices(page).proposals == ()
