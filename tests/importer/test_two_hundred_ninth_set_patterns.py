"""Patterns a two-hundred-and-ninth fresh set of real notices showed (issue #11: phosphorus,
aluminium, manganese and rare-earth works of Guizhou, Yunnan, Guangxi, Hunan and Gansu,
2012-2026): each a sentence of behaviour on a text written for the test, modelled on the
pattern, not copied."""

from __future__ import annotations

import datetime

from tests.importer.proposals import only as _only


def test_a_second_notice_that_tells_its_round_below_is_proposed_though_it_recounts_an_approval():
    page = (
        "某某县某某磷矿建设项目环境影响评价公众参与第二次信息公示\n"
        "发布时间: 2026年03月16日\n"
        "根据《环境影响评价公众参与办法》，为使项目周边的群众了解和参与项目的环境影响评价工作，"
        "特将某某县某某磷矿建设项目环境影响评价第二次公示与公众参与情况告知如下:\n"
        "一、项目名称:某某县某某磷矿建设项目\n"
        "二、建设内容\n"
        "本项目由原某某磷矿年产5万吨项目改建而成，原项目自获得环评批复后一直未开工建设。\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_draft_comment"
    assert notice.value("published_on") == datetime.date(2026, 3, 16)


def test_an_access_code_said_with_a_verb_is_kept_on_the_link():
    page = (
        "某某稀土有限公司某某试验项目环境影响评价第二次公示\n"
        "现将有关环境信息进行第二次公示（征求意见公示）。\n"
        "1、征求意见稿全文的网络链接：https://pan.baidu.com/s/1AbCdEfGhIjKlMnOpQrStUv；提取码为：k3m9。\n"
        "建设单位：某某稀土有限公司 联系电话：0746-1234567\n"
    )
    notice = _only(page)
    assert notice.value("links") == ["https://pan.baidu.com/s/1AbCdEfGhIjKlMnOpQrStUv?pwd=k3m9"]


def test_an_untitled_notice_saying_its_assessment_is_needed_is_a_first_notice():
    page = (
        "根据《环境影响评价公众参与办法》要求，某某铝业有限公司年处理5万吨铝灰资源化项目需开展"
        "环境影响评价工作，现对该项目环境影响评价信息进行公示，欢迎公众参与并提出宝贵意见。\n"
        "1、项目概况\n"
        "（1）项目名称：某某铝业有限公司年处理5万吨铝灰资源化项目；\n"
        "2、建设单位及联系方式\n"
        "建设单位：某某铝业有限公司\n"
        "联系人：某经理\n"
        "联系电话：13800001234\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_first"
    assert notice.value("issuer") == "某某铝业有限公司"
