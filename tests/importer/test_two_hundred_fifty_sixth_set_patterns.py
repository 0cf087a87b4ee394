"""Patterns a two-hundred-and-fifty-sixth fresh set of real notices showed (issue #11:
infrastructure works of 2021-2025, rail, roads, port berths and grid lines): each a sentence of
behaviour on a text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

from notices.importer import extract_notices
from tests.importer.proposals import only as _only


def test_a_builders_publicity_before_its_report_table_is_approved_is_pre_submission():
    page = (
        "关于某某110kV某某线改迁工程环评文件的公示\n"
        "某某线3基铁塔位于某某规划区内，需对其进行迁移。\n"
        "在《某某110kV某某线改迁工程环境影响报告表》审批前进行环境影响评价文件公示。\n"
        "公示时间：2024年5月6日\n"
        "报告查阅联系人：某某 联系电话：13900000000\n"
        "公众可以信函、传真或其他方式，向我公司咨询相关信息，并提出有关意见和建议。\n"
    )
    assert _only(page).value("kind") == "eia_pre_submission"


def test_a_copy_cut_after_the_measures_opening_and_the_works_outline_is_still_a_notice():
    page = (
        "为保障公众环境保护知情权、参与权、表达权和监督权，依据《环境影响评价公众参与办法》"
        "（生态环境部令第4号），现公开下列信息，征求与该建设项目环境影响有关的意见。"
        "一、项目概况 某某110千伏输变电工程位于某某市某某区境内，包含3个子工程，"
        "主要建设内容如下：（1）某某110kV变电站新建工程，本期新建主变2台；"
        "（2）某某110kV线路工程，新建线路长约3.2km；（3）某某\n"
    )
    assert _only(page).value("kind") == "eia_first"


def test_a_notice_opening_under_another_cut_at_its_heading_is_a_notice_of_its_own():
    first = (
        "为充分了解公众对某某市道路建设规划的意见，现就该规划进行环境影响评价公众参与信息公示。\n"
        "一、规划概况\n"
        "规划名称：某某市道路建设规划（2021-2035年）\n"
        "规划目标：到2035年，建成内外联通、覆盖全市的干线公路网络，形成以市区为中心、县城为"
        "节点、乡镇为支撑的三级路网体系；到2025年，干线公路里程超过3000公里，县县通高速，"
        "乡乡通二级公路，本次规划期限为2021-2035年，近期至2025年，远期至2035年。\n"
        "二、规划单位及联系方式\n"
        "规划单位：某某市交通运输局\n"
        "联系人：某先生\n"
        "联系方式：0000-60000000\n"
        "三、环境影响评价单位及联系方式\n"
        "评价单位：某某交通设计院有限公司\n"
        "联系方式：0000-60000001\n"
        "四、环境影响评价的工作程序和主要工作内容\n"
    )
    second = (
        "本项目环境影响报告书征求意见稿形成后，根据《环境影响评价公众参与办法》"
        "（生态环境部令第4号），对某某港区某某码头泊位提升工程项目环境影响评价进行公众参与信息"
        "公示：\n"
        "一、建设项目基本情况\n"
        "项目位置：某某港区现有用地、用海范围内\n"
        "建设内容：现有某某泊位进行改扩建，将原有2个5万吨级通用泊位提升至2个10万吨级通用泊位，"
        "同时进行能力释放；项目不增加码头主要装卸设备，通过提高作业效率、优化装卸工艺提高通过"
        "能力，建成后吞吐量由现有的500万吨/年增加至800万吨/年。\n"
        "建设性质：改扩建\n"
        "二、征求意见稿获取方式和途径\n"
        "联系人：某工 联系电话：0000-60000003\n"
    )
    notices = extract_notices(f"{first}\n{second}").proposals
    assert [n.value("kind") for n in notices] == ["eia_first", "eia_draft_comment"]


def test_a_section_that_recounts_a_notice_under_its_heading_stays_in_its_notice():
    page = (
        "某某公路工程环境影响评价第二次公示\n"
        "根据《环境影响评价公众参与办法》，现对某某公路工程环境影响报告书征求意见稿进行公示。\n"
        "联系人：某工 联系电话：0000-60000002\n"
        "五、公众参与情况\n"
        "\n"
        "根据《环境影响评价公众参与办法》，建设单位已于2024年3月1日进行了第一次公示。\n"
    )
    assert len(extract_notices(page).proposals) == 1
