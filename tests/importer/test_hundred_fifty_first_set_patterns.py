"""Patterns a hundred-and-fifty-first fresh set of real notices showed (issue #11: Jiangsu,
Zhejiang, Shanghai and Anhui notices of 2022-2026, builders' and district bureaus'): each a
sentence of behaviour on a text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

from notices.importer import extract_notices
from tests.importer.proposals import only as _only


def test_a_first_notice_that_announces_the_second_notice_to_come_stays_a_first_notice():
    page = (
        "根据《环境影响评价公众参与办法》等规定，现就某某科技有限公司年产5万套某某部件项目环境"
        "影响评价基本信息向社会公示：\n"
        "（一）建设项目基本情况\n"
        "建设项目名称：年产5万套某某部件项目\n"
        "建设地点：某某市某某区某某路东侧\n"
        "（二）建设单位名称及联系方式\n"
        "建设单位名称：某某科技有限公司\n"
        "联系人：王工\n"
        "E-mail：12345678@qq.com\n"
        "（三）环境影响报告书编制单位的名称\n"
        "编制单位名称：某某环境技术有限公司\n"
        "（四）提交公众意见表的方式和途径\n"
        "公众可通过电子邮件、信函等方式发表意见。本次为建设项目的第一次公示。在报告书编制完成、"
        "报送评审前，建设单位还将进行第二次公示，进一步征求公众意见。\n"
        "2024年3月5日\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_first"


def test_a_second_notice_that_names_itself_second_is_still_read_as_draft_comment():
    page = (
        "某某河道清淤工程环境影响评价第二次公示\n"
        "根据《环境影响评价公众参与办法》，现对某某河道清淤工程环境影响评价进行第二次公示。\n"
        "一、征求意见稿全文见附件。\n"
        "二、公众可通过信函、电子邮件等方式提交公众意见表。\n"
        "建设单位：某某市水利工程建设管理中心  联系电话：0510-12345678\n"
        "2025年6月6日\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_draft_comment"


def test_a_policy_guide_listing_who_may_apply_and_how_is_not_a_notice():
    page = (
        "某某区建设项目环评文件审批细则\n"
        "（一）支持对象\n"
        "企业法人，事业法人，其他组织；\n"
        "（二）支持标准\n"
        "公共设施管理等6个行业的建设项目，详见附表。\n"
        "（三）申报材料\n"
        "1.环评审批申请表；\n"
        "2.环评文件（报批稿）；\n"
        "（四）申报流程\n"
        "（五）联系方式\n"
        "联系方式：12345678\n"
        "邮箱：someone@example.com\n"
    )
    assert not extract_notices(page).proposals


def test_the_day_a_period_runs_from_named_as_the_publication_day_is_the_publication_day():
    page = (
        "某某市某某单元控制性详细规划修改环境影响评价信息第二次公示\n"
        "根据《环境影响评价公众参与办法》，现对某某单元控制性详细规划修改环境影响报告书进行第二次"
        "公示，公示期限为自公告日2023年5月8日起，截至2023年5月19日，共10个工作日。\n"
        "建设单位：某某经济开发区管理委员会\n"
        "征求意见稿全文见附件，公众可通过信函、电子邮件等方式提交公众意见表。\n"
    )
    notice = _only(page)
    assert str(notice.value("published_on")) == "2023-05-08"
    assert str(notice.value("window")["ends_on"]) == "2023-05-19"


def test_a_bureau_title_naming_itself_then_the_day_then_the_step_names_its_issuer():
    page = (
        "某某市生态环境局某某分局2025年06月12日环评文件拟批准意见公告\n"
        "序号 项目名称 建设地点 建设单位\n"
        "1 某某口腔门诊部建设项目 某某区某某路1号 某某口腔门诊部有限公司\n"
        "根据建设项目环境影响评价审批程序的有关规定，经审议，我局拟对上述建设项目环境影响评价"
        "文件作出审批意见。现将基本情况予以公示。公示期为2025年06月13日至2025年06月19日"
        "（5个工作日）\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_pre_approval"
    assert notice.value("issuer") == "某某市生态环境局某某分局"


def test_a_links_dated_path_among_the_opening_lines_is_no_posting_date():
    # a government site files its pages by day ("…/art/2031/10/24/…"): the link to the draft,
    # printed among the notice's first lines, is not the line a site posts its day on
    page = (
        "某某工业园区规划环境影响评价公众参与公示\n"
        "按照《环境影响评价公众参与办法》等有关规定，向公众公开征求意见。\n"
        "一、征求意见稿全文的网络链接：\n"
        "http://www.example.gov.cn/art/2031/10/24/art_1391263_59009069.html\n"
        "二、公众提出意见的方式和途径\n"
        "公众可以通过信函、电子邮件等方式，在规定时间内将公众意见表提交建设单位。\n"
        "建设单位：某某工业园区管理委员会\n"
    )
    notice = _only(page)
    assert notice.value("published_on") is None
    assert notice.value("links") == [
        "http://www.example.gov.cn/art/2031/10/24/art_1391263_59009069.html"
    ]
