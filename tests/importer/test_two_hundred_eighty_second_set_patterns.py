"""Patterns a fresh set on heat and boilers (industrial and heating boilers, coal-to-gas
conversions, heating stations and heat-source plants, district heating, biomass boilers) showed
(issue #11): each a sentence of behaviour on a text written for the test, modelled on the
pattern, not copied."""

from __future__ import annotations

import datetime

from notices.importer import extract_notices


def test_a_report_table_put_up_to_be_watched_by_the_public_is_pre_submission_though_masked():
    # an aggregator's mask ate "的通知》等规定，现将《某某" before the report's title: the
    # guide's own purpose clause after the title still says the builder puts its report up
    text = (
        "根据《环境影响评价公众参与办法》、《关于印发<建设项目环境影响评价政府信息公开指南"
        "(试行)>******有限公司燃气蒸汽锅炉项目环境影响报告表》进行公开,以接受公众的监督。"
        "项目基本情况如下:\n"
        "一、工程项目概况\n"
        "建设地点:某某县某某工业区某某路18号;\n"
        "建设内容及规模:拟新增一台2t/h燃气蒸汽锅炉;\n"
        "二、主要环境影响及防治措施\n"
        "锅炉废气经1根10m高烟囱排放。"
    )
    notice = extract_notices(text).proposals[0]
    assert notice.value("kind") == "eia_pre_submission"


def test_a_posting_date_under_the_title_counts_though_a_platforms_header_opens_the_copy():
    # the platform's own name, phones and mailbox stand above the title, so the title is not
    # the copy's first line; the date under it ("/ :35", its clock's hour lost) dates it
    text = (
        "信息公示\n"
        "联系我们\n"
        "电话:\n"
        "0991-1234567\n"
        "邮箱:\n"
        "MOUXIEHUI@163.COM\n"
        "某某生态环保协会\n"
        "某某市某某热力有限公司换热站改造项目 环境影响评价公众参与第一次信息公示\n"
        "2019-10-08 / :35\n"
        "2019年10月,某某市某某热力有限公司委托某某环境科技有限公司对该项目进行环境影响评价,"
        "现根据《环境影响评价公众参与暂行办法》的规定,向公众公示本项目有关信息,并征询公众"
        "意见。\n"
        "一、建设项目概况\n"
        "新建换热站3座,配套一次管网1.2公里。"
    )
    notice = extract_notices(text).proposals[0]
    assert notice.value("kind") == "eia_first"
    assert notice.value("published_on") == datetime.date(2019, 10, 8)


def test_a_commission_named_short_in_the_source_line_issues_the_plan_notice_it_speaks_for():
    # "我单位" in the body; the page's source line names the commission by its short name,
    # run into the site's font widget once the spaces were taken out
    text = (
        "某某市城区集中供热规划(2025-2035年)环境影响评价公众参与第一次信息公示\n"
        "发布时间:2025-03-10 信息来源:某某市发展改革委【字体:\n"
        "2025年3月,我单位委托某某环保科技有限公司承担某某市城区集中供热规划(2025-2035年)"
        "环境影响评价工作。现根据《环境影响评价公众参与办法》的相关规定,进行公众参与第一次"
        "公示,征求广大公众的意见和建议。公示材料如下:\n"
        "一、规划名称及概要\n"
        "规划范围为某某市中心城区,规划热源2座。"
    )
    notice = extract_notices(text).proposals[0]
    assert notice.value("kind") == "eia_first"
    assert notice.value("issuer") == "某某市发展改革委"
    assert notice.value("published_on") == datetime.date(2025, 3, 10)
