"""Patterns a twenty-third fresh set of real notices (recent EIA and authority notices from the
east and north) showed (issue #11): each a sentence of behaviour on a text written for the test,
modelled on the pattern, not copied."""

from __future__ import annotations

import datetime as dt

from tests.importer.proposals import only as _only


def test_a_sites_dateline_with_its_region_and_print_button_dates_the_notice():
    page = (
        "当前位置: 网站首页>>环评公示>>正文\n"
        "某某县南湖片区灌溉提升工程环境影响评价公众参与第二次公示\n"
        "2025-05-19   地区:某某省 【我要打印】\n"
        "根据《环境影响评价公众参与办法》等要求,现向公众进行第二次公示。\n"
        "一、公众提出意见的起止时间\n"
        "2025年5月19日—2025年5月30日。\n"
        "二、建设单位联系方式\n"
        "建设单位:某某县水利发展有限公司\n"
        "联系电话:0311-5550123\n"
    )
    proposal = _only(page)
    assert proposal.value("published_on") == dt.date(2025, 5, 19)
    assert proposal.value("issuer") == "某某县水利发展有限公司"


def test_a_builder_name_before_a_mirrors_mojibake_and_the_next_label_is_the_builder():
    page = (
        "《某某港区客运码头改建工程环境影响报告书》(征求意见稿)已编制完成,根据《中华人民共和国"
        "环境影响评价法》及《环境影响评价公众参与办法》等相关规定,现向公众征求意见。\n"
        "一、环境影响报告书征求意见稿全文及查阅纸质报告书方式和途径\n"
        "纸质报告书可在建设单位及环评单位处查阅。\n"
        "二、公众提出意见的方式和途径\n"
        "(1)建设单位名称及联系方式\n"
        "建设单位:某某县港航管理中心?联系方式:李先生 0580-5550166\n"
        "三、公众提出意见的起止时间\n"
        "自本公示发布,10个工作日(2025年6月9日至2025年6月20日)内均可提出意见。\n"
    )
    proposal = _only(page)
    assert proposal.value("issuer") == "某某县港航管理中心"
    assert proposal.value("kind") == "eia_draft_comment"


def test_a_share_box_above_the_title_is_not_part_of_the_title():
    page = (
        "您当前的位置:首页 > 政府信息公开 > 环境保护\n"
        "用微信扫描二维码\n"
        "分享至好友和朋友圈\n"
        "×\n"
        "某某市生态环境局关于2025年3月3日拟作出的建设项目环境影响评价文件审批意见的公示\n"
        "根据建设项目环境影响评价审批程序的有关规定,经审查,我局拟对以下建设项目环境影响评价文件"
        "作出审批意见。公示期为2025年3月3日-2025年3月7日(5个工作日)。\n"
        "联系电话:0951-5550188\n"
    )
    proposal = _only(page)
    assert proposal.value("issuer") == "某某市生态环境局"
    assert not proposal.value("title").startswith(("分享", "×"))
    assert proposal.value("kind") == "eia_pre_approval"
