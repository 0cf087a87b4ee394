"""Patterns a hundred-and-sixty-first fresh set of real notices showed (issue #11: Hubei,
Hunan and Jiangxi notices of 2020-2026 from cities earlier sets had not read): each a sentence
of behaviour on a text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

from notices.importer.text import Page
from tests.importer.proposals import only as _only


def test_a_converters_toneless_pinyin_after_the_characters_of_a_builders_name_is_no_part_of_it():
    page = (
        "某(mou)某生(sheng)物科(ke)技有(you)限公司年(nian)产500吨某某新材料建设项目\n"
        "环境影响评价第二次(ci)信息(xi)公示\n"
        "根据《环境影响评价公众参与办法》的要求，现对该项目环境影响报告书征求意见稿进行公示。"
        "一、征求意见稿全文的网络链接见附件。二、征求意见的公众范围：项目周边居民。"
        "三、公众提出意见的方式和途径：信函、电子邮件。"
        "某(mou)某生(sheng)物科技有限公(gong)司拟在某某工业园区现有厂区内建设本项目。"
        "四、公众提出意见的起止时间：自公示之日起10个工作日。\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_draft_comment"
    # (the name as the sentence that names the builder prints it)
    assert notice.value("issuer") == "某(mou)某生(sheng)物科技有限公(gong)司"
    assert "(" not in Page(page).text.split("\n")[0]


def test_a_bracketed_latin_remark_on_a_page_without_a_converters_residue_is_kept():
    page = Page("附件(a)为公众意见表，附件(b)为报告书。联系电话：0000-1234567\n")
    assert "附件(a)" in page.text
    assert "附件(b)" in page.text


def test_a_name_read_where_the_converter_left_toneless_pinyin_is_given_as_the_page_prints_it():
    page = Page("某(mou)某生(sheng)物科(ke)技有(you)限公司拟在某某园区建设。\n")
    at = page.text.find("某某生物科技有限公司")
    assert at == 0
    span = page.raw_span(at, at + len("某某生物科技有限公司"))
    assert page.printed("某某生物科技有限公司", span) == "某(mou)某生(sheng)物科(ke)技有(you)限公司"
