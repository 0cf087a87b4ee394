"""Patterns a two-hundred-and-thirty-eighth fresh set of real notices showed (issue #11:
hazardous and solid waste operators and recyclers, 2017-2024): each a sentence of behaviour on
a text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

from notices.importer import extract_notices
from tests.importer.proposals import only as _only

# a news site's copy whose title the site cut short ("…第二次公"), the body naming the report
# book in its public version
REPORT_BOOK_PUBLIC_VERSION = (
    "您当前的位置:网站首页 > 资讯频道 > 正文阅读\n"
    "【某市】某某再生资源有限公司年收集2万吨废机油项目环境影响评价第二次公\n"
    "2031-06-02 09:15  某某日报  字号:T|T\n"
    "某某再生资源有限公司年收集2万吨废机油项目环境影响报告书(公示稿)信息公告如下:\n"
    "一、项目概况\n"
    "项目租用某某县某某镇工业园厂房，建设废机油收集暂存库一座，不涉及加工。\n"
    "二、项目对环境的可能影响及减缓对策和措施\n"
    "项目正常运行时无生产废水产生，事故废水收集后作为危险废物处置。\n"
)


def test_a_report_book_put_up_in_its_public_version_is_a_draft_comment_notice():
    # the interim measures' second notice: the report book "（公示稿）" set out below, though
    # the title lost its last character and the text gives no contact
    notice = _only(REPORT_BOOK_PUBLIC_VERSION)
    assert notice.value("kind") == "eia_draft_comment"


def test_a_report_table_in_its_public_version_is_no_draft_comment_notice():
    # a report table has no draft stage: its public version is not read as one
    text = REPORT_BOOK_PUBLIC_VERSION.replace("报告书(公示稿)", "报告表(公示稿)")
    kinds = [p.value("kind") for p in extract_notices(text).proposals]
    assert "eia_draft_comment" not in kinds


# an authority's announcement of an approval, the approval letter attached below it
DECISION_ANNOUNCED_WITH_LETTER = (
    "1.根据建设项目环境影响评价审批程序的有关规定，现将“某某废旧物资回收利用项目环境影响"
    "报告表的批复”予以公告。\n"
    "2.行政复议与行政诉讼权利告知:依据《中华人民共和国行政复议法》和《中华人民共和国行政诉讼法》，"
    "公民、法人或者其他组织认为公告的建设项目环境影响评价文件审批决定侵犯其合法权益的，"
    "可以自公告期限届满之日起六十日内提起行政复议，也可以自公告期限届满之日起六个月内提起"
    "行政诉讼。\n"
    "3.公众反馈意见的联系方式:某某市生态环境局某某分局环评股，联系电话:0123-7654321\n"
    "附:\n"
    "某环审〔2032〕12号\n"
    "关于某某废旧物资回收利用项目环境影响报告表的批复\n"
    "某某再生资源有限公司:\n"
    "你单位报送的《某某废旧物资回收利用项目环境影响报告表》收悉，经研究，现批复如下:\n"
    "一、项目位于某某镇某某村，年回收利用废旧物资1万吨。我局同意本项目建设。\n"
)


def test_a_decision_letter_put_up_by_an_announcement_above_it_is_that_decision_notice():
    notice = _only(DECISION_ANNOUNCED_WITH_LETTER)
    assert notice.value("kind") == "eia_decision"
    assert notice.value("contact")["phone"] == "0123-7654321"


def test_the_decision_letter_alone_under_its_own_title_is_still_no_notice():
    # the letter posted under its title, nothing above it putting it up and no period
    letter = DECISION_ANNOUNCED_WITH_LETTER.split("附:\n", 1)[1]
    assert extract_notices(letter).proposals == ()


def test_the_company_whose_report_a_sentence_sets_out_is_the_issuer_branch_and_all():
    # "X分公司年回收…项目环境影响报告书（公示稿）信息公告如下": the builder's own report
    text = REPORT_BOOK_PUBLIC_VERSION.replace(
        "某某再生资源有限公司年收集2万吨废机油项目环境影响报告书",
        "某某再生资源有限公司某县分公司年收集2万吨废机油项目环境影响报告书",
    )
    notice = _only(text)
    assert notice.value("issuer") == "某某再生资源有限公司某县分公司"


def test_the_ministry_named_as_the_author_of_a_circular_cited_is_no_issuer():
    # "根据…有关规定及生态环境部关于印发《…指南（试行）》的通知要求": the ministry wrote the
    # circular the notice follows; the bureau that answers the public issues it
    text = DECISION_ANNOUNCED_WITH_LETTER.replace(
        "审批程序的有关规定，",
        "审批程序的有关规定及生态环境部关于印发《建设项目环境影响评价政府信息公开指南（试行）》"
        "的通知要求，",
    )
    notice = _only(text)
    assert notice.value("issuer") == "某某市生态环境局某某分局"
