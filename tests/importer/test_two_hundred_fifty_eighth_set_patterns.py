"""Patterns a two-hundred-and-fifty-eighth fresh set of real notices showed (issue #11:
chemical, pharmaceutical, coating and new-material works, 2022-2026): each a sentence of
behaviour on a text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

from notices.importer import extract_notices
from tests.importer.proposals import only as _only

FIRST_NOTICE_OPENING_WITH_THE_RULE = (
    "环境影响评价是我国环境保护管理的一项基本制度，要求建设项目组织环境影响评价，"
    "提出预防和减缓措施，取得批复后方可开工建设。根据《中华人民共和国环境影响评价法》，"
    "在项目论证阶段征询与该项目有关的个人和单位的意见和建议，敬请广大公众积极参与，现公示如下：\n"
    "一、建设项目名称及概要\n"
    "项目名称：年产100吨某某原料药及中间体项目\n"
    "建设单位：(略)\n"
    "建设地点：某某省某某市某某化工产业园某某路以东\n"
)


def test_a_first_notice_opening_with_the_approval_rule_is_a_notice():
    # "取得批复后方可开工建设" states the rule the notice works under, no approval obtained
    notice = _only(FIRST_NOTICE_OPENING_WITH_THE_RULE)
    assert notice.value("kind") == "eia_first"


def test_news_that_a_project_obtained_its_approval_is_still_no_notice():
    page = (
        "某某报讯 近日，某某新材料有限公司年产5000吨某某树脂项目取得环评批复，"
        "标志着项目即将开工建设。该项目位于某某化工园区，总投资2亿元。\n"
    )
    assert extract_notices(page).proposals == ()
