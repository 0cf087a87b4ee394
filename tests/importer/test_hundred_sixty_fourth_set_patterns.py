"""Patterns a hundred-and-sixty-fourth fresh set of real notices showed (issue #11: Shandong
notices of counties and districts, 2019-2025, builders' and bureaus' stages): each a sentence
of behaviour on a text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

from tests.importer.proposals import only as _only


def test_the_title_cell_of_a_catalogue_row_is_no_part_of_the_office_its_title_names():
    page = (
        "  • 索引号 mouxian0012345-20/2024-00017\n"
        "  • 发布机构 某某县开发区\n"
        "  • 发布日期 2024-03-06\n"
        "  • 名称 某某经济开发区行政审批服务局2024年3月6日建设项目环境影响评价文件拟审批公示\n"
        "某某经济开发区行政审批服务局2024年3月6日建设项目环境影响评价文件拟审批公示\n"
        "根据建设项目环境影响评价审批程序的有关规定，我局拟批准以下建设项目环境影响评价文件。"
        "现将拟批准的建设项目环境影响评价文件基本情况予以公示，公示期为2024年3月6日-2024年3月"
        "12日（5个工作日）。\n"
        "联系电话：0539-1234567\n"
        "序号建设单位名称建设项目名称建设地点\n"
        "1某某塑料制品有限公司某某塑料制品有限公司年产500吨包装盒项目某某县某某路18号\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_pre_approval"
    assert notice.value("issuer") == "某某经济开发区行政审批服务局"


def test_a_builder_named_in_the_sentence_giving_it_the_duty_to_publish_issues_the_notice():
    page = (
        "网站首页 新闻中心 公告公示 正文\n"
        "根据《中华人民共和国环境影响评价法》和《环境影响评价公众参与办法》的相关要求，在"
        "《某某市某某路新建工程环境影响报告书》（征求意见稿）完成后，建设单位某某城市建设有限"
        "公司应当公开相关信息，征求与本工程环境影响有关的意见。现进行“某某市某某路新建工程”"
        "环境影响评价工作第二次公示。\n"
        "一、项目概况\n"
        "项目名称：某某市某某路新建工程\n"
        "三、报告（征求意见稿）查阅方式\n"
        "纸质报告查阅地址：某某市某某街道某某街18号\n"
        "联系人及联系电话：王经理 0535-1234567\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_draft_comment"
    assert notice.value("issuer") == "某某城市建设有限公司"


def test_an_authority_whose_rules_a_notice_follows_after_a_cited_law_does_not_issue_it():
    page = (
        "【某某镇】工业项目聚集园环境影响跟踪评价公众参与第一次公示\n"
        "根据《规划环境影响评价条例》（国务院令559号，2009年8月17日）及某某省环保厅有关文件"
        "要求，园区规划开展环境影响跟踪评价，编制环境影响跟踪评价报告书。\n"
        "根据《环境影响评价公众参与办法》（生态环境部令第4号）的有关规定，跟踪评价工作受委托后"
        "7日内进行第一次公众参与。现将本次跟踪评价的有关信息向公众公告如下：\n"
        "一、园区基本情况\n"
        "园区名称：某某镇工业项目聚集园\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_first"
    assert notice.value("issuer") is None


def test_a_builders_draft_signed_after_its_window_began_keeps_the_printed_end():
    page = (
        "某某新材料有限公司年产1万吨发泡材料项目环境影响评价征求意见稿公示\n"
        "一、项目基本情况\n"
        "项目名称：某某新材料有限公司年产1万吨发泡材料项目\n"
        "建设单位：某某新材料有限公司\n"
        "联系人：张某\n"
        "电话：13900000000\n"
        "六、公示期限\n"
        "2019年12月9日至2019年12月13日。\n"
        "某某新材料有限公司\n"
        "2019年12月11日\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_draft_comment"
    assert notice.value("issuer") == "某某新材料有限公司"
    assert notice.value("published_on").isoformat() == "2019-12-11"
    assert notice.value("window")["ends_on"] == "2019-12-13"
