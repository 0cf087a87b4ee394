"""Patterns a two-hundred-and-twenty-second fresh set of real notices showed (issue #11: notices
about petrol and gas stations, LNG plants and oil depots, 2012-2020): each a sentence of
behaviour on a text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

from tests.importer.proposals import only as _only


def test_a_period_whose_two_dates_lost_every_mark_between_them_ends_on_the_second():
    page = (
        "关于拟批复某某石油有限公司某某加油站项目环境影响评价文件的公示\n"
        "根据建设项目环境影响评价审批程序的有关规定，经审议，某某区环保局拟批复某某石油有限公司"
        "某某加油站项目环境影响评价文件。现将基本情况予以公示。公示期为2021031520210319日。\n"
        "项目名称：某某加油站项目\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_pre_approval"
    assert notice.value("window")["starts_on"] == "2021-03-15"
    assert notice.value("window")["ends_on"] == "2021-03-19"
