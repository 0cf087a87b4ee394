"""Patterns a hundred-and-thirty-fifth fresh set of real notices showed (issue #11: newspaper
e-paper text, several items of a notice column printed together with single line breaks):
each a sentence of behaviour on a text written for the test, modelled on the pattern, not
copied."""

from __future__ import annotations

import datetime as dt

from notices.importer import extract_notices
from tests.importer.proposals import only as _only

FORUM_ONE_LINE = (
    "本帖最后由 某某 于 2011-5-6 10:20 编辑\n"
    "关于 “某某塑料制品有限公司建设项目环境影响报告表” 第一次公示信息 一、建设项目的名称及概要 "
    "某某塑料制品有限公司位于某某市某某镇，属于新建项目，主要从事塑料制品的加工生产。 "
    "二、征求公众意见的主要事项 1.对项目的情况了解多少？ 2.是否同意该项目的建设？ "
    "三、公众提出意见的主要方式 公众可采取电子邮件、电话等方式提出意见。 现公示10天。 "
    "公示日期：2011年4月8日-4月18日 建设单位联系人：李生 联系方式：13800000000\n"
    "邮箱：moumou@163.com 某某塑料制品有限公司 2011年4月8日 |\n"
)

REVOCATION = (
    "关于撤销某环批字〔2021〕20号文件的公告\n"
    "来源：县环保局 2021-06-03 16:20\n"
    "根据某某县某某水务有限公司《关于申请撤销某某供水工程环境影响报告表批复的函》的要求，"
    "我局决定撤销某某供水工程环境影响报告表的批复文件（某环批字〔2021〕20号），该文件及其"
    "复印件均不具备法律效力。\n"
    "特此公告。\n"
    "2021年6月3日\n"
)


def test_a_signature_run_onto_the_line_after_the_email_names_the_issuer_and_its_day():
    notice = _only(FORUM_ONE_LINE)
    assert notice.value("kind") == "eia_first"
    assert notice.value("issuer") == "某某塑料制品有限公司"
    assert notice.value("published_on") == dt.date(2011, 4, 8)
    assert notice.value("contact")["email"] == "moumou@163.com"


def test_a_signature_run_on_after_the_last_phone_still_names_the_issuer():
    page = FORUM_ONE_LINE.replace(
        "\n邮箱：moumou@163.com 某某塑料制品有限公司", " 电话：0000-5550000 某某塑料制品有限公司"
    )
    notice = _only(page)
    assert notice.value("issuer") == "某某塑料制品有限公司"
    assert notice.value("published_on") == dt.date(2011, 4, 8)


def test_an_authoritys_notice_that_it_has_revoked_an_approval_is_no_notice():
    assert extract_notices(REVOCATION).proposals == ()


def test_a_proposed_revocation_put_up_for_objections_with_a_period_is_still_a_notice():
    page = (
        "关于拟撤销某某项目环境影响报告表批复的公示\n"
        "某某有限公司某某项目环境影响报告表批复（某环审〔2022〕8号）自批准之日起已超过五年，"
        "项目未开工建设，我局拟撤销该批复，撤销后该文件不再具有法律效力。现予以公示，公示期为"
        "2024年5月6日至2024年5月10日（5个工作日）。如有异议，请于公示期内向我局反映。\n"
        "联系电话：0000-1234567\n"
        "某某市生态环境局\n"
        "2024年5月6日\n"
    )
    notice = _only(page)
    assert notice.value("window")["ends_on"] == "2024-05-10"


def test_a_revocation_printed_under_a_notice_in_one_column_leaves_only_the_notice():
    page = (
        "某某化工有限公司年产2万吨涂料项目环境信息公示\n"
        "2021-04-08 12:09  某某日报\n"
        "根据《环境影响评价公众参与办法》（生态环境部令第4号）的要求，某某化工有限公司年产2万吨"
        "涂料项目环境信息公示如下：\n"
        "一、环境影响报告书征求意见稿全文可通过http://www.example.cn/eia/17查阅。\n"
        "二、公众可通过电子邮件、电话或者信函等方式发表意见。邮箱：hg@example.cn；"
        "电话：0000-3330000。\n"
        "三、公众提出意见的起止时间：自公示之日起10个工作日。特此公告\n"
        "某某化工有限公司\n"
        "2021年4月6日\n"
        "点击阅读全文\n" + REVOCATION
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_draft_comment"
    assert notice.value("issuer") == "某某化工有限公司"
    assert notice.value("published_on") == dt.date(2021, 4, 8)
