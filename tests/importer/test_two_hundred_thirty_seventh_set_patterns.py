"""Patterns a two-hundred-and-thirty-seventh fresh set of real notices showed (issue #11: small
county works, township clinics, brickworks, funeral homes, markets): each a sentence of
behaviour on a text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

from tests.importer.proposals import only as _only

_FIRST_NOTICE_ANNOUNCING_THE_NEXT = (
    "一、项目概况\n"
    "项目名称：某某县某某建材厂年产500万块烧结砖项目\n"
    "建设性质：新建\n"
    "建设地点：某某县某某镇某某村，距县城约9km。\n"
    "二、环境影响评价工作程序和主要工作内容\n"
    "环评机构接受建设单位委托后，经现场踏勘、调查、分析、预测与评价，编制完成该项目环境影响"
    "报告书，报送环保局审批。在报告书送审前将对该项目的环境影响、污染防治措施要点、评价结论"
    "等进行再次公示并征求公众意见。\n"
    "三、征求公众意见的范围和主要事项\n"
    "征求公众对建设项目环境影响、污染防治措施、项目选址等方面的意见和建议。\n"
)


def test_a_first_notice_announcing_the_notice_before_submission_stays_a_first_notice():
    # (the stage "送审前" is the one to come, in the future tense: not this notice's)
    assert _only(_FIRST_NOTICE_ANNOUNCING_THE_NEXT).value("kind") == "eia_first"


def test_the_announcement_worded_with_the_report_sent_for_approval_is_read_the_same():
    page = _FIRST_NOTICE_ANNOUNCING_THE_NEXT.replace(
        "在报告书送审前将对", "在报告书报送某某县环境保护局审批前还将对"
    )
    assert _only(page).value("kind") == "eia_first"


def test_a_notice_putting_the_report_up_before_submission_now_is_still_that_stage():
    page = (
        "某某镇卫生院迁建项目环境影响报告书报批前公示\n"
        "根据《环境影响评价公众参与办法》，在报批前将本项目环境影响报告书全文和公众参与说明"
        "予以公开。\n"
        "建设单位：某某镇卫生院  联系人：某院长  电话：13900005678\n"
    )
    assert _only(page).value("kind") == "eia_pre_submission"


_PERIOD_WITH_GLUED_DATES = (
    "某某区某某镇卫生院门诊楼项目环境影响报告表审批前公示\n"
    "发布日期：2017-08-14\n"
    "根据建设项目环境影响评价审批程序的有关规定，我局拟审批《某某区某某镇卫生院门诊楼项目"
    "环境影响报告表》，现予公示5个工作日（2017814日至2017818），如有意见，请在公示期内来信"
    "或来电向我局反映。\n"
    "联系电话：0000-1234567\n"
    "听证告知：依据《中华人民共和国行政许可法》，自公示之日起五个工作日内申请人、利害关系人"
    "可对以下拟作出的建设项目环境影响评价文件批复决定提出听证申请。\n"
)


def test_a_period_end_that_lost_its_year_month_and_day_marks_before_the_bracket_is_read():
    # (2017-08-18 printed as "2017818" before the closing bracket: the stated end, not the
    # five working days counted from the posting)
    window = _only(_PERIOD_WITH_GLUED_DATES).value("window")
    assert (window["starts_on"], window["ends_on"]) == ("2017-08-14", "2017-08-18")


def test_a_phone_closing_a_bracket_after_a_dash_is_not_read_as_an_end():
    page = _PERIOD_WITH_GLUED_DATES.replace(
        "（2017814日至2017818）", "（联系科室电话0755-2017818）"
    )
    # (no period printed: only the five working days, counted from the posting)
    assert "ends_on" not in _only(page).value("window")
