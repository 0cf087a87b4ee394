"""Patterns a hundred-and-forty-second fresh set of real notices showed (issue #11: EIA notices
of new industry, battery recycling, circuit boards, silicon, carbon fibre, ammonia, furniture,
printing and packaging, 2018-2026): each a sentence of behaviour on a text written for the test,
modelled on the pattern, not copied."""

from __future__ import annotations

import datetime as dt

from notices.importer import extract_notices
from tests.importer.proposals import only as _only


def test_a_builder_that_defines_itself_as_we_before_commissioning_the_assessment_issues_it():
    page = (
        "某某废旧电池回收利用项目环境影响评价公众参与第一次信息公示\n"
        "某某环保产业协会 / 2021-03-02 / :12\n"
        "2021年2月，受某某再生资源有限公司（以下简称“我单位”）的委托，某某环保科技有限公司"
        "（以下简称“编制公司”）承担了某某废旧电池回收利用项目环境影响评价工作。我单位现对该项目"
        "进行信息公开，征求广大公众的意见和建议。公开信息如下：\n"
        "一、建设项目名称、选址、建设内容等基本情况\n"
        "建设项目名称：某某废旧电池回收利用项目\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_first"
    assert notice.value("issuer") == "某某再生资源有限公司"


def test_a_new_areas_bureau_office_named_with_its_part_in_brackets_keeps_the_whole_name():
    page = (
        "关于某某复合材料项目环境影响评价文件批复决定的公示\n"
        "根据建设项目环境影响评价审批程序的有关规定，为保证此次审批工作的严肃性和公正性，现将"
        "“某某复合材料项目”环境影响报告表的基本情况予以公示。\n"
        "听证权利告知：依据《中华人民共和国行政许可法》，自公示起五日内申请人、利害关系人可对"
        "以下拟作出的建设项目环境影响评价文件批复决定要求听证。\n"
        "公示期：2024年5月6日-2024年5月10日（5个工作日）。\n"
        "公示单位：某某新区生态环境局（某西）工作部\n"
        "电话：029-12345678\n"
    )
    notice = _only(page)
    assert notice.value("issuer") == "某某新区生态环境局（某西）工作部"


def test_a_decision_titled_publicity_offering_a_hearing_on_the_proposed_decision_is_pre_approval():
    page = (
        "关于某某复合材料项目环境影响评价文件批复决定的公示\n"
        "根据建设项目环境影响评价审批程序的有关规定，现将“某某复合材料项目”环境影响报告表的"
        "基本情况予以公示。公众可以以信函、电子邮件等方式提交书面意见。\n"
        "听证权利告知：依据《中华人民共和国行政许可法》，自公示起五日内申请人、利害关系人可对"
        "以下拟作出的建设项目环境影响评价文件批复决定要求听证。\n"
        "公示期：2024年5月6日-2024年5月10日（5个工作日）。\n"
        "公示单位：某某市生态环境局\n"
        "电话：0371-12345678\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_pre_approval"


def test_a_decision_publicity_that_gives_the_number_of_the_decision_made_stays_a_decision():
    page = (
        "关于某某复合材料项目环境影响评价文件批复决定的公示\n"
        "\n"
        "我局已作出某某复合材料项目环境影响报告表的批复决定，批复文号：某环批〔2024〕12号，"
        "现予公示。申请人、利害关系人对拟作出的决定曾有权要求听证，公示期内无人申请。\n"
        "公示期：2024年5月6日-2024年5月12日。\n"
        "公示单位：某某市生态环境局\n"
        "电话：0371-12345678\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_decision"


def test_an_untimed_old_style_publicity_that_gives_the_assessments_conclusion_is_draft_comment():
    page = (
        "根据《中华人民共和国环境影响评价法》、《环境影响评价公众参与暂行办法》，现将“某某化工"
        "有限公司某某装置改造项目”环境影响评价信息公示如下：\n"
        "一、环境影响评价相关信息\n"
        "1、建设项目简介\n"
        "某某化工有限公司某某装置改造项目总投资5000万元，建成后年产某某产品10万吨。\n"
        "2、环境影响评价结论\n"
        "项目符合相关产业政策，污染防治措施可行，从环保角度分析，项目建设可行。\n"
        "二、提出意见的方式和途径\n"
        "公示期间，如您有任何意见或建议，可下载公众意见表进行填写，并直接向建设单位反馈。\n"
        "建设单位：某某化工有限公司\n"
        "联系电话：13900000000\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_draft_comment"


def test_a_first_notice_that_only_names_the_public_it_asks_stays_a_first_notice():
    page = (
        "某某化工有限公司某某装置改造项目环境影响评价第一次公示\n"
        "\n"
        "某某化工有限公司委托某某环保科技有限公司开展某某装置改造项目环境影响评价工作，现将有关"
        "信息公示如下：\n"
        "一、建设项目的名称及概要\n"
        "项目名称：某某装置改造项目\n"
        "二、征求意见的公众范围\n"
        "项目周边居民及单位。\n"
        "三、公众意见表的网络链接\n"
        "联系电话：13900000000\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_first"


def test_an_authoritys_date_under_its_contacts_over_its_projects_table_is_the_publication_day():
    # (on a page whose items blank lines part, another authority's notice under it)
    page = (
        "某某县环境保护局\n"
        "关于拟对某某家具有限公司年产5万套家具项目环境影响报告表作出审批意见的公示\n"
        "根据建设项目环境影响评价审批程序的有关规定，经审议，我局拟对某某家具有限公司年产5万套"
        "家具项目环境影响报告表作出审批意见。现将基本情况予以公示。公示期为5个工作日（2022年9月"
        "5日—2022年9月9日）\n"
        "听证告知：依据《中华人民共和国行政许可法》，自公示起五个工作日内申请人、利害关系人可对"
        "以下拟作出的建设项目环境影响评价文件批复决定要求听证。\n"
        "联系方式：0376-1234567\n"
        "通讯地址：某某县某某大道东段\n"
        "2022年9月2日\n"
        "拟审批的建设项目环境影响报告表\n"
        "序号 | 项目名称 | 建设地点 | 建设单位 |\n"
        "1 | 年产5万套家具项目 | 某某县产业集聚区 | 某某家具有限公司 |\n"
        "\n"
        "根据建设项目环境影响评价审批程序的有关规定，我单位拟对《某某包装有限公司年产彩盒3000吨"
        "建设项目》环境影响评价文件进行审查。现将该项目环境影响评价文件基本情况予以公示，公示期为"
        "5个工作日（2022年9月13日至2022年9月19日），如有意见，请在公示期内来信或来电向我单位反映。\n"
        "联系地址：某某市某某区某某大道113号\n"
        "联系电话：0763-1234567\n"
        "听证告知：依据《中华人民共和国行政许可法》，自公示之日起五个工作日内申请人、利害关系人"
        "可对以下拟审查的建设项目提出听证申请。\n"
    )
    proposals = extract_notices(page).proposals
    assert [p.value("published_on") for p in proposals] == [dt.date(2022, 9, 2), None]


def test_a_document_sites_preview_of_an_assessment_report_forms_cover_is_no_notice():
    page = (
        "根据建设项目环境影响评价审批程序的有关规定，我单位拟对《某某包装有限公司年产彩盒3000吨"
        "建设项目》环境影响评价文件进行审查。现将该项目环境影响评价文件基本情况予以公示，公示期为5"
        "个工作日（2022年9月13日至2022年9月19日），如有意见，请在公示期内来信或来电向"
        "我单位反映。\n"
        "联系地址：某某市某某区某某大道113号\n"
        "联系电话：0763-1234567\n"
        "\n"
        "收藏 分享(赏)\n"
        "某某微电子有限公司年产10亿只集成电路项目环境影响报告表.pdf\n"
        "上传人:某某 文档编号:1234567 上传时间:2022-05-06 格式:PDF 页数"
        ":60 大小:1.12MB\n"
        "下载 相关 举报\n"
        "某某微电子有限公司年产10亿只集成电路项目环境影响报告表.pdf_第1页\n"
        "第1页 / 共60页\n"
        "亲,该文档总共60页,到这儿已超出免费预览范围,如果喜欢就下载吧!\n"
        "资源描述\n"
        "1、1建设项目环境影响报告表(污染影响类)项目名称:年产 10 亿只集成电路项目建设单位("
        "盖章):某某微电子有限公司编制日期:2022 年 4 月中华人民共和国生态环境部制2一、建"
        "设项目基本情况建设项目名称建设项目名称年产 10 亿只集成电路项目项目代码项目代码2110"
        "-341100-04-01-100000建设单位联系人建设单位联系人某某联系方式联系方式1"
        "3900000000建设地点建设地点某某市某某区某某路 90 号\n"
        "2、别行业类别行业类别C3973 集成电路制造建设项目建设项目行业类别行业类别三十六、计算"
        "机、通信和其他电子设备制造业建设性质建设性质新建(迁建)改建扩建技术改造建设项目申报情形申"
        "报情形首次申报项目\n"
        "\n"
        "某某电池回收项目环境影响评价公众参与第一次信息公示\n"
        "某某环保产业协会 / 2021-03-02 / :12\n"
        "2021年2月，某某再生资源有限公司委托某某环保科技有限公司承担了某某电池回收项目环境影响"
        "评价工作。我单位现对该项目进行信息公开，征求广大公众的意见和建议。公开信息如下：\n"
        "一、建设项目名称、选址、建设内容等基本情况\n"
        "建设项目名称：某某电池回收项目\n"
    )
    proposals = extract_notices(page).proposals
    assert len(proposals) == 2
    assert not any("上传人" in p.text for p in proposals)


def test_a_forum_copy_of_a_report_forms_text_about_who_was_commissioned_is_no_notice():
    page = (
        "编辑： 某某 | 2019-07-01 |\n"
        "本项目从事硅片生产，属于分类管理名录中的电子专用材料，该项目应编制环境影响报告表，并报送"
        "某某生态环境局审批。为此，某某半导体有限公司特委托某某设计研究院进行本项目的环境影响评价"
        "工作。接受委托后，评价单位即派有关人员对该项目进行现场踏勘和资料收集，编制完成了环境影响"
        "报告表。\n"
    )
    assert not extract_notices(page).proposals
