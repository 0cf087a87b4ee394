"""Patterns a hundred-and-first fresh set of real notices showed (issue #11: quarries, mines,
cement and concrete plants, brickworks; bureau sites and the builders' own): each a sentence of
behaviour on a text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

from notices.importer.dates import parse_date
from tests.importer.proposals import only as _only

_QUARRY_PRE_APPROVAL = (
    "根据建设项目环境影响评价审批程序的有关规定，我局拟对《某某建材有限公司某某山建筑石料用"
    "灰岩矿技改项目环境影响报告书》作出审批意见。为保证审批的严肃性、公正性，现将该项目环评"
    "文件的基本情况予以公示。公示期为{period}，五个工作日。如有意见，请于公示期内将书面意见"
    "反馈至某某市生态环境局。\n"
    "联系电话：0563-1234567\n"
    "项目名称：某某山建筑石料用灰岩矿技改项目\n"
    "建设单位：某某建材有限公司\n"
)


def test_a_bureau_to_decide_on_a_report_named_in_full_in_its_marks_puts_up_a_pre_approval():
    notice = _only(_QUARRY_PRE_APPROVAL.format(period="2023年9月13日至19日"))
    assert notice.value("kind") == "eia_pre_approval"


def test_a_period_whose_first_date_lost_its_separators_ends_on_the_day_after_the_dash():
    notice = _only(_QUARRY_PRE_APPROVAL.format(period="20230913~19日"))
    assert notice.value("window")["starts_on"] == "2023-09-13"
    assert notice.value("window")["ends_on"] == "2023-09-19"


def test_a_date_run_together_before_a_dash_and_a_full_date_opens_a_period():
    notice = _only(_QUARRY_PRE_APPROVAL.format(period="20230913-2023年9月19日"))
    assert notice.value("window")["ends_on"] == "2023-09-19"


def test_eight_figures_before_a_dash_and_no_date_after_it_are_not_a_date():
    assert parse_date("证号20230913-01") is None
    assert parse_date("编号：12023091312-5日") is None


def test_a_length_followed_by_its_first_day_in_brackets_counts_from_that_day():
    page = (
        "我局拟于近日批准《某某县临时预拌混凝土搅拌站建设项目环境影响报告表》，现就项目环评相关"
        "情况予以公示5个工作日（自2024年3月11日起）。如有意见，请在公示期内向我局来信来电反映。\n"
        "联系电话：0737-1234567\n"
        "联系人：某某市生态环境局某某分局环评股\n"
        "项目名称：某某县临时预拌混凝土搅拌站建设项目\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_pre_approval"
    window = notice.value("window")
    assert window["starts_on"] == "2024-03-11"
    assert (window["length"], window["unit"]) == (5, "working_days")
