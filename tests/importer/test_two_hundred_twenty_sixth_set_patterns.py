"""Patterns a two-hundred-and-twenty-sixth fresh set of real notices showed (issue #11:
central and provincial eco-environmental inspection reporting windows, 2016-2025): each a
sentence of behaviour on a text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

from notices.importer import extract_notices
from tests.importer.proposals import only as _only

ROUND_NEWS_WITH_ONE_GROUP = (
    "手机号/微信登录\n"
    "某某环保网 首页>资讯中心>环保>资讯详情\n"
    "第九批生态环境保护督察全部进驻完毕\n"
    "更新日期: 2030年3月8日 作者: 某某 来源: 某某报\n"
    "摘要:3月7日，中央第四生态环境保护督察组对某某省开展督察动员会召开，本批督察全部进驻完毕。\n"
    "  3月7日，中央第四生态环境保护督察组对某某省开展督察动员会召开，本批督察全部进驻完毕。\n"
    "  根据安排，中央第四生态环境保护督察组督察进驻时间为1个月。进驻期间(2030年3月7日-4月7日)"
    "设立专门值班电话:0123-4567890，专门邮政信箱:某某市A1234邮政信箱。"
    "督察组受理举报电话时间为每天8:00~20:00。\n"
    "  据悉，本批一共有6个省。从3月1日进驻第一个省份至今，已全部进驻动员完毕。\n"
    "  附:\n"
    "  本批一共有3个中央生态环境保护督察组，分别负责对某某、某甲、某乙等省份开展督察进驻工作。"
    "各督察组具体如下:\n"
    "  第一组:某某、某甲，组长某某;\n"
    "  第二组:某乙、某丙，组长某\n"
)


def test_a_rounds_news_that_carries_one_numbered_groups_template_window_is_that_groups_notice():
    # the group named in one sentence, its period and number in the next ("…督察进驻时间为1个月。
    # 进驻期间(…)设立专门值班电话：…"), the round's groups counted in an appended list
    page = f"{ROUND_NEWS_WITH_ONE_GROUP}\n某某市举行植树活动，市民踊跃参加。\n"
    notice = _only(page)
    assert notice.value("kind") == "inspection_reporting"
    assert notice.value("issuer") == "中央第四生态环境保护督察组"
    assert notice.value("window")["ends_on"] == "2030-04-07"
    assert notice.value("contact")["phone"] == "0123-4567890"


def test_a_rounds_news_whose_groups_give_no_number_is_still_no_notice():
    page = (
        "某某报讯 第九批3个中央生态环境保护督察组已全部进驻。根据安排，中央第四生态环境保护"
        "督察组督察进驻时间为1个月。进驻期间，各督察组分别设立专门值班电话和邮政信箱，"
        "受理举报电话时间为每天8:00-20:00。\n"
        "\n"
        "某某市举行植树活动，市民踊跃参加。\n"
    )
    assert extract_notices(page).proposals == ()
