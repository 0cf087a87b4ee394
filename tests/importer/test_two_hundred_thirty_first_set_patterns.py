"""Patterns a two hundred thirty-first fresh set of real notices showed (issue #11): each a
sentence of behaviour on a text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

from notices.importer import extract_notices
from notices.importer.kinds import classify


def test_an_approval_letter_answering_a_filing_named_without_a_pronoun_is_no_notice():
    page = (
        "当前位置：首页政府信息公开法定主动公开内容环境影响评价项目批文\n"
        "某某市生态环境局关于某某养殖有限公司新建年出栏1万头生猪养殖项目环境影响报告书的批复\n"
        "《某某养殖有限公司新建年出栏1万头生猪养殖项目环境影响报告书（报批稿）》（以下简称"
        "《报告书》）及相关材料收悉。经研究，批复如下：\n"
        "一、该项目属于新建项目（项目代码：2412-450000-04-01-123456）。建设地点：某某县某某镇"
        "某某村。建设规模：年存栏生猪5000头，年出栏育肥猪1万头。建设内容：建设猪舍2栋；辅助工程"
        "主要有：管理用房、水泵房等；公用工程主要有：供排水系统、供电系统等；环保工程主要有："
        "污水处理站、堆粪间、事故应急池等。\n"
        "项目占地面积12345.6m2，总投资3000万元，环保投资200万元，占项目总投资的6.67%。\n"
    )
    assert not extract_notices(page).proposals


def test_a_decision_notice_that_quotes_its_approval_formula_is_still_a_notice():
    page = (
        "某某县生态环境局关于某某水库工程环境影响报告表审批决定的公告\n"
        "我局已对某某水库工程环境影响报告表作出审批决定，现予以公告，公告期为7个工作日"
        "（2023年3月1日-2023年3月9日）。\n"
        "《某某水库工程环境影响报告表》收悉。经研究，批复如下：同意该项目建设。\n"
        "联系电话：0871-1234567\n"
        "某某县生态环境局\n"
        "2023年3月1日\n"
    )
    proposals = extract_notices(page).proposals
    assert len(proposals) == 1
    assert proposals[0].value("kind") == "eia_decision"


def test_the_body_opinions_may_be_taken_to_is_named_without_the_clause_that_leads_to_it():
    page = (
        "某某林业开发有限公司储备林基地建设项目\n"
        "拟审批项目公示期为5个工作日（2022年6月8日--2022年6月14日）。公示期间如对该项目审批有意见"
        "建议，可向某某市生态环境局某某分局行政审批股提出。如无意见，我局将在公示期届满后对项目"
        "作出环境影响评价审批。联系人：某某 联系电话：0879-1234567\n"
    )
    notice = extract_notices(page).proposals[0]
    assert notice.value("kind") == "eia_pre_approval"
    assert not notice.value("issuer").startswith("可向")


def test_the_interim_measures_assessing_body_heading_in_short_form_tells_a_first_notice():
    body = (
        "根据《环境影响评价公众参与暂行办法》的规定，将某某县某某水库扩建工程有关事宜公告如下：\n"
        "一、建设项目概况\n某某水库扩建工程位于某某县某某镇，工程任务为城镇供水和农田灌溉。\n"
        "二、建设单位的名称和联系方式\n建设单位：某某县水务局\n联系人：某某\n"
        "三、环境影响评价机构的名称和联系方式\n环境影响评价机构：某某水利水电勘测设计院\n"
        "联系电话：0851-1234567\n"
    )
    assert classify(None, body)[0] == "eia_first"
