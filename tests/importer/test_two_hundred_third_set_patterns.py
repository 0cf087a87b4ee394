"""Patterns a two-hundred-and-third fresh set of real notices showed (issue #11: the coast of
Hainan, Fujian and Guangxi: tourism resorts, ports, aquaculture, island works): each a
sentence of behaviour on a text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

from notices.importer import extract_notices
from tests.importer.proposals import only as _only


def test_a_listed_parents_announcement_of_reducing_a_subsidiarys_capital_is_no_creditor_notice():
    page = (
        "《某某县某某农场总体规划修编（2018-2030年）》环境影响评价第二次公示\n"
        "来源：某某农垦报 2019-01-11 08:47\n"
        "根据《中华人民共和国环境影响评价法》和《环境影响评价公众参与办法》（生态环境部令第4号）"
        "规定，为推进和规范《某某县某某农场总体规划（2018-2030年）》环境影响评价的公众参与工作，"
        "了解公众对该规划建设的态度和环境保护方面的意见及建议，现向社会公众进行第二次环境信息"
        "公示，公示内容如下：\n"
        "\n"
        "股票简称：某某股份 股票代码：000000 公告编号：2025-01\n"
        "某某航运股份有限公司\n"
        "关于对某某轮渡运输有限公司\n"
        "第二次减资的公告\n"
        "本公司及其董事会全体成员保证公告内容真实、准确和完整，并对公告\n"
        "中的虚假记载、误导性陈述或者重大遗漏承担责任。\n"
        "一、本次减资概述\n"
        "（一）本次减资基本情况\n"
    )
    kinds = [p.value("kind") for p in extract_notices(page).proposals]
    assert kinds == ["eia_draft_comment"]


def test_a_hearing_sign_up_deadline_without_its_year_takes_the_year_of_the_hearing():
    page = (
        "根据有关规定，我局拟举行《某某港区市政道路工程环境影响报告书》公开听 证会，"
        "现就有关事项公告如下：\n"
        "一、项目名称：某某港区市政道路工程\n"
        "二、听证会时间、地点\n"
        "听证会拟于 2024 年 11 月 6 日上午 9:00 在某某市生态环境局会议室举行。\n"
        "三、听证参加人报名方式\n"
        "与本项目有利害关系的单位和个人可申请作为听证参加人参加听证会。\n"
        "报名时间：本公告发布之日起至 10 月 29 日\n"
        "联系人：某工\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "other"
    assert notice.value("window")["ends_on"] == "2024-10-29"


def test_a_copy_that_keeps_only_the_second_notice_items_of_the_2006_measures_is_that_notice():
    page = (
        "一、建设项目的名称及概要\n"
        "项目名称：某某假日酒店项目\n"
        "项目概要：项目位于某某市某某镇，建设一栋酒店主楼和六栋客房楼，总投资10亿元。\n"
        "二、建设项目对环境可能造成影响的概述\n"
        "施工期主要环境问题为水土流失、施工扬尘、施工噪声等。\n"
        "三、预防和减轻不良环境影响的措施和对策\n"
        "项目施工期间通过定期洒水减少扬尘对空气的影响，施工废水沉降处理回用。\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_draft_comment"
