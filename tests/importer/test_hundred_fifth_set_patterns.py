"""Patterns a hundred-and-fifth fresh set of real notices showed (issue #11: notices on roads,
railways, urban rail, ports, waterways and water works): each a sentence of behaviour on a
text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

import datetime as dt

from tests.importer.proposals import only as _only

_HEARING = (
    "某某港区东作业区集装箱码头工程环境影响评价听证会公告\n"
    "某某环评网 2025-04-11公告通知\n"
    "受某某部委托，根据《中华人民共和国行政许可法》《环境保护行政许可听证暂行办法》等有关规定，"
    "我中心定于2025年5月6日组织召开某某港区东作业区集装箱码头工程环境影响评价听证会，"
    "现将有关事项公告如下：\n"
    "一、项目简介\n"
    "某某港区东作业区集装箱码头工程建设内容包括码头、港池疏浚和陆域形成，工程总投资约12亿元。\n"
    "二、听证内容\n"
    "1.环境影响报告书对工程环境影响分析的合理性；\n"
    "2.环境影响报告书提出的环保措施的可行性。\n"
    "三、报名参加听证方式\n"
    "公开征集听证会参加人员15名，与听证事项有利害关系的公民、法人或其他组织可于本公告公布之日起"
    "5个工作日内报名。\n"
)


def test_a_call_to_sign_up_for_an_assessments_hearing_is_a_window_of_kind_other():
    notice = _only(_HEARING)
    assert notice.value("kind") == "other"


def test_a_sites_byline_under_the_title_its_name_ending_in_wang_dates_the_notice():
    notice = _only(_HEARING)
    assert notice.value("published_on") == dt.date(2025, 4, 11)
