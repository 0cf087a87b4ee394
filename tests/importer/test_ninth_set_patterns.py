"""Patterns a ninth fresh set of real notices showed (issue #11): each a sentence of behaviour
on a text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

import datetime as dt

from notices.importer import extract_notices

_TITLE = "某某县污水处理厂扩建工程环境影响评价第二次公示\n"
_DRAFT_BODY = (
    "某某县污水处理厂扩建工程环境影响报告书征求意见稿已编制完成，现公开征求公众意见。"
    "征求意见稿全文链接：https://pan.baidu.com/s/1XyZexampleLink 公众可通过电话、电子邮件"
    "提出意见。建设单位：某某县城市建设投资有限公司，联系人：王工，联系电话：13800138000，"
    "电子邮箱：wang@example.com。\n"
)


def test_a_posting_line_with_a_two_digit_year_dates_the_repost():
    page = _TITLE + "时间:21-05-17来源:某某环保网\n" + _DRAFT_BODY
    notice = extract_notices(page).proposals[0]
    assert notice.value("published_on") == dt.date(2021, 5, 17)


def test_a_posting_line_with_the_month_first_dates_the_repost():
    page = _TITLE + "添加时间:11-03-2023 来源:\n" + _DRAFT_BODY
    notice = extract_notices(page).proposals[0]
    assert notice.value("published_on") == dt.date(2023, 11, 3)


def test_a_short_date_that_is_no_day_is_not_read_as_a_posting_date():
    page = _TITLE + "时间:21-13-45来源:某某环保网\n" + _DRAFT_BODY
    notice = extract_notices(page).proposals[0]
    assert notice.value("published_on") is None


def test_a_capital_reduction_form_with_xxx_placeholders_is_a_template_not_a_notice():
    page = (
        "公司减资公告范本：XXX有限公司（统一社会信用代码XXX）经股东会决议，拟将注册资本由"
        "人民币500万元减少至人民币50万元。请债权人自本公告见报之日起45日内向本公司申报债权，"
        "要求清偿债务或者提供相应的担保。特此公告。\n"
    )
    assert extract_notices(page).proposals == ()


def test_a_first_notice_cut_short_under_its_title_is_still_a_first_notice():
    page = (
        "本报讯 全区秋冬季造林工作全面展开，各乡镇已完成整地面积三千余亩。\n\n"
        "某某市餐厨垃圾处理项目环境影响评价第一次公示\n"
        "时间:19-08-02来源:某某能源网 点击: 次\n"
        "某某市餐厨垃圾处理项目环境影响评价第一次公示 （一）项目名称及概要 项目名称：某某市餐厨"
        "垃圾处理项目 建设单位：某某环境能源有限公司 项目概要：项目位于某某市某某镇，日处理餐厨"
        "垃圾200吨，配套建设沼气利用和污水处理设施。\n"
    )
    proposals = extract_notices(page).proposals
    assert [p.value("kind") for p in proposals] == ["eia_first"]
    assert proposals[0].value("published_on") == dt.date(2019, 8, 2)


def test_a_news_headline_about_a_first_notice_opens_no_notice():
    page = (
        "某某市垃圾焚烧发电厂环评公示\n"
        "记者今日从某某环境科学研究所获悉，某某市垃圾焚烧发电厂项目正在进行环境影响评价第一次"
        "信息公示。记者了解到，项目预计总投资约3亿元，由某某环保能源有限公司负责建设、营运。\n"
    )
    assert extract_notices(page).proposals == ()


def test_a_mobile_number_printed_a_digit_short_after_its_label_is_kept_as_printed():
    page = (
        "某某县石料厂项目环境影响评价第一次公示\n"
        "建设单位名称和联系方式 单位名称：某某矿业有限公司 地址：某某县某某乡 联系电话："
        "1391234567联 系 人：李先生 公众可在本公示发布后10个工作日内提出意见。\n"
    )
    notice = extract_notices(page).proposals[0]
    assert notice.value("contact")["phone"] == "1391234567"


def test_ten_digits_inside_a_longer_number_are_no_phone():
    page = (
        "某某县石料厂项目环境影响评价第一次公示\n"
        "建设单位：某某矿业有限公司 统一社会信用代码：13912345678901 联系电话：0731-5551234 "
        "公众可在本公示发布后10个工作日内提出意见。\n"
    )
    notice = extract_notices(page).proposals[0]
    assert notice.value("contact")["phone"] == "0731-5551234"


def test_a_builder_whose_pinyin_bracket_wraps_onto_the_next_line_keeps_it():
    page = (
        "某某工業園污水處理廠項目環境影響評價第二次公示\n"
        "某某工業園污水處理廠項目環境影響報告書征求意見稿已編制完成，現公開征求公眾意見。\n"
        "征求意見稿全文鏈接：https://pan.baidu.com/s/1ExampleWrapLink\n"
        "公眾可在公示發布之日起10個工作日內通過信函、電子郵件提出意見。\n"
        "六、建設單位聯繫方式\n"
        "建設單位:某某經濟開發(fā)區管理委員會\n"
        "(huì)\n"
        "單位地址:某某縣某某鎮某某路8號\n"
        "聯繫電話:13900001111\n"
    )
    notice = extract_notices(page).proposals[0]
    assert notice.value("issuer") == "某某經濟開發(fā)區管理委員會(huì)"
