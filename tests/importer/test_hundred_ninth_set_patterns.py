"""Patterns a hundred-ninth fresh set of real notices showed (issue #11: vehicle and machinery
projects, their builders' publicity and the bureaus' notices on them): each a sentence of
behaviour on a text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

import datetime as dt

from tests.importer.proposals import only as _only


def test_a_posting_date_under_the_title_before_the_cut_text_size_buttons_is_the_publication_day():
    page = (
        "某某专用车有限公司年产5000辆专用车扩能项目环境影响报告书第一次信息公开\n"
        "2023-04-17 09:12:45    【字体大小:\n"
        "某某专用车有限公司年产5000辆专用车扩能项目环境影响报告书第一次信息公开\n"
        "根据《环境影响评价公众参与办法》（生态环境部令第4号）的要求，现对某某专用车有限公司"
        "年产5000辆专用车扩能项目环境影响评价进行公众参与信息公示。\n"
        "一、建设单位名称和联系方式\n"
        "建设单位：某某专用车有限公司 联系人：王工 联系电话：13900001234\n"
        "二、公众意见表链接：http://www.example.com/gzyjb.html\n"
        "三、提交公众意见表的方式：电子邮件 zyc2023@example.com\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_first"
    assert notice.value("published_on") == dt.date(2023, 4, 17)


def test_a_posting_date_before_whole_text_size_buttons_is_the_publication_day():
    page = (
        "某某汽车零部件有限公司制动盘生产线技改项目环境影响评价第一次公示\n"
        "2021-09-06 10:20:11 【字体：大 中 小】\n"
        "根据《环境影响评价公众参与办法》，现将某某汽车零部件有限公司制动盘生产线技改项目环境"
        "影响评价有关信息公示如下。建设单位：某某汽车零部件有限公司，联系人：李工，联系电话："
        "0531-81234567。公众可通过信函、电子邮件提交公众意见表。\n"
    )
    notice = _only(page)
    assert notice.value("published_on") == dt.date(2021, 9, 6)
