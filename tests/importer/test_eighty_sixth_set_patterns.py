"""Patterns an eighty-sixth fresh set of real notices showed (issue #11: notices of 2016-2018,
the interim-measures era): each a sentence of behaviour on a text written for the test,
modelled on the pattern, not copied."""

from __future__ import annotations

from notices.importer.parties import clean_org
from tests.importer.proposals import only as _only


def test_a_reposters_province_and_city_tag_before_a_bureaus_title_is_no_part_of_its_name():
    page = (
        "湖南衡阳衡阳市环境保护局关于2017年8月14日拟对建设项目环评文件作出审批意见的公告\n"
        "根据建设项目环境影响评价审批程序的有关规定，经审议，我局拟对下列建设项目环境影响评价"
        "文件作出审批意见。现将基本情况予以公告，公告期为2017年8月15日至2017年8月21日"
        "（5个工作日）。\n"
        "联系电话：0734-5550172\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_pre_approval"
    assert notice.value("issuer") == "衡阳市环境保护局"


def test_a_place_tag_is_dropped_only_where_the_place_is_printed_again():
    # the province printed again after the city: a tag before a company's own name
    assert clean_org("山东潍坊山东恒远精细化工有限公司") == "山东恒远精细化工有限公司"
    # a name that merely starts with its province and city keeps them
    assert clean_org("浙江湖州长兴水务有限公司") == "浙江湖州长兴水务有限公司"
    assert clean_org("四川省生态环境厅") == "四川省生态环境厅"
