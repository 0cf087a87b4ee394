"""Patterns a seventy-fourth fresh set of real notices showed (issue #11: a mixed set of all
kinds and media, with its near-misses): each a sentence of behaviour on a text written for the
test, modelled on the pattern, not copied."""

from __future__ import annotations

from notices.importer import extract_notices
from tests.importer.proposals import only as _only


def test_a_rectification_publicity_inviting_objections_to_its_result_is_an_other_notice():
    page = (
        "某某湖岸线违建问题已完成整改，并经核查验收。现将整改完成情况公示如下：\n"
        "一、整改问题\n湖岸线内堆放建筑垃圾。\n"
        "二、整改完成情况\n经现场核查，建筑垃圾已全部清运，岸线已复绿。\n"
        "如对上述问题整改情况有异议，请在公示期间（2024年10月8日至2024年10月21日，"
        "共10个工作日）向某某区生态环境分局反映。\n"
        "监督电话：0512-66554433\n"
        "2024年10月8日\n"
        "某某湖岸线问题整改销号公示\n"
        "\n"
        "某某河口湿地公园提升工程已于今年完工，市民可前往游览。据介绍，公园新增步道三公里、"
        "观鸟台两座，并配套建设了停车场和游客服务中心。\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "other"
    assert notice.value("window")["ends_on"] == "2024-10-21"
    assert notice.value("issuer") == "某某区生态环境分局"


def test_a_spun_copy_of_the_liquidation_procedure_is_an_explainer_not_a_notice():
    page = (
        "某某新区物流园项目环境影响评价第一次公示\n"
        "根据《环境影响评价公众参与办法》，现将某某物流园项目环境影响评价信息公示如下。\n"
        "一、建设单位：某某物流有限公司\n联系人：钱工 电话：13700001111\n"
        "二、公众意见表的网络链接：http://www.mee.gov.cn/xxgk2018/\n"
        "三、公众可通过电话、邮件等方式提出意见。\n"
        "某某物流有限公司\n2024年6月3日\n"
        "\n"
        "2、清理组该当自创设之日起十日内通告债权人，并于六十日内在报纸上通告。债权人该当自接到"
        "通告书之日起三十日内，未接到通告书的自通告之日起四十五日内，向清理组申报其债权。债权人"
        "申报债权，该当诠释债权的相关事项，并供应证明质料。\n"
        "3、清理组在整理公司家产、编造资产欠债表和家产清单后，该当订定清理计划，并报股东会、"
        "股东大会或者人民法院确认。\n"
        "4、清理组在整理公司家产后，觉察公司家产不足清偿债务的，该当依法向人民法院申请宣告破产。\n"
        "5、公司清理完成后，清理组该当创造清理呈文，报股东会确认，申请刊出公司注册，通告公司终止。\n"
        "微信扫一扫赞助\n"
        "\n"
        "某某机场改扩建工程环境影响评价第一次公示\n根据《环境影响评价法》，现将项目信息公示如下。\n"
        "建设单位：某某机场集团有限公司\n联系人：李工 联系电话：0871-66001122\n"
        "邮箱：abc123@163.com\n某某机场集团有限公司\n2023年5月6日\n"
    )
    kinds = [p.value("kind") for p in extract_notices(page).proposals]
    assert kinds == ["eia_first", "eia_first"]


def test_a_form_label_whose_colon_was_lost_is_not_part_of_the_issuer():
    page = (
        "某某县东湖工业园区国土空间详细规划环境影响评价公众参与第一次公示\n"
        "索  引  号 K12345678/2024-00311 主题分类\n"
        "名        称 某某县东湖工业园区国土空间详细规划环境影响评价公众参与第一次公示\n"
        "主  题  词 公示 成文日期 2024-09-02 10:15\n"
        "文        号 〔〕号 发布日期 2024-09-03 09:40\n"
        "发文单位 东湖工业园区管理委员会 发布机构 某某县自然资源局\n"
        "根据《环境影响评价法》《规划环境影响评价条例》等有关规定，某某县东湖工业园区管理委员会"
        "委托某某环保科技有限公司开展规划环境影响评价工作，现将相关内容进行公示。\n"
        "一、规划名称及概况\n项目名称：某某县东湖工业园区国土空间详细规划\n"
        "管理机构某某县东湖工业园区管理委员会\n规划概要：园区分为两个片区。\n"
        "二、项目建设单位的名称及联系方式\n"
        "管理机构某某县东湖工业园区管理委员会\n单位地址：某某县某某镇\n联系\n"
    )
    notice = _only(page)
    assert notice.value("issuer") == "某某县东湖工业园区管理委员会"


def test_an_aggregators_paywall_hotline_is_not_the_notices_contact():
    page = (
        "某某县某某镇污水管网工程环境影响报告表审批前公示\n"
        "发布时间：\n2025-09-02\n"
        "您当前为：【游客状态】，公告详情仅对登录用户开放，\n"
        "登录/注册\n后查看完整商机。全国免费咨询热线：400-123-4567\n"
        "文章来源：某某县行政审批服务局\n"
        "根据建设项目环境影响评价审批程序的有关规定，拟对某某镇污水管网工程的环境影响评价文件"
        "作出审批意见，现将基本情况予以公示，公示期为2025年9月2日至2025年9月8日（5个工作日）。\n"
        "通讯地址：某某县政务服务中心大厅\n"
    )
    notice = _only(page)
    assert not notice.value("contact").get("phone")


def test_a_masked_address_before_the_authoritys_name_is_not_part_of_it():
    page = (
        "关于2025年8月4日拟对建设项目环境影响评价文件作出审批意见的公示\n"
        "根据建设项目环境影响评价审批程序的有关规定，经审议，我厅拟对*个建设项目环境影响报告书"
        "作出批复决定，现将基本情况予以公示。公示期为****年**月**日-****年**月*日。\n"
        "电 话：***-********\n"
        "地 址：某某市天府大道**号B*座某某省生态环境厅行政审批处\n"
        "序号 | 项目名称 | 建设地点 | 建设单位 |\n"
        "1 | 新建某某至某某铁路 | 某某市 | 某某铁路投资有限公司 |\n"
    )
    notice = _only(page)
    assert notice.value("issuer") == "某某省生态环境厅"


def test_a_title_printed_under_a_flattened_table_row_is_read_as_the_title():
    page = (
        "根据建设项目环境影响评价审批程序的有关规定，经审议，我局拟对下列项目作出批复决定，现将"
        "基本情况予以公示。公示期为2024年5月6日-2024年5月10日（5个工作日）。\n"
        "通讯地址：某某省某某县行政审批服务局\n"
        "序号 | 项目名称 | 建设地点 | 建设单位 |\n"
        "1 | 某某水库除险加固工程 | 某某县某某镇 | 某某县水务局 | 项目位于某某县北部某某河上游，"
        "主要建设内容包括大坝加固、放水设施加固、安全监测及管理设施等，总投资*元。 |\n"
        "2 | 某某灌区节水改造工程 | 某某县某某乡 | 某某县水务局 | 项目位于某某县某某乡，"
        "主要建设内容包括渠道衬砌、节制闸改造及量水设施等，总投资*元，其中环保投资*元。 |\n"
        "某某县行政审批服务局2024年5月6日拟作出的建设项目环境影响评价文件批复决定的公示\n"
        "\n"
        "某某街道举办垃圾分类宣传活动，社区志愿者向居民讲解分类知识，发放宣传册三百余份。"
        "活动现场还设置了互动游戏，吸引了众多居民参与。\n"
    )
    notice = _only(page)
    assert notice.value("issuer") == "某某县行政审批服务局"
