"""Patterns a seventieth fresh set of real notices (inspection reporting windows: central,
provincial, city and special 督察; Party 巡视/巡察 windows, 2017-2026) showed (issue #11): each a
sentence of behaviour on a text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

from notices.importer import extract_notices
from tests.importer.proposals import only as _only


def test_a_party_inspection_notice_with_a_phone_but_a_month_end_for_its_period_is_proposed():
    page = (
        "根据区委统一部署,区委第二巡察组近期将对某某街道开展专项巡察。现将有关事项公告如下:\n"
        "一、巡察时间\n"
        "2021年3月2日开始至2021年4月中旬,为期45天左右。\n"
        "二、巡察方式\n"
        "巡察组主要采取听取汇报、个别谈话、受理信访举报、调阅资料等方式开展工作。\n"
        "三、联系方式\n"
        "联系电话:0737-6613579(工作日上午8:30—12:00);\n"
        "来信请寄:区委第二巡察组QY-02号信箱。\n"
    )
    proposal = _only(page)
    assert proposal.value("kind") == "other"
    assert proposal.value("issuer") == "区委第二巡察组"
    assert proposal.value("contact")["phone"] == "0737-6613579"
    assert proposal.value("window") is None


def test_a_party_inspection_text_with_neither_a_period_nor_a_way_to_report_is_not_a_notice():
    page = (
        "根据区委统一部署,区委第二巡察组近期将对某某街道开展专项巡察。\n"
        "巡察组主要采取听取汇报、个别谈话、受理信访举报、调阅资料等方式开展工作,"
        "欢迎干部群众反映情况。\n"
    )
    assert not extract_notices(page).proposals


def test_a_report_listing_a_party_inspection_groups_phone_is_its_window_without_a_date():
    page = (
        "本报讯(记者 吴某)经省委巡视工作领导小组研究决定,今年第二批巡视安排巡视12个地方和单位,"
        "巡视时间安排在4月至6月上旬。各巡视组分别设立举报专门值班电话,在上班时间内受理反映被"
        "巡视单位领导班子及其成员问题的来信来电。省委第三巡视组巡视东河市。举报电话:13600112233。"
        "省委第四巡视组巡视西岭县。举报电话:13600112244。\n"
    )
    proposal = _only(page)
    assert proposal.value("kind") == "other"
    assert proposal.value("contact")["phone"] == "13600112233"


def test_the_same_report_without_any_number_is_still_no_notice():
    page = (
        "本报讯(记者 吴某)经省委巡视工作领导小组研究决定,今年第二批巡视安排巡视12个地方和单位,"
        "巡视时间安排在4月至6月上旬。各巡视组分别设立举报专门值班电话,在上班时间内受理反映被"
        "巡视单位领导班子及其成员问题的来信来电。\n"
    )
    assert not extract_notices(page).proposals
