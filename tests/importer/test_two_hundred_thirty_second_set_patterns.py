"""Patterns a two-hundred-and-thirty-second fresh set of real notices showed (issue #11: sea
and shore works of Shandong, Jiangsu, Zhejiang, Liaoning, Guangdong): each a sentence of
behaviour on a text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

from notices.importer import extract_notices

_COLUMN_OVER_TITLE = (
    "拟环评审批公示\n"
    "某某市生态环境局关于拟作出某某湾某某海洋牧场人工鱼礁建设项目环境影响评价文件审批意见的公示\n"
    "来源:某某市生态环境局   访问次数:   时间:2026-02-23 16:17\n"
    "项目名称:某某湾某某海洋牧场人工鱼礁建设项目\n"
    "建设地点:某某市某某镇某某里海域\n"
    "建设单位:某某海洋集团有限公司\n"
    "项目概况:项目建设人工鱼礁区12.5公顷，投礁总量为20000空方，项目总投资1200万元。\n"
)


_FIRST_NOTICE_BELOW = (
    "某某海上风电场工程环境影响评价第一次公示\n"
    "一、建设项目名称及概要\n"
    "项目名称:某某海上风电场工程\n"
    "二、建设单位名称及联系方式\n"
    "建设单位:某某新能源有限公司\n"
    "联系电话:13900000000\n"
    "三、公众意见表的网络链接\n"
    "公众意见表见附件。\n"
    "某某新能源有限公司\n"
    "2026年4月7日\n"
)


def test_a_stage_column_over_an_authoritys_title_is_not_the_notices_title():
    # the site's column ("拟环评审批公示") names no project and no body: the title under it is
    # the notice's, and it names the authority that is about to decide (on a page of several
    # notices, where the page's first line is not taken for its header)
    proposals = extract_notices(_COLUMN_OVER_TITLE + "\n" + _FIRST_NOTICE_BELOW).proposals
    assert len(proposals) == 2
    assert proposals[1].value("kind") == "eia_first"
    notice = proposals[0]
    assert notice.value("title").startswith("某某市生态环境局关于拟作出")
    assert notice.value("kind") == "eia_pre_approval"
    assert notice.value("issuer") == "某某市生态环境局"
    assert str(notice.value("published_on")) == "2026-02-23"


_COLUMN_OVER_SHORT_TITLE = (
    "环境影响评价信息公开\n"
    "某某渔港整治工程环境影响评价第一次公示\n"
    "一、建设项目概况\n"
    "项目名称:某某渔港整治工程\n"
    "二、建设单位名称和联系方式\n"
    "建设单位:某某县海洋与渔业局\n"
    "联系电话:0000-1234567\n"
    "三、公众意见表的网络链接\n"
    "公众意见表见附件。\n"
    "某某县海洋与渔业局\n"
    "2026年4月14日\n"
)


def test_a_stage_column_is_not_glued_onto_a_short_title_under_it():
    proposals = extract_notices(_FIRST_NOTICE_BELOW + "\n" + _COLUMN_OVER_SHORT_TITLE).proposals
    assert len(proposals) == 2
    assert proposals[1].value("title") == "某某渔港整治工程环境影响评价第一次公示"
    assert proposals[1].value("kind") == "eia_first"


_APPROVAL_LETTER = (
    "某某博彩官网\n"
    "某环审〔2026〕101号\n"
    "某某博彩官网 关于某某成品油管道过海段工程项目海洋环境影响报告书的批复\n"
    "某某石化销售有限公司:\n"
    "原某某厅受理的《某某成品油管道过海段工程项目海洋环境影响报告书（报批稿）》审批申请已转由我厅办理。"
    "经研究，并结合有关专家和部门意见，我厅批复如下：\n"
    "一、项目选址于某某湾海域，过海段海底管线长约3.5km，申请用海面积9.9公顷。\n"
    "二、项目建设应严格执行国家有关法律法规规定，认真落实《报告书》提出的各项环保措施。\n"
)


def test_an_approval_letter_to_one_company_without_a_receipt_formula_is_no_notice():
    # no 收悉: the filing is recounted as passed on to the authority; the salutation names the
    # one company the approval answers, and nothing is put up for a period
    assert extract_notices(_APPROVAL_LETTER).proposals == ()


_DECISION_PUT_UP = (
    "某某市生态环境局关于某某码头工程环境影响报告书审批决定的公告\n"
    "根据建设项目环境影响评价审批程序的有关规定，现将审批决定予以公告，公告期为2026年3月9日—"
    "2026年3月13日（5个工作日）。\n"
    "某某港务有限公司:\n"
    "你公司报送的《某某码头工程环境影响报告书（报批稿）》审批申请材料已转我局办理。经研究，批复如下：\n"
    "一、同意该项目建设。\n"
    "联系电话：0000-7654321\n"
)


def test_an_approval_put_up_for_a_period_stays_a_decision_notice():
    proposals = extract_notices(_DECISION_PUT_UP).proposals
    assert len(proposals) == 1
    assert proposals[0].value("kind") == "eia_decision"
    assert proposals[0].value("window")["ends_on"] == "2026-03-13"
