"""Patterns a fifty-fifth fresh set of real notices showed (issue #11: notices placed among
news, commentary, explainers and case write-ups, a precision set): each a sentence of
behaviour on a text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

from notices.importer import extract_notices

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
