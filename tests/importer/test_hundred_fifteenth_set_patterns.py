"""Patterns a hundred-and-fifteenth fresh set of real notices showed (issue #11: land, ecology
and plans: mine restoration and reclamation plans put up before approval, farmland designs, a
territorial plan's draft, a protected-area scheme, wetland and marine reviews, plan
assessments): each a sentence of behaviour on a text written for the test, modelled on the
pattern, not copied."""

from __future__ import annotations

import datetime as dt

from notices.importer import extract_notices
from tests.importer.proposals import only as _only


def test_a_plan_put_up_for_whoever_finds_objections_in_it_is_a_notice():
    page = (
        "根据《矿山地质环境保护规定》《土地复垦条例》等有关规定，我局对《某某矿业有限公司某某山"
        "石灰岩矿矿山地质环境保护与土地复垦方案》进行了审查，现将拟同意通过方案及评审意见进行公示。\n"
        "公示期自公示日起7个工作日，任何单位和个人对公示内容存在异议的可向某某市自然资源局反馈。\n"
        "联系电话：0000-5550101\n"
        "某某市自然资源局\n"
        "2031年3月3日\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "other"
    assert notice.value("issuer") == "某某市自然资源局"
    assert notice.value("window")["length"] == 7


def test_a_numbered_heading_closed_by_a_full_stop_names_the_period_run_on_after_it():
    page = (
        "根据《某某省农田建设项目管理实施办法》要求，市农业农村局组织开展了全市第二批高标准农田建设"
        "项目初步设计文件评审，现将通过评审的项目予以公示。\n"
        "一、公示时间。2031年5月5日至5月9日。\n"
        "二、公示要求。公示期内若有异议的，任何单位或个人均可来电、来信向市农业农村局反映。\n"
        "三、联系方式。地址：某某市某某路1号，电话：0000-5550102。\n"
        "某某市农业农村局\n"
        "2031年5月5日\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "other"
    assert notice.value("window") == {"starts_on": "2031-05-05", "ends_on": "2031-05-09"}


def test_a_draft_plan_on_which_views_are_sought_by_consultation_is_a_call_for_comments():
    page = (
        "根据上级工作部署，某某镇人民政府组织开展了《某某镇国土空间总体规划（2031—2045年）》编制"
        "工作，目前该规划已形成草案，现面向社会公开征询意见。\n"
        "一、公示时间：2031年7月6日至2031年8月4日。\n"
        "二、意见反馈方式：电子邮箱：plan@example.com；电话0000-5550103。\n"
        "某某镇人民政府\n"
        "2031年7月5日\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "other"
    assert notice.value("window")["ends_on"] == "2031-08-04"


def test_a_short_scheme_that_asks_to_ring_about_doubts_or_objections_is_read_among_other_items():
    page = (
        "某某市举行植树节义务植树活动\n"
        "3月12日上午，某某市在城郊某某公园举行义务植树活动，市民和志愿者参加。\n"
        "\n"
        "某某自治区林业局关于某某自治区自然保护地整合优化方案的公示\n"
        "经自治区人民政府同意，我局会同有关部门编制形成了自然保护地整合优化方案，现将方案向社会"
        "公示（详见附件）。\n"
        "公示期：2031年5月4至9日。如有疑问或异议，请致电0000-5550104，或发邮件至"
        "parks@example.com。\n"
        "附件：自然保护地整合优化方案\n"
        "2031年5月4日\n"
    )
    proposals = extract_notices(page).proposals
    assert [p.value("kind") for p in proposals] == ["other"]
    assert proposals[0].value("window") == {"starts_on": "2031-05-04", "ends_on": "2031-05-09"}
    assert proposals[0].value("contact")["phone"] == "0000-5550104"


def test_a_scan_to_read_control_under_the_date_leaves_the_date_closing_the_notice():
    page = (
        "某某省某某厅拟对某某海上风电场项目海洋环境影响评价文件进行审查的公示\n"
        "根据有关规定，现对《某某海上风电场项目海洋环境影响报告书》进行公示，为期10日。\n"
        "项目名称：某某海上风电场项目\n"
        "建设单位：某某风电有限公司\n"
        "公示期间如有异议，请及时反馈至某某省某某厅。\n"
        "地址：某某市某某路213号\n"
        "联系电话：0000-5550105\n"
        "二〇三一年三月十四日\n"
        "某某海上风电场项目海洋环境影响报告书.pdf\n"
        "扫一扫在手机打开当前页\n"
        "\n"
        "某某湾海洋牧场建设现场会召开\n"
        "3月13日，记者从某某市海洋局获悉，某某湾海洋牧场二期工程已完成投放。\n"
    )
    notice = _only(page)
    assert notice.value("published_on") == dt.date(2031, 3, 14)
    assert notice.value("window")["length"] == 10


def test_an_authority_about_to_review_a_report_puts_it_up_before_its_decision():
    page = (
        "某某省某某厅拟对某某海上风电场项目海洋环境影响评价文件进行审查的公示\n"
        "根据有关规定，现对《某某海上风电场项目海洋环境影响报告书》进行公示，为期10日。\n"
        "建设单位：某某风电有限公司\n"
        "公示期间如有异议，请及时反馈至某某省某某厅。\n"
        "联系电话：0000-5550106\n"
        "二〇三一年三月十四日\n"
    )
    assert _only(page).value("kind") == "eia_pre_approval"


def test_an_implementing_body_labelled_under_a_plan_heading_issues_the_first_notice():
    page = (
        "某某市矿产资源开发专项规划环境影响评价第一次公示\n"
        "发布日期：2031-06-08 15:00:13\n"
        "一、规划概述\n"
        "规划名称：某某市矿产资源开发专项规划\n"
        "规划期限：规划期至2035年。\n"
        "二、规划实施单位名称和联系方式\n"
        "实施单位：某某市自然资源局\n"
        "联 系 人：钱工\n"
        "联系电话：0000-5550107\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_first"
    assert notice.value("issuer") == "某某市自然资源局"
