"""Patterns a two-hundred-and-twenty-first fresh set of real notices showed (issue #11:
automobile parts, machinery and coating works of Jilin, Hubei, Chongqing and Anhui, 2012-2025):
each a sentence of behaviour on a text written for the test, modelled on the pattern, not
copied."""

from __future__ import annotations

from notices.importer import extract_notices
from tests.importer.proposals import only as _only


def test_an_opinion_publicity_whose_title_names_no_eia_is_a_pre_approval_while_under_review():
    page = (
        "某某汽车零部件有限公司年加工10万件支架项目审批意见公示\n"
        "发布时间:2020-12-11 15:20\n"
        "根据建设项目环境影响评价审批程序的有关规定，我局拟对以下环境影响评价文件进行审查。"
        "为保证审查工作的严肃性和公正性，现将拟审查的环境影响评价文件基本情况予以公示，"
        "公示期为报告书项目5天，报告表项目2天。\n"
        "联系电话（传真）：0431-1234567\n"
        "项目名称：某某汽车零部件有限公司年加工10万件支架项目\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_pre_approval"


def test_a_round_held_once_the_draft_report_is_done_is_the_draft_comment_notice():
    page = (
        "某某汽车安全系统有限公司拟投资5000万元建设年产100万只气袋项目。\n"
        "依据《环境影响评价公众参与办法》（生态环境部令第4号）的规定，在该项目环境影响报告书"
        "征求意见稿完成后进行本次公众参与工作，以充分了解群众对项目建设的意见和建议。"
        "可通过填写下方链接的公众意见表提出意见。\n"
        "建设单位：某某汽车安全系统有限公司\n"
        "联系人：某某 联系电话：13900000000\n"
        "某某汽车安全系统有限公司\n"
        "2021年7月15日\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_draft_comment"


def test_a_listed_companys_announcement_with_its_code_line_above_the_title_is_no_notice():
    # (on a newspaper page, the blank line under it ending its block)
    page = (
        "证券代码：000000 证券简称：某某客车 公告编号：2023-045\n"
        "某某汽车股份有限公司\n"
        "关于变更签字注册会计师的公告\n"
        "本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏。\n"
        "某某汽车股份有限公司（以下简称“公司”）于2022年3月18日召开第八届董事会第十三次会议、"
        "2022年5月13日召开2021年度股东大会审议通过了《关于续聘会计师事务所的议案》，同意续聘"
        "某某会计师事务所（特殊普通合伙）为公司2022年度的审计机构，具体内容详见公司披露于某某网"
        "的《关于续聘会计师事务所的公告》（公告编号：2022-032）。\n"
        "一、本次变更情况\n"
        "公司于近日收到某某会计师事务所出具的《签字注册会计师变更告知函》，因内部工作调整原因，"
        "现指派某某先生作为公司2022年度审计项目的签字注册会计师。\n"
        "\n"
        "（下转B56版）\n"
    )
    assert extract_notices(page).proposals == ()


def test_a_bureaus_office_for_a_development_zone_with_a_long_name_is_the_whole_issuer():
    page = (
        "某某汽车零部件有限公司年产5万件支架项目审批意见公示\n"
        "发布时间:2020-12-11 15:20来源:某某市生态环境局汽车经济技术开发区分局\n"
        "根据建设项目环境影响评价审批程序的有关规定，我局拟对以下环境影响评价文件进行审查，"
        "现将拟审查的环境影响评价文件基本情况予以公示，公示期为报告书项目5天，报告表项目2天。\n"
        "联系电话（传真）：0431-1234567\n"
    )
    notice = _only(page)
    assert notice.value("issuer") == "某某市生态环境局汽车经济技术开发区分局"
