"""Patterns a fifty-third fresh set of real notices showed (issue #11: builders' EIA notices of
every stage from central China): each a sentence of behaviour on a text written for the test,
modelled on the pattern, not copied."""

from __future__ import annotations

from notices.importer import extract_notices
from tests.importer.proposals import only as _only

# A city paper's notice as a provincial news portal reposts it: the notice, the editor's credit,
# and the portal's reprint disclaimer, whose XXX stands for any paper's name.
PORTAL_REPOST_WITH_DISCLAIMER = (
    "青禾网>>地市频道>>南川频道>>公告通知\n"
    "县道012线石门至白沙公路改建工程环境影响报告书(征求意见稿)公众参与公告\n"
    "时间: 2024年05月16日10:12  来源:南川日报\n"
    "根据《环境影响评价公众参与办法》,现对征求意见稿征求公众意见。\n"
    "一、征求意见稿全文及公众意见表网络链接:https://pan.baidu.com/s/1AbCdEfGhIjKlMnOpQrStUv;"
    "提取码:7k2m。建设单位:南川市交通运输局,李先生,电话:13800001234。\n"
    "二、公众提出意见的起止时间:网络公布之后10个工作日内(2024年5月14日-27日)。\n"
    "南川市交通运输局\n"
    "2024年5月14日\n"
    "(责编:某某)\n"
    "网站声明\n"
    '凡本网未注明"来源:青禾网(或青禾网——XXX报)"的作品,均转载自其它媒体,转载目的在于传递更多信息。\n'
)


def test_a_portals_reprint_disclaimer_under_a_notice_is_no_blank_template():
    notice = _only(PORTAL_REPOST_WITH_DISCLAIMER)
    assert notice.value("kind") == "eia_draft_comment"
    assert notice.value("issuer") == "南川市交通运输局"
    # a placeholder in the notice itself still makes it a template
    template = PORTAL_REPOST_WITH_DISCLAIMER.replace("建设单位:南川市交通运输局", "建设单位:XXX局")
    assert not extract_notices(template).proposals


# A county site's copy of a builder's second notice: the site's accessibility switches stand on
# the line above the title, and the body cites the ministry that issued the measures it follows.
COUNTY_SITE_COPY = (
    "登录 | 注册   微信 简体 繁体\n"
    "无障碍阅读 进入适老模式\n"
    "青禾市丰源化工有限公司年产1万吨水处理剂项目环境影响评价公众参与第二次公示\n"
    "来源:县政府办2024-03-11\n"
    "青禾市丰源化工有限公司年产1万吨水处理剂项目环境影响报告书现已形成征求意见稿。"
    "按照生态环境部印发的《环境影响评价公众参与办法》(部令第4号)的要求,现向公众公开项目有关"
    "环境保护的信息:\n"
    "一、公众可自公示起10个工作日内,向建设单位青禾市丰源化工有限公司索取纸质版报告书。\n"
    "建设单位联系人:王总 联系电话:13900001234;\n"
    "二、征求意见稿全文的网络链接见附件1链接。\n"
)


def test_a_ministry_that_issued_the_measures_cited_is_not_the_issuer():
    assert _only(COUNTY_SITE_COPY).value("issuer") == "青禾市丰源化工有限公司"


def test_a_sites_accessibility_switches_are_no_part_of_the_title_below_them():
    assert _only(COUNTY_SITE_COPY).value("title").startswith("青禾市丰源化工有限公司")


# A page of a builder's participation statement on a document-sharing site: the draft notice's
# wording recounted, then the report's numbered sections on where it was published.
STATEMENT_PAGE = (
    "④公众提出意见的方式和途径: 公众可通过信函、电子邮件等方式, 在规定时间内下载并填写公众意见表"
    "提交建设单位. ⑤公众提出意见的起止时间. 公示时限:自2019 年3 月4 日起,10 个工作日. "
    "征求意见稿公示内容、公示方式以及公示时限符合《环境影响评价公众参与办法》. 3.2 公示方式 "
    "3.2.1 网络 青禾公司于2019 年3 月4 日在青禾县人民政府网站上刊登了《青禾焦化项目环境影响"
    "报告书(征求意见稿)信息公示》, 联系电话:0351-7654321. 3.2.2 报纸 青禾公司于2019 年3 月6 日"
    "在青禾晚报刊登了该公示.\n"
)


