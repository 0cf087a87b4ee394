"""Patterns an eleventh fresh set of real notices showed (issue #11): each a sentence of
behaviour on a text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

import datetime as dt

from notices.importer import extract_notices

#: A listed company's announcement as its PDF text layer gives it: hard-wrapped at about 36
#: characters, a blank line only between items.
_REDUCTION = """证券代码：600999 证券简称：某某科技 公告编号：2025-041
某某科技股份有限公司
关于回购注销部分限制性股票减少注册资本暨通知债权人的公告
本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述
或者重大遗漏，并对其内容的真实性、准确性和完整性承担法律责任。
一、通知债权人的原由
公司于 2025 年 3 月 2 日召开第五届董事会第九次会议，审议通过了《关于
回购注销部分限制性股票的议案》，本次回购注销完成后，公司总股本将由
412,000,000 股变更为 411,800,000 股，注册资本相应减少。
二、需债权人知晓的相关信息
公司债权人自本公告披露之日起 45 日内，有权凭有效债权证明文件及相关凭
证要求公司清偿债务或者提供相应的担保。债权人未在规定期限内行使上述权
利的，不会因此影响其债权的有效性，相关债务将由公司继续履行。
"""
_ACCEPTANCE = """根据建设项目环境影响评价审批程序的有关规定，经审查，2025 年 4 月 7 日
我局受理 2 个建设项目环境影响评价文件。现将受理情况予以公示，公示期为
2025 年 4 月 8 日-2025 年 4 月 21 日（10 个工作日）。
听证权利告知：依据《中华人民共和国行政许可法》，自公示之日起五日内申
请人、利害关系人可提出听证申请。
联系电话：0791-86660000；通讯地址：某某市生态环境局行政审批科。
序号 项目名称 建设地点 建设单位 受理日期
1 某某新材料年产2万吨改性塑料项目 某某工业园 某某新材料有限公司 4月7日
2 某某县第二污水处理厂提标改造工程 某某县城南 某某县水务局 4月7日
"""


def test_hard_wrapped_pdf_text_with_rare_blank_lines_is_read_item_by_item():
    page = _REDUCTION + "\n" + _ACCEPTANCE
    kinds = [p.value("kind") for p in extract_notices(page).proposals]
    assert kinds == ["capital_reduction", "eia_acceptance"]


def test_a_claims_deadline_with_a_glued_date_and_the_act_after_it_ends_the_window():
    page = (
        "某某建材有限公司破产清算债权申报公告\n"
        "发布时间：2025-03-10\n"
        "某某市中级人民法院已裁定受理某某建材有限公司破产清算一案，并指定某某律师事务所为管理人。"
        "各债权人应于2025420日前，向管理人申报债权，书面说明债权数额和有无财产担保。\n"
        "联系人：赵律师 联系电话：0571-88886666\n"
    )
    window = extract_notices(page).proposals[0].value("window")
    assert window["ends_on"] == "2025-04-20"


def test_a_period_whose_end_lost_its_year_and_month_marks_and_has_two_digits_is_read():
    page = (
        "某某县饲料加工项目环境影响评价征求意见稿公示\n"
        "日期：2023-06-05\n"
        "某某县饲料加工项目环境影响报告书征求意见稿已编制完成，建设单位：某某饲料有限公司，"
        "联系电话：13900001111。公众意见的反馈时间为202365日——2023616日。\n"
    )
    window = extract_notices(page).proposals[0].value("window")
    assert (window["starts_on"], window["ends_on"]) == ("2023-06-05", "2023-06-16")


def test_a_reporting_period_printed_in_two_parts_ends_with_the_second_part():
    page = (
        "经省委、省政府批准，某某省第三生态环境保护督察组近日进驻某某市开展生态环境保护督察。"
        "进驻期间（2025年3月3日—3月14日，3月18日—4月2日）设立专门值班电话：0551-62220000，"
        "专门邮政信箱：某某市0021号邮政信箱。督察组受理举报电话时间为每天8:00—18:00。\n"
    )
    window = extract_notices(page).proposals[0].value("window")
    assert (window["starts_on"], window["ends_on"]) == ("2025-03-03", "2025-04-02")


def test_the_week_the_bureau_accepted_files_in_is_not_the_publicity_period():
    page = (
        "根据建设项目环境影响评价审批程序的有关规定，2025年5月6日-2025年5月9日我局共受理2个"
        "建设项目环境影响评价文件。现将受理情况予以公示，公示期为2025年5月12日-2025年5月23日"
        "（10个工作日）。联系电话：0871-63330000。\n"
        "序号 | 项目名称 | 建设地点 | 建设单位 | 受理日期 |\n"
        "1 | 某某光伏电站项目 | 某某县 | 某某新能源有限公司 | 2025-05-07 |\n"
    )
    window = extract_notices(page).proposals[0].value("window")
    assert (window["starts_on"], window["ends_on"]) == ("2025-05-12", "2025-05-23")


_LISTING = """各督察组举报方式整理如下：
甲省
某某第二生态环境保护督察组
进驻时间：2025年6月3日—7月3日
值班电话：0311-86660001
专门信箱：某某市第101号邮政信箱
受理举报电话时间：每天8:00-20:00

