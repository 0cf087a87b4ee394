"""Patterns a hundred-and-twelfth fresh set of real notices showed (issue #11: oil and gas
fields, pipelines, gas stations, LNG, petrochemicals, base stations and broadcast towers):
each a sentence of behaviour on a text written for the test, modelled on the pattern, not
copied."""

from __future__ import annotations

import datetime as dt

from tests.importer.proposals import only as _only

#: A forum's copy that ran a whole first notice onto one line, its day labelled at the end.
_FLATTENED = (
    "某某输油管道改线工程 环境影响评价第一次公示 某某输油管道改线工程现开展环境影响评价工作。"
    "根据有关规定，现将该项目环境影响评价相关信息公告如下。 一、建设项目名称及概况 1.项目名称："
    "某某输油管道改线工程 2.建设地点：某某市某某开发区 二、建设单位的名称及联系方式 "
    "建设单位：某某开发建设有限公司 联系人：王主任 电话：0411-55501234 三、征求意见方式 公众可"
    "通过电子邮件、电话、信函等方式提出意见。 四、公众提出意见的起止时间 公示发布后十个工作日 "
    "{closing}\n"
    "|\n"
)


def test_a_publication_day_labelled_at_the_end_of_a_flattened_notice_is_its_publication_date():
    notice = _only(_FLATTENED.format(closing="公示日期：二〇二三年五月十日"))
    assert notice.value("kind") == "eia_first"
    assert notice.value("published_on") == dt.date(2023, 5, 10)


def test_a_period_labelled_at_the_end_of_a_flattened_notice_is_no_publication_date():
    notice = _only(_FLATTENED.format(closing="公示日期：2023年5月10日至2023年5月24日"))
    assert notice.value("published_on") != dt.date(2023, 5, 24)


def test_a_periods_first_day_whose_separators_were_lost_is_read_on_or_before_its_end():
    page = (
        "某某公司基站工程环境影响报告表审批前公示\n"
        "根据建设项目环境影响评价审批程序的有关规定，经审议，我厅拟批准某某公司基站工程环境影响"
        "报告表，为体现公开、公正的原则，强化公众参与，现予公示。公示期：2019107日至20191015日。"
        "如有意见，请在公示期内来信或来电向我厅反映。\n"
        "联系电话：020-55501234\n"
        "听证告知：依据《中华人民共和国行政许可法》，自公示之日起5日内申请人、利害关系人可对拟作出"
        "的建设项目环境影响评价文件批复决定提出听证申请。\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_pre_approval"
    assert notice.value("window")["starts_on"] == "2019-10-07"
    assert notice.value("window")["ends_on"] == "2019-10-15"
