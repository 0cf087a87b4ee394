"""Patterns a thirty-eighth fresh set of real notices showed (issue #11: environmental and Party
inspection reporting windows): each a sentence of behaviour on a text written for the test,
modelled on the pattern, not copied."""

from __future__ import annotations

from notices.importer import extract_notices
from notices.importer.contacts import find_contact
from tests.importer.proposals import only as _only

# A local portal's report of complaints handed over, closing with the group's arrival day and
# how long it sits, but no printed end: the sitting period starts on the day of arrival.
ARRIVAL_THEN_LENGTH = (
    "青禾省生态环境保护例行督察组向我市转办第五批群众信访举报件4件\n"
    "青禾网消息（记者 某某）3月9日，青禾省生态环境保护例行督察组向我市移交第五批群众信访举报件"
    "4件，涉及大气2个、噪声2个，均已转交相关县（区）处理。\n"
    "青禾省生态环境保护督察组2023年3月2日起进驻青禾市开展为期15天的生态环境保护督察工作。"
    "督察组受理生态环境问题信访投诉，电话：0599-7654321，时间为每天8:00-20:00，"
    "信箱：青禾市B0012号邮政信箱。\n"
)


def test_an_inspection_groups_day_of_arrival_starts_the_days_it_sits():
    window = _only(ARRIVAL_THEN_LENGTH).value("window")
    assert window["starts_on"] == "2023-03-02"
    assert (window["length"], window["unit"]) == (15, "calendar_days")
    assert window["counting"] == "same_day"
    # a day of arrival without its year starts nothing
    yearless = _only(ARRIVAL_THEN_LENGTH.replace("2023年3月2日起", "3月2日起")).value("window")
    assert "starts_on" not in yearless


# A province's special inspection announced in a news portal: the group sits for a printed
# period, and the only number the public is given is the national service hotline, named as a
# phone after it, far from the word 督察.
SPECIAL_INSPECTION_HOTLINE = (
    "经省委、省政府批准，省委第三大气污染防治专项督察组近日进驻青禾市开展专项督察工作。\n"
    "根据安排，督察组督察进驻时间为15天左右。督察进驻期间（2022年10月10日-10月24日），"
    "督察组将按照《青禾省大气污染防治条例》《青禾省秋冬季大气污染综合治理攻坚行动方案》等"
    "有关文件要求，针对秋冬季大气污染综合治理工作中进展缓慢、推进滞后的任务进行督察，同时督察"
    "扬尘污染防治情况。对于环境污染问题，可通过“12369”电话进行投诉举报。\n"
)


def test_a_service_hotline_named_a_phone_after_it_is_a_phone():
    assert (
        find_contact("对于环境污染问题，可通过“12369”电话进行投诉举报。")["phone"].value == "12369"
    )
    assert find_contact("也可拨打12345政务服务热线反映。")["phone"].value == "12345"


def test_an_inspections_printed_sitting_period_with_a_service_hotline_is_a_window():
    notice = _only(SPECIAL_INSPECTION_HOTLINE)
    assert notice.value("kind") == "inspection_reporting"
    assert notice.value("window")["ends_on"] == "2022-10-24"
    assert notice.value("contact")["phone"] == "12369"
    # the same report without a way to respond is news
    news = SPECIAL_INSPECTION_HOTLINE.replace(
        "对于环境污染问题，可通过“12369”电话进行投诉举报。", ""
    )
    assert extract_notices(news).proposals == ()


def test_a_numbered_special_inspection_group_with_a_long_name_issues_under_its_whole_name():
    group = "省委第二秋冬季大气污染综合治理攻坚行动暨扬尘污染防治专项督察组"
    page = SPECIAL_INSPECTION_HOTLINE.replace("省委第三大气污染防治专项督察组", group)
    assert _only(page).value("issuer") == group
