"""Patterns a sixty-second fresh set of real notices (authority notices of city and county
ecology-environment bureaus: acceptance, pre-approval and decision, 2019-2026) showed (issue
#11): each a sentence of behaviour on a text written for the test, modelled on the pattern,
not copied."""

from __future__ import annotations

import datetime as dt

from notices.importer import extract_notices
from notices.importer.tables import table_rows
from tests.importer.proposals import only as _only


def test_a_reposts_repeated_headline_is_not_also_the_title_after_the_notice_above_it():
    page = (
        "根据建设项目环境影响评价审批程序的有关规定,经审查,2024年5月6日-2024年5月10日青岚市"
        "白沙生态环境局对以下建设项目环境影响评价文件作出审批决定。现将作出的审批决定予以公告,"
        "公告期为2024年5月13日-2024年5月19日(7日)。\n"
        "联系电话:0598-5550146\n"
        "通讯地址:青岚市白沙县河滨路12号白沙生态环境局审批股\n"
        "序号 |\n项目名称 |\n文号 |\n1 |\n白沙县粮食烘干中心建设项目 |\n岚白环评〔2024〕4号 |\n"
        "\n"
        "青岚市生态环境局关于2024年5月13日-2024年5月17日作出的建设项目环境影响评价文件审批决定的公告\n"
        "审批\n"
        "发布时间: 2024年05月17日\n"
        "下文中****为隐藏内容,仅对会员开放\n"
        "****关于2024年5月13日-2024年5月17日作出的建设项目环境影响评价文件审批决定的公告\n"
        "根据建设项目环境影响评价审批程序的有关规定,经审查,2024年5月13日-2024年5月17日我局对"
        "3个建设项目环境影响评价文件作出审批决定。现将作出的审批决定予以公告,公告期为2024年5月17日"
        "-2024年5月23日(7日)。\n"
        "联系电话:0598-****0022\n"
        "通讯地址:****区滨江路9号****环境局窗口\n"
        "序号\n项目名称\n文号\n发文时间\n"
        "1\n****纸业公司技改项目\n岚环评〔2024〕21号\n2024-5-14\n"
        "2\n**港**作业区泊位工程\n岚环评〔2024〕22号\n2024-5-16\n"
        "3\n****物流园配套道路工程\n岚环评〔2024〕23号\n2024-5-17\n"
    )
    first, second = extract_notices(page).proposals
    assert first.value("issuer") == "青岚市白沙生态环境局"
    assert second.value("issuer") == "青岚市生态环境局"
    assert second.value("published_on") == dt.date(2024, 5, 17)


def test_a_period_with_yu_before_both_dates_is_read():
    page = (
        "根据建设项目环境影响评价审批程序有关规定,经审查,2022年6月8日我局对某某县乳业合作社"
        "冷库建设项目环境影响评价文件作出审批决定。现将作出的审批决定予以公告,公告期为于2022年6月8日"
        "-于2022年6月15日。\n"
        "行政复议与行政诉讼权利告知:公民、法人或者其他组织认为公告的建设项目环境影响评价文件审批"
        "决定侵犯其合法权益的,可以自公告期限届满之日起六十日内提起行政复议。\n"
        "联系电话:0991-5550287\n"
    )
    proposal = _only(page)
    assert proposal.value("kind") == "eia_decision"
    assert proposal.value("window")["ends_on"] == "2022-06-15"


def test_a_decision_table_without_a_number_column_gives_one_project_a_row():
    page = (
        "根据建设项目环境影响评价审批程序的有关规定,经审查,我局对3个项目环境影响评价文件作出审批"
        "决定。现将作出的审批决定情况予以公告,公告期为2024年8月5日-2024年8月9日(5个工作日)。\n"
        "行政复议与行政诉讼权利告知:公民、法人或者其他组织认为公告的建设项目环境影响评价文件审批"
        "决定侵犯其合法权益的,可以自公告期限届满之日起六十日内提起行政复议。\n"
        "联系电话:0415-5550361\n"
        "项目名称 |\n审批文号 |\n审批时间 |\n"
        "江城市东港区社区卫生服务中心改扩建项目 |\n江行审〔2024〕31号 |\n2024/7/29 |\n"
        "江城港北作业区散货堆场改造项目 |\n江行审〔2024〕33号 |\n2024/7/30 |\n"
        "江城某某新材料有限公司年产2万吨环氧树脂项目 |\n江行审〔2024〕36号 |\n2024/8/1 |\n"
        "环评批复查阅链接: https://pan.example.cn/s/abc123\n"
    )
    proposal = _only(page)
    assert proposal.value("kind") == "eia_decision"
    assert [row["project"] for row in proposal.to_json()["projects"]] == [
        "江城市东港区社区卫生服务中心改扩建项目",
        "江城港北作业区散货堆场改造项目",
        "江城某某新材料有限公司年产2万吨环氧树脂项目",
    ]


def test_a_list_under_a_project_name_label_is_no_table():
    page = (
        "某某县某某水厂扩建工程环境影响评价第一次公示\n"
        "根据《环境影响评价公众参与办法》,现将项目信息公示如下。\n"
        "项目名称\n某某县某某水厂扩建工程\n建设单位\n某某县水务投资有限公司\n"
        "建设地点\n某某县城东\n"
        "联系电话:0912-5550178\n"
    )
    proposal = _only(page)
    assert not proposal.to_json().get("projects")


def test_a_project_column_inside_a_numbered_header_starts_no_table_of_its_own():
    page = (
        "某某市生态环境局某某分局关于某某河道生态修复工程环境影响评价文件拟作出审批意见的公示\n"
        "根据建设项目环境影响评价审批程序的有关规定,经审议,我局拟对项目环境影响评价文件作出审批"
        "意见。如有异议,请在自本公告发布之日起5个工作日内反馈我局环评股。\n"
        "电话和传真:0371-5550912\n"
        "序号\n建设单位\n项目名称\n建设地点\n环境影响评价机构\n建设项目概况\n"
        "某某县水利局\n某某河道生态修复工程\n某某县两个乡镇\n某某环境科技有限公司\n"
        "河道清淤,生态护岸,湿地。\n"
    )
    assert _only(page).value("kind") == "eia_pre_approval"
    assert table_rows(page) == []


def test_a_table_without_a_number_column_set_a_cell_a_line_is_read_as_printed():
    # short cells a line would read as one broken sentence if joined: each row stays a project
    page = (
        "某某市生态环境局关于建设项目环境影响评价文件审批决定的公告\n"
        "根据建设项目环境影响评价审批程序的有关规定，我局对以下项目作出审批决定，现予公告，"
        "公告期为2026年11月23日至2026年11月27日。\n"
        "项目名称\n"
        "建设单位\n"
        "建设地点\n"
        "审批文号\n"
        "某某县城区污水处理厂提标改造项目\n"
        "某某县水务投资有限公司\n"
        "某某县城关镇\n"
        "某环审〔2026〕41号\n"
        "某某光伏电站220千伏送出线路工程\n"
        "某某新能源有限公司\n"
        "某某县东风乡\n"
        "某环审〔2026〕42号\n"
        "联系电话：0471-5550123\n"
        "某某市生态环境局\n"
        "2026年11月23日\n"
    )
    assert _only(page).value("projects") == [
        {"project": "某某县城区污水处理厂提标改造项目", "builder": "某某县水务投资有限公司"},
        {"project": "某某光伏电站220千伏送出线路工程", "builder": "某某新能源有限公司"},
    ]
