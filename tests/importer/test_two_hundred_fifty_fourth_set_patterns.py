"""Patterns a two-hundred-and-fifty-fourth fresh set of real notices showed (issue #11: mining
and quarrying notices, gold, lead-zinc, phosphate, granite): each a sentence of behaviour on a
text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

from notices.importer import extract_notices
from tests.importer.proposals import only as _only


def test_an_old_first_notice_whose_period_runs_from_itself_is_read_despite_a_recounted_grant():
    # (the mine's outline recounts a mining right granted, "获批采矿权": no news of an approval,
    # as the notice states its own period, "公示有效期自本公示之日起十天之内")
    page = (
        "某某县某某镇某某矿区建筑用花岗岩矿扩建项目环境影响评价\n"
        "第一次公示\n"
        "为了解社会各界对该工程的意见，先就该工程向公众公告以下信息，"
        "公示有效期自本公示之日起十天之内。\n"
        "一、建设项目名称及概要\n"
        "项目名称：某某县某某镇某某矿区建筑用花岗岩矿扩建项目\n"
        "项目概要：该矿区于2010年初次获批采矿权，矿区面积约0.1平方公里，开采方式为露天开采，"
        "开采规模20万立方米/年。\n"
        "二、环境影响评价的工作程序及主要工作内容\n"
        "接受委托-现场勘察-编制报告-报送审批。\n"
    )
    assert _only(page).value("kind") == "eia_first"


def test_a_recounted_grant_with_no_period_of_its_own_is_still_no_notice():
    page = (
        "某某矿业有限公司某某铁矿扩建项目于2023年5月获批，近日开工建设。\n"
        "项目建成后年采矿石30万吨，公众参与、环境影响评价等手续均已办结。\n"
    )
    assert extract_notices(page).proposals == ()


_DIGITS_LOST = (
    "根据建设项目环境影响评价审批程序的有关规定，经审查，我厅拟对某某县某某乡某某铅锌矿矿产资源"
    "开发利用项目作出审批意见。\n"
    "为保证此次审查工作的严肃性和公正性，现将拟作出审批意见的环境影响报告书（表）基本情况予以公示。\n"
    "公示期为年月日 - 年月日（个工作日）\n"
    "听证权利告知：依据《中华人民共和国行政许可法》，自公示起五日内申请人、利害关系人可对以下"
    "拟作出的建设项目环境影响报告书（表）审批意见要求听证。\n"
    "联系电话（传真）：-\n"
    "通讯地址：某某市某某区某某街号省政务服务中心楼、号窗口\n"
    "项目名称\n某某县某某乡某某铅锌矿矿产资源开发利用项目\n"
    "建设地点\n某某县某某乡某某村，矿区地理坐标：东经°′.″~°′.″，北纬°′.″~°′.″\n"
    "建设单位\n某某矿业有限公司\n"
)


def test_a_bureau_notice_whose_mirror_lost_every_figure_is_no_blank_template():
    # (the bracketed remark between the label and its colon, "联系电话（传真）：-", and the
    # marks of a coordinate with no figures tell figures lost, not blanks to fill in)
    notice = _only(_DIGITS_LOST)
    assert notice.value("kind") == "eia_pre_approval"
    assert notice.value("window") is None


def test_a_blank_template_with_its_names_left_to_fill_in_is_still_no_notice():
    page = (
        "关于拟对____项目环境影响评价文件作出审批意见的公示\n"
        "根据建设项目环境影响评价审批程序的有关规定，我局拟对____项目作出审批意见，"
        "现予以公示，公示期为年月日至年月日。\n"
        "联系电话：\n"
        "通讯地址：\n"
    )
    assert extract_notices(page).proposals == ()


def test_quoted_names_of_rights_and_works_in_an_outline_are_no_news_quotations():
    # (a pre-submission notice cut before its contacts, its outline naming the rights it holds
    # and the works it plans in quotation marks, "“某某矿勘探”探矿权", "拟实施“…工程”")
    page = (
        "某某矿业股份有限公司某某分公司某某厂深部资源接替工程环境影响评价报告书报批前公示\n"
        "来源：某某矿业股份有限公司  时间：2023-02-06\n"
        "某某厂现有采矿许可证，开采矿种为铅矿、锌矿，开采方式为地下开采。同时公司拥有"
        "“某某省某某县某某厂1000米标高以下铅锌矿勘探”探矿权和“某某省某某县某某铅锌矿勘探”探矿权。"
        "其中“某某省某某县某某厂1000米标高以下铅锌矿勘探”探矿权位于“某某厂采矿权”深部，"
        "“某某省某某县某某铅锌矿勘探”探矿权位于“某某厂采矿权”南侧。\n"
        "为深部资源合理接替，某某分公司拟实施“某某矿业股份有限公司某某分公司某某厂深部资源接替工程”。\n"
    )
    assert _only(page).value("kind") == "eia_pre_submission"


def test_a_quotation_of_words_spoken_is_still_news():
    page = (
        "本报讯 某某县某某矿山生态修复工程近日开工。“我们要把废弃矿山变成绿水青山，”"
        "县自然资源局负责人说，“明年底前完成复绿。”记者了解到，该工程环境影响报告书已公示。\n"
    )
    assert extract_notices(page).proposals == ()
