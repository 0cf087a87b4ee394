"""Patterns a hundred-and-eighty-ninth fresh set of real notices showed (issue #11: authorities'
batch notices of city bureaus and approval offices of Shaanxi, Henan, Anhui and Shanxi,
2017-2025): each a sentence of behaviour on a text written for the test, modelled on the
pattern, not copied."""

from __future__ import annotations

import datetime as dt

from notices.importer import extract_notices
from tests.importer.proposals import only as _only

REVOKED_VOID_FROM_A_DAY = (
    "关于对环评批复文件予以撤销的公告\n"
    "发布日期：2023-05-10 09:30   作者：行政审批服务科    来源：市生态环境局\n"
    "我局于2016年3月2日对《某某10MW光伏发电项目环评报告表》出具批复（批复文号：某环表批〔2016〕"
    "12号）。经调查，上述项目在编制环评文本时存在弄虚作假行为，根据《中华人民共和国行政许可法》"
    "等要求，我局决定对上述环评批复予以撤销。自公告之日起，公告的建设项目环评批复文件即行作废。\n"
    "特此公告！\n"
    "2023年5月10日\n"
)


def test_a_revocation_that_voids_the_approval_from_the_day_it_names_is_no_notice():
    assert extract_notices(REVOKED_VOID_FROM_A_DAY).proposals == ()


def test_a_revocation_put_up_for_objections_with_a_period_stays_a_notice():
    page = REVOKED_VOID_FROM_A_DAY.replace(
        "特此公告！",
        "公示期为2023年5月10日至2023年5月16日（5个工作日）。联系电话：0554-1234567\n特此公告！",
    )
    assert extract_notices(page).proposals != ()


PROCEDURE_GUIDE = (
    "青石县环评办理报告的流程\n"
    "- 供应商\n"
    "- 青石实业集团有限公司\n"
    "- 联系电话\n"
    "- 13100000000\n"
    "- 手机号\n"
    "- 18300000000\n"
    "- 更新时间\n"
    "- 2025-02-02 21:53\n"
    "1、审批程序;\n"
    "1.申请和接受。对可能造成重大环境影响的建设项目,建设单位应当组织编制环境影响报告书。以法定形式向审批部门提出申请并提交相关材料。\n"
    "审批大厅受理建设单位报送的建设项目环境影响报告书及相关材料,进行核查,决定是否受理。\n"
    "2. 项目审查。审批部门对建设项目环境影响报告书进行审核。\n"
    "3、项目审批。审批部门根据审查评价结论提出批准建议。\n"
    "4、听证和信息披露。审批部门在网站上公布受理的建设项目信息；"
    "在作出批准决定前，公开拟批准的建设项目信息；\n"
    "审批决定作出后，审批结果予以公示。对存在重大意见分歧的建设项目，"
    "可以召开听证会、论证会、座谈会，征求有关单位、专家和公众的意见。\n"
)


def test_a_vendors_guide_to_the_approval_procedure_is_no_notice():
    assert extract_notices(PROCEDURE_GUIDE).proposals == ()


MERGED_BUREAU_PROPOSES = (
    "• 区生态环境和城市管理局(综合行政执法局)\n"
    "  • 某某港,评价,建设,审批,影响,中华人民共和国行政许可法,利害关系人\n"
    "  • 2025-03-04\n"
    "关于拟批复某某产业园基础设施建设项目环境影响评价文件的公示\n"
    "根据建设项目环境影响评价审批程序的有关规定，经审议，某某实验区生态环境和城市管理局(综合行政执法局)拟批复某某产业园基础设施建设项目环境影响评价文件。为保证审批意见的严肃性和公正性，现将建设项目环境影响评价文件的基本情况予以公示。公示期5个工作日。\n"
    "联系电话(传真)：0371-00000000\n"
)


def test_a_bureau_of_a_merged_name_that_proposes_to_approve_is_the_issuer():
    notice = _only(MERGED_BUREAU_PROPOSES)
    assert notice.value("kind") == "eia_pre_approval"
    assert notice.value("issuer") == "某某实验区生态环境和城市管理局(综合行政执法局)"


def test_a_posting_date_in_the_sites_bulleted_details_dates_the_notice():
    notice = _only(MERGED_BUREAU_PROPOSES)
    assert notice.value("published_on") == dt.date(2025, 3, 4)


def test_a_dated_byline_under_the_listed_title_dates_a_notice_under_a_channel_heading():
    page = (
        "某某市生态环境局某某分局关于2024年5月6日拟对建设项目环境影响评价文件作出审批意见的公示\n"
        "查看隐藏内容(*)需先登录\n"
        "根据建设项目环境影响评价审批程序的有关规定,经审议,某某市生态环境局某某分局拟对*个建设项目环境影响评价文件作出审批意见。公示期为****年**月**日-****年**月**(*个工作日)。电话:***-********\n"
        "\n"
        "环评人\n"
        "您现在的位置是:首页 > 项目公示 > 环评公示\n"
        "环评公示\n"
        "青石县东泉镇利民新型建材厂年产5000万块蒸压砖生产线项目环评文件作出审批意见的公示\n"
        "环评公示_青石县人民政府 2023-06-07环评公示\n"
        "青石县东泉镇利民新型建材厂年产5000万块蒸压砖生产线项目环评文件作出审批意见的公示\n"
        "根据建设项目环境影响评价审批有关规定,经审查,我局2023年6月7日拟对下列建设项目环评文件作出审批意见。为保证审批的严肃性\n"
        "青石县东泉镇利民新型建材厂年产5000万块蒸压砖生产线项目环评文件作出审批意见的公示\n"
        "根据建设项目环境影响评价审批有关规定,经审查,我局2023年6月7日拟对下列建设项目环评文件作出审批意见。为保证审批的严肃性和公正性,现将项目环境影响评价文件基本情况予以公示,公示期为5个工作日。如有意见,请于公示期内将书面意见反馈至白水市青石县生态环境分局。\n"
        "联系电话:0550-0000000    通讯地址:白水市青石县生态环境分局环境管理股\n"
        "项目名称 年产5000万块蒸压砖生产线项目\n"
        "建设地点 白水市青石县东泉镇\n"
        "建设单位 青石县东泉镇利民新型建材厂\n"
        "环评单位 某某环境科技有限公司\n"
        "建设项目概况 项目位于东泉镇，新建蒸压砖生产线1条及配套的车间和仓库。\n"
        "公众参与情况 2023年6月1日已在县政府网站进行受理公示，期间未收到意见\n"
        "环境影响评价总体结论 项目符合产业政策，落实各项措施后环境影响可以接受\n"
    )
    notices = extract_notices(page).proposals
    assert [n.value("published_on") for n in notices] == [
        dt.date(2024, 5, 6),
        dt.date(2023, 6, 7),
    ]
