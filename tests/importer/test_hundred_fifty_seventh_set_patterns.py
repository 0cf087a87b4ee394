"""Patterns a hundred-and-fifty-seventh fresh set of real notices showed (issue #11: notices of
northern Jiangsu and Shandong, 2020-2025, builders' EIA notices and bureaus' pre-approvals):
each a sentence of behaviour on a text written for the test, modelled on the pattern, not
copied."""

from __future__ import annotations

from notices.importer import extract_notices
from tests.importer.proposals import only as _only


def test_a_builders_statement_and_report_put_up_in_full_before_review_is_pre_submission():
    page = (
        "根据《环境影响评价公众参与办法》的要求，某某港务有限公司作为某某码头改造项目的责任"
        "主体，开展了本项目的公众参与工作。\n"
        "在环评初期阶段，我公司于2022年3月1日通过网络公示的形式公开了本项目的环境影响评价"
        "信息；在征求意见稿形成后，我公司于2022年4月6日至2022年4月20日通过网络、报纸的方式"
        "征求了公众意见。在将本项目环评报告书报送生态环境主管部门审查前，我公司对公众意见进行"
        "了整理，编制完成了《某某码头改造项目环境影响评价公众参与说明》，并对该项目公参说明和"
        "环评报告书进行全文公示，详见附件。\n"
        "某某港务有限公司\n"
        "2022年6月8日\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_pre_submission"
    assert notice.value("published_on").isoformat() == "2022-06-08"


def test_a_report_sent_for_review_and_put_up_in_full_is_pre_submission():
    page = (
        "某某化工有限公司某某技改项目环境影响报告书已编制完成，在报送某某市生态环境局审查前，"
        "现将报告书全文予以公开，公众可通过以下链接查阅。\n"
        "链接：https://pan.baidu.com/s/1AbCdEfGhIjK\n"
        "建设单位：某某化工有限公司\n"
        "联系电话：0533-1234567\n"
        "2023年5月10日\n"
    )
    assert _only(page).value("kind") == "eia_pre_submission"


def test_the_company_named_before_the_report_a_notice_puts_up_is_its_issuer():
    page = (
        "某某高速公路某某段工程环境影响评价第二次信息公示\n"
        "发布时间：2025-03-04\n"
        "根据《环境影响评价公众参与办法》的有关规定，为广泛征求公众意见，现就某某公路建设有限"
        "公司《某某高速公路某某段工程环境影响报告书》征求意见稿阶段进行公示。\n"
        "一、工程概况\n"
        "项目名称：某某高速公路某某段工程\n"
        "路线全长约50公里，设互通立交6处。\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_draft_comment"
    assert notice.value("issuer") == "某某公路建设有限公司"


def test_a_social_post_under_a_topic_tag_that_retells_an_eia_notice_is_no_notice():
    page = (
        "#城市交通# 某某市地铁6号线二次环评公示，预计明年开工，通车时间比7号线早一年……\n"
        "根据《环境影响评价公众参与办法》（生态环境部令第4号）的相关要求，现对某某市城市轨道"
        "交通6号线一期工程环境影响评价进行第二次公示。\n"
        "（一）建设项目情况简述\n"
        "6号线开工及开通时间\n"
        "据了解，6号线起自某某路站，终点位于某某山站，线路全长约20公里，均为地下线，共设车站"
        "15座，设车辆段1处。\n"
        "（二）可能造成的环境影响\n"
        "施工期环境影响主要为占用城市道路、施工噪声、施工振动、扬尘、污水等方面。\n"
        "（三）污染防治措施\n"
        "施工废水处理后回用或排入城市污水管网，风亭设置消声器，冷却塔采用降噪措施。\n"
        "（四）本报告书环境影响评价结论要点\n"
        "工程符合《某某市城市总体规划》\n"
    )
    assert extract_notices(page).proposals == ()


def test_an_aggregators_redaction_marks_at_a_lines_head_are_no_topic_tag():
    page = (
        "某某县某某道路工程项目环评公示\n"
        "一、建设项目的名称及概要 某某镇人民政府投资####.#万元实施某某道路工程项目。\n"
        "#、项目工程概况 道路全长####米。\n"
        "二、建设单位：某某镇人民政府 联系人：某某 电话：0514-84561234\n"
        "三、公众可在本公示发布之日起10个工作日内，通过电话、信函等方式提出意见。\n"
        "某某镇人民政府\n"
        "2021年4月12日\n"
    )
    assert _only(page).value("contact")["phone"] == "0514-84561234"
