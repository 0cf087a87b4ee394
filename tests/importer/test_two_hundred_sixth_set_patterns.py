"""Patterns a two-hundred-and-sixth fresh set of real notices showed (issue #11: county notices
of Hunan, Jiangxi and Anhui asked for; the store held none unused, so Anhui and Jiangsu notices
of 2018-2024 and explainers): each a sentence of behaviour on a text written for the test,
modelled on the pattern, not copied."""

from __future__ import annotations

from notices.importer import extract_notices


def test_an_explainer_of_the_liquidation_steps_in_its_own_words_is_no_notice():
    page = (
        "1、有限公司的清算组由股东组成。\n"
        "2、注意注销的时间：公司决定解散的，应在15日内成立清算组，清算组在成立之日起10日内"
        "通知债权人，并在60日内在报纸上公告，债权人自第一次公告之日起90日内向清算组申报其债权。\n"
        "3、某某登记机关辖区内的分支机构应同公司一并办理注销。\n"
    )
    assert not extract_notices(page).proposals


def test_a_liquidation_notice_that_says_its_group_was_set_up_is_still_read():
    page = (
        "某某商贸有限公司注销公告\n"
        "本公司经股东会决议解散，已于2017年3月1日成立清算组，请债权人自本公告见报之日起"
        "四十五日内向清算组申报债权。\n"
        "联系人：某某 电话：0791-1234567\n"
        "某某商贸有限公司清算组\n"
        "2017年3月6日\n"
    )
    proposals = extract_notices(page).proposals
    assert [p.value("kind") for p in proposals] == ["liquidation"]
