"""Patterns a hundred-and-sixth fresh set of real notices showed (issue #11: waste and
environmental works, incinerators, medical and hazardous waste, sewage plants and sludge,
recycling, completion acceptance): each a sentence of behaviour on a text written for the
test, modelled on the pattern, not copied."""

from __future__ import annotations

from notices.importer import extract_notices
from tests.importer.proposals import only as _only


def test_a_second_information_publicity_under_a_sites_headline_is_draft_comment():
    page = (
        "某某县污水处理站改造环境影响评价招标公告\n"
        "某某县污水处理站改造项目\n"
        "环境影响评价公众参与第二次信息公示\n"
        "根据生态环境部《环境影响评价公众参与办法》（部令第4号）要求，现对“某某县污水处理站"
        "改造项目”有关信息公告如下，欢迎社会各界对本项目提出意见建议。\n"
        "一、建设项目概况\n"
        "项目名称：某某县污水处理站改造项目\n"
        "建设单位：某某县住房和城乡建设局\n"
        "建设内容：改造污水处理站一座，处理规模为500m3/d。\n"
        "二、建设单位名称和联系方式\n"
        "建设单位：某某县住房和城乡建设局\n"
        "联 系 人：王工 0000-*******\n"
    )
    assert _only(page).value("kind") == "eia_draft_comment"


def test_an_authoritys_proposed_completion_acceptance_decision_is_other_not_pre_approval():
    page = (
        "根据建设项目竣工环境保护验收管理有关规定，经审查，我局拟对1个建设项目作出竣工环境保护"
        "验收决定。为保证此次审查工作的严肃性和公正性，现将拟竣工环保验收决定的建设项目情况予以"
        "公示，欢迎公众参与建设项目环境保护工作。\n"
        "一、公示时间：公示期为5天（自2016年9月12日起）\n"
        "二、联系电话：0510-81234567\n"
        "三、听证权告知：依据《中华人民共和国行政许可法》，自公示起五日内申请人、利害关系人可对"
        "该拟作出的建设项目竣工环境保护验收决定要求听证。\n"
        "拟作出竣工环境保护验收合格决定的建设项目\n"
        "项目名称：某某村生活污水处理工程\n"
        "建设单位：某某镇某某村委\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "other"


def test_a_period_whose_first_day_is_bracketed_after_its_length_starts_on_that_day():
    page = (
        "某某垃圾转运站项目环境影响报告表拟审批公示\n"
        "我局拟对某某垃圾转运站项目环境影响报告表作出审批意见，现予公示。公示期为5天（自2016年"
        "9月12日起），联系电话：0510-81234567。\n"
        "某某市某某区环境保护局\n"
    )
    window = _only(page).value("window")
    assert window["starts_on"] == "2016-09-12"
    assert (window["length"], window["unit"]) == (5, "calendar_days")


def test_the_bureau_a_news_item_says_issued_the_publicity_is_its_issuer_not_the_address_office():
    page = (
        "◆资料来源：某某区人民政府网\n"
        "近日，某某市某某生态环境局发布《关于2024年5月6日受理某某环保科技有限公司污泥干化项目"
        "环境影响报告表的公示》。经审议，我局受理某某环保科技有限公司污泥干化项目环境影响报告表"
        "并拟批准，现将基本情况予以公示。\n"
        "公示期为：2024年5月6日-2024年5月10日。\n"
        "联系电话：0516-81234567\n"
        "通信地址：某某区行政审批局\n"
        "听证告知：依据《中华人民共和国行政许可法》，自公示起五日内申请人、利害关系人可对以上"
        "受理并拟批准的建设项目环境影响评价文件要求听证。\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_pre_approval"
    assert notice.value("issuer") == "某某市某某生态环境局"


def test_a_publicity_naming_the_office_that_takes_objections_is_a_notice_though_it_asks_nothing():
    page = (
        "按照某某区生态环境保护工作安排，区生态环境分局对某某村排水沟黑臭水体进行了治理，经检测"
        "主要指标均达到地表水III类要求，现将治理情况进行公示。\n"
        "公示时间：2024年3月4日至2024年3月8日，共5个工作日。\n"
        "受理部门：某某市生态环境局某某区分局\n"
        "联系电话：0955-1234567\n"
        "联系地址：某某市某某路8号办公楼104室\n"
        "附件：《检测报告》.pdf\n"
        "某某市生态环境局某某区分局\n"
        "2024年3月4日\n"
        "关于某某村排水沟治理情况的公示\n"
        "\n"
        "某某污水处理厂顺利通过初步验收\n"
        "3月1日，某某污水处理厂在市水务局的监督见证下顺利通过初步验收，建成后将有效解决城区的"
        "污水处理问题。\n"
        "文 字：某某\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "other"
    assert notice.value("issuer") == "某某市生态环境局某某区分局"


def test_a_signature_date_trailed_by_question_marks_for_lost_spaces_dates_the_notice():
    page = (
        "关于某某河道治理情况的公示\n"
        "某某河道已完成治理，现将治理情况进行公示，如有异议，请在公示期内向我局反映。\n"
        "公示时间：2024年3月4日至2024年3月8日。\n"
        "联系电话：0955-1234567\n"
        "某某市生态环境局某某区分局\n"
        "2024年3月4日? ? ? ??\n"
    )
    assert str(_only(page).value("published_on")) == "2024-03-04"


def test_a_document_sites_preview_of_a_completion_reports_cover_is_no_notice():
    page = (
        "• 2022-04-22 11:28:09 发布\n"
        "某某污水处理工程项目竣工\n"
        "  1. 1、本文档共5页，可阅读全部内容。\n"
        "  2. 文档侵权举报电话：13900001234。\n"
        "某某市某某污水处理工程项目竣工环境保护验收监测报告表建设单位：某某城市发展投资有限公司"
        "编制单位：某某环境检测有限公司二〇一八年七月 建设单位法人代表：某某 项目负责人：某某 "
        "填表人：某某 建设单位：某某城市发展投资有限公司电话：0395-1234567传真：0395-1234567"
        "邮编：462000 表1项目名称某某污水处理工程建设项目性质新建\n"
    )
    assert not extract_notices(page).proposals


def test_a_clause_recounting_an_approval_is_no_name_of_the_issuer():
    page = (
        "根据建设项目竣工环境保护验收管理有关规定，经审查，我局拟对1个建设项目作出竣工环境保护"
        "验收决定，现予公示。公示期为5天（自2016年9月12日起），联系电话：0510-81234567。\n"
        "项目概况 |\n"
        "某某村委“某某村污水处理工程项目”建设项目于2015年12月12日通过某某市某某区环保局审批。"
        "目前该项目已建成。 |\n"
    )
    assert _only(page).value("issuer") is None
