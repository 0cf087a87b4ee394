"""Patterns a hundred-and-eighty-fourth fresh set of real notices showed (issue #11: county- and
district-level notices of Zhejiang and Fujian): each a sentence of behaviour on a text written for
the test, modelled on the pattern, not copied."""

from __future__ import annotations

from datetime import date

from tests.importer.proposals import only as _only


def test_a_notice_putting_up_its_reports_main_conclusions_is_the_draft_comment_one():
    # (the 2006 interim measures' second notice, without a title, its boilerplate saying the
    # assessment "will" weigh the impacts)
    page = (
        "根据《中华人民共和国环境影响评价法》等法律法规的规定，建设项目应进行环境影响评价，"
        "环评单位将对项目建设期间及建成后对周围环境的影响进行分析、预测和评价。现根据《环境影响"
        "评价公众参与暂行办法》的相关规定，公示某某镇某某路市政工程环境影响报告书的主要结论，"
        "如您对该项目建设有什么意见和建议，欢迎向我们反映。\n"
        "一、项目概况\n"
        "（1）工程名称：某某镇某某路市政工程。\n"
        "（2）建设单位：某某县某某镇人民政府。\n"
        "二、征求公众意见的范围和主要事项\n"
        "①您对本地现在的交通状况是否满意？\n"
    )
    assert _only(page).value("kind") == "eia_draft_comment"


def test_a_first_notice_promising_the_reports_main_conclusions_later_stays_the_first_one():
    page = (
        "某某县某某路工程环境影响评价第一次公示\n"
        "某某县交通投资有限公司委托某某环保公司开展某某路工程的环境影响评价工作，"
        "报告书编制完成后将公示环境影响报告书的主要结论。\n"
        "建设单位：某某县交通投资有限公司  联系电话：0595-1234567\n"
    )
    assert _only(page).value("kind") == "eia_first"


def test_a_reposted_notices_own_time_line_dates_it_over_the_reposters_later_posting_line():
    # (an aggregator's header with its own later 发布时间, then the notice's title again and the
    # original site's bare "时间：" posting line under it)
    page = (
        "某某市生态环境局关于2026年3月10日拟作出建设项目环境影响评价文件批复决定的公示\n"
        "审批\n"
        "发布时间: 2026年03月11日\n"
        "下文中****为隐藏内容，仅对会员开放\n"
        "****环境局关于2026年3月10日拟作出建设项目环境影响评价文件批复决定的公示\n"
        "时间：2026-03-10 10:15\n"
        "根据建设项目环境影响评价审批程序的有关规定，我局拟对****项目环境影响评价文件进行批复。"
        "现将拟审查的环境影响评价文件基本情况予以公示，公示期为2026年3月11日-2026年3月17日"
        "（5个工作日）。\n"
        "听证权利告知：依据《中华人民共和国行政许可法》，自公示起五日内申请人、利害关系人可提出听证申请。\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_pre_approval"
    assert notice.value("published_on") == date(2026, 3, 10)
