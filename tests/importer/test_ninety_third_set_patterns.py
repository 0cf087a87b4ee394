"""Patterns a ninety-third fresh set of real notices showed (issue #11: builders' and EIA
consultants' own websites, their 新闻/公告 columns): each a sentence of behaviour on a text
written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

from notices.importer.contacts import find_phones
from tests.importer.proposals import only as _only


def test_a_phone_extension_set_off_by_an_em_dash_is_kept_with_the_number():
    found = find_phones("联系电话：0371—6652208—2105\n")
    assert [f.value for f in found] == ["0371-6652208-2105"]


def test_a_phone_extension_set_off_by_an_en_dash_is_kept_like_a_hyphened_one():
    found = find_phones("联系电话：0371–6652208–2105；传真：0371-6652209\n")
    assert [f.value for f in found] == ["0371-6652208-2105"]


def test_an_em_dash_phone_in_a_hospitals_draft_notice_is_its_contact_with_the_extension():
    page = (
        "某某县中心医院迁建项目环境影响评价征求意见稿公示\n"
        "根据《环境影响评价公众参与办法》的相关要求，现将本项目征求意见稿及相关信息公示如下：\n"
        "一、征求意见稿全文的网络链接：https://pan.example.com/s/1AbCdEfGh 提取码：k2m9\n"
        "二、建设单位名称：某某县中心医院\n"
        "联系人：王院长\n"
        "联系电话：0371—6652208—2105\n"
        "邮箱：zxyy2031@example.com\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_draft_comment"
    assert notice.value("contact")["phone"] == "0371-6652208-2105"
