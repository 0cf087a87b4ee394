"""Patterns a hundred-and-fifty-third fresh set of real notices showed (issue #11: Henan,
Hubei, Hunan, Jiangxi and Shanxi notices of 2021-2026, builders' EIA notices and county
bureaus' pre-approvals and decisions): each a sentence of behaviour on a text written for the
test, modelled on the pattern, not copied."""

from __future__ import annotations

from notices.importer import extract_notices
from tests.importer.proposals import only as _only


def test_a_park_first_round_named_after_its_rules_stands_though_its_history_tells_an_approval():
    page = (
        "某某高新技术产业园区环境影响跟踪评价公众参与第一次公示\n"
        "根据《中华人民共和国环境保护法》及《环境影响评价公众参与办法》（生态环境部令第4号）"
        "的相关规定，进行某某高新技术产业园区环境影响跟踪评价公众参与第一次公示，信息公示如下：\n"
        "一、建设项目基本情况\n"
        "项目名称：某某高新技术产业园区环境影响跟踪评价\n"
        "项目概况：园区前身为某某县工业小区，2008年经省人民政府认定为省级开发区，2012年取得"
        "省环境保护厅的批复，规划总用地面积512.6公顷。\n"
        "受某某高新技术产业园区管理委员会委托，某某环保科技有限公司对园区开展跟踪评价。\n"
        "二、建设单位名称及联系方式\n"
        "建设单位：某某高新\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_first"


def test_a_consultants_news_that_its_reports_obtained_approval_is_still_no_notice():
    page = (
        "某某环保科技有限公司承担编制的某某县污水处理厂扩建工程环境影响报告书近日取得市生态环境局的"
        "批复，这是公司今年第三个获批的报告书。公司负责人表示，将进一步提升编制质量。\n"
    )
    assert not extract_notices(page).proposals


def test_a_past_round_told_as_done_after_the_rules_does_not_put_the_text_up():
    page = (
        "根据《环境影响评价公众参与办法》的相关规定，进行了某某项目公众参与第一次公示，"
        "某某项目于2021年取得县发展和改革局的批复。目前项目已建成投产，运行良好。\n"
    )
    assert not extract_notices(page).proposals
