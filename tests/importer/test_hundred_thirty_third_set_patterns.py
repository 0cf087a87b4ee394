"""Patterns a hundred-and-thirty-third fresh set of real notices showed (issue #11: draft-comment
notices of ordinary factories of 2024-2026 on builders' and consultants' own sites, with
several contact blocks, net-disk links and public-opinion forms): each a sentence of behaviour
on a text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

import datetime as dt

from tests.importer.proposals import only as _only


def test_an_e_paper_header_set_one_item_a_line_dates_the_notice_under_it_by_the_issue():
    page = (
        "星期三\n"
        "2025年05月14日\n"
        "第A06版：公告\n"
        "某某新材料有限公司年产2万吨某某助剂项目环境影响评价第二次公示\n"
        "一、环境影响报告书征求意见稿全文的网络链接\n"
        "链接：https://pan.baidu.com/s/1AbCdEfGhIjKlMnOpQrStU 提取码：ab12\n"
        "二、公众提出意见的方式和途径\n"
        "公众可通过电话（建设单位联系人：孙经理13900001111）、电子邮件（mouxinxin@163.com）向建设单位"
        "提出意见。\n"
        "三、公众意见起止时间\n"
        "2025年5月9日-15日（5个工作日）。\n"
        "某某新材料有限公司\n"
        "2025年5月9日\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_draft_comment"
    assert notice.value("published_on") == dt.date(2025, 5, 14)
