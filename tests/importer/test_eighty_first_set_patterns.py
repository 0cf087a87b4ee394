"""Patterns an eighty-first fresh set of real notices showed (issue #11: a mixed set of all
kinds and media from the north-east and Shandong, with its near-misses): each a sentence of
behaviour on a text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

from tests.importer.proposals import only as _only


def test_a_rectification_put_up_before_it_is_closed_is_other_even_when_it_names_an_eia_report():
    page = (
        "省级生态环境保护督察第十二项问题三整改公示\n"
        "我区已完成省级生态环境保护督察第十二项问题整改,拟申请验收销号。现对该项问题整改完成情况"
        "向社会公示:\n"
        "一、整改问题\n某某化工园区未按期开展规划环境影响跟踪评价。\n"
        "二、整改成效\n园区已于2025年3月取得《某某化工园区总体规划环境影响报告书》审查意见。\n"
        "三、公示时间:2025年6月3日至2025年6月16日(共10个工作日)\n"
        "四、受理电话:0457-6612345\n"
        "如对该项问题整改完成情况有异议,请以书面或电话形式向区生态环境保护委员会办公室反映。\n"
        "某某区人民政府\n"
        "2025年5月30日\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "other"
    assert notice.value("window")["ends_on"] == "2025-06-16"
    assert notice.value("contact")["phone"] == "0457-6612345"
