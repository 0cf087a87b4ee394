"""Patterns a sixty-fifth fresh set of real notices (inspection reporting windows, completion-
acceptance publicity, a bankruptcy manager's claims guide and public calls for comments,
2012-2025) showed (issue #11): each a sentence of behaviour on a text written for the test,
modelled on the pattern, not copied."""

from __future__ import annotations

from notices.importer import extract_notices
from tests.importer.proposals import only as _only


def test_a_deadline_to_hand_the_comment_form_in_by_is_the_window():
    page = (
        "关于征求《某某县林地保护利用规划(2026-2030年)》(征求意见稿)意见的公告\n"
        "我局组织编制了《某某县林地保护利用规划(2026-2030年)》(征求意见稿),现向社会各界征求意见,"
        "请于7月18日前将征求意见表送至我局规划股。联系电话:0771-5550192。\n"
        "某某县林业局\n"
        "2026年7月3日\n"
    )
    proposal = _only(page)
    assert proposal.value("kind") == "other"
    assert proposal.value("window")["ends_on"] == "2026-07-18"


def test_a_deadline_whose_act_follows_the_ways_to_answer_is_the_window():
    page = (
        "为做好对市住房和城乡建设局工作的评议,市人大常委会特向社会公告,征求广大市民的意见。\n"
        "有关意见和建议,请于11月20日前,通过电话(5551230、5551231)、市人大网站(www.example-rd.gov.cn)"
        "或来信等方式向市人大常委会评议工作组反映。\n"
        "特此公告\n"
        "某某市人民代表大会常务委员会\n"
        "2019年10月28日\n"
    )
    proposal = _only(page)
    assert proposal.value("issuer") == "某某市人民代表大会常务委员会"
    assert proposal.value("window")["ends_on"] == "2019-11-20"


def test_a_bankruptcy_managers_guide_to_the_claims_papers_is_a_notice():
    page = (
        "某某食品有限公司破产清算案债权申报须知\n"
        "公开时间:2026-03-02 公开人:某某食品有限公司管理人\n"
        "为保证某某食品有限公司(以下称“债务人”)破产清算案债权申报工作有序进行,管理人根据有关"
        "法律规定,就债权申报事宜告知如下:\n"
        "一、申报期限\n"
        "债权人应当在2026年4月10日前向管理人申报债权。\n"
        "二、申报方式\n"
        "1.请将债权申报材料邮寄至管理人,需注意申报材料以管理人收到的纸质材料为准。\n"
        "2.申报材料的扫描件同时发送至管理人邮箱glr2026@example.com。\n"
        "3.管理人联系人:郑律师,电话13800005555。\n"
        "三、申报的主体\n"
        "对债务人享有债权的自然人、法人或其他组织,均可申报债权。\n"
    )
    proposal = _only(page)
    assert proposal.value("kind") == "other"
    assert proposal.value("window")["ends_on"] == "2026-04-10"
    assert proposal.value("contact")["email"] == "glr2026@example.com"


def test_a_short_signed_call_for_comments_set_off_by_blank_lines_is_a_notice():
    report = (
        "某某市生态环境局召开全市水污染防治工作推进会,通报了今年以来各县区重点流域水质监测情况,"
        "部署了下一阶段重点任务,要求各地对照问题清单逐项整改,确保按期完成年度目标任务。\n"
        "会议指出,要压实属地责任,加强入河排污口排查整治,持续推进城镇污水管网建设和改造。\n"
    )
    call = (
        "按照上级统一部署,某某镇人民政府组织编制了《某某镇村庄布局规划(2025-2035年)》,"
        "现将规划草案予以公示,听取社会各界意见。公示时间为2025年9月1日至2025年9月30日。\n"
        "有关单位和个人可以通过信函提出意见建议,邮寄至某某镇人民政府(邮编321000);也可来电:"
        "0578-5550316。\n"
        "某某镇人民政府\n"
        "2025年9月1日\n"
        "关于《某某镇村庄布局规划(2025-2035年)》草案的公示\n"
    )
    proposals = extract_notices(f"{report}\n{call}").proposals
    assert [p.value("issuer") for p in proposals] == ["某某镇人民政府"]
    assert proposals[0].value("window")["ends_on"] == "2025-09-30"
