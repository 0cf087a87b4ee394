"""Patterns a hundred-and-eighty-first fresh set of real notices showed (issue #11: county- and
banner-level EIA notices of Inner Mongolia and Ningxia, 2020-2026): each a sentence of
behaviour on a text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

from tests.importer.proposals import only as _only


def test_a_period_whose_days_carry_hours_in_words_ends_on_its_printed_day():
    page = (
        "某某矿区总体规划环境影响跟踪评价报告书（征求意见稿）公示\n"
        "现将《某某矿区总体规划环境影响跟踪评价报告书（征求意见稿）》主要内容予以公示，"
        "公众可通过电话、电子邮件、信函等方式提出意见和建议。\n"
        "提出意见日期为2025年3月3日8时至2025年3月14日20时。（10个工作日，不含周末和国家法定节假日）\n"
        "规划组织编制单位：某某旗人民政府\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_draft_comment"
    assert notice.value("window")["ends_on"] == "2025-03-14"


def test_a_pre_approval_period_printed_with_a_morning_hour_and_minutes_keeps_both_days():
    page = (
        "某某旗分局拟审批项目的公示\n"
        "经审查，我局拟对1个建设项目环境影响评价文件作出审批意见，现予以公示，"
        "公示期为2024年6月3日上午9点至2024年6月7日17时30分。\n"
        "联系电话：0478-1234567\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_pre_approval"
    assert notice.value("window")["starts_on"] == "2024-06-03"
    assert notice.value("window")["ends_on"] == "2024-06-07"
