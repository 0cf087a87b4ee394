"""Patterns an eighth fresh set of real notices showed (issue #11): each a sentence of behaviour
on a text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

from notices.importer import extract_notices
from notices.importer.kinds import classify


def test_a_web_copy_run_into_one_line_keeps_its_links_after_the_source_label():
    page = (
        "某某煤矿有限公司矸石场项目环境影响报告书征求意见稿来源：某某环境科技有限公司网址："
        "http://www.example-eia.com 某某煤矿有限公司矸石场项目环境影响报告书征求意见稿现已形成，"
        "公开信息如下： 一、征求意见稿全文链接：https://pan.baidu.com/s/1AbCdEfGhIjKlMn"
        "（提取码：ab12） 二、联系电话：13912345678 三、公众提出意见的起止时间：自2019年4月25日"
        "至2019年5月9日。\n"
    )
    notice = extract_notices(page).proposals[0]
    assert notice.value("links") == ["https://pan.baidu.com/s/1AbCdEfGhIjKlMn?pwd=ab12"]


def test_a_listed_company_cancelling_bought_back_shares_is_a_capital_reduction():
    title = "某某股份有限公司关于回购并注销股份通知债权人的公告"
    body = (
        "由于公司本次回购将涉及总股本减少，公司债权人自接到公司通知起30日内、未接到通知者自本"
        "公告披露之日起45日内向本公司申报债权。"
    )
    assert classify(title, body)[0] == "capital_reduction"


def test_a_first_notice_quoting_article_9_of_the_measures_is_a_first_notice_despite_its_period():
    body = (
        "根据《环境影响评价公众参与办法》的规定，建设单位应当在确定环境影响报告书编制单位后7个"
        "工作日内，通过网站公开下列信息：\n"
        "一、建设项目概况\n项目名称：某某铝边框生产项目；建设单位：某某新能源有限公司；\n"
        "二、征求公众意见的主要事项：公众对拟建项目在拟建区域建设的看法。\n"
        "公众提出意见的起止时间：2022年10月28日—2022年11月10日。\n"
    )
    assert classify(None, body, has_window=True)[0] == "eia_first"


def test_a_draft_report_put_up_in_full_is_the_draft_comment_stage_not_pre_submission():
    body = (
        "现将某某有限公司《年产光伏电池项目环境影响报告书（征求意见稿）》进行全本公示，征求公众"
        "对该建设项目环境影响的意见和建议。"
    )
    assert classify(None, body, has_window=True)[0] == "eia_draft_comment"


def test_a_statement_that_a_closed_window_drew_no_opinions_is_not_a_notice():
    page = (
        "某某新区在2023年3月1日至3月14日就某某片区规划环评征求意见稿在官网征求公众意见。"
        "截至公示期满，该区未收到任何单位和个人的反馈意见。\n"
    )
    assert extract_notices(page).proposals == ()


def test_the_company_law_quoted_article_by_article_is_not_a_liquidation_notice():
    page = (
        "【清算组公告】清算期间的债权申报\n"
        "第一百八十六条 清算组应当自成立之日起十日内通知债权人，并于六十日内在报纸上公告。"
        "债权人应当自接到通知书之日起三十日内，未接到通知书的自公告之日起四十五日内，向清算组"
        "申报其债权。\n"
        "债权人申报债权，应当说明债权的有关事项，并提供证明材料。\n"
    )
    assert extract_notices(page).proposals == ()


def test_a_notice_that_quotes_an_article_of_the_measures_is_still_read():
    page = (
        "某某公路环境影响报告书报批前公示\n"
        "第二十条 建设单位向生态环境主管部门报批环境影响报告书前，应当通过网络平台，公开拟报批的"
        "环境影响报告书全文和公众参与说明。\n"
        "根据上述规定，现将《某某公路环境影响报告书》进行公示。\n"
        "附件：某某公路环境影响报告书公示稿.pdf\n"
        "某某市交通运输局\n2021年1月19日\n"
    )
    notice = extract_notices(page).proposals[0]
    assert notice.value("kind") == "eia_pre_submission"


def test_a_social_stability_risk_publicity_and_a_symposium_sign_up_are_not_tracked():
    stability = (
        "某某风电项目公示 一、项目概况 本项目位于某某旗。二、征询事项 征求公众意见的主要内容："
        "拟建项目对当地社会稳定的主要风险。三、公示说明 公众对建设项目有社会稳定风险的建议或意见，"
        "可自公示之日起十日内向建设单位提出。建设单位联系人：某某 电话：0471-6123456\n"
    )
    symposium = (
        "时间：座谈会初定于2020年2月12日9:30\n地点：某某公司一楼会议室\n"
        "主要议题：某某垃圾焚烧发电项目环境影响评价已完成两次公示，现就项目环境影响征求公众的"
        "意见和建议。\n参会人员报名事项：申请参加座谈会的公众，请于2020年2月10日18:00前向我单位"
        "申请。\n建设单位联系人：刘工；联系电话：0971-6123456\n"
    )
    assert extract_notices(stability).proposals == ()
    assert extract_notices(symposium).proposals == ()


def test_an_issuer_is_given_back_with_the_pinyin_its_mirror_left_in_it():
    page = (
        "某某市某某環保材料有限公司年產五萬噸某某材料項目環境影響報告書（征求意見稿）公示\n"
        "根據《環境影響評價公眾參與辦法》（生態環境部令第4號）的要求，現將本項目環境影響報告書"
        "征求意見稿進行公示。\n"
        "一、征求意見稿全文的網絡鏈接：https://pan.baidu.com/s/1AbCdEfGhIjKlMnOp\n"
        "二、公眾提出意見的方式和途徑：公眾可通過信函、電子郵件向建設單位提交意見。\n"
        "建設單位：某某市水運(yùn)建設集團(tuán)有限公司\n"
        "聯繫電話：0791-8123456\n"
        "三、公眾提出意見的起止時間：自本公示發佈之日起10個工作日內。\n"
    )
    notice = extract_notices(page).proposals[0]
    assert notice.value("issuer") == "某某市水運(yùn)建設集團(tuán)有限公司"


def test_a_first_notice_that_asks_for_opinions_within_ten_working_days_from_today_is_dated():
    page = (
        "某某牧業有限公司奶牛養殖項目環境影響評價第一次公示\n"
        "根據《環境影響評價公眾參與辦法》要求，現對該項目環境影響評價信息進行公示。\n"
        "1、項目概況：項目名稱：某某牧業有限公司奶牛養殖項目；建設性質：新建。\n"
        "2、建設單位：某某牧業有限公司\n"
        "3、提交公眾意見表的方式和途徑：即日起，公眾如果有對本項目環境保護措施的意見，"
        "請在10個工作日內通過郵寄、電子郵件將公眾意見表提交建設單位。\n"
        "某某牧業有限公司\n2020年9月11日\n"
    )
    notice = extract_notices(page).proposals[0]
    assert notice.value("kind") == "eia_first"
    assert notice.value("window")["length"] == 10


def test_an_untitled_project_outline_with_a_period_and_no_draft_is_a_first_notice():
    body = (
        "现对该项目环境影响评价信息进行公示。一、项目概况：项目名称：某某养殖基地建设项目。"
        "二、公众意见表的网络链接：见附件。公众可在10个工作日内提交公众意见表。"
    )
    assert classify(None, body, has_window=True)[0] == "eia_first"
    with_draft = body + "环境影响报告书征求意见稿全文见附件。"
    assert classify(None, with_draft, has_window=True)[0] == "eia_draft_comment"


def test_a_builder_that_commissioned_the_assessment_is_found_after_a_mirrors_mojibake():
    from notices.importer.parties import builder

    body = "????某某風力發電有限公司委托某某研究所開展某某海上風電場項目的海洋環境影響評價。"
    assert builder(body)[0] == "某某風力發電有限公司"


def test_the_bureau_opinions_are_sent_to_is_the_issuer_of_a_pre_approval_notice():
    from notices.importer.parties import builder

    body = (
        "我局拟对《某某材料项目环境影响报告表》进行审查，现将基本情况予以公示，公示期为5个自然"
        "日。如有意见，请于公示期内将书面意见反馈至某某高新技术产业开发区生态环境分局。"
    )
    assert builder(body)[0] == "某某高新技术产业开发区生态环境分局"


def test_the_company_that_plans_to_build_the_project_is_its_builder():
    from notices.importer.parties import builder

    body = "某某新能源（滁州）有限公司拟在某某市某某区六安西路建设年产高效光伏电池项目（二期）。"
    assert builder(body)[0] == "某某新能源（滁州）有限公司"


def test_we_commissioned_names_the_builder_the_public_may_call():
    from notices.importer.parties import builder

    body = (
        "2021年1月，我公司委托某某工程设计院（有限公司）承担某某矿采矿工程环境影响评价工作。"
        "如需查阅纸质报告书，可联系某某矿业有限责任公司陈某，联系电话：13912345678。"
    )
    assert builder(body)[0] == "某某矿业有限责任公司"
