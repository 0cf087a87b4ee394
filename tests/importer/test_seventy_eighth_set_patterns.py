"""Patterns a seventy-eighth fresh set of real notices showed (issue #11: creditor and company
notices, listed companies' reposts, bankruptcy claims calls and a school's termination): each a
sentence of behaviour on a text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

from tests.importer.proposals import only as _only


def test_a_stock_sites_dateline_naming_its_poster_as_the_publishing_body_dates_the_notice():
    page = (
        "您的当前位置：股票首页 > 沪市A股 > 正文\n"
        "某某股份关于回购注销限制性股票通知债权人的公告\n"
        "2021-07-14 18:02:51 发布机构：某某集团 我要纠错\n"
        "证券代码：600777 证券简称：某某股份 公告编号：临2021-052 某某农牧股份有限公司 关于回购注销"
        "限制性股票通知债权人的公告 一、通知债权人的原由 公司于2021年6月28日召开董事会，审议通过"
        "了回购注销部分限制性股票的议案，公司总股本将减少。\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "capital_reduction"
    assert str(notice.value("published_on")) == "2021-07-14"


def test_registered_capital_that_will_be_reduced_accordingly_makes_a_capital_reduction():
    page = (
        "股票代码：601777 股票简称：某某物流 编号：临 2024-019 号\n"
        "某某物流股份有限公司\n"
        "关于董事会获得回购H股一般性授权通知债权人的公告\n"
        "本公司于2024年6月20日召开年度股东大会，审议通过了授予董事会回购H股一般性授权的议案。"
        "如公司董事会行使上述授权，公司将依法注销所回购的H股股份，公司注册资本将相应减少。"
        "公司债权人自本公告之日起四十五日内，有权要求本公司清偿债务或者提供相应的担保。\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "capital_reduction"
    assert notice.value("issuer") == "某某物流股份有限公司"
