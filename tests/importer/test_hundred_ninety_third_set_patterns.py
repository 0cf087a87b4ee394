"""Patterns a hundred-and-ninety-third fresh set of real notices showed (issue #11: power grid
works, transmission lines and substations of 35-500kV, 2015-2025): each a sentence of behaviour
on a text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

import datetime as dt

from notices.importer import extract_notices
from tests.importer.proposals import only as _only


def test_a_licence_decision_letter_to_the_builder_setting_no_period_is_no_notice():
    page = (
        "某某110kV输变电工程环境影响报告表通过审批\n"
        "日期：2021年05月06日 10:20\n"
        "某某州生态环境局\n"
        "准予行政许可决定书\n"
        "某环许准〔2021〕8号\n"
        "某某供电局：\n"
        "你公司于2021年4月20日提出对《某某110kV输变电工程环境影响报告表》审批的申请，我局已依法"
        "受理。经审查，该报告表符合建设项目环境影响评价文件审批的有关规定。我局决定准予行政许可，"
        "并要求如下：\n"
        "一、工程新建一座110kV变电站，新建110kV线路2回。\n"
        "二、按照报告表提出的建议和措施精心设计，认真组织施工，及时恢复植被。\n"
    )
    assert extract_notices(page).proposals == ()


def test_a_licence_decision_put_up_for_a_period_is_still_a_decision_notice():
    page = (
        "某某县生态环境局准予行政许可决定的公告\n"
        "我局决定准予某某有限公司某某项目环境影响报告表行政许可，现予以公告，"
        "公告期为2021年5月6日至2021年5月14日（7个工作日）。\n"
        "联系电话：0871-1234567\n"
    )
    notice = _only(page)
    assert notice.value("window")["ends_on"] == "2021-05-14"


def test_objections_to_the_approval_taken_by_the_department_make_a_pre_approval_notice():
    page = (
        "项目名称：某某220千伏输变电工程\n"
        "建设地点：某某自治区某某旗\n"
        "项目概况：新建220kV变电站一座，新建220kV线路约12km。\n"
        "公参情况：建设单位于2024年5月6日进行了第一次公示，于2024年6月3日至2024年6月17日进行了"
        "第二次公示（征求意见稿公示），公示期内未收到反馈意见。\n"
        "项目公示时间为2024年8月1日。如对项目环境影响报告书审批持有异议者，在公示时间内可向我厅"
        "反映或提出书面意见。\n"
        "联系电话：0471-1234567\n"
    )
    assert _only(page).value("kind") == "eia_pre_approval"


def test_a_copy_cut_to_the_pre_approval_table_and_its_hearing_heading_is_a_pre_approval():
    page = (
        "序号 | 项目名称 | 建设地点 | 建设单位 | 环评编制单位 | 建设项目概况 | "
        "主要环境影响及预防或者减轻不良环境影响的对策和措施 | 建设单位开展的公众参与情况 |\n"
        "1 | 某某县某某50MW光伏项目110kV送出工程 | 某某县某某镇 | 某某新能源有限公司 | "
        "某某环保科技有限公司 | 新建110kV单回线路约6.2km，新建铁塔21基。项目总投资800万元。 | "
        "（一）确保工频电场、工频磁场和噪声满足相应的标准限值。（二）及时恢复临时占地。 | 无 |\n"
        "听证权利告知：\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_pre_approval"
    assert notice.value("projects")[0]["project"] == "某某县某某50MW光伏项目110kV送出工程"


def test_one_day_given_as_the_publicity_time_is_the_day_the_notice_is_put_up():
    page = (
        "项目名称：某某500千伏变电站扩建工程\n"
        "建设地点：某某自治区某某市\n"
        "项目概况：扩建500kV出线间隔1个，新建500kV线路约20km。\n"
        "项目公示时间为2024年9月2日。如对项目环境影响报告书审批持有异议者，在公示时间内可向我厅"
        "反映或提出书面意见。\n"
        "通讯地址：某某市某某区某某路39号\n"
    )
    assert _only(page).value("published_on") == dt.date(2024, 9, 2)
