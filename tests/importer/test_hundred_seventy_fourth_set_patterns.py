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


def test_a_builders_word_that_its_works_passed_acceptance_with_no_period_is_no_notice():
    from notices.importer import extract_notices

    page = (
        "某某县某某水闸除险加固工程通过环境保护专项验收公告\n"
        "2024年6月3日，某某县水利局组织召开某某水闸除险加固工程环境保护专项验收会议。验收"
        "委员会经查看现场、查阅资料，认为该项目落实了环境影响报告表提出的各项措施，同意通过"
        "环境保护专项验收。\n"
        "特此公告。\n"
        "某某县水利局\n"
        "2024年6月20日\n"
    )
    assert extract_notices(page).proposals == ()


def test_a_publicity_printed_over_a_passed_acceptance_word_is_still_read():
    from notices.importer import extract_notices

    page = (
        "一、项目概况\n项目名称：某某金属制品厂铝灰回收利用项目。\n二、公示内容\n在《某某金属制品厂"
        "铝灰回收利用项目环境影响报告书》向环保部门报批前进行公示，公示内容为报告书全文和公众参与"
        "说明。\n三、建设单位名称和联系方式\n建设单位名称：某某金属制品厂\n联系人：某先生 电话："
        "13800000000\n\n"
        "某某县某某水闸除险加固工程通过环境保护专项验收公告\n"
        "验收委员会经查看现场，同意通过环境保护专项验收。\n特此公告。\n某某县水利局\n2024年6月20日\n"
    )
    kinds = [p.value("kind") for p in extract_notices(page).proposals]
    assert kinds == ["eia_pre_submission"]
