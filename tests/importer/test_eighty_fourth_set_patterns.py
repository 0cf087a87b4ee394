"""Patterns an eighty-fourth fresh set of real notices (held-out set 22e: Chongqing, Sichuan,
Guizhou, Yunnan, Tibet) showed (issue #11): each a sentence of behaviour on a text written for
the test, modelled on the pattern, not copied."""

from __future__ import annotations

import datetime as dt

from tests.importer.proposals import only as _only


def test_a_repost_sites_day_first_dotted_dateline_dates_the_notice():
    page = (
        "某某县城区声环境功能区划调整公示\n"
        "23.05.2018  09:12\n"
        "某某县城区声环境功能区划调整方案已编制完成,现予以公示。\n"
        "一、公示日期:2018年5月23日至2018年6月5日\n"
        "二、公示期间,某某县环境保护局接受来信、来电。\n"
        "电话:0838-5550192\n"
    )
    proposal = _only(page)
    assert proposal.value("published_on") == dt.date(2018, 5, 23)
