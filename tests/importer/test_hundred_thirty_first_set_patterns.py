"""Patterns a hundred-and-thirty-first fresh set of real notices showed (issue #11: listed
companies' creditor notices with a 45-day claim window, from stock-information sites and
securities e-papers): each a sentence of behaviour on a text written for the test, modelled on
the pattern, not copied."""

from __future__ import annotations

from notices.importer import extract_notices
from tests.importer.proposals import only as _only


def test_a_reduction_notice_titled_by_its_own_name_stands_when_cut_before_its_creditors():
    page = (
        "证券代码:000000 证券简称:某某科技 公告编号:2016-012\n"
        "某某科技股份有限公司减资公告\n"
        "本公司及董事会全体成员保证信息披露的内容真实、准确、完整,没有虚假记载、误导性陈述或"
        "重大遗漏。\n"
        "某某科技股份有限公司(以下简称“公司”)于2015年3月2日召开第二届董事会第十次会议,审议"
        "通过《关于终止实施限制性股票激励计划暨回购注销已授予未解锁限制性股票的议案》,按照"
        "调整后的回购价格3.10元/股回购注销已授予的限制性股票。\n"
        "回购注销完成后,公司股份总数将由50,000万股变更为49,600万股;注册资本由50,000万元减少"
        "至49,600万元。详见公司刊登在巨潮资讯网(www.cninfo.com.cn)上的相关公告(公告编号:\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "capital_reduction"
    assert notice.value("issuer") == "某某科技股份有限公司"
    assert notice.value("links") == ["http://www.cninfo.com.cn"]


def test_an_announcement_that_a_cancellation_was_carried_out_is_no_creditor_notice():
    page = (
        "证券代码:000001 股票简称:某某证券 公告编号:2024-020\n"
        "某某证券股份有限公司关于回购A股股份注销实施公告\n"
        "本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏。\n"
        "● 公司注销存放于回购专用证券账户的10,000,000股A股股份,本次注销完成后,公司注册资本"
        "将减少10,000,000元。\n"
        "● 注销日:2024年4月2日\n"
        "2024年3月1日,公司披露了《关于注销回购A股股份并减少注册资本暨通知债权人的公告》,"
        "通知债权人自2024年3月1日起45天内申报债权。目前债权人申报期限尚未届满,公司将在法定"
        "期限内继续接受债权人的申报。\n"
    )
    assert not extract_notices(page).proposals


def test_a_completion_announcement_recounting_a_past_45_day_period_is_no_creditor_notice():
    page = (
        "某某重工:关于部分限制性股票回购注销完成的公告2022-05-06\n"
        "证券代码:000002 证券简称:某某重工 公告编号:2022-040\n"
        "某某重工股份有限公司\n"
        "关于部分限制性股票回购注销完成的公告\n"
        "本公司及董事会全体人员保证信息披露的内容真实、准确、完整,没有虚假记载、误导性陈述或"
        "重大遗漏。\n"
        "1、公司已在巨潮资讯网(http://www.cninfo.com.cn)刊登了《关于回购注销部分限制性股票"
        "减少注册资本的债权人公告》,自公告日起 45 天内未收到债权人要求提供担保或提前清偿债务"
        "的请求。\n"
        "2、截至本公告日,上述限制性股票已完成回购、注销手续。\n"
    )
    assert not extract_notices(page).proposals


def test_a_title_that_names_the_creditors_is_their_notice_though_it_says_carried_out():
    page = (
        "某某股份有限公司关于实施回购注销暨通知债权人的公告\n"
        "本公司董事会及全体董事保证本公告内容不存在任何虚假记载。\n"
        "公司本次回购注销限制性股票将导致注册资本减少,公司特此通知债权人,债权人自本公告"
        "披露之日起45日内,有权要求公司清偿债务或者提供相应的担保。\n"
        "特此公告。\n"
        "某某股份有限公司董事会\n"
        "2025年3月3日\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "capital_reduction"
    assert notice.value("published_on").isoformat() == "2025-03-03"


def test_a_reposters_category_set_before_a_company_with_a_dash_is_no_part_of_its_name():
    page = (
        "(原标题:海外监管公告-某某电气股份有限公司因H股股份回购需通知债权人公告)\n"
        "某某电气股份有限公司于2025年6月27日召开的年度股东会审议通过了《关于授予董事会回购H股的"
        "一般性授权的议案》。回购完成后将择机注销股份,减少注册资本。\n"
        "因本次回购并注销H股股份将导致注册资本减少,公司通知债权人自本公告披露之日起45日内,"
        "有权要求公司清偿债务或提供相应担保。\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "capital_reduction"
    assert notice.value("issuer") == "某某电气股份有限公司"
