"""Patterns a two-hundred-and-fifth fresh set of real notices showed (issue #11: notices of
housing estates, schools, urban renewal and commercial complexes, 2010-2025): each a sentence of
behaviour on a text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

from tests.importer.proposals import only as _only


def test_a_first_notice_listing_its_steps_below_their_heading_is_still_a_first_notice():
    page = (
        "某某环保有限公司受某某投资有限公司委托开展对“某某国际广场”进行环境影响评价。"
        "现根据国家及项目所在地环保法规及规定的要求，向公众进行第一次信息公布。\n"
        "一、建设项目的名称及概要\n"
        "项目名称：某某国际广场\n"
        "项目概要：建设内容包括地下室、裙房和两栋塔楼，为集办公、酒店、商业为一体的城市综合体。\n"
        "二、建设单位名称和联系方式\n"
        "建设单位：某某投资有限公司\n"
        "联系人：某某 联系电话：12345678 电子邮箱：mou@example.com\n"
        "三、承担评价工作的环境影响评价机构的名称和联系方式\n"
        "环评单位：某某环保有限公司\n"
        "四、环境影响评价工作程序和主要工作内容\n"
        "1、评价程序\n"
        "建设单位委托→建设单位提供技术资料→向公众公示建设项目概况→编制环境影响报告书→"
        "公示环境影响评价结论及简本、问卷调查→环境影响报告书评审→上报环保行政主管部门审批。\n"
        "2、主要工作内容\n"
        "分析、预测和评价工程在施工、运营过程对环境影响的程度和范围。\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_first"


def test_a_second_notice_flattened_to_one_line_is_told_by_its_conclusions_heading():
    page = (
        "受某某县某某投资有限公司的委托，某某环保科技咨询有限公司承担了《某某县棚户区改造建设项目"
        "环境影响报告书》的编制工作，希望广大公众积极参与，为本项目环境保护方面提出宝贵的意见和建议。"
        " 一、项目概况 1、项目名称：某某县棚户区改造建设项目"
        " 2、工程简介 包括建设住宅小区及配套设施。"
        " 二、拟采取的环保治理措施 项目施工期主要环境问题包括扬尘、噪声、施工废水及固体废物。"
        "施工期及营运期各污染因素经采取有效防治措施治理后，可实现污染物的达标排放。"
        " 三、环境影响评价主要结论 本项目选址合理可行，从环保角度考虑，本项目是可行的。"
        " 四、征求公众意见的范围和主要事项 （1）征求意见的范围 拟建项目周边的公众\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_draft_comment"


def test_an_untitled_publicity_asking_for_written_views_handed_in_is_a_notice():
    page = (
        "某某镇某某片区改造单元规划基础数据成果已通过核查，根据《某某市城市更新基础数据工作指引》"
        "相关要求，现对该片区基础数据予以公示（详见附件）。\n"
        "本公示自刊登之日起15日内，广大市民或相关利害关系人可到某某镇人民政府公告宣传栏查阅。\n"
        "公示期内可向某某市某某镇人民政府提交书面意见与建议。\n"
        "联系人：某某，联系电话：0760-12345678。\n"
        "某某市某某镇人民政府\n"
        "2021年12月13日\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "other"
    assert notice.value("window")["length"] == 15
