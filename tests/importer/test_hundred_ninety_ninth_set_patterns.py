"""Patterns a hundred-and-ninety-ninth fresh set of real notices showed (issue #11: wind,
photovoltaic, grid, coal and chemical projects of Shaanxi, Gansu and Ningxia, 2014-2026): each a
sentence of behaviour on a text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

from tests.importer.proposals import only as _only


def test_a_period_whose_ends_both_lost_their_year_and_month_marks_ends_on_the_printed_day():
    # (the end, 2025-2-5, reads one way only; the start, 1-23 or 12-3, is the one before it)
    page = (
        "某某区生态环境厅2025年1月22日拟批准建设项目环境影响评价文件的公示\n"
        "发布时间：2025-01-23 09:44\n"
        "根据建设项目环境影响评价审批程序的有关规定，我厅拟对1个建设项目环境影响报告书作出批复决定。"
        "现将拟批准的建设项目环境影响报告书基本情况予以公示，公示期为2025123-202525日（5个工作日）。\n"
        "公示期间联系电话：0951-1234567（某某处）\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_pre_approval"
    assert notice.value("window")["starts_on"] == "2025-01-23"
    assert notice.value("window")["ends_on"] == "2025-02-05"


def test_the_links_to_the_items_before_and_after_are_not_the_notice():
    # (a copy that prints the article as one long line: the link under it is a line of its own,
    # so the phone on the article's line stays the notice's, and the other item's title gives
    # neither its day nor its office)
    page = (
        "根据建设项目环境影响评价审批程序的有关规定，经审议，我厅拟对某某化工有限公司某某技术改造"
        "项目拟作出批复决定。现将建设项目环境影响报告书的基本情况予以公示。 公示期为2018年2月27日-"
        "2018年3月5日。 电话（传真）：029-61234567 听证告知：自公示起五日内申请人、利害关系人"
        "可要求听证。 序号 项目名称 建设地点 建设单位 1 某某技术改造项目 某某县 某某化工有限公司 "
        "详见该项目环境影响报告书\n"
        "上一篇：某某市环境保护局关于2017年1月3日 建设项目环境影响评价文件受 |\n"
        "下一篇：某某省环境保护厅关于2018年2月27日拟作出的建设项目环境影响评 |\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_pre_approval"
    assert notice.value("contact")["phone"] == "029-61234567"
    assert notice.value("published_on") is None
    assert notice.value("issuer") is None


def test_an_address_that_gives_a_building_and_floor_before_the_office_names_no_issuer():
    page = (
        "根据建设项目环境影响评价审批程序的有关规定，经审议，我厅拟对2个建设项目环境影响评价文件"
        "作出批复决定。现将建设项目环境影响报告书的基本情况予以公示，公示期为2014年10月29日-"
        "2014年11月4日（5个工作日）。\n"
        "联系电话：029-81234567 传真：029-81234568\n"
        "通讯地址：某某省某某市某某区省政府前大楼十层环保厅环评处 邮编：710000\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_pre_approval"
    assert notice.value("issuer") is None


def test_a_batch_title_naming_the_day_after_its_guanyu_names_the_office_without_the_day():
    page = (
        "关于2025年4月28日某某市生态环境局拟作出的建设项目环境影响评价文件审批意见的公示\n"
        "序号 | 项目名称 | 建设地点 | 建设单位 | 环评机构 | 项目概况 |\n"
        "1 | 某某煤炭加工储运项目 | 某某工业园区 | 某某商贸有限责任公司 | 某某环境工程有限公司 | "
        "项目建成后，年仓储煤炭15万吨。 |\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_pre_approval"
    assert notice.value("issuer") == "某某市生态环境局"


def test_a_builder_that_speaks_as_itself_names_itself_in_brackets():
    page = (
        "某某330kV输变电工程环境影响评价公众参与信息公告（二次公示）\n"
        "发布日期: 2020-08-14\n"
        "我公司拟建设某某330kV输变电工程，按照《环境影响评价公众参与办法》有关规定，在环境影响"
        "评价征求意见稿后开展项目环境影响评价公众参与第二次公示。现将工程环境信息予以公告如下：\n"
        "一、建设项目概况\n"
        "新建330kV户外变电站一座，本期主变规模为2×360MVA。\n"
        "二、环境影响报告书征求意见稿查阅途径\n"
        "本项目环境影响报告书征求意见稿全本在本单位（国网某某省电力公司）网站上刊登。\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_draft_comment"
    assert notice.value("issuer") == "国网某某省电力公司"
