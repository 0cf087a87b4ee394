"""Patterns a hundred-and-fortieth fresh set of real notices showed (issue #11: water works and
land works: irrigation districts, levees, sluices, reservoir reinforcement, sand-mining plans,
dredging and aquaculture): each a sentence of behaviour on a text written for the test,
modelled on the pattern, not copied."""

from __future__ import annotations

import datetime as dt

from tests.importer.proposals import only as _only


def test_a_copy_without_title_or_period_that_offers_the_paper_report_is_a_draft_comment():
    page = (
        "根据《环境影响评价公众参与办法》的规定，(略)某某排涝闸重建工程环境影响评价进行公示，"
        "以便了解社会公众对本项目建设的态度及对项目环境保护方面的意见和建议。\n"
        "一、项目名称及概况\n"
        "项目名称：(略)某某排涝闸重建工程\n"
        "建设单位：(略)水利工程管理所\n"
        "建设内容：拆除重建排涝闸一座，共3孔，每孔净宽4m。\n"
        "二、征求意见的公众范围\n"
        "项目周边受影响的村民及关心本项目的单位和个人。\n"
        "三、公众提出意见的方式和途径\n"
        "公众可以通过信函、电话、电子邮件等方式，向建设单位或环评单位提交意见、"
        "索取纸质报告书等补充信息。\n"
        "联系人：某工 联系电话：*\n"
    )
    assert _only(page).value("kind") == "eia_draft_comment"


def test_a_first_notice_that_says_the_paper_report_will_be_offered_later_stays_first():
    page = (
        "某某灌区节水改造工程环境影响评价第一次公示\n"
        "某某县水利局委托某某环保科技有限公司承担本工程环境影响评价工作。\n"
        "一、建设项目概况：整治干渠12km，改建节制闸4座。\n"
        "二、建设单位：某某县水利局，联系电话：0000-1234567\n"
        "三、公众意见表的网络链接：见附件。\n"
        "四、征求意见稿完成后，公众将可查阅纸质报告书。\n"
    )
    assert _only(page).value("kind") == "eia_first"


def test_an_aggregators_listing_day_and_province_under_the_title_is_the_publication_day():
    page = (
        "某某招标网 > 审批公示 > 某某河治理工程环境影响评价公众参与第二次公示\n"
        "某某河治理工程环境影响评价公众参与第二次公示\n"
        "2031年05月12日   江苏\n"
        "审批公示\n"
        "现将某某河治理工程环境影响报告书征求意见稿向社会公众进行公示，征求公众意见。\n"
        "一、项目概况：加固堤防18km，疏浚河道20km。\n"
        "二、征求意见稿获取途径：请联系建设单位或环评编制单位。\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_draft_comment"
    assert notice.value("published_on") == dt.date(2031, 5, 12)


def test_a_posting_day_opening_the_copy_with_its_view_count_after_a_space_dates_it():
    page = (
        "2031-07-08 12\n"
        "根据《环境影响评价公众参与办法》的规定，某某海塘加固工程环境影响报告书征求意见稿已编制"
        "完成，现予公示，征求公众意见。\n"
        "一、征求意见稿全文见附件。\n"
        "二、公众提出意见的起止时间：自公示之日起10个工作日。\n"
        "建设单位：某某市水务局 联系电话：0000-7654321\n"
    )
    assert _only(page).value("published_on") == dt.date(2031, 7, 8)


def test_a_plans_own_draft_put_up_for_views_under_a_title_naming_no_assessment_is_other():
    page = (
        "关于《某某市某某江河道采砂规划（2031~2035年）》（草案）的公示\n"
        "按照省水利厅的要求，我局组织编制了某某江河道采砂规划（草案），规划可采区5个。"
        "按《规划环境影响评价条例》的规定，我局正委托某某环保有限公司编制规划环境影响报告书。"
        "现将规划草案进行公示，征求公众意见。\n"
        "公示时间：2031年3月3日-3月20日\n"
        "联系人：某某 联系电话：0000-8888888\n"
        "某某市水务局\n"
        "2031年3月3日\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "other"
    assert notice.value("issuer") == "某某市水务局"


def test_a_plans_assessment_named_in_a_title_with_the_draft_plan_stays_an_eia_notice():
    page = (
        "《某某县河道采砂规划（草案）》环境影响报告书征求意见稿公示\n"
        "某某县水利局组织编制的规划环境影响报告书征求意见稿已完成，现予公示，征求公众意见。\n"
        "征求意见稿全文见附件。公众提出意见的起止时间：2031年4月1日至2031年4月15日。\n"
        "联系人：某某 联系电话：0000-6666666\n"
    )
    assert _only(page).value("kind") == "eia_draft_comment"
