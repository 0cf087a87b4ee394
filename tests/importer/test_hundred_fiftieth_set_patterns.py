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
