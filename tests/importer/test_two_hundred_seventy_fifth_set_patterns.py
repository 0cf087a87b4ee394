"""Patterns a fresh set of real notices on animals beyond farms (wildlife reserves, fish-fry
restocking by fisheries bureaus, pet hospitals, veterinary drugs and vaccines) showed (issue #11):
each a sentence of behaviour on a text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

import datetime

from notices.importer import extract_notices

#: A fisheries bureau's restocking publicity as a site flattens it to one line: its title run
#: into the body after a space, no period printed, objections to the bureau by phone.
_FLATTENED_RESTOCKING = (
    "关于开展某某市2023年近海渔业增殖放流活动的公示 我局定于2023年6月8日上午在某某湾开展"
    "渔业增殖放流活动，计划投放真鲷苗30万尾，规格体长在4cm以上。放流后7日内禁止在放流水域捕捞。"
    "活动期间，我局诚邀社会各界参加，接受社会监督。如对放流活动存在异议可向某某市农业农村局"
    "反映。电话：0759-2865310。 特此公示。 某某市农业农村局 2023年6月2日\n"
)


def test_a_flattened_publicity_with_its_title_run_in_that_takes_objections_is_a_notice():
    notices = extract_notices(_FLATTENED_RESTOCKING).proposals
    assert len(notices) == 1
    notice = notices[0]
    assert notice.value("kind") == "other"
    assert notice.value("issuer") == "某某市农业农村局"
    assert notice.value("published_on") == datetime.date(2023, 6, 2)
    assert notice.value("contact")["phone"] == "0759-2865310"
    # ... but the same account without a title naming it a notice, setting no period, is not
    untitled = _FLATTENED_RESTOCKING.replace("关于开展某某市2023年近海渔业增殖放流活动的公示 ", "")
    assert extract_notices(untitled).proposals == ()


_DECIDED_AND_PUT_UP = (
    "关于某某区2024年渔业增殖放流公示\n"
    "为改善水域生态环境，某某区农业农村局决定开展2024年水生生物增殖放流活动，现将有关事项"
    "公示如下\n"
    "一、放流时间：2024年8月1日上午。\n"
    "二、放流品种：鲢鱼，数量：5000尾。\n"
    "公示期7天，公示时间从2024年7月15日起至2024年7月21日止。欢迎广大市民参加、监督，并提出"
    "宝贵意见建议。\n"
    "联系电话：0971-8263150。\n"
)


def test_the_body_that_decided_what_the_publicity_puts_up_issues_it():
    notice = extract_notices(_DECIDED_AND_PUT_UP).proposals[0]
    assert notice.value("kind") == "other"
    assert notice.value("issuer") == "某某区农业农村局"


_MASKED_PERIOD = (
    "某某市生态环境局某某分局关于2025年5月28日拟对建设项目环境影响评价文件作出审批意见的公示\n"
    "根据建设项目环境影响评价审批程序的有关规定，经审议，某某市生态环境局某某分局拟对1个建设"
    "项目环境影响评价文件作出审批意见。现将基本情况予以公示。公示期为2****5年5月2**$3日-"
    "2****5年6月4日（5个工作日）。\n"
    "听证告知：依据《中华人民共和国行政许可法》，自公示起五个工作日内申请人、利害关系人可要求"
    "听证。\n"
    "项目名称：某某动物医院建设项目\n"
)


def test_a_masked_day_is_no_period_of_days_and_the_masked_end_is_read_in_its_year():
    notice = extract_notices(_MASKED_PERIOD).proposals[0]
    window = notice.value("window")
    assert window["length"] == 5
    assert window["unit"] == "working_days"
    assert window["ends_on"] == "2025-06-04"


def test_a_masked_end_whose_kept_figures_disagree_with_the_year_is_not_read():
    text = _MASKED_PERIOD.replace("2****5年6月4日", "2****7年6月4日")
    window = extract_notices(text).proposals[0].value("window")
    assert window["length"] == 5
    assert "ends_on" not in window
