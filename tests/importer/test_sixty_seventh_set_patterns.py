"""Patterns a sixty-seventh fresh set of real notices (newspaper e-paper pages with notices
among news, 2018-2026) showed (issue #11): each a sentence of behaviour on a text written for
the test, modelled on the pattern, not copied."""

from __future__ import annotations

from notices.importer import extract_notices
from tests.importer.proposals import only as _only


def test_an_inspection_news_item_that_prints_no_number_to_call_is_not_a_notice():
    page = (
        "某某省启动第三批省级生态环境保护督察\n"
        "\n"
        "本报讯(记者 周某)记者5日获悉,某某省第三批省级生态环境保护督察已全面启动,督察组分别"
        "进驻东山市、西河市开展督察。\n"
        "\n"
        "督察组进驻时间为2022年5月6日至5月26日。进驻期间设立专门值班电话和专门邮政信箱,"
        "受理生态环境保护方面的来电来信举报。(完)\n"
    )
    assert not extract_notices(page).proposals


def test_the_same_news_item_with_the_groups_phone_is_still_the_groups_window():
    page = (
        "某某省启动第三批省级生态环境保护督察\n"
        "\n"
        "本报讯(记者 周某)记者5日获悉,某某省第三生态环境保护督察组已进驻东山市开展督察。\n"
        "\n"
        "督察组进驻时间为2022年5月6日至5月26日。进驻期间设立专门值班电话:0771-5550188,"
        "专门邮政信箱:东山市B021号邮政信箱,受理生态环境保护方面的来电来信举报。\n"
    )
    proposal = _only(page)
    assert proposal.value("kind") == "inspection_reporting"
    assert proposal.value("window")["ends_on"] == "2022-05-26"
