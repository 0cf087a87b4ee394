"""Patterns a hundred-and-ninety-eighth fresh set of real notices showed (issue #11:
Heilongjiang, Jilin and Liaoning, chemicals, steel, food and farm produce, 2020-2026): each a
sentence of behaviour on a text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

from notices.importer import extract_notices
from tests.importer.proposals import only as _only


def test_a_pre_submission_notice_that_says_the_stage_is_due_is_read_with_its_recounted_rounds():
    page = (
        "《某某化工有限公司年产500吨某某催化剂项目环境影响报告书》及公众参与说明目前已编制完成，"
        "按照《环境影响评价公众参与办法》，本项目应当进行报批前公示，以接受公众的监督。\n"
        "公示内容为：拟报批的《某某化工有限公司年产500吨某某催化剂项目环境影响报告书》，详见附件1。\n"
        "一、公众参与的过程、范围和内容\n"
        "自2024年3月4日起，进行了第一次公示，公示链接为：http://example.cn/news_101.html；\n"
        "于2024年4月8日～4月19日进行连续张贴第二次公示10个工作日。\n"
        "二、公众意见收集整理和归纳分析情况\n"
        "项目在公示期间，未收到任何形式的意见反馈。\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_pre_submission"
    assert notice.value("links") == ["http://example.cn/news_101.html"]
    # the second round's posting period is recounted, not this notice's window
    assert notice.value("window") is None


def test_an_interim_measures_notice_put_up_before_submission_is_the_second_notice():
    page = (
        "某某化工有限公司某某助剂生产项目环境影响报告书网上公示\n"
        "受某某化工有限公司委托，某某设计研究院承担了该项目环境影响评价工作。根据《环境影响评价"
        "公众参与暂行办法》的有关要求，在报送环境保护行政主管部门审批前，对该项目建设的基本情况"
        "及环境影响评价等信息公示如下，希望广大公众积极参与。\n"
        "1、项目概况 该项目拟建于某某经济技术开发区化工产业园内，年产助剂3000吨。\n"
        "2、本项目污染物排放情况及采取的治理措施\n"
        "⑴废水 本项目生产及生活污水均达到《污水综合排放标准》中三级排放标准，经园区管网排入"
        "开发区污水处理厂。\n"
        "3、联系方式 建设单位：某某化工有限公司 联系人：某某 电话：0432-6123456\n"
    )
    assert _only(page).value("kind") == "eia_draft_comment"


def test_an_interim_measures_notice_with_the_projects_likely_effects_is_the_second_notice():
    page = (
        "某某养殖专业合作社有机肥生产项目环境影响评价公示\n"
        "一、建设项目的名称及概要\n"
        "项目名称：某某养殖专业合作社有机肥生产项目\n"
        "项目概况：本项目位于某某镇某某村合作社场区内东北侧，年产有机肥600t，工程总投资120万元。\n"
        "二、建设项目对环境可能造成的影响及污染防治措施\n"
        "本项目废气主要为恶臭气体及工艺粉尘，采取通风等措施后能够实现达标排放；产噪设备经采取"
        "减震措施后能够满足标准限值要求；固废物得到合理的处置，不会产生二次污染。\n"
        "三、拟建项目公众参与调查意见及建议采纳情况信息反馈\n"
        "拟建项目报告书编制过程中开展公众参与意见征询，本次报告书的编写将采纳公众的合理意见。\n"
        "四、本次公示征求公众意见的范围和主要事项\n"
        "本次公示的主要目的是征求项目所在地区各界公众的意见，主要事项如下：\n"
        "（1）您认为在本次环境影响评价中还有什么环境影响因素没有考虑全面？\n"
        "（2）您对本项目的建设是否赞同？\n"
        "六、征求公众意见的时间\n"
        "征求公众意见的截止日期为信息发\n"
    )
    assert _only(page).value("kind") == "eia_draft_comment"


def test_a_completion_and_commissioning_disclosure_run_into_one_line_is_proposed():
    page = (
        "|\n"
        "某某矿业有限公司某某采区开采项目竣工及调试情况公示时间:2022-03-01 本项目仅对治理设施、"
        "竣工及调试时间进行公示。 一、建设项目情况简述 项目名称：某某采区开采项目 "
        "二、竣工日期及调试起止日期： 1、竣工日期：2022年2月25日； 2、调试起止日期："
        "2022年3月2日-2022年5月1日。 三、公众反馈方式：公众可采取发送信函等方式发表意见。 "
        "四、建设单位名称及联系方式： 建设单位：某某矿业有限公司 邮箱：mouminekuang@163.com |\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "other"
    assert notice.value("published_on").isoformat() == "2022-03-01"
    assert notice.value("contact")["email"] == "mouminekuang@163.com"


def test_a_run_in_period_heading_is_not_read_as_a_posting_day():
    page = (
        "某某公司某某项目环境影响评价第二次公示时间:2022-03-01至2022-03-14 现将征求意见稿公示，"
        "公众可在公示期内通过电子邮件提出意见。联系人：某某 电话：13900000000\n"
    )
    found = extract_notices(page).proposals
    assert all(p.value("published_on") is None for p in found)
