"""Patterns a fresh set of real notices (road-transport facilities: service areas and toll
stations, parking, bus and passenger stations, charging and battery-swap stations, vehicle
inspection stations) showed (issue #11): each a sentence of behaviour on a text written for the
test, modelled on the pattern, not copied."""

from __future__ import annotations

import datetime

from notices.importer import extract_notices

_SECOND_NOTICE = (
    "某某高速公路某某段改扩建工程环境影响评价第二次信息公示\n"
    "{head}根据《中华人民共和国环境影响评价法》、《环境影响评价公众参与办法》的相关要求，在"
    "《某某高速公路某某段改扩建工程环境影响报告书》（征求意见稿）完成后，建设单位某某高速"
    "建设有限公司应当公开相关信息，征求与该项目环境影响有关的意见。现进行第二次信息公示。\n"
    "一、项目名称及概要\n"
    "项目名称：某某高速公路某某段改扩建工程\n"
    "建设规模：全线设服务区1处，匝道收费站3处。\n"
    "二、报告（征求意见稿）查阅方式\n"
    "纸质报告查阅地址：某某市某某路8号\n"
)


def test_a_dashed_posting_date_run_into_the_rule_citing_opening_dates_the_notice():
    notice = extract_notices(_SECOND_NOTICE.format(head="2031-03-17")).proposals[0]
    assert notice.value("kind") == "eia_draft_comment"
    assert notice.value("published_on") == datetime.date(2031, 3, 17)


def test_a_papers_dateline_with_its_day_inside_marks_a_news_report():
    # a mirror's Traditional copy of a paper's item that recounts a bureau's notice, its
    # closing day and a phone: news about a notice, whose dateline "本报10月15日讯" reads
    # as the paper's
    page = (
        "本報10月15日訊(記者 王某) 15日,某某市環保局網站公示的建設項目擬批準項"
        "目公告顯示,某某區计划在原\n"
        "某某路停車場的位置建設一座机械式立体停車庫,以缓解\n"
        "區政府及行政审批大厅周邊停車难问题。\n"
        "市民去區政府或行政审批大厅办事,经常找不到停車位,只好把車停在路邊。某某路6号的"
        "停車場只对持证車辆开放,外来車辆很难停进去。15日,某某市環保局網站的一则建設項"
        "目擬批準項目公告顯示,某某路6号将建机械式立体停車庫,項目占地面積2500平方米"
        "。以后,市民去區政府或行政审批大厅办事,停車会方便不少。\n"
        "公告顯示,新建的机械式立体停車庫位于现在的某某路停車場內,与普通停車場相比,立体"
        "停車庫能省下不少地面面積。立体車庫存車時,車主先把車开上载車板,再由設备把車自动"
        "送到指定車位;取車時顺序相反,車主在出口刷卡或按下按钮,对应車位的汽車会被自动送"
        "到出口。\n"
        "目前,項目正處于公开環評階段,環評截止日期10月16日。市民如有意見,可拨打電話"
        "82345678。\n"
        "(来源:某某網-某某晚報) [编辑: 某某]\n"
    )
    assert not extract_notices(page).proposals


_ROAD_TABLE = (
    "本项目路线全长8.5公里，全线基本为老路加宽改建，新建养护工区1处（与停车区合并建设）。\n"
    "二、征求公众意见的范围和主要注意事项\n"
    "本次公示主要征求公众对项目建设和运营过程中可能对环境产生的影响提出看法和意见。\n"
    "三、征求意见的具体形式\n"
    "如对本报告表在环境保护问题上有具体意见，可以通过来电来函以及发电子邮件的方式反馈。"
    "同时可以向某某县公路事业发展中心索要《某某线某某段改建工程环境影响报告表》纸质版，"
    "也可在某某网站下载电子版。\n"
    "四、公众反馈意见的方式及途径\n"
    "可下载公众意见表填表发送邮件进行反馈。\n"
)


def test_a_named_report_tables_paper_copy_offered_makes_the_pre_submission_notice():
    notice = extract_notices(_ROAD_TABLE).proposals[0]
    assert notice.value("kind") == "eia_pre_submission"


def test_a_named_report_books_paper_copy_offered_makes_the_draft_comment_notice():
    text = _ROAD_TABLE.replace("报告表", "报告书")
    notice = extract_notices(text).proposals[0]
    assert notice.value("kind") == "eia_draft_comment"


def test_the_problems_the_works_may_bring_as_a_heading_make_the_2006_second_notice():
    text = (
        "某某汽车城建设项目环境影响评价公众参与公示\n"
        "根据《环境影响评价公众参与暂行办法》（环发〔2006〕28号），为让公众充分了解本项目的"
        "建设，特将本项目主要的环境信息向社会公众公告，具体如下：\n"
        "一、项目概况\n"
        "某某汽车城建设项目是某某投资开发有限公司投资5000万元在某某市某某路建设的项目，"
        "停车位1200个，主要建设汽车销售店12栋。\n"
        "建设及运营期可能存在的主要环境问题：\n"
        "（1）施工期的扬尘、废水和噪声。\n"
        "（2）运营期地下车库的汽车尾气、洗车废水和交通噪声。\n"
        "某某投资开发有限公司\n"
        "2031年6月24日\n"
    )
    notice = extract_notices(text).proposals[0]
    assert notice.value("kind") == "eia_draft_comment"
