"""Patterns a two-hundred-and-sixty-first fresh set of real notices showed (issue #11: sewage
plants, fly-ash landfills, kitchen and construction waste, water supply): each a sentence of
behaviour on a text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

from notices.importer import extract_notices

_PRE_SUBMISSION_AFTER_SUBMITTING_NOW = (
    "某某产业园区基础设施建设项目-污水处理厂环境影响评价报批前公示\n"
    "根据《中华人民共和国环境影响评价法》和《环境影响评价公众参与办法》的要求，现已编制完成"
    "《某某产业园区基础设施建设项目-污水处理厂环境影响报告书》，在报告编制期间，已经进行了两次"
    "公众参与公示工作。现拟上报某某市生态环境局进行审批，开展环境影响评价公众参与报批前公示，"
    "以听取社会各界对该项目的意见和建议。\n"
    "一、项目基本情况\n"
    "项目名称：某某产业园区基础设施建设项目-污水处理厂\n"
    "建设内容：一期工程设计污水处理规模为800m³/d。\n"
    "链接：https://pan.example.com/s/1AbCdEfGh 提取码：ab12\n"
    "二、公众参与过程\n"
    "项目编制期间，第一次公示采取网络公开形式，第二次采用网络、报纸及现场张贴形式，"
    "在两次公示期间未收到公众反馈的意见和建议。\n"
)

_STATEMENT_OF_ROUNDS_HELD = (
    "某某污水处理厂项目公众参与情况\n"
    "本项目现已完成环境影响报告书编制，开展了报批前公示，公示期间未收到公众反馈的意见和建议。\n"
    "二、公众参与过程\n"
    "第一次公示采取网络公开形式，第二次采用报纸形式。\n"
)


def test_a_pre_submission_notice_opened_after_saying_it_submits_now_is_a_notice():
    # "现拟上报…审批，开展…报批前公示": the round opened now, in the sentence that says what the
    # builder does now; its summary of earlier rounds ("期间未收到…意见") does not make it a recap
    proposals = extract_notices(_PRE_SUBMISSION_AFTER_SUBMITTING_NOW).proposals
    assert len(proposals) == 1
    notice = proposals[0]
    assert notice.value("kind") == "eia_pre_submission"
    assert notice.value("links") == ["https://pan.example.com/s/1AbCdEfGh"]


def test_a_statement_that_says_the_round_was_held_stays_no_notice():
    # "现已完成…，开展了报批前公示": the round told as done, with only a recap of what came in
    assert not extract_notices(_STATEMENT_OF_ROUNDS_HELD).proposals
