"""Patterns a fifty-fourth fresh set of real notices showed (issue #11: environmental
authorities' pre-approval and decision notices from the north and centre): each a sentence of
behaviour on a text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

from notices.importer import extract_notices
from tests.importer.proposals import only as _only


def test_an_authoritys_letter_to_the_one_bureau_it_addresses_is_no_public_notice():
    letter = (
        "关于组织召开省道青河连接线白石县绕城\n"
        "改建工程环境影响听证会的函\n"
        "青河市环保局：\n"
        "针对《省道青河连接线白石县绕城改建工程环境影响报告书》的基本内容和环保措施等情况，请你局"
        "按照《环境保护行政许可听证暂行办法》要求，组织该项目环境影响听证会。参加听证会的人员须包括"
        "沿线有关单位和受影响的公民、法人或者其他组织的代表。请将听证会情况于2016年5月20日前报我厅。\n"
        "某某省环境保护厅办公室\n"
        "2016年4月18日\n"
    )
    assert not extract_notices(letter).proposals


def test_a_bureaus_service_guide_to_the_approval_is_no_public_notice():
    notice = (
        "白石县生态环境分局关于2023年5月8日拟对1个建设项目环境影响评价文件作出审批意见的公示\n"
        "根据建设项目环境影响评价审批程序的有关规定，经审核，我局拟对1个建设项目环境影响评价文件作出"
        "审批意见。如有异议，请在公示期内反馈我局审批服务窗口。公示期为2023年5月8日-2023年5月12日\n"
        "电话：0396-5550678\n"
        "听证告知：依据《中华人民共和国行政许可法》，自公示起5日内申请人、利害关系人可对拟作出的建设"
        "项目环境影响评价文件批复决定要求听证。\n"
    )
    guide = (
        "建设项目环境影响评价文件审批初审意见服务指南\n"
        "设定依据 |\n"
        "1.《中华人民共和国环境影响评价法》；2.《建设项目环境保护管理条例》。 |\n"
        "审批对象 |\n"
        "个人、企业、社会组织、政府部门（申报的项目审批权限为省生态环境厅） |\n"
        "申请条件 |\n"
        "在本市行政区域内建设对环境有影响的项目（申报的项目审批权限为省生态环境厅） |\n"
        "申报材料 |\n"
        "1、建设单位要求许可的环境影响评价文件的申请报告；流转方式：■原件 ■扫描件 2、环境影响评价"
        "文件及简本（含电子文档）；流转方式：■原件 □扫描件 3、公众参与及信息公开公示材料；"
        "流转方式：■原件 □扫描件 |\n"
        "办事程序 |\n"
        "1、申请：到市民服务中心环保窗口申请；（当日） 2、受理：窗口工作人员对申请进行审查，"
        "对符合受理条件的，向申请人出具受理通知单；（0.5个\n"
    )
    proposal = _only(f"{notice}\n{guide}")
    assert proposal.value("kind") == "eia_pre_approval"


def test_a_pre_approval_excerpt_that_begins_at_its_hearing_notice_is_still_read():
    page = (
        "听证权利告知：依据《中华人民共和国行政许可法》，自公示起五日内申请人、利害关系人可对该建设"
        "项目环境影响评价文件审批意见要求听证。\n"
        "联系电话：0713-5550123（市行政服务中心）\n"
        "通讯地址：白石市青河区滨江路8号生态环境局二楼窗口\n"
        "邮    编：438100\n"
        "序号 |\n"
        "项目名称 |\n"
        "性质 |\n"
        "建设地点 |\n"
        "主要建设内容 |\n"
        "1 | 白石青河包装材料有限公司年产2万吨塑料颗粒项目 | 新建 | 白石市青河区北湖工业园 | "
        "新建造粒车间一栋，配套污水处理池，年产2万吨塑料颗粒。 |\n"
    )
    proposal = _only(page)
    assert proposal.value("kind") == "eia_pre_approval"
    assert proposal.to_json()["contact"]["phone"] == "0713-5550123"


def test_an_office_named_by_its_kind_alone_in_an_address_names_no_issuer():
    page = (
        "根据建设项目环境影响评价审批程序的有关规定，经审议，我局拟批准1个环境影响报告表。为保证审议"
        "工作的严肃性和公正性，现将项目环境影响报告表的基本情况予以公示，公示期为5个工作日。\n"
        "联系电话：0713-5550123\n"
        "通讯地址：白石市青河区滨江路特8号生态环境局二楼窗口\n"
    )
    assert _only(page).value("issuer") is None


def test_a_title_printed_under_the_attachment_list_still_closes_the_signed_notice():
    notice = (
        "根据建设项目环境影响评价审批程序有关规定，经审查，2021年3月8日我局对青河精工有限公司新增"
        "冲压件生产项目作出审批决定。现将作出的审批决定予以公告，公告期为发布之日起5个工作日。\n"
        "行政复议与行政诉讼权利告知：公民、法人或者其他组织认为公告的建设项目环境影响评价文件审批"
        "决定侵犯其合法权益的，可以自公告期限届满之日起六十日内提起行政复议。\n"
        "联系电话：0564-5550199（白石县生态环境分局行政审批服务科）\n"
        "通讯地址：白石县政务服务中心生态环境分局窗口\n"
        "2021年3月9日\n"
        "附件1：青河精工有限公司新增年产三十万件汽车冲压件及配套模具生产项目环境影响报告表.doc\n"
        "青河市白石县生态环境分局关于青河精工有限公司新增冲压件生产项目审批决定的公告\n"
    )
    other = "某某县召开生态环境保护工作会议。会议由县政府副县长主持，各乡镇负责人参加。\n"
    proposal = _only(f"{notice}\n{other}")
    assert proposal.value("kind") == "eia_decision"
    assert proposal.value("issuer") == "青河市白石县生态环境分局"
    assert str(proposal.value("published_on")) == "2021-03-09"
    assert proposal.to_json()["window"]["length"] == 5


def test_a_reposts_headline_does_not_run_into_the_official_title_under_it():
    page = (
        "查看原文\n"
        "其他\n"
        "因环评涉及的建设内容与实际情况不符,省生态环境厅对某扩建工程环评作出不予审批决定\n"
        "某某省生态环境厅关于白石机场东站坪扩建工程环境影响报告书不予审批决定的公告\n"
        "根据建设项目环境影响评价审批程序的有关规定，经审查，我厅对白石机场东站坪扩建工程环境影响"
        "报告书作出不予审批决定。现将作出的决定予以公告，公告期为2022年3月1日-2022年3月7日（7日）。\n"
        "行政复议与行政诉讼权利告知：公民、法人或者其他组织认为公告的建设项目环境影响评价文件审批"
        "决定侵犯其合法权益的，可以自公告期限届满之日起六十日内提起行政复议。\n"
        "联系电话：0731-55567890（兼传真）\n"
        "编辑：小青.环评资讯\n"
        "来源：某某省生态环境厅\n"
        "MORE | 更多精彩文章\n"
        "下载[环评助手]app\n"
        "扫描上方二维码\n"
        "和环评人一起进入云时代\n"
        "法律法规库、环评公开课\n"
    )
    proposal = _only(page)
    assert proposal.value("kind") == "eia_decision"
    assert proposal.value("issuer") == "某某省生态环境厅"
