"""Window phrases: lengths counted from publication, stated periods, counting conventions."""

from __future__ import annotations

import pytest

from notices.importer.text import Page
from notices.importer.windows import find_window

CALENDAR_45 = {
    "length": 45,
    "unit": "calendar_days",
    "counting": "next_day",
    "counting_stated": False,
}
WORKING_10 = {
    "length": 10,
    "unit": "working_days",
    "counting": "next_day",
    "counting_stated": False,
}


def window(text: str, published: str | None = None) -> dict | None:
    import datetime as dt

    found = find_window(Page(text).text, dt.date.fromisoformat(published) if published else None)
    return found.value if found else None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("请艺术团债权人于本公告发布之日起45日内，向本艺术团清算组申报债权。", CALENDAR_45),
        ("请债权人自本公告见报之日起四十五日内申报债权。", CALENDAR_45),
        ("债权人可自公告之日起45天内要求公司清偿债务。", CALENDAR_45),
        ("五、公众提出意见的起止时间自公示之日起10个工作日内", WORKING_10),
        ("公众可在本公告发布后 10 个工作日内，通过邮件反映意见", WORKING_10),
        ("公示期为十个工作日。", WORKING_10),
        (
            "请债权人自接到本公司书面通知之日起三十日内，未接到通知的自本公告见报之日起四十五日内申报债权。",
            CALENDAR_45,
        ),
    ],
)
def test_a_length_counted_from_publication_is_read(text: str, expected: dict) -> None:
    assert window(text) == expected


@pytest.mark.parametrize(
    ("text", "counting", "stated"),
    [
        ("本次公示期为5个工作日（公示当日不计）。", "next_day", True),
        ("公示期为5个工作日（含公示当日）。", "same_day", True),
        ("自公告发布次日起10个工作日。", "next_day", True),
        ("自公示之日起10个工作日内。", "next_day", False),
    ],
)
def test_a_stated_counting_convention_is_recorded(text: str, counting: str, stated: bool) -> None:
    found = window(text)
    assert found is not None
    assert (found["counting"], found["counting_stated"]) == (counting, stated)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "督察进驻时间：2025年5月28日—6月28日",
            {"starts_on": "2025-05-28", "ends_on": "2025-06-28"},
        ),
        (
            "公告期：2024年11月1日至2024年11月20日。",
            {"starts_on": "2024-11-01", "ends_on": "2024-11-20"},
        ),
        (
            "四、征求意见的期限\n2025年3月3日至2025年3月14日（10个工作日）。",
            {
                "starts_on": "2025-03-03",
                "ends_on": "2025-03-14",
                "length": 10,
                "unit": "working_days",
            },
        ),
        (
            "公示期为2024年12月25日至1月8日。",
            {"starts_on": "2024-12-25", "ends_on": "2025-01-08"},
        ),
        (
            "督察进驻时间：2025年5月28日—6月28日\n受理举报电话时间：每天8:00—20:00",
            {"starts_on": "2025-05-28", "ends_on": "2025-06-28", "daily_hours": "08:00-20:00"},
        ),
        (
            "督察进驻时间为2025年4月16日至5月16日，受理时间为每天上午8:00至晚上8:00。",
            {"starts_on": "2025-04-16", "ends_on": "2025-05-16", "daily_hours": "08:00-20:00"},
        ),
    ],
)
def test_a_stated_period_is_read_with_its_hours_and_length(text: str, expected: dict) -> None:
    assert window(text) == expected


def test_a_printed_end_date_starts_at_publication() -> None:
    assert window("公众意见反馈截止时间：2024年10月25日。", "2024-10-12") == {
        "starts_on": "2024-10-12",
        "ends_on": "2024-10-25",
    }


def test_a_length_from_a_printed_start_day_counts_from_the_day_after() -> None:
    # Civil Code art. 201 and the shared rules' conservative end: the day named is not counted
    # unless the text says so; the engine keeps the reading that counts it as the earliest end
    assert window("公示期自2024年7月8日起10个工作日。") == {
        "length": 10,
        "unit": "working_days",
        "starts_on": "2024-07-08",
        "counting": "next_day",
        "counting_stated": False,
    }


