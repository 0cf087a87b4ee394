"""Patterns a fifty-seventh fresh set of real notices showed (issue #11: a mixed set from the
north and east, shaped like the shared corpus): each a sentence of behaviour on a text written
for the test, modelled on the pattern, not copied."""

from __future__ import annotations

import datetime as dt

from tests.importer.proposals import only as _only

# A builder's web item: its title broken after the builder and the project, a line too wide to
# join as one title line, the stage on the line under it.
_TITLE_BROKEN_AFTER_THE_NAME = (
    "企业动态\n"
    "东岭农牧发展股份有限公司东岭生态肉牛养殖屠宰加工一体化项目(重新报批)\n"
    "环境影响评价报告书公众参与征求意见稿公示\n"
    "东岭农牧发展股份有限公司东岭生态肉牛养殖屠宰加工一体化项目(重新报批)环境影响报告书\n"
    "(征求意见稿)已基本编制完成。按照《环境影响评价公众参与办法》有关规定，现将有关信息予以"
    "公告，并征求公众意见。\n"
    "一、建设单位和联系方式\n"
    "建设单位：东岭农牧发展股份有限公司\n"
    "联系人：韩工 联系电话：13800002222\n"
    "二、征求意见的公众范围\n"
    "环境影响评价范围内的公民、法人和其他组织。\n"
    "三、公众提出意见的方式和途径\n"
    "自公示之日起10个工作日，公众可通过电话、信函等方式提出意见。\n"
)


def test_a_title_broken_after_a_long_builder_and_project_line_is_still_the_title():
    proposal = _only(_TITLE_BROKEN_AFTER_THE_NAME)
    assert proposal.value("kind") == "eia_draft_comment"
    assert proposal.value("title") == (
        "东岭农牧发展股份有限公司东岭生态肉牛养殖屠宰加工一体化项目(重新报批)"
        "环境影响评价报告书公众参与征求意见稿公示"
    )


# An authority's acceptance notice that tells objectors to whom and by when to write: the time
# allowed and "向" run into the authority's name.
_ACCEPTED_WRITE_TO_THE_BUREAU = (
    "北港化纤有限公司年产30万吨聚酯切片项目环境影响报告书我局已依法受理，现予以公示。"
    "该项目涉及的利害关系人如果对许可事项有异议，请于本公示发布之日起10个工作日内向北港市"
    "环保局陈述意见；要求听证的，请于本公示发布之日起5个工作日内提交书面听证申请。\n"
    "1、项目名称：北港化纤有限公司年产30万吨聚酯切片项目\n"
    "2、建设单位：北港化纤有限公司\n"
    "联系地点：北港市环保局 北港市海滨路8号\n"
    "联系电话：82731234\n"
)


def test_the_time_allowed_and_to_whom_is_not_part_of_the_authoritys_name():
    proposal = _only(_ACCEPTED_WRITE_TO_THE_BUREAU)
    assert proposal.value("kind") == "eia_acceptance"
    assert proposal.value("issuer") == "北港市环保局"


# A builder's draft-comment notice signed under labels: "公告发布单位：…", "公告发布时间：…",
# under a site's own posting line.
_SIGNED_UNDER_PUBLISHER_LABELS = (
    "新闻中心发布时间：2023-04-10\n"
    "根据《环境影响评价公众参与办法》，对西川智能装备股份有限公司智能起重设备制造项目环境影响"
    "评价进行公众参与信息公示。\n"
    "一、环境影响报告书征求意见稿全文\n"
    "公众可于公示期内下载征求意见稿电子版全文。\n"
    "二、提交公众意见表的方式和途径\n"
    "电子版提交建设单位邮箱：xichuan_eia@163.com。\n"
    "三、公众提出意见的起止时间\n"
    "2023年4月11日至2023年4月24日\n"
    "公告发布单位：西川智能装备股份有限公司\n"
    "公告发布时间：2023年4月11日\n"
)


def test_a_notice_signed_under_publisher_labels_is_issued_and_dated_by_them():
    proposal = _only(_SIGNED_UNDER_PUBLISHER_LABELS)
    assert proposal.value("issuer") == "西川智能装备股份有限公司"
    assert proposal.value("published_on") == dt.date(2023, 4, 11)


# An older first notice citing the participation guideline in its draft: the guideline's draft
# is not the draft report put up for comment.
_FIRST_CITING_A_DRAFT_GUIDELINE = (
    "南川区交通局委托北辰环境咨询有限公司承担“南川综合客运枢纽项目”环境影响评价工作，依据"
    "《中华人民共和国环境影响评价法》、《环境影响评价公众参与暂行办法》及《环境影响评价技术"
    "导则 公众参与》(征求意见稿)中的相关规定，现对本项目相关信息进行公示。\n"
    "一、建设项目的名称及概要\n"
    "项目名称：南川综合客运枢纽项目；建设地点：南川区站前路1号。\n"
    "二、建设单位名称及联系方式\n"
    "建设单位：南川区交通局\n"
    "电话：13700003333\n"
    "三、环境影响评价单位和联系方式\n"
    "环评单位：北辰环境咨询有限公司\n"
    "电话：010-84281234\n"
)


def test_a_guideline_cited_in_its_draft_does_not_make_a_first_notice_a_draft_comment_one():
    assert _only(_FIRST_CITING_A_DRAFT_GUIDELINE).value("kind") == "eia_first"


# A builder's news page prints the day it posted the notice under the title, its digits run
# together; the window counts from it.
_COMPACT_DATE_UNDER_TITLE = (
    "公司新闻\n"
    "北岭食品有限公司年产5万吨速冻食品项目环境影响评价征求意见稿公示\n"
    "20230314\n"
    "北岭食品有限公司年产5万吨速冻食品项目环境影响报告书(征求意见稿)已编制完成，现将有关信息"
    "予以公告，并征求公众意见。\n"
    "建设单位：北岭食品有限公司 联系电话：13600004444\n"
    "公众提出意见的起止时间：自公示之日起10个工作日。\n"
)


def test_a_posting_date_with_its_digits_run_together_under_the_title_dates_the_notice():
    assert _only(_COMPACT_DATE_UNDER_TITLE).value("published_on") == dt.date(2023, 3, 14)
