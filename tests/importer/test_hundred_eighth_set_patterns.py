"""Patterns a hundred-and-eighth fresh set of real notices showed (issue #11: electronics and
high-tech manufacturing - chips, circuit boards, display glass, solar cells, lithium batteries,
data centres): each a sentence of behaviour on a text written for the test, modelled on the
pattern, not copied."""

from __future__ import annotations

from notices.importer import extract_notices
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


def test_a_news_lead_that_someone_put_a_notice_up_and_no_contact_of_its_own_is_no_notice():
    page = (
        "近日，某某新能源有限公司在环境影响信息公示平台上正式发布了“某某新能源有限公司钙钛矿电池"
        "生产项目环境影响评价全本公示”。依据《环境影响评价公众参与办法》，建设单位在完成环境影响"
        "报告书的编制后，需在报批前向社会公开报告书全本，相关内容详见附件。\n"
        "该项目选址于某某市某某区，计划投资3亿元，建成后年产200MW钙钛矿光伏电池。\n"
    )
    assert extract_notices(page).proposals == ()


def test_a_circular_to_government_bodies_that_sets_no_period_is_no_notice():
    page = (
        "根据建设项目环境影响评价审批程序的有关规定，我局拟对某某数据科技有限公司数据中心项目环境"
        "影响报告表作出批复决定，现予以公示，公示期为2021年6月2日至2021年6月8日（5个工作日）。"
        "联系电话：020-12345678\n"
        "\n"
        "各区发展改革局：\n"
        "根据《某某省固定资产投资项目节能审查实施办法》第五条“固定资产投资项目节能审查意见是项目"
        "开工建设、竣工验收和运营管理的重要依据”有关规定，现将我市数据中心项目节能审查有关事项通知"
        "如下：\n"
        "一、全市未取得节能审查意见的在建数据中心项目暂停建设，拟建数据中心项目不得开工建设。\n"
        "二、根据《某某省数据中心总体布局规划（2021-2025年）》及《某某省能源局关于数据中心能耗"
        "保障相关要求的通知》（某能〔2021〕8号）要求，市层面正在制定《某某市数据中心建设指导意见》，"
        "待其出台后，全市数据中心项目严格按照其实施。\n"
        "三、请你局会同区相关部门做好数据中心建设单位的解释说明工作。\n"
        "专此。\n"
        "某某市发展和改革委员会\n"
        "2021年6月1日\n"
        "（联系人：张某，联系电话：12345678，邮箱：someone@example.com）\n"
        "公开方式：主动公开\n"
    )
    assert [p.value("kind") for p in extract_notices(page).proposals] == ["eia_pre_approval"]


def test_a_completion_acceptance_platform_record_copied_by_a_re_poster_is_no_notice():
    page = (
        "某某集成电路封测产业化项目\n"
        "1、建设项目基本信息\n"
        "**** | 建设单位所在行政区划：中国 |\n"
        "建设地点： | 某某省某某市经济开发区某某路1号 |\n"
        "环评批复时间： | 2021-06-01 |\n"
        "某审环评〔2021〕123号 | 本工程排污许可证编号：**** |\n"
        "竣工时间：2024-03-01 | 调试结束时间： | 2024-07-10 |\n"
        "验收报告公开结束时间：2024-08-09 |\n"
        "验收报告公开载体： | http://www.example.com/news/398.html |\n"
        "2、工程变动信息\n"
    )
    assert extract_notices(page).proposals == ()
