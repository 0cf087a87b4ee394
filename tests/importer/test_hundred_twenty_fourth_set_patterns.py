"""Patterns a hundred-and-twenty-fourth fresh set of real notices showed (issue #11: reporting
windows of environmental inspections and their look-alikes): each a sentence of behaviour on a
text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

from notices.importer import extract_notices
from tests.importer.proposals import only as _only

CAMPAIGN_LINE = (
    "为回应群众关切、解决群众身边的突出问题，县委、县政府决定对生态环境督察反馈的问题开展"
    "专项整治。整治期间设立环境问题举报专线（0123-5550188），受理时间为即日起每天9时至18时。"
    "欢迎广大群众反映问题线索，我们将认真核实并及时反馈。\n"
    "某某县生态环境问题专项整治工作领导小组\n"
    "2023年3月1日\n"
)


def test_a_signed_line_to_report_what_the_inspection_found_is_read_though_news_sits_above_it():
    page = (
        "您的位置：首页 > 要闻\n"
        "某某市召开生态环境保护工作推进会\n"
        "日前，某某市召开全市生态环境保护工作推进会。市长在会上强调，要坚持问题导向。\n"
        "\n" + CAMPAIGN_LINE
    )
    notice = _only(page)
    assert notice.value("kind") == "inspection_reporting"
    assert notice.value("issuer") == "某某县生态环境问题专项整治工作领导小组"
    assert notice.value("contact")["phone"] == "0123-5550188"


def test_a_report_line_called_a_special_line_with_no_title_is_a_notice_by_its_signature():
    notice = _only(CAMPAIGN_LINE)
    assert str(notice.value("published_on")) == "2023-03-01"


def test_a_line_called_a_hotline_for_reports_on_inspected_problems_is_the_notices_line():
    page = (
        "\n"
        "即日起对省生态环境督察反馈的某某河排污问题开展集中整治，期间开通举报热线0123-5550177，"
        "受理时间为每天8:00至20:00。\n"
        "某某县河长制办公室\n"
        "2023年4月20日\n"
    )
    notice = _only(page)
    assert notice.value("issuer") == "某某县河长制办公室"
    assert notice.value("contact")["phone"] == "0123-5550177"


def test_news_that_a_city_opened_a_hotline_is_no_notice():
    page = (
        "本报讯（记者 某某）近日，某某市开通生态环境问题举报热线0123-5550166，市民可拨打热线"
        "反映身边的环境问题。市生态环境局负责同志表示，将对群众反映的问题逐一核实。\n"
    )
    assert extract_notices(page).proposals == ()
