"""Patterns a two-hundred-and-thirty-ninth fresh set of real notices showed (issue #11: factories'
and parks' notices of Jiangsu, Shanghai, Shandong and Fujian): each a sentence of behaviour on a
text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

from tests.importer.proposals import only as _only

#: A first notice under the 2006 interim measures, no title line, that announces its second
#: notice (by a digit, named an 环评公示) and lists what that one will hold.
_FIRST_ANNOUNCING_THE_SECOND = (
    "1、项目名称及概要\n"
    "项目名称：某某复合材料（某某）有限公司某某生产基地\n"
    "建设地点：某某经济开发区某某园区A01地块。\n"
    "2、项目建设单位名称和联系方式\n"
    "建设单位：某某复合材料（某某）有限公司\n"
    "联系人：某某\n"
    "联系电话：21000000\n"
    "3、环境影响评价的工作程序和主要工作内容\n"
    "1）项目概况\n"
    "2）工程分析\n"
    "4、征求公众意见的主要事项和方式\n"
    "在本次信息公示后，公众可通过信函、电话或者面谈等方式发表意见。\n"
    "在该项目环评报告书基本编制完成，报送审批前，还将举行第2次环评公示。第2次公示内容将包括：\n"
    "①、项目情况简述；\n"
    "②、项目对环境可能造成影响的概述；\n"
    "③、预防或减轻不良环境影响的对策和措施的要点；\n"
    "④、环境影响报告书提出的环境影响评价结论的要点；\n"
)


def test_a_first_notice_announcing_its_second_by_a_digit_is_a_first_notice():
    assert _only(_FIRST_ANNOUNCING_THE_SECOND).value("kind") == "eia_first"


def test_the_items_a_first_notice_lists_for_its_next_notice_do_not_make_it_that_notice():
    # (without the announcing sentence, the items are read as this notice's own)
    page = _FIRST_ANNOUNCING_THE_SECOND.replace(
        "报送审批前，还将举行第2次环评公示。", "报送审批前。"
    )
    assert _only(page).value("kind") == "eia_first"


def test_the_same_first_notice_in_traditional_characters_is_a_first_notice():
    page = (
        _FIRST_ANNOUNCING_THE_SECOND.replace("还将", "還將")
        .replace("举行", "舉行")
        .replace("环评", "環評")
        .replace("项目", "項目")
        .replace("环境影响", "環境影響")
        .replace("联系", "聯系")
        .replace("报告书", "報告書")
    )
    assert _only(page).value("kind") == "eia_first"


def test_a_second_notice_naming_itself_by_a_digit_stays_a_draft_comment_notice():
    page = (
        "某某新材料有限公司年产5000吨某某助剂项目环境影响评价第2次公示\n"
        "某某新材料有限公司年产5000吨某某助剂项目环境影响报告书征求意见稿已编制完成，现进行第2次公示。\n"
        "建设单位：某某新材料有限公司\n"
        "联系人：某某 联系电话：13900002222\n"
        "公众提出意见的起止时间：2025年7月1日至2025年7月14日。\n"
    )
    assert _only(page).value("kind") == "eia_draft_comment"
