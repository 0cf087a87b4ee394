"""Patterns a hundred-and-fifty-eighth fresh set of real notices showed (issue #11: Zhejiang
and Anhui notices of 2020-2026 from cities earlier sets had not used): each a sentence of
behaviour on a text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

import datetime as dt

from tests.importer.proposals import only as _only


def test_a_new_area_office_named_with_its_district_in_brackets_keeps_its_whole_name():
    page = (
        "序号 | 项目名称 | 建设地点 | 建设单位 | 建设项目概况 |\n"
        "1 | 某某包装材料技改项目 | 某某市某东区某某镇某某路8号 | 某某塑业有限公司 | "
        "利用自有厂房，购置注塑机等设备，形成年产500万套包装材料的生产规模。 |\n"
        "根据建设项目环境影响评价审批程序的有关规定，经审议，我局拟对上述建设项目环境影响评价"
        "文件作出审批意见。现将建设项目环境影响评价文件的基本情况予以公告。"
        "公告期为2025年6月9日至2025年6月13日（5日）。\n"
        "联系人：某某市生态环境局某某新区（某东区）分局项目审批科\n"
        "联系电话：0571-87654321\n"
        "听证告知：依据《中华人民共和国行政许可法》，自公告起五日内申请人、利害关系人可对上述"
        "拟作出建设项目环境影响评价文件批复决定要求听证。\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_pre_approval"
    assert notice.value("issuer") == "某某市生态环境局某某新区（某东区）分局"
    assert notice.value("window")["ends_on"] == "2025-06-13"


def test_a_bureau_title_keeps_the_second_name_the_bureau_bears_in_brackets():
    page = (
        "某某市生态环境局（某某新区管理委员会产业保障局）拟对年产10万套汽车配件建设项目环评文件"
        "作出审批意见的公示\n"
        "发布日期：2025-06-10 09:30\n"
        "序号 | 项目名称 | 建设地点 | 建设单位 |\n"
        "1 | 年产10万套汽车配件建设项目 | 某某新区某某路3号 | 某某科技有限公司 |\n"
        "根据建设项目环境影响评价审批程序的有关规定，经审议，我局拟对上述建设项目环境影响评价"
        "文件作出审批意见。为保证审批意见的严肃性和公正性，现将基本情况予以公告。\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_pre_approval"
    assert notice.value("issuer") == "某某市生态环境局（某某新区管理委员会产业保障局）"
    assert notice.value("published_on") == dt.date(2025, 6, 10)
