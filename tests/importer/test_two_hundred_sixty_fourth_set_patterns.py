"""Patterns a fresh set of real notices (logistics parks, warehouses, airports) showed (issue #11):
each a sentence of behaviour on a text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

import datetime

from notices.importer import extract_notices

#: A government site's disclosure table as an aggregator copies it: each label and its value in
#: cells of their own, empty rows between the posting line and the notice's body.
_DISCLOSURE_HEADER = (
    "/202503-00031 | 信息分类：建设项目环境影响评价 |\n"
    "发布日期： | 2025-03-12 09:30 |\n"
    "某某县生态环境分局 | 成文日期：|\n"
    "废止时间： | |\n"
    "审批前公示：某某物流有限公司冷库仓储项目 | |\n"
    "关键词： |\n"
)
_BODY = (
    "根据建设项目环境影响评价审批程序的有关规定，经审查，我局拟对《某某物流有限公司冷库仓储"
    "项目》环境影响评价文件作出审批意见。现将拟作出审批意见的环境影响评价文件基本情况予以"
    "公示，公示期为五个工作日。\n"
    "受理部门：某某县生态环境分局行政审批股\n"
    "电 话：0551-1234567\n"
    "项目名称：某某物流有限公司冷库仓储项目\n"
)


def test_a_posting_date_in_the_cell_after_its_label_is_the_publication_date():
    notice = extract_notices(_DISCLOSURE_HEADER + _BODY).proposals[0]
    assert notice.value("published_on") == datetime.date(2025, 3, 12)


def test_empty_header_rows_do_not_push_the_posting_line_out_of_reach():
    # the posting line stands five lines above the body, two of them empty cells
    header = _DISCLOSURE_HEADER.replace("| 2025-03-12 09:30 |", "| 2025-03-14 16:05 |")
    notice = extract_notices(header + _BODY).proposals[0]
    assert notice.value("published_on") == datetime.date(2025, 3, 14)


def test_a_filled_header_row_still_counts_among_the_lines_above():
    # the same five lines above, none of them empty: the posting line is out of reach
    header = _DISCLOSURE_HEADER.replace("废止时间： | |", "废止时间： | 2030-01-01 |").replace(
        "关键词： |", "关键词： | 冷库 |"
    )
    notice = extract_notices(header + _BODY).proposals[0]
    assert notice.value("published_on") is None
