"""Patterns a two-hundred-and-forty-fifth fresh set of real notices showed (issue #11: EIA
notices of 2023-2025 in Anhui, Jiangxi, Hunan, Henan and Shandong): each a sentence of
behaviour on a text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

from notices.importer import extract_notices
from tests.importer.proposals import only as _only


def test_a_short_paper_notice_offering_the_draft_and_the_opinion_form_is_a_draft_comment():
    # (it never writes 环境影响: the draft and the form of Measures art. 10 tell the stage)
    page = (
        "某某县某某中心综合楼迁建项目位于某某县某某镇城东，新建1栋建筑面积2000平方米的业务楼。\n"
        "根据国家相关法律法规，现征求附近居民和单位对项目在环境保护方面的建议，"
        "征求意见稿和公众意见表见网址：https://pan.example.com/s/1AbCdEfGh，提取码：ab12。\n"
        "查阅纸质报告及反馈意见联系本单位，联系电话：某工 13900002222\n"
        "征求意见时间：2023年5月8日-2023年5月19日\n"
        "某某县某某中心\n"
        "2023年5月8日\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_draft_comment"
    assert notice.value("contact")["phone"] == "13900002222"


def test_a_statement_recounting_a_first_and_a_draft_round_it_held_opens_no_notice():
    # ("进行了第一公示", its 次 dropped, and "进行了征求意见稿公示": two rounds told as done)
    page = (
        "根据《环境影响评价公众参与办法》，某某食品有限公司某某加工项目已完成编制工作，拟向生态环境"
        "主管部门报批环境影响报告书，现将公司组织的公众参与情况公告如下：\n"
        "一、公众参与的过程、范围和内容\n"
        "于2021年03月01日到2021年3月12日在某某公司网站进行了第一公示，"
        "于2021年03月20日至2021年04月02日在某某公司网站以及某某报进行了征求意见稿公示。"
        "公示期间建设单位未收到反馈意见。\n"
        "二、公众意见收集整理情况\n"
        "未收到反对意见。\n"
        "建设单位：某某食品有限公司\n"
        "联系人：某某\n"
    )
    assert extract_notices(page).proposals == ()


def test_an_authority_notice_dated_over_its_table_of_reports_keeps_that_date():
    # (the table's caption names the reports without 书/表: "拟审批的建设项目环境影响报告")
    page = (
        "关于拟对某某农业有限公司某某养殖项目环境影响报告书作出审批意见的公示\n"
        "根据建设项目环境影响评价审批程序的有关规定，经审议，我局拟对某某养殖项目环境影响报告书"
        "作出审批意见。如有异议，请在公示期内反馈我局行政审批股。"
        "公示期为5个工作日（2024年3月11日—2024年3月15日）\n"
        "联系方式：0370—1234567\n"
        "通讯地址：某某县某某大道东段\n"
        "2024年3月11日\n"
        "拟审批的建设项目环境影响报告\n"
        "序号 | 项目名称 | 建设地点 | 建设单位\n"
        "1 | 某某养殖项目 | 某某县某某镇 | 某某农业有限公司\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_pre_approval"
    assert str(notice.value("published_on")) == "2024-03-11"


def test_the_same_notice_under_a_news_line_on_a_page_of_several_items_keeps_it_too():
    page = (
        "某某县召开全县生态环境保护工作会议，部署今年重点工作。\n\n"
        "根据建设项目环境影响评价审批程序的有关规定，经审议，我局拟对某某厂房项目环境影响报告表"
        "作出审批意见。公示期为5个工作日（2024年4月8日—2024年4月12日）\n"
        "联系电话：0370—7654321\n"
        "2024年4月8日\n"
        "拟审批的建设项目环境影响报告\n"
        "序号 | 项目名称 | 建设单位\n"
        "1 | 某某厂房项目 | 某某机械有限公司\n"
    )
    assert str(_only(page).value("published_on")) == "2024-04-08"


def test_the_company_opening_the_quoted_project_whose_matters_are_set_out_is_the_builder():
    # ("现将“X某某项目”有关环境影响评价事宜公告如下", the 2006 interim measures' words)
    page = (
        "根据《中华人民共和国环境影响评价法》、《环境影响评价公众参与办法》等相关规定，现将"
        "“某某化工有限公司年产5000吨某某剂项目”有关环境影响评价事宜公告如下：\n"
        "一、建设项目的名称及概要\n"
        "项目名称：年产5000吨某某剂项目\n"
        "二、公众查阅环境影响报告书征求意见稿的方式\n"
        "报告书电子版征求意见稿：https://pan.example.com/s/1AbcDef\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_draft_comment"
    assert notice.value("issuer") == "某某化工有限公司"


def test_a_builders_summary_of_its_participation_set_out_below_is_no_notice():
    # "现将…公众参与情况公告如下" sums up the rounds held (进行了…公示): a statement, though it
    # sets its matters out below the way a notice does
    page = (
        "根据《中华人民共和国环境影响评价法》及《环境影响评价公众参与办法》，某某食品股份有限公司"
        "某某肉制品加工项目环境影响报告书已完成编制工作，拟向生态环境主管部门报批，现将建设项目"
        "环境影响评价公众参与情况公告如下：\n"
        "一、公众参与的过程、范围和内容\n"
        "于2031年3月2日至2031年3月15日在公司网站进行了第一次公示，于2031年4月1日至2031年4月15日"
        "进行了征求意见稿公示，公示期间未收到公众反馈意见。\n"
        "二、公众意见收集整理和归纳分析情况\n"
        "公示期间建设单位、评价单位均未收到书面和电话反馈。\n"
    )
    assert not extract_notices(page).proposals
