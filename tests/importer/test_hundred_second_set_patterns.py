"""Patterns a hundred-and-second fresh set of real notices showed (issue #11: farming and food,
livestock farms, slaughterhouses, feed mills, distilleries and food plants): each a sentence
of behaviour on a text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

from tests.importer.proposals import only as _only


def test_a_pre_submission_citing_both_long_document_titles_is_a_notice_though_no_comments_came():
    page = (
        "某某县某某乡肉羊屠宰加工厂建设项目环境影响报告书报批前公示\n"
        "根据《中华人民共和国环境影响评价法》和《环境影响评价公众参与办法》的要求，现已编制完成"
        "《某某县某某乡肉羊屠宰加工厂建设项目环境影响报告书》。现进行《某某县某某乡肉羊屠宰加工厂"
        "建设项目环境影响报告书》（公示本）及《某某县某某乡肉羊屠宰加工厂建设项目环境影响评价公众"
        "参与说明》报批前公示。\n"
        "一、项目基本情况\n"
        "项目名称：某某县某某乡肉羊屠宰加工厂建设项目\n"
        "建设单位：某某牧业有限公司\n"
        "二、公众参与过程\n"
        "在项目环境影响评价期间进行了公众参与调查，在公示期间，未收到公众意见表。\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_pre_submission"
