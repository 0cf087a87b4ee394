"""Patterns an eighty-third fresh set of real notices showed (issue #11): each a sentence of
behaviour on a text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

import datetime as dt

from tests.importer.proposals import only as _only


def test_a_sites_clock_over_the_notice_is_not_its_posting_day():
    page = (
        "当前时间：2025年3月9日\n"
        "某某至某某一级公路改建工程环境影响评价第二次公示\n"
        "时间 : 2022年06月15日  来源 :   浏览次数 : 352\n"
        "某某至某某一级公路改建工程环境影响报告书征求意见稿已编制完成，现进行第二次公示。\n"
        "一、征求意见稿全文链接：https://pan.baidu.com/s/1AbCdEfGhIjK\n"
        "二、建设单位名称：某某县公路事业发展中心\n联系电话：13600001111\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_draft_comment"
    assert notice.value("published_on") == dt.date(2022, 6, 15)


def test_a_builders_name_alone_on_its_line_under_the_builders_heading_issues_it():
    page = (
        "某某湾海堤生态修复工程环境影响评价第一次信息公示\n"
        "根据《环境影响评价公众参与办法》，现将本项目环境影响评价信息公示如下：\n"
        "一、建设项目基本情况\n项目名称：某某湾海堤生态修复工程\n"
        "二、建设单位名称和联系方式\n"
        "  名称：某某滨海发展有限公司  \n"
        "  通讯地址：某某市滨海大道18号\n"
        "  联系人：周工  电话：13700002222\n"
        "三、环境影响报告书编制单位名称\n"
        "  名称：某某环境技术服务有限公司\n"
        "  联系人：吴工，联系电话：13800003333\n"
        "四、公众意见表见附件。\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_first"
    assert notice.value("issuer") == "某某滨海发展有限公司"
    assert notice.value("contact")["phone"] == "13700002222"