def test_a_length_from_a_printed_start_day_said_to_count_that_day_counts_it() -> None:
    assert window("公示期自2024年7月8日起（含当日）10个工作日。") == {
        "length": 10,
        "unit": "working_days",
        "starts_on": "2024-07-08",
        "counting": "same_day",
        "counting_stated": True,
    }


@pytest.mark.parametrize(
    "text",
    [
        "本项目公示期为2024年7月8日起10个工作日，公众可来电反映意见。",
        "征求意见稿公示时间：2024年7月8日起，公示10个工作日。",
        "公示期间为 2024年7月8日起10个工作日。",
    ],
)
def test_a_start_day_printed_after_the_periods_name_without_zi_starts_the_count(text) -> None:
    assert window(text) == {
        "length": 10,
        "unit": "working_days",
        "starts_on": "2024-07-08",
        "counting": "next_day",
        "counting_stated": False,
    }


def test_a_date_before_qi_that_names_no_period_is_no_first_day() -> None:
    # the board's decision day, not the window's first day
    found = window("公司股东会于2024年7月8日起草决议，请债权人自本公告之日起45日内申报债权。")
    assert found == CALENDAR_45


@pytest.mark.parametrize(
    "text",
    [
        "请债权人自接到通知书之日起30日内申报债权。",
        "公告期满之日起20日内向登记机关申请注销登记。",
        "可自公告之日起六十日内申请行政复议，也可自公告之日起六个月内提起行政诉讼。",
        "自公示起五日内申请人、利害关系人可提出听证申请。",
        "建设单位应当自委托之日起7个工作日内公开信息。",
        "于2024年7月8日决议解散。",
        "项目施工期为2024年7月1日至2025年6月30日。",
        "重大项目审批时限由60个工作日压缩至20个工作日。",
    ],
)
def test_periods_that_are_not_the_notice_window_are_ignored(text: str) -> None:
    assert window(text) is None


@pytest.mark.parametrize(
    ("text", "length"),
    [
        ("债权人应自本公告发布之日起三个月内向管理人申报债权。", 3),
        ("请于公告之日起2个月内提出意见。", 2),
    ],
)
def test_a_period_in_months_is_a_month_window(text: str, length: int) -> None:
    assert window(text) == {
        "length": length,
        "unit": "months",
        "counting": "next_day",
        "counting_stated": False,
    }


def test_a_month_name_is_no_period() -> None:
    assert window("本公司于2024年3月召开股东会，公告见报于3月内完成。") is None


def test_a_period_whose_year_and_month_markers_were_lost_in_ocr_is_read() -> None:
    assert window("督察组于20161128日-1228日进驻，进驻期间受理举报。") == {
        "starts_on": "2016-11-28",
        "ends_on": "2016-12-28",
    }


def test_a_period_whose_markers_were_lost_at_both_ends_is_read() -> None:
    assert window("拟批准公示期为202023日-2020211日，共7个工作日。") == {
        "starts_on": "2020-02-03",
        "ends_on": "2020-02-11",
        "length": 7,
        "unit": "working_days",
    }


def test_digits_after_a_dash_at_a_line_end_are_a_phone_not_a_date() -> None:
    from notices.importer.dates import DATE

    assert DATE.search("监督电话：0351-2024123") is None
    assert DATE.search("监督电话：0351-20241231") is None


def test_a_period_across_new_year_printed_with_the_start_year_at_both_ends_ends_next_year() -> None:
    text = "公示期为2023年12月25日至2023年1月8日，公众可来电提出意见。"
    assert window(text) == {"starts_on": "2023-12-25", "ends_on": "2024-01-08"}


def test_an_end_before_the_start_that_is_no_new_year_slip_is_no_period() -> None:
    assert window("公示期为2023年8月25日至2023年3月8日。") is None
    assert window("公示期为2023年12月25日至2023年11月8日。") is None


def test_a_period_printed_without_its_year_takes_the_publication_year() -> None:
    text = "公示时间：12月28日至1月8日，公众可通过电话提出意见。"
    assert window(text, "2023-12-27") == {"starts_on": "2023-12-28", "ends_on": "2024-01-08"}
    assert window(text) is None  # no year to give it
