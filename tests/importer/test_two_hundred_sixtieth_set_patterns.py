"""Patterns a two-hundred-sixtieth fresh set of real notices showed (issue #11: machining,
electroplating, printing, electronics and casting works, 2024-2026): each a sentence of behaviour
on a text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

from tests.importer.proposals import only as _only


def test_a_sites_posting_label_run_on_after_the_title_gives_the_publication_day():
    page = (
        "某某市某某表面处理有限公司迁建项目环境影响报告书（征求意见稿）公示发表时间:2026-03-02 "
        "09:26 《某某市某某表面处理有限公司迁建项目环境影响报告书》（征求意见稿）已编制完成，根据"
        "《环境影响评价公众参与办法》等要求，现将项目环境影响评价公众参与有关信息公示如下： 一、"
        "建设项目的名称及概要 项目名称：某某市某某表面处理有限公司迁建项目。\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_draft_comment"
    assert str(notice.value("published_on")) == "2026-03-02"


def test_a_sites_posting_label_on_its_own_line_gives_the_publication_day():
    page = (
        "某某印务有限公司包装印刷项目环境影响报告表全本公示\n"
        "发表时间：2026-04-08 10:15\n"
        "某某印务有限公司拟在某某镇某某工业园建设包装印刷项目，现将环境影响报告表全本公示，"
        "公示期为5个工作日。联系电话：0595-00001111\n"
    )
    assert str(_only(page).value("published_on")) == "2026-04-08"
