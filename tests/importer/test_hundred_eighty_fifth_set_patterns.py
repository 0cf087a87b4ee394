"""Patterns a hundred-and-eighty-fifth fresh set of real notices showed (issue #11: mines and
quarries of Hebei, Shanxi, Inner Mongolia and Shaanxi: coal, iron and gold mines, quarries,
tailings dams): each a sentence of behaviour on a text written for the test, modelled on the
pattern, not copied."""

from __future__ import annotations

from notices.importer import extract_notices
from tests.importer.proposals import only as _only


def test_a_period_in_a_table_whose_cells_lost_their_bars_is_read_under_its_column_header():
    page = (
        "某某建材尾矿库废料再利用项目拟审批公示\n"
        "发布时间：2019年08月22日\n"
        "根据建设项目环境影响评价审批程序有关要求，拟对以下建设项目环境影响文件进行审批。"
        "现将该建设项目环评文件拟审批情况予以公示。公示期为自公示之日起5个工作日内，"
        "联系电话：0314-5550123\n"
        "序号\n"
        "项目名称\n"
        "建设单位\n"
        "项目基本情况\n"
        "公示日期\n"
        "1\n"
        "某某建材有限公司新建尾矿库废料再利用项目\n"
        "某某建材有限公司\n"
        "项目位于某某县某某村，建成后年综合利用尾矿石240吨。\n"
        "2019年8月22日-2019年8月28日\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_pre_approval"
    assert notice.value("window")["starts_on"] == "2019-08-22"
    assert notice.value("window")["ends_on"] == "2019-08-28"


def test_a_period_said_to_open_on_a_day_counts_its_length_from_that_day():
    page = (
        "根据建设项目环境影响评价审批程序的有关规定，经审查，2025年1月7日我局拟对3个建设项目"
        "环境影响评价文件作出审批意见。为保证此次审查工作的严肃性和公正性，现将拟作出审批意见的"
        "环境影响评价文件基本情况予以公示，公示期开始时间为2025年1月7日，公示时间为（5个工作日）。\n"
        "听证权利告知：依据《中华人民共和国行政许可法》，自公示起五日内申请人、利害关系人可提出"
        "听证申请。\n"
        "联系电话：0477-5550123\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_pre_approval"
    window = notice.value("window")
    assert window["starts_on"] == "2025-01-07"
    assert (window["length"], window["unit"]) == (5, "working_days")


def test_a_reply_letter_to_the_company_that_filed_the_report_is_no_notice():
    page = (
        "关于不予批准某某矿业有限公司某某铁矿开采项目环境影响报告的函\n"
        "某某矿业有限公司：\n"
        "所报《某某矿业有限公司某某铁矿开采项目环境影响报告书》收悉。根据技术评估意见，经研究，"
        "该项目报告书存在以下问题：\n"
        "1、进一步解决该项目生态恢复和道路硬化等有关问题。\n"
        "鉴于上述问题，决定不予批准该项目环境影响报告书。待核实补充有关材料后，依法另行报批。\n"
        "某某省环境保护厅\n"
        "2017年9月13日\n"
    )
    assert extract_notices(page).proposals == ()


def test_a_posting_day_in_brackets_under_the_title_is_the_publication_date():
    page = (
        "某某铁矿塌陷区生态环境恢复项目环境影响评价信息（第一次）\n"
        "(2019-01-08)\n"
        "根据《环境影响评价公众参与办法》等文件要求，某某矿业有限公司某某铁矿委托某某环境科技"
        "有限公司对本项目进行环境影响评价，现将项目环境影响评价的有关事项向公众公告如下：\n"
        "一、项目名称和工程概要\n"
        "项目名称：某某铁矿塌陷区生态环境恢复\n"
        "二、环境影响评价工作程序\n"
        "环评单位接受委托→现场踏勘→编制环境影响报告书。\n"
        "三、建设单位名称和联系方式\n"
        "建设单位：某某矿业有限公司某某铁矿\n"
        "联系人：某某  电话：0310-5550123\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_first"
    assert notice.value("published_on").isoformat() == "2019-01-08"


def test_an_address_that_houses_the_city_bureau_by_its_level_alone_names_no_issuer():
    page = (
        "根据建设项目环境影响评价审批程序的有关规定，经审议，我局拟对某某县某某重晶石矿生产建设项目"
        "环境影响报告书作出批复决定。现将建设项目环境影响报告书的基本情况予以公示。"
        "公示期为2023年9月1日-2023年9月7日（5个工作日）。\n"
        "联系电话：0915-5550123\n"
        "通讯地址：某某市育才路113号市政府行政大楼19楼市生态环境局法制环评科 邮编：725000\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_pre_approval"
    assert notice.value("issuer") is None


def test_an_address_of_city_and_district_before_the_city_bureau_by_its_level_names_no_issuer():
    page = (
        "根据建设项目环境影响评价审批程序的有关规定，经审查，我局拟对2个建设项目环境影响评价文件"
        "作出审批意见。现将拟作出审批意见的环境影响评价文件基本情况予以公示，"
        "公示期为2025年1月7日-2025年1月13日（5个工作日）。\n"
        "联系电话：0477-5550123\n"
        "通讯地址：某某尔市某某什区市生态环境局\n"
    )
    notice = _only(page)
    assert notice.value("issuer") is None


def test_a_spam_phrase_a_mirror_put_in_place_of_the_bureaus_city_is_no_issuer():
    page = (
        "根据建设项目环境影响评价审批程序的有关规定，经审议，我局拟对报批的下列建设项目环境影响评价"
        "文件作出批复决定。现将建设项目环境影响评价文件的基本情况予以公示。"
        "公示期为2022年12月19日-2022年12月23日（5个工作日）。\n"
        "联系电话：0916-5550123 邮箱：someone@example.com\n"
        "通讯地址：某某省365体育app手机版安全下载_mobile288-365民主街63号"
        "365体育app手机版安全下载_mobile288-365生态环境局法规科 邮编：723001\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_pre_approval"
    assert notice.value("issuer") is None


def test_the_bureau_whose_approval_the_builder_obtained_before_is_not_the_issuer():
    page = (
        "根据建设项目环境影响评价审批程序的有关规定，经审议，我局拟对报批的下列建设项目环境影响评价"
        "文件作出批复决定。现将建设项目环境影响评价文件的基本情况予以公示。"
        "公示期为2022年12月19日-2022年12月23日（5个工作日）。\n"
        "联系电话：0916-5550123\n"
        "序号 |\n项目名称 |\n建设地点 |\n建设单位 |\n环评单位 |\n项目概况 |\n"
        "1 |\n某某渣综合利用项目（二期） |\n某某县某某镇 |\n某某锌业有限责任公司 |\n"
        "某某环境科技有限公司 |\n"
        "锌业公司于2018年12月建设了渣综合利用项目（一期），同年取得了某某省生态环境厅的批复"
        "（某环批复〔2018〕520），本次建设二期。 |\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_pre_approval"
    assert notice.value("issuer") is None
