"""Patterns a hundred-and-seventeenth fresh set of real notices showed (issue #11:
pharmaceuticals and biotech: bulk drugs and preparations, human and veterinary vaccines,
traditional medicine pieces, medical devices and reagents, health foods, a chemical park
planned for bulk drugs): each a sentence of behaviour on a text written for the test, modelled
on the pattern, not copied."""

from __future__ import annotations

from tests.importer.proposals import only as _only


def test_a_number_without_area_code_keeps_the_extension_printed_after_it():
    page = (
        "某某药业有限公司片剂及原料药生产线技改项目环境影响评价公告(第一次)\n"
        "根据《中华人民共和国环境影响评价法》和《环境影响评价公众参与暂行办法》的要求，现将某某药业"
        "有限公司片剂及原料药生产线技改项目环境影响评价有关信息予以公示：\n"
        "一、建设单位：某某药业有限公司\n"
        "联系人：张工\n"
        "电话：55501234转8001\n"
        "二、评价单位：某某环境科技有限公司\n"
        "Email：eia@example.com\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_first"
    assert notice.value("contact")["phone"] == "55501234-8001"


def test_a_builder_named_after_the_city_of_benxi_keeps_its_first_character():
    page = (
        "中药饮片加工生产线建设项目环境影响评价第一次网上公示\n"
        "根据《中华人民共和国环境影响评价法》的有关规定，本溪某某药材有限公司于2031年4月6日委托"
        "某某环保工程有限公司进行项目的环境影响评价工作。现将项目环境影响评价的相关信息公告如下：\n"
        "一、项目名称：中药饮片加工生产线建设项目\n"
        "二、建设单位：本溪某某药材有限公司\n"
        "联系电话：15550000101\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_first"
    assert notice.value("issuer") == "本溪某某药材有限公司"


def test_a_plans_organising_body_under_its_label_is_the_issuer():
    page = (
        "某某市化工园区总体发展规划(2031-2045)\n"
        "环境影响评价公众参与第一次公示\n"
        "一、规划基本情况\n"
        "某某市化工园区规划以医药中间体、原料药和制剂为主导产业，规划范围总用地面积3.1平方公里。\n"
        "二、规划组织单位的名称和联系方式\n"
        "规划组织单位：某某市产业开发区管委会\n"
        "联系人：王主任\n"
        "联系电话：0000-5550105\n"
        "三、承担评价工作的环境影响评价机构的名称和联系方式\n"
        "单位名称：某某环境科技咨询有限公司\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_first"
    assert notice.value("issuer") == "某某市产业开发区管委会"


def test_a_trail_of_section_names_without_a_home_link_is_no_part_of_the_title_under_it():
    page = (
        "新闻动态\n"
        "详细内容页\n"
        "内容页 < 公司动态\n"
        "某某生物药品有限公司兽用疫苗生产车间建设项目征求意见稿公示\n"
        "《某某生物药品有限公司兽用疫苗生产车间建设项目环境影响报告书》编制已基本完成，按照《环境"
        "影响评价公众参与办法》的有关规定，现向公众公开建设项目环境影响报告书征求意见稿信息。\n"
        "一、征求意见稿全文链接：https://pan.example.com/s/abcdef\n"
        "二、征求意见公众范围：环境影响评价范围内的公民、法人和其他组织。\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_draft_comment"
    assert notice.value("title").startswith("某某生物药品有限公司")
    assert notice.value("issuer") == "某某生物药品有限公司"


def test_a_report_its_builder_puts_up_under_the_disclosure_guide_goes_before_submission():
    page = (
        "依据《建设项目环境影响评价政府信息公开指南(试行)》的规定，现将《某某医疗科技有限公司细胞"
        "保存液、样本保存液和一次性采样管新建项目环境影响评价报告表》进行公示，以便了解社会公众对"
        "本项目的态度及对本项目环境保护方面的意见和建议，接受社会公众的监督。\n"
        "1、项目概况\n"
        "某某医疗科技有限公司厂址位于某某市某某镇某某路3号，年产细胞保存液18万瓶。\n"
        "2、公众提出意见的主要方式：通过电话、传真、信函等方式与建设单位或环评单位反馈。\n"
        "3、联系方式 联系电话：0000-5550106 联系人：黄生\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_pre_submission"
