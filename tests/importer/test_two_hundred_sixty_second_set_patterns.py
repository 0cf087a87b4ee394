"""Patterns a two-hundred-and-sixty-second fresh set of real notices showed (issue #11:
eco-environment bureaus' EIA decision and approval notices, 2021-2026): each a sentence of
behaviour on a text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

import datetime

from notices.importer import extract_notices
from tests.importer.proposals import only as _only


def test_a_mirrored_decision_notice_whose_period_has_no_date_keeps_no_day_and_no_publication():
    page = (
        "根據(jù)建設項目環(huán)境影響評價審批程序的有關規定,經(jīng)審查,2025年3月份我局對下列建設項目"
        "環(huán)境影響評價文件作出審批決定?,F(xiàn)將作出的審批決定情況予以公告,公告期為5個工作日。\n"
        "行政復議與行政訴訟權利告知:公民、法人或者其他組織認為公告的建設項目環(huán)境影響評價文件審批決定"
        "侵犯其合法權益的,可以自公告期限屆滿之日起六十日內(nèi)提起行政復議。\n"
        "******服務中心\n"
        "??????郵編:100000\n"
        "序號 |\n文件名稱 |\n文號 |\n發(fā)文時間 |\n"
        "1 |\n某某經(jīng)濟開發(fā)區(qū)供熱項目 |\n"
        "某環(huán)行審【2025】003號 |\n2025年3月20日 |\n"
        "某某經(jīng)濟開發(fā)區(qū)供熱項目環(huán)境影響報告表的批復\n"
        "******有限公司:\n"
        "你公司報送的《某某經(jīng)濟開發(fā)區(qū)供熱項目環(huán)境影響報告表》收悉,經(jīng)審查研究,現(xiàn)批復如下:\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_decision"
    assert notice.value("published_on") is None
    assert notice.value("issuer") is None
    assert "ends_on" not in (notice.value("window") or {})


def test_a_provincial_pre_approval_with_a_spaced_hearing_period_keeps_its_stated_end():
    page = (
        "拟对某某供电公司某某线路改造项目环评文件作出审批意见的公示\n"
        "发布日期:2025-04-08 10:00 浏览次数: 来源: 某某省生态环境厅\n"
        " 2025 年  4 月  8 日拟对建设项目环评文件作出审批意见的公示\n"
        "拟批准的建设项目环境影响评价文件\n"
        "1某某线路改造项目某某县某某供电公司新建铁塔8基。\n"
        "  • 根据建设项目环境影响评价审批程序的有关规定,经审议,拟对上述1个建设项目环境影响评价文件"
        "作出审批意见。项目行政许可申请人、利害关系人可以在  2025 年  4 月  8 日 "
        "至  2025 年  4 月  15 日"
        "(5个工作日)期间,对上述拟作出建设项目环境影响评价文件批复决定提出听证申请。\n"
        "  • 联系处室:某某省生态环境厅  辐射处  \n"
        "  • 联系电话:  0000-81000000      传真:  0000-81000001  \n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_pre_approval"
    assert notice.value("issuer") == "某某省生态环境厅"
    assert notice.value("published_on") == datetime.date(2025, 4, 8)
    assert notice.value("window")["ends_on"] == "2025-04-15"
    assert notice.value("contact")["phone"] == "0000-81000000"


def test_an_approval_letter_to_one_company_is_no_notice():
    page = (
        "某某冶金有限公司:\n"
        "《某某冶金有限公司技术改造工程环境影响报告书(报批稿)》(以下简称《报告书》)收悉。"
        "经研究,现批复如下:\n"
        "一、项目情况。\n"
        "项目属于扩建。选址位于某某经济技术开发区内。项目总投资为10000万元,环保投资估算为900万元。\n"
    )
    assert extract_notices(page).proposals == ()
