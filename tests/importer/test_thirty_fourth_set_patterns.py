"""Patterns a thirty-fourth fresh set of real notices showed (issue #11: newspaper and
e-paper reposts of statutory notices): each a sentence of behaviour on a text written for the
test, modelled on the pattern, not copied."""

from __future__ import annotations

from notices.importer import extract_notices
from tests.importer.proposals import only as _only


def test_a_party_inspection_report_naming_its_last_day_for_letters_without_the_verb_is_a_window():
    page = (
        "截至10月8日，十二届区委第五轮巡察完成进驻。本轮巡察共组建3个巡察组，分别对区农业农村局"
        "党组、区文旅局党组、东湖街道党工委开展常规巡察。巡察期间，巡察组设专门手机号码、邮政信箱、"
        "电子邮箱和“码上巡察”信访举报平台（具体见附表），信访截止时间为2026年11月20日，"
        "信件以邮戳标注的发信日期为准。\n"
        "根据巡察工作职责，巡察组主要受理反映被巡察单位领导班子及其成员问题的来信来电来访。\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "other"
    assert notice.value("window")["ends_on"] == "2026-11-20"


def test_a_report_about_letters_already_received_sets_no_window():
    page = (
        "截至10月8日，十二届区委第五轮巡察共收到信访举报46件，其中来信20件、来电26件，"
        "已按规定转交有关部门处理。\n"
    )
    assert not extract_notices(page).proposals


_DRAFT_NOTICE = (
    "某某城投建设有限公司委托某某环保技术有限公司编制的《某某河综合整治工程环境影响报告书》已形成"
    "征求意见稿。根据《环境影响评价公众参与办法》有关规定,现对征求意见稿进行公示,欢迎公众提出意见。\n"
    "意见提交单位:某某城投建设有限公司\n联系人:王先生\n联系电话:13900001111\n"
    "(五)公众提出意见的起止时间。\n自公示之日起十个工作日。即2026年3月2日——2026年3月13日\n"
    "某某城投建设有限公司\n2026年3月2日\n"
    "《某某河综合整治工程环境影响报告书》征求意见稿公众参与信息公开\n"
)
_STEPS = (
    "在公示系统填报注销信息;\n"
    "Fill in the deregistration details online.\n"
    "发布简易注销公告(公告期为20天),期满无人提出异议即可进入下一步;\n"
    "Publish the simplified deregistration announcement (20 days).\n"
    "20天公告期内办结税务注销;\n"
    "Close the tax registration within the 20 days.\n"
    "申请简易注销登记;\n"
    "Apply for simplified deregistration.\n"
    "领取注销通知书。\n"
    "Collect the notice of deregistration.\n"
    "Note!\n"
    "成立清算组,对企业财产进行清理;\n"
    "Set up a liquidation group to clear the property.\n"
    "登报发布清算组备案和债权人公告(公告期为45天);\n"
    "Publish the notice to creditors in a newspaper (45 days).\n"
    "办结税务注销和社保注销;\n"
    "Close the tax and social insurance registrations.\n"
    "45天公告期满后申请一般注销登记;\n"
    "Apply for deregistration after the 45 days.\n"
)


def test_the_steps_of_a_procedure_an_explainer_lists_under_a_notice_are_no_notice():
    # no title, no party, no company, no day, no contact, no link: nothing a reader could
    # trace to a notice someone published, though it speaks of 公告期 and 清算组
    page = _DRAFT_NOTICE + "\n" + _STEPS
    notice = _only(page)
    assert notice.value("kind") == "eia_draft_comment"
    assert notice.value("issuer") == "某某城投建设有限公司"
