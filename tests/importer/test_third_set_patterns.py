"""Patterns a third fresh set of real notices showed (issue #11): each a sentence of behaviour
on a text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

from notices.importer import extract_notices
from notices.importer.contacts import find_contact
from notices.importer.kinds import classify
from notices.importer.links import find_links
from notices.importer.parties import clean_org
from notices.importer.segment import not_a_notice
from notices.importer.text import Page
from notices.importer.windows import find_window


def test_a_phone_labelled_phone_and_fax_is_the_contact_phone():
    for label in ("联系电话兼传真", "电话和传真", "电话及传真"):
        found = find_contact(f"{label}：028-86123456\n通讯地址：某某路1号")
        assert found["phone"].value == "028-86123456", label
    assert "phone" not in find_contact("传真：028-86123456")


def test_a_websites_customer_service_hotline_is_not_the_notices_contact():
    page = (
        "您好，欢迎来到某某高速集团官网\n客服热线：12345或96000\n"
        "某某高速公路环境影响报告书（征求意见稿）公示\n"
        "根据《环境影响评价公众参与办法》，现对报告书征求意见稿进行公示。公众可在公示后的"
        "10个工作日内提出意见。\n建设单位：某某高速公路建设开发有限公司\n联系人：丁工\n"
        "电话：13912345678\n某某高速公路建设开发有限公司\n2025年3月3日\n"
    )
    proposals = extract_notices(page).proposals
    assert len(proposals) == 1
    assert proposals[0].value("contact")["phone"] == "13912345678"


def test_shares_bought_back_and_cancelled_are_a_capital_reduction():
    title = "某某科技股份有限公司关于回购注销部分限制性股票通知债权人的公告"
    assert classify(title, "公司对其已获授但尚未解除限售的限制性股票进行回购注销。")[0] == (
        "capital_reduction"
    )


def test_dates_run_into_the_front_of_an_issuers_name_are_dropped():
    assert clean_org("年12月19日-2024年12月31日某某市永安生态环境局") == "某某市永安生态环境局"
    assert clean_org("2024年5月7日某某县环境保护局") == "某某县环境保护局"
    assert clean_org("某某日用化工有限公司") == "某某日用化工有限公司"


def test_a_section_number_on_the_next_line_is_not_part_of_a_bare_link():
    page = Page("查阅网址：http://www.example-water.com\n1.2查阅纸质报告书的方式和途径：")
    found = [url for url, _, _ in find_links(page.rejoin(0, page.line_count() - 1))]
    assert found == ["http://www.example-water.com"]


def test_a_hearing_right_within_days_is_not_the_comment_period():
    text = (
        "如有异议，请在自本公告发布之日起5个工作日内反馈我局环评科。\n"
        "听证告知：依据《中华人民共和国行政许可法》，自公示起5日内申请人、有重大利益关系的"
        "利害关系人可对以下拟作出的建设项目环境影响评价文件批复决定要求听证。"
    )
    window = find_window(text)
    assert window is not None
    assert (window.value["length"], window.value["unit"]) == (5, "working_days")


def test_a_question_heading_or_a_dictionary_entry_is_an_explainer():
    assert not_a_notice(
        "环评审批公示期一般是多久？\n建设项目环评审批前需要公示，拟批准公示为5个工作日。"
    )
    assert not_a_notice(
        "减资公告释义 |\n公司应当自作出减少注册资本决议之日起十日内通知债权人。"
        "【本文关联的相关法律依据】《中华人民共和国公司法》"
    )
    assert not not_a_notice("某某项目环境影响报告书征求意见稿公示\n公示期为10个工作日。")


def _epaper(issue_line: str) -> str:
    return (
        f"{issue_line}\n"
        "根据《环境影响评价公众参与办法》等相关规定，现将某某污水处理厂扩建工程环境影响报告书"
        "征求意见稿公示如下：公众可在公示时间内将意见表提交建设单位。\n"
        "建设单位：某某水务有限公司\n联系电话：0818-5123456\n公示时间：见报之日起十个工作日内\n"
        "2024年3月7日\n"
    )


def test_an_e_paper_issue_line_dates_a_notice_signed_the_day_before():
    proposals = extract_notices(_epaper("版次：03 作者：2024年3月8日")).proposals
    assert len(proposals) == 1
    assert proposals[0].value("published_on").isoformat() == "2024-03-08"


def test_an_issue_line_dated_before_the_signature_does_not_date_the_notice():
    proposals = extract_notices(_epaper("版次：03 作者：2024年3月1日")).proposals
    assert proposals[0].value("published_on").isoformat() == "2024-03-07"
