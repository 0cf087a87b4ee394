"""Patterns a seventy-ninth fresh set of real notices showed (issue #11: EIA notices of linear
and regional projects, railways, roads, power lines, pipelines, river and farmland works, with
their near-misses): each a sentence of behaviour on a text written for the test, modelled on
the pattern, not copied."""

from __future__ import annotations

from notices.importer import extract_notices
from tests.importer.proposals import only as _only


def test_a_listing_bullet_before_an_authority_led_title_is_not_part_of_the_issuer():
    page = (
        "·某某市某某区行政审批局关于对某某供电公司35千伏线路迁改工程环境影响报告表拟作出"
        "审批决定的公示\n"
        "发布日期：2023-03-14\n"
        "根据建设项目环境影响评价审批程序的有关规定，经审议，我局拟对以下建设项目环境影响"
        "报告表作出审批决定。现将基本情况予以公示。\n"
        "公示期限：自本信息发布之日起5个工作日。\n"
        "联系电话：0351-5550142\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_pre_approval"
    assert notice.value("issuer") == "某某市某某区行政审批局"


def test_a_closed_calls_result_feedback_with_the_opinions_counted_is_no_notice():
    notice = (
        "某某至某某铁路环境影响报告书（征求意见稿）公示\n"
        "来源：本网 时间：2023-08-21 09:12:05\n"
        "  某某至某某铁路环境影响报告书（征求意见稿）已编制完成，现按照《环境影响评价公众参与"
        "办法》要求进行公示。\n"
        "  一、征求意见稿全文的网络链接：https://pan.example.cn/s/9ZyXwV8u，提取码：m3q8。\n"
        "  二、征求意见的公众范围：环境影响评价范围内的公民、法人和其他组织。\n"
        "  三、公众可以通过信函、传真、电子邮件等方式，在规定时间内将填写的公众意见表提交建设"
        "单位，联系电话：0797-5550188。\n"
    )
    feedback = (
        "某某至某某一级公路环境影响报告书（征求意见稿）\n"
        "征集时间：[ 2023-09-04 00:00 ] 至 [ 2023-09-15 23:59 ] 状态：已结束 来源：县交通运输局\n"
        "结果反馈\n"
        "  《某某至某某一级公路环境影响报告书（征求意见稿）》于2023年9月4日至9月15日公开征求"
        "社会意见。征求意见期间，共收到意见建议3条，其中网站留言2条，电话1条。\n"
        "  现将意见采纳情况公布如下：\n"
        "  网站：建议增设某某镇出入口。电话：询问线路走向。\n"
        "  上述建议不属于本次环境影响报告书征求意见范围，不予采纳。\n"
        "  结果反馈时间：2023年9月22日\n"
    )
    proposals = extract_notices(notice + "\n" + feedback).proposals
    assert [p.value("kind") for p in proposals] == ["eia_draft_comment"]


def test_a_draft_notice_that_says_it_will_publish_how_opinions_are_taken_stays_a_notice():
    page = (
        "某某河综合治理工程环境影响报告书征求意见稿公示\n"
        "现将《某某河综合治理工程环境影响报告书》（征求意见稿）进行公示，征求公众意见。\n"
        "征求意见稿全文链接：https://pan.example.cn/s/1aB2cD3e 提取码：x7k2\n"
        "公众提出意见的起止时间：2024年6月3日至2024年6月14日。\n"
        "公示结束后，建设单位将在报批前公开公众意见采纳情况。\n"
        "建设单位：某某县水利局 联系电话：0536-5551234\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_draft_comment"


_CUT_SHORT_FIRST = (
    "根据《中华人民共和国环境影响评价法》和《环境影响评价公众参与办法》的相关要求，现开展某某市"
    "城市轨道交通9号线二期工程环境影响评价第一次信息公示。 建设内容：线路起自某某区北湖站，"
    "终至某某区南岭站，全长约18.6km，均为地下线，设车站12座，其中换乘站5座，设停车场1处。 "
    "若您对项目有意见和看法，可按照附件格式填写建设项目环境影响评价公众意见表，在本公告发布之日"
    "起至环境影响报告书征求意见稿编制过程中，通过信函、电子邮件等方式提交。"
)
_CUT_SHORT_DRAFT = (
    "根据《环境影响评价公众参与办法》（生态环境部令第4号）的相关要求，现对**至**高速公路**段"
    "环境影响报告书进行征求意见公示，本次公示内容如下： 一、建设项目基本情况 项目名称：**至**"
    "高速公路**段 建设地点：**市**区某某镇、某某镇 建设内容：路线全长21.4公里，采用双向"
    "四车道高速公路标准，设计速度100km/h，设特大桥1座、互通立交3处。 二、项目对环境可能造成"
    "影响的概述 施工期主要为噪声、扬尘、废水和生态影响，运营期主要为交通噪声和事故风险。"
)
_SIGNED_PRESUBMISSION = (
    "根据《环境影响评价公众参与办法》相关规定，某某县水利局现将《某某河堤防加固工程环境影响"
    "报告书》（报批稿）全文和公众参与说明进行公示。 建设单位：某某县水利局 联系人：李工 "
    "联系电话：0539-5553310 公示期间公众可通过电话、信函等方式提出意见。"
)


def test_an_eia_notice_cut_short_before_its_contacts_is_proposed_when_it_puts_itself_up_now():
    page = "\n\n".join((_CUT_SHORT_FIRST, _CUT_SHORT_DRAFT, _SIGNED_PRESUBMISSION)) + "\n"
    kinds = [p.value("kind") for p in extract_notices(page).proposals]
    assert kinds == ["eia_first", "eia_draft_comment", "eia_pre_submission"]


def test_a_report_that_a_notice_was_put_up_is_not_proposed_for_lack_of_contacts():
    news = (
        "记者从某某市交通运输局了解到，该局日前对某某至某某公路工程环境影响评价进行了第一次信息"
        "公示，公示期间群众可就项目建设提出意见。据介绍，该项目路线全长32公里，计划明年开工。"
    )
    page = "\n\n".join((news, _SIGNED_PRESUBMISSION)) + "\n"
    kinds = [p.value("kind") for p in extract_notices(page).proposals]
    assert kinds == ["eia_pre_submission"]


def test_a_report_put_up_for_comment_without_the_word_draft_is_a_draft_comment_notice():
    page = (
        "根据《环境影响评价公众参与办法》的相关要求，现对某某至某某一级公路改建工程环境影响报告书"
        "进行征求意见公示，内容如下：\n"
        "一、建设项目基本情况\n"
        "项目名称：某某至某某一级公路改建工程 建设地点：某某县某某镇\n"
        "二、公众提出意见的起止时间：2025年3月10日至2025年3月21日\n"
        "三、建设单位：某某县交通运输局 联系电话：0518-5550427\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_draft_comment"


def test_a_portal_banner_before_the_title_is_no_issuer():
    page = (
        "某某市人民政府门户网站 某某市发展和改革局 通知 公告 公示 新建某某至某某铁路环境影响报告书"
        "（征求意见稿）公示\n"
        "新建某某至某某铁路环境影响报告书（征求意见稿）公示\n"
        "来源：本网 时间：2024-04-08 10:21:33\n"
        "新建某某至某某铁路环境影响报告书（征求意见稿）已编制完成，现进行征求意见稿公示。\n"
        "征求意见稿全文链接：https://pan.example.cn/s/7QwErTy1，提取码：k9p4。\n"
        "公众可通过信函、电子邮件等方式提交公众意见表，联系电话：0753-5550961。\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_draft_comment"
    assert notice.value("issuer") != "某某市人民政府门户网站"
