"""Patterns a hundred-tenth fresh set of real notices showed (issue #11: light industry, i.e.
footwear, tyres, textiles, furniture, packaging, plastics and toys, builders' and bureaus'
notices): each a sentence of behaviour on a text written for the test, modelled on the pattern,
not copied."""

from __future__ import annotations

from notices.importer.windows import find_window
from tests.importer.proposals import only as _only


def test_a_period_whose_end_keeps_last_years_year_ends_in_the_starts_year():
    page = (
        "根据建设项目环境影响评价审批程序的有关规定，我局拟对某某县某某镇某某塑料玩具厂建设项目"
        "环境影响评价文件进行审查，现将该项目环境影响评价文件基本情况予以公示，公示期5个工作日"
        "（2025年3月3日至2024年3月7日），如有意见，请在公示期内来信或来电向我局反映。\n"
        "联系地址：某某市生态环境局某某分局行政审批股，邮编：510000\n"
        "联系电话：020-12345678\n"
        "听证告知：依据《中华人民共和国行政许可法》，自公示之日起五个工作日内申请人、利害关系人"
        "可对以下拟作出的建设项目环境影响评价文件批复决定提出听证申请。\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_pre_approval"
    assert notice.value("window")["ends_on"] == "2025-03-07"


def test_an_end_a_year_before_its_start_that_makes_no_short_period_is_no_period():
    assert find_window("公示期为2025年3月3日至2024年8月7日，公众可来电提出意见。") is None
    assert find_window("公示期为2025年3月3日至2023年3月7日，公众可来电提出意见。") is None


def test_a_report_table_marked_in_full_in_brackets_and_put_up_for_comment_is_pre_submission():
    page = (
        "某某木制品有限公司年加工500套展柜项目\n"
        "【发稿时间：2019-05-06】\n"
        "建设单位根据《建设项目环境影响评价政府信息公开指南（试行）》等有关规定，现对该项目环境"
        "影响评价报告表（全本）进行公示，并征求公众意见。公示期为公示之日起5个工作日。\n"
        "建设单位：某某木制品有限公司\n"
        "联系人：王某，联系电话：13900001234\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_pre_submission"


def test_a_report_about_to_go_for_approval_put_up_in_full_is_pre_submission():
    page = (
        "我公司已基本完成了“某某鞋材有限公司年产200万双橡胶鞋底项目”环境影响评价编写工作，即将"
        "报送生态环境部门审批，根据《环境影响评价公众参与办法》，现向公众公示环评全本信息内容：\n"
        "一、公示时间：2025.06.02~2025.06.06。\n"
        "二、联系方式：建设单位：某某鞋材有限公司，联系人：李女士，0595-12345678\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_pre_submission"


def test_a_draft_about_to_go_for_approval_put_up_in_full_stays_a_draft_comment_notice():
    page = (
        "某某纺织有限公司年产3000吨印染布项目环境影响报告书征求意见稿已编制完成，即将报送审批前，"
        "现公示征求意见稿全文，征求公众意见。\n"
        "公众可在本公示发布之日起10个工作日内提出意见。\n"
        "建设单位：某某纺织有限公司，联系电话：0571-12345678\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_draft_comment"
