"""Patterns a hundred-and-thirty-sixth fresh set of real notices showed (issue #11: notices as
mirrors, aggregators and document-sharing sites re-post them, kept as found): each a sentence
of behaviour on a text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

from tests.importer.proposals import only as _only


def test_an_aggregators_copy_that_keeps_the_items_of_the_call_but_no_stage_is_a_first_notice():
    page = (
        "我单位已委托环评单位编制完成《某某至(略)道路工程环境影响报告书（送审稿）》，根据《中华"
        "人民共和国环境影响评价法》、《环境影响评价公众参与办法》的相关规定，需要对本工程建设情况"
        "及环境影响评价进行公示，接受社会公众的监督。\n"
        "一、建设项目的名称及概要\n"
        "项目名称：某某至(略)道路工程\n"
        "建设单位：(略)交通(略)\n"
        "建设内容：(略)线全长3.2km，双向四车道。\n"
        "二、建设单位名称及联系方式：\n"
        "联系人：某工\n"
        "联系电话：#\n"
        "三、征求意见的公众范围\n"
        "主要为项目沿线的居民及其他利益相关者。\n"
        "四、公众意见发表的方式和途径\n"
        "公众可以打电话或发邮件的方式向建设单位提出意见和建议，并将征求意见表反馈至邮箱：*@*q.com。\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_first"
    assert notice.value("issuer") is None  # the builder the re-poster hid is left blank

