"""Patterns a hundred-and-forty-fifth fresh set of real notices showed (issue #11: EIA notices
of every stage found by the wording of their response clauses, many of them Traditional-script
mirrors): each a sentence of behaviour on a text written for the test, modelled on the pattern,
not copied."""

from __future__ import annotations

from notices.importer import extract_notices
from tests.importer.proposals import only as _only


def test_a_builder_saying_its_assessment_has_just_begun_puts_up_its_first_notice():
    page = (
        "某某县某某乡某某坪萤石矿位于某某省某某市某某县某某镇（县城北东方向约30km），目前已开始"
        "开展环评工作，依据环境影响评价公众参与办法的相关规定，现对本项目建设有关环境保护的情况"
        "进行公示，以便了解社会公众对本项目建设的态度以及环保方面的意见和建议。\n"
        "一、建设项目情况\n"
        "1、项目名称：某某县某某乡某某坪萤石矿\n"
        "2、建设性质：新建项目\n"
        "3、项目概况：开采方式为地下开采，生产规模3.0万吨/年。\n"
        "二、建设单位及环评单位情况\n"
        "单位名称：某某县某某采矿厂\n"
        "联系人姓名：王某某\n"
        "联系人电话：13000000001\n"
        "环评单位：某某环保工程有限公司\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_first"
    assert notice.value("issuer") == "某某县某某采矿厂"


def test_a_builder_that_has_started_its_assessment_officially_says_so_in_other_words():
    page = (
        "某某市某某水库工程现已启动本项目环境影响评价工作，现将有关情况公告如下，欢迎公众提出"
        "意见和建议。\n"
        "一、项目概况：新建小（1）型水库一座，总库容150万立方米。\n"
        "二、建设单位：某某市水利局\n"
        "联系人：宋某某 联系电话：0539-1234567\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_first"
    assert notice.value("issuer") == "某某市水利局"


def test_a_mine_named_by_its_metal_after_its_group_is_the_builder_its_label_names():
    page = (
        "各位公众：\n"
        "某某钼业股份有限公司某某钼矿拟对某某钼矿尾矿充填工程开展环境影响评价工作，建设单位委托"
        "某某设计研究院有限公司对该项目进行环境影响评价，现向公众征求意见。\n"
        "一、建设单位及联系人\n"
        "建设单位：某某钼业股份有限公司某某钼矿\n"
        "联系人：李先生 电话：13900000002\n"
        "二、评价单位：某某设计研究院有限公司\n"
        "联系人：和女士 电话：13900000003\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_first"
    assert notice.value("issuer") == "某某钼业股份有限公司某某钼矿"


def test_a_mirrors_tin_mine_is_read_in_simplified_and_given_back_as_printed():
    page = (
        "各位公眾:\n"
        "某某錫業股份有限公司某某錫礦擬對某某錫礦尾砂充填系統工程開展環境影響評價工作。建設單位"
        "委托某某設計研究院有限公司對該項目進行環境影響評價，現向公眾征求意見和建議。\n"
        "二、工程建設單位及聯系人\n"
        "建設單位:某某錫業股份有限公司某某錫礦\n"
        "聯系人:李先生 電話:13900000004\n"
        "三、評價單位:某某設計研究院有限公司\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_first"
    assert notice.value("issuer") == "某某錫業股份有限公司某某錫礦"


def test_a_model_text_whose_contact_labels_are_left_empty_is_no_notice():
    page = (
        "某某文库 卫生院住院楼改建环境影响评价公示范文\n"
        "（一）建设项目的名称及概要\n"
        "卫生院拟改建住院楼，该项目位于卫生院内，占地面积约2000平方米。\n"
        "（二）建设项目的建设单位的名称和联系方式\n"
        "建设单位：卫生院\n"
        "联系人：\n"
        "联系电话：\n"
        "（三）承担评价工作的环境影响评价机构的名称和联系方式\n"
        "评价单位：\n"
        "联系人：\n"
        "联系电话：\n"
        "（四）征求公众意见的主要事项\n"
        "您对该项目环保方面有何建议和要求？\n"
        "（五）公众提出意见的主要方式：以信函、电子邮件或其他方式，向建设单位提交书面意见。\n"
    )
    assert extract_notices(page).proposals == ()


def test_a_notice_with_empty_labels_that_prints_its_number_elsewhere_stays_a_notice():
    page = (
        "某某县某某养殖场建设项目环境影响评价第一次公示\n"
        "根据《环境影响评价公众参与办法》的规定，现将本项目环境影响评价的有关信息公示如下。\n"
        "一、建设单位：某某县某某养殖场\n"
        "联系人：\n"
        "联系电话：\n"
        "0371-12345678\n"
        "二、公众可在本公示发布之日起10个工作日内，以信函、电话等方式向建设单位提出意见。\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_first"
