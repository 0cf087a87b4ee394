"""Patterns a two-hundred-sixtieth fresh set of real notices showed (issue #11: machining,
electroplating, printing, electronics and casting works, 2024-2026): each a sentence of behaviour
on a text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

from notices.importer import extract_notices
from tests.importer.proposals import only as _only

_CARD_OVER_BODY = (
    "当前位置：首页 > 正文\n"
    "某某县某某机械有限公司年产铸件5000吨新建项目拟批准公示\n"
    "  • 2026-03-06\n"
    "项目名称： 某某县某某机械有限公司年产铸件5000吨新建项目拟批准公示\n"
    "招标公司： 某某县某某机械有限公司\n"
    "采购标的物： 年产铸件5000吨新建项目\n"
    "项目地区：某某 某某\n"
    "免费查看原文\n"
    "根据建设项目环境影响评价审批程序的有关规定，经审议，我局拟对本项目环境影响报告表作出批复"
    "决定。现将该项目环境影响评价文件基本情况予以公示，公示期为2026年3月6日-2026年3月10日"
    "（3个工作日）。\n"
    "通讯地址：某某县某某路8号\n"
)


def test_an_aggregators_card_between_headline_and_body_is_no_notice_of_its_own():
    notice = _only(_CARD_OVER_BODY)
    assert notice.value("kind") == "eia_pre_approval"


def test_the_headline_over_an_aggregators_card_titles_the_body_under_it():
    assert _only(_CARD_OVER_BODY).value("title").endswith("新建项目拟批准公示")


def test_the_posting_day_on_an_aggregators_card_is_the_publication_day():
    assert str(_only(_CARD_OVER_BODY).value("published_on")) == "2026-03-06"


def test_a_card_with_a_sentence_in_it_stays_a_notice_apart():
    page = (
        "某某市某某五金厂年产配件10万件项目环境影响评价第一次公示\n"
        "建设单位：某某市某某五金厂。联系电话：13900002222\n"
        "根据建设项目环境影响评价审批程序的有关规定，经审议，我局拟对某某电子有限公司扩建项目"
        "环境影响报告表作出批复决定，公示期为2026年3月6日-2026年3月12日（5个工作日）。\n"
    )
    kinds = [p.value("kind") for p in extract_notices(page).proposals]
    assert kinds == ["eia_first", "eia_pre_approval"]


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
