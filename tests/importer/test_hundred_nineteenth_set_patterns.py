"""Patterns a hundred-nineteenth fresh set of real notices showed (issue #11: environmental
windows that are not EIA stages, and their look-alikes: soil-survey reports on the national
platform, credit ratings and inspection rectifications put up for objections, circulars to
towns and firms): each a sentence of behaviour on a text written for the test, modelled on the
pattern, not copied."""

from __future__ import annotations

from notices.importer import extract_notices
from tests.importer.proposals import only as _only


def test_a_platform_period_whose_days_carry_an_hour_is_the_window_not_the_survey_span():
    page = (
        "| 项目名称 | 某某县某某片区安置地块土壤污染状况调查报告 | |||||\n"
        "| 公示单位 | 某某县自然资源局 | |||||\n"
        "| 公示时长 | 15天 | 公示时间 | 2025-03-03 09:30 至 2025-03-18 09:30 | |||\n"
        "| 报告编制信息 | 调查起止时间 | 2024-10-08 至 2024-12-20 | ||||\n"
        "| 某某环境科技有限公司 | 单位联系人 | 赵工 | 单位联系电话 | 13900001234 | ||\n"
        "| 公示授权信息 | 信息反馈联系人 | 赵工 | 信息反馈联系人电话 | 13900001234 | ||\n"
        "| 报告主要结论 | 地块内及周边无可能的污染源，环境状况可以接受，调查活动可以结束。 | |\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "other"
    assert notice.value("window")["starts_on"] == "2025-03-03"
    assert notice.value("window")["ends_on"] == "2025-03-18"


def test_a_call_for_objections_cut_from_its_page_with_its_period_and_an_email_is_a_notice():
    page = (
        "按照《某某省生态环境保护督察整改工作办法》相关要求，现将督察反馈问题第3项关于“某某"
        "物流园露天堆放散装物料，未采取覆盖措施”整改任务落实情况进行公示（详见附表）。公示日期"
        "为2025年4月7日至4月18日，公示期间接受社会各界提出异议，并将相关证明材料发送至电子邮箱"
        "zhenggai@example.com。\n"
        "主办：某某区人民政府办公室 版权所有\n"
        "网站标识码：1200000000 某ICP备00000000号-1\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "other"
    assert notice.value("window")["ends_on"] == "2025-04-18"
    assert notice.value("contact")["email"] == "zhenggai@example.com"


def test_a_circular_to_towns_and_firms_under_its_page_furniture_is_no_notice():
    page = (
        "您现在的位置：首页\n"
        " > 政务公开 > 通知公告\n"
        "关于开展2025年某某市清洁生产项目创建的通知\n"
        "发布日期： 2025- 05- 20 09 : 30 浏览次数：\n"
        "各乡镇人民政府、街道办事处，功能区管委会，各相关企业、服务机构：\n"
        "为促进工业绿色发展，今年组织对某某集团有限公司等20家企业开展清洁生产项目创建工作，现将"
        "有关事项通知如下：\n"
        "一、实施步骤\n"
        "1.9月15日前完成清洁生产项目报告书的编写工作，电子版材料提交至市经信局。\n"
        "2.我局将聘请专家进行现场审核验收。\n"
        "联系方式：某某市经信局节能科 钱工，联系电话：0577-61234567。\n"
        "某某市经济和信息化局\n"
        "2025年5月20日\n"
    )
    assert not extract_notices(page).proposals


def test_a_notice_published_to_the_public_asking_views_with_a_contact_needs_no_period():
    page = (
        "根据《企业事业单位突发环境事件应急预案备案管理办法（试行）》等有关规定，某某化工有限公司"
        "成立了应急预案编制小组，编制了《某某化工有限公司突发环境事件应急预案（2025年版）》，"
        "现向公众发布公告，内容如下：\n"
        "1、企业简况\n"
        "单位名称：某某化工有限公司\n"
        "2、联系人及联系方式\n"
        "联系人：孙工 联系电话：0710-3123456\n"
        "3、征询公众意见的主要事项\n"
        "任何有环境风险利害关系的单位和个人，可在应急预案编制工作期间向我公司提出环境风险和"
        "应急措施可行性的意见及要求。\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "other"
    assert notice.value("window") is None
    assert notice.value("contact")["phone"] == "0710-3123456"


def test_news_that_a_company_published_its_plan_to_the_public_is_no_notice():
    page = (
        "本报讯（记者 某某）日前，某某化工有限公司向公众发布了突发环境事件应急预案公告，"
        "征询周边居民的意见。该公司负责人表示，将认真听取群众意见。\n"
    )
    assert not extract_notices(page).proposals


def test_a_copy_asking_objections_to_its_own_content_with_a_contact_needs_no_period():
    page = (
        "根据《中华人民共和国土壤污染防治法》等法律法规有关规定，土地用途变更为住宅、公共管理与"
        "公共服务用地的，变更前应当按照规定进行土壤污染状况调查。\n"
        "某某乡中心小学地块位于某某县某某乡某某村，土地面积约3.5公顷，调查结果表明地块内及周边"
        "无可能的污染源，无需进行第二阶段土壤污染状况调查，调查活动结束。\n"
        "公示内容：某某乡中心小学地块土壤污染状况调查报告\n"
        "联系人：冯女士\n"
        "联系电话：*\n"
        "公示期间，如对上述公示内容有异议，请以书面形式反馈，个人须署真实姓名，单位须加盖公章。\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "other"
    assert notice.value("window") is None


def test_a_survey_report_put_up_for_supervision_only_is_no_notice():
    page = (
        "根据《中华人民共和国土壤污染防治法》的相关规定，现就《某某体育公园项目土壤污染状况调查"
        "报告》进行信息公示，接受社会公众的监督。\n"
        "一、项目基本情况\n"
        "项目名称：某某体育公园项目，地块总面积为12000m2，地块现状为农用地。\n"
        "二、调查结论：地块不属于污染地块，调查活动可以结束。\n"
        "三、调查单位及联系方式：某某环保有限公司，联系人：杨工，联系电话：0891-6123456\n"
    )
    assert not extract_notices(page).proposals
