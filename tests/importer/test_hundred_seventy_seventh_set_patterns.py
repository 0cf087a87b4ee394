"""Patterns a hundred-and-seventy-seventh fresh set of real notices showed (issue #11: county-level
notices of Xinjiang, Gansu and Qinghai, 2020-2026): each a sentence of behaviour on a text
written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

from notices.importer.segment import NEWS
from tests.importer.proposals import only as _only


def test_a_mobile_glued_to_the_number_of_its_label_is_read_without_that_number():
    page = (
        "某某矿区总体规划环境影响跟踪评价信息公示\n"
        "根据《环境影响评价公众参与办法》，某某矿区总体规划环境影响跟踪评价工作应征求公众意见，"
        "兹将有关事宜公示如下：\n"
        "一、规划组织实施单位名称和联系方式\n"
        "单位名称：某某经济技术开发区管理委员会\n"
        "联系人1：王某某\n"
        "联系电话113900001111\n"
        "联系人2：李某某\n"
        "联系电话215800002222\n"
        "二、环境影响评价单位名称和联系方式\n"
        "单位名称：某某环境科技有限公司\n"
        "联系人：赵工\n"
        "联系电话：13700003333\n"
        "三、公众意见表的网络链接\n"
    )
    notice = _only(page)
    assert notice.value("contact")["phone"] == "13900001111"


def test_a_twelve_digit_run_after_an_unnumbered_label_is_not_cut_into_a_mobile():
    page = (
        "某某项目环境影响评价第一次公示\n"
        "根据《环境影响评价公众参与办法》，现对某某项目环境影响评价的有关信息进行公示，"
        "征求公众意见。\n"
        "建设单位：某某有限公司\n"
        "联系人：王某某\n"
        "联系电话113900001111\n"
        "环评单位：某某环境科技有限公司 联系电话：13700003333\n"
    )
    notice = _only(page)
    assert notice.value("contact")["phone"] != "13900001111"


def test_pinyin_a_converter_repeated_after_a_character_is_dropped_so_a_draft_is_seen():
    page = (
        "某(mou)某(mou)環保科(ke)技有(you)限公(gong)司(si)委托某某環(huan)境(jing)工程有限公司編制"
        "《某某項目(mu)環(huan)境(jing)影響評價(jia)報告書》。根據(ju)《環(huan)境(jing)影響"
        "評價(jia)公(gong)眾參與(yu)辦法(fa)》的要(yao)求,現開展環(huan)境(jing)影響評價(jia)"
        "報告書(征求意(yi)(yi)(yi)見稿(gao))公(gong)示(shi)。\n"
        "一、建設項目的(de)名稱(cheng)及概要\n"
        "(1)項目(mu)名稱:某某綜合利用項目(mu)\n"
        "(2)建設單位:某某環保(bao)科技有限公(gong)司\n"
        "(3)建(jian)設(she)規模:總投資3000萬元(yuan)(yuan),其中(zhong)(zhong)環保投資300萬元(yuan)(yuan)。\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_draft_comment"


def test_a_bureau_report_closed_by_a_contributors_credit_is_news_not_a_second_notice():
    page = (
        "某某水库工程环境影响评价第一次公示\n"
        "我单位委托某某环境科技有限公司承担某某水库工程的环境影响评价工作，现对该项目进行公众参与"
        "第一次公示，征求广大公众的意见和建议。\n"
        "建设单位：某某县水管站\n"
        "联系人：王某某 联系电话：13900001111\n"
        "\n"
        "某某市环境保护局加大建设项目环境影响评价信息公开力度\n"
        "05.06.2015  09:30\n"
        "为进一步保障人民群众对环境保护的知情权、参与权和监督权，市环保局依据《建设项目环境影响"
        "评价政府信息公开指南（试行）》有关规定，对建设项目环境影响评价文件的受理、拟作出的建设"
        "项目环境影响评价文件批复、作出的建设项目环境影响评价文件审批情况等方面的信息公开内容进行"
        "了规范。\n"
        "项目环评信息公开重点从主动公开的范围、方式、期限、内容等方面进行了充实完善，近期已对12个"
        "建设项目环境影响评价审批进行了全面公开，使社会公众能够直接从门户网站上查看到审批全过程"
        "信息。（某某市环保局 供稿）\n"
    )
    assert _only(page).value("kind") == "eia_first"
    assert any(m.group("w3") for m in NEWS.finditer("信息。（某某市环保局供稿）"))
