"""Patterns an eighty-fifth fresh set of real notices showed (issue #11: Shaanxi, Gansu,
Qinghai, Ningxia and Xinjiang notices of every kind): each a sentence of behaviour on a text
written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

from notices.importer import extract_notices


def test_a_letter_withdrawing_one_companys_approval_is_no_notice():
    page = (
        "柳州环函〔2019〕14号\n"
        "关于撤销《某某区环保局关于某某建材有限公司石料加工项目\n"
        "环境影响报告表的批复》的函\n"
        "某某建材有限公司：\n"
        "我局于2018年3月2日对你公司石料加工项目出具了批复（某环评〔2018〕9号）。\n"
        "经核实，该项目选址位于饮用水水源保护区内，我局决定撤销上述批复，原文件即日起废止。\n"
        "某某市环境保护局\n"
        "2019年5月6日\n"
    )
    assert not extract_notices(page).proposals
