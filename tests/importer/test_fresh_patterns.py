"""Patterns a fresh set of real notices showed (issue #11, second held-out set): each a
sentence of behaviour on a text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

import pytest

from notices.importer.dates import parse_date
from notices.importer.kinds import classify
from notices.importer.links import find_links
from notices.importer.parties import clean_org
from notices.importer.segment import not_a_notice
from notices.importer.text import Derived, Page
from notices.importer.windows import find_window


@pytest.mark.parametrize(
    ("text", "period"),
    [
        # the 日 of the start day lost before the dash
        ("公告期为2023年8月30-2023年9月7日。", ("2023-08-30", "2023-09-07")),
        # the month of the end day lost: the start's month
        ("现予公告，公告期为2024年2月22日至2024年月28日。", ("2024-02-22", "2024-02-28")),
        # ... or the next month when the day comes before the start
        ("现予公示，公示期为2024年3月25日至2024年月5日。", ("2024-03-25", "2024-04-05")),
        # a period restating the length just before it: "十个工作日。即…——…"
        ("自公示之日起十个工作日。即2020年10月23日——2020年11月05日", ("2020-10-23", "2020-11-05")),
    ],
)
def test_a_stated_period_is_read_when_the_print_lost_a_part_of_a_date(text, period):
    window = find_window(text)
    assert window is not None
    assert (window.value["starts_on"], window.value["ends_on"]) == period


def test_a_day_without_its_ri_is_a_date_only_before_a_range_dash():
    assert parse_date("于2024年3月5-6日") is not None
    assert parse_date("编号2024年3月5") is None


def test_the_end_day_of_a_short_range_is_not_read_as_a_period_length():
    window = find_window("公示期为2024年7月8-10日。")
    assert window is not None
    assert "length" not in window.value


@pytest.mark.parametrize(
    "body",
    [
        "经审议，我局拟对上述建设项目环境影响评价文件作出审批意见，现予公告。",
        "听证告知：自公示之日起五个工作日内，利害关系人可对拟作出的建设项目环境影响评价文件"
        "批复决定提出听证申请。",
    ],
)
def test_a_decision_still_to_be_made_is_a_pre_approval(body):
    assert classify(None, body)[0] == "eia_pre_approval"


def test_a_title_naming_the_project_between_ni_and_the_decision_is_a_pre_approval():
    title = "2024年5月7日拟对某某物流园项目环评文件作出审批意见的公告"
    assert classify(title, "现将基本情况予以公告。")[0] == "eia_pre_approval"


def test_a_link_whose_host_a_reposter_redacted_is_no_link():
    text = "链接：https://pan.**.com/s/1AbCdEf 另见 http://www.example.cn/a.html"
    body = Derived(text, tuple(range(len(text))), Page(text))
    assert [url for url, _, _ in find_links(body)] == ["http://www.example.cn/a.html"]


@pytest.mark.parametrize(
    ("printed", "name"),
    [
        ("某某县生态环境分局(原某某县环境保护局)", "某某县生态环境分局"),
        ("2025-021某某能源股份有限公司", "某某能源股份有限公司"),
    ],
)
def test_an_issuer_loses_its_former_name_and_a_number_run_into_it(printed, name):
    assert clean_org(printed) == name


@pytest.mark.parametrize(
    "text",
    [
        # an article explaining notices in general
        "注销公告期限是指清算组在报纸上公告的期间，一般为45日，公告内容应当包括联系人和电话。",
        "公示期是多长时间？报告书公示一般为10个工作日，下面我们介绍各阶段的时间规定。",
        # a participation statement without its heading, recounting past windows
        "1概述\n我公司对本项目进行了两次公示。\n2首次环境影响评价信息公开情况\n"
        "于2025年1月6日进行了首次公示，公示期为10个工作日。",
    ],
)
def test_texts_about_notices_are_no_notices(text):
    assert not_a_notice(text)


def test_a_notice_that_says_what_it_contains_is_still_a_notice():
    assert not not_a_notice(
        "经股东会决议，本公司注册资本由500万元减至100万元，请债权人自本公告之日起45日内"
        "要求本公司清偿债务或者提供担保。联系人：张先生，电话：0471-1234567。"
    )


def test_the_days_the_public_may_view_the_report_online_are_the_period():
    window = find_window("各位公众可在2025年3月3日~3月14日登录某某设计院网站查阅报告书简本。")
    assert window is not None
    assert (window.value["starts_on"], window.value["ends_on"]) == ("2025-03-03", "2025-03-14")


def test_a_range_of_days_with_no_word_of_a_period_is_no_window():
    assert find_window("项目于2025年3月3日至3月14日完成了现场踏勘。") is None


def test_a_notice_naming_this_document_is_not_an_explainer():
    assert not not_a_notice(
        "本文件所称公示期是指自本公告发布之日起10个工作日，联系电话：0471-1234567。"
    )
