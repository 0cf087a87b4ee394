"""Patterns a two-hundred-and-thirty-fifth fresh set of real notices showed (issue #11: the
rarely covered prefectures of Gansu, Qinghai, Ningxia, Tibet and the north-east): each a
sentence of behaviour on a text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

from notices.importer import extract_notices
from tests.importer.proposals import only as _only

_PLAN_DISCLOSED = (
    "您的位置：首页>信息公开\n"
    "按照《中华人民共和国环境影响评价法》、《环境影响评价公众参与办法》等有关规定，"
    "向公众公开下列信息：\n"
    "一、规划基本情况\n"
    "规划名称：某某经济开发区总体发展规划（2021-2035年）\n"
    "规划内容：某某经济开发区位于某某县某某镇境内，总面积为512.34公顷，分为制造业片区和"
    "农副食品片区。\n"
    "二、拟采取的主要环境保护措施\n"
    "（1）严格落实园区环境准入政策，对园区内部布局进行合理规划，"
)


def test_a_plan_disclosed_with_the_measures_its_assessment_proposes_is_a_draft_comment():
    # (no stage named, no period, no contact left in the copy: the measures set out as a
    # heading tell that the assessment is made)
    assert _only(_PLAN_DISCLOSED).value("kind") == "eia_draft_comment"


def test_the_same_disclosure_with_its_title_and_a_news_item_on_a_page_is_found_alone():
    news = (
        "某某市强化中心城区水系治理\n"
        "发布时间：2021-04-22 来源：某某日报\n"
        "记者从某某市生态环境局获悉，该局去年出具了某某水系治理工程等六个项目的环评批复，"
        "并加大了施工期的环境监管力度。"
    )
    proposals = extract_notices(f"{news}\n\n{_PLAN_DISCLOSED}\n").proposals
    assert [p.value("kind") for p in proposals] == ["eia_draft_comment"]


def test_the_heading_run_on_after_a_full_stop_in_a_flattened_copy_still_tells_the_stage():
    flat = _PLAN_DISCLOSED.replace("\n二、", "二、").replace("农副食品片区。\n", "农副食品片区。")
    assert _only(flat).value("kind") == "eia_draft_comment"


def test_a_first_notice_that_says_measures_will_be_proposed_stays_a_first_notice():
    page = (
        "某某县某某河道治理工程环境影响评价第一次公示\n"
        "根据《环境影响评价公众参与办法》，现将本项目环境影响评价信息公示如下：\n"
        "一、建设项目名称及概要\n"
        "项目名称：某某县某某河道治理工程，治理河段长约3.21km，评价中将提出拟采取的环境保护措施。\n"
        "二、建设单位名称和联系方式\n"
        "建设单位：某某县水利局  联系人：某工  电话：13900001234\n"
        "三、公众意见表的网络链接\n"
        "公众可通过信函、电子邮件等方式提交公众意见表。\n"
    )
    assert _only(page).value("kind") == "eia_first"
