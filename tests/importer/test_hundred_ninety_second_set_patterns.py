"""Patterns a hundred-and-ninety-second fresh set showed (issue #11: notices printed in city
dailies' digital editions; the stored pages held no unused notice, so the set is near-misses,
and these e-paper layouts were checked on texts written for the test): each a sentence of
behaviour on a text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

from notices.importer import extract_notices
from tests.importer.proposals import only as _only


def test_an_e_paper_issue_line_with_its_weekday_and_issue_links_dates_the_notice_it_prints():
    page = (
        "第B012版:信息披露 上一版  下一版\n"
        "首页 | 电子报首页 | 版面导航 | 标题导航\n"
        "2025年10月15日 星期三 上一期  下一期\n"
        "上一篇  下一篇 放大 缩小 默认\n"
        "证券代码:300000 证券简称:某某科技 公告编号:2025-088\n"
        "某某科技股份有限公司\n"
        "关于回购注销部分限制性股票减少注册资本的债权人公告\n"
        "公司回购注销限制性股票的议案已经2025年10月13日召开的临时股东大会审议通过，"
        "注销完成后公司注册资本将相应减少。\n"
        "凡本公司债权人均有权自本公告之日起四十五日内要求本公司清偿债务或提供相应的担保。\n"
        "债权申报联系人：王某 联系电话：020-83561427\n"
        "特此公告。\n"
        "某某科技股份有限公司董事会\n"
        "2025年10月14日\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "capital_reduction"
    assert str(notice.value("published_on")) == "2025-10-15"


def test_an_e_paper_issue_line_dates_the_notice_over_a_listed_company_s_whole_header_block():
    page = (
        "第B054版:信息披露 上一版  下一版\n"
        "标题导航\n"
        "首页 | 电子报首页 | 版面导航 | 标题导航\n"
        "2025年6月16日 星期一 上一期  下一期\n"
        "上一篇  下一篇 放大 缩小 默认\n"
        "证券代码:600000 证券简称:某某股份 公告编号:2025-041\n"
        "某某股份集团有限公司\n"
        "关于回购注销部分限制性股票减少注册资本的债权人公告\n"
        "本公司及董事会全体成员保证信息披露的内容真实、准确和完整。\n"
        "公司回购注销限制性股票的议案已经2025年6月12日召开的临时股东大会审议通过。"
        "注销完成后,公司股本将由2,000,000股减少至1,980,000股。\n"
        "凡本公司债权人均有权于本通知公告之日起四十五天内要求本公司清偿债务或提供相应的担保。\n"
        "债权申报登记地点:某某市某某路8号 联系人:赵某 联系电话:0571-86021543\n"
        "特此公告。\n"
        "某某股份集团有限公司董事会\n"
        "2025年6月13日\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "capital_reduction"
    assert str(notice.value("published_on")) == "2025-06-16"


def test_a_web_page_clock_with_its_weekday_does_not_date_a_signed_notice():
    page = (
        "2025年12月1日 星期一\n"
        "首页 > 通知公告\n"
        "某某有限公司减资公告\n"
        "经本公司股东会决议，本公司注册资本由1000万元减至500万元。"
        "请债权人自本公告之日起四十五日内向本公司申报债权。\n"
        "联系人：李某 电话：13912845678\n"
        "某某有限公司\n"
        "2025年10月14日\n"
    )
    notice = _only(page)
    assert str(notice.value("published_on")) == "2025-10-14"


def test_a_creditor_notice_template_with_blanks_to_fill_in_proposes_nothing():
    page = (
        "减资公告登报格式\n"
        "××公司减资公告\n"
        "经本公司股东会决定：本公司注册资本从××万元减至××万元。请债权人自接到本公司书面通知书"
        "之日起三十日内，未接到通知书的自本公告之日起四十五日内，有权要求本公司清偿债务或者提供"
        "相应的担保。\n"
        "二、企业减资操作流程\n"
    )
    assert extract_notices(page).proposals == ()


def test_an_e_paper_shareholders_meeting_notice_proposes_nothing():
    page = (
        "某某新材料股份有限公司 2025年第二次临时股东大会的通知 2025-07-08\n"
        "证券代码：001000 证券简称：某某新材 公告编号：2025-038\n"
        "一、召开会议的基本情况\n"
        "1、股东大会届次：2025年第二次临时股东大会\n"
        "2、会议召开的日期、时间：现场会议2025年7月25日14:30开始；网络投票时间为2025年7月25日"
        "9:15至15:00。\n"
        "3、会议的股权登记日：2025年7月18日\n"
    )
    assert extract_notices(page).proposals == ()
