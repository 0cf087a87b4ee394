"""Patterns a hundred-and-fifty-second fresh set of real notices showed (issue #11: Guangdong,
Fujian, Guangxi and Hainan notices of 2022-2026, builders' EIA notices and district bureaus'
pre-approvals): each a sentence of behaviour on a text written for the test, modelled on the
pattern, not copied."""

from __future__ import annotations

from tests.importer.proposals import only as _only


def test_a_proposed_refusal_whose_copy_lost_its_ni_is_a_pre_approval_by_its_hearing_notice():
    page = (
        "根据建设项目环境影响评价审批程序的有关规定，经审议，我局?对1个建设项目环境影响报告书"
        "作出不予批复决定。为体现公开、公正的原则，现将项目环评文件的基本情况予以公示，如有意见，"
        "可在公示时间内来信或来电向我局反映。公示期限为本公告之日起5个工作日。"
        "联系地址：某某市某某路1号，邮编：510000 联系电话：020-83361254 "
        "听证告知：依据《中华人民共和国行政许可法》，自公示起五日内申请人、利害关系人可对以下"
        "拟作出的建设项目环境影响评价文件批复决定要求听证。"
        "序号 | 项目名称 | 建设单位 | 存在问题 | 1 | 某某公路某某段工程 | 某某公路有限公司 | "
        "项目选址涉及永久基本农田。 |\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_pre_approval"
    assert notice.value("contact")["phone"] == "020-83361254"


def test_a_decision_made_and_announced_stays_a_decision_beside_a_hearing_right_on_another():
    page = (
        "根据建设项目环境影响评价审批程序的有关规定，经审查，某某市生态环境局某某分局已对2个"
        "建设项目环境影响评价文件作出审批决定。现将作出的审批决定情况予以公告，公告期为"
        "2025年3月3日—2025年3月11日（工作日7天）。"
        "行政复议与行政诉讼权利告知：公民、法人或者其他组织认为公告的建设项目环境影响评价文件"
        "审批决定侵犯其合法权益的，可以自公告期限届满之日起六十日内提起行政复议。"
        "联系电话：0759-3628146\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_decision"


def test_a_report_put_up_in_full_under_the_disclosure_guide_unnamed_is_put_up_before_submission():
    page = (
        "某某镇污水处理厂项目选址于某某市某某镇某某村。项目近期处理水量为1万吨/天。\n"
        "目前，环评单位已经基本完成该项目的编制，根据《建设项目环境影响评价政府信息公开指南"
        "（试行）》，现将报告全文进行公示，征求公众意见。公众意见征求时间为：公示发布之日起"
        "5个工作日。\n"
        "建设单位：某某水务投资有限公司 联系人：某工 联系电话：0595-86325471\n"
        "某某水务投资有限公司\n"
        "2025年11月20日\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_pre_submission"
    assert notice.value("issuer") == "某某水务投资有限公司"
    assert str(notice.value("published_on")) == "2025-11-20"
    assert notice.value("window")["length"] == 5


def test_a_company_telling_its_founding_and_seat_at_the_head_issues_its_own_draft_notice():
    page = (
        "某某服装织造有限公司成立于1996年3月，位于某某市某某镇某某村，占地面积20000m2。"
        "近期，我公司计划在厂区内新增服装印花产能，项目已委托环评单位开展环境影响评价工作，"
        "现基本形成该项目环境影响报告书征求意见稿，根据《环境影响评价公众参与办法》相关要求，"
        "今向公众公开下列信息，征询与该建设项目环境影响有关意见，特此公告。\n"
        "(1) 环境影响报告书征求意见稿全文的网络链接：https://pan.example.cn/s/abc123，自行下载。\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_draft_comment"
    assert notice.value("issuer") == "某某服装织造有限公司"


def test_a_company_named_with_its_seat_alone_in_a_bureaus_sentence_issues_nothing_by_that():
    page = (
        "某某市生态环境局关于某某项目环境影响报告表的审批前公示\n"
        "根据建设项目环境影响评价审批程序的有关规定，我局拟批准《某某项目环境影响报告表》，"
        "现予公示5个工作日（2025年5月6日至2025年5月12日）。项目位于某某镇，由某某科技有限公司"
        "建设。联系电话：0769-22831465\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_pre_approval"
    assert notice.value("issuer") == "某某市生态环境局"
