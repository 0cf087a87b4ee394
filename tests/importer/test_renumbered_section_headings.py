"""Top-level section headings numbered in figures ("1." "1、" "（一）") as well as "一、"."""

from __future__ import annotations

from notices.importer import extract_notices
from notices.importer.segment import _MEASURES_ITEM

FIRST_NOTICE = (
    "某某市滨河生态廊道工程环境影响评价公众参与第一次公示\n\n"
    "1.建设项目概况\n某某市滨河生态廊道工程位于某某区，全长约6.3公里，总投资约4.2亿元。\n"
    "2.环评工作程序\n1环评单位进行现场踏勘和环境监测\n2环评单位编制完成环境影响报告书\n"
    "3.征求意见内容\n1您对该区域环境质量现状有何看法\n2您对本项目建设持何种态度\n"
    "4.联系方式\n建设单位：某某市城市建设发展有限公司\n联系人：孙某某\n电话：0431-85927463\n"
)


def test_a_first_notice_whose_work_programme_heading_is_numbered_in_figures_is_read() -> None:
    (proposal,) = extract_notices(FIRST_NOTICE).proposals
    assert proposal.value("kind") == "eia_first"
    assert proposal.value("issuer") == "某某市城市建设发展有限公司"


def test_the_interim_measures_items_are_headings_whatever_their_numbering() -> None:
    for mark in ("2.", "2、", "2．", "（二）", "(2)"):
        text = f"某某段落。\n{mark}建设项目对环境可能造成影响的概述\n本项目运营期主要为噪声。"
        assert [m.group("item") for m in _MEASURES_ITEM.finditer(text)] == [
            "建设项目对环境可能造成影响的概述"
        ], mark
    # a figure inside a sentence or an amount is no heading
    inside = "投资约3.2亿元，详见报告第2.建设项目对环境可能造成影响的概述"
    assert not list(_MEASURES_ITEM.finditer(inside))
