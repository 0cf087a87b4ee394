"""Patterns a hundred-ninth fresh set of real notices showed (issue #11: vehicle and machinery
projects, their builders' publicity and the bureaus' notices on them): each a sentence of
behaviour on a text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

import datetime as dt

from notices.importer import extract_notices
from tests.importer.proposals import only as _only


def test_a_posting_date_under_the_title_before_the_cut_text_size_buttons_is_the_publication_day():
    page = (
        "某某专用车有限公司年产5000辆专用车扩能项目环境影响报告书第一次信息公开\n"
        "2023-04-17 09:12:45    【字体大小:\n"
        "某某专用车有限公司年产5000辆专用车扩能项目环境影响报告书第一次信息公开\n"
        "根据《环境影响评价公众参与办法》（生态环境部令第4号）的要求，现对某某专用车有限公司"
        "年产5000辆专用车扩能项目环境影响评价进行公众参与信息公示。\n"
        "一、建设单位名称和联系方式\n"
        "建设单位：某某专用车有限公司 联系人：王工 联系电话：13900001234\n"
        "二、公众意见表链接：http://www.example.com/gzyjb.html\n"
        "三、提交公众意见表的方式：电子邮件 zyc2023@example.com\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_first"
    assert notice.value("published_on") == dt.date(2023, 4, 17)


def test_a_posting_date_before_whole_text_size_buttons_is_the_publication_day():
    page = (
        "某某汽车零部件有限公司制动盘生产线技改项目环境影响评价第一次公示\n"
        "2021-09-06 10:20:11 【字体：大 中 小】\n"
        "根据《环境影响评价公众参与办法》，现将某某汽车零部件有限公司制动盘生产线技改项目环境"
        "影响评价有关信息公示如下。建设单位：某某汽车零部件有限公司，联系人：李工，联系电话："
        "0531-81234567。公众可通过信函、电子邮件提交公众意见表。\n"
    )
    notice = _only(page)
    assert notice.value("published_on") == dt.date(2021, 9, 6)


def test_a_completion_acceptance_platform_record_reposted_by_an_aggregator_is_no_notice():
    page = (
        "某某汽车有限公司某某车型技术改造项目\n"
        "1、建设项目基本信息\n"
        "企业基本信息\n"
        "**** | 建设单位代码类型：|\n"
        "913********12345X | 建设单位法人：张某 |\n"
        "建设项目基本信息\n"
        "****技术改造项目 | 项目代码：|\n"
        "2021版本：071-汽车整车制造；汽车零部件及配件制造 | 行业类别(国民经济代码)：C3612 |\n"
        "建设地点： | **省**市开发区某某路88号 |\n"
        "经度：125.1 纬度： 43.8 | ****机关：****环境局 |\n"
        "环评批复时间： | 2023-05-10 |\n"
        "某环建(告知)〔2023〕12号 | 本工程排污许可证编号：**** |\n"
        "项目实际总投资(万元)： | 50000 |\n"
        "912********0001 | 验收监测(调查)报告编制机构名称：某某环境科技有限公司 |\n"
        "****0106MA0000000 | 竣工时间：2024-02-01 |\n"
        "调试结束时间： | |\n"
        "2024-05-20 | 验收报告公开结束时间：2024-06-18 |\n"
        "验收报告公开载体： | https://gongshi.example.com/detail?id=123 |\n"
        "2、工程变动信息\n"
        "项目性质\n"
        "改扩建 | 实际建设情况：改扩建 |\n"
        "无 | 是否属于重大变动：|\n"
        "规模\n"
        "项目利用现有冲压车间、焊装车间、涂装车间、总装车间，新增少量工艺设备及公用辅助设施，"
        "形成年产某某车型5万台生产能力，项目建成后总体产能维持不变。 | 实际建设情况：同环评 |\n"
    )
    assert not extract_notices(page).proposals


def test_a_bureaus_pre_approval_speaking_as_wo_ju_names_no_builder_as_its_issuer():
    page = (
        "某某机车配件有限公司检修基地建设项目环境影响报告表审批前公示\n"
        "经审议，我局拟于近日内批准《某某机车配件有限公司检修基地建设项目环境影响报告表》，"
        "现将项目环评相关情况予以公示5个工作日。如有意见，请在公示期内向我局来信来电反映。\n"
        "联系电话：0731-21234567\n"
        "项目名称：检修基地建设项目\n"
        "建设单位：某某机车配件有限公司\n"
        "环境影响评价机构：某某环境科技有限公司\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_pre_approval"
    assert notice.value("issuer") is None
