"""Patterns a two-hundred-and-eighty-fourth fresh set of real notices showed (issue #11:
leather and rubber works, tanneries, tyres, rubber goods and latex gloves, any stage, any
year): each a sentence of behaviour on a text written for the test, modelled on the pattern,
not copied."""

from __future__ import annotations

import datetime as dt

from notices.importer import extract_notices

#: A builder's second notice copied from its site and cut off at a section's heading, the last
#: words of the heading lost with the rest of the page.
CUT_AT_A_HEADING = (
    "年产50万条某某轮胎智能制造项目环境影响评价征求意见稿公示\n"
    "根据《中华人民共和国环境影响评价法》以及《环境影响评价公众参与办法》的有关规定，为充分了解"
    "公众对“年产50万条某某轮胎智能制造项目”的意见及建议，现将拟建项目环评征求意见稿进行公示。\n"
    "一、建设项目情况简述\n"
    "1、项目名称：年产50万条某某轮胎智能制造项目；\n"
    "2、建设单位：某某轮胎股份有限公司；\n"
    "二、征求意见的公众范围\n"
    "项目周边的公民、法人和其他组织。\n"
    "三、公众意见表的网络链\n"
)

#: The next item on the page: another builder's first notice as a web page prints it, with no
#: title, its posting time (day and clock) over the first sentence.
POSTED_UNDER_A_CLOCK = (
    "时间:2031-03-03 09:15:20\n"
    "根据《环境影响评价公众参与办法》要求，特发布以下公告：\n"
    "一、建设项目名称及概要\n"
    "项目名称：某某橡胶制品有限公司年产100万套橡胶密封件扩建项目\n"
    "建设单位：某某橡胶制品有限公司\n"
    "建设地点：某某县经济开发区某某路北现有厂区内\n"
    "项目概况：利用现有炼胶车间和成型车间扩建一条密封件生产线，不新增用地。\n"
    "二、建设单位名称及联系方式\n"
    "建设单位：某某橡胶制品有限公司\n"
    "联系人：某某 联系电话：13900001234\n"
    "三、承担环评工作的评价机构\n"
    "环评机构：某某环保咨询有限公司\n"
    "联系人：某工 联系电话：0123-5550002\n"
    "四、公众意见表的网络链接\n"
    "http://www.example.cn/form.html\n"
)


def test_a_posting_time_over_a_body_starts_a_notice_under_one_cut_at_a_heading():
    # no section of the notice cut above goes on under a web page's clock time: the body under
    # it is the next item, with its own day, builder and number
    notices = extract_notices(CUT_AT_A_HEADING + "\n" + POSTED_UNDER_A_CLOCK).proposals
    assert [n.value("kind") for n in notices] == ["eia_draft_comment", "eia_first"]
    assert notices[0].value("published_on") is None
    assert (notices[0].value("contact") or {}).get("phone") is None
    assert notices[1].value("issuer") == "某某橡胶制品有限公司"
    assert notices[1].value("published_on") == dt.date(2031, 3, 3)
    assert notices[1].value("contact")["phone"] == "13900001234"


#: An authority's pre-approval notice as a bidding aggregator re-posts it: every name masked,
#: the office to contact only by the tail the mask left of it.
MASKED_OFFICE = (
    "根据建设项目环境影响评价审批程序的有关规定，经审议，我局拟对建设项目环境影响报告书（表）"
    "进行审查。为保证此次审查工作的严肃性和公正性，现将拟审查环境影响评价文件的基本情况予以公示。"
    "公示期：从即日起，5个工作日。\n"
    "联系电话：0123-****0001（******服务中心环评窗口）\n"
    "通讯地址：**省**市**区某某路18号\n"
    "联系单位：****开发区行政审批局\n"
    "听证告知：依据《中华人民共和国行政许可法》，自公示之日起5个工作日内本行政许可申请人、"
    "利害关系人可提出书面听证申请。\n"
    "项目名称：****公司扩建年产橡胶制品500万件项目\n"
    "建设单位：****公司\n"
)


def test_an_office_whose_name_a_re_poster_masked_at_its_start_is_no_issuer():
    # "****开发区行政审批局" is what the mask left of a name, not the name: the notice names no
    # issuer the reader could write to
    notices = extract_notices(MASKED_OFFICE).proposals
    assert [n.value("kind") for n in notices] == ["eia_pre_approval"]
    assert notices[0].value("issuer") is None


#: A builder's first notice cut before its form's link, no title, no period: its item for the
#: assessing body in a builder's short words.
FIRST_NOTICE_SHORT_ITEMS = (
    "根据《环境影响评价公众参与办法》要求，特发布以下公告：\n"
    "一、建设项目名称及概要\n"
    "项目名称：某某胶管有限公司年产200万米橡胶软管技改项目\n"
    "建设单位：某某胶管有限公司\n"
    "项目概况：在现有厂区内更换硫化设备，产能不变。\n"
    "二、建设单位名称及联系方式\n"
    "联系人：某某 联系电话：13900005678\n"
    "三、承担环评工作的评价机构\n"
    "环评机构：某某环境科技有限公司\n"
)


def test_an_untitled_notice_naming_who_carries_out_the_assessment_is_a_first_notice():
    # "承担环评工作的评价机构" is the first notice's item for the assessing body (Measures art. 9
    # (3)) as builders word it: with the project's outline and no period, the first notice
    notices = extract_notices(FIRST_NOTICE_SHORT_ITEMS).proposals
    assert [n.value("kind") for n in notices] == ["eia_first"]
    assert notices[0].value("issuer") == "某某胶管有限公司"
