"""Patterns a fresh set of real notices (farm-produce processing works: tea factories, tobacco leaf
redrying, herbal-medicine slices, grain depots, a pre-made-food line) showed (issue #11): each a
sentence of behaviour on a text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

from notices.importer import extract_notices

#: A 2006-measures second notice cut short in the works' outline, its two-line title set under
#: the body as column OCR leaves it, the number of the round in brackets after the name.
_SECOND_ROUND_TITLE_BELOW = (
    "受某某烟叶复烤有限公司的委托，某某环境科学研究院承担了某某烟叶复烤有限公司搬迁项目的"
    "环境影响评价工作。为了让公众了解本项目的建设，现就本项目的基本情况和环境影响向公众公示，"
    "以便广泛征求意见，详情如下。\n"
    "项目概况\n"
    "某某烟叶复烤有限公司于2003年5月成立，现有一条打叶复烤生产线。拟征地300亩，投资约3亿元"
    "进行搬迁，新建打叶复烤车间12000 m2、原烟库20000 m2、成品库15000 m2、锅炉房1000 m2（\n"
    "某某烟叶复烤有限公司搬迁项目\n"
    "公众参与公告（第二次）\n"
)


def test_a_round_numbered_in_brackets_after_the_notice_name_marks_the_second_notice():
    notices = extract_notices(_SECOND_ROUND_TITLE_BELOW).proposals
    assert [n.value("kind") for n in notices] == ["eia_draft_comment"]


#: A builder putting its report table up with the project's name between 现将 and 报告表.
_TABLE_BY_NAME = (
    "为了听取项目所在区域的单位和个人对该建设项目在环境保护方面的意见和要求，现将某某果蔬"
    "速冻加工项目环境影响报告表予以公示。一、项目概况 （1）项目名称：某某果蔬速冻加工项目；"
    "（2）项目位置：某某县经济开发区某某路8号；（3）建设内容：新增两条速冻蔬菜生产线。"
    "二、征求公众意见的主要事项 （a）对本项目建设所持的态度。三、公众查阅环境影响报告表的方式 "
    "可在本公示期内联系建设单位索取项目环评信息。四、公示期限：自公示之日起五个工作日。"
    "五、建设单位：某某食品有限公司 联系电话：0512-12345678 联系人：王总\n"
)


def test_a_report_table_named_by_its_project_and_put_up_is_the_pre_submission_notice():
    notices = extract_notices(_TABLE_BY_NAME).proposals
    assert [n.value("kind") for n in notices] == ["eia_pre_submission"]


def test_a_report_table_in_book_title_marks_put_up_by_name_is_pre_submission_too():
    text = _TABLE_BY_NAME.replace(
        "现将某某果蔬速冻加工项目环境影响报告表予以公示",
        "现将《某某果蔬速冻加工项目环境影响报告表》予以公示",
    )
    notices = extract_notices(text).proposals
    assert [n.value("kind") for n in notices] == ["eia_pre_submission"]
