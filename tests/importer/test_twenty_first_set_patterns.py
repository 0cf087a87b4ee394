"""Patterns a twenty-first fresh set of real notices (claims notices) showed (issue #11): each
a sentence of behaviour on a text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

import datetime as dt

from notices.importer import extract_notices
from tests.importer.proposals import only as _only


def test_a_pdf_text_whose_date_figures_were_lifted_out_is_no_blank_template():
    page = (
        "证券代码:600000 证券简称:某某制药 公告编号:2025-031\n"
        "某某制药股份有限公司\n"
        "关于减少注册资本暨通知债权人的公告\n"
        "本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏。\n"
        "一、通知债权人的原因\n"
        "某某制药股份有限公司(以下简称“公司”)于2025年3月20日召开第三届董事会第九次会议,"
        "审议通过了《关于注销回购股份的议案》,并于2025 5 16 2024\n"
        "于 年月 日召开的 年年度股东大会审议通过了《关于公司变更注册资本的议案》,"
        "公司将注销回购专用证券账户中的股份共计58,000股。\n"
    )
    proposal = _only(page)
    assert proposal.value("kind") == "capital_reduction"
    assert proposal.value("issuer") == "某某制药股份有限公司"


def test_a_blank_date_to_fill_in_still_marks_a_template():
    page = (
        "减资公告\n"
        "某某商贸有限公司经股东会决议,注册资本由100万元减少至10万元。"
        "请债权人自本公告之日起45日内向本公司申报债权。\n"
        "特此公告。\n"
        "某某商贸有限公司\n"
        "年月日\n"
    )
    assert extract_notices(page).proposals == ()


def test_a_company_board_signing_its_announcement_signs_for_the_company():
    page = (
        "某某饲料股份有限公司关于回购注销部分限制性股票的减资公告\n"
        "公司本次回购注销部分限制性股票将涉及注册资本减少,根据《中华人民共和国公司法》等相关规定,"
        "公司特此通知债权人。债权人自本公告之日起45日内,有权要求公司清偿债务或者提供相应的担保。\n"
        "特此公告。\n"
        "某某饲料股份有限公司董事会\n"
        "二O二一年三月九日\n"
    )
    proposal = _only(page)
    assert proposal.value("issuer") == "某某饲料股份有限公司"
    assert proposal.value("published_on") == dt.date(2021, 3, 9)


def test_a_board_signing_on_the_line_under_the_company_signs_for_it():
    page = (
        "某某电子股份有限公司关于减少注册资本通知债权人的公告\n"
        "公司债权人自本公告披露之日起45日内,均有权凭有效债权文件要求公司清偿债务或者提供相应担保。"
        "联系电话:0755-26660000\n"
        "特此公告。\n"
        "某某电子股份有限公司\n"
        "董事会\n"
        "2023年6月2日\n"
    )
    assert _only(page).value("issuer") == "某某电子股份有限公司"


def test_a_bankruptcy_sites_publisher_line_names_the_manager_not_the_firm_appointed():
    page = (
        "债权申报公告\n"
        "公开时间:2023-04-10 公 开 人:某某纺织有限公司管理人\n"
        "浏览次数:120次\n"
        "2023年3月15日,某某市中级人民法院裁定受理某某纺织有限公司重整一案,"
        "并指定某某律师事务所担任某某纺织有限公司管理人。\n"
        "某某纺织有限公司的债权人应于2023年5月30日前向管理人申报债权。"
        "管理人联系人:周律师,联系电话:13800138000\n"
    )
    proposal = _only(page)
    assert proposal.value("kind") == "other"
    assert proposal.value("issuer") == "某某纺织有限公司管理人"


def test_a_portals_menu_heads_no_notice_and_its_dated_listing_line_dates_the_notice():
    page = (
        "意见反馈 手机看行情\n"
        "  • 公司公告\n"
        "公司公告\n"
        "某某科技:关于回购注销部分限制性股票通知债权人的公告2024-10-18  \n"
        "证券代码:600111           证券简称:某某科技        公告编号:2024062\n"
        "                   某某科技集团股份有限公司\n"
        "   关于回购注销部分限制性股票通知债权人的公告\n"
        "本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者\n"
        "重大遗漏,并对其内容的真实性、准确性和完整性承担法律责任。\n"
        "    某某科技集团股份有限公司(以下简称“公司”)于 2024 年 10 月 17 日召开\n"
        "第五届董事会第十次会议,审议通过了《关于回购注销部分限制性股票的议案》。公司将\n"
        "回购注销限制性股票 120,000 股,公司注册资本将减少 120,000 元。公司债权人自本公告\n"
        "披露之日起 45 日内,有权要求公司清偿债务或者提供相应担保。\n"
    )
    proposal = _only(page)
    assert proposal.value("title").startswith("某某科技集团股份有限公司关于回购注销")
    assert proposal.value("published_on") == dt.date(2024, 10, 18)
