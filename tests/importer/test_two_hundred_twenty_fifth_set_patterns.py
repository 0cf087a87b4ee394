"""Patterns a two-hundred-and-twenty-fifth fresh set showed (issue #11: liquidation and
deregistration notices of companies and cooperatives; the store held only near-misses): each a
sentence of behaviour on a text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

from notices.importer import extract_notices
from tests.importer.proposals import only

_SIMPLIFIED_WITH_DATES = (
    "某某餐饮管理有限公司简易注销公告\n"
    "本公司拟向某某区市场监督管理局申请简易注销登记，公告期自2024年3月1日至2024年3月20日。"
    "如有异议，请于公告期内提出。\n"
    "某某餐饮管理有限公司\n"
    "2024年3月1日\n"
)


def test_a_simplified_deregistration_asking_for_objections_is_its_notice():
    # its publicity speaks to creditors by the objections it asks for (公司法 art. 240), not
    # by a claims sentence: no word of 债权 is needed for it to be the notice
    notice = only(_SIMPLIFIED_WITH_DATES)
    assert notice.value("kind") == "deregistration_simplified"
    assert notice.value("issuer") == "某某餐饮管理有限公司"
    assert str(notice.value("published_on")) == "2024-03-01"
    assert notice.value("window")["ends_on"] == "2024-03-20"


def test_a_simplified_deregistration_with_only_its_period_is_its_notice():
    notice = only(
        "简易注销公告\n"
        "某某五金加工厂拟向登记机关申请简易注销登记，公告期为20日。\n"
        "某某五金加工厂\n"
        "2023年6月2日\n"
    )
    assert notice.value("kind") == "deregistration_simplified"
    assert notice.value("window")["length"] == 20
    assert str(notice.value("published_on")) == "2023-06-02"


def test_a_subsidiarys_simplified_deregistration_done_is_no_notice():
    # a listed parent tells that the period passed without objection: nothing is asked
    page = (
        "某某股份有限公司关于全资子公司完成简易注销的公告\n"
        "本公司全资子公司某某贸易有限公司已于近日完成简易注销登记手续，公告期内无人提出异议。\n"
        "某某股份有限公司董事会\n"
        "2024年3月1日\n"
    )
    assert extract_notices(page).proposals == ()


def test_a_cooperatives_liquidation_notice_counts_45_days_from_the_paper():
    notice = only(
        "清算公告\n"
        "某某县某某种植专业合作社经成员大会决议解散，已成立清算组。"
        "请本社债权人自本公告见报之日起45日内向本社清算组申报债权。\n"
        "清算组负责人：张某某 电话：13900001111\n"
        "某某县某某种植专业合作社清算组\n"
        "2021年3月5日\n"
    )
    assert notice.value("kind") == "liquidation"
    assert notice.value("issuer") == "某某县某某种植专业合作社清算组"
    assert notice.value("contact")["phone"] == "13900001111"
    assert notice.value("window")["length"] == 45


def test_a_county_notice_served_on_one_company_is_no_notice():
    # a government ends its agreements with one company through the paper and gives it ten
    # days from receipt to wind up: a letter to one party, not a creditor notice
    page = (
        "某某旅游开发有限公司：\n"
        "2016年3月9日，我县与贵公司签订了合作协议。鉴于贵公司未履行协议，经县政府研究，决定终止协议。"
        "请贵公司自收到该通知之日起10日内，到我县办理退出手续，"
        "并依法开展某某景区开发有限责任公司的解散、清算等工作。\n"
        "特此公告\n"
        "某某县人民政府\n"
        "2018年1月24日\n"
    )
    assert extract_notices(page).proposals == ()


def test_news_recounting_that_a_liquidation_notice_was_needed_is_no_notice():
    page = (
        "“我们创办的农民专业合作社3年来一直未经营，成了空壳社。”日前，某某县某某镇某某农机合作社"
        "负责人足不出镇就办结了营业执照注销手续。\n"
        "局长王某说，按照以往的相关要求，解散农民专业合作社，必须成立清算组，刊登清算公告，"
        "做好债务清算，提交清算报告，登记机关才能依法予以注销。\n"
    )
    assert extract_notices(page).proposals == ()


def test_a_service_guide_requiring_45_days_of_paper_notice_is_no_notice():
    page = (
        "农民专业合作社注销登记\n"
        "实施机关 某某市工商行政管理局\n"
        "咨询电话 13800001111 监督投诉电话 0436-3000000\n"
        "申请材料 1.清算报告。2.清算组刊登公告的报纸(原件，公告期满45日)。\n"
    )
    assert extract_notices(page).proposals == ()
