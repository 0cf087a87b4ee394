"""Patterns a ninetieth fresh set of real notices (2025-2026, mixed provinces and media; issue #11)
showed: each a sentence of behaviour on a text written for the test, modelled on the pattern, not
copied."""

from __future__ import annotations

from notices.importer import extract_notices
from tests.importer.proposals import only as _only


def test_a_notice_that_opens_by_recounting_its_acceptance_is_the_later_pre_approval():
    page = (
        "本局于2026年2月3日受理了《某某县中心卫生院门诊楼扩建项目环境影响报告表》的审批申请,"
        "并在本局网站作了受理公示。受理公示期内无异议,经审查,拟作出同意该项目的审批意见。"
        "现将项目基本情况公示如下。\n"
        "一、项目名称:某某县中心卫生院门诊楼扩建项目\n"
        "二、公示时间:2026年2月24日至2026年3月2日(5个工作日)\n"
        "三、听证告知:依据《中华人民共和国行政许可法》,自公示起五日内,申请人、利害关系人"
        "可对拟作出的环境影响评价文件批复决定要求听证。\n"
        "联系电话:0771-5550142\n"
    )
    proposal = _only(page)
    assert proposal.value("kind") == "eia_pre_approval"


def test_an_acceptance_notice_still_open_stays_an_acceptance():
    page = (
        "本局于2026年3月9日受理了《某某新材料有限公司年产2万吨涂料项目环境影响报告书》,"
        "现将受理情况予以公示,公示期为2026年3月9日至2026年3月20日(10个工作日)。\n"
        "联系电话:0551-5550177\n"
    )
    proposal = _only(page)
    assert proposal.value("kind") == "eia_acceptance"


def test_news_that_inspection_groups_take_reports_without_a_number_or_period_is_no_notice():
    notice = (
        "发文机关: 某某县产业园 发文日期: 2025-11-03\n"
        "某某产业园扩区规划环境影响评价公众参与第二次公示\n"
        "某某产业园管委会委托某某环保科技有限公司编制“某某产业园扩区规划环境影响评价报告书”。"
        "根据《环境影响评价公众参与办法》的有关规定,现将相关信息公示如下:\n"
        "一、规划环境影响评价报告征求意见稿全文的网络链接及查阅纸质报告的方式和途径\n"
        "征求意见稿全文见网站附件\n"
        "二、征求意见的公众范围\n规划周边3km涉及的团体及个人。\n"
        "三、公众提出意见的方式和途径\n公众可发电子邮件或纸质材料至规划组织单位。\n"
        "规划实施单位:某某产业\n"
    )
    news = (
        "督察工作动态\n来源:www.example.com    编辑: 环保网     时间:2025-09-14点击:\n"
        "一、省级层面督察进展\n1. 本轮督察完成情况\n"
        "本轮省级督察对四个市的进驻已于2025年8月30日结束,累计转办群众举报2130件。\n"
        "二、督察机制完善\n当前督察组均设立专门信访渠道,每日8:00-20:00受理举报。\n"
        "如需更多进展,可进一步说明需求。\n"
    )
    kinds = [p.value("kind") for p in extract_notices(notice + "\n" + news).proposals]
    assert kinds == ["eia_draft_comment"]
