"""Patterns a two-hundred-and-forty-third fresh set showed (issue #11: EIA notices of the north
and north-east, Beijing and Tianjin): each a sentence of behaviour on a text written for the
test, modelled on the pattern, not copied."""

from __future__ import annotations

from notices.importer import extract_notices

_SECOND_STAGE_TITLE = (
    "某某新城某某路(某某大街~某某大街)建设工程环评项目第二阶段网上公示\n"
    "日期:2011-05-16\n"
    " 一、建设项目名称及概要\n"
    " 项目名称:某某新城某某路建设工程。\n"
    " 建设单位名称:某某城市建设开发有限公司。\n"
    " 建设项目概要:拟建道路西起某某大街,东至某某大街,全长1.2公里,含道路、雨水、污水工程。\n"
    " 二、环境影响评价的工作程序及主要评价内容\n"
    " 本项目环境影响评价的主要工作程序为:接受委托→编制报告→报告送审→报告修改→送审报批。\n"
    " 本项目环境影响评价的主要内容为:项目周围环境质量现状的调查、监测分析,预测运营期的影响。\n"
)

_FIRST_STAGE_TITLE = (
    "某某新城某某路(某某大街~某某大街)建设工程环评项目第一阶段网上公示\n"
    "日期:2011-03-02\n"
    " 一、建设项目名称及概要\n"
    " 项目名称:某某新城某某路建设工程。\n"
    " 二、环境影响评价的工作程序及主要评价内容\n"
    " 本项目环境影响评价的主要工作程序为:接受委托→编制报告→报告送审→报告修改→送审报批。\n"
    " 联系电话:010-12345678\n"
)

_REPORT_TO_READ_NO_PERIOD = (
    "根据《中华人民共和国环境影响评价法》等文件要求,某某农业发展有限公司根据《环境影响评价"
    "公众参与办法》,在环境影响报告书征求意见稿编制完成后,需征求与该建设项目环境有关的意见。\n"
    "一、建设项目概况\n"
    "建设项目名称:某某农业发展有限公司塑料制品生产项目;\n"
    "建设内容:租用闲置厂房,新上塑料筐生产线2条,年产塑料筐1000t/a。\n"
    "二、查阅环境影响报告书的方式和途径\n"
    "公众可在公示期内通过链接:https://pan.baidu.com/s/1AbCdEfGhIjKlMn?pwd=ab12;提取码:ab12;"
    "下载报告书电子版进行查阅,也可向某某农业发展有限公司索取报告书进行查阅,"
    "联系人:某经理,联系电话:13000000000。\n"
    "三、公众意见表的网络链接\n"
    "公众可在公示期内登陆链接下载公众意见表提出反馈意见。\n"
    "四、公众提出意见的起止时间\n"
    "2025年3月3日至2025\n"
)

_FIRST_NOTICE_PROMISING_THE_REPORT = (
    "某某公司年产5000吨某某制品项目环境影响评价信息公示\n"
    "某某公司委托某某环保科技有限公司承担本项目环境影响评价工作,现将有关信息公告如下:\n"
    "一、建设项目概况:项目位于某某县某某工业园,年产某某制品5000吨。\n"
    "二、建设单位名称和联系方式:某某公司,联系人:某工,电话:13100000000。\n"
    "三、公众意见表的网络链接:见附件。\n"
    "四、提交公众意见表的方式和途径:报告书征求意见稿编制完成后,公众可查阅报告书,"
    "并通过信函、电子邮件提交意见。\n"
)

_FULL_REPORT_MADE_PUBLIC = (
    "某某房地产开发公司委托某某环境技术有限公司编制某某镇某某村定向安置房项目环境影响报告书,"
    "日前,该报告书已基本完成。根据《建设项目环境影响评价政府信息公开指南(试行)》的规定,"
    "现将其环境影响报告书全本予以公开。 一、建设项目名称及概要 (1) 项目名称:某某镇某某村"
    "定向安置房项目 (2) 建设性质:新建 (3) 建设单位:某某房地产开发公司 (4) 建设地点:位于"
    "某某新城第9街区。 二、环境保护措施 废气:施工期设置围挡,运营期采用清洁能源。\n"
)


def test_a_title_naming_the_second_stage_is_a_draft_comment_notice():
    # "第二阶段网上公示" is the round after the draft, whatever programme heading it repeats
    proposals = extract_notices(_SECOND_STAGE_TITLE).proposals
    assert len(proposals) == 1
    assert proposals[0].value("kind") == "eia_draft_comment"
    assert str(proposals[0].value("published_on")) == "2011-05-16"


def test_a_title_naming_the_first_stage_is_a_first_notice():
    proposals = extract_notices(_FIRST_STAGE_TITLE).proposals
    assert [p.value("kind") for p in proposals] == ["eia_first"]


def test_the_report_offered_to_read_now_marks_a_draft_comment_notice_cut_before_its_end():
    # "查阅环境影响报告书的方式和途径", "下载报告书电子版进行查阅": a report exists to read
    proposals = extract_notices(_REPORT_TO_READ_NO_PERIOD).proposals
    assert [p.value("kind") for p in proposals] == ["eia_draft_comment"]


def test_a_first_notice_saying_the_public_may_read_the_report_later_stays_first():
    proposals = extract_notices(_FIRST_NOTICE_PROMISING_THE_REPORT).proposals
    assert [p.value("kind") for p in proposals] == ["eia_first"]


def test_a_builder_making_its_full_report_public_untitled_is_a_pre_submission_notice():
    # "现将其环境影响报告书全本予以公开" under the disclosure guide, its title lost from the copy
    proposals = extract_notices(_FULL_REPORT_MADE_PUBLIC).proposals
    assert [p.value("kind") for p in proposals] == ["eia_pre_submission"]


def test_the_company_holding_the_participation_under_its_measures_issues_the_notice():
    # "…等文件要求,X根据《环境影响评价公众参与办法》,在…完成后,需征求…意见": X speaks
    proposals = extract_notices(_REPORT_TO_READ_NO_PERIOD).proposals
    assert [p.value("issuer") for p in proposals] == ["某某农业发展有限公司"]


def test_an_authority_citing_the_measures_in_a_news_item_names_no_issuer_there():
    # a ministry acting under the measures in an explainer is no notice at all
    text = (
        "近日,某某部根据《环境影响评价公众参与办法》,对各地公众参与工作开展了抽查,"
        "记者了解到,抽查发现部分项目公示不规范。\n"
    )
    assert extract_notices(text).proposals == ()
