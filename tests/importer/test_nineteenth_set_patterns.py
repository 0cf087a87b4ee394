"""Patterns a nineteenth fresh set of real notices showed (issue #11): each a sentence of
behaviour on a text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

from notices.importer import extract_notices


def _only(page: str):
    proposals = extract_notices(page).proposals
    assert len(proposals) == 1, [p.value("kind") for p in proposals]
    return proposals[0]


def test_an_email_printed_with_a_space_before_its_at_after_its_label_is_read_whole():
    page = (
        "某某县某某公路环境影响报告书（征求意见稿）公示\n"
        "根据《环境影响评价公众参与办法》，现对《某某县某某公路环境影响报告书》（征求意见稿）进行公示。\n"
        "一、公众提出意见的起止时间：公示后的10个工作日内。\n"
        "二、建设单位：某某公路建设开发有限公司，联系人：钱总，电话：13700137000\n"
        "环评单位：某某环保有限公司，联系人：孙工，电话：0731-55550000 电子邮件：2345678 @qq.com\n"
        "某某公路建设开发有限公司\n"
        "2022年5月9日\n"
    )
    assert _only(page).value("contact")["email"] == "2345678@qq.com"
