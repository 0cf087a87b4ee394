"""Patterns a seventy-eighth fresh set of real notices showed (issue #11: creditor and company
notices, listed companies' reposts, bankruptcy claims calls and a school's termination): each a
sentence of behaviour on a text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

from notices.importer import extract_notices
from tests.importer.proposals import only as _only


def test_a_news_repost_carrying_a_signed_notice_whole_is_that_notice_on_a_page_of_blocks():
    page = (
        "证券代码：300777 证券简称：某某科技 公告编号：2025-041\n"
        "某某科技股份有限公司\n"
        "关于回购注销部分限制性股票减少注册资本暨通知债权人的公告\n"
        "本公司及董事会全体成员保证信息披露的内容真实、准确、完整。\n"
        "公司债权人自本公告披露之日起45日内，有权要求公司清偿债务或者提供相应的担保。\n"
        "债权申报联系人：证券部 联系电话：0571-5550188\n"
        "\n"
        "原标题：城南两家托育机构将停办\n"
        "近日\n"
        "某某区教育体育局发布公告\n"
        "两家机构停止办学\n"
        "点击查看更多图片\n"
        "关于某某区小橡树托育中心等\n"
        "两家民办教育机构终止办学的公告\n"
        "某某区小橡树托育中心、某某区彩虹桥托育中心申请终止办学，现将有关事项公告如下：\n"
        "一、公告期为2025年4月7日—4月13日。\n"
        "二、两家机构应与有债权债务关系的单位或个人完成清算。\n"
        "如有异议，请于公告期间向某某区教育体育局反映，电话：0553-5550146。\n"
        "某某区教育体育局\n"
        "2025年4月7日\n"
        "来源：某某区教育体育局\n"
        "责任编辑：张某\n"
    )
    proposals = extract_notices(page).proposals
    assert [p.value("kind") for p in proposals] == ["capital_reduction", "other"]
    school = proposals[1]
    assert school.value("issuer") == "某某区教育体育局"
    assert str(school.value("published_on")) == "2025-04-07"
    assert school.value("window")["ends_on"] == "2025-04-13"
    assert school.value("contact")["phone"] == "0553-5550146"


def test_a_news_report_on_a_block_page_with_no_signed_notice_inside_stays_news():
    page = (
        "证券代码：300777 证券简称：某某科技 公告编号：2025-041\n"
        "某某科技股份有限公司\n"
        "关于回购注销部分限制性股票减少注册资本暨通知债权人的公告\n"
        "公司债权人自本公告披露之日起45日内，有权要求公司清偿债务或者提供相应的担保。\n"
        "债权申报联系人：证券部 联系电话：0571-5550188\n"
        "\n"
        "原标题：城南两家托育机构将停办\n"
        "近日，某某区教育体育局发布公告，两家托育机构申请终止办学，公告期为2025年4月7日至"
        "4月13日。记者了解到，两家机构的在托幼儿已妥善安置。\n"
        "该局工作人员表示，如有异议可在公告期内反映。\n"
    )
    proposals = extract_notices(page).proposals
    assert [p.value("kind") for p in proposals] == ["capital_reduction"]


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
