"""Patterns a hundred-and-seventy-ninth fresh set of real notices showed (issue #11: Guangxi
county-level notices of 2020-2026, builders' EIA notices and bureaus' pre-approvals and
decisions): each a sentence of behaviour on a text written for the test, modelled on the
pattern, not copied."""

from __future__ import annotations

from datetime import date

from tests.importer.proposals import only as _only


def test_a_project_eia_file_put_up_in_full_under_the_disclosure_guide_is_a_pre_submission_notice():
    page = (
        "某某港某某航道扩建工程环境影响评价文本公示\n"
        "2019-05-14\n"
        "某某港口管理局负责建设的某某港某某航道扩建工程进行了环境影响报告表编制，根据《中华人民"
        "共和国环境影响评价法》、《建设项目环境影响评价政府信息公开指南（试行）》（环办〔2013〕"
        "103号）有关规定，现将该项目环评文件全文进行公示。欢迎公众参与建设项目环境保护工作。\n"
        "一、建设地点：某某港某某作业区。\n"
        "二、环评单位：某某交通科学研究院\n"
        "三、公示时间：2019年5月13日至2019年5月20日。联系人：某工，联系电话：0771-5550123。\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_pre_submission"
    assert notice.value("published_on") == date(2019, 5, 14)
