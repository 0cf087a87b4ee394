"""Patterns a ninety-ninth fresh set of real notices showed (issue #11: notices copied into
document-sharing sites, forums and re-post sites): each a sentence of behaviour on a text
written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

from notices.importer import extract_notices
from tests.importer.proposals import only as _only


def test_a_report_and_its_statement_named_by_title_with_full_text_unbracketed_is_pre_submission():
    page = (
        "根据《中华人民共和国环境影响评价法》和《环境影响评价公众参与办法》等规定，现将《某某"
        "输水管道改线工程环境影响报告书》全文及《某某输水管道改线工程公众参与说明》进行公示，"
        "征求公众对该建设项目环境影响的意见。\n"
        "1、建设单位：某某水务发展有限公司\n"
        "2、报告书全文及公众参与说明的网络链接：https://pan.example.com/s/1AbCdEf\n"
        "3、公众可通过电话、信函、电子邮件等方式提出意见，联系人：周工，电话：0759-3123456，"
        "邮箱：pipe2031@example.com\n"
        "某某水务发展有限公司\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_pre_submission"


def test_a_document_sites_complaint_number_is_not_the_notices_phone():
    page = (
        "- 2、本文档由用户上传，本站不保证质量。\n"
        "- 文档侵权举报电话：13900001234。\n"
        "根据《环境影响评价公众参与办法》的规定，某某河治理工程环境影响报告书征求意见稿已编制"
        "完成，现进行公示。公众可下载公众意见表，通过信函、电子邮件向建设单位提出意见，公示期为"
        "本公示发布之日起10个工作日。\n"
        "建设单位：某某县水利局 联系人：陈工\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_draft_comment"
    assert "phone" not in (notice.value("contact") or {})


def test_a_reports_flattened_table_of_contents_on_a_document_site_is_no_notice():
    page = (
        "- 1、本文档共5页，可阅读全部内容。\n"
        "- 文档侵权举报电话：13900001234。\n"
        "某某引水工程环境影响报告书（简本）建设单位：某某引水工程指挥部环评单位：某某勘测设计"
        "有限公司二〇一四年五月\n"
        "目录第一章项目概况11.1项目背景11.2工程概况2第二章环境现状62.1环境现状6第三章环境影响"
        "预测及措施93.1评价结果9第四章公众参与154.1公众参与公示154.2问卷调查16第五章结论18\n"
        "第一章项目概况1.1项目背景某某县水资源短缺，人均占有量不足全国的五分之一\n"
    )
    assert not extract_notices(page).proposals


def test_an_authority_named_only_in_its_title_signs_when_the_body_hides_its_name():
    page = (
        "项目详情\n"
        "某某市生态环境局（东港分局）环评文件拟审批意见公告（公示日期：05月12日）\n"
        "正文内容\n"
        "***生态环境局（**分局）环评文件拟审批意见公告 序号 项目名称 建设地点 建设单位 "
        "1 **港区光伏项目 ***东港镇 **新能源有限公司 项目总安装容量**.*MWp。根据建设项目环境"
        "影响评价审批程序的有关规定，我局拟对上述项目环境影响报告表作出审批意见，现予公示。\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_pre_approval"
    assert notice.value("issuer") == "某某市生态环境局（东港分局）"


def test_a_company_leading_a_title_run_into_a_previewed_page_issues_the_first_notice():
    page = (
        "《某某石料矿扩界项目环评公示.doc》由会员分享，可在线阅读，更多相关文档请在本站搜索。\n"
        "1、某某建材有限公司某某石料矿扩界项目环境影响评价公众参与第一次公示一、建设项目情况简述"
        "某某建材有限公司矿区位于某某县某某镇某某村北，面积0.02km2，开采标高+190m至+140m，"
        "现对该项目开展环境影响评价。\n"
        "2、环评单位：某某环境科技有限公司，联系电话：0538-1234567，公众可在本公示发布之日起"
        "10个工作日内通过电话、信函提出意见。\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_first"
    assert notice.value("issuer") == "某某建材有限公司"
