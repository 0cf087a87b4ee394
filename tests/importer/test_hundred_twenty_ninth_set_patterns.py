"""Patterns a hundred-twenty-ninth fresh set of real notices showed (issue #11: notices on EIA
publicity platforms, association boards and consultants' and builders' sites, many of them in
Traditional-script copies): each a sentence of behaviour on a text written for the test,
modelled on the pattern, not copied."""

from __future__ import annotations

from notices.importer import extract_notices
from tests.importer.proposals import only as _only

_DUTY_PREAMBLE = (
    "按照《中华人民共和国环境影响评价法》、《环境影响评价公众参与办法》（生态环境部令第4号）等"
    "法律、法规及有关规定，建设单位是建设项目选址、建设、运营全过程环境信息公开的主体；建设"
    "单位编制环境影响公众参与的过程中，应当公开有关环境影响评价的信息，征求公众意见。建设单位"
    "对所发布的公示信息内容负全责并承担法律责任。\n"
)


def test_news_cut_after_a_platform_notices_duty_preamble_is_no_notice():
    page = (
        "6月28日上午，某某新材料有限公司年产5万吨某某材料项目在某某市举行开工仪式！\n"
        + _DUTY_PREAMBLE
    )
    assert not extract_notices(page).proposals


def test_the_duty_preamble_over_a_first_notice_that_names_its_stage_leaves_it_a_first_notice():
    page = (
        "某某纺织园一期项目环境影响评价公众参与第一次信息公示\n"
        + _DUTY_PREAMBLE
        + "2024年3月5日，某某投资集团有限公司委托某某环境科技有限公司承担该项目环境影响评价"
        "工作，现对该项目进行公众参与首次公示，征求广大公众的意见和建议。\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_first"
