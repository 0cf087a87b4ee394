"""Patterns the focus of a fresh set (notices whose dates and windows are printed in Chinese
numerals, as government documents print them: 二〇二三年五月十日, 十个工作日) showed (issue #11).
The set's look-ups found no unused real notice, so these patterns come from probing the focus;
each test a sentence of behaviour on a text written for the test, not copied."""

from __future__ import annotations

import datetime

from tests.importer.proposals import only

_NOTICE = (
    "某某县某某建材有限公司年产十万吨某某项目环境影响评价第二次公示\n"
    "某某县某某建材有限公司委托某某环保科技有限公司编制的《年产十万吨某某项目环境影响报告书》"
    "（征求意见稿）已编制完成，现征求公众意见。\n"
    "联系人：王工 联系电话：13812345678\n"
    "{period}\n"
    "某某县某某建材有限公司\n"
    "{signed}\n"
)


def _window(period: str, signed: str = "") -> dict:
    return only(_NOTICE.format(period=period, signed=signed)).value("window")


def test_a_period_whose_end_gives_only_its_day_in_chinese_numerals_ends_that_day():
    window = _window("公示时间：二〇二三年五月十日至二十三日止。")
    assert window["starts_on"] == "2023-05-10"
    assert window["ends_on"] == "2023-05-23"
    assert "length" not in window  # never "二十三日" read as a 23-day period


def test_a_chinese_day_alone_after_a_dash_before_the_start_day_falls_in_the_next_month():
    window = _window("公示时间：二〇二三年五月二十五日—八日")
    assert (window["starts_on"], window["ends_on"]) == ("2023-05-25", "2023-06-08")


def test_a_period_without_its_year_in_chinese_numerals_takes_the_signature_year():
    window = _window("公示时间：五月十日至五月二十三日", signed="二〇二三年五月十日")
    assert (window["starts_on"], window["ends_on"]) == ("2023-05-10", "2023-05-23")


def test_a_chinese_year_less_period_runs_into_the_next_year_after_a_december_signature():
    notice = only(
        _NOTICE.format(
            period="公示时间：十二月二十八日至一月十日", signed="二〇二二年十二月二十八日"
        )
    )
    assert notice.value("published_on") == datetime.date(2022, 12, 28)
    window = notice.value("window")
    assert (window["starts_on"], window["ends_on"]) == ("2022-12-28", "2023-01-10")
