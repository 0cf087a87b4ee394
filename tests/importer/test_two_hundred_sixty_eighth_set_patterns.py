"""Patterns a fresh set of real notices (older notices, 2015-2019, of central and northern
provinces: EIA publicity of every stage, bureaus' notices, inspection reporting windows) showed
(issue #11): each a sentence of behaviour on a text written for the test, modelled on the
pattern, not copied."""

from __future__ import annotations

from notices.importer import extract_notices

#: A first notice in the 2006 interim measures' form, its copy cut before the contacts (so no
#: number to call survives) and starting in its body: the project's outline, the assessment's
#: steps, and the matters it asks the public about.
_TITLE = "某某县某某局某某河生态公园项目\n环境影响评价公众参与第一次公示\n"
_OPENING = (
    "根据《环境影响评价公众参与暂行办法》（环发〔2006〕28号）的要求，现对本项目环境影响评价"
    "信息进行公示，欢迎公众积极参与并提出宝贵意见。\n"
    "一、项目基本情况\n"
    "项目名称：某某河生态公园项目\n"
    "建设单位：某某县某某局\n"
    "建设地点：某某县某某路以东、某某路以北，占地约300亩。\n"
    "二、环境影响评价的工作程序和主要工作内容\n"
    "（1）环评机构接受建设单位的委托；\n"
    "（2）现场踏勘、资料收集，编写报告书；\n"
    "（3）报告书报送、评审和报批。\n"
)
_SURVEY = (
    "三、征求公众意见的主要事项\n"
    "(1)对项目所在地周围环境质量现状的看法?\n"
    "(2)对项目施工期和运行期环境保护措施的建议?\n"
)


def test_a_first_notices_numbered_survey_questions_without_you_are_its_own_not_an_explainers():
    result = extract_notices(_OPENING + _SURVEY)
    assert [p.value("kind") for p in result.proposals] == ["eia_first"]
    assert result.proposals[0].value("issuer") == "某某县某某局"


def test_so_are_they_when_column_ocr_prints_the_title_under_the_body():
    result = extract_notices(_OPENING + _SURVEY + _TITLE)
    assert [p.value("kind") for p in result.proposals] == ["eia_first"]
    assert result.proposals[0].value("title") == _TITLE.replace("\n", "")


def test_a_works_outline_that_mainly_includes_its_parts_is_no_explainers_word():
    # "建设内容主要包括…" describes the notice's own works; with the 2006 form's section "征求
    # 公众意见的注意事项" the copy still reads as a notice, not as a guide
    text = _OPENING.replace(
        "占地约300亩。", "占地约300亩，建设内容主要包括水系整治、绿化及配套设施建设。"
    ) + ("三、征求公众意见的注意事项\n请公众就本项目的环境影响发表意见。\n")
    result = extract_notices(text)
    assert [p.value("kind") for p in result.proposals] == ["eia_first"]
