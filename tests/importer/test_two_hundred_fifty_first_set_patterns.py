"""Patterns a fresh set of real notices on services and small works showed (issue #11): each a
sentence of behaviour on a text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

from notices.importer import extract_notices
from notices.importer.kinds import classify

_PRE_APPROVAL_TABLE = (
    "序号 | 项目名称 | 建设地点 | 建设单位 | 建设项目概况 | 公众参与情况 | 相关环保措施承诺 | "
    "主要环境影响及预防或者减轻不良环境影响的对策和措施 | 1 | 某某汽配有限公司迁扩建项目 | "
    "某某市某某镇某某村工业区 | 某某汽配有限公司 | 企业原址于2019年编制现状评估报告，于2020年"
    "完成建设项目竣工环境保护自主验收。现租赁某某公司厂房，迁扩建后年产10万件汽车配件。 | "
    "2021年3月2日在某某市政府网站发布了受理公示 | 建设单位承诺落实各项污染防治措施。 | "
    "废水经化粪池处理后纳入市政污水管网。"
)


def test_a_copy_cut_to_the_pre_approval_form_table_is_a_pre_approval_notice():
    assert classify(None, _PRE_APPROVAL_TABLE)[0] == "eia_pre_approval"


def test_the_pre_approval_table_is_proposed_despite_a_completion_acceptance_in_its_outline():
    proposals = extract_notices(_PRE_APPROVAL_TABLE + "\n").proposals
    assert [p.value("kind") for p in proposals] == ["eia_pre_approval"]


def test_a_table_with_the_measures_column_but_a_decision_number_is_not_a_pre_approval():
    body = (
        "序号 | 项目名称 | 建设单位 | 公众参与情况 | 主要环境影响及预防或者减轻不良环境影响的对策和"
        "措施 | 批复文号 | 1 | 某某洗车场项目 | 某某汽车服务有限公司 | 无 | 废水隔油沉淀后回用 | "
        "某环建〔2021〕12号 |"
    )
    assert classify(None, body)[0] != "eia_pre_approval"


def test_the_measures_column_alone_without_participation_or_commitment_is_not_enough():
    body = (
        "项目名称 | 建设地点 | 主要环境影响及预防或者减轻不良环境影响的对策和措施 | 某某酒店项目 | "
        "某某县某某镇 | 油烟经净化器处理后排放 |"
    )
    assert classify(None, body)[0] != "eia_pre_approval"
