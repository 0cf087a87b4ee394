"""Patterns a hundred-and-twenty-eighth fresh set of real notices showed (issue #11: city and
county bureaus and builders of the populous eastern and central provinces): each a sentence of
behaviour on a text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

from tests.importer.proposals import only as _only


def test_an_authoritys_title_naming_its_coming_review_of_reports_is_pre_approval():
    page = (
        "某某省环境保护局关于近期审查开发区（工业园）环境影响报告书的公示\n"
        "我局近期将对以下开发区（工业园）的环境影响报告书进行审查，现将有关情况公示如下。公众可"
        "查阅以下开发区环境影响报告书简本，了解环境影响评价有关情况。本次环评审查公示时间7天"
        "（2010年3月8至14日）。如对报告书持有异议者，在公示时间内可向我局反映。\n"
        "序号 | 项目名称 | 建设地点 | 建设单位\n"
        "1 | 某某经济开发区 | 某某县城东侧 | 某某经济开发区管理委员会\n"
        "受理单位：某某省环境保护局监督管理处\n"
        "联系电话：(020)81234567\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_pre_approval"
    assert notice.value("issuer") == "某某省环境保护局"


def test_an_authority_about_to_review_the_reports_it_puts_up_is_pre_approval_untitled():
    page = (
        "我局近期将对以下建设项目的环境影响报告书进行审查，现将有关情况公示如下。公众可查阅报告书"
        "简本，公示时间为2010年3月8日至2010年3月14日。如有异议，请在公示时间内向我局反映。\n"
        "1 | 某某纸业有限公司技改项目 | 某某镇工业园\n"
        "联系电话：0571-81234567\n"
    )
    assert _only(page).value("kind") == "eia_pre_approval"


def test_an_acceptance_that_says_a_review_will_follow_stays_an_acceptance():
    page = (
        "建设项目环境影响报告书受理公示\n"
        "我局已于2024年5月6日受理某某化工有限公司报送的《某某化工有限公司扩建项目环境影响报告书》，"
        "将对其进行审查，现将受理情况予以公示，公示期为2024年5月7日至2024年5月13日。\n"
        "联系电话：0531-81234567\n"
        "某某市生态环境局\n"
    )
    assert _only(page).value("kind") == "eia_acceptance"


def test_a_first_notice_with_the_interim_measures_items_worded_short_is_a_first_notice():
    page = (
        "根据《中华人民共和国环境影响评价法》、《规划环境影响评价条例》等要求，现将某某高新技术"
        "产业开发区总体发展规划环境影响跟踪评价的有关事项公示如下：\n"
        "一、规划概况\n"
        "项目名称：某某高新技术产业开发区总体发展规划环境影响跟踪评价\n"
        "项目概要：开发区位于某某县，规划面积###.##公顷。\n"
        "二、建设单位的名称及联系方式\n"
        "单位名称：###\n"
        "联系人：王主任\n"
        "联系电话：####-########\n"
        "电子邮箱：zone@example.com\n"
        "三、承担评价工作的环境影响机构名称和联系方式\n"
        "环评单位：###\n"
        "四、环境影响评价的工作程序及主要内容\n"
        "工作程序：收集资料、现场踏勘、现状监测、影响分析。\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_first"


def test_an_authority_recounted_as_approving_by_its_document_does_not_issue_a_builders_notice():
    page = (
        "某某经济开发区规划环境影响跟踪评价第一次公示\n"
        "项目概要：2016年，某某省生态环境厅以某环函〔2016〕88号文对《某某经济开发区总体规划环境"
        "影响报告书》出具审查意见。本次对规划实施情况开展跟踪评价。\n"
        "单位名称：###\n"
        "联系人：李主任\n"
        "公众意见表的网络链接：https://eia.example.com/form.docx\n"
        "在本次信息公示后，公众均可向规划实施单位提出与环境影响评价相关的意见。\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_first"
    assert notice.value("issuer") is None


def test_the_company_leading_a_project_named_in_marks_issues_a_builders_notice():
    page = (
        "某某??萍加邢薰?0万吨/年净化剂项目环境影响报告书征求意见稿公示\n"
        "- 2023-03-01\n"
        "《某某新材料科技有限公司10万吨/年净化剂项目》已委托某某环境科学研究所编制完成征求意见稿，"
        "欢迎社会各界提出意见和建议。\n"
        "一、征求意见稿全文的网络链接：https://pan.example.com/s/1AbCdE\n"
        "二、公众可在本项目征求意见稿公示后10个工作日内填写公众意见表，通过信函、电子邮件等方式"
        "向建设单位提交。\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_draft_comment"
    assert notice.value("issuer") == "某某新材料科技有限公司"
