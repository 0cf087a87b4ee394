"""Patterns a two-hundred-and-fifteenth fresh set of real notices showed (issue #11: EIA
notices of logistics bases, airports, railway stations and lines, 2009-2025): each a sentence
of behaviour on a text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

from tests.importer.proposals import only as _only


def test_a_first_notice_whose_procedure_steps_stand_under_their_own_heading_stays_first():
    page = (
        "某某铁路局某某工程指挥部委托某某设计咨询有限公司对某某铁路物流基地工程进行环境影响评价。"
        "按照有关规定，对本项目进行第一次公示。\n"
        "一、项目概况\n"
        "项目名称：某某铁路物流基地工程\n"
        "二、环境评价工作程序和工作内容\n"
        "接受环评工作委托→第一次公示→现场踏勘、环境现状调查→影响预测评价→第二次公示，"
        "报告书简本公示，公众参与调查→环境影响报告书上报审批。\n"
        "三、征求公众意见的主要事项\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_first"
    assert notice.value("issuer") == "某某铁路局某某工程指挥部"


def test_a_company_opening_with_its_project_whose_assessment_a_consultant_undertakes_issues_it():
    page = (
        "某某机场有限责任公司某某机场改扩建工程环境影响评价由某某环境资源科技有限公司承担。"
        "本项目对原有跑道延长400m。\n"
        "目前环评报告征求意见稿编制完成，现就环境影响评价报告书有关内容向公众公告。\n"
        "查阅期限：2020年5月14日至5月27日，10个工作日。\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_draft_comment"
    assert notice.value("issuer") == "某某机场有限责任公司"
    assert notice.value("window")["ends_on"] == "2020-05-27"
