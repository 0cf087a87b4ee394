"""Patterns a thirty-eighth fresh set of real notices showed (issue #11: environmental and Party
inspection reporting windows): each a sentence of behaviour on a text written for the test,
modelled on the pattern, not copied."""

from __future__ import annotations

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
