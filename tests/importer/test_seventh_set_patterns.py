"""Patterns a seventh fresh set of real notices showed (issue #11): each a sentence of behaviour
on a text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

import datetime as dt

from notices.importer import extract_notices

#: A draft-report notice as a mirror site prints it after converting it to Traditional
#: characters.
_TRADITIONAL_DRAFT = (
    "某某市某某環保材料有限公司年產五萬噸某某材料項目環境影響報告書（征求意見稿）公示\n"
    "根據《環境影響評價公眾參與辦法》（生態環境部令第4號）的要求，現將本項目環境影響報告書"
    "征求意見稿進行公示。\n"
    "一、征求意見稿全文的網絡鏈接：https://pan.baidu.com/s/1AbCdEfGhIjKlMnOp\n"
    "二、公眾提出意見的方式和途徑：公眾可通過信函、電子郵件向建設單位提交意見。\n"
    "建設單位：某某市某某環保材料有限公司\n"
    "聯繫電話：0791-8123456\n"
    "三、公眾提出意見的起止時間：自本公示發佈之日起10個工作日內。\n"
    "某某市某某環保材料有限公司\n"
    "2024年5月6日"
)


def test_a_notice_printed_in_traditional_characters_is_read_and_its_issuer_kept_as_printed():
    proposals = extract_notices(_TRADITIONAL_DRAFT + "\n").proposals
    assert len(proposals) == 1
    draft = proposals[0]
    assert draft.value("kind") == "eia_draft_comment"
    assert draft.value("issuer") == "某某市某某環保材料有限公司"
    assert draft.value("published_on") == dt.date(2024, 5, 6)
    assert draft.value("contact")["phone"] == "0791-8123456"
    assert draft.value("links") == ["https://pan.baidu.com/s/1AbCdEfGhIjKlMnOp"]


def test_simplified_text_is_not_changed_by_the_traditional_reading():
    simplified = _TRADITIONAL_DRAFT.translate(
        str.maketrans(
            "環產報書評價參與辦號網絡鏈聯電話時間個內單設",
            "环产报书评价参与办号网络链联电话时间个内单设",
        )
    )
    draft = extract_notices(simplified + "\n").proposals[0]
    assert draft.value("issuer") == "某某市某某环保材料有限公司"
