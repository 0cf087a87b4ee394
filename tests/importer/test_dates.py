"""Dates as printed: Arabic, Chinese numerals (〇/○/零), full-width, dotted, ISO, ranges."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from notices.importer.dates import (
    DATE_LINE,
    cn_int,
    find_dates,
    match_partial,
    parse_date,
    partial_pattern,
)
from notices.importer.text import Page


@pytest.mark.parametrize(
    ("printed", "day"),
    [
        ("2024年7月8日", dt.date(2024, 7, 8)),
        ("2024年07月08日", dt.date(2024, 7, 8)),
        ("2024年7月8号", dt.date(2024, 7, 8)),
        ("二〇二四年七月八日", dt.date(2024, 7, 8)),
        ("二〇二四年七月二十八日", dt.date(2024, 7, 28)),
        ("二○二五年一月六日", dt.date(2025, 1, 6)),
        ("二零二三年十二月三十一日", dt.date(2023, 12, 31)),
        ("二〇二四年十月十日", dt.date(2024, 10, 10)),
        ("二〇二四年元月二十日", dt.date(2024, 1, 20)),
        ("２０２４年１０月９日", dt.date(2024, 10, 9)),
        ("2024.7.8", dt.date(2024, 7, 8)),
        ("2024-07-08", dt.date(2024, 7, 8)),
        ("2024/10/15", dt.date(2024, 10, 15)),
        ("2024 年 6 月 2 8 日", dt.date(2024, 6, 28)),
    ],
)
def test_dates_are_read_in_every_printed_style(printed: str, day: dt.date) -> None:
    assert parse_date(Page(printed).text) == day


@pytest.mark.parametrize(
    "text", ["2024年2月30日", "2024年13月1日", "0471-4819165", "1.4.1.2", "2024.7.8.1", "12345"]
)
def test_impossible_dates_and_other_numbers_are_not_dates(text: str) -> None:
    assert parse_date(text) is None


def test_find_dates_gives_offsets() -> None:
    text = "于2024年7月8日决议，二〇二四年七月十日成立"
    assert [(d, text[s:e]) for d, s, e in find_dates(text)] == [
        (dt.date(2024, 7, 8), "2024年7月8日"),
        (dt.date(2024, 7, 10), "二〇二四年七月十日"),
    ]


@pytest.mark.parametrize(
    ("line", "matches"),
    [
        ("2024年7月8日", True),
        ("（2024年7月8日）", True),
        ("日期：2024年7月8日", True),
        ("某某有限公司清算组2024年7月8日", True),
        ("6月16日上午，内蒙古华恒能源科技有限公司2024年7月8日起", False),
    ],
)
def test_a_date_line_holds_only_a_date(line: str, matches: bool) -> None:
    assert (DATE_LINE.match(line) is not None) == matches


@pytest.mark.parametrize(
    ("text", "value"),
    [("45", 45), ("四十五", 45), ("十", 10), ("二十", 20), ("三十一", 31), ("一百二十", 120)],
)
def test_chinese_numerals_read_as_numbers(text: str, value: int) -> None:
    assert cn_int(text) == value


def test_a_range_end_without_year_takes_the_start_year_or_rolls_over() -> None:
    pattern = re.compile(partial_pattern("e"))
    start = dt.date(2024, 12, 25)
    assert match_partial(pattern.fullmatch("1月5日"), "e", start) == dt.date(2025, 1, 5)
    assert match_partial(pattern.fullmatch("12月31日"), "e", start) == dt.date(2024, 12, 31)
    assert match_partial(pattern.fullmatch("28日"), "e", dt.date(2025, 5, 20)) == dt.date(
        2025, 5, 28
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("20161128日", dt.date(2016, 11, 28)),
        ("2020731日", dt.date(2020, 7, 31)),
        ("2020112日", None),  # 1-12 or 11-2: not unambiguous
        ("2020135日", None),  # no month 13, and no 1-35
    ],
)
def test_a_date_that_lost_its_month_and_day_markers_is_read_when_unambiguous(
    text: str, expected: dt.date | None
) -> None:
    assert parse_date(text) == expected
