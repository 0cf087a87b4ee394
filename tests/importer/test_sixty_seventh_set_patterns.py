"""Patterns a sixty-seventh fresh set of real notices (newspaper e-paper pages with notices
among news, 2018-2026) showed (issue #11): each a sentence of behaviour on a text written for
the test, modelled on the pattern, not copied."""

from __future__ import annotations

from notices.importer import extract_notices
from tests.importer.proposals import only as _only


def test_an_inspection_news_item_that_prints_no_number_to_call_is_not_a_notice():
    page = (
        "某某省启动第三批省级生态环境保护督察\n"
        "\n"
        "本报讯(记者 周某)记者5日获悉,某某省第三批省级生态环境保护督察已全面启动,督察组分别"
        "进驻东山市、西河市开展督察。\n"
        "\n"
        "督察组进驻时间为2022年5月6日至5月26日。进驻期间设立专门值班电话和专门邮政信箱,"
        "受理生态环境保护方面的来电来信举报。(完)\n"
    )
    assert not extract_notices(page).proposals


def test_the_same_news_item_with_the_groups_phone_is_still_the_groups_window():
    page = (
        "某某省启动第三批省级生态环境保护督察\n"
        "\n"
        "本报讯(记者 周某)记者5日获悉,某某省第三生态环境保护督察组已进驻东山市开展督察。\n"
        "\n"
        "督察组进驻时间为2022年5月6日至5月26日。进驻期间设立专门值班电话:0771-5550188,"
        "专门邮政信箱:东山市B021号邮政信箱,受理生态环境保护方面的来电来信举报。\n"
    )
    proposal = _only(page)
    assert proposal.value("kind") == "inspection_reporting"
    assert proposal.value("window")["ends_on"] == "2022-05-26"


def test_an_article_on_the_rules_of_a_capital_reduction_notice_beside_a_notice_is_not_one():
    page = (
        "某某县某某镇污水处理站环境影响报告表拟审批公示\n"
        "根据建设项目环境影响评价审批程序的有关规定,我局拟批准该项目环境影响报告表,现予公示,"
        "公示期为2023年4月10日至2023年4月14日(5个工作日)。\n"
        "联系电话:0371-5550177\n"
        "\n"
        "一、公司减资登报公告的规定\n"
        "(1)减资后的公司注册资本及其数额。\n"
        "(2)减资后对债权人利益的安排。\n"
        "公司减少注册资本,应当自作出减少注册资本决议之日起十日内通知债权人,并于三十日内在"
        "报纸上公告。债权人自接到通知之日起三十日内,未接到通知的自公告之日起四十五日内,有权"
        "要求公司清偿债务或者提供相应的担保。\n"
    )
    proposal = _only(page)
    assert proposal.value("kind") == "eia_pre_approval"


def test_a_capital_reduction_notice_that_cites_the_law_is_still_a_notice():
    page = (
        "某某新材料有限公司减资公告\n"
        "本公司经股东会决议,注册资本由人民币800万元减少至人民币200万元。根据《中华人民共和国"
        "公司法》的规定,请债权人自本公告见报之日起四十五日内向本公司要求清偿债务或者提供相应"
        "的担保。\n"
        "联系人:吴先生 电话:13355501234\n"
        "某某新材料有限公司\n"
        "2024年6月3日\n"
    )
    proposal = _only(page)
    assert proposal.value("kind") == "capital_reduction"


def test_a_run_together_posting_date_opening_an_item_whose_title_was_set_after_the_body():
    page = (
        "青禾资讯\n"
        "企业动态\n"
        "20230918\n"
        "青禾牧业有限公司年出栏5万头生猪养殖项目环境影响报告书(征求意见稿)已编制完成,根据"
        "《环境影响评价公众参与办法》有关规定,现征求公众意见。\n"
        "一、征求意见稿全文见链接:https://pan.baidu.com/s/1AbCdEfGhIjKlMnOpQrStU\n"
        "二、建设单位:青禾牧业有限公司 联系人:钱工 联系电话:15955501234\n"
        "三、公众提出意见的起止时间:自公示之日起10个工作日。\n"
        "青禾牧业有限公司年出栏5万头生猪养殖项目\n"
        "环境影响评价第二次公示\n"
    )
    proposal = _only(page)
    assert str(proposal.value("published_on")) == "2023-09-18"


def test_the_company_that_answers_for_a_report_before_submission_is_its_builder():
    page = (
        "一、公示内容\n"
        "依据《环境影响评价公众参与办法》有关规定,现于2025年11月3日对该项目环境影响报告书全文"
        "及公众参与说明进行报批前公示。\n"
        "我单位在报告编制期间已依法开展公众参与,未收到公众意见。公众参与说明内容客观真实,如存在"
        "弄虚作假等情况,由青禾能源开发有限公司承担全部责任。\n"
        "二、查阅方式\n"
        "报告书全文见链接:https://pan.baidu.com/s/1QwErTyUiOpAsDfGhJkLzX 提取码:qh25\n"
        "联系人:孙工\n"
        "联系电话:18955501234\n"
    )
    proposal = _only(page)
    assert proposal.value("kind") == "eia_pre_submission"
    assert proposal.value("issuer") == "青禾能源开发有限公司"
