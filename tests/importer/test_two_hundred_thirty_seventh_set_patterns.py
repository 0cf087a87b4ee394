"""Patterns a two-hundred-and-thirty-seventh fresh set of real notices showed (issue #11: small
county works, township clinics, brickworks, funeral homes, markets): each a sentence of
behaviour on a text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

from tests.importer.proposals import only as _only

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
