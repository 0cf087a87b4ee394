"""Patterns a twenty-second fresh set of real notices (newspaper e-paper text views) showed
(issue #11): each a sentence of behaviour on a text written for the test, modelled on the
pattern, not copied."""

from __future__ import annotations

import datetime as dt

from notices.importer import extract_notices


def _only(page: str):
    proposals = extract_notices(page).proposals
    assert len(proposals) == 1, [p.value("kind") for p in proposals]
    return proposals[0]


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
    assert (window["length"], window["unit"], window["counting"]) == (5, "working_days", "same_day")
    assert proposal.value("published_on") == dt.date(2021, 5, 12)
