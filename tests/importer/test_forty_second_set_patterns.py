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


#: A newspaper notice copied from an e-paper, followed on the same page by a document site's
#: preview of a participation chapter: its table of contents and first lines.
_DOTS = "." * 60
_NOTICE_THEN_CONTENTS = (
    "某某日报     2024年05月20日\n"
    "  清河县城北污水处理厂扩建工程已完成环境影响报告书征求意见稿，"
    "根据《环境影响评价公众参与办法》要求，现进行公示并征求公众意见。\n"
    "  一、征求意见稿网络链接：http://www.example-hb.cn/show.php?id=2207\n"
    "  二、征求公众意见的范围：项目周边居民和单位。\n"
    "  三、公众提出意见的方式：公众可通过电话、电子邮件向建设单位提出意见。\n"
    "  建设单位：清河县城市排水有限公司\n"
    "  联系人：王工\n"
    "  联系电话：0318-5123456\n"
    "  五、公众提出意见起止时间：2024年5月15日至5月28日\n"
    "  公告发布单位：清河县城市排水有限公司\n"
    "  公告发布时间：2024年5月15日\n"
    "上一篇 下一篇\n"
    "清河县城北污水处理厂扩建工程环境影响评价第二次公示\n"
    "\n"
    "清河县城北污水处理厂扩建工程\n"
    "文档下载\n"
    "  1. 1、本文档由用户上传，平台不对内容的完整性负责。\n"
    "  2. 2、部分文档仅提供预览，如需完整内容请下载。\n"
    "  3. 3、如有疑问请联系客服（客服工作时间：8:30-17:30）。\n"
    f"2 公示征求意见情况{_DOTS}3 2.1 公示方式及途径{_DOTS}3 2.2 公示内容{_DOTS}5\n"
    f"3 问卷调查及座谈会情况{_DOTS}6 3.1 调查方式{_DOTS}6 3.2 公众反馈意见{_DOTS}8\n"
    f"4 结论{_DOTS}11 5 附件{_DOTS}12\n"
    "根据《环境影响评价公众参与暂行办法》的规定，在编制环境影响报告书的过程中，应向公众公开有关信息，征求公众的意见。\n"
    "1 概述 公众参与是环境影响评价的一项必要程序，是建设单位与公众之间的双向交流。\n"
)


def test_a_title_printed_under_previous_and_next_links_leaves_them_out():
    first = extract_notices(_NOTICE_THEN_CONTENTS).proposals[0].to_json()
    assert first["title"] == "清河县城北污水处理厂扩建工程环境影响评价第二次公示"
    assert first["kind"] == "eia_draft_comment"
    assert first["issuer"] == "清河县城市排水有限公司"


def test_a_reports_table_of_contents_is_no_notice():
    proposals = extract_notices(_NOTICE_THEN_CONTENTS).proposals
    assert [p.to_json()["kind"] for p in proposals] == ["eia_draft_comment"]


def test_a_notice_that_prints_its_reports_contents_is_still_a_notice():
    page = (
        "清河县城北污水处理厂扩建工程环境影响报告书征求意见稿公示\n"
        "根据《环境影响评价公众参与办法》，现公开征求意见稿，公众可在公示期内提出意见。\n"
        "征求意见稿目录：1 概述..................1 2 工程分析..................5 "
        "3 环境现状..................12 4 环境影响预测..................20\n"
        "公示时间：2024年5月15日至5月28日\n"
        "建设单位：清河县城市排水有限公司 联系电话：0318-5123456\n"
    )
    assert _only(page).value("kind") == "eia_draft_comment"
