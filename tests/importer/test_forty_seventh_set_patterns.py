"""Patterns a forty-seventh fresh set of real notices showed (issue #11: public calls for
comments and objections with a window: draft laws and rules, plans, price hearings, land
acquisition and place names put up for publicity): each a sentence of behaviour on a text
written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

from notices.importer import extract_notices
from notices.importer.segment import para_score
from tests.importer.proposals import only as _only


def _kinds(page: str) -> list[str]:
    return [p.value("kind") for p in extract_notices(page).proposals]


NEWS_ITEM = (
    "本报讯（记者 林某）昨日上午，市图书馆新馆开馆迎客。“新馆藏书两百万册，”馆长介绍说，"
    "“市民可凭身份证免费借阅。”据了解，新馆还开设了少儿阅览区。\n"
)

# A call for road names quotes the names it proposes and the suffixes it allows: names and
# terms, not words someone said.
ROAD_NAME_CALL = (
    "广大人民群众、各单位：\n"
    "为方便群众出行，发挥地名的公共服务作用，我镇三条新建道路需要命名，现面向社会公开征集道路"
    "名称。\n"
    "一、命名要求\n"
    "1.路名由专名和通名组成（如“青禾路”、“青禾大道”中“青禾”是专名，“路”、“大道”是通名）；\n"
    "2.拟将滨河道路命名为“望川路”，敬请提出意见；\n"
    "3.用字规范，避免生僻字。\n"
    "二、征集时间\n"
    "自公告发布之日起至2025年5月20日止。\n"
    "三、征集方式\n"
    "投稿邮箱：qhzdm@example.cn，联系电话：13900005555\n"
)


def test_short_quoted_names_are_no_quotations():
    assert para_score(ROAD_NAME_CALL)[1] <= 1  # 群众 only
    assert para_score(NEWS_ITEM)[1] >= 3  # a reporter's quotation still counts as news


def test_a_call_for_road_names_that_quotes_them_is_a_notice_on_a_web_copy():
    notice = _only(f"{NEWS_ITEM}\n{ROAD_NAME_CALL}\n{NEWS_ITEM}")
    assert notice.value("kind") == "other"
    assert notice.value("window")["ends_on"] == "2025-05-20"


# A period printed "自…起，至…止", a comma after 起.
COMMA_PERIOD = (
    "青禾市公开征集新区道路名称公告\n"
    "为规范新区道路命名，现面向社会公开征集新区道路名称。\n"
    "一、征集时间\n"
    "自2025年2月6日起，至2025年2月12日止。\n"
    "二、征集方式\n"
    "可通过信函、电子邮件等方式参与，邮箱：qhdm@example.cn。\n"
    "青禾市民政局\n"
    "2025年2月5日\n"
)


def test_a_period_with_a_comma_after_its_start_ends_on_its_printed_day():
    notice = _only(COMMA_PERIOD)
    assert notice.value("window")["ends_on"] == "2025-02-12"
