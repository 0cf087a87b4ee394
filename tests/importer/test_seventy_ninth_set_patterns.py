"""Patterns a seventy-ninth fresh set of real notices showed (issue #11: EIA notices of linear
and regional projects, railways, roads, power lines, pipelines, river and farmland works, with
their near-misses): each a sentence of behaviour on a text written for the test, modelled on
the pattern, not copied."""

from __future__ import annotations

from tests.importer.proposals import only as _only


def test_a_listing_bullet_before_an_authority_led_title_is_not_part_of_the_issuer():
    page = (
        "·某某市某某区行政审批局关于对某某供电公司35千伏线路迁改工程环境影响报告表拟作出"
        "审批决定的公示\n"
        "发布日期：2023-03-14\n"
        "根据建设项目环境影响评价审批程序的有关规定，经审议，我局拟对以下建设项目环境影响"
        "报告表作出审批决定。现将基本情况予以公示。\n"
        "公示期限：自本信息发布之日起5个工作日。\n"
        "联系电话：0351-5550142\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_pre_approval"
    assert notice.value("issuer") == "某某市某某区行政审批局"
