"""Patterns a two-hundred-and-eightieth fresh set of real notices showed (issue #11: leisure
and culture works, theme parks, heritage and culture parks, sports centres, marinas and
resorts): each a sentence of behaviour on a text written for the test, modelled on the
pattern, not copied."""

from __future__ import annotations

from tests.importer.proposals import only as _only


def test_a_disclosure_catalogues_header_rows_are_no_part_of_the_title_and_date_the_notice():
    # a county site's catalogue header over the notice, its cells set off by spaces, not colons
    page = (
        "索 引 号 000000000/2031-00001 发布机构 某某县文化旅游局\n"
        "名    称 某某遗址公园项目环境影响评价第一次公众参与公示\n"
        "主 题 词 文    号\n"
        "主题分类 文物 题材分类 公告公示\n"
        "生成日期 2031-06-23 公开方式 主动公开\n"
        "某某遗址公园项目环境影响评价第一次公众参与公示\n"
        " 根据《环境影响评价公众参与办法》等文件的要求，现将某某遗址公园项目环境影响评价公众参与"
        "有关信息予以公告，内容如下：\n"
        " 一、项目概况\n"
        " 项目名称：某某遗址公园项目\n"
        " 建设内容：遗址保护棚、游客服务中心、停车场等。\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_first"
    assert notice.value("title") == "某某遗址公园项目环境影响评价第一次公众参与公示"
    assert str(notice.value("published_on")) == "2031-06-23"


def test_a_copy_under_its_acceptance_publicity_title_cut_at_the_meetings_account_is_that_notice():
    # the builder's 自主验收公示, the copy ending in its account of the acceptance meeting held
    page = (
        "当前位置：首页>验收公示\n"
        "某某市体育中心项目竣工环境保护自主验收公示\n"
        "作者：某某市体育局 来源：管理员 时间：2031-12-28 22:34:35 浏览次数：12次\n"
        "2031年12月27日，某某市政府投资项目代建管理办公室主持召开了“某某市体育中心项目”竣工环境"
        "保护验收会议。验收会由建设单位—某某市政府投资项目代建管理办公室、验收监测单位—某某检测"
        "有限公司及3位特邀专家组成验收小组。\n"
        "会前与会代表认真查看了项目现场，会议期间听取了建设单位对本项目环境保护“三同时”制度执行"
        "情况的汇报，经与会验收组及专家组的认真讨论、评议后认为本项目在建设过程基本执行了国家"
        "建设项目环境管理制度以及“环保设施与主体工程同时设计、同时施工、同时投\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "other"
    assert str(notice.value("published_on")) == "2031-12-28"


def test_a_builder_led_title_after_a_portals_place_label_names_its_issuer():
    # a news portal files the builder's notice under its city: "【某地】某某有限公司…第二次公示"
    page = (
        "【某地】某某旅游管理有限公司某某花海旅游景区项目环境信息第二次公示\n"
        "一、建设项目情况概述\n"
        "某某花海旅游景区项目位于某某县某某镇，项目总投资4.5亿元，集花海观光、休闲露营于一体。\n"
        "二、建设项目对环境可能造成影响的概述\n"
        "施工期主要为施工扬尘、施工废水和噪声；运营期主要为游客生活污水和生活垃圾。\n"
        "三、预防或者减轻不良环境影响的对策和措施的要点\n"
        "施工废水沉淀后回用，生活污水经景区污水处理站处理达标后综合利用。\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_draft_comment"
    assert notice.value("issuer") == "某某旅游管理有限公司"


def test_the_company_whose_commissioned_report_opens_a_2006_notice_issues_it():
    # no title, no signature: "…，某某有限公司某某项目环境影响报告书已委托某某大学编制，现将…"
    page = (
        "根据《中华人民共和国环境影响评价法》和《环境影响评价公众参与暂行办法》文件精神，某某生态"
        "旅游发展有限公司某某生态公园项目环境影响报告书已委托某某大学编制，现将该建设项目有关环境"
        "影响评价信息向公众公开，欢迎社会各界人士提出环境保护方面的宝贵意见。\n"
        "一、建设项目简述\n"
        "某某生态公园项目位于某某市某某镇，项目投资50000万元，总占地约27万m2。\n"
        "二、建设项目对环境可能造成影响的概述\n"
        "施工期产生扬尘和噪声；运行期产生废气、废水、固废。\n"
        "三、预防或者减轻不良环境影响的措施\n"
        "生活污水经污水处理站处理达标后全部用于绿化，不外排。\n"
        "四、环境影响报告书提出的环境影响评价结论的要点\n"
        "项目选址可行，从环评技术角度出发，项目建设可行。\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_draft_comment"
    assert notice.value("issuer") == "某某生态旅游发展有限公司"
