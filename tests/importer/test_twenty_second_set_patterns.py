"""Patterns a twenty-second fresh set of real notices (newspaper e-paper text views) showed
(issue #11): each a sentence of behaviour on a text written for the test, modelled on the
pattern, not copied."""

from __future__ import annotations

import datetime as dt

from tests.importer.proposals import only as _only


def test_a_first_day_on_its_own_line_under_the_period_heading_starts_the_length():
    page = (
        "日期:[2021年05月12日] -- 某某晨报 -- 版次:[B3]\n"
        "青石县垃圾转运站工程环境影响报告书征求意见稿公示\n"
        "  《青石县垃圾转运站工程环境影响报告书》(征求意见稿)已编制完成,现向社会公开征求意见。\n"
        "    一、征求意见稿全文的网络链接:http://www.example-qsx.cn/gs/17.html\n"
        "    二、建设单位:青石县环卫服务有限公司\n"
        "    联系方式:0351-7654321\n"
        "    三、公众提出意见的起止时间\n"
        "    2021年5月10日起,5个工作日。\n"
    )
    proposal = _only(page)
    window = proposal.value("window")
    assert window["starts_on"] == "2021-05-10"
    assert (window["length"], window["unit"], window["counting"]) == (5, "working_days", "next_day")
    assert proposal.value("published_on") == dt.date(2021, 5, 12)


def test_a_party_inspection_group_signs_its_notice_and_its_deadline_ends_the_window():
    page = (
        "巡视公告\n"
        "按照省委统一部署,2024年3月4日至5月6日,省委第三巡视组对青石市开展常规巡视。\n"
        "巡视期间,巡视组设立专门值班电话:13900001234,每天受理电话的时间为8:00至18:00;"
        "邮政信箱:青石市A101号;电子邮箱:qsxs3@example.cn。巡视组受理信访时间截止到2024年4月28日。\n"
        "省委第三巡视组\n"
        "2024年3月4日\n"
    )
    proposal = _only(page)
    assert proposal.value("kind") == "other"
    assert proposal.value("issuer") == "省委第三巡视组"
    assert proposal.value("window")["ends_on"] == "2024-04-28"


def test_a_signature_date_that_lost_its_day_character_still_dates_the_notice():
    page = (
        "巡察公告\n"
        "根据县委统一部署,县委第二巡察组于2022年5月9日至6月30日对青石镇开展巡察。"
        "巡察期间设值班电话:0351-7000123,受理信访时间截至2022年6月24日。\n"
        "县委第二巡察组\n"
        "2022年5月9\n"
    )
    proposal = _only(page)
    assert proposal.value("published_on") == dt.date(2022, 5, 9)
    assert proposal.value("issuer") == "县委第二巡察组"
