"""Patterns a hundred-and-sixtieth fresh set of real notices showed (issue #11: Henan and
Hebei notices of 2020-2025 from cities no earlier set used): each a sentence of behaviour on a
text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

from tests.importer.proposals import only as _only


def test_a_bureau_notice_speaking_as_wo_ju_is_issued_by_the_catalogue_rows_publisher():
    page = (
        "发布单位：某某县环境保护局 名 称：关于2024年5月6日拟对建设项目环境影响评价文件"
        "做出审批意见的公示\n"
        "分 类：环境管理业务信息/环境影响评价 生成日期：2024年5月6日\n"
        "关于2024年5月6日拟对1个建设项目环境影响评价文件作出审批意见的公示\n"
        "根据建设项目环境影响评价审批程序的规定，我局拟对1个建设项目环境影响评价文件作出审批意见。"
        "现将建设项目环境影响评价文件的基本情况予以公示。如有异议，请在公示期内反馈我局。"
        "公示期为2024年5月6日—2024年5月10日（5工作日）。\n"
        "电话：0300-1234567 传真：0300-1234568\n"
        "序号 | 项目名称 | 建设地点 | 环境影响评价机构 |\n"
        "1 | 某某建材有限公司干混砂浆项目 | 某某县某某镇 | 某某环保科技有限公司 |\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_pre_approval"
    assert notice.value("issuer") == "某某县环境保护局"


def test_a_publisher_cell_followed_by_the_next_labelled_cell_names_the_office_alone():
    page = (
        "发布机构：某某市生态环境局某某分局 生成日期：2024-03-11\n"
        "关于2024年3月11日拟对建设项目环境影响评价文件作出审批意见的公示\n"
        "根据建设项目环境影响评价审批程序的有关规定，经审议，我局拟对以下建设项目环境影响评价文件"
        "作出审批意见。如有异议，请自本公告发布之日起5个工作日内反馈我局。\n"
        "电话：0300-7654321\n"
        "1 | 某某食品有限公司年产500吨挂面项目 | 报告表 | 某某环境工程有限公司 |\n"
    )
    notice = _only(page)
    assert notice.value("issuer") == "某某市生态环境局某某分局"


def test_a_builders_notice_is_not_issued_by_the_site_that_posts_it():
    page = (
        "发布机构：某某县生态环境分局 主题分类：专项规划和区域规划\n"
        "某某经济开发区总体发展规划环境影响评价公众参与第二次信息补充公示\n"
        "某某经济开发区总体发展规划环境影响报告书已于2023年7月3日、2023年8月1日进行了两次信息"
        "公示。现将有关事项向公众补充公示如下：\n"
        "一、查阅环境影响报告书征求意见稿全文的网络链接：https://pan.example.com/s/abc123\n"
        "二、公众可通过打电话、写信、发邮件的方式向规划编制单位提出意见。\n"
        "三、规划编制单位：某某经济开发区管理委员会 联系电话：0300-5556667\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_draft_comment"
    assert notice.value("issuer") == "某某经济开发区管理委员会"
