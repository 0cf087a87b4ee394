"""Patterns a two-hundred-and-nineteenth fresh set of real notices showed (issue #11: tourism
resorts, scenic areas and sports parks of Yunnan, Guangxi and Guizhou): each a sentence of
behaviour on a text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

from tests.importer.proposals import only as _only


def test_a_bureau_that_says_it_has_launched_its_plans_assessment_issues_the_notice():
    page = (
        "某某市文化和旅游局现已启动某某市“十四五”文化和旅游发展规划环境影响评价工作，"
        "根据《环境影响评价公众参与办法》的相关规定，现将有关信息予以公告，以广泛征求公众意见。\n"
        "一、规划名称\n某某市“十四五”文化和旅游发展规划。\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_first"
    assert notice.value("issuer") == "某某市文化和旅游局"


def test_a_traditional_mirror_of_such_a_launch_names_the_same_bureau():
    page = (
        "某某市文化和旅遊局現已啟動某某市文化和旅遊發展規劃環境影響評價工作，"
        "根據《環境影響評價公眾參與辦法》的相關規定，現將有關信息予以公告，以廣泛征求公眾意見。\n"
        "一、規劃名稱\n某某市文化和旅遊發展規劃。\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_first"
    assert notice.value("issuer") == "某某市文化和旅遊局"
