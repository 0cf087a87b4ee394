"""Patterns a hundred-and-eightieth fresh set of real notices showed (issue #11: county-level
notices from the mountain counties of Jiangxi and western Fujian): each a sentence of behaviour
on a text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

from tests.importer.proposals import only as _only


def test_a_first_notice_quoting_the_directory_headings_of_its_category_is_not_news():
    page = (
        "为了解公众对工程建设的态度和环境保护方面的意见，根据《环境影响评价公众参与办法》，"
        "现对本项目有关环境保护的情况进行公告，接受社会公众的监督。\n"
        "一、建设项目基本信息\n"
        "项目名称：某某县某某河生态治理工程。\n"
        "建设单位：某某县水利服务中心。\n"
        "建设性质：新建。\n"
        "行业类别及代码：“五十一、水利”中“128、河湖整治”中“涉及环境敏感区的”、"
        "“五十、社会事业与服务业”中“114、公园”中“涉及环境敏感区的”。\n"
        "建设内容：本项目整治河道约12公里，新建生态护岸约3公里。\n"
        "二、项目概况\n"
        "某某河沿岸污染来源多样，本项目（以下简称“本项目”）的实施可削减入河污染物，\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_first"
    assert notice.value("issuer") == "某某县水利服务中心"
