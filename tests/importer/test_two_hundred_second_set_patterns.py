"""Patterns a two-hundred-and-second fresh set of real notices showed (issue #11: EIA notices of
steel, coking, cement and glass works in Hebei, Shandong, Henan and Shanxi, 2008-2025): each a
sentence of behaviour on a text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

from tests.importer.proposals import only as _only


def test_a_pre_approval_telling_of_the_penalty_for_building_early_is_still_a_notice():
    page = (
        "关于2022年3月15日拟对某某焦化有限公司焦炉改造升级项目环境影响报告书作出审批意见的公示\n"
        "发布时间：2022-03-15\n"
        "某某焦化有限公司焦炉改造升级项目位于某某市产业集聚区，新建2座焦炉及配套设施。"
        "该项目未批先建，某某市生态环境局某某分局出具了行政处罚决定书（某环罚决字〔2021〕第9号），"
        "建设单位已缴纳了罚款。\n"
        "根据建设项目环境影响评价审批程序的有关规定，经审议，我厅拟对某某焦化有限公司焦炉改造升级"
        "项目环境影响报告书做出审批意见。为保证审批意见的严肃性和公正性，现将该项目的基本情况予以"
        "公示。如有异议，请自本公告发布之日起5个工作日内反馈我厅环评处。\n"
        "电话：0371-12345678\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_pre_approval"
    assert notice.value("published_on").isoformat() == "2022-03-15"


def test_a_reposters_login_button_above_the_title_is_no_part_of_the_issuer():
    page = (
        "拟建工程正文\n"
        "（* 或 略）部分为隐藏内容，查看详细信息请 注册/登录\n"
        "某某市生态环境局关于（略）年（略）月（略）日拟作出的建设项目\n"
        "环境影响评价文件审批意见的公示\n"
        "根据建设项目环境影响评价审批程序的有关规定，经审查，我局拟对2个建设项目环境影响评价文件"
        "作出审批意见。现将拟作出审批意见的建设项目环境影响评价文件基本情况予以公示。"
        "公示期为2025年3月3日-2025年3月7日（5个工作日）。\n"
        "电话：0354-1234567\n"
    )
    notice = _only(page)
    assert notice.value("issuer") == "某某市生态环境局"


def test_a_hearing_notice_cut_before_its_right_gives_no_window_of_its_own():
    page = (
        "关于2022年3月15日拟对某某焦化有限公司焦炉改造项目环境影响报告书作出审批意见的公示\n"
        "发布时间：2022-03-15\n"
        "经审议，我厅拟对某某焦化有限公司焦炉改造项目环境影响报告书做出审批意见。现将该项目的基本"
        "情况予以公示。如有异议，请自本公告发布之日起5个工作日内反馈我厅环评处。\n"
        "电话：0371-12345678\n"
        "听证告知：依据《中华人民共和国行政许可法》，自公示起五日内申请人、利害关系人可对以下拟作出\n"
    )
    notice = _only(page)
    assert notice.value("window")["length"] == 5
    assert notice.value("window")["unit"] == "working_days"
