"""Patterns a hundred-and-eleventh fresh set of real notices showed (issue #11: materials and
metals EIA notices, ceramics, glass, refractories, non-ferrous smelting and recycling, rare
earths, silicon, ferroalloys, graphite, copied by association boards, bureau sites and spam
mirrors): each a sentence of behaviour on a text written for the test, modelled on the
pattern, not copied."""

from __future__ import annotations

from notices.importer import extract_notices
from tests.importer.proposals import only as _only


def test_an_email_glued_to_its_label_is_read_without_the_label():
    page = (
        "某某新材料科技有限公司年产2万吨高纯石墨项目环境影响评价第一次公示\n"
        "一、建设单位：某某新材料科技有限公司 联系人：赵工 联系电话：13900003333\n"
        "二、评价单位：某某环境科技有限公司 联系人：钱工 联系方式：0451-81234567\n"
        "E-mailgraphite_eia01@example.com\n"
        "三、公众可通过电话、信函、电子邮件等方式提出意见。\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_first"
    assert notice.value("contact")["email"] == "graphite_eia01@example.com"


def test_a_posting_date_under_the_title_with_the_boards_view_counter_dates_the_notice():
    page = (
        "某某铜业有限公司尾矿库扩建工程环境影响评价公众参与第二次公示\n"
        "2031-07-10 / :37\n"
        "目前，环评单位已完成《某某铜业有限公司尾矿库扩建工程环境影响报告书（征求意见稿）》，"
        "现公开下列信息，征求与该建设项目环境影响有关的意见。\n"
        "建设单位：某某铜业有限公司 联系人：孙工 联系电话：13900004444\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_draft_comment"
    assert str(notice.value("published_on")) == "2031-07-10"


def test_an_authoritys_letter_replying_to_one_companys_request_is_no_notice():
    page = (
        "标 题: 某某省生态环境厅办公室关于年产500吨稀土合金项目审批权限的函 | |\n"
        "发文字号：某环办函〔2031〕12号 | 发布日期: 2031年04月09日 |\n"
        "某某稀土材料有限公司：\n"
        "《关于我司年产500吨稀土合金项目审批权限的请示》收悉。经研究，现函复如下：\n"
        "根据来文材料，该项目属稀土冶炼分离项目，其环评文件应报我厅审批。\n"
        "联系人及电话：周工，0771-5123456。\n"
        "某某省生态环境厅办公室\n"
        "2031年4月9日\n"
    )
    assert not extract_notices(page).proposals


def test_a_statements_pages_numbered_to_three_levels_are_no_notice_whatever_their_words():
    # (a spam mirror spins a participation statement's words, "参与" to "介入", "工作日" to
    # "事情日", "截至" to "迄今", so only its report numbering is left to tell it by)
    page = (
        "某某新材料集团有限公司年产5万吨再生铝项目公众介入阐明\n"
        "1.1 公众介入的目的\n"
        "本次公众介入使某某新材料集团有限公司年产5万吨再生铝项目能被评价范围内的公众相识，以便在"
        "环评中反映公众的意见和建议。\n"
        "1.2 公众介入过程\n"
        "凭证《环境影响评价公众介入步伐》（生态环境部令第4号），本项目应在接到委托后7个事情日内、"
        "报告书征求意见稿形成后、报送审批前分别向公众布告信息，并公开报告书征求意见稿和全本。\n"
        "1.2.1 公开环境讯息\n"
        "1.2.1.1 首轮信息布告\n"
        "建设单位应当在确定报告书编制单位后7个事情日内，通过其网站或者项目所在地政府网站，向公众"
        "布告项目信息和环评事情信息。\n"
        "某某新材料集团有限公司委托环评后，于2031年6月9日在公司网站布告了项目概况和联系方法，"
        "迄今尚无回音。\n"
    )
    assert not extract_notices(page).proposals
