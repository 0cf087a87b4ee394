"""Patterns a forty-second fresh set of real notices showed (issue #11: a precision set, real
notices among calls for contractors, holiday notices, penalty decisions and
company announcements): each a sentence of behaviour on a text written for the test, modelled on
the pattern, not copied."""

from __future__ import annotations

from notices.importer import extract_notices
from tests.importer.proposals import only as _only

_CONTRACTOR_CALL = (
    "关于公开征集环境影响评价技术研究项目承担单位的公告\n"
    "发布时间：2019-05-06\n"
    "为做好环境影响评价技术支撑工作，东川省生态环境厅环评处拟就有关研究项目面向社会公开征集"
    "承担单位。现诚邀具有法人资格的企业、事业单位单独或联合申报。\n"
    "申请文件请于2019年5月20日前寄至东川省生态环境厅环评处，电子文件发送至"
    "hpc@example.gov.cn。\n"
    "联系人：林可，联系电话：0851-55501234\n"
    "附件：项目申报指南\n"
    "东川省生态环境厅环评处\n"
    "2019年5月6日\n"
)


def test_a_call_for_contractors_for_environmental_studies_is_no_notice():
    assert extract_notices(_CONTRACTOR_CALL).proposals == ()


def test_a_tender_for_an_eia_report_is_no_notice():
    page = (
        "青石县污水处理厂扩建工程环境影响评价服务招标公告\n"
        "采购人：青石县水务局。本项目环境影响报告书编制服务现进行公开招标，欢迎合格的投标人"
        "参加。投标文件递交截止时间为2024年3月18日9时30分。\n"
        "联系人：赵工 联系电话：0736-55507788\n"
        "青石县水务局\n"
        "2024年2月26日\n"
    )
    assert extract_notices(page).proposals == ()


def test_a_participation_notice_that_names_its_tendered_consultant_is_still_a_notice():
    page = (
        "根据《环境影响评价公众参与办法》，现对青石县污水处理厂扩建工程环境影响报告书征求意见稿"
        "进行公示。建设单位经公开招标确定评价单位，中标单位为青石环境咨询有限公司。\n"
        "公众可在本公示发布之日起10个工作日内提出意见和建议。\n"
        "建设单位：青石县水务局 联系电话：0736-55507788\n"
        "青石县水务局\n"
        "2024年5月6日\n"
    )
    assert _only(page).value("kind") == "eia_draft_comment"
