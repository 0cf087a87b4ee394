"""Patterns a two-hundred-and-eighth fresh set of real notices showed (issue #11: photovoltaic,
wind, hydrogen and energy-storage projects of Inner Mongolia, Hebei, Shanxi and their
neighbours): each a sentence of behaviour on a text written for the test, modelled on the
pattern, not copied."""

from __future__ import annotations

import datetime as dt

from notices.importer import extract_notices
from tests.importer.proposals import only as _only


def test_a_date_over_a_line_opening_with_tianjin_is_no_explainers_span_of_days():
    page = (
        "天津市某某区行政审批局关于对某某100兆瓦农光互补发电项目环境影响报告表拟作出审批决定的公示\n"
        "http://www.example.cn  2023-09-28  某某信息\n"
        "来源 :天津市某某区人民政府2023-09-28\n"
        "天津市某某区行政审批局 关于对某某 100 兆瓦农光互补发电项目环 "
        "境影响报告表拟作出审批决定的公示\n"
        "根据建设项目环境影响评价审批程序的有关规定,经审议,我局拟对以下建设项目环境影响报告表"
        "作出审批决定。现将拟作出审批决定的建设项目环境影响报告表基本情况予以公示。\n"
        "听证权利告知:依据《中华人民共和国行政许可法》,自公示起五日内申请人、利害关系人可提出"
        "听证申请。\n"
        "公示期限: 自本信息发布之日起5个工作日。\n"
        "联系电话: 022-12345678\n"
        "建设项目名称 建设单位名称 建设项目概况\n"
        "某某100兆瓦农光互补发电项目 某某新能源发电有限公司 建设集中式光伏电站，"
        "项目建设内容主要包括光伏阵列区、升压站及其附属设施。\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_pre_approval"
    assert notice.value("issuer") == "天津市某某区行政审批局"
    assert notice.value("published_on") == dt.date(2023, 9, 28)


def test_a_date_run_together_before_the_title_it_lists_is_the_posting_day():
    page = (
        "20181207某某风电基地一期示范项目第一次公示\n"
        "一、项目基本情况\n"
        "某某风电基地一期示范项目位于某某旗境内，规划总容量为600万千瓦风电。\n"
        "环境影响评价将通过环境现状调查及监测，分析工程对环境的影响并提出减缓措施。\n"
        "本次公众参与主要征求对项目周围区域环境质量现状的看法及对本项目的态度。"
        "公众可于本公示发布后10个工作日向建设单位或评价单位通过以下联系方式提交意见。\n"
        "二、建设单位联系方式\n"
        "单位名称:某某新能源有限公司\n"
        "联 系 人:某某     联系电话:13912345678\n"
        "三、评价单位联系方式\n"
        "单位名称:某某环境科技有限公司\n"
        "四、评价工作程序及主要工作内容\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_first"
    assert notice.value("published_on") == dt.date(2018, 12, 7)
    assert notice.value("window")["length"] == 10


def test_a_phone_number_of_eight_digits_before_a_title_is_no_posting_day():
    page = (
        "20181307某某风电项目第一次公示\n"
        "某某新能源有限公司拟建设某某风电项目，现进行环境影响评价第一次公示。"
        "公众可于本公示发布后10个工作日内提交意见。\n"
        "建设单位：某某新能源有限公司 联系电话：13912345678\n"
    )
    assert all(p.value("published_on") is None for p in extract_notices(page).proposals)


def test_a_signature_over_a_masked_date_names_the_authority():
    page = (
        "关于某某县50MW分散式风电项目环境影响评价文件拟作出审批意见的公示\n"
        "山西/某某-2025-10-15 00:00:00\n"
        "根据建设项目环境影响评价审批程序的有关规定,我局拟对建设项目环境影响评价文件进行审批。"
        "现将拟审批的建设项目环境影响评价文件基本情况(详见附件)予以公示,"
        "公示期为****年**月**日*****年**月**日(*个工作日)。\n"
        "听证告知:依据《中华人民共和国行政许可法》,自公示起五日内申请人、利害关系人可提出要求听证。\n"
        "联系方式:************\n"
        "附件:拟作出审批意见的建设项目环境影响评价文件基本情况\n"
        "某某市行政审批服务管理局\n"
        "****年**月**日\n"
        "附件:\n"
        "序号 项目名称 建设地点 建设单位\n"
        "1 某某县分散式风电项目 某某县某某村 某某新能源有限公司\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_pre_approval"
    assert notice.value("issuer") == "某某市行政审批服务管理局"
