"""Patterns a fresh set on company notices to creditors (capital reduction, merger, division,
liquidation and deregistration, simplified deregistration, bankruptcy claims) showed (issue #11):
each a sentence of behaviour on a text written for the test, modelled on the pattern, not copied.

The set itself held no unused notice of its focus (news and explainers only, all left alone);
these tests cover a small creditor notice as newspapers print it, dated under its contact line."""

from __future__ import annotations

import datetime

from notices.importer import extract_notices

#: A cooperative's deregistration notice: its clearing group's head and phone on one line, then
#: the day alone, with no signer above it.
_COOP = (
    "某某县某某果蔬专业合作社注销公告\n"
    "经本社成员大会决议，本社决定解散，并已成立清算组。请本社债权人自本公告见报之日起"
    "四十五日内向清算组申报债权，逾期视为放弃。\n"
    "清算组负责人：某某 联系电话：13512340876\n"
    "2024年3月18日"
)
#: A short news item set under it on the page, parted by a blank line.
_NEWS = "本报讯 近日，某某镇组织开展春耕备耕技术培训，共有两百余名农户参加。培训持续两天。"


def test_a_creditor_notice_dated_under_its_clearing_groups_head_and_phone_is_published_that_day():
    notice = extract_notices(_COOP).proposals[0]
    assert notice.value("kind") == "liquidation"
    assert notice.value("published_on") == datetime.date(2024, 3, 18)


def test_the_same_notice_with_news_below_it_keeps_its_date():
    # the blank line under the date parts it from the news: the date closes the notice
    notice = extract_notices(f"{_NEWS}\n\n{_COOP}\n\n{_NEWS}").proposals[0]
    assert notice.value("published_on") == datetime.date(2024, 3, 18)


def test_a_bankruptcy_managers_contact_person_line_closes_its_notice_too():
    text = (
        "关于某某机械有限公司债权申报的公告\n"
        "某某市某某区人民法院已裁定受理某某机械有限公司破产清算一案，并指定某某律师事务所担任"
        "管理人。该公司债权人应于2025年2月28日前向管理人申报债权，书面说明债权数额及有无财产"
        "担保，并提供相关证据材料。\n"
        "管理人联系人：某律师 电话：0371-65093284\n"
        "2025年1月6日"
    )
    notice = extract_notices(f"{_NEWS}\n\n{text}\n\n{_NEWS}").proposals[0]
    assert notice.value("kind") == "other"
    assert notice.value("published_on") == datetime.date(2025, 1, 6)
