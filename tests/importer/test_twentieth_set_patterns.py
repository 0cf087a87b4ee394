"""Patterns a twentieth fresh set of real notices showed (issue #11: bureaus' authority
notices, inspection windows and public bodies' calls for comment): each a sentence of
behaviour on a text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

from tests.importer.proposals import only as _only


def test_a_bureaus_call_for_comments_on_its_draft_notice_about_eia_powers_is_other():
    page = (
        "为规范建设项目环境影响评价文件分级审批工作，我局起草了《某某市生态环境局关于调整"
        "环境影响评价分级审批权限的通知（征求意见稿）》。现公开征求意见，相关单位可在2025年3月"
        "20日前以书面邮寄或电子邮箱方式反馈意见。\n"
        "联系电话：0391-5550000\n"
        "某某市生态环境局\n"
        "2025年3月6日\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "other"
    assert notice.value("window")["ends_on"] == "2025-03-20"


def test_a_draft_catalogue_the_bureau_will_adjust_approval_powers_in_is_no_pre_approval():
    page = (
        "某某省生态环境厅拟对省级建设项目环境影响评价文件审批权限作出调整，形成《某某省生态环境厅"
        "审批环境影响评价文件的建设项目目录（2023年本）》（征求意见稿），现向社会公开征求意见。"
        "此次公开征求意见的时间为2023年5月8日至5月12日。\n"
        "电话：0870-5550000\n"
        "某某省生态环境厅\n"
        "2023年5月8日\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "other"
    assert notice.value("window")["ends_on"] == "2023-05-12"


def test_a_draft_eia_report_called_for_comment_stays_a_draft_comment_notice():
    page = (
        "《某某污水处理厂扩建工程环境影响报告书（征求意见稿）》已编制完成，现向社会公开征求意见。"
        "公众可在本公示发布之日起10个工作日内提出意见。\n"
        "建设单位：某某水务有限公司，联系电话：0391-5551111\n"
        "某某水务有限公司\n"
        "2024年4月1日\n"
    )
    assert _only(page).value("kind") == "eia_draft_comment"


def test_an_article_under_an_introduction_heading_beside_a_notice_is_no_notice():
    page = (
        "关于公开征求《某某县秸秆禁烧区划定方案》社会公众意见的公告\n"
        "来源：某某融媒体中心 作者：某某县农业农村局 编辑：某某 2024-05-06 10:20:16\n"
        "某某县农业农村局起草了《某某县秸秆禁烧区划定方案（征求意见稿）》，现面向社会公众征求意见。\n"
        "一、征求意见时间\n"
        "2024年5月6日至6月5日\n"
        "二、意见反馈方式\n"
        "联系电话：0739-5550000\n"
        "邮箱：caogao@example.com\n"
        "阅读下一篇\n"
        "返回某某新闻网首页\n"
        "\n"
        "引言\n"
        "某某省近年来在环保督察方面取得了显著成效，建立了完善的环保举报机制。本文将详细介绍某某省"
        "环保督察的举报流程，帮助大家举报环境问题。\n"
        "一、环保举报电话与网络平台\n"
        "1. 环保举报电话\n"
        "某某省设立了专门的环保举报电话：12369。公众可以通过拨打这个电话，向相关部门举报环境污染问题。\n"
        "2. 网络平台\n"
        "除了电话举报，公众还可以通过以下网络平台进行环保举报：\n"
        "- 环保微信举报：关注“某某环保”微信公众号，通过平台进行举报。\n"
        "- 环保举报邮箱：将举报材料发送至某某省生态环境厅指定的邮箱。\n"
        "二、举报范围\n"
        "1. 举报范围\n"
        "某某省环保举报主要受理以下范围内的环境污染问题：\n"
    )
    assert _only(page).value("kind") == "other"


def test_a_title_run_in_after_a_web_tables_empty_row_names_its_issuer():
    page = (
        "| | | |\n"
        " 某某市生态环境局关于2025年6月2日-2025年6月6日作出的建设项目环境影响评价文件"
        "审批决定的公告\n"
        "根据建设项目环境影响评价审批程序的有关规定，经审查，2025年6月2日-2025年6月6日我局对3个"
        "建设项目环境影响评价文件作出审批决定。现将作出的审批决定予以公告，公告期为2025年6月9日-"
        "2025年6月15日（7日）。\n"
        "联系电话：0591-5550000\n"
        "通讯地址：某某区某某路9号市政务服务中心三楼生态环境局窗口\n"
    )
    assert _only(page).value("issuer") == "某某市生态环境局"


def test_a_bureau_named_in_brackets_after_its_address_issues_the_decision():
    page = (
        "根据建设项目环境影响评价审批程序的有关规定，经我局研究决定，对某某风电场升压站工程等2个"
        "项目环境影响报告表作出审批决定的相关信息进行公示。\n"
        "1.审批文件：《某某市生态环境局某某分局关于某某风电场升压站工程环境影响报告表的批复》；\n"
        "2.审批时间：2024年7月1日；\n"
        "3.以上公示期为2024年7月1日至2024年7月5日，公众如有不同意见，请反馈至以下联系方式：\n"
        "联系电话：0936-5550000\n"
        "通讯地址：某某县城关镇某某路住建局二楼（某某市生态环境局某某分局）\n"
    )
    assert _only(page).value("issuer") == "某某市生态环境局某某分局"


def test_a_portals_author_line_naming_a_bureau_issues_its_call_for_comments():
    page = (
        "关于公开征求《某某县畜禽养殖禁养区划定方案》社会公众意见的公告\n"
        "来源：某某融媒体中心 作者：某某县农业农村局 编辑：某某 2024-05-06 10:20:16\n"
        "为加强畜禽养殖污染防治，某某部门代为起草了《某某县畜禽养殖禁养区划定方案（征求意见稿）》，"
        "现面向社会公众征求对该方案的意见。\n"
        "一、征求意见时间\n"
        "2024年5月6日至6月5日\n"
        "二、意见反馈方式\n"
        "联系电话：0739-5550000\n"
    )
    assert _only(page).value("issuer") == "某某县农业农村局"


def test_a_news_portals_two_digit_year_dateline_dates_the_report():
    page = (
        "中央第一生态环境保护督察组向某某自治区交办第十批信访举报件\n"
        "某某新闻网  19-05-08 10:04  【打印本页】  来源：某某日报\n"
        "5月8日，督察组向某某自治区交办第十批群众举报案件40件。\n"
        "根据安排，督察进驻时间为1个月。进驻期间（2019年4月20日—5月20日）设立专门值班电话："
        "0471-5550000，专门邮政信箱：某某市1000号邮政信箱。督察组受理举报电话时间为每天8:00—20:00。\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "inspection_reporting"
    assert str(notice.value("published_on")) == "2019-05-08"


def test_a_publicity_period_printed_as_one_day_ends_that_day():
    page = (
        "根据建设项目环境影响评价审批程序的有关规定，经我局研究决定，对某某光伏电站工程环境影响"
        "报告表作出审批决定的相关信息进行公示。\n"
        "以上公示期为2024年9月2日，公示期内，公众如对建设项目有不同意见，请将意见反馈至以下联系方式：\n"
        "联系电话：0936-5551111\n"
        "通讯地址：某某县某某路8号（某某市生态环境局某某分局）\n"
    )
    window = _only(page).value("window")
    assert (window["starts_on"], window["ends_on"]) == ("2024-09-02", "2024-09-02")
