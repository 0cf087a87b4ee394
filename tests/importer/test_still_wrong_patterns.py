"""Patterns the importer still read wrong on real notices after the ninety-first set (a ministry's
title naming the day of its act, a header block with both 成文日期 and 发布日期, a builder and its
consultant signing above a re-poster's footer, a former bureau's name, a fax and a "电话/传真" line,
a posting date whose separators were lost, a window end run into its count): each a sentence of
behaviour on a text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

import datetime

from tests.importer.proposals import only as _only

_PRE_APPROVAL_BODY = (
    "根据建设项目环境影响评价审批程序的有关规定，经审查，我局拟对某某化工有限公司年产5万吨涂料"
    "项目环境影响报告书作出审批意见。现将基本情况予以公示，公示期为2022年11月14日至2022年11月"
    "18日（5个工作日）。\n"
    "联系电话：0371-65920178\n"
)


def test_a_posting_day_under_a_title_that_names_the_day_of_the_act_is_the_publication_date():
    page = (
        "某某市生态环境局关于2022年11月11日拟作出的建设项目环境影响评价文件审批意见的公示\n"
        "2022-11-14\n" + _PRE_APPROVAL_BODY
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_pre_approval"
    assert notice.value("published_on") == datetime.date(2022, 11, 14)


def test_a_title_naming_the_day_of_the_act_still_dates_a_notice_with_no_posting_day():
    page = (
        "某某市生态环境局关于2022年11月11日拟作出的建设项目环境影响评价文件审批意见的公示\n"
        + _PRE_APPROVAL_BODY
    )
    assert _only(page).value("published_on") == datetime.date(2022, 11, 11)


def test_a_header_with_both_its_written_and_its_published_day_is_published_on_the_latter():
    page = (
        "某某市生态环境局关于某某化工项目环境影响报告书拟审批意见的公示\n"
        "成文日期：2022年11月10日\n"
        "发布日期：2022年11月14日\n" + _PRE_APPROVAL_BODY
    )
    assert _only(page).value("published_on") == datetime.date(2022, 11, 14)


def test_a_written_day_alone_in_the_header_still_dates_the_notice():
    page = (
        "某某市生态环境局关于某某化工项目环境影响报告书拟审批意见的公示\n"
        "成文日期：2022年11月14日\n" + _PRE_APPROVAL_BODY
    )
    assert _only(page).value("published_on") == datetime.date(2022, 11, 14)


def test_a_former_bureau_name_signing_the_notice_is_its_issuer_as_printed():
    page = (
        "某某石材加工项目环境影响报告表拟审批公示\n"
        "我局拟对某某石材有限公司年产10万吨石材加工项目环境影响报告表作出审批意见，现予公示，"
        "公示期为2018年5月22日至2018年5月28日（5个工作日）。联系电话：0371-65920178\n"
        "原某某县环境保护局\n"
        "2018年5月22日\n"
    )
    assert _only(page).value("issuer") == "原某某县环境保护局"


def test_a_fax_number_alone_is_never_the_phone():
    page = (
        "某某项目环境影响报告书征求意见稿公示\n"
        "公众可在2023年3月6日至2023年3月17日向建设单位提出意见。\n"
        "建设单位：某某化工有限公司\n"
        "传真：0371-65920178\n"
        "邮箱：chem2031@example.com\n"
    )
    assert "phone" not in _only(page).value("contact")


def test_a_line_giving_one_number_for_phone_and_fax_gives_the_phone():
    page = (
        "某某项目环境影响报告书征求意见稿公示\n"
        "公众可在2023年3月6日至2023年3月17日向建设单位提出意见。\n"
        "建设单位：某某化工有限公司\n"
        "电话/传真：0371-65920178\n"
    )
    assert _only(page).value("contact").get("phone") == "0371-65920178"


def test_a_posting_date_with_its_separators_lost_between_labels_is_read_when_one_reading_fits():
    page = (
        "某某项目环境影响报告书征求意见稿公示\n"
        "发布时间：2018522  来源：某某县人民政府\n"
        "公众可在2018年6月1日至2018年6月14日向建设单位提出意见。\n"
        "建设单位：某某化工有限公司  电话：0371-65920178\n"
    )
    assert _only(page).value("published_on") == datetime.date(2018, 5, 22)


def test_a_run_together_posting_number_that_reads_two_ways_is_no_date():
    page = (
        "某某项目环境影响报告书征求意见稿公示\n"
        "发布时间：2018112  来源：某某县人民政府\n"
        "公众可在2018年6月1日至2018年6月14日向建设单位提出意见。\n"
        "建设单位：某某化工有限公司  电话：0371-65920178\n"
    )
    assert _only(page).value("published_on") is None


def test_a_window_end_whose_day_mark_was_lost_before_its_working_day_count_is_read():
    page = (
        "某某项目环境影响报告书征求意见稿公示\n"
        "公众提出意见的起止时间：2023年3月1日至2023年3月1410个工作日。\n"
        "建设单位：某某化工有限公司  电话：0371-65920178\n"
    )
    window = _only(page).value("window")
    assert (window["starts_on"], window["ends_on"]) == ("2023-03-01", "2023-03-14")
    assert (window["length"], window["unit"]) == (10, "working_days")


def test_a_window_end_run_into_its_count_after_the_day_mark_is_read():
    page = (
        "某某项目环境影响报告书征求意见稿公示\n"
        "公众提出意见的起止时间：2023年3月1日至3月14日10个工作日。\n"
        "建设单位：某某化工有限公司  电话：0371-65920178\n"
    )
    window = _only(page).value("window")
    assert (window["starts_on"], window["ends_on"]) == ("2023-03-01", "2023-03-14")


def test_a_bureau_named_in_a_clause_that_it_handles_the_matter_is_read_without_the_clause():
    page = (
        "某某县城区污水处理厂提标改造工程环境影响报告表受理公示\n"
        "某某县城区污水处理厂提标改造工程环境影响报告表已由某某市生态环境局负责受理，现将受理"
        "情况予以公示，公示期为2031年4月3日至2031年4月9日。\n"
        "联系电话：0571-88889999\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_acceptance"
    assert notice.value("issuer") == "某某市生态环境局"


def test_a_builder_named_after_the_colon_of_its_name_and_contacts_heading_issues_the_notice():
    # "二、建设单位名称和联系方式：X，联系人…": the heading with the name run on after its colon
    page = (
        "某某县青山风电场二期工程环境影响评价第一次公示\n"
        "根据《环境影响评价公众参与办法》的规定，现将该工程环境影响评价的有关信息公示如下。\n"
        "一、建设项目名称及概要：某某县青山风电场二期工程，拟安装风力发电机组二十台。\n"
        "二、建设单位名称和联系方式：某某青山新能源有限公司，联系人王工，联系电话0477-5550111。\n"
        "三、公众可自本公示发布之日起十个工作日内，通过信函、电子邮件等方式提出意见。\n"
    )
    notice = _only(page)
    assert notice.value("issuer") == "某某青山新能源有限公司"


_CORRECTIVE = (
    "来源：某某市生态环境局 发布时间：2031-11-27\n"
    "市生态环境局关于对《某某地铁9号线工程环境影响评价公众参与情况说明》的补正公示\n"
    "按照有关文件要求，我局对建设项目环境影响评价文件审批情况进行自查，发现在对《某某地铁9号线工程"
    "环境影响报告书》审批过程中，缺失《某某地铁9号线工程环境影响评价公众参与情况说明》。\n"
    "按照有关规定，公众应当在10个工作日内对《某某地铁9号线工程环境影响评价公众参与情况说明》"
    "向我局提出对建设项目环境保护的意见和建议。\n"
    "联系电话：23456789\n"
    "通讯地址：某某市某某区某某路17号，市生态环境局环评处\n"
)


def test_an_authoritys_corrective_publicity_is_a_window_of_kind_other():
    # the authority puts up, after its decision, what the approval lacked: not a builder's stage
    notice = _only(_CORRECTIVE)
    assert notice.value("kind") == "other"


def test_the_publics_time_to_put_views_to_the_body_that_asks_runs_from_publication():
    # "公众应当在10个工作日内对《…》向我局提出…意见": nothing named to count from but the notice
    notice = _only(_CORRECTIVE)
    assert notice.value("published_on") == datetime.date(2031, 11, 27)
    window = notice.to_json()["window"]
    assert (window["length"], window["unit"]) == (10, "working_days")
