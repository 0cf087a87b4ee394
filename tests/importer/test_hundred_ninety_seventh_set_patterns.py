"""Patterns a hundred-and-ninety-seventh fresh set of real notices showed (issue #11: radiation
and nuclear-technology-use notices, from the builders of DSA rooms, linear accelerators,
nuclear medicine and flaw-detection rooms to the bureaus that accept and approve them, 2016-2026):
each a sentence of behaviour on a text written for the test, modelled on the pattern, not
copied."""

from __future__ import annotations

from tests.importer.proposals import only as _only


def test_a_period_whose_days_lost_their_year_and_month_marks_reads_one_digit_months():
    page = (
        "自治区某某厅关于2026年2月2日拟批准核与辐射类建设项目环境影响评价文件的公示\n"
        "发布时间:2026-02-03 16:51\n"
        "根据建设项目环境影响评价审批程序的有关规定，我厅拟对1个核与辐射类建设项目环境影响报告表"
        "作出批复决定，现予以公示，公示期为202623-202629日(5个工作日)。\n"
        "公示期间联系电话:0951-5550101\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_pre_approval"
    assert notice.value("window")["starts_on"] == "2026-02-03"
    assert notice.value("window")["ends_on"] == "2026-02-09"


def test_a_deadline_whose_date_lost_its_marks_before_qian_ends_the_window():
    page = (
        "关于2020年3月31日至4月1日已受理辐射建设项目环评文件公告\n"
        "[发布时间:2020-04-02 11:04:36]\n"
        "根据建设项目环境影响评价审批程序的有关规定，2020331日至41日我厅受理2个辐射建设项目"
        "环境影响评价文件。现将受理情况予以公告。如有建议意见，请于2020416前向我厅提出。\n"
        "联系电话兼传真:028-85550101\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_acceptance"
    assert notice.value("window")["ends_on"] == "2020-04-16"


def test_a_period_whose_dash_was_typed_as_the_numeral_yi_joins_its_two_dates():
    page = (
        "某某市生态环境局关于《某某公司新增X射线数字成像检测系统项目》拟作出审批意见的公示\n"
        "经审议，2025年11月3日我局拟对某某公司建设项目环境影响评价文件作出审批意见，现予以公示，"
        "公示期为2025年11月3日一2025年11月7日（5个工作日）。\n"
        "联系电话：028-85550202\n"
    )
    notice = _only(page)
    assert notice.value("window")["starts_on"] == "2025-11-03"
    assert notice.value("window")["ends_on"] == "2025-11-07"


def test_a_reposts_labelled_day_yields_to_the_source_time_line_under_the_title():
    page = (
        "某某公司新增一台X射线探伤设备建设项目环境影响报告表拟审批公示\n"
        "发布时间: 2026年03月20日\n"
        "下文中****为隐藏内容，仅对会员开放\n"
        "****新增一台X射线探伤设备建设项目环境影响报告表拟审批公示\n"
        "2026-03-19 17:34\n"
        "经审议，我局拟于近日内批准《****新增一台X射线探伤设备建设项目环境影响报告表》，现就项目"
        "环评相关情况予以公示，如有意见，请在5个工作日公示期内向我局来信来电进行反映。\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_pre_approval"
    assert notice.value("published_on").isoformat() == "2026-03-19"


def test_a_builders_notice_giving_the_reports_summary_is_a_draft_comment_notice():
    page = (
        "某某医院核医学科旧场所退役环评项目\n"
        "时间:2023-05-10\n"
        "现将我院核医学科旧场所退役项目环境影响评价信息进行公示，征求社会公众就项目建设有关的"
        "环境影响提出意见和建议。\n"
        "1、建设项目名称：核医学科旧场所退役项目\n"
        "2、环境影响评价报告内容摘要：核医学科为一处乙级非密封放射性物质工作场所，在落实各项"
        "辐射安全防护措施后，退役实施阶段对周边环境的影响较小，从辐射环境保护角度论证是可行的。\n"
        "二、征求公众意见的反馈方式\n"
        "建设单位某某医院 联系人：某某 电话：010-85550303\n"
    )
    assert _only(page).value("kind") == "eia_draft_comment"


def test_a_report_table_put_up_by_its_short_name_after_its_review_is_pre_submission():
    page = (
        "关于《某某市第一医院核医学科项目环境影响报告表》的公示\n"
        "发布时间:2022-03-08\n"
        "某某省辐射环境监督站于2022年2月10日主持召开了某某市第一医院核医学科项目环境影响报告表"
        "（以下简称“报告表”）技术审查会，并出具技术审查专家意见。\n"
        "现将报告表公示如下：\n"
        "建设单位：某某市第一医院\n"
        "公示内容：报告表和技术审查专家意见\n"
        "邮箱：mouxx@163.com\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_pre_submission"
    assert notice.value("issuer") == "某某市第一医院"
