"""Patterns a hundred-and-thirty-sixth fresh set of real notices showed (issue #11: notices as
mirrors, aggregators and document-sharing sites re-post them, kept as found): each a sentence
of behaviour on a text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

from notices.importer.tables import spaced_row_builder
from tests.importer.proposals import only as _only


def test_an_aggregators_copy_that_keeps_the_items_of_the_call_but_no_stage_is_a_first_notice():
    page = (
        "我单位已委托环评单位编制完成《某某至(略)道路工程环境影响报告书（送审稿）》，根据《中华"
        "人民共和国环境影响评价法》、《环境影响评价公众参与办法》的相关规定，需要对本工程建设情况"
        "及环境影响评价进行公示，接受社会公众的监督。\n"
        "一、建设项目的名称及概要\n"
        "项目名称：某某至(略)道路工程\n"
        "建设单位：(略)交通(略)\n"
        "建设内容：(略)线全长3.2km，双向四车道。\n"
        "二、建设单位名称及联系方式：\n"
        "联系人：某工\n"
        "联系电话：#\n"
        "三、征求意见的公众范围\n"
        "主要为项目沿线的居民及其他利益相关者。\n"
        "四、公众意见发表的方式和途径\n"
        "公众可以打电话或发邮件的方式向建设单位提出意见和建议，并将征求意见表反馈至邮箱：*@*q.com。\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_first"
    assert notice.value("issuer") is None  # the builder the re-poster hid is left blank


def test_a_builder_label_heading_a_table_run_into_one_line_is_read_in_the_row_under_it():
    page = (
        "为保障公众环境保护知情权、参与权、表达权和监督权，依据《建设项目环境影响评价信息公开机制"
        "方案》（环发〔2015〕162号），现公开下列信息，征求与该建设项目环境影响有关的意见。 一、建设"
        "项目名称 序号 建设项目名称 建设地点 建设管理单位 1 某某县某某110kV输变电工程 某某市 某某"
        "电力有限公司某某供电分公司 二、环境影响报告表全本查阅 见附件1。 三、征求公众意见的范围 "
        "环境影响评价范围内的公民、法人和其他组织。 四、公众提出意见的方式和途径 请下载填写《建设"
        "项目环境影响评价公众意见表》，邮寄或发送邮件至建设单位。 建设管理单位：某某电力有限公司"
        "某某供\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_pre_submission"
    assert notice.value("issuer") == "某某电力有限公司某某供电分公司"


def test_a_mirrors_table_row_gives_the_builder_as_printed_with_its_pinyin_residue():
    page = (
        "為保障公眾環(huán)境保護(hù)知情權(quán)、參與權(quán)、表達(dá)權(quán)和監(jiān)督權(quán),"
        "依據(jù)《建設(shè)項(xiàng)目環(huán)境影響評價(jià)信息公開機(jī)制方案》,"
        "現(xiàn)公開下列信息,征求與該建設(shè)項(xiàng)目環(huán)境影響有關(guān)的意見。 "
        "一、建設(shè)項(xiàng)目名稱 序號(hào) 建設(shè)項(xiàng)目名稱 建設(shè)地點(diǎn) "
        "建設(shè)管理單位 1 某某東110kV輸變電工程 某某市 "
        "某某電力有限公司某某供電分公司 二、環(huán)境影響報(bào)告表全本查閱 見附件1。 "
        "三、公眾意見表的網(wǎng)絡(luò)鏈接 見附件2。\n"
    )
    notice = _only(page)
    assert notice.value("issuer") == "某某電力有限公司某某供電分公司"


def test_a_table_of_two_rows_run_into_one_line_gives_no_single_builder():
    header = ["序号", "建设项目名称", "建设地点", "建设单位"]
    one = [*header, "1", "某某工程", "某某市", "某某有限公司", "二、"]
    two = [*header, "1", "某某工程", "某某市", "某某有限公司", "2", "某某二期工程", "某某县"]
    assert spaced_row_builder(one) == 7
    assert spaced_row_builder(two) is None
    assert spaced_row_builder(["序号", "建设地点", "建设单位", "1", "某某市", "某某公司"]) is None
