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