乙省
某某第五生态环境保护督察组
进驻时间：2025年6月5日—7月5日
值班电话：0791—86660002
专门信箱：某某市第202号邮政专用信箱
受理举报电话时间：每天8:00-20:00
"""


def test_a_listing_of_groups_one_labelled_line_each_gives_each_group_its_window():
    proposals = extract_notices(_LISTING).proposals
    got = [
        (
            p.value("kind"),
            p.value("issuer"),
            p.value("window")["ends_on"],
            p.value("contact")["phone"],
        )
        for p in proposals
    ]
    assert got == [
        ("inspection_reporting", "某某第二生态环境保护督察组", "2025-07-03", "0311-86660001"),
        ("inspection_reporting", "某某第五生态环境保护督察组", "2025-07-05", "0791-86660002"),
    ]


def test_two_landlines_printed_without_a_space_are_read_as_two_numbers():
    page = (
        "某某商贸有限公司破产清算债权申报公告\n"
        "发布时间：2025-02-10\n"
        "某某市中级人民法院已裁定受理某某商贸有限公司破产清算一案，并指定某某律师事务所为管理人。"
        "各债权人应于2025年3月31日前向管理人申报债权。\n"
        "联系人：钱律师\n"
        "联系电话：0571-870012340571-87005678\n"
    )
    contact = extract_notices(page).proposals[0].value("contact")
    assert contact["phone"] == "0571-87001234"
    assert "0571-87005678" in contact["phones"]


def test_a_request_to_the_county_government_for_leave_to_publish_is_no_notice():
    request = (
        "时间：2024-03-15 来源：某某市生态环境局某某分局\n"
        "县人民政府：\n"
        "某某建材有限公司委托某某环保科技有限公司编制的《某某建材有限公司年产5万吨砂石骨料项目"
        "环境影响报告表》已完成受理公示，我局在拟作出审批决定前应向社会公示，公示内容包括项目名称、"
        "建设地点、主要环境影响及对策措施等。\n"
        "为保证审核工作的严肃性和公正性，现向县政府提出申请，将拟作出的环境影响评价文件审批意见"
        "予以公示，公示期限为五个工作日。根据《中华人民共和国行政许可法》，自公示起五个工作日内"
        "申请人、利害关系人可提出听证申请。\n"
    )
    decision = (
        "根据建设项目环境影响评价审批程序的有关规定，经审查，我局对以下建设项目环境影响评价文件"
        "作出审批决定。现将作出的审批决定情况予以公告，公告期为2024年3月18日至2024年3月26日。\n"
        "序号 | 项目建设单位 | 项目名称 | 批复时间 |\n"
        "1 | 某某热力有限公司 | 某某供热管网改造工程 | 2024年3月18日 |\n"
    )
    page = request + "\n" + decision
    kinds = [p.value("kind") for p in extract_notices(page).proposals]
    assert kinds == ["eia_decision"]


def test_the_court_appointed_manager_issues_a_call_for_claims():
    page = (
        "某某置业有限公司预重整债权申报公告\n"
        "发布时间：2025-04-02\n"
        "某某市中级人民法院决定对某某置业有限公司进行预重整，并指定某某律师（某某）事务所为"
        "某某置业有限公司预重整管理人。各债权人应于2025年5月20日前向临时管理人申报债权。"
        "是否受理某某置业有限公司的破产重整，将由法院依法审查决定。\n"
        "联系人：孙律师 联系电话：0531-86001234\n"
    )
    notice = extract_notices(page).proposals[0]
    assert notice.value("issuer") == "某某律师（某某）事务所"


def test_a_site_template_marker_above_a_title_is_not_part_of_it():
    page = (
        "-头部调用\n"
        "某某县某某塑料制品有限公司年产3000吨再生颗粒项目环境影响评价征求意见稿公示\n"
        "来源：  日期：2022-08-01 打印页面\n"
        "依据《环境影响评价公众参与办法》的要求，现将本项目环境影响报告书征求意见稿信息公示如下。"
        "公众意见表的网络链接：http://www.mee.gov.cn/xxgk2018/xxgk/xxgk01/201810/t20181024_665329.html"
        " 公众意见的反馈时间为2022年8月1日至2022年8月12日。联系电话：13700001234。\n"
    )
    notice = extract_notices(page).proposals[0]
    assert notice.value("title").startswith("某某县某某塑料制品有限公司")
    assert notice.value("issuer") == "某某县某某塑料制品有限公司"


def test_a_repost_that_opens_with_its_posting_date_alone_is_dated_by_it():
    page = (
        "某某新闻网首页 > 要闻\n\n"
        "2025-06-20\n"
        "经省委、省政府批准，某某省第一生态环境保护督察组近日进驻某某市开展生态环境保护督察。"
        "进驻期间（2025年6月16日—7月6日）设立专门值班电话：0851-85550000，专门邮政信箱："
        "某某市A001号邮政信箱。督察组受理举报电话时间为每天8:00—20:00。\n"
    )
    notice = extract_notices(page).proposals[0]
    assert notice.value("published_on") == dt.date(2025, 6, 20)
