"""Patterns a two-hundred-and-twenty-seventh fresh set of real notices showed (issue #11:
completion-acceptance publicity and other windows tracked as "other", factories of Shandong,
Hebei, Jiangsu, Henan): each a sentence of behaviour on a text written for the test, modelled
on the pattern, not copied."""

from __future__ import annotations

from notices.importer import extract_notices

_NAMING_PUT_UP = (
    "根据《某某省省级生态示范单位管理办法》要求，某某省某某厅组织开展了第二批省级生态示范"
    "单位的申报和评审工作，拟命名以下3家单位为第二批省级生态示范单位：\n"
    "某某市某某污水处理有限公司\n"
    "某某县某某小学\n"
    "某某镇生态公园\n"
    "现面向社会公示，公示期为4月7日-20日（10个工作日）。公示期间，某某厅接受公众提交的书面"
    "异议材料，并对所反映的问题进行核实和处理。\n"
    "联系电话：0531-00001234\n"
    "邮箱：shifan@example.cn\n"
    "某某省某某厅\n"
    "2026年4月7日\n"
)


def test_a_naming_put_up_for_the_objections_its_issuer_takes_in_its_period_is_a_notice():
    # the body says it takes the public's objections while the list is up: a window of kind
    # "other", ending on the day it prints
    proposals = extract_notices(_NAMING_PUT_UP).proposals
    assert len(proposals) == 1
    notice = proposals[0]
    assert notice.value("kind") == "other"
    assert notice.value("window")["ends_on"] == "2026-04-20"
    assert str(notice.value("published_on")) == "2026-04-07"
    assert notice.value("contact")["email"] == "shifan@example.cn"


def test_the_same_list_without_objections_taken_or_a_period_is_not_proposed():
    text = _NAMING_PUT_UP.replace(
        "现面向社会公示，公示期为4月7日-20日（10个工作日）。公示期间，某某厅接受公众提交的书面"
        "异议材料，并对所反映的问题进行核实和处理。\n",
        "",
    ).replace("联系电话：0531-00001234\n邮箱：shifan@example.cn\n", "")
    assert extract_notices(text).proposals == ()


_ACCEPTANCE_OF_A_QUOTED_PROJECT = (
    "根据《建设项目竣工环境保护验收暂行办法》的有关条款，“某某精工股份有限公司新建检测中心项目”"
    "竣工环境保护验收工作已于2026年2月3日完成专家组验收会议，形成了验收意见，现向全社会公示"
    "验收监测报告及验收意见，公示期为20个工作日（2026年2月9日至2026年3月9日）。公示期内，若对"
    "所公示内容有异议，任何单位和个人均可向公示单位反映。\n"
)


def test_an_acceptance_publicity_names_as_issuer_the_company_its_quoted_project_is_named_for():
    # no signature and no 建设单位 label: the builder puts its own acceptance up, and the
    # project in marks opens with the builder's name
    proposals = extract_notices(_ACCEPTANCE_OF_A_QUOTED_PROJECT).proposals
    assert len(proposals) == 1
    notice = proposals[0]
    assert notice.value("kind") == "other"
    assert notice.value("issuer") == "某某精工股份有限公司"
    assert notice.value("window")["ends_on"] == "2026-03-09"


def test_a_factory_named_in_marks_before_its_acceptance_material_is_the_issuer():
    text = (
        "建设单位应当在验收报告编制完成后5个工作日内公开验收报告。故“某某县某某塑料制品厂年产"
        "塑料袋300吨扩建项目（部分验收）”竣工验收资料在本网站公示，公示时间为2026年05月06日至"
        "2026年06月02日。\n"
    )
    proposals = extract_notices(text).proposals
    assert len(proposals) == 1
    assert proposals[0].value("issuer") == "某某县某某塑料制品厂"
