"""Patterns a hundred-and-thirtieth fresh set of real notices showed (issue #11: notices of
2015-2019, the turn from the 2006 interim measures to the 2018 Measures for public
participation): each a sentence of behaviour on a text written for the test, modelled on the
pattern, not copied."""

from __future__ import annotations

from tests.importer.proposals import only as _only


def test_a_consultants_old_style_notice_is_issued_by_the_company_it_says_plans_to_build():
    page = (
        "1、某某县某某二期风电场工程环境影响评价公众参与二次公示为满足地区用电负荷增长的需要，"
        "促进当地经济发展，某某新能源有限公司计划建设某某县某某二期风电场工程。我公司受委托编制"
        "《某某县某某二期风电场工程环境影响报告书》，根据《环境影响评价公众参与暂行办法》及"
        "某某省环境保护厅的有关要求，现将本工程的基本情况、环境影响评价的主要内容予以公示，\n"
        "2、征求公众对本工程环境保护工作的意见和建议。1、工程名称：某某县某某二期风电场工程"
        "2、工程地点：某某县某某镇以北一带山脊。3、工程建设内容和规模：安装20台单机容量为"
        "2500kW的风电机组，总装机容量50MW。\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_draft_comment"
    assert notice.value("issuer") == "某某新能源有限公司"


def test_a_notice_that_now_publishes_the_listed_information_to_seek_views_stands_cut_short():
    page = (
        "为保障公众环境保护知情权、参与权、表达权和监督权，依据《建设项目环境影响评价信息公开"
        "机制方案》（环发〔2015〕162号），现公开下列信息，征求与该建设项目环境影响有关的意见。"
        " 一、建设项目名称 序号 建设项目名称 建设地点 1 某某城东110kV变电站扩建工程 某某市某某区"
        " 2 某某两河口110kV输变电工程 某某市某某县 二、环境影响报告表全本查阅 见附件1~附件2。"
        " 三、征求公众意见的范围 环境影响评价范围内的公民、法人和其他组织。 四、公众意见表的网络"
        "链接 见附件3。 五、公众提出意见的方式和途径 请下载填写《建设项目环境影响评价公众意见表》"
        "，邮寄或发送邮件至建设单位。 建设单位：某某\n"
        "\n"
        "某某农牧有限公司养殖场建设项目环境影响评价公众参与说明_第1页\n"
        "已阅读5页，还剩12页未读 继续免费阅读\n"
        "文档简介\n"
        "某某农牧有限公司养殖场建设项目环境影响评价公众参与说明建设单位：某某农牧有限公司"
        "二〇一九年十一月 1 概述 1.1 公众参与由来 建设单位编制环境影响报告书，应当征求建设项目"
        "所在地有关单位和居民的意见。\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_pre_submission"
