"""Patterns a hundred-and-thirty-ninth fresh set of real notices showed (issue #11: notices of
social infrastructure: funeral homes, cemeteries, schools and college labs, activity centres,
housing and shopping complexes): each a sentence of behaviour on a text written for the test,
modelled on the pattern, not copied."""

from __future__ import annotations

from tests.importer.proposals import only as _only


def test_a_copy_cut_before_the_authoritys_verb_is_a_pre_approval_by_the_reason_it_gives():
    page = (
        "******中学扩建工程项目环境影响报告表作出审批意见。为保证审批意见的严肃性和公正性，"
        "现将该项目环境影响评价文件基本情况予以公示。\n"
        "项目名称 | ******中学扩建工程 |\n"
        "建设单位 | ******教育局 |\n"
        "公示时间 | 2025.3.3—2025.3.7 |\n"
        "项目概况 | 项目新建实验楼一栋，建筑面积3000平方米，设物理、化学实验室各两间。 |\n"
        "主要环境影响及预防或者减轻不良环境影响的对策和措施 | 1.废水：实验废水经中和池预处理后"
        "排入市政管网。2.噪声：建设单位应通过合理布局，选用低噪声设备，实现厂界噪声达标排放。 |\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_pre_approval"
    assert notice.value("window")["ends_on"] == "2025-03-07"


def test_a_sentence_giving_the_builder_a_duty_names_no_issuer():
    page = (
        "******中学扩建工程项目环境影响报告表作出审批意见。为保证审批意见的严肃性和公正性，"
        "现将该项目环境影响评价文件基本情况予以公示。\n"
        "公示时间 | 2025.3.3—2025.3.7 |\n"
        "主要环境影响及对策和措施 | 噪声：建设单位应通过合理布局，实现厂界噪声达标。 |\n"
    )
    assert _only(page).value("issuer") is None


def test_an_acceptance_is_issued_by_the_body_its_contact_line_labels_as_the_approver():
    page = (
        "项目名称：某某实验小学扩建项目\n"
        "环境影响评价管理类别：环境影响报告表\n"
        "建设单位名称：某某新区教育局\n"
        "环评单位名称：某某环境科技有限公司\n"
        "公告开始日期：*开通会员可解锁*\n"
        "公众听证权利告知：根据建设项目环境影响评价审批程序的有关规定，我厅（局）受理了某某实验"
        "小学扩建项目环境影响评价文件，现将受理情况予以公示，环评报告表公示期为5个工作日。\n"
        "公众反馈意见联系方式：审批部门：某某新区生态环境和水务局 电话：*开通会员可解锁* "
        "通讯地址：某某市某某大道1号\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_acceptance"
    assert notice.value("issuer") == "某某新区生态环境和水务局"


def test_a_project_outline_put_up_to_learn_the_publics_attitude_is_a_first_notice():
    page = (
        "某某省/某某市-2026-03-02 00:00:00\n"
        "某某市第三高级中学建设项目位于某某市某某区某某路南侧，根据《建设项目环境影响评价分类"
        "管理名录》，有化学、生物实验室的学校需编制报告表，本工程涉及饮用水源保护区，编制环境"
        "影响报告书。\n"
        "依据《环境影响评价公众参与办法》中的相关规定，现对本项目建设有关环境保护的情况进行公示，"
        "以便广泛了解社会公众对本项目建设的态度以及环保方面的意见和建议，接受社会公众的监督。\n"
        "一、建设项目情况\n"
        "1、项目名称：某某市第三高级中学建设项目\n"
        "2、建设单位：某某市教育局\n"
        "3、建设内容：教学楼、实验楼、食堂、宿舍、田径场等，设48个班。\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_first"
    assert notice.value("issuer") == "某某市教育局"


def test_a_builder_putting_its_report_table_up_as_it_stands_is_pre_submission():
    page = (
        "某某区教育发展中心\n"
        "某某实验学校工程项目环境影响评价公示\n"
        "为了听取项目所在区域的企事业单位和个人对该建设项目在环境保护方面的意见和要求，现将其"
        "环境影响报告表予以公示。\n"
        "一、建设项目名称及概要\n"
        "项目名称：某某实验学校工程项目\n"
        "项目性质：新建\n"
        "二、建设项目对环境可能造成的影响\n"
        "废气：食堂油烟经油烟净化器处理后排放，实验废气经通风橱收集后屋顶排放。\n"
        "三、环境影响报告表提出的环境影响评价结论的要点\n"
        "本项目在落实各项污染防治措施后，污染物均能达标排放。\n"
    )
    assert _only(page).value("kind") == "eia_pre_submission"
