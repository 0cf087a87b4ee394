"""Patterns a two-hundred-and-twenty-third fresh set of real notices showed (issue #11:
waterworks, supply networks and water-source works of Guangdong, Fujian, Jiangxi, Hunan): each
a sentence of behaviour on a text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

from notices.importer import extract_notices

_REPOSTED_DECISION = (
    "关于某某市乡村振兴（北部片区）供水一体化建设项目审批决定的公告（第二次公示）\n"
    "\n"
    "审批\n"
    "湖南-某某-某某市\n"
    "发布时间: 2026年03月10日\n"
    "项目详情\n"
    "下文中****为隐藏内容,仅对某某会员开放,如需查看完整内容请 或 拨打咨询热线: 400-000-0000\n"
    "关于**市乡村**（北部片区）供水一体化建设项目审批决定的公告（第二次公示）\n"
    "时间:2026-03-09 10:12:30\n"
    "\n"
    "****环境局**分局关于**市乡村**（北部片区）供水一体化建设项目审批决定的公告\n"
    "\n"
    "根据建设项目环境影响评价审批程序的有关规定，经审查，现将我局对**市乡村**（北部片区）"
    "供水一体化建设项目环境影响报告表作出的审批决定予以公告，"
    "公告期为2026年3月9日—2026年3月13日（5个工作日）。\n"
    "\n"
    "联系电话：0734-****123\n"
    "\n"
    "联系地址：**市某某路1号\n"
)


def test_a_reposted_decision_under_its_masked_heading_is_one_notice_of_the_sources_day():
    # the re-poster's headline spells out what the heading over the body masks, and keeps the
    # round in brackets: one notice, dated by the source's own line under the repeated title
    proposals = extract_notices(_REPOSTED_DECISION).proposals
    assert len(proposals) == 1
    notice = proposals[0]
    assert notice.value("kind") == "eia_decision"
    assert notice.value("window")["ends_on"] == "2026-03-13"
    assert str(notice.value("published_on")) == "2026-03-09"


_NOTICE_THEN_LETTER = (
    "某某引水工程环境影响评价公众参与第一次公示\n"
    "时间:2015-04-20 浏览:100 次\n"
    "\n"
    "\n"
    "某某引水工程环境影响评价公众参与第一次公示\n"
    "\n"
    "一、工程概况\n"
    "\n"
    "为解决某某县缺水问题，需由某某江流域调原水，工程主要内容有水库取水口、输水隧洞、输水管道等。\n"
    "\n"
    "某某船舶有限公司:\n"
    "本单位于2021年3月1日收到你公司提出的取水项目取水许可申请有关材料。经审查，该申请符合法定条件，"
    "决定准予取水许可。\n"
    "一、同意你公司在某某街道采用提水方式取地表水，年最大取水量5万立方米。\n"
    "二、本项目取水许可自批准之日起有效期三年。\n"
    "某某区水务局\n"
    "2021年3月12日\n"
)


def test_a_letter_under_its_salutation_lends_its_signature_to_no_notice_above_it():
    # the letter opens on its salutation line: the notice above keeps its own posting day,
    # and the letter to one company is no notice
    proposals = extract_notices(_NOTICE_THEN_LETTER).proposals
    assert len(proposals) == 1
    notice = proposals[0]
    assert notice.value("kind") == "eia_first"
    assert str(notice.value("published_on")) == "2015-04-20"
    assert notice.value("issuer") is None
