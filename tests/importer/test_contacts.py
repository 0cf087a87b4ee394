"""Contacts: names, landline and mobile numbers, e-mail, address, postcode."""

from __future__ import annotations

import pytest

from notices.importer.contacts import find_contact, find_phones
from notices.importer.text import Page


def contact(text: str) -> dict:
    found = find_contact(Page(text).text)
    return {k: [f.value for f in v] if isinstance(v, list) else v.value for k, v in found.items()}


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("专门值班电话：0471-4819165", ["0471-4819165"]),
        ("联系电话：15147478119，", ["15147478119"]),
        ("电话：0471—4819165", ["0471-4819165"]),
        ("电话：（0471）4819165", ["0471-4819165"]),
        ("电话：04714819165", ["0471-4819165"]),
        ("电话：010-65123456", ["010-65123456"]),
        ("电话：151 4792 3360", ["15147923360"]),
        ("电话：１５６０４７４３００３", ["15604743003"]),
        ("联系人：贾工 15604743003", ["15604743003"]),
        ("电话：0473-3926615 15904731122", ["0473-3926615", "15904731122"]),
        ("电话：4819165", ["4819165"]),
        ("举报电话：12369", ["12369"]),
        ("电话：0475-8216305\n传真：0475-8216300", ["0475-8216305"]),
        ("电话/传真：0477-8661023", ["0477-8661023"]),
    ],
)
def test_phone_numbers_are_read_and_written_one_way(text: str, numbers: list[str]) -> None:
    assert [p.value for p in find_phones(Page(text).text)] == numbers


@pytest.mark.parametrize(
    "text",
    [
        "电子邮箱：18504922288@qq.com",
        "统一社会信用代码：91150203MA0N4K7X2B",
        "邮编：012000",
        "于2024年7月8日决议",
        "https://pan.baidu.com/s/1NPnd_15604743003",
        "共计12345人次",
    ],
)
def test_numbers_that_are_not_phones_are_skipped(text: str) -> None:
    assert find_phones(Page(text).text) == []


def test_a_liquidation_contact_line_is_split_into_its_parts() -> None:
    text = (
        "联系人：布日格德，联系电话：15147478119，"
        "地址：集宁区瑞宁名苑B区18号商业楼三楼，邮编：012000"
    )
    assert contact(text) == {
        "name": "布日格德",
        "phone": "15147478119",
        "address": "集宁区瑞宁名苑B区18号商业楼三楼",
        "postcode": "012000",
    }


def test_the_first_named_person_and_their_number_come_first() -> None:
    text = (
        "建设单位：某某公司\n联系人：王工\n联系电话：0471-6111111\n"
        "环评单位：某某咨询有限公司\n联系人：李工\n联系电话：13900000000\n电子邮箱：a_b@163.com"
    )
    assert contact(text) == {
        "name": "王工",
        "phone": "0471-6111111",
        "phones": ["0471-6111111", "13900000000"],
        "email": "a_b@163.com",
    }


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("联系人：张飞\n联系电话：18504922288", "张飞"),
        ("联系人：王先生电话：13800000000", "王先生"),
        ("建设单位及联系人：贾工\n15604743003", "贾工"),
        ("联系人：阿不都·热合曼，电话", "阿不都·热合曼"),
    ],
)
def test_names_stop_at_the_next_label_or_number(text: str, name: str) -> None:
    assert contact(text)["name"] == name


def test_a_company_is_not_taken_for_a_contact_person() -> None:
    assert "name" not in contact("联系人：某某有限公司清算组")


def test_email_stops_before_a_following_numbered_item() -> None:
    assert contact("发至邮箱：869245597@qq.com2.填写纸质公众意见表")["email"] == "869245597@qq.com"


def test_a_post_box_is_the_address_of_a_hotline() -> None:
    text = "专门邮政信箱：内蒙古自治区呼和浩特市A980号邮政信箱\n受理举报电话时间：每天8:00—20:00"
    assert contact(text)["address"] == "内蒙古自治区呼和浩特市A980号邮政信箱"


def test_a_project_site_is_not_a_contact_address() -> None:
    assert "address" not in contact("建设地点：鄂尔多斯市鄂托克前旗上海庙镇")


def test_a_completion_acceptance_bodys_contact_block_is_not_the_builders() -> None:
    from notices.importer.contacts import find_contact

    text = (
        "二、建设项目的建设单位和联系方式\n"
        "建设单位：某某县交通运输局 邮 编：614000\n"
        "电 话：13955502468 联系人：吴老师\n"
        "三、承担竣工环境保护验收工作的机构的名称和联系方式\n"
        "竣工环境保护验收主编单位：某某检测技术有限公司\n"
        "电话：028-85550123 联系人：钱工\n"
    )
    assert find_contact(text)["phone"].value == "13955502468"
