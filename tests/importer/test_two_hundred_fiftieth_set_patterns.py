"""Patterns a two-hundred-and-fiftieth fresh set of real notices showed (issue #11: EIA
notices of Sichuan, Chongqing, Guizhou, Yunnan and Guangxi): each a sentence of behaviour on
a text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

import datetime as dt

from notices.importer import extract_notices
from tests.importer.proposals import only as _only

#: A portal article as pasted: its byline in "|" fields, its summary line, then the notice,
#: its title broken after the project's name.
PORTAL_ARTICLE = (
    "2024-3-8 10:12| 发布者: abc123| 查看: 356| 评论: 0 |来自: 某某县交通运输局\n"
    "简介:某某至某某公路工程 环境影响评价 公众参与\n"
    "某某至某某公路工程\n"
    "环境影响评价信息公示\n"
    "各位公众：\n"
    "某某县交通运输局拟在某某县建设某某至某某公路工程，按照《环境影响评价公众参与办法》的规定，"
    "特向公众公示如下信息：\n"
    "一、建设项目名称及概要\n"
    "项目名称：某某至某某公路工程；建设单位：某某县交通运输局；建设性质：新建。\n"
    "二、建设单位联系方式\n"
    "联系人：某工，联系电话：0872-3216540\n"
)


def test_a_portal_byline_and_summary_line_do_not_swallow_the_title_under_them():
    notice = _only(PORTAL_ARTICLE)
    assert notice.value("kind") == "eia_first"
    assert notice.value("title") == "某某至某某公路工程环境影响评价信息公示"
    assert notice.value("contact")["phone"] == "0872-3216540"


def test_the_portal_byline_still_gives_the_day_the_article_was_put_up():
    assert _only(PORTAL_ARTICLE).value("published_on") == dt.date(2024, 3, 8)


def test_a_summary_line_alone_over_a_title_is_no_sentence_the_title_continues():
    page = PORTAL_ARTICLE.split("\n", 1)[1]
    result = extract_notices(page)
    assert [p.value("title") for p in result.proposals] == [
        "某某至某某公路工程环境影响评价信息公示"
    ]
