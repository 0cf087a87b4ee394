"""A builder named only as the subject of the short form of "plans to build" (issue #11): "X拟建
某某工程", "X拟投资建设某某项目" — the notice names no signature nor label, and the company that
plans the works is the one that puts the notice up. Texts written for the test."""

from __future__ import annotations

from notices.importer import extract_notices


def _issuer(text: str) -> str | None:
    (notice,) = extract_notices(text).proposals
    return notice.value("issuer")


def test_the_company_that_plans_to_build_the_works_in_short_is_the_issuer():
    text = (
        "关于某某污水处理厂扩建工程环境影响报告书征求意见稿的公示\n"
        "某某市某某水务有限公司拟建某某污水处理厂扩建工程，目前环境影响报告书征求意见稿已编制"
        "完成。现公开征求意见，公示期为10个工作日。\n"
        "联系电话：0531-8888666\n"
    )
    assert _issuer(text) == "某某市某某水务有限公司"


def test_a_cooperative_that_plans_to_invest_in_building_a_project_is_the_issuer():
    text = (
        "某某县某某养殖专业合作社拟投资建设生猪养殖项目，项目环境影响报告书征求意见稿已完成，现予"
        "公示。公示时间：2024年3月5日至3月18日。联系电话：13900001111\n"
    )
    assert _issuer(text) == "某某县某某养殖专业合作社"


def test_a_project_to_build_with_no_company_named_leaves_the_issuer_blank():
    text = (
        "关于某某污水处理厂扩建工程环境影响报告书征求意见稿的公示\n"
        "某某污水处理厂扩建工程环境影响报告书征求意见稿已编制完成。现公开征求意见，公示期为10个"
        "工作日。\n"
        "联系电话：0531-8888666\n"
    )
    assert _issuer(text) is None
