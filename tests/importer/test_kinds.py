"""Notice kinds from titles first and bodies second."""

from __future__ import annotations

import pytest

from notices.importer.kinds import classify


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("清算公告", "liquidation"),
        ("债权申报公告", "liquidation"),
        ("减资公告", "capital_reduction"),
        ("吸收合并公告", "merger"),
        ("分立公告", "division"),
        ("简易注销公告", "deregistration_simplified"),
        ("XX项目环境影响评价第一次公示", "eia_first"),
        ("XX项目环评首次信息公开", "eia_first"),
        ("XX项目环境影响评价第二次公示", "eia_draft_comment"),
        ("XX项目环境影响报告书（征求意见稿）公示", "eia_draft_comment"),
        ("XX项目环境影响报告书报批前公示", "eia_pre_submission"),
        ("建设项目环境影响评价文件受理情况公示", "eia_acceptance"),
        ("建设项目环境影响评价文件拟审批公示", "eia_pre_approval"),
        ("关于拟作出XX项目环境影响评价文件审批决定的公示", "eia_pre_approval"),
        ("XX项目环境影响报告表审批决定的公告", "eia_decision"),
        ("中央第二生态环境保护督察组值班电话和邮箱", "inspection_reporting"),
        ("XX工程竣工环境保护验收信息公示", "other"),
        ("遗失声明", "other"),
    ],
)
def test_a_title_names_the_kind(title: str, kind: str) -> None:
    assert classify(title, "")[0] == kind


def test_a_deregistration_title_with_a_creditor_claim_is_a_liquidation() -> None:
    body = "经股东会决议解散，并成立清算组。请债权人自本公告发布之日起45日内申报债权。"
    assert classify("注销公告", body)[0] == "liquidation"


def test_a_deregistration_title_over_a_simplified_procedure_is_simplified() -> None:
    assert (
        classify("注销公告", "全体投资人承诺，拟申请简易注销登记。")[0]
        == "deregistration_simplified"
    )


@pytest.mark.parametrize(
    ("body", "has_window", "kind"),
    [
        ("现将环境影响报告书征求意见稿全文公开。", True, "eia_draft_comment"),
        (
            "环境影响评价信息公开，公众可在本公告发布后10个工作日内反映意见。",
            True,
            "eia_draft_comment",
        ),
        ("建设单位已委托某公司开展该项目环境影响评价工作。", False, "eia_first"),
        ("我局拟对下列建设项目环境影响评价文件作出审批意见。", True, "eia_pre_approval"),
        ("我局已受理下列建设项目环境影响评价文件。", True, "eia_acceptance"),
        ("公司注册资本由5000万元减少至1000万元。", True, "capital_reduction"),
        ("督察进驻期间受理举报，值班电话：0471-4819165", True, "inspection_reporting"),
    ],
)
def test_a_body_names_the_kind_when_there_is_no_title(
    body: str, has_window: bool, kind: str
) -> None:
    assert classify(None, body, has_window)[0] == kind


def test_a_title_outweighs_its_body() -> None:
    assert (
        classify("XX项目环境影响评价第二次公示", "第一次公示已于5月发布")[0] == "eia_draft_comment"
    )
