"""Patterns a hundred-and-first fresh set of real notices showed (issue #11: quarries, mines,
cement and concrete plants, brickworks; bureau sites and the builders' own): each a sentence of
behaviour on a text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

import datetime as dt

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


def test_a_header_row_with_the_written_and_the_published_day_dates_the_notice_by_the_latter():
    page = (
        "索 引 号：000000000/2018-00100 | 主题分类：城乡建设、环境保护 | |\n"
        "发布机构：某某市环境保护局 | 关 键 词：环境,评价 | |\n"
        "文 号 | 成文日期：2018-05-07 | 发布日期：2018-05-16 |\n"
        "根据《环境影响评价公众参与暂行办法》要求，现对我矿某某风井工程环境影响评价工作有关"
        "信息进行第一次公告，公告内容如下：\n"
        "一、建设项目名称：某某煤业有限公司某某煤矿某某风井工程\n"
        "二、建设单位名称：某某煤业有限公司某某煤矿，联系人：某某，联系电话：13900001234\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_first"
    assert notice.value("published_on") == dt.date(2018, 5, 16)
