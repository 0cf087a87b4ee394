"""Patterns a hundred-twenty-sixth fresh set of real notices showed (issue #11: the later
builder stages, draft comment and first notices, copied by mirror sites): each a sentence of
behaviour on a text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

from notices.importer import extract_notices
from tests.importer.proposals import only as _only


def test_a_draft_notice_whose_copy_lost_every_figure_is_still_a_call_for_comments():
    # a mirror that deletes every Latin letter and figure: the phone keeps its dash, the
    # e-mail its @ and dot, the period its 年月日 (here under another item of the page)
    page = (
        "答：按分类管理名录，年出栏生猪规模以上的养殖场需要编制报告书。来源：某某网\n"
        "\n"
        "（一）环境影响报告书征求意见稿全文的网络链接及查阅纸质报告书的方式和途径\n"
        "征求意见稿全文见附件；\n"
        "查阅纸质报告书的方式和途径：到建设单位现场查阅纸质报告。\n"
        "联系电话:-;传真:-;邮箱:@.;地址:某某市某某区某某大道号某某大厦座\n"
        "（二）征求意见的公众范围\n"
        "本次评价范围内的公民、法人和其他组织。\n"
        "（三）公众意见表见附件；\n"
        "（四）公众提出意见的方式和途径\n"
        "信函、传真、电子邮件或电话，具体联系方式见第（一）条。\n"
        "（五）公众提出意见的起止时间\n"
        "年月日至年月日\n"
        "附件-某某化工项目环评征求意见稿.\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_draft_comment"
    assert "phone" not in (notice.value("contact") or {})


def test_a_blank_template_whose_phone_label_is_empty_stays_no_notice():
    page = (
        "根据《环境影响评价公众参与办法》的规定，现将某某项目环境影响报告书征求意见稿进行公示。\n"
        "一、征求意见稿全文的网络链接：见附件。\n"
        "二、公众提出意见的方式和途径：公众可通过信函、电子邮件向建设单位提出意见。\n"
        "联系人：\n"
        "联系电话：\n"
        "三、公众提出意见的起止时间：年月日至年月日。\n"
    )
    assert extract_notices(page).proposals == ()
