"""Patterns a forty-third fresh set of real notices showed (issue #11: EIA publicity of the old
regime, the 2006 interim measures, as web copies, forum posts, mirrors and aggregators): each a
sentence of behaviour on a text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

from notices.importer import extract_notices
from notices.importer.kinds import classify
from notices.importer.text import readable
from tests.importer.proposals import only as _only

# A first notice as a Traditional-character mirror prints it (most characters outside GB2312).
_TRADITIONAL_FIRST = (
    "灣頭鎮環保建材廠項目環境影響評價第一次公示\n"
    "根據《環境影響評價公眾參與暫行辦法》的有關規定，現將項目環境影響評價信息公示如下：\n"
    "一、建設項目名稱及概要\n"
    "項目名稱：灣頭鎮環保建材廠項目，建設地點：灣頭鎮東側，年產環保磚三萬塊。\n"
    "二、建設單位名稱和聯繫方式\n"
    "建設單位：灣頭鎮綠源建材有限責任公司\n"
    "聯繫人：鄭工 聯繫電話：0516-83307215\n"
    "三、環境影響評價機構的名稱和聯繫方式\n"
    "評價單位：東嶺環境諮詢有限公司 聯繫電話：0516-83307290\n"
    "四、公眾提出意見的主要方式\n"
    "公眾可以信函、傳真、電子郵件等方式向建設單位或評價單位提交書面意見。\n"
)


def test_a_traditional_character_page_is_readable_text_not_mojibake():
    assert readable(_TRADITIONAL_FIRST)
    proposal = _only(_TRADITIONAL_FIRST)
    assert proposal.value("kind") == "eia_first"
    assert proposal.value("contact")["phone"] == "0516-83307215"


def test_a_first_notice_cut_to_its_work_programme_and_period_is_still_a_first_notice():
    # a repost that starts at item 5 of an interim-measures first notice: the work programme
    # (art. 8 (4)) is what only a first notice prints, so its period does not make it a draft
    # notice
    body = (
        "5.环境影响评价工作程序和主要工作内容\n"
        "本次环评将进行建设地区的环境现状调查和环境影响预测与评价。\n"
        "6.征求公众意见的主要事项\n"
        "对本项目建设的情况进行公示，以便了解社会公众对本工程建设的态度及意见和建议。\n"
        "7.公众提出意见的主要方式\n"
        "公众可向建设单位、评价机构发送电子邮件、传真、信函发表意见。\n"
        "8.信息发布有效期限\n"
        "信息发布有效期限为本公告发布之日起10个工作日内。\n"
    )
    assert classify(None, body, has_window=True)[0] == "eia_first"


def test_the_owner_unit_is_the_builder_who_issues_the_notice():
    page = (
        "青石县城区供水规划环境影响评价公众参与第二次公示\n"
        "规划环境影响报告书在报送环境保护行政主管部门审查前，向公众公告报告书的简要内容。\n"
        "公众可以在本公告公示之日起10个工作日内下载环评报告征求意见稿并提出意见。\n"
        "业主单位:青石县水务管理局\n"
        "联系人:韩工 电 话:0731-86601452\n"
        "评价机构:湘中环保工程有限公司\n"
    )
    assert _only(page).value("issuer") == "青石县水务管理局"


def test_a_builder_named_in_brackets_among_those_to_ask_issues_the_notice():
    page = (
        "二、索取报告书简本和补充信息的方式和期限 公众可在本网站下载报告书简本或者向建设单位"
        "(青河公路养护中心)、评价单位索取补充信息。联系人:贺工,联系电话:0418-2851347 "
        "三、公众提出意见的起止时间 公众可在本项目公示之日起10日内,向环评机构提出意见。\n"
    )
    assert _only(page).value("issuer") == "青河公路养护中心"


def test_an_address_whose_name_a_reposter_redacted_is_no_contact():
    page = (
        "北川县城区环卫设施规划环境影响评价公众参与第二次公示\n"
        "公众可以在本公告公示之日起10个工作日内查阅环境影响报告书的征求意见稿并提出意见。\n"
        "业主单位:北川县城市管理局\n"
        "联系人:马工 电 话:*********** Email:********7@qq.com\n"
    )
    assert "email" not in (_only(page).value("contact") or {})


def test_an_announcement_issuing_rules_is_not_a_notice():
    page = (
        "关于发布《建设项目环境信息公开格式要求》的公告\n"
        "为进一步加大环境影响评价公众参与和政务信息公开力度，自2013年3月1日起，建设单位向各级"
        "环保部门报送环境影响报告书，应同时提交公开文本；各级环保部门在本部门网站上公示项目受理"
        "情况，应同时公布公开文本，并附审批部门联系人及联系方式。现予发布。\n"
        "特此公告。\n"
        "某某省环境保护厅\n"
        "2013年1月20日\n"
    )
    assert extract_notices(page).proposals == ()
