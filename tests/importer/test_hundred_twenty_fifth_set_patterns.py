"""Patterns a hundred-and-twenty-fifth fresh set of real notices showed (issue #11: creditor
notices of companies, the 45-day windows, and their near-misses): each a sentence of behaviour on
a text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

import datetime as dt

from notices.importer import extract_notices
from tests.importer.proposals import only as _only


def test_articles_of_association_running_on_in_one_line_are_no_merger_notice():
    page = (
        "以传真、电话方式送出的，以通知到达被送达人传真机、话机之日为送达日期；以公告方式送出的，"
        "第一次公告刊登日为送达日期。 第一百零二条 公司在指定报刊刊登公司公告和其他需要披露的"
        "信息。 第八章 合并、分立、解散和清算 第一节 合并或分立 第一百零三条 公司合并可以采取"
        "吸收合并和新设合并两种形式。 第一百零四条 公司合并，合并各方应当编制资产负债表和财产"
        "清单。公司自股东大会作出合并决议之日起十日内通知债权人，并于三十日内公告。 第一百零五条"
        " 债权人自接到通知书之日起三十日内，未接到通知书的自公告之日起四十五日内，可以要求公司"
        "清偿债务或者提供相应的担保。\n"
    )
    assert not extract_notices(page).proposals


def test_a_statute_set_out_article_by_article_on_its_own_lines_is_no_notice():
    page = (
        "第二百二十二条 公司分立，其财产作相应的分割。\n"
        "第二百二十三条 公司分立前的债务由分立后的公司承担连带责任。\n"
        "第二百二十四条 公司减少注册资本，编制资产负债表及财产清单。债权人自接到通知之日起三十日"
        "内，未接到通知的自公告之日起四十五日内，有权要求公司清偿债务或者提供相应的担保。\n"
    )
    assert not extract_notices(page).proposals


def test_a_capital_reduction_notice_citing_articles_of_the_company_law_is_still_a_notice():
    page = (
        "公告日期:2025-03-10\n"
        "某某科技股份有限公司关于回购注销部分限制性股票减少注册资本暨通知债权人的公告\n"
        "某某科技股份有限公司（以下简称“公司”）回购注销限制性股票12,000股，注册资本将相应减少"
        "12,000元。根据《中华人民共和国公司法》第二百二十四条、第二百二十五条、第二百二十六条"
        "等相关规定，公司债权人自接到公司通知之日起30日内、未接到通知者自本公告披露之日起45日内，"
        "有权要求公司清偿债务或者提供相应的担保。\n"
        "联系人：证券部 联系电话：0571-81234567\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "capital_reduction"
    assert notice.value("published_on") == dt.date(2025, 3, 10)
