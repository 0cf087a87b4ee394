"""Patterns a hundred-and-forty-seventh fresh set of real notices showed (issue #11: notices
copied to self-media accounts, news portals and aggregators): each a sentence of behaviour on a
text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

from notices.importer import extract_notices
from tests.importer.proposals import only as _only

_PREAMBLE = (
    "按照《中华人民共和国环境影响评价法》、《环境影响评价公众参与办法》（生态环境部令第4号）"
    "等法律、法规及有关规定，建设单位是建设项目环境信息公开的主体。\n"
    "我公司于2024年3月5日委托某某环境科技有限公司承担某某尾矿综合利用项目环境影响评价工作，"
    "现已完成《某某尾矿综合利用项目环境影响报告书》征求意见稿，现对本项目进行公众参与第二次"
    "公示。公示材料如下：\n"
    "（一）建设项目名称及概要：项目名称：某某尾矿综合利用项目；年处置尾矿10万吨。\n"
)


def test_headings_naming_each_partys_contact_details_are_not_contact_labels_left_blank():
    page = (
        _PREAMBLE + "（二）建设单位的名称和联系方式：\n"
        "建设单位名称：（略）\n"
        "（三）环境影响评价机构的名称和联系方式：\n"
        "环评单位名称：（略）\n"
        "（四）公众"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_draft_comment"


def test_a_copy_whose_numbers_an_aggregator_starred_out_still_printed_them():
    page = (
        _PREAMBLE + "建设单位：****\n"
        "联系人：\n"
        "联系电话：0571-****8123\n"
        "环评单位：****\n"
        "联系人：\n"
        "电话：139****5678\n"
        "邮箱：****@qq.com\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_draft_comment"


def test_a_form_with_its_contact_labels_left_empty_under_such_headings_stays_a_template():
    page = (
        "某某项目环境影响评价第一次公示（范本）\n"
        "根据《环境影响评价公众参与办法》，现将本项目有关信息公示如下：\n"
        "一、建设项目名称及概要：\n"
        "二、建设单位的名称和联系方式：\n"
        "联系人：\n"
        "联系电话：\n"
        "三、环境影响评价机构的名称和联系方式：\n"
        "联系人：\n"
        "电子邮箱：\n"
    )
    assert extract_notices(page).proposals == ()
