"""Patterns a fresh set of real notices (recycling works: scrap-vehicle dismantling, battery and
e-waste recycling, waste plastics, tyres, used oil) showed (issue #11): each a sentence of
behaviour on a text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

import datetime

from notices.importer import extract_notices


def _one(text: str):
    proposals = extract_notices(text).proposals
    assert len(proposals) == 1
    return proposals[0]


def test_a_one_line_copy_is_read_by_its_title_across_the_sites_posting_stamp():
    text = (
        "某某再生资源产业园废旧家电拆解项目 环境影响评价第二次公示发表时间:2023-05-16 10:20 "
        "1. 建设项目概况 项目名称：某某再生资源产业园废旧家电拆解项目。 建设内容：项目拟选址于"
        "某某县再生资源产业园内，由某某资源再生科技有限公司建设，年拆解废旧家电50万台，设拆解"
        "车间、破碎分选车间及危废暂存间。 "
        "2.建设项目对环境可能造成影响及采取的环保措施 废水：生产废水经处理后回用，不外排。 "
        "废气：拆解粉尘经布袋除尘器处理后达标排放。\n"
    )
    notice = _one(text)
    assert notice.value("kind") == "eia_draft_comment"
    assert notice.value("published_on") == datetime.date(2023, 5, 16)


def test_a_second_notice_names_the_company_that_invests_in_the_works_without_ni():
    text = (
        "一、建设项目情况简述\n"
        "某某报废汽车回收拆解有限公司投资800万元在某某镇某某村建设报废汽车回收拆解项目。项目"
        "用地面积20000m2，建成后年回收拆解报废汽车6000辆。\n"
        "二、建设项目对环境可能造成影响的概述\n"
        "本项目运营期主要污染为拆解粉尘、含油废水、设备噪声及拆解产生的固体废物。\n"
        "三、预防或者减轻不良环境影响的对策和措施的要点\n"
        "拆解粉尘经集气罩收集后处理排放；含油废水经隔油沉淀处理后回用。\n"
    )
    notice = _one(text)
    assert notice.value("kind") == "eia_draft_comment"
    assert notice.value("issuer") == "某某报废汽车回收拆解有限公司"


def test_the_company_that_plans_to_extend_the_project_just_named_builds_it():
    text = (
        # (a bidding aggregator's title, naming no company)
        "年拆解100万台废弃电器电子产品生产线技改环境影响评价公众参与第二次招标公告\n"
        "某某电子废弃物处理有限公司年拆解100万台废弃电器电子产品技改项目进行环境影响评价工作，"
        "目前，本项目环境影响报告书已基本编制完成。依据《环境影响评价公众参与暂行办法》，在送"
        "环境保护行政主管部门审批前需对该建设项目的环境保护信息进行公示。\n"
        "一、项目概要\n"
        "某某电子废弃物处理有限公司于2012年在某某循环经济产业基地内投资建设了某某废旧家电拆解"
        "中心项目（一期工程）。随着市场需求量的增加，某某电子废弃物处理有限公司拟对该项目进行"
        "改扩建。\n"
        "二、建设项目对环境可能造成的影响\n"
        "运营期主要污染源有生活污水、拆解粉尘和设备噪声。\n"
    )
    notice = _one(text)
    assert notice.value("kind") == "eia_draft_comment"
    assert notice.value("issuer") == "某某电子废弃物处理有限公司"


def test_a_report_table_put_up_as_its_full_text_is_the_pre_submission_notice():
    text = (
        "根据《建设项目环境影响评价政府信息公开指南（试行）》中的相关要求，我单位现将《某某镇"
        "废旧塑料再生利用生产线项目》进行公示，公示内容为报告表全本，内容不涉及国家秘密和商业"
        "秘密。基本情况如下：\n"
        "一、项目概况\n"
        "1、建设项目名称：某某镇废旧塑料再生利用生产线项目\n"
        "2、建设地点：某某县某某镇某某村\n"
        "3、建设单位：某某再生资源科技有限公司\n"
        "4、项目环境影响评价结论：项目符合国家现行产业政策，从环境保护角度可行。\n"
        "二、建设单位名称和联系方式\n"
        "建设单位：某某再生资源科技有限公司\n"
    )
    notice = _one(text)
    assert notice.value("kind") == "eia_pre_submission"
    assert notice.value("issuer") == "某某再生资源科技有限公司"


_ACCEPTANCE_TABLE = (
    "{stamp}\n"
    "某某再生资源有限公司年收贮2万吨废旧铅酸蓄电池建设项目竣工环境保护验收拟作出验收意见公开表\n"
    "来源:某某市环境监察支队   2017-03-08 10:15\n"
    "项目名称\n"
    "某某再生资源有限公司年收贮2万吨废旧铅酸蓄电池建设项目\n"
    "建设单位\n"
    "某某再生资源有限公司\n"
    "环保措施落实情况\n"
    "项目总体按环评批复要求落实了各项环保措施和环境风险防范措施。\n"
    "听证权利告知\n"
    "依据《中华人民共和国行政许可法》，自公示之日起五个工作日内申请人、利害关系人可对拟作出的"
    "建设项目竣工环境保护验收批复决定提出听证申请。\n"
    "公众反馈意见的联系方式\n"
    "某某市环境监察支队\n"
    "0731-1234567\n"
)


def test_a_sites_archive_stamp_is_not_the_publication_date():
    notice = _one(_ACCEPTANCE_TABLE.format(stamp="归档时间:2019-11-20"))
    assert notice.value("published_on") == datetime.date(2017, 3, 8)


def test_the_enforcement_unit_a_source_line_names_before_its_date_issues_the_notice():
    notice = _one(_ACCEPTANCE_TABLE.format(stamp="归档时间:2019-11-20"))
    assert notice.value("kind") == "other"
    assert notice.value("issuer") == "某某市环境监察支队"
