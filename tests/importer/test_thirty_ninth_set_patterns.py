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


def _projects(page: str) -> list[dict]:
    return _only(page).to_json()["projects"]


def test_a_table_copied_one_cell_a_line_without_bars_lists_its_projects():
    page = (
        "关于2021年3月作出的建设项目环境影响评价文件审批决定的公告\n"
        "根据建设项目环境影响评价审批程序的有关规定，经审查，我厅于2021年3月对下列建设项目"
        "环境影响评价文件作出审批决定，现予以公告，公告期为7日。\n"
        "序号\n"
        "项目名称\n"
        "审批文号\n"
        "审批时间\n"
        "1\n"
        "青石县城区污水处理厂提标改造工程\n"
        "东环审〔2021〕8号\n"
        "2021年3月2日\n"
        "2\n"
        "白马河梯级电站扩容项目\n"
        "东环审〔2021〕9号\n"
        "2021年3月9日\n"
        "联系电话：028-55501234\n"
        "东川省生态环境厅\n"
        "2021年3月12日\n"
    )
    proposal = _only(page)
    assert [p["project"] for p in proposal.to_json()["projects"]] == [
        "青石县城区污水处理厂提标改造工程",
        "白马河梯级电站扩容项目",
    ]
    start, end = proposal.parts["projects.1"].span
    assert page[start:end] == "白马河梯级电站扩容项目"
    assert proposal.value("issuer") == "东川省生态环境厅"
    assert proposal.value("contact") == {"phone": "028-55501234"}


def test_a_table_of_decisions_names_each_row_by_its_approval_when_no_column_names_the_project():
    page = (
        "关于2024年5月作出的建设项目环境影响评价文件审批决定的公告\n"
        "经审查，我局对下列建设项目环境影响评价文件作出审批决定，现予以公告，公告期为7日。\n"
        "序号 | 批复名称 | 建设单位 | 批复文号 |\n"
        "1 | 关于青石矿业有限公司石料厂项目环境影响报告表的批复 | 青石矿业有限公司 | "
        "青环审〔2024〕31号 |\n"
        "2 | 关于南岭食品有限公司冷库项目环境影响报告表的批复 | 南岭食品有限公司 | "
        "青环审〔2024〕32号 |\n"
        "联系电话：0759-5550123\n"
        "青石县生态环境局\n"
        "2024年5月31日\n"
    )
    assert _projects(page) == [
        {
            "project": "关于青石矿业有限公司石料厂项目环境影响报告表的批复",
            "builder": "青石矿业有限公司",
        },
        {
            "project": "关于南岭食品有限公司冷库项目环境影响报告表的批复",
            "builder": "南岭食品有限公司",
        },
    ]


def test_the_last_row_of_a_table_cut_short_still_names_its_project():
    page = (
        "东川省生态环境厅2023年06月06日拟作出的建设项目环境影响评价文件审批意见的公示\n"
        "根据建设项目环境影响评价审批程序的有关规定，我厅拟对下列建设项目作出审批意见。"
        "公示期为2023年6月6日至2023年6月12日（5个工作日）。\n"
        "联系电话：0931-5550123\n"
        "序号 | 项目名称 | 建设地点 | 建设单位 | 环评机构 | 项目概况 |\n"
        "1 | 新建青石至白马铁路 | 青石县、白马县 | 东川铁路建设指挥部 | 某某设计院 | 新建正线全长\n"
    )
    assert _projects(page) == [{"project": "新建青石至白马铁路", "builder": "东川铁路建设指挥部"}]
