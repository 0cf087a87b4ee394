"""A nationwide public-service number (12369, 12345 …) printed beside a notice's own phone
(issue #11): anyone may call it about anything, so the notice's contact is its office's number,
whichever is printed first; alone, it is the only number there is. Texts written for the test."""

from __future__ import annotations

from notices.importer import extract_notices

_PRE_APPROVAL = (
    "某某市生态环境局关于某某建材有限公司搅拌站项目环境影响报告表拟批准的公示\n"
    "根据建设项目环境影响评价审批程序的有关规定，我局拟对某某建材有限公司搅拌站项目环境影响"
    "报告表作出审批意见，现将拟批准的项目基本情况予以公示，公示期为2024年3月5日至2024年3月"
    "11日（5个工作日）。\n"
    "{contacts}\n"
    "通讯地址：某某市某某路1号\n"
)


def _phone(text: str) -> str | None:
    (notice,) = extract_notices(text).proposals
    return notice.value("contact").get("phone")


def test_the_environment_hotline_printed_first_is_not_the_offices_number():
    text = _PRE_APPROVAL.format(contacts="环保举报热线：12369\n联系电话：0471-6661234")
    assert _phone(text) == "0471-6661234"


def test_a_government_service_line_on_the_same_line_gives_way_too():
    text = _PRE_APPROVAL.format(contacts="监督电话：12345；联系电话：0471-6661234")
    assert _phone(text) == "0471-6661234"


def test_the_hotline_alone_is_the_contact():
    text = _PRE_APPROVAL.format(contacts="环保举报热线：12369")
    assert _phone(text) == "12369"


def test_an_inspection_teams_own_line_is_its_reporting_number():
    text = (
        "某某省第二生态环境保护督察组进驻某某市公告\n"
        "经省委、省政府批准，某某省第二生态环境保护督察组进驻某某市开展督察。进驻时间为2024年"
        "5月10日至6月10日。督察期间受理群众来信来电举报，也可拨打全国环保举报热线12369。\n"
        "督察组值班电话：0471-5550123（每天8:00-20:00）\n"
        "督察组邮政信箱：某某市A001号邮政信箱\n"
    )
    assert _phone(text) == "0471-5550123"


def test_the_offices_number_printed_first_stays_the_contact():
    text = _PRE_APPROVAL.format(contacts="联系电话：0471-6661234\n环保举报热线：12369")
    assert _phone(text) == "0471-6661234"
