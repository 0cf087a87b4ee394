"""Patterns a ninetieth fresh set of real notices (2025-2026, mixed provinces and media; issue #11)
showed: each a sentence of behaviour on a text written for the test, modelled on the pattern, not
copied."""

from __future__ import annotations

from tests.importer.proposals import only as _only


def test_a_notice_that_opens_by_recounting_its_acceptance_is_the_later_pre_approval():
    page = (
        "本局于2026年2月3日受理了《某某县中心卫生院门诊楼扩建项目环境影响报告表》的审批申请,"
        "并在本局网站作了受理公示。受理公示期内无异议,经审查,拟作出同意该项目的审批意见。"
        "现将项目基本情况公示如下。\n"
        "一、项目名称:某某县中心卫生院门诊楼扩建项目\n"
        "二、公示时间:2026年2月24日至2026年3月2日(5个工作日)\n"
        "三、听证告知:依据《中华人民共和国行政许可法》,自公示起五日内,申请人、利害关系人"
        "可对拟作出的环境影响评价文件批复决定要求听证。\n"
        "联系电话:0771-5550142\n"
    )
    proposal = _only(page)
    assert proposal.value("kind") == "eia_pre_approval"


def test_an_acceptance_notice_still_open_stays_an_acceptance():
    page = (
        "本局于2026年3月9日受理了《某某新材料有限公司年产2万吨涂料项目环境影响报告书》,"
        "现将受理情况予以公示,公示期为2026年3月9日至2026年3月20日(10个工作日)。\n"
        "联系电话:0551-5550177\n"
    )
    proposal = _only(page)
    assert proposal.value("kind") == "eia_acceptance"
