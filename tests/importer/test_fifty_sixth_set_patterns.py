"""Patterns a fifty-sixth fresh set of real notices showed (issue #11: EIA notices chosen for
their contacts and links, as builders, platforms, forums and mirrors print them): each a
sentence of behaviour on a text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

import datetime as dt

from notices.importer import extract_notices
from tests.importer.proposals import only as _only

# A builder's pre-submission notice that names the day it puts itself up and sums up the
# participation so far ("期间未收到…意见"): no title, no signature, a share link and a phone.
_PRE_SUBMISSION_WITH_RECAP = (
    "一、公示内容与日期\n"
    "根据《中华人民共和国环境影响评价法》及《环境影响评价公众参与办法》相关规定，现于2025年"
    "3月12日，对该项目环境影响报告书全文及公众参与说明进行报批前公示。\n"
    "本次公示内容主要包括：\n"
    "1.《青禾储能电站项目环境影响报告书》全文；\n"
    "2.《青禾储能电站项目环境影响评价公众参与说明》\n"
    "我单位在报告编制阶段已依法开展公众参与工作，期间未收到与本项目环境影响和环境保护措施"
    "相关意见或建议。\n"
    "二、查阅方式\n"
    "报告全文及公众参与说明电子版详见以下链接：\n"
    "https://pan.baidu.com/s/1AbCdEfGhIjKlMnOpQrStUv 提取码：q7w8\n"
    "联系人：罗工\n"
    "联系电话：13900001111\n"
)


def test_a_pre_submission_notice_that_recaps_the_participation_so_far_is_still_a_notice():
    proposal = _only(_PRE_SUBMISSION_WITH_RECAP)
    assert proposal.value("kind") == "eia_pre_submission"
    assert proposal.value("contact")["phone"] == "13900001111"


def test_the_day_a_notice_says_it_puts_itself_up_is_its_publication_date():
    assert _only(_PRE_SUBMISSION_WITH_RECAP).value("published_on") == dt.date(2025, 3, 12)


# A participation statement recounting a past window is still no notice.
_RECAP_ONLY = (
    "青禾储能电站项目环境影响评价公众参与说明\n"
    "我单位于2025年1月6日在网站发布了第一次公示，公示期间未收到公众意见。2025年2月10日发布"
    "了征求意见稿公示，公示期间未收到与本项目环境影响有关的意见和建议。\n"
    "联系电话：13900001111\n"
)


def test_a_statement_that_only_recounts_past_windows_is_still_not_a_notice():
    assert extract_notices(_RECAP_ONLY).proposals == ()


# A builder's web item: its posting date alone on the first line, then its title broken over
# two lines, a body with a working-day window counted from the day of the notice.
_DATE_ABOVE_TITLE = (
    "2021-04-07\n"
    "北湾市第二人民医院项目\n"
    "环境影响评价第二次公示\n"
    "根据《环境影响评价公众参与办法》，现将北湾市第二人民医院项目环境影响评价相关事宜公告"
    "如下。\n"
    "一、环境影响报告书征求意见稿网络链接：https://pan.baidu.com/s/1ZyXwVuTsRqPoNmLkJiHgFe\n"
    "二、公众提出意见的方式和途径：公众可以寄信、电话、邮件等方式向建设单位提出。\n"
    "建设单位联系人：何主任\n"
    "联系电话：18800002222\n"
    "三、公众提出意见的起止时间：公告之日起十个工作日内。\n"
)


def test_a_posting_date_printed_alone_above_the_title_dates_the_notice():
    proposal = _only(_DATE_ABOVE_TITLE)
    assert proposal.value("published_on") == dt.date(2021, 4, 7)


# A consultant's site: the breadcrumb, then the column's name on its own line, then the title
# naming the builder, then the posting line.
_COLUMN_NAME_OVER_TITLE = (
    "您现在的位置 : 首页 > 公示通知\n"
    "公示通知\n"
    "南溪新材料有限公司年产5000吨涂层布项目环境影响报告书征求意见稿公示\n"
    "发布：admin 发布时间：2021-06-15 浏览：301次\n"
    "南溪新材料有限公司年产5000吨涂层布项目环境影响报告书征求意见稿现已完成，根据《环境影响"
    "评价公众参与办法》公开下列信息，征求与本建设项目环境影响有关的意见：\n"
    "一、报告书征求意见稿见附件。\n"
    "二、公众可以通过信函、电子邮件等方式提交公众意见表。电子邮箱：nanxi2021@126.com\n"
    "三、公众可在本项目公示之日起10个工作日内提出意见。\n"
)


def test_a_column_name_above_the_title_is_not_part_of_the_title_or_the_issuer():
    proposal = _only(_COLUMN_NAME_OVER_TITLE)
    assert proposal.value("title").startswith("南溪新材料有限公司")
    assert proposal.value("issuer") == "南溪新材料有限公司"
