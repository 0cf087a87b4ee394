"""Patterns an eighty-fifth fresh set of real notices showed (issue #11: Shaanxi, Gansu,
Qinghai, Ningxia and Xinjiang notices of every kind): each a sentence of behaviour on a text
written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

from notices.importer import extract_notices
from tests.importer.proposals import only as _only


def test_a_letter_withdrawing_one_companys_approval_is_no_notice():
    page = (
        "柳州环函〔2019〕14号\n"
        "关于撤销《某某区环保局关于某某建材有限公司石料加工项目\n"
        "环境影响报告表的批复》的函\n"
        "某某建材有限公司：\n"
        "我局于2018年3月2日对你公司石料加工项目出具了批复（某环评〔2018〕9号）。\n"
        "经核实，该项目选址位于饮用水水源保护区内，我局决定撤销上述批复，原文件即日起废止。\n"
        "某某市环境保护局\n"
        "2019年5月6日\n"
    )
    assert not extract_notices(page).proposals


def test_a_convener_abbreviated_after_a_sentence_that_names_it_whole_is_read_whole():
    page = (
        "为改善城区声环境质量，规范夜间施工管理。某某市生态环境局依据有关规定拟定了《某某市"
        "城区声环境功能区划分方案（送审稿）》。市生态环境局拟对该方案举行听证会，现将有关事项"
        "公告如下：\n"
        "一、听证会定于2023年6月15日上午9:30在市生态环境局三楼会议室举行。\n"
        "二、参加人员：听证代表15人，其中居民代表8人，采取自愿报名的方式确定。\n"
        "三、报名时间及方式\n"
        "（一）报名时间：2023年6月1日至2023年6月9日（节假日不受理）\n"
        "（二）报名方式：申请人从tzhbj2023@163.com邮箱下载《听证报名表》，如实填写后发至上述邮箱。\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "other"
    assert notice.value("issuer") == "某某市生态环境局"


def test_a_first_notice_listing_its_work_steps_with_the_report_for_submission_stays_first():
    page = (
        "某某县城区集中供热改造项目环境影响评价公众参与信息公告\n"
        "根据国家相关环保法规要求，现对我单位某某县城区集中供热改造项目的有关信息公告如下，"
        "欢迎各单位及个人提出意见。\n"
        "一、工程概况\n"
        "项目新建换热站3座，改造供热管网8.2公里，总投资4200万元。\n"
        "二、环评工作程序和主要工作内容\n"
        "工作程序：现场踏勘、资料收集、报告书编制、技术评审、报批稿修改、报送主管部门审批。\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_first"


def test_a_byline_dated_before_the_text_size_buttons_gives_the_posting_day():
    page = (
        "某某环境工程咨询有限公司    2019-08-14 10:22:05    字号：【大】【中】【小】\n"
        "某某工业园区污水管网工程环境影响评价公众参与信息公告\n"
        "根据国家相关环保法规要求，现对我单位某某工业园区污水管网工程的有关信息公告如下，"
        "欢迎各单位及个人对本项目的环保工作提出宝贵意见和建议。\n"
        "一、工程概况\n"
        "某某工业园区位于县城东北部，东临某某河，西接某某镇。项目主要新建园区污水收集管网及"
        "提升泵站，计划总投资3100万元，主要建设内容为：新建污水管网12公里，新建提升泵站2座。\n"
        "二、环评工作程序和主要工作内容\n"
        "⑴工作程序：现场踏勘、资料收集、环评报告书编制、技术评审、报批稿修改、报送主管部门审批。\n"
        "⑵主要工作内容：现场踏勘、环境质量现状监测及评价、环境影响分析、公众参与调查。\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_first"
    assert str(notice.value("published_on")) == "2019-08-14"


def test_a_dotted_day_first_posting_date_under_the_title_is_read_day_first():
    page = (
        "某某县果蔬冷链物流中心建设项目环境影响评价第一次公示\n"
        "07.11.2016  09:15\n"
        "某某县果蔬冷链物流中心建设项目环境影响评价工作已经启动，现就有关事项公告如下：\n"
        "建设单位：某某农业发展有限公司\n"
        "联系人：王某 联系电话：0971-5550123\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_first"
    assert str(notice.value("published_on")) == "2016-11-07"
