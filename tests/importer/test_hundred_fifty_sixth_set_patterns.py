"""Patterns a hundred-and-fifty-sixth fresh set of real notices showed (issue #11: Shaanxi,
Gansu, Ningxia, Qinghai and Xinjiang notices of 2020-2026, builders' notices and bureaus'
pre-approvals): each a sentence of behaviour on a text written for the test, modelled on the
pattern, not copied."""

from __future__ import annotations

from tests.importer.proposals import only as _only


def test_an_address_ends_where_the_table_under_it_sets_its_cell_rule_on_its_own_line():
    page = (
        "根據建設項目環境影響評價審批程序的有關規定，經審議，我局擬對某某機庫改造項目環境影響"
        "報告表作出批復決定。現將基本情況予以公示，公示期為2025年6月9日-2025年6月13日"
        "（5個工作日）。\n"
        "聯系電話：029-86231547\n"
        "通訊地址：某某省某某新區某某大廈A區302室\n"
        "|\n"
        "序號 |\n"
        "項目名稱 |\n"
        "1 |\n"
        "某某機庫改造項目 |\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_pre_approval"
    assert notice.value("contact")["address"] == "某某省某某新区某某大厦A区302室"
    assert notice.value("contact")["phone"] == "029-86231547"


def test_an_address_followed_by_a_cell_rule_and_a_postcode_on_one_line_keeps_only_the_address():
    page = (
        "根据建设项目环境影响评价审批程序的有关规定，经审议，我局拟对某某县某某污水处理站项目"
        "环境影响报告表作出批复决定。公示期为2025年6月9日-2025年6月13日（5个工作日）。\n"
        "联系电话：0953-3061234\n"
        "通讯地址：某某市某某街73号 | 邮编：751000\n"
    )
    notice = _only(page)
    assert notice.value("contact")["address"] == "某某市某某街73号"
    assert notice.value("contact")["postcode"] == "751000"
