"""Patterns a hundred-and-fourth fresh set of real notices showed (issue #11: chemical and heavy
industry EIA notices on company, park and bureau sites): each a sentence of behaviour on a
text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

import datetime as dt

from notices.importer import extract_notices
from tests.importer.proposals import only as _only


def test_a_breadcrumb_ending_in_the_sections_name_is_no_title_over_a_split_heading():
    page = (
        "首页 > 政务公开 > 通知公告\n"
        "发布时间： 2021-05-10 09:12信息来源：某某高新区\n"
        "某某新材料科技有限公司\n"
        "年产2万吨某某树脂项目\n"
        "环境影响评价第二次公示\n"
        "根据《环境影响评价公众参与办法》的相关规定，现对本项目建设有关环境保护的情况进行第二次"
        "公示，公示内容如下：\n"
        "一、环境影响报告书征求意见稿全文的网络链接及查阅纸质报告书的方式和途径\n"
        "公众可在本公告发布后10个工作日内，到http://www.example.com/查阅征求意见稿全文。\n"
        "二、征求意见的公众范围\n"
        "工程附近直接受影响的居民\n"
        "三、公众提出意见的起止时间\n"
        "本公告发布后10个工作日内。\n"
        "环评单位联系方式：\n"
        "联系人：钱工  电话：13900001234\n"
        "建设单位联系方式：\n"
        "建设单位\n"
        "某某新材料科技有限公司年产2万吨某某树脂项目环境影响评价第二次公示\n"
        "\n"
        "某某化工有限公司 年产5000吨某某助剂项目 环境影响评价公众参与信息公示（第一次） 一、建设"
        "项目的名称及概况 项目名称：年产5000吨某某助剂项目 二、建设单位的名称和联系方式 建设单位："
        "某某化工有限公司 联系电话：13900005678 三、有效日期 公示之日起10个工作日内。 特此公示。 "
        "某某化工有限公司 二〇二一年五月十二日\n"
        "|\n"
    )
    first = extract_notices(page).proposals[0]
    assert first.value("kind") == "eia_draft_comment"
    assert first.value("issuer") == "某某新材料科技有限公司"
    assert "首页" not in (first.value("title") or "")


def test_a_bureaus_report_to_its_superior_recounting_a_first_publicity_is_no_notice():
    page = (
        "关于某某号信访件办理情况的报告\n"
        "2019-06-18\n"
        "市生态环境局：\n"
        "接到转来的关于某某金属材料有限公司环评违规的信访件后，我局立即组织调查。现将有关情况汇报"
        "如下：\n"
        "某某金属材料有限公司年产50万吨不锈钢板材项目，2018年11月8日在县政府网站进行了环境影响"
        "评价公众参与第一次信息公示，联系电话：0539-1234567。目前该项目正在履行环评报批程序。\n"
    )
    assert not extract_notices(page).proposals


def test_a_sites_posting_date_among_section_labels_dates_a_notice_whose_title_follows_it():
    page = (
        "社会责任\n"
        "Social Responsibility\n"
        "2022-04-06\n"
        "根据《环境影响评价公众参与办法》（部令 第4号）的要求，现进行第二次信息公示并征求公众"
        "意见。\n"
        "环境影响报告书征求意见稿：https://pan.example.com/s/1AbCdEf 提取码：ab12\n"
        "建设单位：某某纸业有限公司 联系电话：13900002468\n"
        "公众可通过电话、电子邮件向建设单位提出意见。\n"
        "某某纸业有限公司10万吨化学木浆项目环境影响报告书第二次信息公示\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_draft_comment"
    assert notice.value("published_on") == dt.date(2022, 4, 6)


def test_a_company_introduced_at_the_head_of_its_pre_submission_notice_issues_it():
    page = (
        "《某某能源有限公司80万吨/年焦化升级改造项目环境影响报告书》报批前公示\n"
        "时间：2023-03-02\n"
        "某某能源集团有限公司（原名某某能源有限公司）位于某某经济技术开发区，是一家集洗煤、焦化为"
        "一体的企业。公司拟通过产能置换新建80万吨/年焦化项目。\n"
        "目前，评价单位已完成报告书的修改工作，现开展该项目环境影响报告书报送审批前公示工作，"
        "公示材料如下：\n"
        "1、项目名称：某某能源有限公司80万吨/年焦化升级改造项目\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_pre_submission"
    assert notice.value("issuer") == "某某能源集团有限公司"


def test_a_company_introduced_in_a_bureaus_pre_approval_table_does_not_issue_it():
    page = (
        "2023年5月8日拟审批的建设项目环境影响报告书公示\n"
        "根据建设项目环境影响评价审批程序的有关规定，经审议，我局拟对1个建设项目环境影响报告书作出"
        "审批决定。公示期为2023年5月8日-2023年5月12日。\n"
        "听证告知：自公示起五日内申请人、利害关系人可要求听证。\n"
        "电话：0391-1234567\n"
        "序号 | 项目名称 | 建设单位 | 项目概况 |\n"
        "1 | 某某化工有限公司扩能项目 | 某某化工有限公司 | 某某化工有限公司位于某某产业集聚区，"
        "是一家从事煤焦油深加工的企业。 |\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_pre_approval"
    assert notice.value("issuer") != "某某化工有限公司"
