"""Patterns a fresh set of the newest EIA notices showed (issue #11: first, draft-comment and
pre-submission publicity and bureau pre-approval notices of 2024-2026, with their near-misses):
each a sentence of behaviour on a text written for the test, modelled on the pattern, not
copied."""

from __future__ import annotations

import datetime as dt

from notices.importer import extract_notices
from tests.importer.proposals import only as _only


def test_a_written_up_model_of_a_notice_with_its_quantities_left_as_xx_is_no_notice():
    page = (
        "某某市某某污水处理厂工程环评报告公示\n"
        "为改善城市水环境，某某市近期启动了某某污水处理厂建设工程，并已完成环境影响评价报告的"
        "编制工作，现对该项目的环评报告进行公示，广泛征求社会各界的意见和建议。\n"
        "该项目占地面积约XX平方米，预计日处理污水能力将达到XX万吨。\n"
        "本次环评报告公示时间为XX天，期间公众可通过电话、电子邮件等方式向建设单位提出意见。\n"
    )
    assert not extract_notices(page).proposals


def test_the_same_notice_with_its_figures_printed_is_a_notice():
    page = (
        "某某市某某污水处理厂工程环境影响评价第一次公示\n"
        "某某市水务有限公司已委托某某环保科技有限公司开展某某污水处理厂工程环境影响评价工作，"
        "现将有关信息公示如下。\n"
        "该项目占地面积约12000平方米，日处理污水2万吨。\n"
        "建设单位：某某市水务有限公司 联系人：王工 联系电话：0763-5550123\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_first"


def test_a_bureau_title_opening_on_its_guanyu_and_the_day_dates_the_notice():
    page = (
        "关于2031年6月11日某某市生态环境局拟作出的建设项目环境影响评价文件审批意见的公示\n"
        "序号 | 项目名称 | 建设地点 | 建设单位 | 环评机构 |\n"
        "1 | 某某检测中心射线装置应用项目 | 某某市某某路8号 | 某某检测技术有限公司 | "
        "某某环保咨询有限公司 |\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_pre_approval"
    assert notice.value("published_on") == dt.date(2031, 6, 11)
