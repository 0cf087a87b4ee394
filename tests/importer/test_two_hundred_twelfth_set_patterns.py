"""Patterns a two-hundred-and-twelfth fresh set of real notices showed (issue #11: oil and gas
fields, shale oil, salt lakes and lithium works of Xinjiang, Qinghai and Sichuan): each a
sentence of behaviour on a text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

from tests.importer.proposals import only as _only


def test_the_builder_that_commissions_under_a_short_name_of_its_own_is_the_issuer():
    page = (
        "某某油田某某井区开发地面工程环境影响评价公众参与第二次公示\n"
        "2023年5月8日，受某某石油天然气股份有限公司某某油田分公司（以下简称“某某油田分公司”）"
        "的委托，某某环境技术咨询有限公司承担了该工程的环境影响评价工作。现对该项目进行第二次公示，"
        "公开环境影响报告书征求意见稿，并征求公众意见和建议。\n"
        "公众意见表的网络链接：http://www.example.cn/gzyjb/index.html\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_draft_comment"
    assert notice.value("issuer") == "某某石油天然气股份有限公司某某油田分公司"


def test_a_commissioning_sentence_that_lost_its_shou_still_names_the_builder():
    page = (
        "某某油田某某区块开发地面工程第二次公示\n"
        "202111月，某某石油天然气股份有限公司某某油田分公司（以下简称公司）的委托，某某环境技术"
        "咨询有限公司承担了该工程的环境影响评价工作，目前已完成了环境影响报告书征求意见稿。\n"
        "现对本工程进行公众参与第二次公示。\n"
    )
    notice = _only(page)
    assert notice.value("issuer") == "某某石油天然气股份有限公司某某油田分公司"


def test_a_third_notice_that_puts_up_the_finished_draft_is_a_draft_for_comment():
    page = (
        "某某锂业有限公司年产1万吨碳酸锂项目环境影响评价公众参与第三次公示\n"
        "某某锂业有限公司委托某某环保有限公司编制的《某某锂业有限公司年产1万吨碳酸锂项目环境影响"
        "报告书》（征求意见稿）已完成。根据《环境影响评价公众参与办法》的要求，公开以下信息，"
        "进一步公开征求公众对建设项目环境影响和环境保护措施有关的建议和意见。\n"
        "一、项目名称：某某锂业有限公司年产1万吨碳酸锂项目\n"
        "二、建设单位：某某锂业有限公司\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_draft_comment"


def test_a_third_notice_before_submission_stays_a_pre_submission():
    page = (
        "某某锂业有限公司年产1万吨碳酸锂项目环境影响评价第三次公示\n"
        "《某某锂业有限公司年产1万吨碳酸锂项目环境影响报告书》（征求意见稿）已完成，并已征求公众意见。"
        "现将报批前的环境影响报告书全文和公众参与说明予以公示。\n"
        "建设单位：某某锂业有限公司\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_pre_submission"


def test_a_board_posting_line_under_the_welcome_banner_dates_a_mirror_copy():
    page = (
        "歡迎訪問某某自治區生態環境保護產業協會\n"
        "聯系方式:0991-1234567 | 0991-1234568     微信公眾號   個人中心\n"
        "某某油田某某區塊開發方案環境影響評價公眾參與第一次公示\n"
        "2017-12-05 / :128\n"
        "2017年11月30日，受某某油田分公司開發事業部委托，某某評價有限公司承擔某某油田某某區塊"
        "開發方案的環境影響評價工作，根據《環境影響評價公眾參與暫行辦法》相關要求，現進行社會公示。\n"
        "（一）建設項目的名稱及概要\n"
        "項目名稱：某某油田某某區塊開發方案\n"
        "（二）建設項目的建設單位的名稱和聯系方式\n"
        "建設單位名稱：某某油田分公司開發事業部\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_first"
    assert str(notice.value("published_on")) == "2017-12-05"
