"""Patterns a sixteenth fresh set of real notices showed (issue #11): each a sentence of
behaviour on a text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

import datetime as dt

from notices.importer import extract_notices
from tests.importer.proposals import only as _only


def test_a_draft_notice_opening_with_the_consultant_engaged_is_a_draft_notice():
    page = (
        "各位居民朋友：\n"
        "我单位委托某某环保咨询有限公司对某某康复医院建设项目进行环境影响评价工作。现将有关信息公布如下：\n"
        "一、环境影响报告书征求意见稿全文的网络链接：https://pan.baidu.com/s/1AbCdexampleQ\n"
        "二、建设单位：某某康复医院有限公司，联系人：赵工，联系电话：13900139000\n"
        "三、公众提出意见的起止时间：本信息公示之日起10个工作日内。\n"
        "某某康复医院有限公司\n"
        "2022年3月7日\n"
    )
    assert _only(page).value("kind") == "eia_draft_comment"


def test_a_first_notice_whose_period_runs_until_the_draft_is_released_is_a_first_notice():
    page = (
        "某某区水务服务中心拟建设“某某灌区节水改造项目”。根据《环境影响评价公众参与办法》，"
        "现向公众公告如下信息：\n"
        "一、建设单位名称及联系方式\n"
        "建设单位名称：某某区水务服务中心\n"
        "联系电话：022-55550000\n"
        "二、公众意见表的网络链接\n"
        "从附件下载\n"
        "三、第一次信息公示公众提出意见的起止时间：即日起——本项目环境影响报告书征求意见稿发布\n"
    )
    assert _only(page).value("kind") == "eia_first"


def test_the_record_of_a_participation_meeting_held_is_no_notice():
    page = (
        "关于某某产业园总体规划环境影响评价公众参与座谈会会议结果公示\n"
        "根据《环境影响评价公众参与办法》相关规定，某某产业园管理委员会就某某产业园总体规划"
        "环境影响评价于2020年5月8日在管委会会议室召开公众参与座谈会。会上各单位代表对《某某产业园"
        "总体规划环境影响报告书》（征求意见稿）进行了讨论，无反对意见。\n"
        "某某产业园管理委员会\n"
        "2020年5月11日\n"
    )
    assert extract_notices(page).proposals == ()


def test_a_highway_maintenance_section_named_as_builder_is_the_issuer():
    page = (
        "《某某线改造工程环境影响报告书》（征求意见稿）现已形成，根据《环境影响评价公众参与办法》"
        "有关规定，现将本项目环境影响报告书（征求意见稿）进行网上公示。\n"
        "1、征求意见的公众范围：工程沿线环境影响评价范围内公民、法人和其他组织。\n"
        "2、公众可通过电子邮件、信函、传真等方式，在规定时间内将填写的公众意见表提交建设单位。\n"
        "项目建设单位：某某县公路管理段\n"
        "联系地址：某某县某某街1号\n"
        "联系电话：0415-5550000\n"
        "公众提出意见的起止时间为：2024年6月3日~2024年6月17日。\n"
    )
    assert _only(page).value("issuer") == "某某县公路管理段"


def test_a_stationing_period_that_lost_its_dash_still_ends_on_its_second_date():
    page = (
        "本报讯（记者 某某）中央某某生态环境保护督察组向我省转交第三批信访件40件。\n"
        "进驻期间（2022年5月10日6月10日）设立专门值班电话：0898-66660000，专门邮政信箱："
        "某某市A100号邮政信箱。督察组受理举报电话时间为每天8:00—20:00。\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "inspection_reporting"
    assert notice.value("window")["ends_on"] == "2022-06-10"


def test_the_period_reports_are_taken_in_beats_the_period_the_group_stays():
    page = (
        "经市委、市政府批准，某某市第一生态环境保护督察组于2024年9月2日至9月20日进驻某某区"
        "开展督察。期间设立专门值班电话和专门邮政信箱，受理来电来信举报，受理时间为2024年9月2日"
        "至9月19日每天9:00至17:00，受理举报电话：021-55550000，专门邮政信箱：某某市A100号邮政信箱。\n"
        "某某市第一生态环境保护督察组\n"
        "2024年9月2日\n"
    )
    notice = _only(page)
    assert notice.value("window")["ends_on"] == "2024-09-19"


def test_an_unsigned_bureau_name_above_the_sites_print_and_close_links_signs_the_notice():
    page = (
        "拟对某某湿地公园入口工程环境影响报告表作出审批意见的公告\n"
        "时间:2019-04-08 10:00:00 浏览次数: 来源:市环保局\n"
        "根据建设项目环境影响评价审批程序的有关规定，经审议，我局拟对上述建设项目环境影响评价文件"
        "作出审批意见。现将该建设项目环境影响评价文件的基本情况予以公告，公告期为5个工作日。\n"
        "联系电话：0577-55550000\n"
        "听证告知：依据《中华人民共和国行政许可法》，自公告起五日内申请人、利害关系人可要求听证。\n"
        "                         某某市环保局某某分局\n"
        "[附件下载]\n"
        "【打印本页】     【关闭本页】\n"
    )
    assert _only(page).value("issuer") == "某某市环保局某某分局"


def test_a_lone_date_under_a_notice_followed_by_its_attachments_dates_the_notice():
    page = (
        "某某市集中供热规划环境影响报告书已基本编制完成，现向公众公开征求意见。\n"
        "一、联系方式\n"
        "规划实施单位：某某市发展和改革委员会\n"
        "联系电话：88880000\n"
        "二、公众提出意见的起止时间\n"
        "自公示之日起十个工作日内，2024年4月8日至2024年4月19日。\n"
        "2024年4月8日\n"
        "请点击链接下载附件：\n"
        "附件1：征求意见稿.docx\n"
    )
    assert _only(page).value("published_on") == dt.date(2024, 4, 8)


def test_a_news_report_giving_a_groups_mailbox_and_period_but_a_cut_phone_is_a_window():
    page = (
        "某某省第二批生态环境保护督察进驻\n"
        "2023年06月14日 08:25 来源:某某日报\n"
        "  本报6月13日讯 （记者某某 通讯员某某）经省委、省政府批准，省第二生态环境保护督察组"
        "已正式进驻某某市开展督察进驻工作。督察进驻期间，督察组设立专门值班电话和邮政信箱，受理"
        "来信来电举报。\n"
        "  督察进驻时间：2023年6月13日—6月27日。受理举报方式如下：\n"
        "  省第二生态环境保护督察组专门邮政信箱：某某省某某市A119号邮箱；邮编：570000。"
        "专门值班电话0898-66\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "inspection_reporting"
    assert notice.value("window")["ends_on"] == "2023-06-27"


def test_a_hearing_still_to_be_held_is_no_record_of_a_meeting():
    page = (
        "关于某某县居民用水价格调整听证会参加人报名的公告\n"
        "某某县发展和改革局定于2026年3月20日上午在县政府三楼会议室召开听证会。会上将听取各方"
        "对居民用水价格调整方案的意见。现公开征集听证会参加人，报名时间为2026年3月2日至2026年3月"
        "9日，联系电话：0734-5550000。\n"
        "某某县发展和改革局\n"
        "2026年3月1日\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "other"
    assert notice.value("window")["ends_on"] == "2026-03-09"