def test_a_participation_statements_numbered_sections_make_it_no_notice():
    assert not extract_notices(STATEMENT_PAGE).proposals


# A builder's site prints the day it posted a notice alone on the line over the title, and the
# notice itself is not dated.
POSTED_OVER_TITLE = (
    "2025-03-24\n"
    "青禾港东区作业区件杂货码头工程环境影响报告书(征求意见稿)公示\n"
    "按照《环境影响评价公众参与办法》有关规定,青禾港东区作业区件杂货码头工程环境影响报告书"
    "(征求意见稿)现已编制完成,向公众公告项目的有关信息。\n"
    "建设单位:青禾港务物流有限公司\n"
    "联系电话:0599-86866053\n"
    "电子邮箱:qhgw@163.com\n"
    "征求意见稿全文请于如下链接查询:\n"
    "链接:https://pan.baidu.com/s/1QwErTyUiOpAsDfGhJkLzXc 提取码:ab12\n"
)


def test_a_sites_posting_day_alone_over_the_title_dates_the_notice():
    assert str(_only(POSTED_OVER_TITLE).value("published_on")) == "2025-03-24"
    # a dotted date over a title is how a signature prints it: the notice before's, not this one's
    dotted = POSTED_OVER_TITLE.replace("2025-03-24", "2025.3.24")
    assert _only(dotted).value("published_on") is None


# The same copy as a mirror converts it to Traditional characters, page header and all: its
# posting line "來源:…" still dates the notice, and the switches are still no title line.
TRADITIONAL_COPY = (
    "登錄 | 注冊   微信 簡體 繁體\n"
    "無障礙閱讀 進入適老模式\n"
    "青禾市豐源化工有限公司年產1萬噸水處理劑項目環境影響評價公眾參與第二次公示\n"
    "來源:縣政府辦2024-03-11\n"
    "青禾市豐源化工有限公司年產1萬噸水處理劑項目環境影響報告書現已形成征求意見稿。"
    "按照《環境影響評價公眾參與辦法》的要求,現向公眾公開項目有關環境保護的信息:\n"
    "一、公眾可自公示起10個工作日內,向建設單位索取紙質版報告書。\n"
    "建設單位聯系人:王總 聯系電話:13900001234;\n"
    "二、征求意見稿全文的網絡鏈接見附件1鏈接。\n"
)


def test_a_mirrors_traditional_source_line_dates_the_notice():
    notice = _only(TRADITIONAL_COPY)
    assert str(notice.value("published_on")) == "2024-03-11"
    assert notice.value("issuer") == "青禾市豐源化工有限公司"


# A park committee convenes a public symposium on its plan's assessment: time, place, agenda,
# who may come and whom to call; no window to comment in, no draft to read.
SYMPOSIUM_CALLED = (
    "根据《中华人民共和国环境影响评价法》《规划环境影响评价条例》及《环境影响评价公众参与办法》"
    "等规定,经研究,决定召开青禾工业园区(临江组团)规划环境影响评价公众座谈会,征求公众意见和"
    "建议。现将有关事宜通知如下:\n"
    "一、会议时间\n"
    "2025年3月4日,上午9:30,会期半天。\n"
    "二、会议地点\n"
    "青禾工业园区管理委员会301会议室。\n"
    "三、参会方式\n"
    "公众范围:园区周边街道、镇;有意愿的均可参加。\n"
    "联系方式:有意愿参会的人员请联系王老师,联系电话:023-71234567。\n"
)


def test_a_notice_convening_a_symposium_without_a_window_is_no_notice():
    assert not extract_notices(SYMPOSIUM_CALLED).proposals
    # a draft notice that also announces its symposium still opens its window
    draft = SYMPOSIUM_CALLED.replace(
        "三、参会方式\n",
        "三、征求意见稿全文见https://pan.baidu.com/s/1ZxCvBnMaSdFgHjKlQwErTy,"
        "公众可自公示之日起10个工作日内提出意见。\n",
    )
    assert extract_notices(draft).proposals
