"""Patterns a thirty-fourth fresh set of real notices showed (issue #11: newspaper and
e-paper reposts of statutory notices): each a sentence of behaviour on a text written for the
test, modelled on the pattern, not copied."""

from __future__ import annotations

from notices.importer import extract_notices


def _only(page: str):
    proposals = extract_notices(page).proposals
    assert len(proposals) == 1, [p.value("kind") for p in proposals]
    return proposals[0]


def test_a_party_inspection_report_naming_its_last_day_for_letters_without_the_verb_is_a_window():
    page = (
        "截至10月8日，十二届区委第五轮巡察完成进驻。本轮巡察共组建3个巡察组，分别对区农业农村局"
        "党组、区文旅局党组、东湖街道党工委开展常规巡察。巡察期间，巡察组设专门手机号码、邮政信箱、"
        "电子邮箱和“码上巡察”信访举报平台（具体见附表），信访截止时间为2026年11月20日，"
        "信件以邮戳标注的发信日期为准。\n"
        "根据巡察工作职责，巡察组主要受理反映被巡察单位领导班子及其成员问题的来信来电来访。\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "other"
    assert notice.value("window")["ends_on"] == "2026-11-20"


def test_a_report_about_letters_already_received_sets_no_window():
    page = (
        "截至10月8日，十二届区委第五轮巡察共收到信访举报46件，其中来信20件、来电26件，"
        "已按规定转交有关部门处理。\n"
    )
    assert not extract_notices(page).proposals
