"""Patterns a two-hundred-and-seventy-ninth fresh set of real notices showed (issue #11:
notices as EIA associations' and provinces' publicity platforms print them, any stage, any
year): each a sentence of behaviour on a text written for the test, modelled on the pattern,
not copied."""

from __future__ import annotations

import datetime as dt

from notices.importer import extract_notices

#: An association board's post as a copy keeps it: the sidebar's contact box over the post (its
#: labels, bilingual, then the board's own phones, mailbox and address), the board's name, the
#: title, then the posting day with the view counter whose label was an icon ("/ :37").
BOARD_POST = (
    "公示登记\n"
    "Information Disclosure\n"
    "联系我们\n"
    "CONTACT US\n"
    "电话:\n"
    "0123-4567001\n"
    "0123-4567002\n"
    "邮箱:\n"
    "BOARD@EXAMPLE.COM\n"
    "地址:\n"
    "某某市某某路100号\n"
    "某某省环保产业协会\n"
    "某某县某某路改建工程环境影响评价公众参与第二次信息公示\n"
    "2021-05-10 / :37\n"
    "我单位委托某某环境科技有限公司承担了某某县某某路改建工程的环境影响评价工作，目前该项目环境"
    "影响报告书征求意见稿已编制完成，现进行公众参与第二次公示。\n"
    "一、环境影响报告书征求意见稿全文及查阅纸质报告书的方式和途径\n"
    "征求意见稿全文见附件。\n"
)


#: Another board's post set on the same page: a report table put up in full, its posting line
#: first.
NEXT_POST = (
    "发稿时间:2022-3-8\n"
    "建设单位根据环保部《关于印发〈建设项目环境影响评价政府信息公开指南(试行)〉的通知》等有关"
    "规定，为充分了解某某包装材料有限公司周边各界对该项目建设的意见，现对该项目环境影响报告表"
    "(全本)进行公示，并征求公众意见。公示期为公示之日起2个工作日。\n"
    "一、建设单位名称和联系方式\n"
    "建设单位:某某包装材料有限公司\n"
    "联系人:某某\n"
    "联系电话:0123-5550001\n"
    "电子邮箱:someone@example.com\n"
)


def test_a_board_posts_day_under_the_title_counts_past_the_sidebars_contact_box():
    # the box is the board's furniture, not the notice's opening: the day printed alone under
    # the title, with its counter, is the day the notice went up, whatever the page sets after it
    notices = extract_notices(BOARD_POST + "\n" + NEXT_POST).proposals
    assert [n.value("kind") for n in notices] == ["eia_draft_comment", "eia_pre_submission"]
    assert notices[0].value("published_on") == dt.date(2021, 5, 10)
    assert notices[1].value("published_on") == dt.date(2022, 3, 8)
    # (and the box's own numbers are the board's, not the notice's contact)
    assert (notices[0].value("contact") or {}).get("phone") is None
