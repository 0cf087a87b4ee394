"""Patterns a hundred-and-fiftieth fresh set of real notices showed (issue #11: the newest
notices, of 2026 and late 2025, where the store still had them): each a sentence of behaviour
on a text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

from tests.importer.proposals import only as _only


def test_a_zone_that_proposes_approval_in_its_dated_table_caption_issues_the_notice():
    page = (
        "2026年4月8日某某环保科技工业园拟批准环境影响报告表的情况 |\n"
        "序号 |\n项目名称 |\n建设地点 |\n建设单位 |\n环评机构 |\n公众反馈意见的联系方式 |\n"
        "1 |\n某某渔光互补发电项目 |\n某某镇某某村 |\n某某新能源有限公司 |\n"
        "某某环保技术有限公司 |\n0510-87000000，moumou@163.com |\n"
        "公开时间：2026年4月8日~2026年4月14日\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_pre_approval"
    assert notice.value("issuer") == "某某环保科技工业园"


def test_a_company_that_plans_to_extend_its_existing_works_issues_its_draft_notice():
    page = (
        "年产5000吨某某负极材料改扩建项目环境影响评价公众参与公示\n"
        "根据《环境影响评价公众参与办法》的相关规定，现将本项目的有关事宜公告如下：\n"
        "一、项目概况\n"
        "建设地点：某某产业开发区。\n"
        "建设内容：某某新材料科技有限公司拟对现有工程进行改扩建，在现有厂房内新增两条破碎分级"
        "生产线。\n"
        "二、环境影响报告书征求意见稿全文的网络链接及查阅纸质报告的方式和途径\n"
        "链接：https://pan.baidu.com/s/1MouMouMouMouMou\n"
        "提取码：abcd\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_draft_comment"
    assert notice.value("issuer") == "某某新材料科技有限公司"


def test_a_news_item_reprinting_a_notice_is_issued_by_the_authority_the_original_names():
    # (the reporter names the bureau with its region first; the original's title names it
    # as it calls itself, and that is the issuer)
    page = (
        "当前位置: 某某网 » 储能电池 » 正文\n"
        "8000万元!一动力电池项目落户新疆某某\n"
        "日期:2026-03-09    来源:某某地区生态环境局\n"
        "国际某某网\n"
        "2026\n"
        "03/09\n"
        "10:15\n"
        "文章二维码\n"
        "手机扫码看资讯\n"
        "关键词: 动力电池项目 新能源产业\n"
        "近日,新疆某某地区生态环境局发布关于2026年3月2日拟作出的建设项目环境影响评价文件批复"
        "决定的公示。其中,拟对“某某电池生产建设项目”等环境影响评价文件批复决定。\n"
        "本项目性质为新建,位于某某经济开发区某某产业园B02号厂房。主要建设内容:设置动力电池生产线"
        "1条。项目总投资8000万元,环保投资40万元,占总投资的0.5%。\n"
        "原公告如下:\n"
        "某某地区生态环境局关于2026年3月2日拟作出的建设项目环境影响评价文件批复决定的公示\n"
        "根据建设项目环境影响评价审批程序的有关规定。经审议,我局拟对下列建设项目环境影响报告\n"
        "\n"
        "某某开发区首个负极材料项目获得环保批复\n"
        "来源:某某日报 • 2025-05-11 22:40:16\n"
        "本报讯 近日,某某新材料科技有限公司年产5万吨负极材料项目环境影响报告书,"
        "获自治区生态环境厅批复。\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_pre_approval"
    assert notice.value("issuer") == "某某地区生态环境局"
