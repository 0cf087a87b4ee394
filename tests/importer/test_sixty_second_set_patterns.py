"""Patterns a sixty-second fresh set of real notices (authority notices of city and county
ecology-environment bureaus: acceptance, pre-approval and decision, 2019-2026) showed (issue
#11): each a sentence of behaviour on a text written for the test, modelled on the pattern,
not copied."""

from __future__ import annotations

import datetime as dt

from notices.importer import extract_notices
from tests.importer.proposals import only as _only


def test_a_reposts_repeated_headline_is_not_also_the_title_after_the_notice_above_it():
    page = (
        "根据建设项目环境影响评价审批程序的有关规定,经审查,2024年5月6日-2024年5月10日青岚市"
        "白沙生态环境局对以下建设项目环境影响评价文件作出审批决定。现将作出的审批决定予以公告,"
        "公告期为2024年5月13日-2024年5月19日(7日)。\n"
        "联系电话:0598-5550146\n"
        "通讯地址:青岚市白沙县河滨路12号白沙生态环境局审批股\n"
        "序号 |\n项目名称 |\n文号 |\n1 |\n白沙县粮食烘干中心建设项目 |\n岚白环评〔2024〕4号 |\n"
        "\n"
        "青岚市生态环境局关于2024年5月13日-2024年5月17日作出的建设项目环境影响评价文件审批决定的公告\n"
        "审批\n"
        "发布时间: 2024年05月17日\n"
        "下文中****为隐藏内容,仅对会员开放\n"
        "****关于2024年5月13日-2024年5月17日作出的建设项目环境影响评价文件审批决定的公告\n"
        "根据建设项目环境影响评价审批程序的有关规定,经审查,2024年5月13日-2024年5月17日我局对"
        "3个建设项目环境影响评价文件作出审批决定。现将作出的审批决定予以公告,公告期为2024年5月17日"
        "-2024年5月23日(7日)。\n"
        "联系电话:0598-****0022\n"
        "通讯地址:****区滨江路9号****环境局窗口\n"
        "序号\n项目名称\n文号\n发文时间\n"
        "1\n****纸业公司技改项目\n岚环评〔2024〕21号\n2024-5-14\n"
        "2\n**港**作业区泊位工程\n岚环评〔2024〕22号\n2024-5-16\n"
        "3\n****物流园配套道路工程\n岚环评〔2024〕23号\n2024-5-17\n"
    )
    first, second = extract_notices(page).proposals
    assert first.value("issuer") == "青岚市白沙生态环境局"
    assert second.value("issuer") == "青岚市生态环境局"
    assert second.value("published_on") == dt.date(2024, 5, 17)


def test_a_period_with_yu_before_both_dates_is_read():
    page = (
        "根据建设项目环境影响评价审批程序有关规定,经审查,2022年6月8日我局对某某县乳业合作社"
        "冷库建设项目环境影响评价文件作出审批决定。现将作出的审批决定予以公告,公告期为于2022年6月8日"
        "-于2022年6月15日。\n"
        "行政复议与行政诉讼权利告知:公民、法人或者其他组织认为公告的建设项目环境影响评价文件审批"
        "决定侵犯其合法权益的,可以自公告期限届满之日起六十日内提起行政复议。\n"
        "联系电话:0991-5550287\n"
    )
    proposal = _only(page)
    assert proposal.value("kind") == "eia_decision"
    assert proposal.value("window")["ends_on"] == "2022-06-15"
