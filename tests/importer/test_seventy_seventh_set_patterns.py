"""Patterns a seventy-seventh fresh set of real notices showed (issue #11: authority and builder
notices from county-level sites, 2016-2022, with their near-misses): each a sentence of
behaviour on a text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

from tests.importer.proposals import only as _only


def test_a_body_that_calls_itself_the_second_announcement_is_a_draft_comment_notice():
    page = (
        "为做好公众参与工作，现对槐荫镇有机肥加工项目进行环境影响评价公众参与第二次公告，"
        "公开报告书初稿并听取意见。\n"
        "一、报告书初稿下载：https://files.example.org/huaiyin/fert.pdf\n"
        "二、建设单位：槐荫绿源肥业有限公司  联系人：郑工  电话：0317-6612094\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_draft_comment"


def test_a_title_set_over_two_lines_under_a_web_pages_posting_line_is_the_title():
    page = (
        "发布日期:2019-06-03  08:40:12 来源:柳溪县人民政府办公室 浏览次数:128 字体:[ 大 中 小 ]\n"
        "柳溪县城北再生资源回收站\n"
        "项目环境影响报告书报批前公示\n"
        "报告书已编制完成，现将全文予以公开。\n"
        "建设单位：柳溪县供销再生资源有限公司  联系电话：0778-3316520\n"
    )
    notice = _only(page)
    assert notice.value("title") == "柳溪县城北再生资源回收站项目环境影响报告书报批前公示"
    assert notice.value("kind") == "eia_pre_submission"
    assert str(notice.value("published_on")) == "2019-06-03"
