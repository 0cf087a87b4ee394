"""Patterns a fresh set of real notices on farming and food showed (issue #11): each a sentence
of behaviour on a text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

from datetime import date

from notices.importer import extract_notices

_FIRST_NOTICE = (
    "根据《中华人民共和国环境影响评价法》和《环境影响评价公众参与办法》要求，某某食品有限公司"
    "年产200吨腌菜建设项目需进行环境影响评价工作，现对该项目情况公示如下：\n"
    "一、建设单位名称和联系方式\n"
    "建设单位：某某食品有限公司\n"
    "联系人：某某\n"
    "联系电话：{phone}\n"
    "二、提交公众意见表的方式和途径\n"
    "公众可在公告发布之日起5个工作日内通过电子邮件、电话、信函等方式发表意见。\n"
    "某某食品有限公司\n"
    "2025年3月4日\n"
)


def test_a_phone_whose_middle_figures_a_site_hid_with_xs_leaves_a_notice():
    proposals = extract_notices(_FIRST_NOTICE.format(phone="13912XXXX34")).proposals
    assert len(proposals) == 1


def test_a_traditional_mirror_with_xs_inside_a_phone_is_still_read():
    text = _FIRST_NOTICE.format(phone="13912XXXX34")
    text = text.replace("环境影响评价法", "環境影響評價法").replace("联系电话", "聯系電話")
    proposals = extract_notices(text).proposals
    assert [p.value("published_on") for p in proposals] == [date(2025, 3, 4)]


def test_a_phone_left_as_xs_to_fill_in_is_still_a_template():
    assert extract_notices(_FIRST_NOTICE.format(phone="139XXXXXXXX")).proposals == ()


def test_an_x_placeholder_standing_alone_is_still_a_template():
    text = _FIRST_NOTICE.format(phone="0731-12345678").replace("某某食品有限公司", "XXXX公司")
    assert extract_notices(text).proposals == ()
