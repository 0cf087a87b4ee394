"""Patterns a sixty-ninth fresh set of real notices (newspaper notice columns: listed
companies' creditor notices for capital reductions, EIA notices printed in papers, and the
explainers and templates printed next to them, 2019-2026) showed (issue #11): each a sentence
of behaviour on a text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

from tests.importer.proposals import only as _only


def test_a_title_joined_to_the_companys_first_line_stays_out_of_its_name():
    page = (
        "青禾环境: 青禾环境关于注销回购股份减少注册资本暨通知债权人的公告\n"
        "证券代码:688901 证券简称:青禾环境 公告编号:2024-051\n"
        "青禾环境科技股份有限公司\n"
        "关于注销回购股份减少注册资本暨通知债权人的公告\n"
        "青禾环境科技股份有限公司(简称本公司或公司)董事会及全体董事保证本公告内容不存在任何虚假"
        "记载。\n"
        "一、通知债权人的原因\n"
        "公司于2024年8月9日召开第二届董事会第十一次会议,审议通过了《关于注销回购股份的议案》,"
        "本次注销完成后,公司注册资本将由12,000万元减少至11,820万元。\n"
        "二、需债权人知晓的相关信息\n"
        "债权人自接到公司通知之日起30日内、未接到通知的自本公告披露之日起45日内,"
        "有权要求公司清偿债务或者提供相应的担保。\n"
    )
    proposal = _only(page)
    assert proposal.value("kind") == "capital_reduction"
    assert proposal.value("issuer") == "青禾环境科技股份有限公司"

