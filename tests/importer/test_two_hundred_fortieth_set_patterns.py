"""Patterns a two-hundred-and-fortieth fresh set of real notices showed (issue #11: the newest
EIA notices, 2025-2026, of Hunan, Henan, Sichuan and Shaanxi): each a sentence of behaviour on
a text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

from notices.importer.parties import project_from_title
from tests.importer.proposals import only as _only


def test_a_project_named_with_its_jianshe_xiangmu_keeps_it_when_the_title_ends_in_the_stage():
    title = "某某食品有限公司年屠宰20万头生猪建设项目环境影响评价第二次公示"
    assert project_from_title(title) == "某某食品有限公司年屠宰20万头生猪建设项目"


def test_an_authoritys_title_over_its_list_of_files_still_names_no_project():
    listed = "关于2026年3月2日拟作出建设项目环境影响评价文件批复决定的公示"
    assert project_from_title(listed) is None
    assert project_from_title("某某市生态环境局建设项目环境影响评价文件受理公示") is None


_AGGREGATOR_FORM = (
    "某某食品有限公司年屠宰20万头生猪建设项目环境影响评价第二次公示\n"
    "项目名称：某某食品有限公司年屠宰20万头生猪建设项目环境影响评价第二次公示\n"
    "招标公司：某某县生猪定点屠宰场\n"
    "中标公司：某某环保科技有限公司\n"
    "根据《环境影响评价公众参与办法》，现将本项目环境影响报告书征求意见稿公示，"
    "公示时间为10个工作日。\n"
    "建设单位名称：某某食品有限公司\n"
    "联系电话：0731-00001111\n"
)


def test_an_aggregators_form_line_does_not_run_into_the_next_fields_label():
    # (the first field's line is as long as the column, yet the next line is a field of its own)
    notice = _only(_AGGREGATOR_FORM)
    assert "第二次公示\n招标公司：" in notice.text
    assert notice.value("subject") == "某某食品有限公司年屠宰20万头生猪建设项目"
