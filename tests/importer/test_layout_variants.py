"""Layouts a page may be pasted in (issue #11, layout robustness: the same notices laid out as an
e-paper's text layer, an OCR'd column or a newspaper page with its furniture): each a sentence
of behaviour on a text written for the test, not copied from a real page."""

from __future__ import annotations

import datetime

from tests.importer.proposals import only as _only

_HEADER = "2031年4月8日 星期二  第B05版：公告  责任编辑：某某"

_REDUCTION = (
    "减资公告\n"
    "某某市青禾建材有限公司经股东会决议，注册资本由\n"
    "人民币一千万元减至人民币五百万元。请债权人自本\n"
    "公告见报之日起四十五日内向本公司申报债权。\n"
    "联系人：周某 电话：0471-5550123\n"
    "某某市青禾建材有限公司\n"
    "2031年4月3日\n"
)


def test_a_newspaper_page_header_over_a_notice_is_not_read_into_its_first_sentence():
    page = _HEADER + "\n" + _REDUCTION.split("\n", 1)[1]
    notice = _only(page)
    assert notice.value("kind") == "capital_reduction"
    assert notice.value("subject") == "某某市青禾建材有限公司"
    assert notice.value("issuer") == "某某市青禾建材有限公司"


def test_a_page_header_between_a_news_item_and_a_notice_keeps_the_notice_whole():
    news = "本报讯 昨日，某某区举办春季植树活动，\n三百余名干部群众参加，共植树两千株。\n"
    notice = _only(news + _HEADER + "\n" + _REDUCTION)
    assert notice.value("kind") == "capital_reduction"
    assert notice.value("title") == "减资公告"
    assert notice.value("issuer") == "某某市青禾建材有限公司"
    assert notice.value("contact")["phone"] == "0471-5550123"
    # the paper's day is the day the notice was printed
    assert notice.value("published_on") == datetime.date(2031, 4, 8)
