"""Patterns a sixtieth fresh set of real notices showed (issue #11: a mixed set from any
province, 2016-2021): each a sentence of behaviour on a text written for the test, modelled on
the pattern, not copied."""

from __future__ import annotations

import datetime as dt

from tests.importer.proposals import only as _only

# A builder's site calls its first notice "环境信息一次公告" (no 环评 in the title, no 第一次),
# the title printed after the body as a column's OCR leaves it.
_FIRST_ANNOUNCEMENT = (
    "2020-03-16\n"
    "根据《中华人民共和国环境影响评价法》和《环境影响评价公众参与办法》的规定，现对本项目"
    "有关环境影响评价信息进行公告。\n"
    "一、工程概况\n"
    "本工程包括一座35kV开关站及其送出线路，线路长约4.2公里。\n"
    "二、建设单位及联系方式\n"
    "建设单位：青岚县某某新能源有限公司\n"
    "联系电话：13900001111（王总）\n"
    "三、环境影响评价工作程序及主要工作内容\n"
    "按照环境影响评价技术导则进行现状调查、影响预测和措施论证。\n"
    "某某渔光互补光伏电站开关站及送出线路工程环境信息一次公告\n"
)


def test_a_first_notice_called_a_once_announcement_is_a_first_notice():
    proposal = _only(_FIRST_ANNOUNCEMENT)
    assert proposal.value("kind") == "eia_first"
    assert proposal.value("issuer") == "青岚县某某新能源有限公司"


# The report and the participation statement put up by their titles, the report marked
# "（全文）": the builder's pre-submission notice, though the opinion form is offered too.
_PRESUBMISSION_BY_TITLES = (
    "根据《环境影响评价公众参与办法》的要求，现将《青岚市某某区妇幼保健院迁建项目环境影响"
    "报告书》（全文）及《青岚市某某区妇幼保健院迁建项目环境影响评价公众参与说明》进行公示，"
    "征求公众对该建设项目环境影响的意见。\n"
    "一、项目概况 项目位于青岚市某某区滨河路北侧，设置床位300张。\n"
    "二、公众意见表的网络链接 公众可下载公众意见表填写后提交建设单位。\n"
    "建设单位：青岚市某某区妇幼保健院 联系人：刘工，电话0760-5551234\n"
)


def test_the_full_report_and_statement_put_up_by_their_titles_is_pre_submission():
    proposal = _only(_PRESUBMISSION_BY_TITLES)
    assert proposal.value("kind") == "eia_pre_submission"


# A bureau's page sets its posting label and its date in cells of their own, and credits the
# notice to its source; the body says only 我局 and gives an address ending at the bureau.
_LABEL_CELL_OVER_DATE = (
    "日期：\n"
    "2019-07-08 09:21:40\n"
    "来源：青岚市生态环境局东坡分局\n"
    "作者：\n"
    "青岚市某某建材厂新建项目环境影响报告表审批前公示\n"
    "根据建设项目环境影响评价审批程序的有关规定，经审议，我局拟批准《青岚市某某建材厂新建"
    "项目环境影响报告表》。为体现公开、公正的原则，现予公示5个工作日（2019年7月8日至2019年"
    "7月12日），如有意见，请在公示期内来信或来电向我局反映。联系地址：青岚市东坡大道88号"
    "环保局，联系电话：0759-5550199。\n"
    "项目名称：青岚市某某建材厂新建项目\n"
    "建设单位：青岚市某某建材厂\n"
)


def test_a_posting_label_alone_dates_the_notice_from_the_cell_below():
    proposal = _only(_LABEL_CELL_OVER_DATE)
    assert proposal.value("published_on") == dt.date(2019, 7, 8)


def test_an_address_ending_at_the_bureau_is_no_issuer_the_page_source_is():
    proposal = _only(_LABEL_CELL_OVER_DATE)
    assert proposal.value("kind") == "eia_pre_approval"
    assert proposal.value("issuer") == "青岚市生态环境局东坡分局"


# A county's publicity of a project before its approval (核准前公示) says the project has passed
# its social-stability review; it is not that review's own publicity, and its window is open.
_APPROVAL_PUBLICITY = (
    "关于青岚县生活垃圾转运中心项目核准前的公示\n"
    "为改善城乡环境卫生，现将青岚县生活垃圾转运中心项目予以核准前公示。项目位于青岚县东湖镇，"
    "日转运生活垃圾300吨。项目已通过社会稳定风险评估审查。公示期限为3个工作日（2019年5月7日—"
    "5月9日），社会各界如有异议，请以书面形式向县发改局反馈。受理单位：青岚县发展和改革局，"
    "邮箱：qlfgj@example.cn。\n"
    "青岚县人民政府\n"
    "2019年5月6日\n"
)


def test_a_project_that_passed_its_stability_review_is_still_tracked():
    proposal = _only(_APPROVAL_PUBLICITY)
    assert proposal.value("kind") == "other"
    assert proposal.value("window")["ends_on"] == "2019-05-09"


# A scraped page runs the signature and its date into the last line of one long paragraph and
# closes it with its table cell's bar.
_SIGNATURE_BEFORE_BAR = (
    "关于青岚县城北片区改造项目征收土地预公告\n"
    "因青岚县城北片区改造项目需要，拟征收青岚县东湖镇某某村集体土地12公顷。自本公告发布之日起"
    "10个工作日内，被征收土地的所有权人、使用权人如有异议，可向青岚县自然资源局反映，联系电话："
    "0760-5550123。青岚县人民政府 2020年6月8日 |\n"
)


def test_a_run_in_signature_before_a_table_cell_bar_signs_the_notice():
    proposal = _only(_SIGNATURE_BEFORE_BAR)
    assert proposal.value("issuer") == "青岚县人民政府"
    assert proposal.value("published_on") == dt.date(2020, 6, 8)


# A bilingual company site prints its posting date in English, alone under the title.
_ENGLISH_POSTING_DATE = (
    "青岚某某新材料有限公司年产2万吨涂料技改项目环境影响评价第一次公示\n"
    "Mar 9,2020\n"
    "根据《环境影响评价公众参与办法》的要求，现将本项目环境影响评价信息公开如下：\n"
    "一、项目概况：项目位于青岚市化工园区，技改后年产涂料2万吨。\n"
    "二、建设单位：青岚某某新材料有限公司，联系人：赵工，联系电话：13900002222。\n"
    "三、公众意见表的网络链接：见附件。\n"
)


def test_an_english_posting_date_alone_under_the_title_dates_the_notice():
    proposal = _only(_ENGLISH_POSTING_DATE)
    assert proposal.value("kind") == "eia_first"
    assert proposal.value("published_on") == dt.date(2020, 3, 9)
