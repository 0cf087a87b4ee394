"""Patterns a hundred-and-eighth fresh set of real notices showed (issue #11: electronics and
high-tech manufacturing - chips, circuit boards, display glass, solar cells, lithium batteries,
data centres): each a sentence of behaviour on a text written for the test, modelled on the
pattern, not copied."""

from __future__ import annotations

from tests.importer.proposals import only as _only


def test_a_title_broken_before_its_bracketed_qualifier_keeps_its_builder_and_project_line():
    page = (
        "当前位置：首页 > 其它信息\n"
        "公告内容\n"
        # (the name line too wide to be a title's first half by itself)
        "某某新材料科技有限公司2万吨/年废旧锂离子动力电池及极片废料回收再生利用项目\n"
        "（重新报批）环境影响评价第二次公示\n"
        "根据《环境影响评价公众参与办法》，我公司组织编制的《2万吨/年废旧锂离子"
        "动力电池及极片废料回收再生利用项目环境影响报告书》（征求意见稿）已形成，现进行第二次公示。\n"
        "1、征求意见稿全文链接：https://pan.example.com/s/1XyZ 提取码：ab12。\n"
        "2、公众提出意见的起止时间：自本公示发布之日起10个工作日内。\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_draft_comment"
    assert notice.value("title") == (
        "某某新材料科技有限公司2万吨/年废旧锂离子动力电池及极片废料回收再生利用项目"
        "（重新报批）环境影响评价第二次公示"
    )
    assert notice.value("issuer") == "某某新材料科技有限公司"


def test_a_period_opening_its_own_sentence_with_a_working_day_count_in_brackets_is_the_window():
    page = (
        "根据建设项目环境影响评价审批程序的有关规定，我局拟对某某电子材料有限公司报送的《年产"
        "1万吨电子级硅微粉项目环境影响报告书》作出审查。为保证此次审查工作的严肃性和公正性，现将"
        "拟作出审批意见的环境影响评价文件基本情况予以公示。2024年5月13日至2024年5月17日（5个"
        "工作日）。\n"
        "听证权利告知：依据《中华人民共和国行政许可法》，自公示起五个工作日内申请人、利害关系人"
        "可提出听证申请。\n"
        "联系电话：0738-1234567\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_pre_approval"
    window = notice.value("window")
    assert (window["starts_on"], window["ends_on"]) == ("2024-05-13", "2024-05-17")


def test_a_second_place_to_write_to_offered_with_or_is_no_part_of_the_issuers_name():
    page = (
        "根据建设项目环境影响评价审批程序的有关规定，经审议，我局拟对某某光伏材料有限公司年产"
        "5000万平方米光伏胶膜项目环境影响评价文件作出审批意见。现将基本情况予以公告，公告期为"
        "2024年6月3日至2024年6月7日（5个工作日）。\n"
        "联系电话：0573-1234567\n"
        "通讯地址：某某市某某区某某路88号政务服务中心一楼，或某某市生态环境局某某分局环境影响评价"
        "与排放管理科。\n"
    )
    notice = _only(page)
    assert notice.value("issuer") == "某某市生态环境局某某分局"


def test_a_report_put_up_in_full_before_it_is_sent_for_approval_is_pre_submission():
    page = (
        "根据《建设项目环境影响评价政府信息公开指南》（试行）的要求，项目在送某某开发区行政审批局"
        "审批前需先公示，因此现将拟审批的《某某电子有限公司新增电路板清洗线项目环境影响报告表》全文"
        "予以公示，报告如附件所示。\n"
        "建设单位：某某电子有限公司\n"
        "公示时间：2019年3月4日至2019年3月15日\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_pre_submission"


def test_a_summary_put_up_before_submission_under_the_2006_measures_stays_a_draft_comment():
    page = (
        "某某至某某高速公路环境影响评价第二次信息公告\n"
        "按照《环境影响评价公众参与暂行办法》的有关规定，建设单位应当在报送环境保护行政主管部门"
        "审批前，向公众公告环境影响报告书的简要内容，以进一步征求公众意见。\n"
        "公众可在公告之日起10日内通过信函、电子邮件向建设单位提出意见。\n"
        "联系人：王工 电话：023-61234567\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_draft_comment"
