"""Patterns a tenth fresh set of real notices showed (issue #11): each a sentence of behaviour
on a text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

import datetime as dt

from notices.importer import extract_notices

_PLAN_DRAFT = (
    "根据《中华人民共和国环境影响评价法》和《环境影响评价公众参与办法》有关规定，现公示某某县"
    "食品产业园总体规划环境影响报告书征求意见稿。\n"
    "一、征求意见稿全文见附件，公众可前往某某县产业园区管理委员会查阅纸质报告书。\n"
    "二、公众可通过信函、电子邮件提交公众意见表，联系电话：13912345678。\n"
    "三、公众提出意见的起止时间：本公示发布之日起10个工作日内。\n"
)


def test_a_plans_implementing_body_labelled_as_such_issues_it():
    page = _PLAN_DRAFT.replace(
        "一、", "一、规划实施单位：某某县产业园区管理委员会\n联系人：周工\n二、"
    ).replace("二、公众", "三、公众", 1)
    notice = extract_notices(page).proposals[0]
    assert notice.value("issuer") == "某某县产业园区管理委员会"


def test_the_commissioning_body_beats_the_consultants_labelled_name():
    page = (
        "某某河流域综合规划环境影响评价第一次公示\n"
        "根据《规划环境影响评价条例》和《环境影响评价公众参与办法》，现将有关信息公示如下：\n"
        "一、规划单位名称和联系方式\n委托单位：某某市水务局\n联系人：赵主任\n"
        "联系方式：0571-87654321\n"
        "二、规划环评编制单位名称和联系方式\n单位名称：某某环境工程设计有限公司\n"
        "联系人：钱工\n联系方式：0571-12345678\n"
        "三、公众意见表下载网址：http://www.example.gov.cn/form.docx\n"
    )
    notice = extract_notices(page).proposals[0]
    assert notice.value("kind") == "eia_first"
    assert notice.value("issuer") == "某某市水务局"


def test_a_public_projects_implementing_agency_issues_its_first_notice():
    page = (
        "某某至某某高速公路工程环境影响评价公众参与第一次公示\n"
        "某某至某某高速公路工程环境影响报告书编制单位现已确定，现进行第一次公示。\n"
        "一、项目实施机构和联系方式\n项目实施机构：某某县交通运输局\n联系电话：0830-1234567\n"
        "二、评价单位：某某交通勘察设计研究院有限公司\n"
    )
    notice = extract_notices(page).proposals[0]
    assert notice.value("issuer") == "某某县交通运输局"


def test_a_builder_commissioning_the_report_right_after_a_repeated_title_issues_it():
    title = "《某某市餐厨垃圾处理站环境影响报告书》征求意见稿公众参与信息公开（二次公示）"
    page = (
        f"{title}\n发布日期：2022-04-11 信息来源：某某市生态环境局 编辑：生态环境局环评科 审核："
        f"生态环境局环评科 字号：[ ]\n{title}\n"
        "某某市城市管理委员会委托某某环保科技有限公司编制的《某某市餐厨垃圾处理站环境影响报告书》"
        "征求意见稿已完成，根据《环境影响评价公众参与办法》有关规定，现对环境影响报告书征求意见稿"
        "进行公示，欢迎公众积极参与并提出宝贵意见。\n"
        "（一）征求意见稿全文的网络链接\nhttp://www.example.cn/report.pdf\n"
        "（二）公众提出意见的方式和途径\n公众可以通过信函、电子邮件提交意见。\n"
        "意见提交单位：某某市城市管理委员会\n通讯地址：某某市滨河大道18号\n"
    )
    notice = extract_notices(page).proposals[0]
    assert notice.value("issuer") == "某某市城市管理委员会"
    assert notice.value("published_on") == dt.date(2022, 4, 11)


def test_a_news_portals_byline_gives_the_papers_day():
    page = (
        "某某县工业园区污水处理厂项目环境信息公示\n"
        "某某日报 2021-05-20 09:15 大字\n" + _PLAN_DRAFT.split("\n", 1)[1]
    )
    notice = extract_notices(page).proposals[0]
    assert notice.value("published_on") == dt.date(2021, 5, 20)


def test_the_papers_day_under_the_title_beats_an_earlier_signature():
    page = (
        "某某县工业园区污水处理厂项目环境信息公示\n"
        "某某晚报 2021-05-20 09:15\n" + _PLAN_DRAFT.split("\n", 1)[1] + "某某县工业园区管理办公室\n"
        "2021年5月18日\n"
    )
    notice = extract_notices(page).proposals[0]
    assert notice.value("published_on") == dt.date(2021, 5, 20)


_FIRST_NOTICE = (
    "某某至某某高速公路工程 环境影响评价公众参与第一次公示\n"
    "来源：县交通局 发布时间：2022-06-01 10:20:00 浏览次数：\n"
    "某某至某某高速公路工程环境影响报告书编制单位现已确定，现进行第一次公示，征求公众意见。\n"
    "一、项目实施机构和联系方式\n项目实施机构：某某县交通运输局\n联系电话：0830-1234567\n"
)


def test_an_overview_of_the_publicity_stages_is_no_notice():
    page = (
        "环评公示是建设项目环境影响评价过程中的重要环节，为保障公众知情权、促进环境治理透明化。"
        "环评公示通常分为三个阶段：前期准备阶段、征求意见稿公示和审批前公示。以下是这三个阶段的"
        "详细说明。\n前期准备阶段\n公示内容\n在确定环境影响报告书编制单位后，建设单位需在7个"
        "工作日内进行首次公示，内容包括项目基本信息、建设单位及环评单位联系方式等。\n"
        "征求意见稿公示\n公示内容\n在环境影响报告书征求意见稿形成后，需进行第二次公示，公示内容"
        "应包括征求意见稿全文链接、公众意见提交途径及截止时间。\n公示时长\n网络平台公示不少于"
        "10个工作日，报纸公告不少于2次，张贴公告持续10个工作日。\n"
    )
    assert extract_notices(page).proposals == ()


def test_a_question_sites_answer_recapping_notices_is_no_notice():
    page = (
        "某某市环评公示\n2024-03-02 08:11:09   12次\n某某市环评公示\n优质解答\n"
        "某某市近期环评公示显示，2024年2月19日至2月26日期间，生态环境局共受理及审批了多个建设"
        "项目环境影响评价文件。其中某某河道整治工程、家具生产项目等项目的环评报告书已进入公示或"
        "审批阶段，公示期为5至10个工作日。\n这种规范化运作模式充分体现了环境管理的透明度，例如"
        "某某河道整治工程由专业环评机构编制报告书，2月19日受理后进入10个工作日的法定公示期。\n"
    )
    assert extract_notices(page).proposals == ()


def test_a_form_with_bracketed_blanks_to_fill_in_is_a_template_even_above_a_notice():
    page = (
        "按照《中华人民共和国环境影响评价法》、《环境影响评价公众参与办法》（生态环境部令第4号）等"
        "法律、法规及有关规定，建设单位是建设项目环境信息公开的主体；建设单位编制环境影响公众参与"
        "的过程中，应当公开有关环境影响评价的信息，征求公众意见。\n"
        "  *年*月*日、委托单位信息、建设单位信息、是否编制出拟报批的环境影响报告书全文和公众参与"
        "说明、根据***法律法规政策，对该项目环境影响评价工作进行***次信息公示，并征求公众意见和"
        "建议。公示内容如下。\n  附件：***环境影响报告书（拟报批版）\n"
        "      ***环境影响评价公众参与说明\n   （建设单位名称）\n         （日期）*年*月*日\n\n"
        + _FIRST_NOTICE
    )
    proposals = extract_notices(page).proposals
    assert [p.value("kind") for p in proposals] == ["eia_first"]
    assert proposals[0].value("issuer") == "某某县交通运输局"


def test_an_organisation_printed_before_the_title_with_a_space_puts_the_notice_up():
    page = (
        "某某经济技术开发区管理委员会 某某化工园区规划环境影响跟踪评价报告书(征求意见稿)公示\n"
        "某某晨报 2022-09-14 06:30\n"
        "我单位委托某某环境咨询有限公司编制的规划环境影响跟踪评价报告书已基本完成，现进行征求意见稿"
        "公示。报告网络链接：http://www.example.gov.cn/notice/123\n"
        "公众提出意见的起止时间：自公示之日起10个工作日内。\n"
        "规划实施单位：某某经济技\n"
    )
    notice = extract_notices(page).proposals[0]
    assert notice.value("issuer") == "某某经济技术开发区管理委员会"
    assert notice.value("published_on") == dt.date(2022, 9, 14)
