"""Patterns a two-hundred-and-forty-ninth fresh set of real notices showed (issue #11: copies
on aggregator and mirror sites of EIA and acceptance publicity): each a sentence of behaviour on
a text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

from notices.importer import extract_notices

_ACCEPTANCE_OPINION_PUT_UP = (
    "对照《建设项目竣工环境保护验收暂行办法》，某某新材料有限公司年产5000吨某某制品项目（一期）"
    "不存在其所规定的验收不合格情形，项目环评手续齐备，环保设施已建成并运行，同意项目通过竣工"
    "环境保护验收。现根据《建设项目竣工环境保护验收暂行办法》，将验收报告、验收意见及其他相关"
    "验收资料进行公示，公示期限为：即日起不少于20个工作日。\n"
)


def test_an_acceptance_opinion_names_as_issuer_the_company_its_project_is_named_for():
    # the opinion's set conclusion ("…不存在其所规定的验收不合格情形") names the project by its
    # builder, who puts its own acceptance up; no signature and no 建设单位 label
    proposals = extract_notices(_ACCEPTANCE_OPINION_PUT_UP).proposals
    assert len(proposals) == 1
    notice = proposals[0]
    assert notice.value("kind") == "other"
    assert notice.value("issuer") == "某某新材料有限公司"


def test_the_same_opinion_in_traditional_characters_names_the_same_company():
    text = (
        _ACCEPTANCE_OPINION_PUT_UP.replace("项目", "項目")
        .replace("验收", "驗收")
        .replace("环境", "環境")
        .replace("现根据", "現根據")
    )
    proposals = extract_notices(text).proposals
    assert len(proposals) == 1
    assert proposals[0].value("issuer") == "某某新材料有限公司"


def test_a_news_line_that_a_project_passed_acceptance_names_no_issuer_by_this_rule():
    # "通过验收" alone is news; only the opinion's 不合格情形 formula names the builder
    text = (
        "日前，某某新材料有限公司年产5000吨某某制品项目顺利通过竣工环境保护验收，"
        "标志着该项目正式投入运营。\n"
    )
    assert extract_notices(text).proposals == ()
