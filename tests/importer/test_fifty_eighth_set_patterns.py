"""Patterns a fifty-eighth fresh set of real notices showed (issue #11: a mixed set from the
South and Centre of China, 2016-2026): each a sentence of behaviour on a text written for the
test, modelled on the pattern, not copied."""

from __future__ import annotations

import datetime as dt

from tests.importer.proposals import only as _only

# Guangdong's approval template: the authority speaks of itself as "我审批机构" (three times),
# its name in the title before "拟对…作出批准决定".
_APPROVAL_BODY_MACHINE = (
    "根据青岚市东坡镇某某木制品厂家具生产项目环境影响评价文件，按照建设项目环境影响评价审批"
    "程序的有关规定，我审批机构拟对该项目环境影响评价文件作出批准决定。为体现公开、公正的原则，"
    "强化公众参与，现予公示。公示期5个工作日（2025年03月04日至2025年03月10日）。如有意见，"
    "请在公示期内来信或来电向我审批机构反映。\n"
    "联系地址：青岚市东坡区政府综合楼五楼512\n"
    "联系电话：0768-5550123\n"
    "听证告知：依据《中华人民共和国行政许可法》第四十七条的规定，自公示之日起五个工作日内"
    "申请人及有关利害关系人可对我审批机构拟作出的决定提出听证申请。\n"
    "项目名称 | 青岚市东坡镇某某木制品厂家具生产项目 |\n"
    "建设单位 | 青岚市东坡镇某某木制品厂 |\n"
)
_APPROVAL_TITLE = (
    "青岚市生态环境局东坡分局拟对青岚市东坡镇某某木制品厂家具生产项目环境影响评价文件"
    "作出批准决定的公示\n"
)


def test_an_authority_calling_itself_our_approval_body_is_no_narrator():
    proposal = _only(_APPROVAL_BODY_MACHINE)
    assert proposal.value("kind") == "eia_pre_approval"
    assert proposal.value("window")["ends_on"] == "2025-03-10"


def test_an_authority_leading_a_title_before_the_step_it_is_about_to_take_issues_it():
    proposal = _only(_APPROVAL_TITLE + "2025-03-03\n" + _APPROVAL_BODY_MACHINE)
    assert proposal.value("issuer") == "青岚市生态环境局东坡分局"


# A county site prints the posting label on one line and its date on the next.
_LABEL_OVER_DATE = (
    "白沙县某某砂石场生态修复项目环境影响报告表的拟审批公示\n"
    "来源：\n"
    "某某市生态环境局白沙分局\n"
    "发布时间：\n"
    "2026-02-09 09:15\n"
    "经审议，我局拟于近日内批准《白沙县某某砂石场生态修复项目环境影响报告表》，现就项目环评"
    "相关情况予以公示。如有意见，请在公示期内向我局来信来电进行反映。\n"
    "联系电话：0730-5551234\n"
)


def test_a_posting_label_alone_on_its_line_dates_the_notice_by_the_next_line():
    assert _only(_LABEL_OVER_DATE).value("published_on") == dt.date(2026, 2, 9)


# A pre-approval notice without a posting line that names its day inside the hearing sentence.
_DAY_IN_BRACKETS = (
    "经审议，我局拟于近日内批准《某某乡大岭矿区建筑石料用灰岩矿项目环境影响报告表》，现就项目"
    "环评相关情况予以公示5个工作日。如有意见，请在公示期内向我局来信来电进行反映。\n"
    "联系地址：某某市生态环境局青溪分局 邮编：419900\n"
    "联系电话：0745-5556789\n"
    "听证告知：依据《中华人民共和国行政许可法》，自公示之日（2025年12月2日）起五个工作日内"
    "申请人、利害关系人可对以下拟作出的建设项目环境影响评价文件批复决定提出听证申请。\n"
)


def test_the_day_printed_in_brackets_after_the_day_of_publication_dates_the_notice():
    proposal = _only(_DAY_IN_BRACKETS)
    assert proposal.value("published_on") == dt.date(2025, 12, 2)
    assert proposal.value("window")["length"] == 5


# A government site's trail of where the item sits, then the title naming the company.
_TRAIL_OVER_TITLE = (
    "首页 > 政务公开 > 通知公告\n"
    "某某新材科技有限责任公司年处理3万吨竹纤维新材料项目环境影响评价第二次公示\n"
    "发布时间: 2021-05-11 10:20信息来源:某某高新区\n"
    "根据《环境影响评价公众参与办法》的相关规定，现对本项目建设有关环境保护的情况进行第二次"
    "公示，公示内容如下：\n"
    "一、环境影响报告书征求意见稿全文的网络链接及查阅纸质报告书的方式和途径\n"
    "公众可在本公告发布后10个工作日内，到http://www.example.gov.cn/查阅本项目环境影响报告书"
    "征求意见稿全文。\n"
    "环评单位联系方式：联系人：钱工 电话：13800002222\n"
)


def test_a_page_trail_over_the_title_is_not_part_of_the_title():
    proposal = _only(_TRAIL_OVER_TITLE)
    assert proposal.value("kind") == "eia_draft_comment"
    assert proposal.value("issuer") == "某某新材科技有限责任公司"
