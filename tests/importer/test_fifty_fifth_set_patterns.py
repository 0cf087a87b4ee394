"""Patterns a fifty-fifth fresh set of real notices showed (issue #11: notices placed among
news, commentary, explainers and case write-ups, a precision set): each a sentence of
behaviour on a text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

import datetime as dt

from notices.importer import extract_notices
from tests.importer.proposals import only as _only

# A notice platform's terms for those who apply to have their notice put up: numbered
# headings of what to hand in and how, the days it takes, the fee and the platform's phone.
PLATFORM_TERMS = (
    "一、申请材料 1.青禾市环境科学学会网站环评项目公众参与公示申请表；2.项目完整的公众参与公示"
    "信息电子版。 二、申请程序 申请单位到市政务服务中心8号窗口提交申请表一式一份及公示信息"
    "电子版（或发至学会邮箱）。 三、公参内容发布时限 学会对收到的环评项目公众参与公示申请进行"
    "确认后，2个工作日内在学会网站予以公示。 四、责任 学会只提供环评项目公众参与公示的平台，"
    "公示内容、公众意见反馈方式和结果由申请单位自行承担。 五、收费 免费 六、联系方式 "
    "联系电话：5550123 邮箱：qhhkxh@example.cn\n"
)


def test_a_platforms_terms_for_applying_to_put_up_a_notice_are_no_notice():
    assert extract_notices(PLATFORM_TERMS).proposals == ()


# A court's news of a forced liquidation it closed: the group it named took claims, but the
# report tells what happened, it asks no creditor to claim.
CASE_CLOSED = (
    "近日，青禾区法院成功审结了一起强制清算案件。\n"
    "甲公司是乙公司的股东。2023年甲公司以乙公司解散后逾期不成立清算组为由，申请指定清算组"
    "对乙公司进行清算。\n"
    "法院受理后依法指定了清算组，清算组开展了债权申报审查和资产调查工作。在债权申报期内，"
    "只有甲公司一家债权人向清算组申报了债权，经清算组核定，债权金额为21万元。\n"
)


def test_a_courts_news_of_a_liquidation_case_it_closed_is_no_notice():
    assert extract_notices(CASE_CLOSED).proposals == ()


# A first notice that gives the consultant's section before the builder's: the public writes
# to the builder, so the builder's phone is the notice's.
CONSULTANT_FIRST = (
    "青禾县某某页岩砖厂“青禾县石门乡页岩矿开采项目”环境影响评价第一次公示 "
    "一、建设项目情况及概要 项目名称：青禾县石门乡页岩矿开采项目 建设性质：新建 "
    "二、环境影响评价单位的联系方式 通过电话、Email及信函的方式联系，时间自本项目公示之日起"
    "10日内。 环评单位名称：某某环境科技咨询有限公司 联系人：钱工 联系电话：13900001111 "
    "三、建设单位名称和联系方式 建设单位：青禾县某某页岩砖厂 联系人：孙总 联系方式：13800002222 "
    "四、征求公众意见的主要事项 从环保角度出发，您对该项目持有何种态度。\n"
)


def test_a_first_notice_listing_its_consultant_first_gives_the_builders_phone():
    contact = _only(CONSULTANT_FIRST).value("contact")
    assert contact["phone"] == "13800002222"
    assert contact["name"] == "孙总"
    # two contact lines side by side, the consultant's first, are left as printed
    side_by_side = CONSULTANT_FIRST.replace("三、建设单位名称和联系方式 建设单位：", "建设单位：")
    assert _only(side_by_side).value("contact")["phone"] == "13900001111"


# The builder putting its finished report up in full for the public (环办〔2013〕103号), with
# a period for comments: the stage before submission, not a draft's.
FULL_REPORT = (
    "根据《环境影响评价公众参与暂行办法》等相关规定，现将《青禾某某50MW风电项目环境影响报告表》"
    "全本进行公开，以接受公众的监督。项目基本情况如下：\n"
    "1、项目名称：青禾某某50MW风电项目\n"
    "2、建设单位：青禾某某新能源有限公司\n"
    "3、建设地点：青禾县石门镇\n"
    "4、建设单位和联系方式\n建设单位：青禾某某新能源有限公司\n联系人：周明\n"
    "联系电话：13700003333\n"
    "5、环评单位和联系方式\n环评单位：某某环境科技有限公司\n联系人：张工\n电话：0512-5550188\n"
    "6、公众提出意见的起止时间\n自2024年5月6日~2024年5月10日（5个工作日）。\n"
)


def test_a_report_put_up_in_full_by_its_builder_is_before_submission():
    notice = _only(FULL_REPORT)
    assert notice.value("kind") == "eia_pre_submission"
    assert notice.value("window")["ends_on"] == "2024-05-10"


# An aggregator's copy: the authority's title closes with its own day in brackets; the line
# under it is the day the aggregator posted the copy, years later.
BRACKETED_TITLE_DAY = (
    "拟对建设项目环评文件作出审批意见的公示(2023年6月5日)\n"
    "- 2025-01-08\n"
    "根据建设项目环境影响评价审批程序的有关规定，经审查，我局拟对上述建设项目环境影响评价文件"
    "做出审批意见。现将基本情况予以公告。公告期为2023年6月5日至2023年6月9日（5个工作日）。\n"
    "联系电话：0512-5550123\n"
)


def test_a_titles_own_day_in_brackets_dates_the_notice_above_a_reposters_day():
    assert _only(BRACKETED_TITLE_DAY).value("published_on") == dt.date(2023, 6, 5)


# A newspaper's text view breaks a link at a space after a dot, before a label of the host.
SPLIT_HOST = (
    "青禾—某某输电工程环境影响评价信息公告\n"
    "为保障公众环境保护知情权、参与权、表达权和监督权，依据《环境影响评价公众参与办法》，现公开"
    "下列信息，征求与该建设项目环境影响有关的意见。\n"
    "一、环境影响报告书征求意见稿全文网络链接：某某电力公司网站：http://www.hb. example.com.cn\n"
    "二、查阅纸质报告书：某某电力公司（联系电话：027-5550123）\n"
)


def test_a_host_broken_by_a_space_before_one_of_its_labels_is_one_link():
    assert _only(SPLIT_HOST).value("links") == ["http://www.hb.example.com.cn"]
