"""Patterns a sixty-sixth fresh set of real notices (listed companies' creditor notices for a
capital reduction or a merger, 2009-2026, reposted by stock sites and e-papers) showed (issue
#11): each a sentence of behaviour on a text written for the test, modelled on the pattern,
not copied."""

from __future__ import annotations

from notices.importer import extract_notices
from tests.importer.proposals import only as _only

_SUMMARY = (
    "某某电子(600999) - 关于注销回购股份的公告\n"
    "注销情况 - 拟注销回购股份3,100,000股[2] - 注销后总股本相应减少[3]\n"
)
_EXPLAINER = (
    "有限公司减资股东会决议范本怎么写?\n"
    "  一、决议范本\n"
    "  本公司于 年 月 日召开股东会,经代表 %表决权的股东通过,作出如下决议:\n"
    "  1、同意本次减资 万元。\n"
    "  2、同意修改公司章程。\n"
    "  股东签字:\n"
    "  年月日\n"
)


def test_a_stock_sites_short_name_before_the_title_still_heads_the_notice():
    notice = (
        "某某医疗:某某医疗器械股份有限公司关于回购注销部分限制性股票暨减少注册资本通知债权人的公告\n"
        "本公司董事会及全体董事保证本公告内容不存在虚假记载。 一、通知债权人的原因 某某医疗器械股份"
        "有限公司(以下简称“公司”)于 2023 年 5 月 8 日召开董事会,审议通过《关于回购注销部分限制"
        "性股票的议案》。"
        "证券代码:688000 证券简称:某某医疗 公告编号: 2023-021 (1)申报材料邮寄地址:某某省某某市"
        "某某路18号证券部 公司拟回购注销激励对象已获授但尚未解除限售的限制性股票 12.30 万股,本次"
        "回购注销完成后公司注册资本将相应减少,公司拟 ...\n"
    )
    page = _SUMMARY + "\n" + notice + "\n" + _EXPLAINER
    proposal = _only(page)
    assert proposal.value("kind") == "capital_reduction"
    assert proposal.value("issuer") == "某某医疗器械股份有限公司"


def test_an_explainers_question_headline_ends_a_truncated_notice_above_it():
    notice = (
        "关于减少注册资本通知债权人的公告\n"
        "某某精工股份有限公司拟注销回购股份并减少注册资本,公司债权人自本公告披露之日起45日内,"
        "有权要求公司清偿债务或者提供相应担保。债权人可采用现场或邮寄方式申报,具体方式如下 ...\n"
    )
    page = _SUMMARY + "\n" + notice + "\n" + _EXPLAINER
    proposals = extract_notices(page).proposals
    assert [p.value("kind") for p in proposals] == ["capital_reduction"]
