"""Patterns a seventy-eighth fresh set of real notices showed (issue #11: creditor and company
notices, listed companies' reposts, bankruptcy claims calls and a school's termination): each a
sentence of behaviour on a text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

from tests.importer.proposals import only as _only


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
