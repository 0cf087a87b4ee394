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


def test_a_campaigns_standing_report_channels_dated_only_by_their_day_are_no_notice():
    # a year-long campaign's ways to report, weekday hours, put up and signed on one day: no
    # period opened, no day to keep (the campaign's year and a year it looks back to are no day)
    page = (
        "关于在全县范围内开展某某违法行为专项整治行动的公告\n"
        "来源:办公室 发布时间:2031-03-02 09:30\n"
        "根据县委、县政府安排部署，2031年在全县范围内开展为期一年的某某违法行为专项整治行动，"
        "全面整治2020年以来的各类违法行为。现将专项整治受理监督举报方式公告如下：\n"
        "来信地址：某某县某某局门前设举报信箱（邮编100000）\n"
        "举报电话：0123-7654321\n"
        "受理时间：每周一至周五，上午8:30-11:30，下午14:30-17:00\n"
        "举报邮箱：moumou@example.com\n"
        "特此公告\n"
        "某某县某某违法行为专项整治工作领导小组\n"
        "2031年3月2日\n"
        "\n"
        "某某市举行植树活动，市民踊跃参加。\n"
    )
    assert extract_notices(page).proposals == ()


def test_the_same_channels_with_a_last_day_to_report_by_are_a_notice():
    page = (
        "关于某某违法行为专项整治受理举报的公告\n"
        "根据县委、县政府安排部署，现将专项整治受理监督举报方式公告如下，受理举报时间为2031年3月2日"
        "至2031年4月30日。\n"
        "举报电话：0123-7654321\n"
        "受理时间：每周一至周五，上午8:30-11:30，下午14:30-17:00\n"
        "举报邮箱：moumou@example.com\n"
        "特此公告\n"
        "某某县某某违法行为专项整治工作领导小组\n"
        "2031年3月2日\n"
    )
    assert _only(page).value("contact")["phone"] == "0123-7654321"


def test_a_report_of_a_numbered_groups_arrival_with_its_stay_and_number_but_no_days_is_its_notice():
    page = (
        "某某新闻 首页\n"
        "\n"
        "某某日报讯 经批准，中央第七环境保护督察组近日进驻某某省开展环境保护督察工作。"
        "组长某某强调，这次进驻重点是督察某某省贯彻落实环境保护决策部署情况。 "
        "中央第七环境保护督察组督察进驻时间约1个月。督察进驻期间，设立专门值班电话：0123—7654321，专门邮政信箱：某某市12345邮政信箱。"
        "（某某日报 记者 某某）\n"
        "\n"
        "某某市举行植树活动，市民踊跃参加。\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "inspection_reporting"
    assert notice.value("issuer") == "中央第七环境保护督察组"
    assert notice.value("contact")["phone"] == "0123-7654321"


def test_a_report_of_a_groups_stay_that_prints_no_number_is_still_news():
    page = (
        "某某日报讯 经批准，中央第七环境保护督察组近日进驻某某省开展环境保护督察工作。"
        "中央第七环境保护督察组督察进驻时间约1个月。督察进驻期间，设立专门值班电话和专门邮政信箱，"
        "受理来信来电举报。（某某日报 记者 某某）\n"
        "\n"
        "某某市举行植树活动，市民踊跃参加。\n"
    )
    assert extract_notices(page).proposals == ()
