"""Patterns a thirty-ninth fresh set of real notices showed (issue #11: environmental
authorities' notices from the south and west): each a sentence of behaviour on a text written
for the test, modelled on the pattern, not copied."""

from __future__ import annotations

from notices.importer import extract_notices
from tests.importer.proposals import only as _only


def test_a_penalty_cases_advance_notice_to_one_party_is_no_public_notice():
    letter = (
        "东环罚告〔2022〕14号\n"
        "青河市生态环境局\n"
        "行政处罚事先（听证）告知书\n"
        "某某五金制品有限公司：\n"
        "2022年5月10日，我局执法人员对你公司进行现场检查，发现你公司未重新报批建设项目环境影响"
        "评价文件，擅自扩建喷涂生产线一条。\n"
        "根据《中华人民共和国行政处罚法》的规定，你公司可在收到本告知书之日起五个工作日内向我局"
        "提出陈述、申辩，或者要求听证。逾期视为放弃。\n"
        "联系电话：0516-55502345\n"
        "青河市生态环境局\n"
        "2022年6月1日\n"
    )
    notice = (
        "根据建设项目环境影响评价审批程序的有关规定，经审议，我局拟批准《某某塑料制品有限公司扩建"
        "项目环境影响报告表》，现予公示5个工作日（2022年6月2日至2022年6月9日）。\n"
        "联系电话：0516-55501234\n"
        "听证告知：依据《中华人民共和国行政许可法》，自公示之日起五个工作日内申请人、利害关系人"
        "可对拟作出的建设项目环境影响评价文件批复决定提出听证申请。\n"
    )
    assert not extract_notices(letter).proposals
    assert _only(f"{letter}\n{notice}").value("kind") == "eia_pre_approval"


def test_a_penalty_decision_served_by_public_notice_is_still_read():
    page = (
        "青河市生态环境局关于公告送达行政处罚决定书的公告\n"
        "某某化工有限公司：因无法直接送达，现依法向你公司公告送达《行政处罚决定书》（东环罚〔2022〕"
        "9号）。自本公告发布之日起经过30日，即视为送达。\n"
        "联系电话：0516-55503456\n"
        "青河市生态环境局\n"
        "2022年7月1日\n"
    )
    assert len(extract_notices(page).proposals) == 1
