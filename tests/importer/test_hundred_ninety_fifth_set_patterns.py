"""Patterns a hundred-and-ninety-fifth fresh set of real notices showed (issue #11: reservoirs,
hydropower, water supply and river works of Sichuan, Hubei, Fujian and Zhejiang, 2017-2024):
each a sentence of behaviour on a text written for the test, modelled on the pattern, not
copied."""

from __future__ import annotations

from notices.importer import extract_notices
from tests.importer.proposals import only as _only


def test_a_builder_that_has_now_commissioned_the_assessment_issues_its_first_notice():
    page = (
        "某某县某某水库工程环境影响评价第一次公示\n"
        "某某开发有限公司现已委托某某环保科技有限公司对某某县某某水库工程进行环境影响评价工作，"
        "按照《环境影响评价公众参与办法》的有关规定，现向公众公开其有关环境影响评价信息，具体如下：\n"
        "一、工程概况：某某水库总库容约500万m3，工程任务以供水为主。\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_first"
    assert notice.value("issuer") == "某某开发有限公司"


def test_a_hydropower_station_that_plans_to_build_its_own_works_issues_the_notice():
    page = (
        "【公示】某某县某某水电站增效扩容项目环境影响评价第二次公示\n"
        "发布时间：2017/03/16\n"
        "某某县某某水电站拟建设某某县某某水电站增效扩容项目，环境影响评价工作由某某公司承担，"
        "依据《中华人民共和国环境影响评价法》等有关法律法规的要求，现将工程环境影响评价情况予以公示。\n"
        "某某水电站主要建筑物有拦河坝、发电引水建筑物、发电厂房及升压站等，装机容量2000kW。\n"
    )
    notice = _only(page)
    assert notice.value("issuer") == "某某县某某水电站"


def test_an_untitled_post_assessment_publicity_is_other_and_still_proposed():
    page = (
        "根据《中华人民共和国环境影响评价法》、《建设项目环境影响后评价管理办法（试行）》以及"
        "《环境影响评价公众参与办法》等相关规定，对“某某县某某水电站项目环境影响后评价报告”"
        "环境影响后评价工作进行信息公示，以接受公众的监督。公示内容如下：\n"
        "一、项目概况\n某某水电站为引水式开发电站，装机容量为300kW。\n"
        "二、建设单位及联系方式\n建设单位：某某县某某水电站\n联系人：某总\n"
        "三、公众提出意见的主要方式\n单位和个人可以通过电话、信函等方式向建设单位提交公众意见。\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "other"
    assert notice.value("issuer") == "某某县某某水电站"


def test_a_link_split_by_stray_spaces_after_a_dot_and_a_slash_is_read_whole():
    page = (
        "某某水库引水工程环境影响评价第二次公示\n"
        "（二）环境影响报告书征求意见稿全文的网络链接：（http://www.example. com.cn/index.php?"
        "s=/Home/Article/detail/id/ 376.html&from=qq）。\n"
        "建设单位：某某投资有限公司；联系电话：13800000000。\n"
    )
    notice = _only(page)
    assert notice.value("links") == [
        "http://www.example.com.cn/index.php?s=/Home/Article/detail/id/376.html&from=qq"
    ]


def test_a_link_ending_in_a_slash_before_a_sentence_is_not_joined_to_it():
    page = (
        "某某供水工程环境影响评价征求意见稿公示\n"
        "征求意见稿见 http://www.example.cn/ 公众可在十个工作日内提出意见。\n"
        "建设单位：某某供水有限公司，联系电话：13800000000\n"
    )
    result = extract_notices(page)
    assert [p.value("links") for p in result.proposals] == [["http://www.example.cn/"]]
