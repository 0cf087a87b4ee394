"""Patterns a hundred-and-twenty-first fresh set of real notices showed (issue #11: notices as
newspapers and news sites print them, with bureau publicity windows on reserves, wetland parks
and draft rules): each a sentence of behaviour on a text written for the test, modelled on the
pattern, not copied."""

from __future__ import annotations

from tests.importer.proposals import only as _only


def test_a_heading_of_the_bodys_name_and_the_notice_word_alone_names_the_issuer():
    page = (
        "某某省林业和草原局公示\n"
        "某某湿地县级自然保护区位于某某市境内。某某水务有限公司拟在保护区实验区内实施某某河"
        "堤防加固工程，需占用保护区土地1.2公顷。现对该项目意向进行公示，公示期间，任何单位和"
        "个人均可来信、来电或来访，对该项目发表意见、建议或反映问题。\n"
        "一、公示日期：2023年3月6日-2023年3月17日（10个工作日）\n"
        "二、受理电话：028-62345678，电子邮件：lcj2023@example.com\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "other"
    assert notice.value("issuer") == "某某省林业和草原局"


def test_the_body_that_takes_the_calls_and_letters_issues_a_publicity_it_names_nowhere_else():
    page = (
        "拟申请建立的某某湖国家湿地公园（试点）已通过专家评审。为体现公开、公正的原则，征求公众"
        "对国家湿地公园设立和管理工作的意见，现对拟建的某某湖国家湿地公园（试点）进行公示。\n"
        "公示期间，任何单位和个人均可采用来信、来电和来访的方式发表意见。某某省林业局将对反映的"
        "问题进行核实，并对来信来电来访者的姓名严格保密。\n"
        "一、公示日期：2018年5月7日—5月11日\n"
        "二、某某省林业局受理电话、信箱和来访地址\n"
        "电话：0571-62345678\n"
        "电子邮件：wetland@example.com\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "other"
    assert notice.value("issuer") == "某某省林业局"


def test_a_sites_copyright_statement_under_a_post_gives_neither_the_contact_nor_a_link():
    page = (
        "媒体：某某网 作者：某某办\n"
        "某某市人民政府拟对某某公园规划进行调整，现予公示，征求公众意见。\n"
        "一、公示日期：2019年4月8日—4月12日\n"
        "二、受理电话：(010)62345678、(010)87654321\n"
        "电子邮件：park@example.com\n"
        "版权声明：1.本网页发布的转载作品，由发布者按照互联网精神进行分享。2.本网页是第三方信息"
        "存储空间。名称：某某科技有限公司 联系人：王女士，QQ123456 网络地址：www.example.com\n"
    )
    notice = _only(page)
    contact = notice.value("contact") or {}
    assert contact.get("phone") == "010-62345678"
    assert "name" not in contact
    assert "http://www.example.com" not in (notice.value("links") or [])
