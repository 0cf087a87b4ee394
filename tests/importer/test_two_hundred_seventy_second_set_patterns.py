"""Patterns a fresh set of real notices showed (issue #11), its focus explosives and hazardous-goods
works and security sites (fireworks factories and their stores, civil-explosives magazines and
detonator lines, a detox centre's hospital): each a sentence of behaviour on a text written for
the test, modelled on the pattern, not copied."""

from __future__ import annotations

from notices.importer import extract_notices

#: An authority's pre-approval notice as a bidding aggregator reposts it: the day the bureau
#: acted masked before its name, the window's days masked too.
_MASKED_DAY = (
    "根据建设项目环境影响评价审批程序的有关规定，经审查，**日某某州生态环境局某某分局拟对"
    "某某县某某镇民用爆炸物品储存库环境影响评价文件作出审批意见。现将拟作出审批意见的环境"
    "影响评价文件基本情况予以公示，公示期为**日-**日（4个工作日）。\n"
    "联系电话（传真）：0870-*\n"
    "项目名称：某某县某某镇民用爆炸物品储存库\n"
)


def test_a_masked_day_before_the_bureau_is_no_part_of_its_name():
    notice = extract_notices(_MASKED_DAY).proposals[0]
    assert notice.value("issuer") == "某某州生态环境局某某分局"
