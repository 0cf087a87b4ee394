"""Patterns a sixty-fifth fresh set of real notices (inspection reporting windows, completion-
acceptance publicity, a bankruptcy manager's claims guide and public calls for comments,
2012-2025) showed (issue #11): each a sentence of behaviour on a text written for the test,
modelled on the pattern, not copied."""

from __future__ import annotations

from tests.importer.proposals import only as _only


def test_a_deadline_to_hand_the_comment_form_in_by_is_the_window():
    page = (
        "关于征求《某某县林地保护利用规划(2026-2030年)》(征求意见稿)意见的公告\n"
        "我局组织编制了《某某县林地保护利用规划(2026-2030年)》(征求意见稿),现向社会各界征求意见,"
        "请于7月18日前将征求意见表送至我局规划股。联系电话:0771-5550192。\n"
        "某某县林业局\n"
        "2026年7月3日\n"
    )
    proposal = _only(page)
    assert proposal.value("kind") == "other"
    assert proposal.value("window")["ends_on"] == "2026-07-18"


def test_a_deadline_whose_act_follows_the_ways_to_answer_is_the_window():
    page = (
        "为做好对市住房和城乡建设局工作的评议,市人大常委会特向社会公告,征求广大市民的意见。\n"
        "有关意见和建议,请于11月20日前,通过电话(5551230、5551231)、市人大网站(www.example-rd.gov.cn)"
        "或来信等方式向市人大常委会评议工作组反映。\n"
        "特此公告\n"
        "某某市人民代表大会常务委员会\n"
        "2019年10月28日\n"
    )
    proposal = _only(page)
    assert proposal.value("issuer") == "某某市人民代表大会常务委员会"
    assert proposal.value("window")["ends_on"] == "2019-11-20"
