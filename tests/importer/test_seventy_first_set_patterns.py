"""Patterns the seventy-first fresh set of real notices showed (issue #11: EIA notices as
aggregators, forums and copy sites re-post them): each a sentence of behaviour on a text
written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

import datetime as dt

from tests.importer.proposals import only as _only

_SPAM_HEADER = "高清影视免费在线看_热播剧集抢先看_午夜剧场在线播放_最新电影排行"


def test_a_copy_sites_keyword_string_is_not_the_first_line_of_the_title_below_it():
    page = (
        f"{_SPAM_HEADER}\n"
        "某某县青石岭村建筑用石料加工项目审批前公示\n"
        "来源：某某市生态环境局某某分局 | 时间：2022-03-14\n"
        "根据建设项目环境影响评价审批程序的有关规定，经审议，现将该项目环境影响报告表的"
        "基本情况予以公示5个工作日（2022年3月14日至2022年3月18日），如有意见，请在公示期内"
        "来信或来电反映。\n"
        "联系电话：0668-5123456\n"
        "项目名称：某某县青石岭村建筑用石料加工项目\n"
        "建设单位：某某县青石岭建材有限公司\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_pre_approval"
    assert notice.value("published_on") == dt.date(2022, 3, 14)


def test_a_printed_length_beats_the_floor_the_rules_set():
    page = (
        "某某市某某纺织有限公司年产500吨无纺布项目环境影响报告书征求意见稿公示\n"
        "某某市某某纺织有限公司年产500吨无纺布项目环境影响报告书征求意见稿详见附件，"
        "公示时间不少于5个工作日。\n"
        "一、公众可在本公示发布后的10个工作日内，通过附件下载征求意见稿，并提交公众意见表。\n"
        "二、建设单位：某某市某某纺织有限公司，联系人：孙工，联系电话：13712345678。\n"
        "公示日期：2023年3月6日\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_draft_comment"
    window = notice.value("window")
    assert (window["length"], window["unit"]) == (10, "working_days")


def test_a_reposters_later_posting_day_gives_way_to_the_originals():
    page = (
        "某某市生态环境局关于2025年6月9日拟作出的建设项目环境影响评价文件审批意见的公示\n"
        "发布时间：2025年06月16日\n"
        "下文中****为隐藏内容，仅对会员开放\n"
        "发布时间：2025-06-09 17:45\n"
        "根据建设项目环境影响评价审批程序的有关规定，某某****生态环境局拟对某某****风电场项目"
        "环境影响评价文件进行审查，现将基本情况予以公示，公示期为2025年6月9日-2025年6月13日"
        "（5个工作日）。\n"
        "电话：0851-****321\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_pre_approval"
    assert notice.value("published_on") == dt.date(2025, 6, 9)


def test_a_report_table_put_up_in_full_under_the_disclosure_mechanism_is_pre_submission():
    page = (
        "某某110kV变电站扩建工程环评公示\n"
        "依据《建设项目环境影响评价信息公开机制方案》，现向公众公告下列信息，并公开本工程"
        "环境影响报告表全文。\n"
        "一、项目概况：在某某110kV变电站内扩建1台主变压器，工程总投资2100万元。\n"
        "二、建设单位：某某电力发展有限公司，联系人：钱工，联系电话：13598765432。\n"
        "三、征求公众意见的主要事项：公众对本工程选址及环境保护措施的意见和建议。\n"
    )
    assert _only(page).value("kind") == "eia_pre_submission"
    outline = page.replace("并公开本工程环境影响报告表全文。", "征求公众意见。").replace(
        "三、", "四、环境影响报告表全本查阅：https://pan.example.com/s/abc123\n三、"
    )
    assert _only(outline).value("kind") == "eia_pre_submission"


def test_a_builders_name_ends_at_the_next_bracketed_item_number_on_a_flattened_line():
    page = (
        "某某县某某镇年产5万吨机制砂项目环境影响评价第一次信息公示 根据《环境影响评价公众参与"
        "办法》的要求，现将有关信息公示如下。 一、建设项目概要 (1)项目名称：某某县某某镇年产"
        "5万吨机制砂项目 (2)建设单位：某某县青山采石场 (3)建设地点：某某县某某镇青山村 "
        "二、建设单位联系方式 联系人：刘先生 联系电话：13887654321\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_first"
    assert notice.value("issuer") == "某某县青山采石场"
