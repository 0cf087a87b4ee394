"""Patterns a hundred-and-seventh fresh set of real notices showed (issue #11: real-estate,
urban-development and park EIA notices of the 2006 interim measures copied into forums, a
national publicity window, an authority site's terms page): each a sentence of behaviour on a
text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

from notices.importer import extract_notices
from tests.importer.proposals import only as _only


def test_a_project_owner_label_names_the_builder_not_the_consultant_after_it():
    page = (
        "某某新城保障性住房项目环境影响评价第二次公示\n"
        "一、建设单位情况\n"
        "项目名称：某某新城保障性住房项目 项目业主：某某城市建设投资有限公司 联系人：王工 "
        "联系电话：13900001111 二、环评单位情况 单位名称：某某环境科学研究所 联系人：赵工 "
        "联系电话：13900002222\n"
        "三、公众提出意见的方式\n"
        "公众可以在本公告发布后10个工作日内（公示时间：2031年3月3日至2031年3月14日），以信函或"
        "其他便利的方式，向建设单位或者环境影响评价机构提交书面意见。\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_draft_comment"
    assert notice.value("issuer") == "某某城市建设投资有限公司"


def test_the_office_over_the_reporting_phone_issues_a_publicity_not_a_cited_rules_ministries():
    page = (
        "按照某某部、商务部、科学技术部联合发布的《某某示范园区管理办法》要求，某某示范园区建设"
        "协调领导小组办公室组织验收组对某某经济开发区示范园区建设工作进行了验收，园区通过了验收。"
        "为体现公开的原则，鼓励公众参与并监督示范园区创建工作，现对该园区拟批复为示范园区事宜"
        "进行公示：\n"
        "一、公示日期：2031年6月2日-2031年6月16日\n"
        "二、公示期间设立下列举报电话和信箱\n"
        "某某示范园区建设协调领导小组办公室（办公室设在某某部规划司）\n"
        "电话：(010)61234567\n"
        "传真：(010)61234568\n"
        "通讯地址：北京市某某区某某街1号\n"
        "邮编：100000\n"
        "电子邮件：parks@example.gov.cn\n"
        "三、公示期间，某某示范园区建设协调领导小组办公室接受来信、来访和来电。\n"
        "附件：某某示范园区验收工作表\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "other"
    assert notice.value("issuer") == "某某示范园区建设协调领导小组办公室"


def test_a_first_notices_survey_questions_about_its_project_do_not_make_it_an_explainer():
    page = (
        "某某复建房项目是由某某村股份合作经济联合社在某某村东侧地段建设的一个复建房项目。某某"
        "环境研究所承担了该项目的环境影响评价工作后，在网上向公众第一次公示本项目信息，公示时间为"
        "10个工作日。\n"
        "1、征求意见的主要事项\n"
        "①本项目选址是否合理?\n"
        "②本项目对环境产生何种影响?这种影响是否在可接受的范围内?\n"
        "③从环境角度考虑，是否赞同本项目的建设?\n"
        "2、联系方式\n"
        "环评单位：某某环境研究所 联系人：钱工\n"
        "联系电话：020-81234567 邮箱：survey2031@example.com\n"
        "某某村股份合作经济联合社某某复建房项目第一次网上公示\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_first"


def test_the_body_a_project_is_built_by_in_its_opening_sentence_is_the_builder():
    page = (
        "某某安置小区项目是由某某村股份合作经济联合社在某某镇北侧地段建设的一个安置房项目。"
        "某某环境研究所承担了该项目的环境影响评价工作，现向公众第一次公示本项目信息。\n"
        "征求公众意见的主要事项：公众对本项目环境保护工作的意见和建议。\n"
        "环评单位：某某环境研究所 联系电话：020-81234568\n"
    )
    notice = _only(page)
    assert notice.value("issuer") == "某某村股份合作经济联合社"


def test_a_project_named_in_quotation_marks_does_not_make_an_untitled_notice_a_report():
    page = (
        "一、项目名称和工程概要 项目名称：某某新区还建楼三期 建设单位：某某城市建设投资开发有限"
        "公司 项目概况：某某城市建设投资开发有限公司拟在某某开发区投资开发建设“某某新区还建楼三期”"
        "建设项目。“某某新区还建楼三期”项目定位于拆迁还建社区，规划总户数为600户。 二、环境影响"
        "评价的工作程序和主要工作内容 环境影响评价机构按照环境影响评价技术导则依次开展工作。 三、"
        "征询公众意见事项 1、任何有环保利害关系的单位和个人，可在项目环境影响评价工作期间向建设"
        "单位、评价单位提出项目环保可行性意见及要求。 2、在完成项目环境影响报告书编制初稿后，建设"
        "单位或评价单位将再次进行公告。\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_first"
    assert notice.value("issuer") == "某某城市建设投资开发有限公司"


def test_an_authority_sites_terms_for_its_decision_notices_are_no_notice():
    page = (
        "某某区-环保局\n"
        "建设项目环境影响评价审批决定公告的告知事项\n"
        "1、某某区环境保护局按照有关法规的要求，公告建设项目环境影响评价审批决定。\n"
        "2、公告期限：自信息发布起7日。\n"
        "3、公民、法人或者其他组织认为公告的批复决定侵犯其合法权益的，可以自公告期限届满之日起"
        "六十日内提起行政复议。\n"
        "4、联系方式：电子邮件，terms@example.gov.cn；传真，021-61234567。\n"
        "我已阅知  确定\n"
    )
    assert extract_notices(page).proposals == ()


def test_a_forums_edit_line_does_not_hide_the_company_that_leads_its_project():
    page = (
        "本帖最后由 某某 于 2031-5-26 21:03 编辑\n"
        "某某商贸有限公司某某店项目环境影响评价工作已经开始。根据《环境影响评价公众参与暂行办法》"
        "的规定，现将该项目环境影响评价的有关信息公告如下：\n"
        "一、项目基本情况\n"
        "某某商贸有限公司租用某某置业有限公司商业用房从事百货零售业。\n"
        "二、征求公众意见的主要事项\n"
        "（1）对项目所在地周围环境质量现状的看法；\n"
        "三、建设单位名称和联系方式\n"
        "联系人：孙经理 联系电话：028-81234567\n"
        "四、公众意见反馈方式\n"
        "在本次信息公示后，公众可通过电话、信函、电子邮件等方式向建设单位或环评单位发表意见。"
        "本次公告为该项目环评工作的第一次公示，公告日期为2031年4月21日至2031年5月6日，共十个"
        "工作日。\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_first"
    assert notice.value("issuer") == "某某商贸有限公司"
