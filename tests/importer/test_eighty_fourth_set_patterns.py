"""Patterns an eighty-fourth fresh set of real notices (held-out set 22e: Chongqing, Sichuan,
Guizhou, Yunnan, Tibet) showed (issue #11): each a sentence of behaviour on a text written for
the test, modelled on the pattern, not copied."""

from __future__ import annotations

import datetime as dt

from tests.importer.proposals import only as _only


def test_a_verb_run_into_the_authoritys_name_is_no_part_of_it():
    page = (
        "2019年度某某区饮用水源地规范化建设评估公示\n"
        "日期:2019-10-14\n"
        "近日,某某区饮用水源地规范化建设评估工作通过了市生态环境局组织的现场核查。为体现公开、"
        "公正的原则,现对评估结果进行公示。\n"
        "一、公示日期:2019年10月14日至2019年10月25日\n"
        "二、公示期间,南屏市生态环境局接受有关问题的来信、来访和来电。\n"
        "联系电话:0833-5550171\n"
    )
    proposal = _only(page)
    assert proposal.value("issuer") == "南屏市生态环境局"
    assert proposal.value("kind") == "other"


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
