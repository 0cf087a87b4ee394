"""Patterns a forty-fifth fresh set of real notices (EIA notices of every stage from the east:
Jiangsu, Zhejiang, Anhui, Shanghai, Jiangxi, Shandong) showed (issue #11): each a sentence of
behaviour on a text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

import datetime as dt

from notices.importer import extract_notices
from tests.importer.proposals import only as _only


def test_an_authority_that_has_received_a_report_on_a_date_announces_its_acceptance():
    page = (
        "我局已于2025年3月12日受理,某某精密机械有限公司报送,由某某环境科技有限公司编制的"
        "《某某区年产20万套精密轴承项目环境影响报告书》。现予公告,有关此项目的相关信息请关注"
        "我局门户网站。\n"
        "联系人:某某市生态环境局行政审批处\n"
        "联系电话:0571-5550142\n"
        "公众可以信函、传真或其他方式,向我局咨询相关信息,并提出相关意见和建议。\n"
        "某某市生态环境局\n"
        "2025年3月13日\n"
    )
    proposal = _only(page)
    assert proposal.value("kind") == "eia_acceptance"
    assert proposal.value("issuer") == "某某市生态环境局"
    assert proposal.value("published_on") == dt.date(2025, 3, 13)


def test_a_news_page_about_a_bureau_receiving_reports_is_not_an_acceptance():
    page = (
        "本报讯(记者 某某)记者近日从某某市生态环境局获悉,今年以来该局已于各月受理建设项目"
        "环境影响报告书38件,同比增长12%。该局负责人表示,将持续优化环评审批服务。\n"
    )
    assert extract_notices(page).proposals == ()
