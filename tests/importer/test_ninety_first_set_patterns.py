"""Patterns a ninety-first fresh set of real notices showed (issue #11: a mixed precision set
from many provinces and media): each a sentence of behaviour on a text written for the test,
modelled on the pattern, not copied."""

from __future__ import annotations

import datetime

from tests.importer.proposals import only as _only

_BODY = (
    "某某新区供热管网改造项目环境影响评价第二次公示 1、项目名称：某某新区供热管网改造项目； "
    "2、建设地点：某某新区东环路以西； 3、征求意见稿全文见附件； 4、公众可将公众意见表发送至"
    "邮箱 heat2031@example.com，或邮寄至某某热力有限公司。 5、公众提出意见的起止时间："
    "2023年3月6日至2023年3月17日，公示时间为10个工作日。"
)


def test_a_signer_run_onto_the_last_paragraph_above_its_own_date_line_signs_the_notice():
    page = _BODY + " 某某新区热力发展有限公司\n2023年3月6日\n"
    notice = _only(page)
    assert notice.value("kind") == "eia_draft_comment"
    assert notice.value("issuer") == "某某新区热力发展有限公司"
    assert notice.value("published_on") == datetime.date(2023, 3, 6)


def test_a_web_tables_closing_bar_under_the_signature_date_does_not_hide_it():
    page = _BODY + "\n某某新区热力发展有限公司\n2023年3月6日\n|\n"
    notice = _only(page)
    assert notice.value("issuer") == "某某新区热力发展有限公司"
    assert notice.value("published_on") == datetime.date(2023, 3, 6)


def test_a_closing_sentence_ending_in_a_plain_word_gives_no_signer():
    page = _BODY + " 欢迎来电咨询\n2023年3月6日\n"
    notice = _only(page)
    assert notice.value("issuer") != "欢迎来电咨询"


def test_a_first_publicity_whose_broken_title_was_read_after_its_body_is_still_proposed():
    page = (
        "根据《中华人民共和国环境影响评价法》《环境影响评价公众参与办法》的要求，需开展某某镇"
        "农贸市场改造工程的环境影响评价公众参与工作，以便了解社会公众对本项目建设的态度和意见。\n"
        "一、项目名称及概要\n"
        "项目名称：某某镇农贸市场改造工程\n"
        "二、环境影响评价的工作程序和主要工作内容\n"
        "环评工作分为前期准备、分析论证和报告书编制三个阶段，本次评价将预测施工期和运营期的"
        "环境影响，报告书征求意见稿形成后另行公示。\n"
        "某某镇农贸市场改造工程\n"
        "环境影响评价第一次公示\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_first"
    assert "某某镇农贸市场改造工程" in notice.value("title")
