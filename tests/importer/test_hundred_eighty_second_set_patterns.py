"""Patterns a hundred-and-eighty-second fresh set of real notices showed (issue #11: EIA
notices of Shandong and Jiangsu towns, streets, industrial parks and development zones,
2017-2024): each a sentence of behaviour on a text written for the test, modelled on the
pattern, not copied."""

from __future__ import annotations

from tests.importer.proposals import only as _only


def test_a_tracking_assessments_first_notice_recounting_the_parks_approval_numbers_is_first():
    page = (
        "根据《规划环境影响评价条例》的相关要求，某某镇工业项目聚集园需进行规划环境影响跟踪评价。"
        "根据《环境影响评价公众参与办法》（生态环境部令第4号）的有关规定，规划环境影响跟踪评价"
        "工作受委托后7日内进行第一次公众参与。现将本次跟踪评价的有关信息向公众公告如下：\n"
        "一、园区基本情况\n"
        "园区名称：某某镇工业项目聚集园\n"
        "园区于2019年5月6日获得某某县人民政府批复，批复文号为某政字〔2019〕12号。"
        "园区环境影响评价于2019年6月10日取得某某市生态环境局某某分局批复，"
        "批复文号为某环函〔2019〕3号。\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_first"
