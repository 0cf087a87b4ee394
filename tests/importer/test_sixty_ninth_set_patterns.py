"""Patterns a sixty-ninth fresh set of real notices (newspaper notice columns: listed
companies' creditor notices for capital reductions, EIA notices printed in papers, and the
explainers and templates printed next to them, 2019-2026) showed (issue #11): each a sentence
of behaviour on a text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

from notices.importer import extract_notices
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


def test_an_article_on_what_a_capital_reduction_notice_must_contain_is_no_notice():
    page = (
        "- 发布\n- 某某文化传播有限公司\n- 电话\n- 13600001111\n"
        "办理减资登报,需要先确认减资原因和公告内容,再选择市级以上的报纸刊登。\n"
        "\n"
        "依照2024年7月1日起施行的修订后《公司法》和本地登记窗口的做法,减资公告的写法已经和过去不同,"
        "重点从“告知”变成了“保障债权人的权利”。\n"
        "一、变化在哪里\n"
        "公告内容必须明确告知债权人享有的权利,否则减资程序可能被认定违法,股东要承担责任。\n"
        "二、五项要素\n"
        "一份合规的减资公告必须包含以下要素,少一项都不行:\n"
        "债权申报的途径\n"
        "要写明“债权人自接到通知之日起30日内,未接到通知的自公告之日起45日内,有权要求公司清偿"
        "债务或者提供相应的担保”。这一句是公告的核心条款。\n"
    )
    assert [p.value("kind") for p in extract_notices(page).proposals] == []
