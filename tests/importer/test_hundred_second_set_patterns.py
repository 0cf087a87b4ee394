"""Patterns a hundred-and-second fresh set of real notices showed (issue #11: farming and food,
livestock farms, slaughterhouses, feed mills, distilleries and food plants): each a sentence
of behaviour on a text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

from tests.importer.proposals import only as _only


def test_a_pre_submission_citing_both_long_document_titles_is_a_notice_though_no_comments_came():
    page = (
        "某某县某某乡肉羊屠宰加工厂建设项目环境影响报告书报批前公示\n"
        "根据《中华人民共和国环境影响评价法》和《环境影响评价公众参与办法》的要求，现已编制完成"
        "《某某县某某乡肉羊屠宰加工厂建设项目环境影响报告书》。现进行《某某县某某乡肉羊屠宰加工厂"
        "建设项目环境影响报告书》（公示本）及《某某县某某乡肉羊屠宰加工厂建设项目环境影响评价公众"
        "参与说明》报批前公示。\n"
        "一、项目基本情况\n"
        "项目名称：某某县某某乡肉羊屠宰加工厂建设项目\n"
        "建设单位：某某牧业有限公司\n"
        "二、公众参与过程\n"
        "在项目环境影响评价期间进行了公众参与调查，在公示期间，未收到公众意见表。\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_pre_submission"


def test_an_authority_to_issue_its_opinion_on_a_long_named_report_table_is_a_pre_approval():
    page = (
        "根据环境影响评价文件审批程序的有关规定，经审议，我局拟对某某粮油集团有限公司某某粮油"
        "集团年产2万吨菜籽油、30万吨面粉项目（一期）环境影响报告表出具审批意见。为保证此次审议"
        "工作的严肃性和公正性，现将环境影响报告表的基本情况予以公示。公示时间2025年3月3日-2025年"
        "3月7日（5个工作日）。\n"
        "电话：0510-86001234\n"
        "某某市某某生态环境局\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_pre_approval"


def test_an_interim_measures_notice_going_public_a_second_time_is_a_draft_comment_notice():
    page = (
        "年产300吨某某饲料添加剂生产线建设项目环境影响评价公示 年产300吨某某饲料添加剂生产线"
        "建设项目环境影响报告书已基本编制完成，即将报送环境保护行政主管部门审批，按照《环境影响"
        "评价公众参与暂行办法》的有关规定，第二次向公众公开其有关环境保护信息，特此公告。"
        "一、建设项目概况简述 某某生物科技有限公司拟在某某县工业园投资8000万元新建本项目。"
        "二、征求公众意见的范围和主要事项 受建设项目影响的公民、法人或者其他组织的代表。"
        "三、公众提出意见的起止时间 公告之日起15天内。"
        "四、联系方式 建设单位：某某生物科技有限公司 联系人及电话：李总 13900001111\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_draft_comment"


def test_a_period_whose_end_year_lost_a_digit_ends_in_the_start_year():
    page = (
        "根据建设项目环境影响评价审批程序及信息公开要求，经审查，我局拟准予某某酒厂建设项目环境"
        "影响报告表行政许可，现将有关情况予以公示。\n"
        "公示期为2025年3月3日-205年3月7日（5个工作日）。\n"
        "听证权利告知：依据《中华人民共和国行政许可法》第四十七条第一款，自公示起五日内申请人、"
        "利害关系人可以要求听证。\n"
        "联系电话：0871-65001234（某某县政务服务中心窗口）\n"
        "通讯地址：某某县某某镇某某路1号\n"
    )
    window = _only(page).value("window")
    assert (window["starts_on"], window["ends_on"]) == ("2025-03-03", "2025-03-07")


def test_a_three_digit_end_year_that_is_not_the_start_year_less_a_digit_is_no_end():
    page = (
        "根据建设项目环境影响评价审批程序及信息公开要求，经审查，我局拟准予某某酒厂建设项目环境"
        "影响报告表行政许可，现将有关情况予以公示。\n"
        "公示期为2025年3月3日-208年3月7日（5个工作日）。\n"
        "听证权利告知：依据《中华人民共和国行政许可法》第四十七条第一款，自公示起五日内申请人、"
        "利害关系人可以要求听证。\n"
        "联系电话：0871-65001234（某某县政务服务中心窗口）\n"
        "通讯地址：某某县某某镇某某路1号\n"
    )
    window = _only(page).value("window") or {}
    assert window.get("ends_on") != "2025-03-07"
