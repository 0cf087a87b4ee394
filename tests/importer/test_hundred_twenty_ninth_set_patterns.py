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


def test_a_draft_put_up_after_the_rules_it_follows_without_now_is_a_draft_comment_notice():
    page = (
        "为规范环境影响评价公众参与，保障公众环境保护知情权、参与权、表达权和监督权，依据"
        "《中华人民共和国环境影响评价法》、《建设项目环境保护管理条例》等法律法规，对某某山光伏"
        "电站项目环境影响报告表征求意见稿进行公众参与信息公示，通过公示了解社会公众对本项目的"
        "态度和建议，接受社会公众的监督。\n"
        "一、建设项目概况\n"
        "某某山光伏电站项目位于某某省某某县某某镇一带的山坡上，总装机容量120MW，拟新建1座110kV"
        "升压站。\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_draft_comment"


def test_a_draft_recounted_as_put_up_before_is_still_no_notice():
    page = (
        "依据《环境影响评价公众参与办法》的规定，对某某山光伏电站项目环境影响报告表征求意见稿"
        "进行了公示，公示期间未收到公众意见。\n"
    )
    assert not extract_notices(page).proposals


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


def test_a_participation_report_listed_on_a_document_site_with_its_publicity_photos_is_no_notice():
    page = (
        "环评报告公示：某某检测站改建项目公众参与环评报告\n"
        "上传人：ab****1 文档编号：12345678 上传时间：2019-03-02 格式：PDF 页数：5\n"
        "返回 下载 相关 举报\n"
        "目录 1 编制依据.2 2 公开环境信息.2 2.1 公示内容.2 2.2 公示时间和范围.3 附图：附图1 现场"
        "公示照片 附图2 网上全本公示截图 某某检测站改建项目的公众参与是让公众了解工程情况，了解"
        "工程对环境造成的影响，给受影响的公众发表意见的机会\n"
    )
    assert not extract_notices(page).proposals
