"""Patterns a ninety-fifth fresh set of real notices showed (issue #11: inspection reporting
windows and their look-alikes: Party inspection rounds, a campaign's supervision group, calls
for comment): each a sentence of behaviour on a text written for the test, modelled on the
pattern, not copied."""

from __future__ import annotations

import datetime

from notices.importer import extract_notices
from tests.importer.proposals import only as _only


def test_a_campaign_supervision_groups_reporting_window_is_a_window_of_kind_other():
    page = (
        "某某讯 中央安全生产第7督导组近日进驻某某省开展督导工作。根据安排，督导进驻时间为1个月。\n"
        "督导进驻期间（2020年6月2日—7月1日）设立专门举报电话：0123-6543210，专门邮政信箱："
        "某某市邮政1234号信箱。\n"
        "督导组受理举报电话时间为每天8:00—20:00。其他不属于受理范围的问题，将按规定交由"
        "被督导地区和有关部门处理。\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "other"
    assert notice.value("issuer") == "中央安全生产第7督导组"
    assert notice.value("contact")["phone"] == "0123-6543210"
    assert notice.value("window")["ends_on"] == "2020-07-01"


def test_a_supervision_group_only_counted_is_no_issuer():
    page = (
        "某某讯 根据安排，督导组进驻时间为1个月。督导进驻期间（2020年6月2日—7月1日）设立专门"
        "举报电话：0123-6543210，专门邮政信箱：某某市邮政1234号信箱。\n"
        "督导组受理举报电话时间为每天8:00—20:00。\n"
    )
    notice = _only(page)
    assert notice.value("issuer") is None


def test_a_party_inspection_taking_letters_visits_and_calls_in_that_order_is_proposed():
    page = (
        "经区委同意，从9月3日开始，区委专项巡察组对某某镇6个村党组织开展专项巡察，巡察时间"
        "20天左右。日前，巡察组已进驻。\n"
        "组 别 | 区委专项巡察一组 | 区委专项巡察二组 |\n"
        "专门值班电话 | 13900001111 (工作日8:00-18:00) | 13900002222 (工作日8:00-18:00) |\n"
        "通信地址 | 某某区A100号邮政专用信箱 | 某某区A101号邮政专用信箱 |\n"
        "信访受理范围：根据中央和省委、市委、区委关于巡察工作的要求和巡察工作职责，专项巡察组"
        "主要受理被巡察村两委班子及其成员以及村党员干部问题的来信来访来电，重点是关于违反政治"
        "纪律、组织纪律、廉洁纪律、群众纪律、工作纪律和生活纪律以及换届纪律等方面的问题。其他"
        "不属于巡察受理范围的事项，将按规定转有关部门处理。\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "other"
    assert notice.value("contact")["phone"] == "13900001111"


def test_a_report_of_a_supervision_meeting_without_a_number_is_no_notice():
    page = (
        "本报讯（记者 某某）6月2日，中央安全生产第7督导组督导某某省工作动员会召开。督导组"
        "组长表示，督导期间将受理群众举报，推动问题整改。省委书记某某主持会议并讲话。\n"
    )
    assert extract_notices(page).proposals == ()


def test_a_party_inspections_signed_notice_still_dates_from_its_signature():
    page = (
        "区委第二巡察组巡察公告\n"
        "区委第二巡察组于2021年4月6日至5月6日对区教育局开展巡察，主要受理反映被巡察单位"
        "领导班子问题的来信来访来电。巡察期间开通信访电话：12345678，电子邮箱："
        "xuncha2@example.com。\n"
        "特此公告。\n"
        "某某区委第二巡察组\n"
        "2021年4月6日\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "other"
    assert notice.value("published_on") == datetime.date(2021, 4, 6)
    assert notice.value("contact")["email"] == "xuncha2@example.com"
