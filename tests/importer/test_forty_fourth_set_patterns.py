"""Patterns a forty-fourth fresh set of real notices showed (issue #11: builders' EIA publicity
of every stage from the south, as builder, consultant and association sites, government
reposts, forums, aggregators and e-paper text views print it): each a sentence of behaviour on
a text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

import datetime as dt

from notices.importer import extract_notices
from notices.importer.kinds import classify
from notices.importer.parties import builder
from tests.importer.proposals import only as _only


def test_a_title_repeated_as_the_attachment_under_the_body_is_not_a_second_notice():
    # a web copy prints the notice's title again where the attachment's link stood, after the
    # body began; no blank line, no signature between: one notice, not two
    page = (
        "当前位置: 首页 » 公告 » 正文\n"
        "青湾市轨道交通9号线工程环境影响报告书征求意见稿信息公示(第二次)\n"
        "发布日期:2024-03-11  来源:青湾地铁  浏览次数:812\n"
        "根据《环境影响评价公众参与办法》，《青湾市轨道交通9号线工程环境影响报告书》"
        "（征求意见稿）已编制完成，公开下列信息，征求与该建设项目环境影响有关的意见。\n"
        "1.征求意见稿全文：见本页附件。\n"
        "青湾市轨道交通9号线工程环境影响报告书征求意见稿信息公示(第二次)\n"
        "2.公众可以通过信函、电子邮件，在规定时间内将公众意见表提交建设单位。\n"
        "建设单位：青湾市地铁集团有限公司\n"
        "联系人：罗工 联系电话：0756-23318870\n"
    )
    proposal = _only(page)
    assert proposal.value("kind") == "eia_draft_comment"
    assert proposal.value("contact")["phone"] == "0756-23318870"


def test_a_builder_name_run_into_the_next_label_keeps_its_company_form():
    # a forum copy lost the spaces: "…集团有限公司地址：…" is not "…集团" and a label
    found = builder(
        "（五）建设单位名称和联系方式建设单位名称:青湾市轨道交通集团有限公司地址:青湾市南山路8号"
    )
    assert found is not None
    assert found[0] == "青湾市轨道交通集团有限公司"


def test_the_builder_under_a_basic_information_heading_with_its_contact_run_on():
    # "三、项目建设单位基本情况" over "X公司罗工，联系电话…": the builder, not the
    # approving bureau a later section names
    page = (
        "石门县城区供水工程环境影响评价公众参与第一次公示\n"
        "按照《环境影响评价公众参与办法》的规定，现将本项目有关信息公告如下，并征求公众意见。\n"
        "一、项目名称\n"
        "石门县城区供水工程\n"
        "二、项目建设单位基本情况\n"
        "石门县清泉水务投资有限公司罗工，联系电话13708861234\n"
        "三、项目环境影响评价单位基本情况\n"
        "滇西环保科技有限公司，周工，联系电话0871-63317702\n"
        "四、项目环境影响审批部门\n"
        "审批部门：石门县生态环境局\n"
    )
    proposal = _only(page)
    assert proposal.value("issuer") == "石门县清泉水务投资有限公司"


def test_a_date_label_in_english_under_the_title_dates_the_notice():
    page = (
        "办公系统\n"
        "石门县城区供水工程环境影响评价公众参与第一次公示\n"
        "DATE:2022-11-08    查看次数: 2310\n"
        "按照《环境影响评价公众参与办法》的规定，现将本项目有关信息公告如下，并征求公众意见。\n"
        "一、项目概况：新建水厂一座，供水规模3万立方米/天。\n"
        "二、建设单位：石门县清泉水务投资有限公司，联系电话：13708861234\n"
        "三、公众可通过电话、信函等方式向建设单位提出意见。\n"
    )
    assert _only(page).value("published_on") == dt.date(2022, 11, 8)


def test_an_e_paper_page_header_with_its_day_and_page_dates_the_notice():
    # the e-paper's header: the day, then the page ("A03版：要闻"), above the notice's title
    page = (
        "青湾日报 青湾网\n"
        "版面大图 上一版 下一版\n"
        "  2025-05-19   A03版:要闻 往期回顾 搜索 返回列表\n"
        "青湾市东岭灌区工程环境影响评价信息公示\n"
        "作者: 来源:青湾日报 字数:1205\n"
        "青湾市东岭灌区工程环境影响报告书（征求意见稿）已编制完成。依据《环境影响评价公众"
        "参与办法》，现对征求意见稿进行公示，了解社会公众对本项目的态度和建议。\n"
        "一、建设项目名称及概要：项目名称：青湾市东岭灌区工程，设计灌溉面积12万亩。\n"
    )
    found = extract_notices(page).proposals
    assert len(found) == 1
    assert found[0].value("published_on") == dt.date(2025, 5, 19)


def test_a_finished_report_table_put_up_in_full_is_the_pre_submission_notice():
    # a 报告表 has no draft stage: put up in full once finished, it is the notice before
    # submission, whatever comment period it prints
    put_up = (
        "青湾物流有限公司已委托环评单位编制完成《青湾港区物流园道路工程环境影响报告表》，"
        "现将报告表全文公示如下。\n"
        "公示时间为自公示之日起5个工作日。"
    )
    assert classify(None, put_up, has_window=True)[0] == "eia_pre_submission"
    finished = (
        "本项目完成环境影响报告表编制工作后，现进行公示。"
        "公众可在本公示发布之日起5个工作日内提出意见。"
    )
    assert classify(None, finished, has_window=True)[0] == "eia_pre_submission"
    draft = (
        "青湾物流有限公司已编制完成《青湾港区物流园道路工程环境影响报告书（征求意见稿）》，"
        "现将征求意见稿全文公示。公众可在10个工作日内提出意见。"
    )
    assert classify(None, draft, has_window=True)[0] == "eia_draft_comment"


_COUNTED_BODY = (
    "发布时间：2022-05-10\n"
    "青石县城北污水处理厂扩建工程环境影响报告书已编制完成。根据《环境影响评价公众参与办法》"
    "要求，本报告书向生态环境主管部门报批前，对环境影响报告书全文和公众参与说明进行公示。\n"
    "（一）报告书全文和公众参与说明的查阅方式：见附件。\n"
    "建设单位：青石县水务投资有限公司\n"
    "联系电话：0771-5550123\n"
    "附件1 报告书全文.pdf\n"
    "附件2 公众意见表.docx\n"
    "青石县城北污水处理厂扩建工程环境影响评价二次公示\n"
)


def test_an_attachment_line_is_never_the_first_line_of_the_title_under_it():
    proposal = _only(_COUNTED_BODY)
    assert proposal.value("title") == "青石县城北污水处理厂扩建工程环境影响评价二次公示"


def test_a_notice_counted_second_that_puts_up_the_full_report_before_submission_is_pre_submission():
    assert _only(_COUNTED_BODY).value("kind") == "eia_pre_submission"


def test_a_second_notice_that_announces_the_full_report_for_later_stays_draft_comment():
    page = _COUNTED_BODY.replace(
        "本报告书向生态环境主管部门报批前，对环境影响报告书全文和公众参与说明进行公示",
        "现公开征求意见，征求意见结束后，将在报批前对环境影响报告书全文和公众参与说明进行公示",
    )
    assert _only(page).value("kind") == "eia_draft_comment"
