"""Patterns a hundred-and-ninety-fourth fresh set of real notices showed (issue #11: roads,
railways, bridges, channels and ports of Hunan, Guangxi, Jiangxi and Hubei): each a sentence of
behaviour on a text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

from notices.importer import extract_notices
from tests.importer.proposals import only as _only


def test_a_report_that_a_site_put_up_a_notice_on_a_day_is_news_not_the_notice():
    page = (
        "某某体育官网\n"
        "6月5日，某某县政府官网发布《<新建某某至某某铁路环境影响报告书（征求意见稿）>公示》称，"
        "根据《环境影响评价公众参与办法》要求，现将《新建某某至某某铁路环境影响报告书（征求意见稿）》"
        "进行公示。此次公示的公众提出意见的起止时间为自公示之日起10个工作日。\n"
        "新建某某铁路线路全长52千米，设计时速250千米，共设3座车站。\n"
    )
    assert not extract_notices(page).proposals


def test_a_period_from_a_day_opening_its_sentence_counts_from_the_day_after_it():
    page = (
        "某某省城际铁路网规划环境影响评价第二次公示\n"
        "【简本查阅方式、期限】自2016年12月21日起《某某省城际铁路网规划环境影响报告书》（简本）"
        "链接在某某省人民政府（http://www.example.gov.cn/）网站上，供公众查阅时间在10个工作日。\n"
        "【公众意见征求形式】通过邮件、电话、信件等方式反馈意见。\n"
        "环境影响评价单位名称：某某设计院有限公司 联系人：某工 电话：027-12345678\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_draft_comment"
    window = notice.value("window")
    assert window["starts_on"] == "2016-12-21"
    assert window["length"] == 10
    assert window["unit"] == "working_days"


def test_a_period_opened_by_a_rule_that_took_effect_on_a_day_is_not_counted_from_it():
    page = (
        "某某公路工程环境影响评价第二次公示\n"
        "自2019年1月1日起施行的《环境影响评价公众参与办法》规定征求意见稿公示不得少于10个工作日。\n"
        "建设单位：某某交通投资有限公司 电话：0731-1234567\n"
    )
    notice = _only(page)
    assert "starts_on" not in (notice.value("window") or {})


def test_a_report_put_up_in_full_under_the_disclosure_guide_by_its_name_is_pre_submission():
    page = (
        "某某水道航道整治工程环境影响报告书公示\n"
        "该项目环境影响评价工作由某某环境科学研究院承担。按照《建设项目环境影响评价政府信息公开指南"
        "（试行）》要求，现予以《某某水道航道整治工程环境影响报告书》全文公示，如对本工程或环境影响"
        "报告书有任何意见或建议，请于10日内以电子邮件、电话和信函等方式向建设单位或承担环评单位反映。\n"
        "建设单位：某某航道局 联系人：某某 联系电话：027-12345678\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_pre_submission"


def test_the_ministry_whose_rules_took_effect_on_a_day_is_not_the_issuer():
    page = (
        "某某公路工程环境影响评价第一次信息公示\n"
        "根据中华人民共和国生态环境部2019年1月1日施行的《环境影响评价公众参与办法》要求，"
        "现将该工程环境影响评价公众参与的有关信息予以公告。\n"
        "1、项目名称及概况\n项目名称：某某公路工程\n2、征求公众意见的主要事项\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_first"
    assert notice.value("issuer") is None


def test_a_portals_header_line_with_its_host_and_posting_day_gives_no_link():
    page = (
        "某某高速公路大修工程建设项目环境保护竣工验收拟作出验收意见公开表\n"
        "某某省政府门户网站 www.example.gov.cn 2016年08月11日 字体:[]\n"
        "项目名称 某某高速公路大修工程\n"
        "听证权利告知 依据《中华人民共和国行政许可法》，自公示之日起五个工作日内申请人、利害关系人"
        "可对拟作出的建设项目竣工环境保护验收批复决定提出听证申请。\n"
        "公众反馈意见的联系方式 某某省环境监察局 0731-12345678\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "other"
    assert notice.value("published_on").isoformat() == "2016-08-11"
    assert notice.value("links") == []
