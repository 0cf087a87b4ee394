"""Patterns a ninety-eighth fresh set of real notices showed (issue #11: a set gathered for
reposts on self-media and WeChat mirrors, mixed kinds): each a sentence of behaviour on a text
written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

from tests.importer.proposals import only as _only


def test_a_company_that_has_its_own_project_assessed_issues_the_full_text_notice():
    page = (
        "某某精密材料有限公司对其“某某精密材料有限公司年产五千万平方米复合膜项目”开展了环境"
        "影响评价工作，目前环评报告书已经编制完成，即将报批。根据《环境影响评价公众参与办法》的"
        "要求，现将环评报告书全本及公众参与说明予以公示，见附件。\n"
        "附件：报告书全本.pdf\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_pre_submission"
    assert notice.value("issuer") == "某某精密材料有限公司"


def test_a_company_that_already_had_its_own_project_assessed_issues_the_notice_too():
    page = (
        "某某镇分布式光伏项目环境影响报告表全本公示\n"
        "某某新能源科技有限公司已就其某某镇分布式光伏项目进行了环境影响评价，报告表已编制"
        "完成，即将报批。根据《环境影响评价公众参与办法》的要求，现将报告表全本予以公示，"
        "公示时间为2024年6月3日至2024年6月7日（5个工作日）。\n"
        "联系电话：13900000000\n"
    )
    notice = _only(page)
    assert notice.value("issuer") == "某某新能源科技有限公司"


def test_an_authority_that_assesses_a_project_it_does_not_own_is_not_read_as_its_builder():
    page = (
        "根据建设项目环境影响评价审批程序的有关规定，经审议，我局拟对某某化工有限公司年产"
        "两万吨助剂项目环境影响报告表作出审批意见，现予公示。公示期为2024年5月6日-2024年5月"
        "10日（5个工作日）。\n联系电话：0000-1234567\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_pre_approval"
    assert notice.value("issuer") != "某某化工有限公司"
