"""Patterns a hundred-and-ninetieth fresh set of real notices showed (issue #11: district
notices of Shanghai, Beijing and Tianjin, 2012-2025: metro works, hospitals, labs): each a
sentence of behaviour on a text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

from tests.importer.proposals import only as _only


def test_a_design_publicity_taking_views_longer_than_it_is_shown_ends_with_the_views():
    page = (
        "关于某某路站附属设施建设工程设计方案的公示\n"
        "根据本市建设工程设计方案规划公示的有关规定，现将某某投资有限公司某某路站附属设施"
        "设计方案公示如下：\n"
        "一、建设项目地址：某某区某某镇某某路与某某路交叉口。\n"
        "二、公示期限：2025年03月03日 至 03月12日\n"
        "三、收集公众意见时间：2025年03月03日 至 03月19日\n"
        "四、意见反馈途径：公众可通过现场意见箱、信函、电子邮件等方式反馈意见。\n"
        "联系电话：021-12345678\n"
        "某某市规划和自然资源局\n"
        "2025年03月03日\n"
    )
    notice = _only(page)
    assert notice.value("window")["starts_on"] == "2025-03-03"
    assert notice.value("window")["ends_on"] == "2025-03-19"


def test_a_later_view_period_that_starts_another_day_does_not_replace_the_notice_s_own():
    page = (
        "某某项目环境影响报告书报批前公示\n"
        "公示期限：2024年06月03日至2024年06月07日\n"
        "征求意见稿公示期间，征求意见时间：2024年04月01日至2024年04月15日，未收到反对意见。\n"
        "建设单位：某某有限公司　联系电话：021-12345678\n"
    )
    notice = _only(page)
    assert notice.value("window")["ends_on"] == "2024-06-07"
