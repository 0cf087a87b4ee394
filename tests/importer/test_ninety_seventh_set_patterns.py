"""Patterns a ninety-seventh fresh set of real notices showed (issue #11: notices from provinces
the earlier sets seldom drew on, Qinghai, Gansu, the Xinjiang 兵团, Tianjin, Jilin, Hainan and
Guizhou): each a sentence of behaviour on a text written for the test, modelled on the
pattern, not copied."""

from __future__ import annotations

from tests.importer.proposals import only as _only


def test_an_old_style_participation_notice_listing_its_main_work_programme_is_a_first_notice():
    # the 2006 interim measures' first notice, its items as headings, the programme heading
    # printed "主要工作程序与主要工作内容"; no stage named, no period set
    page = (
        "根据《中华人民共和国环境保护法》及《环境影响评价公众参与暂行办法》的相关规定，对某某农场"
        "职工住宅小区建设项目进行公众参与信息公示，使项目所在区域的公众了解项目建设情况。\n"
        "一、建设项目的名称及概要\n"
        "项目名称：某某农场职工住宅小区建设项目。建设地点：某某农场场部以东。\n"
        "二、建设单位名称及联系方式\n"
        "单位名称：某某农场\n"
        "联系电话：0991-5550123\n"
        "三、承担评价的环评机构名称及联系方式\n"
        "单位名称：某某环境科技有限公司\n"
        "四、环境影响评价的主要工作程序与主要工作内容\n"
        "通过对周围环境的调查分析，预测项目对周围环境的影响程度和范围，编制环境影响报告书。\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_first"
    assert notice.value("issuer") == "某某农场"
    assert notice.value("contact")["phone"] == "0991-5550123"


def test_a_redacted_pre_approval_publicity_whose_title_names_no_assessment_is_still_proposed():
    # an aggregator's copy: "拟审批公示" in the title, the builder and numbers cut, only the
    # pre-approval table's column tells it is an assessment
    page = (
        "关于某某高速公路三标项目部弃土场临时工程项目拟审批公示\n"
        "日期: 点击查看>>\n"
        "项目名称: (略) 某某高速公路 * (略) 弃土场临时工程\n"
        "建设单位:某 (略) (略)\n"
        "主要环境影响及预防或者减轻不良环境影响的对策和措施:施工期扬尘采取洒水抑尘、围挡苫盖等"
        "措施，施工废水经沉淀后回用，不外排。\n"
        "\n"
        "本报讯 近日，某某区举办了秋季运动会，来自全区的300余名运动员参加了比赛。\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_pre_approval"
    assert notice.value("issuer") is None
