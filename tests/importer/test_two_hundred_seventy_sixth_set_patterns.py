"""Patterns the two-hundred-and-seventy-sixth fresh set showed (issue #11). Its focus: precious
and non-ferrous metal works (gold mines and cyanide tailings, precious-metal refining, jewellery
making, spent-catalyst recovery, zinc, lead and copper recovery) at every EIA stage. Each test is
a sentence of behaviour on a text written for the test, not copied."""

from __future__ import annotations

import pytest

from tests.importer.proposals import only

_PRE_APPROVAL = (
    "关于某某再生资源有限公司《年处理3万吨废催化剂综合利用项目环境影响报告书》"
    "环境影响评价文件拟审批意见的公示\n"
    "根据建设项目环境影响评价审批程序的有关规定，经审查，我局拟对某某再生资源有限公司"
    "《年处理3万吨废催化剂综合利用项目环境影响报告书》作出审批意见。现将拟作出审批意见的"
    "环境影响评价文件基本情况予以公示，公示期为5日。\n"
    "项目名称：年处理3万吨废催化剂综合利用项目\n"
    "建设地点：某某市某某园区\n"
    "建设单位：某某再生资源有限公司\n"
    "{label}：2025年06月18日\n"
    "项目概况：年处理废催化剂3万吨，回收钯、铂等贵金属。\n"
)


@pytest.mark.parametrize("label", ["受理时间", "受理日期", "备案时间"])
def test_the_day_an_authority_accepted_or_filed_a_project_does_not_date_the_notice(label):
    # (a publicity window of "5日" counted from that day would close on the wrong day)
    notice = only(_PRE_APPROVAL.format(label=label))
    assert notice.value("kind") == "eia_pre_approval"
    assert notice.value("published_on") is None
