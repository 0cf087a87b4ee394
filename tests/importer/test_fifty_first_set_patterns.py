"""Patterns a fifty-first fresh set of real notices showed (issue #11: recent environmental and
Party inspection reporting windows, 2022-2026): each a sentence of behaviour on a text written
for the test, modelled on the pattern, not copied."""

from __future__ import annotations

from notices.importer import extract_notices
from tests.importer.proposals import only as _only

# A web copy of a report of complaints handed over, one long line closed by the cell rule of
# the page's table ("…处理。 |"), then a blank line and another report on the same page (a
# news dateline, so only the reported-window reading finds it). The sentence ends at "。": the
# rule after it does not carry the paragraph into the next item, which would hide the window.
CELL_RULE_AFTER_SENTENCE = (
    "青禾日报青禾12月1日讯（记者某某）11月30日，中央第九生态环境保护督察组向我省转交第八批环境"
    "信访交办件40件。群众信访举报件的办理情况，须在规定时间内反馈到督察组。"
    "进驻期间（2023年11月15日12月15日）设立专门值班电话，专门邮政信箱：青禾省青禾市A321号"
    "邮政信箱。根据督察组职责，中央生态环境保护督察组主要受理青禾省生态环境保护方面的来信来电"
    "信访举报，其他不属于受理范围的信访举报问题，将按规定交由被督察地方处理。 |\n"
    "\n"
    "4月2日上午，中央第七生态环境保护督察组向白川省转办第三批信访件18件（来电16件、来信2件），"
    "涉及5个地州市，分别为：白川市9件，占总数的50%；东山州4件；西岭地区3件；南河市2件。\n"
    "据自治区保障中央生态环境保护督察协调联络工作组介绍，从污染类型来看，涉及大气、噪声和"
    "生态类型最多，分别占环境问题总数的38%、22%和17%，均已按程序全部交至相关地州市办理。\n"
    "至此，中央第七生态环境保护督察组转办白川省信访件共计41件。\n"
    "中央第七生态环境保护督察组值班电话和邮箱\n"
    "督察进驻时间：2022年3月28日—4月28日\n"
    "专门邮政信箱：白川省白川市A077号邮政信箱\n"
    "专门值班电话：0990—1234567\n"
    "来源：白川日报 本期编辑：某某\n"
    "\n"
    "首页 > 要闻\n"
    "第一批省级生态环境保护督察完成进驻\n"
    "2022年01月19日 09:34\n"
    "来源：青禾都市报\n"
    "1月18日，记者从省生态环境厅了解到，青禾省第一、第二生态环境保护督察组分别进驻东山市、"
    "西岭州开展省级生态环境保护例行督察，目前全面完成第一批督察进驻工作。\n"
    "截至进驻结束，各督察组共收到群众来电、来信举报投诉30件，受理有效举报25件，累计转办25件，"
    "已办结或阶段办结21件。\n"
    "编辑：某某\n"
)


def test_a_table_rule_after_a_full_stop_ends_the_paragraph():
    proposals = extract_notices(CELL_RULE_AFTER_SENTENCE).proposals
    assert [p.value("issuer") for p in proposals] == [
        "中央第九生态环境保护督察组",
        "中央第七生态环境保护督察组",
    ]
    assert proposals[0].value("window")["ends_on"] == "2023-12-15"
    assert proposals[1].value("window")["ends_on"] == "2022-04-28"


# A paper's report of a provincial round ("本批次共派出2个省生态环境保护督察组 … 各督察组分别
# 设立…") that then lists each numbered group's own mailbox and phone: the first group's window
# is printed in the report, unlike news of a round that names no group's number.
ROUND_WITH_GROUP_NUMBERS = (
    "青禾2024年第一批生态环境保护督察组启动进驻督察\n"
    "经省委、省政府批准，2024年第一批省生态环境保护督察进驻工作启动，本批次共派出2个省生态环境"
    "保护督察组，分别对白水市、清河县开展进驻督察工作。此次督察进驻时间为2024年4月8日至4月22日。"
    "督察进驻期间，各督察组分别设立并公开专门值班电话和邮政信箱，受理被督察地方生态环境保护方面的"
    "来信来电举报，受理举报电话时间为每天08:00-12:00，14:30-18:00。受理举报方式如下：\n"
    "省第三生态环境保护督察组专门邮政信箱：青禾省白水市A021号邮政专用信箱；邮编：570999；"
    "专门值班电话：0898-31234567。\n"
    "省第四生态环境保护督察组专门邮政信箱：青禾省清河县A008号邮政专用信箱；邮编：571999；"
    "专门值班电话：0898-32345678。\n"
)


def test_a_round_report_listing_each_groups_number_gives_a_window():
    notice = _only(ROUND_WITH_GROUP_NUMBERS)
    assert notice.value("kind") == "inspection_reporting"
    assert notice.value("window")["ends_on"] == "2024-04-22"
    assert notice.value("contact")["phone"] == "0898-31234567"
    # the same report without the groups' numbers is news of a round
    unnumbered = ROUND_WITH_GROUP_NUMBERS.split("受理举报方式如下")[0] + "\n"
    assert extract_notices(unnumbered).proposals == ()
