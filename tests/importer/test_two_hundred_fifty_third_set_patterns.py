"""Patterns a fresh set of real radiation and nuclear-technology notices showed (issue #11):
each a sentence of behaviour on a text written for the test, modelled on the pattern, not
copied."""

from __future__ import annotations

import datetime as dt

from notices.importer import extract_notices

_SECOND_DISCLOSURE = (
    "某某同位素药业有限公司放射性药品生产线项目环境影响评价第二次信息公示\n"
    "发布时间：2024-03-05\n"
    "一、说明\n"
    "某某核技术研究所承担了该项目的环境影响评价工作，现向公众进行第二次信息发布。\n"
    "本文本内容为现阶段环评成果，将在听取公众意见的基础上进一步修改完善。\n"
    "二、建设项目概况\n"
    "建设内容：主要包括锝发生器、碘-125籽源的生产和销售等活动。\n"
    "三、环境影响报告书征求意见稿见附件1，公众意见表见附件2；\n"
    "查阅期限：自信息发布起10个工作日止。\n"
)


def test_a_notice_calling_itself_this_text_is_no_explainer():
    notices = extract_notices(_SECOND_DISCLOSURE).proposals
    assert len(notices) == 1
    assert notices[0].value("kind") == "eia_draft_comment"
    assert notices[0].value("published_on") == dt.date(2024, 3, 5)


def test_an_article_speaking_of_itself_as_this_article_still_reads_as_one():
    page = (
        "环评公示期一般为多久？\n"
        "本文介绍环境影响评价信息公开的各个阶段，主要包括首次公示、征求意见稿公示和报批前公示，"
        "征求意见的期限一般为10个工作日。\n"
    )
    assert extract_notices(page).proposals == ()


_FULL_TEXT_UNDER_GUIDE = (
    "某某市第一人民医院拟在院区北侧新建放疗中心，新增2台医用电子直线加速器用于肿瘤治疗。"
    "该项目需进行环境影响评价，按照《建设项目环境影响评价政府信息公开指南（试行）》有关要求，"
    "对该项目进行全文公示。\n"
    "任何单位和个人对本项目有环境保护方面的意见和建议可以通过电话向建设单位或评价单位反映。\n"
    "联系人：某某\n"
    "联系电话：13900001111\n"
    "某某市第一人民医院\n"
    "2024年6月3日\n"
)


def test_a_project_put_up_in_full_under_the_disclosure_guide_is_before_submission():
    notice = extract_notices(_FULL_TEXT_UNDER_GUIDE).proposals[0]
    assert notice.value("kind") == "eia_pre_submission"
    assert notice.value("issuer") == "某某市第一人民医院"
    assert notice.value("published_on") == dt.date(2024, 6, 3)
