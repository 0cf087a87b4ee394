"""Patterns a hundred-and-twenty-third fresh set of real notices showed (issue #11: the
south-west and south — 贵州, 云南, 广西, 海南, 重庆, 四川, 江西, 福建 — builders' EIA publicity of
every stage, a bureau's pre-approval notice, forum invitations and inspection news): each a
sentence of behaviour on a text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

import datetime as dt

from notices.importer import extract_notices
from tests.importer.proposals import only as _only


def test_a_first_notice_under_a_breadcrumb_its_copy_cut_before_the_contacts_is_read():
    page = (
        "首页>要闻动态>头条新闻\n"
        "某某市某某产业园规划(2031-2045年)环境影响评价公众参与第一次公示\n"
        "【字体: 打印\n"
        "某某市某某产业园规划(2031-2045年)\n"
        "环境影响评价公众参与第一次公示\n"
        "一、规划概况\n"
        "某某产业园位于某某市某某农场,规划用地总面积约2000公顷,分为管理区、处理区、产业区和预留区"
        "四个功能区,规划新增若干处理设施与配套设施。\n"
        "园区已建成项目投资约10亿元,规划近期及远期项目另需投资约20亿元。\n"
        "二、环境影响评\n"
    )
    assert _only(page).value("kind") == "eia_first"


def test_a_paragraph_of_an_article_under_no_title_of_its_own_is_still_no_notice():
    page = (
        "首页>要闻动态>头条新闻\n"
        "某某产业园规划建设稳步推进\n"
        "某某产业园位于某某市某某农场,规划用地总面积约2000公顷,园区规划环境影响评价公众参与工作"
        "已经完成,规划新增若干处理设施与配套设施。\n"
        "园区已建成项目投资约10亿元,规划近期及远期项目另需投资约20亿元。\n"
    )
    assert extract_notices(page).proposals == ()


def test_a_government_sites_dateline_of_day_clock_and_department_dates_the_notice():
    page = (
        "某某公路改建工程环境影响评价第二次公示\n"
        "2031-04-08 09:30 县某某局\n"
        "某某公路改建工程环境影响报告书(征求意见稿)已编制完成,现征求公众意见。\n"
        "一、征求意见稿全文见附件;公众意见表见附件。\n"
        "二、公众可通过信函、电子邮件等方式提交意见,联系人:某工,联系电话:0000-5550123。\n"
        "三、公众提出意见的起止时间:自公示之日起10个工作日。\n"
    )
    assert _only(page).value("published_on") == dt.date(2031, 4, 8)
