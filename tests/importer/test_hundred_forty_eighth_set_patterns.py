"""Patterns a hundred-and-forty-eighth fresh set of real notices showed (issue #11: the
authorities' acceptance notices, 受理公示, and the publicity found beside them): each a sentence
of behaviour on a text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

import datetime as dt

from tests.importer.proposals import only as _only


def test_an_authority_listing_what_it_took_in_is_not_signed_by_the_builder_row_of_its_list():
    page = (
        "我局对拟受理的环境影响报告文件予以公示，公示时间为自信息发布起10个工作日。\n"
        "项目名称：某某港区某某路通信管线工程\n"
        "建设地点：某某港区某某路\n"
        "建设单位：某某信息技术有限公司\n"
        "受理日期：2019年3月4日\n"
        "公示日期：2019年3月4日—2019年3月18日\n"
        "传真：022-25000000\n"
        "电子邮件：mouhb@126.com\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_acceptance"
    assert notice.value("issuer") != "某某信息技术有限公司"


def test_a_builder_still_signs_its_own_notice_with_its_labelled_line():
    page = (
        "某某有限公司年产2万吨某某项目环境影响评价第一次公示\n"
        "我公司拟在某某县某某工业园建设年产2万吨某某项目，现将有关信息公示如下。\n"
        "联系人：王先生 电话：13900000000\n"
        "建设单位：某某有限公司\n"
        "2024年5月6日\n"
    )
    assert _only(page).value("issuer") == "某某有限公司"


def test_a_bureau_names_itself_in_a_title_that_calls_its_list_by_the_short_name_of_the_files():
    page = (
        "某某区行政审批局环评受理公示（第12期）\n"
        "根据有关规定，现将我局受理的建设项目环境影响评价文件予以公示，公示时间：2022年9月26日"
        "至2022年10月12日。\n"
        "序号 | 项目名称 | 建设单位 | 受理时间\n"
        "1 | 某某年产2万吨饲料项目 | 某某饲料有限公司 | 2022-09-23\n"
        "联系电话：0531-88000000\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_acceptance"
    assert notice.value("issuer") == "某某区行政审批局"


def test_a_bureau_that_says_on_which_day_it_will_put_the_list_up_dates_its_notice_by_that_day():
    page = (
        "某某县生态环境局关于环境影响评价文件受理情况的公示\n"
        "根据有关要求，我局将于2026年3月4日就环境影响评价文件受理情况进行公开，并征求公众意见。\n"
        "一、征求意见日期：2026年3月5日-2026年3月11日（5个工作日）\n"
        "二、联系电话：0633-62000000\n"
    )
    notice = _only(page)
    assert notice.value("published_on") == dt.date(2026, 3, 4)


def test_a_builder_announcing_the_day_of_its_next_notice_is_not_dated_by_it():
    page = (
        "某某有限公司某某项目环境影响评价第一次公示\n"
        "我公司拟建设某某项目，环境影响报告书征求意见稿编制完成后，我公司将于2024年6月1日"
        "对征求意见稿进行公示。\n"
        "联系人：李先生 电话：13800000000\n"
    )
    assert _only(page).value("published_on") != dt.date(2024, 6, 1)


def test_a_sites_date_badge_stacking_day_year_and_month_over_the_title_dates_the_notice():
    page = (
        "17\n"
        "2024\n"
        "09\n"
        "某某造船有限公司某某码头项目环境影响评价第二次信息公示\n"
        "现将某某码头项目环境影响评价的有关信息予以公告，并征求公众意见。\n"
        "建设单位：某某造船有限公司 联系人：夏先生 电话：13300000000\n"
        "征求公众意见时间为本公示之日起10个工作日内。\n"
    )
    assert _only(page).value("published_on") == dt.date(2024, 9, 17)


def test_a_badge_may_print_the_year_and_month_together_under_the_day():
    page = (
        "05\n"
        "2023-07\n"
        "某某污水处理厂提标改造工程环境影响评价第一次公示\n"
        "某某水务有限公司拟实施某某污水处理厂提标改造工程，现将有关信息公示如下。\n"
        "联系人：赵先生 电话：13700000000\n"
    )
    assert _only(page).value("published_on") == dt.date(2023, 7, 5)
