"""Patterns a hundred-and-thirty-eighth fresh set of real notices showed (issue #11: windows
printed unusually, chosen for the last day: ranges whose first day lost its 日, windows counted
from a date that is a make-up working Saturday, calls for views with an end only): each a
sentence of behaviour on a text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

import datetime as dt

from notices.importer.windows import find_window
from tests.importer.proposals import only as _only


def test_a_first_day_that_lost_its_day_character_before_qi_zhi_still_opens_the_range():
    found = find_window("公示时间为2025年3月3起至2025年4月1日，共30天。")
    assert found is not None
    assert found.value["starts_on"] == "2025-03-03"
    assert found.value["ends_on"] == "2025-04-01"


def test_a_plan_put_up_from_a_day_without_its_day_character_ends_on_the_printed_last_day():
    page = (
        "关于《某某市某某区国土空间总体规划（2021-2035年）》草案的公示\n"
        "目前，《规划》草案已经编制完成，现进行草案公示，征询公众意见。公示时间为2025年3月3起"
        "至2025年4月1日，共30天。有关单位和社会各界人士可以通过电子邮件方式将意见发送至："
        "mouguihua@163.com。\n"
        "某某市自然资源和规划局\n"
        "2025年3月3日\n"
    )
    notice = _only(page)
    assert notice.value("window") == {
        "starts_on": "2025-03-03",
        "ends_on": "2025-04-01",
        "length": 30,
        "unit": "calendar_days",
    }


_LAND_NOTICE = (
    "某某县人民政府征收土地预公告\n"
    "某政〔2025〕18号\n"
    "一、拟征收土地用途\n"
    "拟作为某某产业园建设用地，符合确需征收农民集体所有土地的情形。\n"
    "二、拟征收土地范围\n"
    "该地块涉及某某街道某某村，四至范围：东至某某路，西至规划一路。\n"
    "三、其他事项\n"
    "（一）本公告的公示期限为10个工作日。\n"
    "（二）自本公告发布之日起，任何单位和个人不得在拟征收土地上抢栽、抢种、抢建。\n"
    "特此公告。\n"
    "2025年9月28日\n"
)


def test_a_date_under_the_body_closes_a_land_notice_over_the_sites_source_line():
    notice = _only(_LAND_NOTICE + "来源：某某县人民政府网站\n")
    assert notice.value("published_on") == dt.date(2025, 9, 28)  # a make-up working Sunday
    assert notice.value("window")["length"] == 10
    assert notice.value("window")["unit"] == "working_days"


def test_a_governments_title_naming_the_land_it_takes_names_the_issuer():
    notice = _only(_LAND_NOTICE)
    assert notice.value("issuer") == "某某县人民政府"


def test_a_date_over_a_bracketed_contact_and_a_posting_row_closes_the_notice_whose_contact_it_is():
    page = (
        "现将拟征收土地情况预公告如下：\n"
        "一、拟征收土地的目的：本次拟征收土地用于某某县城镇建设用地项目。\n"
        "二、拟征收土地的位置：某某镇某某村地段的集体土地。\n"
        "三、公告期限：2026年5月6日至2026年5月20日。\n"
        "四、自本预公告发布之日起，任何单位和个人不得在拟征收土地范围内抢栽抢建。\n"
        "特此公告。\n"
        "****\n"
        "2026年5月6日\n"
        "（联系人：某某镇政府某某，联系电话：0751-2836045）\n"
        "| 时间： | 2026-05-06 |\n"
    )
    notice = _only(page)
    assert notice.value("published_on") == dt.date(2026, 5, 6)
    assert notice.value("window") == {"starts_on": "2026-05-06", "ends_on": "2026-05-20"}
    assert notice.value("contact")["phone"] == "0751-2836045"


def test_a_committees_call_for_leads_with_its_period_and_signature_is_a_notice():
    page = (
        "一、征集时间\n"
        "2025年9月22日至2025年10月22日。\n"
        "二、征集范围\n"
        "提案线索要围绕市委、市政府中心工作，一事一提，简明扼要。\n"
        "三、提交方式\n"
        "提案线索征集时间截止至2025年10月22日。提案线索可发送至电子邮箱tian@163.com，"
        "或邮寄至某某市政协提案委员会。\n"
        "联系电话：13000000000\n"
        "政协某某市委员会提案委员会\n"
        "2025年9月19日\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "other"
    assert notice.value("issuer") == "政协某某市委员会提案委员会"
    assert notice.value("window") == {"starts_on": "2025-09-22", "ends_on": "2025-10-22"}


def test_a_signed_notice_reads_the_contact_it_sets_in_brackets_under_its_date():
    page = (
        _LAND_NOTICE.replace("特此公告。\n", "特此公告。\n某某县人民政府\n")
        + "（联系人：某某街道某某，联系电话：0373-7218056）\n"
    )
    notice = _only(page)
    assert notice.value("issuer") == "某某县人民政府"
    assert notice.value("published_on") == dt.date(2025, 9, 28)
    assert notice.value("contact")["phone"] == "0373-7218056"
