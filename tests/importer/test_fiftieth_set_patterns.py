"""Patterns a fiftieth fresh set of real notices showed (issue #11: environmental authorities'
acceptance notices and their look-alikes, pre-approval and decision notices, with letters to
one party among them): each a sentence of behaviour on a text written for the test, modelled
on the pattern, not copied."""

from __future__ import annotations

from notices.importer import extract_notices
from tests.importer.proposals import only as _only

#: A re-poster's copy: its listing headline, its category and region lines, its posting line and
#: a members' note, then the notice's own heading twice with the organisation masked.
REPOSTED_DECISION = (
    "青川市生态环境局关于2025年3月3日-2025年3月7日作出的建设项目环境影响评价文件审批决定的公告\n"
    "审批\n"
    "东川-青川-白石区\n"
    "发布时间: 2025年03月07日\n"
    "项目详情\n"
    "下文中****为隐藏内容,仅对会员开放\n"
    "****关于2025年3月3日-2025年3月7日作出的建设项目环境影响评价文件审批决定的公告\n"
    "时间:2025-03-07 16:20\n"
    "****关于2025年3月3日-2025年3月7日作出的建设项目环境影响评价文件审批决定的公告\n"
    "根据建设项目环境影响评价审批程序的有关规定,经审查,2025年3月3日-2025年3月7日我局对2个建设项目"
    "环境影响评价文件作出审批决定。现将作出的审批决定予以公告,公告期为2025年3月7日-2025年3月13日(7日)。\n"
    "行政复议与行政诉讼权利告知:公民、法人或者其他组织认为公告的建设项目环境影响评价文件审批决定侵犯其"
    "合法权益的,可以自公告期限届满之日起六十日内提起行政复议。\n"
    "联系电话:0599-****1234\n"
    "序号\n"
    "项目名称\n"
    "文号\n"
    "发文时间\n"
    "1\n"
    "****白石河堤防加固工程\n"
    "青环评〔2025〕8号\n"
    "2025-3-4\n"
    "2\n"
    "青川****有限公司年产2万吨饲料项目\n"
    "青环评〔2025〕9号\n"
    "2025-3-6\n"
)

#: An authority's letter to one party: it returns the party's report, it asks the public nothing.
RETURN_LETTER = (
    "关于退回某某机械有限公司年产3000台农用机械项目环境影响报告表的函\n"
    "某某机械有限公司:\n"
    "你公司《年产3000台农用机械项目环境影响报告表》收悉。经审查,报告表工程分析深度不够,"
    "污染治理措施论证不足,不符合审批条件。鉴此,决定将《报告表》退回,请你公司组织修改完善后再行报批。\n"
    "青川市生态环境局\n"
    "2025年4月2日\n"
)


def test_a_reposted_notice_whose_title_is_printed_again_masked_is_one_notice():
    proposal = _only(REPOSTED_DECISION)
    assert proposal.value("issuer") == "青川市生态环境局"
    assert str(proposal.value("published_on")) == "2025-03-07"
    assert proposal.to_json()["window"]["ends_on"] == "2025-03-13"


def test_a_letter_to_one_party_is_no_public_notice():
    assert not extract_notices(RETURN_LETTER).proposals


def test_a_letter_printed_after_an_unsigned_notice_lends_it_no_signature():
    proposal = _only(f"{REPOSTED_DECISION}\n{RETURN_LETTER}")
    assert proposal.value("issuer") == "青川市生态环境局"
    assert str(proposal.value("published_on")) == "2025-03-07"
    assert proposal.to_json()["window"]["ends_on"] == "2025-03-13"


def test_a_title_naming_the_authoritys_step_gives_the_project_without_it():
    accepted = (
        "白石县环境保护局关于受理白石县城区供水管网改造工程环评文件的公告\n"
        "发布机构: 白石县环境保护局 发布时间: 2019-05-06\n"
        "根据建设项目环境影响评价审批程序的有关规定,我局拟受理白石县城区供水管网改造工程环境影响评价文件。"
        "现将受理情况予以公示,如有建议意见,请于2019年5月20日前向我局提出。\n"
        "1、项目名称:白石县城区供水管网改造工程\n"
        "2、建设单位:白石县水务投资有限公司\n"
        "联系电话:0831-5550123\n"
    )
    to_approve = (
        "2024年6月3日拟对青川某某纸业有限公司年产5万吨包装纸项目环评文件作出审批意见的公告\n"
        "根据建设项目环境影响评价审批程序的有关规定,经审议,我局拟对上述建设项目环境影响评价文件作出审批意见。"
        "现将上述建设项目环境影响评价文件的基本情况予以公告。公告期为2024年6月4日至2024年6月11日(5个工作日)。"
        "联系电话:0573-55501234。\n"
    )
    assert _only(accepted).value("subject") == "白石县城区供水管网改造工程"
    assert _only(to_approve).value("subject") == "青川某某纸业有限公司年产5万吨包装纸项目"


def test_a_sites_welcome_banner_above_a_title_is_not_part_of_it():
    page = (
        "欢迎访问青川市白石区人民政府门户网站\n"
        "白石生态环境局关于2023年5月8日作出的建设项目环境影响评价文件审批决定的公告\n"
        "来源:白石区 发布时间: 2023-05-09 10:12\n"
        "根据建设项目环境影响评价审批程序的有关规定,2023年5月8日我局对1个项目环境影响评价文件作出审批决定,"
        "现将作出的审批决定的情况予以公告,公告期为2023年5月9日-2023年5月15日。\n"
        "联系电话:0599-55502345\n"
        "青川市白石生态环境局\n"
        "2023年5月9日\n"
    )
    assert _only(page).value("title").startswith("白石生态环境局关于")
