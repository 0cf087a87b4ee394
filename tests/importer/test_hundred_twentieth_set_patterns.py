"""Patterns a hundred-and-twentieth fresh set of real notices showed (issue #11: the newest
notices, dated 2025 and 2026: EIA publicity of every stage from builders' sites, association
boards and Traditional-script mirrors, bureaus' pre-approval and decision notices, inspection
groups' reporting windows, a completion-acceptance form): each a sentence of behaviour on a
text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

from notices.importer import extract_notices
from tests.importer.proposals import only as _only


def test_works_that_say_they_run_their_pre_submission_publicity_put_themselves_up():
    page = (
        "根据《中华人民共和国环境影响评价法》《环境影响评价公众参与办法》等相关要求，本工程进行报批前"
        "公示，征求公众对与本工程环境影响有关的意见和建议。\n"
        "一、工程任务\n"
        "某某抽水蓄能电站开发任务为承担某某电力系统调峰、填谷、调频、调相、储能和紧急事故备用等任务。\n"
        "二、主要影响结论\n"
        "某某抽水蓄能电站属于鼓励类项目，其工程选址选线、规模、任务符合规划及规划环评审查意见的要求。"
        "工程运行过程中可能产生的不利环境影响主要包括水库运行造成的水文情势改变、大坝阻隔对水生生态"
        "的影响等。为减轻以上影响，环评报告书提出了下泄生态流量、增殖放流等环境保护措施。在采取上述\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_pre_submission"


def test_a_statement_that_recounts_the_period_its_works_were_put_up_is_no_notice():
    page = (
        "某某项目环境影响评价公众参与情况\n"
        "本项目进行第二次公示期间，建设单位未收到公众以信函、电话、电子邮件等方式反馈的意见。"
        "本项目进行了报批前公示，公示期间亦未收到意见。\n"
    )
    assert extract_notices(page).proposals == ()


def test_the_builder_in_a_completion_acceptance_form_puts_up_its_publicity():
    page = (
        "根据《建设项目环境保护管理条例》，编制环境影响报告书、环境影响报告表的建设项目竣工后，建设单位"
        "应当对配套建设的环境保护设施进行验收。建设单位现对某某医院某某分院新建门诊楼项目验收情况进行"
        "公示，并征求公众意见。\n"
        "一、征求意见日期：2031年3月3日-2031年3月31日（20个工作日）\n"
        "二、联系方式：\n"
        "联系电话：0000-5550120\n"
        "三、公开内容\n"
        "项目名称 |\n"
        "项目类型 |\n"
        "建设单位 |\n"
        "验收调查（监测）报告编制单位 |\n"
        "验收监测（现场检查）验收意见全本 |\n"
        "新建门诊楼项目 |\n"
        "竣工环境保护验收 |\n"
        "某某医院某某分院 |\n"
        "某某环保科技有限公司 |\n"
        "全本下载 |\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "other"
    assert notice.value("issuer") == "某某医院某某分院"
    assert notice.value("window")["ends_on"] == "2031-03-31"


def test_a_date_that_opens_a_sentence_before_its_comma_is_not_the_posting_day():
    page = (
        "按照《中华人民共和国环境影响评价法》《环境影响评价公众参与办法》等有关规定，建设单位应当公开"
        "有关环境影响评价的信息，征求公众意见。\n"
        "2031年12月28日，我公司委托某某环保科技有限公司承担了“某某铁路专用线改建工程”的环境影响评价"
        "工作，现对该项目环境影响评价进行公众参与第一次信息公示，公示材料如下：\n"
        "一、建设项目概况\n"
        "项目名称：某某铁路专用线改建工程\n"
        "二、建设单位及其联系方式\n"
        "建设单位名称：某某铁路有限公司\n"
        "联系人：某某\n"
        "联系电话：0000-5550121\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_first"
    assert notice.value("published_on") is None
