"""Patterns a seventy-fifth fresh set of real notices (calls for comments, publicity lists,
completion acceptances, inspection windows; issue #11) showed: each a sentence of behaviour on a
text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

from tests.importer.proposals import only as _only


def test_a_period_whose_dates_a_site_joins_with_three_hyphens_ends_on_its_printed_day():
    page = (
        "某某县行政审批局2022年3月14日拟进行审批的建设项目环境影响评价文件公示\n"
        "根据建设项目环境影响评价审批程序的有关规定,我局拟对1个建设项目环境影响评价文件进行审批。"
        "现将拟审批的环境影响评价文件基本情况予以公示,公示期为2022年3月14日---2022年3月18日"
        "(5个工作日)。\n"
        "联系电话:5550142\n"
    )
    window = _only(page).value("window")
    assert window["ends_on"] == "2022-03-18"


def test_a_call_for_suggestions_from_today_to_a_day_without_its_year_ends_in_the_posting_year():
    page = (
        "关于征集某某区“十五五”水生态保护规划意见建议的公告\n"
        "时间: 2025-08-11 09:20 来源: 某某市生态环境局某某分局\n"
        "为提高规划编制的社会参与度,现面向社会各界征集意见建议。\n"
        "一、征集时间\n"
        "即日起至9月15日结束,诚恳欢迎各界人士建言献策。\n"
        "二、参与方式\n"
        "1.来信邮寄:某某市某某区滨河路12号,邮编130999。\n"
        "2.电子邮件:shuishengtai_ghk@163.com\n"
        "三、联系方式\n"
        "联系人:赵某某 联系电话:0431-5550199\n"
    )
    proposal = _only(page)
    assert proposal.value("kind") == "other"
    assert proposal.value("window")["ends_on"] == "2025-09-15"


def test_a_list_put_up_for_the_public_to_watch_over_for_a_period_is_a_window():
    page = (
        "某某镇2024年农村危房改造补助对象名单公示\n"
        "根据县住房和城乡建设局有关文件要求,经农户申请、村级评议、镇级审核,现将拟补助对象名单"
        "公示如下。\n"
        "公示期为2024年5月6日至2024年5月12日。公示期间欢迎广大群众参与监督,对弄虚作假的情况"
        "可以书面或电话方式反映。监督电话:5550873\n"
        "某某镇人民政府\n"
        "2024年5月6日\n"
    )
    proposal = _only(page)
    assert proposal.value("kind") == "other"
    assert proposal.value("window")["ends_on"] == "2024-05-12"
