"""Patterns an eighty-seventh fresh set of real notices showed (issue #11: 2019-2020 notices
from many provinces, government sites and Traditional-script mirrors): each a sentence of
behaviour on a text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

from notices.importer import extract_notices
from tests.importer.proposals import only as _only

_OTHER_ITEM = (
    "根据建设项目环境影响评价审批程序的有关规定，经审议，我局拟对某某县污水处理厂提标改造"
    "项目环境影响报告表作出批复决定。公示期为2021年3月8日-2021年3月12日（5个工作日）。\n"
    "电话：0971-5550123\n"
    "听证告知：依据《中华人民共和国行政许可法》，自公示起五日内申请人、利害关系人可要求听证。\n"
)


def test_a_round_of_district_inspections_listing_each_districts_number_is_a_window():
    report = (
        "三个督察组进驻我市三区，接受群众举报\n"
        "来源：某某日报2021.4.12\n"
        "2021年某某市第一批市级生态环境保护督察今天启动，组建的3个生态环境保护督察组分别在"
        "东城区、南湖区、北岭区召开督察动员会。目前督察组已全部进驻。\n"
        "按照《某某市生态环境保护督察实施办法》要求，本市已完成9个区的市级督察，"
        "这次督察后将实现全覆盖。\n"
        "督察组进驻时间为2021年4月12日至5月1日。\n"
        "督察组进驻期间，设立专门值班电话和专门邮政信箱，受理生态环境保护方面的来电来信举报，"
        "受理时间为进驻期间每天9时至17时。\n"
        "东城区督察举报电话：0431-55501234，专门邮政信箱：某某市东城区A101邮政信箱，"
        "邮编：130011。\n"
        "南湖区督察举报电话：0431-55505678，专门邮政信箱：某某市南湖区A102邮政信箱，"
        "邮编：130012。\n"
    )
    page = _OTHER_ITEM + "\n" + report
    kinds = [p.value("kind") for p in extract_notices(page).proposals]
    assert kinds == ["eia_pre_approval", "inspection_reporting"]
    notice = extract_notices(page).proposals[1]
    assert notice.value("contact")["phone"] == "0431-55501234"
    assert notice.value("window")["ends_on"] == "2021-05-01"


def test_news_of_a_round_of_inspections_with_no_number_to_call_stays_no_notice():
    report = (
        "2021年某某市第一批市级生态环境保护督察今天启动，组建的3个生态环境保护督察组分别在"
        "东城区、南湖区、北岭区召开督察动员会。目前督察组已全部进驻。\n"
        "督察组进驻期间，设立专门值班电话和专门邮政信箱，受理来电来信举报。\n"
    )
    kinds = [p.value("kind") for p in extract_notices(_OTHER_ITEM + "\n" + report).proposals]
    assert kinds == ["eia_pre_approval"]


def test_two_bodies_signing_on_one_line_are_kept_apart_as_printed():
    notice = _only(
        "关于公开征求《某某省餐厨废弃物管理办法（征求意见稿）》意见的公告\n"
        "为加强餐厨废弃物管理，某某省农业农村厅和某某省住房和城乡建设厅起草了《某某省餐厨废弃物"
        "管理办法（征求意见稿）》，现向社会公开征求意见。\n"
        "一、意见征集时间：2021年7月5日—2021年7月16日\n"
        "二、意见反馈方式：电子邮箱：cyfqw2021@163.com；电话：0851-86660011\n"
        "某某省农业农村厅 某某省住房和城乡建设厅\n"
        "2021年7月2日\n"
    )
    assert notice.value("issuer") == "某某省农业农村厅 某某省住房和城乡建设厅"


def test_a_signature_name_split_by_an_ocr_gap_is_still_one_body():
    notice = _only(
        "某某县生态环境分局关于某某砖厂项目环境影响报告表拟审批的公示\n"
        "根据建设项目环境影响评价审批程序的有关规定，我局拟对某某砖厂年产6000万块页岩砖项目"
        "环境影响报告表作出审批意见，现予公示，公示期为2021年8月2日至2021年8月6日"
        "（5个工作日）。\n"
        "联系电话：0836-2260011\n"
        "某某县 生态环境分局\n"
        "2021年8月2日\n"
    )
    assert notice.value("issuer") == "某某县生态环境分局"
