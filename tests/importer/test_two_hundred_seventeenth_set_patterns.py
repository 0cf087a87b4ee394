"""Patterns a two-hundred-and-seventeenth fresh set of real notices showed (issue #11: EIA
notices of textile, dyeing, chemical-fibre, non-woven and shoe-making works in Fujian,
Guangdong and Zhejiang, 2019-2025): each a sentence of behaviour on a text written for the
test, modelled on the pattern, not copied."""

from __future__ import annotations

from tests.importer.proposals import only as _only


def test_a_bureau_form_of_one_project_a_field_a_row_lists_that_project_and_its_builder():
    # a district bureau's pre-approval template: the project printed as a two-column form,
    # each row a field name and its value ("项目名称 | … |", "建设单位 | … |")
    page = (
        "根据某某鞋材有限公司年产鞋底100万双建设项目环境影响评价文件等，按照建设项目环境影响"
        "评价审批程序的有关规定，我局拟对该项目环境影响评价文件作出批准决定。现予公示，"
        "公示期5个工作日（2025年03月03日至2025年03月07日）。\n"
        "联系电话：0763-1234567\n"
        "项目名称 | 某某鞋材有限公司年产鞋底100万双建设项目 |\n"
        "建设地点 | 某某市某某工业园1号 |\n"
        "建设单位 | 某某鞋材有限公司 |\n"
        "环评机构 | 某某环保科技有限公司 |\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_pre_approval"
    assert notice.value("projects") == [
        {"project": "某某鞋材有限公司年产鞋底100万双建设项目", "builder": "某某鞋材有限公司"}
    ]


def test_a_builder_notice_that_names_its_project_and_builder_by_labels_lists_no_project():
    # a builder's own draft notice names them with colons: no authority's table
    page = (
        "某某纺织有限公司印染技改项目环境影响评价第二次公示\n"
        "项目名称：某某纺织有限公司印染技改项目\n"
        "建设单位：某某纺织有限公司\n"
        "公众可在本公示发布之日起10个工作日内提出意见。联系电话：0575-1234567\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_draft_comment"
    assert not notice.value("projects")
