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


def test_a_call_for_views_recounting_approvals_of_the_works_before_expansion_is_no_decision():
    page = (
        "根据《环境影响评价公众参与办法》的要求，对年产某某石材板材30万平方米项目环境影响评价"
        "工作进行信息公示，征求公众意见。\n"
        "一、项目概况\n"
        "某某石材有限公司位于某某县某某工业区，主要从事石材加工。扩建前项目于2012年委托编制了"
        "《某某石材有限公司环境影响报告表》，于2012年5月8日通过某某县环境保护局审批，审批"
        "文号：某环123号，并于2014年取得验收意见。根据市场需求，建设单位拟新增生产设备。\n"
        "二、建设单位名称和联系方式\n"
        "建设单位：某某石材有限公司\n"
        "联系电话：13800000000\n"
        "联系人：王先生\n"
    )
    notice = _only(page)
    assert notice.value("kind") != "eia_decision"
    assert notice.value("issuer") == "某某石材有限公司"


def test_the_company_said_to_build_the_works_at_a_place_opening_the_outline_issues_the_notice():
    page = (
        "现根据《环境保护公众参与办法》有关规定，特此公告该建设项目的有关信息：\n"
        "1、建设项目基本情况\n"
        "某某城市建设投资有限公司于某某省某某市某某区建设某某站片区枢纽工程。本项目主要建设"
        "内容包括场平工程、片区道路、景观工程。\n"
        "2、项目对环境可能造成的影响\n"
        "建设项目对环境可能造成的影响及拟采取的对策和措施详见简本。\n"
        "3、公众查阅简本的方式与期限\n"
        "公众可在本公告公布后10个工作日内（即2016年3月1日至3月14日），到环评单位或建设单位"
        "查阅本项目的环评文件初稿。\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_draft_comment"
    assert notice.value("issuer") == "某某城市建设投资有限公司"


def test_a_company_that_built_works_in_a_past_year_is_not_read_from_the_dated_clause():
    from notices.importer.parties import _PLANS_TO_BUILD

    assert _PLANS_TO_BUILD.search("，某某有限公司于2010年在某某县建设某某厂项目。") is None
