"""Patterns a seventy-fifth fresh set of real notices (calls for comments, publicity lists,
completion acceptances, inspection windows; issue #11) showed: each a sentence of behaviour on a
text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

from tests.importer.proposals import only as _only


def test_a_period_whose_dates_a_site_joins_with_three_hyphens_ends_on_its_printed_day():
    page = (
        "某某县行政审批局2022年3月14日拟进行审批的建设项目环境影响评价文件公示\n"
        "根据建设项目环境影响评价审批程序的有关规定,我局拟对1个建设项目环境影响评价文件进行审批。"
        "现将拟审批的环境影响评价文件基本情况予以公示,公示期为2022年3月14日---2022年3月18日"
        "(5个工作日)。\n"
        "联系电话:5550142\n"
    )
    window = _only(page).value("window")
    assert window["ends_on"] == "2022-03-18"


def test_a_call_for_suggestions_from_today_to_a_day_without_its_year_ends_in_the_posting_year():
    page = (
        "关于征集某某区“十五五”水生态保护规划意见建议的公告\n"
        "时间: 2025-08-11 09:20 来源: 某某市生态环境局某某分局\n"
        "为提高规划编制的社会参与度,现面向社会各界征集意见建议。\n"
        "一、征集时间\n"
        "即日起至9月15日结束,诚恳欢迎各界人士建言献策。\n"
        "二、参与方式\n"
        "1.来信邮寄:某某市某某区滨河路12号,邮编130999。\n"
        "2.电子邮件:shuishengtai_ghk@163.com\n"
        "三、联系方式\n"
        "联系人:赵某某 联系电话:0431-5550199\n"
    )
    proposal = _only(page)
    assert proposal.value("kind") == "other"
    assert proposal.value("window")["ends_on"] == "2025-09-15"


def test_a_list_put_up_for_the_public_to_watch_over_for_a_period_is_a_window():
    page = (
        "根据县住房和城乡建设局有关文件要求,经农户申请、村级评议、镇级审核,现将拟补助对象名单"
        "公示如下。\n"
        "公示期为2024年5月6日至2024年5月12日。公示期间欢迎广大群众参与监督,对弄虚作假的情况"
        "可以书面或电话方式反映。监督电话:5550873\n"
        "某某镇人民政府\n"
        "2024年5月6日\n"
    )
    proposal = _only(page)
    assert proposal.value("kind") == "other"
    assert proposal.value("window")["ends_on"] == "2024-05-12"


def test_an_account_of_an_acceptance_review_held_puts_nothing_up():
    page = (
        "关于公开征求《某某区扬尘污染防治办法(征求意见稿)》意见的公告\n"
        "现向社会公开征求意见。征求意见时间:2024年9月2日至2024年9月30日。\n"
        "电子邮箱:yangchen_zqyj@163.com\n"
        "某某市生态环境局某某分局\n"
        "2024年9月2日\n"
        "\n"
        "新闻中心 News\n"
        "主页 > 信息公示 >\n"
        "某某县50MW农光互补发电项目竣工环境保护验收\n"
        "时间:2023-06-12\n"
        "        2023年 6月10 日,项目建设单位某某新能源有限公司组织成立专家小组(名单附后),"
        "对某某县50MW农光互补发电项目进行竣工环境保护验收评审。\n"
        "        该项目的环评报告表于2021年4月编制完成,于2021年5月8日由某某市生态环境局以某环审表"
        "〔2021〕12号文《关于某某新能源有限公司某某县50MW农光互补发电项目环境影响报告表的批复》"
        "给予了批复。目前主体工程及配套环保设施运行稳定,具备验收条件,企业于2023年5月委托某某环保科技有限公司对该项目进行竣工环境"
        "保护验收监测及验收报告的编制工作。\n"
        "验收报告/uploads/files/230612_1.docx\n"
    )
    proposal = _only(page)
    assert proposal.value("window")["ends_on"] == "2024-09-30"


def test_a_number_after_the_office_a_unit_and_phone_label_asks_for_is_the_contact_phone():
    page = (
        "现将某某乡2023年耕地地力保护补贴发放名单公示如下,请群众监督。\n"
        "公示期为2023年4月10日至2023年4月16日。公示期间欢迎社会各界参与监督,对虚报冒领情况"
        "予以举报。举报受理单位及电话:乡农业综合服务中心 5550361。\n"
        "某某乡人民政府\n"
        "二〇二三年四月十日\n"
    )
    proposal = _only(page)
    assert proposal.value("contact")["phone"] == "5550361"


def test_of_two_bodies_signing_the_one_the_text_speaks_as_issues_the_notice():
    page = (
        "关于《某某区噪声污染防治行动方案(征求意见稿)》征求公众意见的公告\n"
        "为落实噪声污染防治法有关要求,我办牵头起草了《某某区噪声污染防治行动方案(征求意见稿)》,"
        "现向社会公开征求意见。\n"
        "公开征求意见时间为:2024年7月1日至2024年7月31日。\n"
        "电子邮件反馈:zaosheng_fk@163.com\n"
        "某某区生态环境保护委员会办公室\n"
        "某某市某某区生态环境局\n"
        "2024年7月1日\n"
    )
    assert _only(page).value("issuer") == "某某区生态环境保护委员会办公室"
