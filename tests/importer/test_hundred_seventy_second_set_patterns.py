"""Patterns a hundred-and-seventy-second fresh set of real notices showed (issue #11: Zhejiang
county-level notices of 2020-2026, builders' EIA notices and bureaus' pre-approvals and
decisions): each a sentence of behaviour on a text written for the test, modelled on the
pattern, not copied."""

from __future__ import annotations

from tests.importer.proposals import only as _only


def test_a_pre_approval_cut_short_stays_a_notice_though_its_project_got_an_earlier_approval():
    page = (
        "2025年3月4日拟对建设项目环评文件作出审批意见的公告（某某铁路某某标段碎石加工点项目）\n"
        "发布机构：某某市生态环境局某某分局 生成时间：2025-03-04 09:10:11\n"
        "序号 项目名称 建设地点 建设单位 建设项目概况\n"
        "1 某某铁路某某标段碎石加工点项目 某某县某某镇某某村 某某集团有限公司 "
        "2022年某某铁路有限公司编制的《某某铁路环境影响报告书》于2022年9月获得某某省生态环境厅"
        "批复，现因工程需要申请设立配套碎石加工点，加工洞渣供项目自用。\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_pre_approval"
