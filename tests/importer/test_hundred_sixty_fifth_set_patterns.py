"""Patterns a hundred-and-sixty-fifth fresh set of real notices showed (issue #11: Sichuan and
Chongqing notices of 2020-2026 from cities earlier sets had few of): each a sentence of
behaviour on a text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

from notices.importer import extract_notices
from tests.importer.proposals import only as _only


def test_the_articles_toolbar_run_into_the_bureaus_heading_is_no_part_of_the_issuer():
    page = (
        "政府信息公开\n"
        "某某市生态环境局关于2025年3月3日拟对建设项目环境影响评价文件作出审查意见的公示\n"
        "来源：市生态环境局 发布时间：2025-03-03 10:00 浏览次数： 字体：[ ] 收藏 打印\n"
        "某某市生态环境局\n"
        "关于2025年3月3日拟对建设项目环境影响评价文件\n"
        "作出审查意见的公示\n"
        "根据建设项目环境影响评价审批程序的有关规定，经审议，我局拟对1个建设项目环境影响报告表"
        "作出批复决定。现将建设项目环境影响报告表的基本情况予以公示。公示期为2025年3月3日-"
        "2025年3月7日（共5个工作日）。\n"
        "电 话：0000-1234567\n"
        "地 址：某某市某某路1号生态环境局行政审批科\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_pre_approval"
    assert notice.value("issuer") == "某某市生态环境局"


def test_a_news_item_saying_a_bureau_published_a_notice_is_not_that_notice():
    page = (
        "某某县将新建一年产百万吨砂石骨料项目\n"
        "近日，某某县生态环境局公布了一则关于受理某某建材有限公司年产百万吨砂石骨料项目环境影响"
        "报告表的公告。该项目符合国家现行产业政策，从环境保护的角度而言是可行的。\n"
        "根据建设项目环境影响评价审批程序的有关规定，某某县生态环境局于2021年6月1日受理该项目"
        "环境影响报告表。现将受理情况予以公示，公示期为2021年6月1日—2021年6月15日（10个工作日）。\n"
        "编辑：某某\n"
    )
    assert extract_notices(page).proposals == ()


def test_a_portals_furniture_above_the_article_leaves_the_posting_line_among_its_opening_lines():
    page = (
        "主管：某某市人民政府 主办：某某市人民政府办公室\n"
        "某某市12345政务服务热线（市长热线）电话：0000-12345\n"
        "网站标识码：0000000000 某ICP备：00000000号-1 某公网安备：00000000000000\n"
        "本页面执行时间为0.05秒，推荐使用1366*768分辨率以上显示器及IE8.0以上版本浏览器进行浏览\n"
        "某某工业园区规划修编环境影响评价第一次信息公示 |\n"
        "2024-04-08 09:30\n"
        "为适应国土空间总体规划要求，某某工业园区管委会对园区规划进行修编，按照《环境影响评价"
        "公众参与办法》的有关规定，现将园区控制性详细规划环境影响评价工作的相关信息公示如下。"
        " 一、规划概要 1.规划名称：某某工业园区控制性详细规划 2.委托单位：某某工业园区管理委员会"
        " 二、规划环境影响评价的工作程序和工作内容 1.工作程序：委托→资料收集→公示→编制报告书\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_first"
    assert str(notice.value("published_on")) == "2024-04-08"


def test_a_labelled_name_ends_before_the_next_items_number_run_on_with_its_point():
    page = (
        "某某新区规划环境影响评价第一次信息公示\n"
        "根据《环境影响评价公众参与办法》的有关规定，现将某某新区控制性详细规划环境影响评价工作"
        "的相关信息公示如下。一、规划概要1.规划名称：某某新区控制性详细规划2.委托单位：某某新区"
        "管理委员会3.规划概况：规划总面积约10平方公里。二、公众意见表见附件。\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_first"
    assert notice.value("issuer") == "某某新区管理委员会"
