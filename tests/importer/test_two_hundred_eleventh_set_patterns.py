"""Patterns a two-hundred-and-eleventh fresh set of real notices showed (issue #11: sugar,
paper and wood-panel works of Guangdong, Fujian and Yunnan, 2014-2025): each a sentence of
behaviour on a text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

import datetime as dt

from tests.importer.proposals import only as _only


def test_a_decision_put_up_in_the_pre_approval_words_is_a_decision():
    page = (
        "某某木材加工厂迁建项目环境影响报告表审批公示\n"
        "根据建设项目环境影响评价审批程序的有关规定，我局对《某某木材加工厂迁建项目环境影响报告表》"
        "作出审批。为保证审批的严肃性、公正性及公众知情权，现将该项目的审批意见予以公示。"
        "公示时间为2021年3月8日至3月14日。如有意见，请于公示期内提出。\n"
        "联系电话：0876-1234567\n"
        "某某州生态环境局某某分局\n"
        "2021年3月8日\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_decision"
    assert notice.value("issuer") == "某某州生态环境局某某分局"


def test_an_authority_about_to_decide_in_the_same_words_stays_a_pre_approval():
    page = (
        "某某纸业有限公司技改项目环境影响报告书审批公示\n"
        "根据建设项目环境影响评价审批程序的有关规定，我局拟对《某某纸业有限公司技改项目环境影响"
        "报告书》作出审批意见。为保证审批的严肃性和公正性，现将该项目的基本情况予以公示，"
        "公示期为2021年3月8日至2021年3月12日。\n"
        "联系电话：020-12345678\n"
    )
    assert _only(page).value("kind") == "eia_pre_approval"


def test_a_builder_that_tells_the_public_what_follows_without_a_now_is_a_notice():
    page = (
        "某某纸业有限公司委托某某环保有限公司承担《某某纸业有限公司年产5万吨生活用纸新建项目》的"
        "环境影响评价工作。根据《中华人民共和国环境影响评价法》、《环境影响评价公众参与办法》的"
        "相关规定，向公众公告以下信息：\n"
        "一、建设项目名称及概要\n"
        "某某纸业有限公司位于某某镇某某村，拟建设年产5万吨生活用纸生产线及配套污水处理设施。\n"
        "二、建设项目可能对环境造成的概述\n"
        "营运期主要为生产废水、纸毛粉尘及设备噪声。\n"
        "三、预防或减轻不良影响的对策\n"
    )
    notice = _only(page)
    # (the 2006 measures' second-notice item, its words turned round, tells the stage)
    assert notice.value("kind") == "eia_draft_comment"
    assert notice.value("issuer") == "某某纸业有限公司"


def test_a_source_date_line_labelled_riqi_under_the_title_beats_the_reposters_later_day():
    page = (
        "某某市生态环境局拟作出某某木业中纤板改造项目审批意见的公示\n"
        "发布时间: 2024年05月21日\n"
        "某某市生态环境局拟作出某某木业中纤板改造项目审批意见的公示\n"
        "日期:2024-05-20\n"
        "根据建设项目环境影响评价审批程序的有关规定，我局拟对1个建设项目环境影响评价文件进行审批。"
        "现将拟审批的环境影响评价文件基本情况予以公示，公示期为2024年5月20日-2024年5月24日"
        "（5个工作日）。\n"
        "邮箱：someone@example.com\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_pre_approval"
    assert notice.value("published_on") == dt.date(2024, 5, 20)
