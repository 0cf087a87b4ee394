"""Patterns a hundred-and-thirty-second fresh set of real notices showed (issue #11: county and
district ecology-environment bureaus' batch notices from the provinces the corpus held least,
Qinghai, Gansu, Ningxia, Heilongjiang, Jilin, Inner Mongolia): each a sentence of behaviour on a
text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

from notices.importer.tables import table_rows
from tests.importer.proposals import only as _only

#: The pre-approval form of the disclosure guide, printed without a number column, a cell a
#: line with its "|", and the overview and measures cells written as sentences.
_UNNUMBERED_FORM = (
    "项目名称 |\n"
    "建设地点 |\n"
    "建设单位 |\n"
    "环境影响评价机构 |\n"
    "项目概况 |\n"
    "主要环境影响及预防或者减轻不良环境影响的对策和措施 |\n"
    "公众参与情况 |\n"
    "某某县某某河道治理工程 |\n"
    "某某县某某镇 |\n"
    "某某县水利服务中心 |\n"
    "某某环保科技有限公司 |\n"
    "本项目为新建项目，治理河道3.2公里，主要建设内容包括：护岸、清淤。 |\n"
    "（一）落实施工期扬尘防治措施。（二）施工废水沉淀后回用，不外排。 |\n"
    "建设单位在某某县人民政府网站进行了公示，未收到反对意见。 |\n"
)


def test_a_pre_approval_forms_measures_and_participation_columns_are_header_cells():
    rows = table_rows(_UNNUMBERED_FORM)
    assert [(r.project, r.builder) for r in rows] == [
        ("某某县某某河道治理工程", "某某县水利服务中心")
    ]


def test_a_row_goes_on_over_sentences_in_its_overview_and_measures_cells():
    page = (
        "根据建设项目环境影响评价审批程序的有关规定，我局拟对以下建设项目环境影响评价文件作出"
        "审批意见。现将拟作出审批意见的环境影响评价文件基本情况予以公示，公示期为2025年5月6日"
        "-2025年5月12日（5个工作日）。\n"
        "听证权利告知：依据《中华人民共和国行政许可法》，自公示起五日内申请人、利害关系人可对以下"
        "拟作出的建设项目环境影响评价文件审批意见要求听证。\n"
        "联系电话：0470-1234567\n" + _UNNUMBERED_FORM
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_pre_approval"
    assert notice.value("subject") == "某某县某某河道治理工程"
    assert str(notice.value("window")["ends_on"]) == "2025-05-12"


def test_a_form_whose_only_row_was_cut_gives_no_header_cell_for_a_project():
    page = (
        "根据建设项目环境影响评价审批程序的有关规定，我局拟对某某县高标准农田建设项目环境影响"
        "报告书进行审查。为保证审查工作的严肃性和公正性，现将拟审查的环境影响评价文件基本情况"
        "予以公示，公示期为5天。\n"
        "联系电话：0438-1234567\n"
        "项目名称 |\n"
        "建设地点 |\n"
        "建设单位 |\n"
        "环境影响评价机构 |\n"
        "项目概况 |\n"
        "主要环境影响及预防或者减轻不良影响的对策和措施 |\n"
        "某某县高标准农田建设项目 |\n"
        "某某省某某县 |\n"
        "某某县农业服务中心 |\n"
        "某某环境科技有限公司 |\n"
        "该项目位于某某县，共涉及5个乡镇，其中：某某乡3个行政村 |\n"
    )
    notice = _only(page)
    assert notice.value("subject") != "主要环境影响及预防或者减轻不良影响的对策和措施"
    assert not notice.value("projects")


def test_a_mirrors_traditional_measures_and_undertaking_columns_are_header_cells_too():
    page = (
        "根據建設項目環境影響評價審批程序的有關規定，經審議，我廳擬對某某雷達站建設項目環境影響"
        "評價文件作出審批意見。現將建設項目環境影響評價文件的基本情況予以公示。\n"
        "公示期為2026年3月2日-2026年3月6日（5個工作日）。\n"
        "電話：0451-1234567\n"
        "項目名稱 |\n建設地點 |\n建設單位 |\n環境影響評價機構 |\n項目概況 |\n"
        "主要環境影響及預防或者減輕不良環境影響的對策和措施 |\n保護措施承諾文件 |\n"
        "擬批復意見 |\n"
        "某某雷達站建設項目 |\n某某市 |\n某某水文中心 |\n某某有限公司 |\n"
        "本項目新建1座雷達塔。 |\n嚴格落實電磁防護措施。 |\n/ |\n同意 |\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_pre_approval"
    assert [row["builder"] for row in notice.value("projects")] == ["某某水文中心"]


def test_a_county_sites_starred_honours_over_the_title_are_no_part_of_it():
    page = (
        "★全国文明县城  ★国家卫生城市  ★国家园林县城  ★全国百强县\n"
        "关于2025年3月4日对建设项目环境影响评价文件拟进行审查审批的公示\n"
        "发布时间:2025-03-04\n"
        "根据建设项目环境影响评价文件审批程序有关规定，我局拟对以下建设项目环境影响评价文件进行"
        "审查审批。现将拟审查审批的建设项目环境影响评价文件基本情况予以公示。公示期为2025年3月5日"
        "至2025年3月11日。\n"
        "听证告知：依据《中华人民共和国行政许可法》，自公示起五个工作日内申请人、利害关系人可"
        "要求听证。\n"
        "联系电话：0951-1234567\n"
    )
    notice = _only(page)
    assert notice.value("title") == "关于2025年3月4日对建设项目环境影响评价文件拟进行审查审批的公示"
    assert notice.value("published_on").isoformat() == "2025-03-04"
