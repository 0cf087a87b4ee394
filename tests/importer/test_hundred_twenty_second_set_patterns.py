"""Patterns a hundred-and-twenty-second fresh set of real notices showed (issue #11: notices of
the north-west and north-east, EIA publicity of all stages, bureau notices and reporting
windows): each a sentence of behaviour on a text written for the test, modelled on the
pattern, not copied."""

from __future__ import annotations

from notices.importer import extract_notices
from tests.importer.proposals import only as _only


def test_a_phone_run_into_the_bracketed_office_that_answers_it_leaves_the_office_as_issuer():
    page = (
        "根据建设项目环境影响评价审批程序的有关规定，经审查，2024年3月5日我局对某某医院使用"
        "射线装置项目环境影响评价文件作出审批决定。行政复议与行政诉讼权利告知：依据《中华人民"
        "共和国行政复议法》和《中华人民共和国行政诉讼法》，公民、法人或者其他组织认为公告的建设"
        "项目环境影响评价文件审批决定侵犯其合法权益的，可以自公告期限届满之日起六十日内提起行政"
        "复议，也可以自公告期限届满之日起六个月内提起行政诉讼。\n"
        "联系电话：0931-1234567(某某市生态环境局辐射科)\n"
        "通讯地址：某某市某某路88号\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_decision"
    assert notice.value("issuer") == "某某市生态环境局"


def test_the_ministry_cited_with_the_day_it_issued_the_measures_is_not_the_issuer():
    page = (
        "根据《中华人民共和国环境影响评价法》等规定和生态环境部2018年7月16日发布《环境影响评价"
        "公众参与办法》（生态环境部令第4号）的要求，现将拟建项目环评的有关情况进行第一次公示。\n"
        "一、项目名称：某某砂石料开采项目\n"
        "二、公众意见表网络链接：https://www.example.com/form.docx\n"
        "三、公众可将意见以电子邮件的形式发送至 sand2031@example.com\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_first"
    assert "生态环境部" not in (notice.value("issuer") or "")


def test_a_builder_followed_by_the_next_item_numbered_in_a_bracket_glyph_is_the_issuer():
    page = (
        "根据《环境影响评价公众参与办法》（生态环境部令第4号）的要求，现将拟建项目环评的有关"
        "情况进行第一次公示。 一、项目名称：某某粘土开采项目 二、建设单位的名称和联系方式 "
        "⑴建设单位：某某新型建材有限公司 ⑵联系地址：某某旗某某镇 ⑶邮箱：clay2031@example.com "
        "三、承担评价工作的环境影响评价机构 ⑴评价机构：某某环保科技有限责任公司\n"
    )
    notice = _only(page)
    assert notice.value("issuer") == "某某新型建材有限公司"


def test_a_phone_printed_after_the_persons_name_and_a_slash_is_the_contact_phone():
    page = (
        "某某线开行动车改造工程环境影响评价信息公示\n"
        "按照《环境影响评价公众参与办法》规定，现将项目主要信息对社会公众公开如下：\n"
        "一、建设单位名称和联系方式\n"
        "1、建设单位名称：某某铁路工程建设指挥部\n"
        "2、联系人及联系方式：陈部长/0471-6234567\n"
        "3、Email：rail2031@example.com\n"
        "二、公众意见表的网络链接：https://www.example.com/form.docx\n"
    )
    notice = _only(page)
    assert notice.value("contact")["phone"] == "0471-6234567"


def test_a_company_alone_on_its_line_over_the_rest_of_the_title_issues_the_notice():
    page = (
        "|\n"
        "某某科技开发股份有限公司\n"
        "新材料生产建设项目 环境影响评价公示 一、项目概况 拟建项目位于某某市某某区某某路1号，"
        "项目建成后年产新材料20吨。 二、征求公众意见事项 您对本项目环境保护方面的意见和建议。 "
        "三、征求意见方式 本公示刊登之日起10个工作日内，可直接电话和信件联系方式提出意见。\n"
        "|\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_first"
    assert notice.value("issuer") == "某某科技开发股份有限公司"


def test_an_offices_standing_report_channels_with_daily_hours_and_no_day_are_no_notice():
    page = (
        "关于受理某某县生态环境问题线索的公告\n"
        "为畅通公众参与生态环境保护监督管理渠道，现将某某县生态环境问题线索投诉举报有关事宜公告"
        "如下：\n"
        "一、举报范围\n"
        "（一）大气污染方面：工业企业废气超标排放；\n"
        "（二）水污染方面：工业企业废水偷排、漏排；\n"
        "二、举报方式\n"
        "（一）来电举报：0999-1234567（某某县生态环境分局）\n"
        "（二）电子邮箱举报：可将举报内容发送至report2031@example.com。\n"
        "（三）来电和来访举报受理时间：10:00—13:30、15:30—19:30（法定工作日）\n"
        "三、相关要求\n"
        "举报人需提供真实姓名、联系方式以及具体的举报内容。\n"
    )
    assert extract_notices(page).proposals == ()


def test_the_office_that_decides_to_open_a_reporting_drive_issues_its_window():
    page = (
        "为进一步强化督察交办群众举报问题的整改工作，推动解决一批突出环境问题，某某市生态环境"
        "保护督察整改工作领导小组办公室决定开展生态环境保护举报问题排查整治工作，并设立举报电话，"
        "受理群众举报环境问题，受理时间为8月18日至8月24日（不含周六、日），每日9时至17时。\n"
        "某某经济区举报受理电话：81234567。\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "inspection_reporting"
    assert notice.value("issuer") == "某某市生态环境保护督察整改工作领导小组办公室"
    assert notice.value("contact")["phone"] == "81234567"
