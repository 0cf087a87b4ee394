"""Patterns a two-hundred-and-thirty-sixth fresh set of real notices showed (issue #11:
new-energy and digital works, battery materials, photovoltaic chemicals, semiconductors, parts
of new-energy vehicles, hydrogen): each a sentence of behaviour on a text written for the test,
modelled on the pattern, not copied."""

from __future__ import annotations

from notices.importer import extract_notices
from tests.importer.proposals import only as _only

_HEADER_TABLE = (
    "| 某某网 | ||\n"
    "| 建设项目环境影响评价 | ||\n"
    "| 某某县生态环境分局 | ||\n"
    "| 2031-03-10 16:45 | ||\n"
    "| 《某某科技有限公司年产20万套电池托盘项目环境影响报告表》审批前公示 | ||\n"
    "根据建设项目环境影响评价审批的有关规定，经审查，我局拟对《某某科技有限公司年产20万套"
    "电池托盘项目环境影响报告表》作出审批意见。现将该项目环评文件基本情况予以公示，公示期为"
    "五个工作日（2031年3月11日—2031年3月17日）。\n"
    "联系电话：0550-1234567\n"
)


def test_a_posting_day_in_a_cell_of_the_copied_header_table_over_the_title_dates_the_notice():
    notice = _only(_HEADER_TABLE)
    assert str(notice.value("published_on")) == "2031-03-10"


def test_a_posting_day_in_a_cell_under_the_title_dates_the_notice():
    lines = _HEADER_TABLE.splitlines(keepends=True)
    page = "".join([lines[0], lines[1], lines[2], lines[4], "| 2031-03-10 | ||\n", *lines[5:]])
    assert str(_only(page).value("published_on")) == "2031-03-10"


def test_the_window_read_beside_a_cell_dated_header_is_the_printed_one():
    window = _only(_HEADER_TABLE).value("window")
    assert (window["starts_on"], window["ends_on"]) == ("2031-03-11", "2031-03-17")


def test_a_table_row_of_dates_in_the_body_gives_no_posting_day():
    page = (
        "某某储能科技有限公司储能电站项目环境影响评价第一次公示\n"
        "建设单位：某某储能科技有限公司\n"
        "联系电话：13900002222\n"
        "| 阶段 | 日期 |\n"
        "| 2031-04-02 | 2031-04-16 |\n"
        "公众可通过信函、电子邮件等方式向建设单位提出意见。\n"
    )
    result = extract_notices(page)
    assert all(p.value("published_on") is None for p in result.proposals)
