"""Patterns a two hundred fifty-second fresh set of real notices showed (issue #11: planning
EIA notices of 2023-2026 for parks, development zones and territorial plans): each a sentence
of behaviour on a text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

from notices.importer import extract_notices

_CUT_AT_A_HEADING = (
    "某某产业合作区总体规划环境影响评价第一次公示\n"
    "根据国家法律法规有关规定，某某产业合作区总体规划公开征求公众意见。现将相关事宜公告如下：\n"
    "一、规划概要\n"
    "规划名称：《某某产业合作区总体规划（2024-2035）》。\n"
    "规划期限：2024-2035年。\n"
    "二、环境影响评价的工作程序和主要工作内容\n"
)

_OPENING_ON_ITS_FIRST_SECTION = (
    "规划名称及概要\n"
    "规划名称：某某经济开发区开发建设规划。\n"
    "规划范围：北至某某路，南至某某河，规划总用地面积约30平方公里。\n"
    "规划期限：2024-2035年，近期至2030年，远期至2035年。\n"
    "产业定位：以高端装备、新材料为主导产业。\n"
    "基础设施规划：开发区污水送入某某污水处理厂集中处理，规划建设区域供热中心。\n"
    "根据《中华人民共和国环境影响评价法》《规划环境影响评价条例》等相关文件要求，开展开发区规划"
    "环境影响评价工作。\n"
    "评价结论要点\n"
    "某某经济开发区开发建设规划与上层规划基本协调，落实各项减缓措施后，该规划在环境保护方面可行。\n"
    "公众意见征询\n"
    "①起止时间：公示之日起10个工作日。\n"
    "②征询对象：开发区及周边公众，欢迎社会各界对本项环境保护工作发表意见和建议。\n"
    "③征求意见稿及公众意见表见本网页附件，或可联系环评单位查阅纸质报告书。\n"
    "④提出意见的方式和途径：可通过电话、电子邮件等方式提出意见。\n"
)


def _kinds(page: str) -> list[str]:
    return [p.fields["kind"].value for p in extract_notices(page).proposals]


def test_a_body_opening_on_a_notices_first_section_is_not_the_rest_of_a_heading_above_it():
    page = f"{_CUT_AT_A_HEADING}\n{_OPENING_ON_ITS_FIRST_SECTION}"
    assert _kinds(page) == ["eia_first", "eia_draft_comment"]


def test_the_first_section_whose_figure_was_lost_still_opens_a_notice():
    lost = _OPENING_ON_ITS_FIRST_SECTION.replace("规划名称及概要", ".项目名称及概要", 1)
    assert _kinds(f"{_CUT_AT_A_HEADING}\n{lost}") == ["eia_first", "eia_draft_comment"]


def test_a_heading_cut_off_by_a_break_still_takes_the_section_under_it():
    rest = (
        "接受委托后，评价单位开展现场踏勘与资料收集，编制环境影响报告书。\n"
        "三、公众意见表的网络链接\n"
        "公众可在生态环境部网站下载公众意见表。\n"
        "联系人：某先生 联系电话：0571-88880000\n"
    )
    assert _kinds(f"{_CUT_AT_A_HEADING}\n{rest}") == ["eia_first"]
