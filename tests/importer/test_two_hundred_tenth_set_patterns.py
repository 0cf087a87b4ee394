"""Patterns a two-hundred-and-tenth fresh set of real notices showed (issue #11: petrochemical
works, refineries, tank farms and pipelines of Shandong, Zhejiang and Guangdong, 2008-2026):
each a sentence of behaviour on a text written for the test, modelled on the pattern, not
copied."""

from __future__ import annotations

import datetime as dt

from tests.importer.proposals import only as _only


def test_an_authority_title_dated_between_its_name_and_its_guanyu_is_published_that_day():
    page = (
        "某某市生态环境局2024年5月11日关于拟对建设项目环境影响评价文件作出审批意见的公示\n"
        "根据建设项目环境影响评价审批程序的有关规定，经审议，我局拟对以下建设项目环境影响评价"
        "文件作出审批意见。现将各建设项目环境影响评价文件的基本情况予以公示。\n"
        "公示时间：（5个工作日）\n"
        "项目名称：某某石化有限公司储罐改造项目\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_pre_approval"
    assert notice.value("published_on") == dt.date(2024, 5, 11)


def test_a_first_disclosure_that_puts_itself_up_in_the_2018_word_is_proposed_and_dated():
    page = (
        "2025年8月14日，某某石化对“某某扩建项目环境影响评价”进行公众参与第一次信息公开。\n"
        "某某石油化工有限公司委托某某环境技术有限公司承担某某扩建项目的环境影响评价工作。"
        "根据《环境影响评价公众参与办法》（生态环境部令第4号）的相关要求，现对该项目环境影响"
        "评价进行公众参与第一次信息公开，使项目建设可能影响区域内的公众对项目建设情况有所了解，"
        "并通过信息公开了解社会公众对本项目的态度和建议，接受社会公众的监督。\n"
        "项目名称：某某扩建项目\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_first"
    assert notice.value("published_on") == dt.date(2025, 8, 14)


def test_a_date_opening_a_sentence_that_tells_a_round_done_does_not_date_the_notice():
    page = (
        "2025年8月14日，某某石化对某某项目进行了公众参与第一次信息公开。\n"
        "现对该项目环境影响评价进行公众参与第二次信息公开，征求公众意见，"
        "《某某项目环境影响报告书》征求意见稿全文见附件。\n"
        "建设单位：某某石油化工有限公司 联系电话：0752-1234567\n"
    )
    notice = _only(page)
    assert notice.value("published_on") is None


def test_a_dated_opening_sentence_naming_a_round_the_notice_goes_past_does_not_date_it():
    page = (
        "2023年5月10日，某某石化对某某罐区项目进行环境影响评价第一次公示。\n"
        "目前该项目环境影响报告书已编制完成，拟报批前，现对报批前的环境影响报告书全本进行公示，"
        "全本见附件。\n"
        "建设单位：某某石化有限公司 联系电话：0546-1234567\n"
    )
    notice = _only(page)
    assert notice.value("published_on") is None
