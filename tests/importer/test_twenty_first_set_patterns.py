"""Patterns a twenty-first fresh set of real notices (claims notices) showed (issue #11): each
a sentence of behaviour on a text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

from notices.importer import extract_notices


def _only(page: str):
    proposals = extract_notices(page).proposals
    assert len(proposals) == 1, [p.value("kind") for p in proposals]
    return proposals[0]


def test_a_pdf_text_whose_date_figures_were_lifted_out_is_no_blank_template():
    page = (
        "证券代码:600000 证券简称:某某制药 公告编号:2025-031\n"
        "某某制药股份有限公司\n"
        "关于减少注册资本暨通知债权人的公告\n"
        "本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏。\n"
        "一、通知债权人的原因\n"
        "某某制药股份有限公司(以下简称“公司”)于2025年3月20日召开第三届董事会第九次会议,"
        "审议通过了《关于注销回购股份的议案》,并于2025 5 16 2024\n"
        "于 年月 日召开的 年年度股东大会审议通过了《关于公司变更注册资本的议案》,"
        "公司将注销回购专用证券账户中的股份共计58,000股。\n"
    )
    proposal = _only(page)
    assert proposal.value("kind") == "capital_reduction"
    assert proposal.value("issuer") == "某某制药股份有限公司"


def test_a_blank_date_to_fill_in_still_marks_a_template():
    page = (
        "减资公告\n"
        "某某商贸有限公司经股东会决议,注册资本由100万元减少至10万元。"
        "请债权人自本公告之日起45日内向本公司申报债权。\n"
        "特此公告。\n"
        "某某商贸有限公司\n"
        "年月日\n"
    )
    assert extract_notices(page).proposals == ()
