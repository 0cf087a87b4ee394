"""Patterns a forty-sixth fresh set of real notices showed (issue #11: notices as newspapers
print them, in e-paper views and portals that repost a paper's articles): each a sentence of
behaviour on a text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

import datetime as dt

from tests.importer.proposals import only as _only

_DRAFT_BODY = (
    "根据《环境影响评价公众参与办法》（生态环境部令第4号）的要求，《某某县滨河公园总体规划》"
    "环境信息公示如下：\n"
    "一、规划环境影响报告书征求意见稿全文的网络链接及查阅纸质报告书的方式和途径\n"
    "公众可通过http://www.example.cn/gs/88.html查阅征求意见稿电子版全文，也可电话联系索取纸质"
    "报告书，电话为13700001111。\n"
    "二、公众提出意见的方式和途径\n"
    "邮箱：12345678@qq.com；电话：13700001111；信函邮寄地址：某某县城关镇滨河路2号。\n"
    "三、公众提出意见的起止时间\n"
    "自公示之日起10个工作日。\n"
)


def test_a_closing_formula_with_the_signer_run_onto_its_line_still_signs():
    page = _DRAFT_BODY + "特此公告某某县滨河公园管理处\n2020年6月11日\n"
    notice = _only(page)
    assert notice.value("issuer") == "某某县滨河公园管理处"
    assert notice.value("published_on") == dt.date(2020, 6, 11)


def test_a_portal_byline_with_the_day_first_and_the_paper_after_gives_the_papers_day():
    page = (
        "网站首页 > 资讯频道 > 正文阅读\n"
        "《某某县滨河公园总体规划》环境信息公示\n"
        "2021-04-08 12:09  某某日报\n"
        + _DRAFT_BODY
        + "特此公告\n某某县滨河公园管理处\n2021年4月6日\n"
    )
    notice = _only(page)
    assert notice.value("published_on") == dt.date(2021, 4, 8)  # not the signature's 6th
