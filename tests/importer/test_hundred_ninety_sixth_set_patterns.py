"""Patterns a hundred-and-ninety-sixth fresh set of real notices showed (issue #11: planning EIA
notices, 规划环评, of parks, mining, sand-mining, port, rail-transit, tourism and livestock
plans, and public bodies' calls on plans): each a sentence of behaviour on a text written for
the test, modelled on the pattern, not copied."""

from __future__ import annotations

from notices.importer import extract_notices
from tests.importer.proposals import only as _only


def test_a_plan_named_with_its_years_before_its_draft_put_up_is_a_draft_comment_notice():
    page = (
        "根据《环境影响评价法》《规划环境影响评价条例》等相关规定，现将《某某县矿产资源总体规划"
        "（2021—2025年）》环境影响报告书征求意见稿公示如下：\n"
        "一、规划名称及概要\n"
        "规划名称：某某县矿产资源总体规划（2021—2025年）\n"
        "规划组织单位：某某县规划和自然资源局\n"
        "联系电话：023-12345678\n"
    )
    assert _only(page).value("kind") == "eia_draft_comment"


def test_the_same_dash_left_alone_by_a_mirror_that_deleted_every_figure_is_no_period():
    page = (
        "根据《环境影响评价法》等相关规定，现将《某某县矿产资源规划（—年）》环境影响报告书征求意见"
        "稿公示如下：\n"
        "一、规划名称及概要\n"
        "规划执行单位：某某县规划和自然资源局\n"
        "规划目标：矿山数量控制在个以内，大中型矿山比例达到%。\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_draft_comment"
    assert notice.value("issuer") == "某某县规划和自然资源局"


def test_a_draft_set_out_below_puts_the_notice_up_though_the_copy_lost_its_contacts():
    page = (
        "依据《规划环境影响评价条例》的有关规定，现将《某某港总体规划》环境影响报告书征求意见稿"
        "公示如下：\n"
        "一、规划概要\n"
        "规划范围为某某县所辖全部港口岸线及相关水陆域，规划水平年为2035年。\n"
        "二、规划布局\n"
        "某某港由某某港区、某某港区组成，以散杂货运输为主。\n"
    )
    assert _only(page).value("kind") == "eia_draft_comment"


def test_a_copy_whose_figures_were_all_deleted_is_no_blank_template_though_cut_before_contacts():
    page = (
        "某某高新技术产业园区管理委员会拟对某某高新技术产业园区扩区规划进行环境影响评价，"
        "依据《环境影响评价公众参与办法》（生态环境部第号令）的有关规定，已于年月日进行了第一次"
        "公示，因规划范围调整，现将本次规划环评修正后的有关信息进行公示，征求公众意见。\n"
        "一、规划概况\n"
        "扩区后规划总用地面积达.平方公里，主导产业为新材料、节能环保。\n"
        "二、相关单位名称及联系方式\n"
        "实施单位：某某高新技术产业园区管理委员会\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_first"
    assert notice.value("issuer") == "某某高新技术产业园区管理委员会"


def test_a_news_lead_dated_by_its_day_that_quotes_a_notice_put_up_elsewhere_is_no_notice():
    page = (
        "6月5日，某某县政府官网发布《<新建某某至某某铁路环境影响报告书（征求意见稿）>公示》称，"
        "根据《环境影响评价公众参与办法》要求，现将《征求意见稿》进行公示。此次公示的公众提出意见的"
        "起止时间为自公示之日起10个工作日。\n"
        "新建某某铁路线路全长52千米，设计时速250千米，共设3座车站，建设总工期4年。\n"
    )
    assert extract_notices(page).proposals == ()


def test_two_builders_named_under_one_label_give_the_first_as_issuer():
    page = (
        "现对某某区河道采砂规划（2024-2026）环境影响评价信息进行公示，广泛征求意见。\n"
        "一、规划概况\n"
        "本次河道采砂规划共划分可采区18处。\n"
        "三、建设单位名称和联系方式\n"
        "建设单位：某某水务投资有限公司、某某区某某水务投资有限责任公司\n"
        "联系人：某某\n"
        "联系方式：13900000000\n"
        "五、环境影响评价的工作程序和主要工作内容\n"
    )
    assert _only(page).value("issuer") == "某某水务投资有限公司"


def test_a_period_from_the_notice_day_opening_its_line_under_its_heading_ends_on_its_day():
    page = (
        "一、建议的要求\n"
        "公众可围绕如何构建现代综合交通体系，就某某市交通长远发展的问题提出意见建议。\n"
        "二、征集时间\n"
        "公告之日起至2021年11月30日。\n"
        "三、建议的方式\n"
        "本次民意征询由（某某市交通运输局）负责汇总，相关意见建议可以通过以下方式进行反馈：\n"
        "电子邮件：请发至（someone@example.cn）\n"
        "联系电话：0631-1234567\n"
        "2021年10月29日\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "other"
    assert notice.value("window")["ends_on"] == "2021-11-30"
    assert notice.value("issuer") == "某某市交通运输局"


def test_the_body_that_drew_up_the_plan_issues_the_notice_of_its_assessment():
    page = (
        "某某市矿产资源总体规划环境影响评价信息公示\n"
        "某某市国土资源局编制了《某某市矿产资源总体规划（2008-2015）》。某某矿山研究院有限公司受"
        "规划单位委托为该规划编制环境影响报告书。依据《规划环境影响评价条例》等相关规定，现就该"
        "环境影响评价工作进行信息公示，征求公众意见。\n"
        "一、规划概况\n"
        "规划范围为某某市行政区域范围，规划期为2008~2015年。\n"
    )
    assert _only(page).value("issuer") == "某某市国土资源局"
