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

#: The 2006 interim measures' second notice without its title: the works outlined, then what
#: the assessment found (impacts and measures, its conclusion), then a period for views.
_SECOND_NOTICE_UNTITLED = (
    "一、建设项目概况\n"
    "项目名称：某某县某某花炮仓储中心\n"
    "建设单位：某某县某某烟花爆竹有限公司\n"
    "建设规模：新建成品仓库6栋，总建筑面积1200m2。\n"
    "二、建设项目对环境可能造成的影响及采取的环保措施\n"
    "施工期扬尘洒水降尘；运营期生活污水经化粪池处理后用于农肥。\n"
    "三、环境影响评价结论\n"
    "项目选址基本合理，采取上述措施后对周围环境影响不大。\n"
    "四、征求公众意见的具体形式\n"
    "在本次信息公示后10个工作日内，公众可通过电话、信函、电子邮件等方式发表意见。\n"
    "五、联系方式\n"
    "建设单位联系人：某先生 电话：13900000000\n"
)


def test_a_masked_day_before_the_bureau_is_no_part_of_its_name():
    notice = extract_notices(_MASKED_DAY).proposals[0]
    assert notice.value("issuer") == "某某州生态环境局某某分局"


def test_an_untitled_second_notice_giving_impacts_and_a_conclusion_is_a_draft_comment_notice():
    notice = extract_notices(_SECOND_NOTICE_UNTITLED).proposals[0]
    assert notice.value("kind") == "eia_draft_comment"


def test_the_impacts_item_alone_tells_the_second_notice():
    text = _SECOND_NOTICE_UNTITLED.replace("三、环境影响评价结论\n", "三、其他\n")
    assert extract_notices(text).proposals[0].value("kind") == "eia_draft_comment"
