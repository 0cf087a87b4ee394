"""Patterns a hundred-and-eighty-second fresh set of real notices showed (issue #11: EIA
notices of Shandong and Jiangsu towns, streets, industrial parks and development zones,
2017-2024): each a sentence of behaviour on a text written for the test, modelled on the
pattern, not copied."""

from __future__ import annotations

from tests.importer.proposals import only as _only


def test_a_tracking_assessments_first_notice_recounting_the_parks_approval_numbers_is_first():
    page = (
        "根据《规划环境影响评价条例》的相关要求，某某镇工业项目聚集园需进行规划环境影响跟踪评价。"
        "根据《环境影响评价公众参与办法》（生态环境部令第4号）的有关规定，规划环境影响跟踪评价"
        "工作受委托后7日内进行第一次公众参与。现将本次跟踪评价的有关信息向公众公告如下：\n"
        "一、园区基本情况\n"
        "园区名称：某某镇工业项目聚集园\n"
        "园区于2019年5月6日获得某某县人民政府批复，批复文号为某政字〔2019〕12号。"
        "园区环境影响评价于2019年6月10日取得某某市生态环境局某某分局批复，"
        "批复文号为某环函〔2019〕3号。\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_first"


def test_a_builder_that_puts_up_its_unmarked_project_names_itself_before_the_project():
    page = (
        "根据《环境影响评价公众参与办法》等文件，现对山东某某新材料有限公司某某装置一期改造"
        "项目开展情况及环境影响评价情况进行公示。\n"
        "1、建设项目概要\n"
        "项目名称：某某装置一期改造项目；\n"
        "2、环境影响报告书征求意见稿全文的网络链接\n"
        "链接：https://pan.baidu.com/s/1aBcDeFgHiJk\n"
        "3、公众提出意见的方式和途径\n"
        "建设单位联系人：黄经理，联系电话：13600000000\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_draft_comment"
    assert notice.value("issuer") == "山东某某新材料有限公司"
