"""Patterns a hundred-and-fifty-fourth fresh set of real notices showed (issue #11: notices of
Hebei, Shandong, Liaoning, Tianjin and Beijing, 2022-2025, builders' and district bureaus'):
each a sentence of behaviour on a text written for the test, modelled on the pattern, not
copied."""

from __future__ import annotations

from tests.importer.proposals import only as _only


def test_a_period_whose_both_dates_lost_their_year_and_month_marks_ends_on_the_printed_day():
    page = (
        "某某市某某生态环境分局关于2025年6月9日拟作出某某项目环境影响评价文件审查意见的公示\n"
        "发布日期：2025年06月09日\n"
        "根据建设项目环境影响评价审批程序的有关规定，经审议，2025609日我局拟对1个建设项目环境"
        "影响评价文件作出审批意见。现将拟作出审批意见的环境影响评价文件基本情况予以公示，公示期为"
        "2025609-2025613日（5个工作日）。听证权利告知：依据《中华人民共和国行政许可法》，自公示起"
        "5日内申请人、利害关系人可对以下拟作出的建设项目环境影响评价文件审批意见要求听证。\n"
        "联系电话：55501234\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_pre_approval"
    assert notice.value("window")["starts_on"] == "2025-06-09"
    assert notice.value("window")["ends_on"] == "2025-06-13"


def test_a_builders_five_digit_service_number_after_its_area_code_is_its_phone():
    page = (
        "某某市轨道交通某号线工程环境影响评价第二次公示\n"
        "现对某某市轨道交通某号线工程环境影响评价公众参与相关信息进行第二次公示，具体如下：\n"
        "一、建设单位名称及联系方式\n"
        "单位名称：某某市基础设施投资有限公司\n"
        "联系电话：010-96000\n"
        "二、环境影响评价单位及联系方式\n"
        "单位名称：某某环境科学研究院有限公司\n"
        "联系电话：010-55501234\n"
        "三、公众提出意见的起止时间\n"
        "自本公示发布之日起10个工作日内。\n"
    )
    notice = _only(page)
    assert notice.value("contact")["phone"] == "010-96000"


def test_a_five_digit_number_after_an_area_code_without_a_phone_label_is_not_a_phone():
    page = (
        "某某市轨道交通某号线工程环境影响评价第二次公示\n"
        "一、建设单位名称及联系方式\n"
        "单位名称：某某市基础设施投资有限公司\n"
        "项目编号0101-95001\n"
        "联系人：王工 手机：13900001111\n"
        "二、公众提出意见的起止时间\n"
        "自本公示发布之日起10个工作日内。\n"
    )
    notice = _only(page)
    assert notice.value("contact")["phone"] == "13900001111"


def test_a_body_a_label_names_in_short_is_the_issuer_under_the_whole_name_the_notice_prints():
    page = (
        "某某区某某单元局部地块土地细分导则调整环境影响评价第一次公示\n"
        "某某经济开发集团有限公司按照《中华人民共和国环境影响评价法》《规划环境影响评价条例》"
        "的要求，参照《环境影响评价公众参与办法》公开环境影响评价公众参与相关信息。\n"
        "1.规划名称：某某单元局部地块土地细分导则调整。\n"
        "2.委托规划编制单位：某某经济开发集团。\n"
        "3.环境影响评价机构：某某规划设计研究院有限公司。\n"
        "4.公示期限：10个工作日。\n"
        "5.反馈意见方式：邮寄地址：某某市某某路18号，联系电话13900002222。\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_first"
    assert notice.value("issuer") == "某某经济开发集团有限公司"
