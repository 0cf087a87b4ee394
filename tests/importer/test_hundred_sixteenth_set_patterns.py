"""Patterns a hundred-and-sixteenth fresh set of real notices showed (issue #11: power plants:
coal and combined heat and power, nuclear, hydro and pumped storage, biomass and
waste-to-energy plants, their builders' EIA publicity and the bureaus' notices on them): each a
sentence of behaviour on a text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

from notices.importer import extract_notices
from tests.importer.proposals import only as _only

_ACCEPTANCE_BEFORE_DECISION = (
    "某某江某某水电站工程竣工环境保护验收拟作出验收意见\n"
    "某某省生态环境厅  时间：2031-04-08 10:20\n"
    "项目名称\n"
    "某某江某某水电站工程\n"
    "建设单位\n"
    "某某水电开发有限责任公司\n"
    "验收监测单位\n"
    "某某环境监测中心\n"
    "项目概况\n"
    "某某水电站为河床式电站，以发电为主，总装机容量60MW。\n"
    "环保措施落实情况\n"
    "项目按环评批复要求落实了各项环保措施和环境风险防范措施。\n"
    "听证权利告知\n"
    "依据《中华人民共和国行政许可法》，自公示之日起五个工作日内申请人、利害关系人可对拟作出的"
    "建设项目竣工环境保护验收批复决定提出听证申请。\n"
    "公众反馈意见的联系方式\n"
    "某某省环境监察总队 0000-5550111\n"
)


def test_an_authoritys_completion_acceptance_put_up_before_it_decides_is_other_and_its_own():
    notice = _only(_ACCEPTANCE_BEFORE_DECISION)
    assert notice.value("kind") == "other"
    assert notice.value("issuer") == "某某省生态环境厅"


def test_the_ministry_linked_in_a_sites_bar_over_the_article_does_not_issue_the_notice():
    page = "中国政府网 | 中华人民共和国生态环境部 | 某某省人民政府门户网站\n" + (
        _ACCEPTANCE_BEFORE_DECISION
    )
    notice = _only(page)
    assert notice.value("issuer") == "某某省生态环境厅"


def test_a_builder_named_with_its_postcode_in_brackets_after_it_is_read_as_the_builder():
    page = (
        "某某县某某水电站生态流量泄放工程环境影响报告书报批前信息公示\n"
        "根据《环境影响评价公众参与办法》规定，建设单位向生态环境主管部门报批环境影响报告书前，"
        "应当通过网络平台，公开拟报批的环境影响报告书全文和公众参与说明。\n"
        "一、公众提出意见的方式和途径\n"
        "任何单位和个人均可通过来电、来信、电子邮件（hydro@example.com）等方式向建设单位反映。\n"
        "二、公开时间\n"
        "2031年3月3日～14日\n"
        "三、建设单位和环评单位信息\n"
        "①建设单位：某某地方电力有限公司（邮编000000）；联系人：某先生，电话13000000001\n"
    )
    notice = _only(page)
    assert notice.value("issuer") == "某某地方电力有限公司"


def test_a_sites_own_number_and_email_alone_over_the_title_are_not_the_notices_contact():
    page = (
        "13000000009 site@example.com\n"
        "某某县某某水电站竣工环境保护验收公示\n"
        "时间：2031年08月08日\n"
        "现将《某某县某某水电站竣工环境保护验收调查报告书》予以公示，公示期为2031年8月8日～"
        "2031年9月5日。欢迎公众参与建设项目环境保护工作，如有意见，请按下列方式联系：\n"
        "建设单位：某某地方电力有限公司\n"
        "联系人：某某某\n"
        "联系电话：13000000002\n"
        "电子邮箱：owner@example.com\n"
    )
    contact = _only(page).value("contact")
    assert (contact["phone"], contact["email"]) == ("13000000002", "owner@example.com")


def test_an_authoritys_title_naming_projects_it_is_about_to_approve_names_it_after_the_day():
    page = (
        "3月4日某某市生态环境局建设项目环境影响评价文件拟审批公示\n"
        "根据建设项目环境影响评价审批程序的有关规定，经审议，我局拟对某某电站增效扩容改造工程"
        "环境影响报告表作出审批意见。为保证审批意见的严肃性和公正性，现将建设项目环境影响评价文件"
        "的基本情况予以公示。公示期为2031年3月4日至3月10日（5个工作日）。\n"
        "听证权利告知：依据《中华人民共和国行政许可法》，自公示起五日内申请人、利害关系人可提出"
        "听证申请。\n"
        "通讯地址：某某市某某路69号\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_pre_approval"
    assert notice.value("issuer") == "某某市生态环境局"


def test_a_news_leads_time_word_before_the_bureau_it_names_is_no_part_of_the_issuer():
    page = (
        "拟不予批准某某市生活垃圾焚烧发电项目环境影响报告书的公示\n"
        "某某电力网讯：日前某某省生态环境厅发布了拟不予批准某某市生活垃圾焚烧发电项目环境影响"
        "报告书的公示，具体内容如下：\n"
        "根据建设项目环境影响评价审批程序的有关规定，经审议，我厅拟对该建设项目环境影响评价文件"
        "作出不予批准意见。现将该建设项目环境影响评价文件的基本情况予以公示。公示期为自公示之日起"
        "5个工作日。\n"
        "电话：0000-5550112（兼传真）\n"
        "听证告知：依据《中华人民共和国行政许可法》，自公示起五日内申请人、利害关系人可对以下拟"
        "作出的建设项目环境影响评价文件批复决定要求听证。\n"
    )
    notice = _only(page)
    assert notice.value("issuer") == "某某省生态环境厅"


def test_a_websites_name_a_spam_site_glued_before_the_title_is_no_part_of_the_issuer():
    page = (
        "某某体育官方网站某某市某某生态环境局关于《某某背压式汽轮发电机组热电项目环境影响报告表》"
        "拟作出同意审批的公示\n"
        "发布时间：2031-01-21\n"
        "根据建设项目环境影响评价审批程序的有关规定，现将拟审批建设项目有关情况予以公示，公开时间"
        "为5个工作日，即本公示发起之日起5个工作日。\n"
        "项目概况：新建汽轮机发电机房一间，内设背压式汽轮发电机组一套。\n"
        "听证权利告知：依据《中华人民共和国行政许可法》，自公示起五日内申请人、利害关系人可提出"
        "听证申请。\n"
    )
    notice = _only(page)
    assert notice.value("issuer") == "某某市某某生态环境局"


def test_a_copy_cut_short_under_a_title_calling_for_the_publics_views_on_an_eia_is_a_notice():
    page = (
        "根据建设项目环境影响评价审批程序的有关规定，我局拟对某某生物质热电联产项目环境影响评价文件"
        "作出批复决定。现将建设项目的基本情况予以公示，公示期为2031年10月31日～2031年11月6日"
        "（5个工作日）。\n"
        "听证告知：依据《中华人民共和国行政许可法》，自公告起五日内申请人、利害关系人可对上述拟"
        "作出建设项目环境影响评价文件批复决定要求听证。\n"
        "联系电话：0000-5550113\n"
        "通讯地址：某某市政务服务中心生态环境局窗口\n"
        "\n"
        "上一版/ 04版：某某日报 /下一版  查看本版大图\n"
        "某某水电站工程环境影响评价征求公众意见公告\n"
        "某某日报新闻 时间： 2031年06月26日 来源： 某某日报\n"
        "一、项目概况\n"
        "项目名称：某某水电站工程建设项目\n"
        "项目概况：某某水电站位于某某县境内的某某河支流上，为低坝引水式电站，装机容量2×2.6MW，"
        "多年平均发电量2305万kW·h。\n"
        "主要污染因素及防治措施：\n"
        "本项目环境影响主要表现在施工期，施工期废水分类处理后回用，禁止排入河道；施工期固废定点"
        "收集并做好围护。\n"
    )
    titles = [p.value("title") for p in extract_notices(page).proposals]
    assert titles == [None, "某某水电站工程环境影响评价征求公众意见公告"]
