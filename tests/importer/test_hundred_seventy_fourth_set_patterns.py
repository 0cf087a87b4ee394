"""Patterns a hundred-and-seventy-fourth fresh set of real notices showed (issue #11: Henan
county-level and development-zone EIA notices of 2015-2025): each a sentence of behaviour on a
text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

from tests.importer.proposals import only as _only


def test_an_office_printing_its_second_name_in_brackets_issues_under_its_first_name():
    page = (
        "关于拟批复某某供热有限公司某某区管网工程环境影响评价文件的公示\n"
        "根据建设项目环境影响评价审批程序的有关规定，经审议，某某新区建设局（某某市生态环境局"
        "某某新区分局）拟批复某某供热有限公司某某区管网工程环境影响评价文件。为保证审批意见的"
        "严肃性和公正性，现将建设项目环境影响评价文件的基本情况予以公示。公示期为2024年5月6日—"
        "2024年5月10日。\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_pre_approval"
    assert notice.value("issuer") == "某某新区建设局"
