"""Patterns a two-hundred-twenty-ninth fresh set showed (issue #11: damaged copies as users meet
them, Traditional-character mirrors, forum reposts, aggregators' redacted copies; the store held
no unused notice, only a consultancy's spam page explaining the procedure): each a sentence of
behaviour on a text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

from notices.importer import extract_notices
from tests.importer.proposals import only as _only

_PROCEDURE_RESTATED = (
    "某某环评咨询【某某】\n"
    "环境影响评价的工作程序\n"
    "批准与公告\n"
    "对经审查通过的建设项目环境影响报告书表，生态环境部---作出予以批准的决定，并书面通知建设单位。\n"
    "生态环境部应当自作出环境影响报告书表审批决定之日起七个工作日内，在生态环境部网站向社会公告"
    "审批决定全文，并告知建设单位提起行政复议和行政诉讼的权利和期限。\n"
    "生态环境部审批环境影响报告书的期限，---不超过六十日；审批环境影响报告表的期限，不超过三十日。\n"
    "联系时请说明是在某某网上看到的此信息，谢谢！\n"
)


def test_a_page_restating_the_authoritys_review_limits_and_duty_to_publish_is_no_notice():
    # (the law's time limit for a review and the duty counted from the decision: no window of
    # its own, no project, no number to call)
    assert not extract_notices(_PROCEDURE_RESTATED).proposals


def test_a_decision_notice_that_gives_its_own_period_and_number_is_still_read():
    page = (
        "某某市生态环境局关于某某项目环境影响报告表审批决定的公告\n"
        "根据建设项目环境影响评价审批程序的有关规定，经审查，我局于2023年3月1日对某某有限公司"
        "某某项目环境影响报告表作出审批决定。现将审批决定予以公告，公告期为2023年3月2日至2023年"
        "3月8日（5个工作日）。\n"
        "联系电话：0571-88880000\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_decision"
    assert notice.value("window")["ends_on"] == "2023-03-08"
