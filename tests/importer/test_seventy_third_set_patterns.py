"""Patterns a seventy-third fresh set of real notices showed (issue #11: authority notices from
approval bureaus, development-zone committees and Bingtuan divisions, with their near-misses):
each a sentence of behaviour on a text written for the test, modelled on the pattern, not
copied."""

from __future__ import annotations

from notices.importer import extract_notices
from tests.importer.proposals import only as _only


def test_a_disclosure_catalogues_table_of_what_a_bureau_must_publish_is_no_notice():
    page = (
        "序号 | 公开事项 | 公开内容 | 公开依据 | 公开时限 | 公开主体 | 公开渠道 |\n"
        "1 | 环境影响评价文件审批 | 受理环节：受理情况公示、报告书全本；决定环节：批复 | "
        "《环境影响评价法》《政府信息公开条例》 | 自信息形成之日起20个工作日内 | "
        "县级生态环境部门 | 政府网站 |\n"
        "2 | 排污许可 | 核发结果 | 《排污许可管理条例》 | 自信息形成之日起20个工作日内 | "
        "县级生态环境部门 | 政府网站 |\n"
    )
    assert not extract_notices(page).proposals


def test_an_acceptance_notice_with_its_own_table_is_still_a_notice():
    page = (
        "关于建设项目环境影响评价文件受理情况的公示\n"
        "根据建设项目环境影响评价审批程序的有关规定，2025年4月7日我局受理了1个建设项目环境影响"
        "评价文件，现将受理情况予以公示，公示期为2025年4月7日至2025年4月18日（10个工作日）。\n"
        "联系电话：0912-5550177\n"
        "序号 | 项目名称 | 建设地点 | 建设单位 | 受理日期 |\n"
        "1 | 某某砖厂技改项目 | 某某镇 | 某某建材有限公司 | 2025年4月7日 |\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_acceptance"


def test_an_approval_posted_under_the_decision_letters_title_without_a_period_is_no_notice():
    page = (
        "关于某某光伏电站送出线路工程建设项目环境影响报告表的批复\n"
        "发布时间：2024-08-19 09:30 来源：某某县生态环境分局\n"
        "序号 文件名称 文号 审批时间\n"
        "1 关于某某光伏电站送出线路工程建设项目环境影响报告表的批复 某环审表〔2024〕12号 "
        "2024年8月16日\n"
        "注：经审查，我局已对该项目环境影响评价文件作出批复，现将有关情况予以公示。"
        "公民、法人或者其他组织认为该审批决定侵犯其合法权益的，可以自公告期限届满之日起"
        "六十日内提起行政复议，也可以自公告期限届满之日起六个月内提起行政诉讼。\n"
        "联系电话：0476-5550188\n"
    )
    assert not extract_notices(page).proposals


def test_the_same_posting_that_gives_its_own_period_is_a_decision_notice():
    page = (
        "关于某某光伏电站送出线路工程建设项目环境影响报告表的批复\n"
        "发布时间：2024-08-19 09:30 来源：某某县生态环境分局\n"
        "经审查，我局已对该项目环境影响评价文件作出审批决定，现予以公告，"
        "公告期为2024年8月19日至2024年8月23日（5个工作日）。"
        "公民、法人或者其他组织认为该审批决定侵犯其合法权益的，可以自公告期限届满之日起"
        "六十日内提起行政复议。\n"
        "联系电话：0476-5550188\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_decision"
