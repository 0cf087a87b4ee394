"""Patterns a hundred-and-sixty-third fresh set of real notices showed (issue #11: southern
Jiangsu notices of 2020-2026, builders' EIA notices and the pre-approvals of development zones
that approve under delegated power): each a sentence of behaviour on a text written for the
test, modelled on the pattern, not copied."""

from __future__ import annotations

from tests.importer.proposals import only as _only


def test_a_zone_committee_that_names_itself_in_a_dated_title_issues_its_pre_approval():
    page = (
        "2024年4月15日某某经济技术开发区管委会拟对建设项目环评文件作出审批意见的公示\n"
        "发布时间:2024-04-15\n"
        "根据建设项目环境影响评价审批程序的有关规定，现将我区拟作出批复决定的建设项目环境影响"
        "报告表的基本情况予以公示。\n"
        "公示期：从即日起，5个工作日\n"
        "审批联系人：某某产业园环境保护部\n"
        "联系电话：0512-12345678\n"
        "序号 | 项目名称 | 建设地点 | 建设单位 |\n"
        "1 | 某某改建项目 | 某某路1号 | 某某科技有限公司 |\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_pre_approval"
    assert notice.value("issuer") == "某某经济技术开发区管委会"
    assert str(notice.value("published_on")) == "2024-04-15"


def test_a_zone_that_titles_its_pre_approval_with_guanyu_before_the_step_issues_it():
    page = (
        "2024年3月4日某某高新技术产业开发区关于拟作出审批决定的环境影响评价文件公示\n"
        "发布时间：2024-03-04 10:20:00\n"
        "根据建设项目环境影响评价审批程序的有关规定，我区拟对以下环境影响评价文件作出审批决定。"
        "公示期为2024年3月4日-2024年3月8日（5个工作日）。\n"
        "联系电话：0512-87654321\n"
        "序号 项目名称 建设地点 建设单位\n"
        "1 扩建某某零件生产项目 某某镇某某路2号 某某电机有限公司\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_pre_approval"
    assert notice.value("issuer") == "某某高新技术产业开发区"
    assert str(notice.value("published_on")) == "2024-03-04"


def test_an_approval_office_named_after_the_contact_label_does_not_outrank_the_titled_zone():
    page = (
        "2023年9月1日某某经济开发区管理委员会拟对建设项目环评文件作出审批意见的公示\n"
        "根据有关规定，现将我区拟作出批复决定的建设项目环境影响报告书的基本情况予以公示。\n"
        "公示期：从即日起，5个工作日\n"
        "审批联系人：某某经济开发区行政审批局安全环保科\n"
        "联系电话：0512-11112222\n"
        "序号 | 项目名称 | 建设单位 |\n"
        "1 | 某某河道工程 | 某某开发集团 |\n"
    )
    notice = _only(page)
    assert notice.value("issuer") == "某某经济开发区管理委员会"
