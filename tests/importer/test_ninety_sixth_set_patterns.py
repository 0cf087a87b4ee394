"""Patterns a ninety-sixth fresh set of real notices showed (issue #11: a set at the edges of
the years, notices printed under the 2006 interim measures and reposted since): each a
sentence of behaviour on a text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

from tests.importer.proposals import only as _only

_INTERIM_FIRST = (
    "“某某港区成品油码头配套工程”属于需要编制环境影响报告书的项目，根据《环境影响评价"
    "公众参与暂行办法》的规定，现向公众公开有关环境影响评价的信息。\n"
    "一、建设项目的名称及概要\n"
    "某某港区成品油码头配套工程，建设地点位于某某县某某镇东侧海域。\n"
    "二、建设项目的建设单位的名称和联系方式\n"
    "建设单位：某某港务石化有限公司\n"
    "电话：0595-12345678\n"
    "三、承担评价工作的环境影响评价机构的名称和联系方式\n"
    "评价机构：某某海洋环境研究所\n"
    "电话：0592-1234567\n"
)


def test_an_interim_measures_first_notice_cut_before_its_opinion_items_is_a_first_notice():
    notice = _only(_INTERIM_FIRST)
    assert notice.value("kind") == "eia_first"
    assert notice.value("issuer") == "某某港务石化有限公司"


_OLD_SECOND = (
    "某某铁路某某至某某段环境影响评价第二次公示\n"
    "根据《环境影响评价公众参与暂行办法》，现将本工程有关事宜公告如下。\n"
    "一、公众索取信息的方式\n"
    "公众可向评价单位索取环境影响报告书简本。\n"
    "二、公众提出意见有效时间\n"
    "本公告发布之日起十个工作日内。\n"
    "三、建设单位及联系方式\n"
    "{label}某某铁路局\n"
    "地址：某某市站前路8号\n"
    "电话：0531-87654321\n"
    "四、环评单位及联系方式\n"
    "单位名称：某某铁路设计咨询有限公司\n"
)


def test_a_builder_named_on_a_bare_unit_line_under_the_builders_heading_is_the_issuer():
    notice = _only(_OLD_SECOND.format(label="单位："))
    assert notice.value("kind") == "eia_draft_comment"
    assert notice.value("issuer") == "某某铁路局"


def test_a_builder_named_on_a_unit_name_line_under_the_builders_heading_is_the_issuer():
    notice = _only(_OLD_SECOND.format(label="单位名称："))
    assert notice.value("issuer") == "某某铁路局"


def test_a_unit_name_line_under_the_consultants_heading_is_not_the_issuer():
    page = (
        "某某化工园区污水处理厂扩建工程环境影响评价第一次公示\n"
        "一、建设项目名称及概要\n某某化工园区污水处理厂扩建工程，新增处理规模2万吨/日。\n"
        "二、建设单位及联系方式\n联系人：王工 电话：0512-66660000\n"
        "三、环境影响评价机构及联系方式\n单位名称：某某环境科技有限公司\n"
        "联系人：李工 电话：025-88880000\n"
        "四、公众可通过电话、信函等方式提出意见。\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_first"
    assert notice.value("issuer") != "某某环境科技有限公司"


def test_a_unit_name_line_under_a_heading_over_both_bodies_contacts_is_the_builder():
    page = (
        "某某工业园区总体规划环境影响评价第二次公示\n"
        "一、征求意见稿全文见附件。\n"
        "二、公众可通过信函、电子邮件等方式提交意见。\n"
        "1）建设单位及环评单位的联系方式\n单位名称：某某工业园区管理委员会\n"
        "联系人：张工 联系电话：13900000000\n"
    )
    assert _only(page).value("issuer") == "某某工业园区管理委员会"
