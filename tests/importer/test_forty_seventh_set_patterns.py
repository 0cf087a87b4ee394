"""Patterns a forty-seventh fresh set of real notices showed (issue #11: public calls for
comments and objections with a window: draft laws and rules, plans, price hearings, land
acquisition and place names put up for publicity): each a sentence of behaviour on a text
written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

from notices.importer import extract_notices
from notices.importer.kinds import SOLICITATION
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


# A naming scheme put up for publicity asks for objections and views, not for "comments".
NAMING_PUBLICITY = (
    "关于青禾市新区滨江大道等\n"
    "道路命名方案的公示\n"
    "根据地名管理的有关规定，经有关单位申请、专家评审，拟定了新区滨江大道等6条道路的命名方案，"
    "现将命名方案公示如下。希望广大市民积极参与，多提宝贵意见和建议。\n"
    "公示时间：2025年3月3日至2025年3月12日\n"
    "联 系 人：林某\n"
    "联系电话：0571-55501234\n"
    "青禾市地名和界线管理办公室\n"
    "2025年3月3日\n"
)
OBJECTIONS_INVITED = (
    "公示时间为7天，即2025年6月9日起至2025年6月15日止。在公示期间内任何单位和个人对上述道路"
    "拟命名称有意见和建议均可来电或来信反映。联系电话：0513-55507788，联系地址：青禾市民政局"
    "服务窗口。\n"
)


def test_a_naming_publicity_that_asks_for_views_is_a_notice_among_other_items():
    page = f"{NEWS_ITEM}\n{NAMING_PUBLICITY}\n{NEWS_ITEM}"
    notice = _only(page)
    assert notice.value("kind") == "other"
    assert notice.value("window")["ends_on"] == "2025-03-12"
    assert notice.value("issuer") == "青禾市地名和界线管理办公室"


def test_views_and_objections_by_phone_or_letter_are_a_call():
    assert SOLICITATION.search(OBJECTIONS_INVITED)
    assert SOLICITATION.search("公示期内如有异议，请以书面形式向我局反映。")


# A land acquisition's pre-announcement (土地管理法实施条例 art. 26) prints its period and the
# survey, and asks for no comments: still a window the owners of the land may answer.
LAND_PRE_ANNOUNCEMENT = (
    "依照《中华人民共和国土地管理法》《中华人民共和国土地管理法实施条例》等有关规定，因公共利益"
    "的需要，需征收青禾县望川镇东岭村的集体土地，现将拟征收土地情况预公告如下：\n"
    "一、拟征收土地的目的：本次拟征收土地用于县城镇建设用地项目。\n"
    "二、拟征收土地面积：5.2031公顷。\n"
    "三、公告期限：2025年4月7日至2025年4月18日。\n"
    "四、其他事项：自本预公告发布之日起，任何单位和个人不得在拟征收土地范围内抢栽抢建；违反"
    "规定抢栽抢建的，对于抢栽抢建的部分不予补偿。\n"
    "特此公告。\n"
)


def test_a_land_pre_announcement_with_its_period_is_a_notice():
    notice = _only(f"{NEWS_ITEM}\n{LAND_PRE_ANNOUNCEMENT}\n{NEWS_ITEM}")
    assert notice.value("kind") == "other"
    assert notice.value("window")["ends_on"] == "2025-04-18"


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
