"""Patterns a hundred-and-seventy-fifth fresh set of real notices showed (issue #11: Hebei and
Shanxi county-level notices of 2020-2026, builders' EIA notices and bureaus' pre-approvals and
decisions): each a sentence of behaviour on a text written for the test, modelled on the
pattern, not copied."""

from __future__ import annotations

from tests.importer.proposals import only as _only


def test_a_ministrys_order_cited_with_the_ministry_doubled_before_it_names_no_issuer():
    page = (
        "关于“某某村荒沟填埋煤矸石综合治理项目”环境影响评价征求意见公示\n"
        "根据国家生态环境部部令第4号关于印发《环境影响评价公众参与办法》通知的有关规定，"
        "为公开本次项目的环境信息和强化社会监督，进行公众参与公告。\n"
        "项目名称：某某村荒沟填埋煤矸石综合治理项目\n"
        "环境影响报告书征求意见稿现已形成，公开征求公众意见，公示日期为发布日起10个工作日。\n"
        "建设单位：****\n联系方式：155****1999\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_draft_comment"
    assert notice.value("issuer") is None
