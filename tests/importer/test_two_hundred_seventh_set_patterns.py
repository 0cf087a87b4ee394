"""Patterns a two-hundred-and-seventh fresh set of real notices showed (issue #11: chemical and
pharmaceutical works of Sichuan, Chongqing and Hubei, 2018-2025): each a sentence of behaviour
on a text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

from notices.importer import extract_notices
from tests.importer.proposals import only as _only


def test_a_listed_chemical_companys_guarantee_announcement_is_no_notice():
    page = (
        "某某化工股份有限公司\n"
        "关于对外担保的公告\n"
        "证券代码：000000 证券简称：某某化工 公告编号：2021-000\n"
        "本公司及董事会全体成员保证信息披露的内容真实、准确、完整，没有虚假记载、误导性陈述或重大遗漏。\n"
        "特别风险提示：公司对合并报表外单位担保金额达到最近一期经审计净资产的百分之四十，"
        "请投资者充分关注担保风险。\n"
        "一、担保情况概述\n"
        "本公司拟为控股子公司某某肥业有限公司向银行申请的借款提供担保，本次担保的主债权人为"
        "某某银行股份有限公司某某分行。2021年9月24日，公司召开董事会会议，审议通过了上述担保事项。\n"
        "表决结果：同意8票，反对0票，弃权0票\n"
    )
    assert extract_notices(page).proposals == ()


def test_a_listed_companys_notice_to_creditors_of_a_buyback_stays_a_capital_reduction():
    page = (
        "某某工程股份有限公司关于回购注销部分限制性股票减少注册资本暨通知债权人的公告\n"
        "证券代码：600000 股票简称：某某工程 公告编号：临2025-000\n"
        "公司将回购注销限制性股票共计10万股，公司注册资本将相应减少，合并范围不变。"
        "本公司债权人自接到公司通知起30日内、未接到通知者自本公告披露之日起45日内，"
        "均有权要求本公司清偿债务或者提供相应担保。\n"
    )
    assert _only(page).value("kind") == "capital_reduction"
