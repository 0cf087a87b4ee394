"""Patterns a two-hundred-and-eighty-first fresh set of real notices showed (issue #11:
exploration and wells: oil and gas wells and drilling platforms, coal-bed methane, geothermal
and groundwater wells, packaged-water intakes, any stage): each a sentence of behaviour on a
text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

from tests.importer.proposals import only as _only

#: The ministry's form for the sea works it is about to review, a cell a line: the measures
#: column, then the number to ring for each project where a bureau's form asks how the public
#: took part.
MINISTRY_FORM_HEAD = (
    "序号 |\n"
    "项目 名称 |\n"
    "建设地点 |\n"
    "建设 单位 |\n"
    "环境影响评价机构 |\n"
    "项目概况 |\n"
    "主要环境影响及预防或者减轻不良环境影响的对策和措施 |\n"
    "联系电话 |\n"
)
MINISTRY_FORM_ROW = (
    "1 |\n"
    "某某9-1油田开发项目 |\n"
    "某海 |\n"
    "某某海洋石油有限公司 |\n"
    "某某工程研究院有限公司 |\n"
    "项目拟新建1座无人井口平台，布设10个井槽，先期钻5口生产井；新铺设海底混输管道和海底"
    "电缆各1条，长度均为4.2公里。 |\n"
    "主要环境影响及对策：（1）海水水质：施工期钻井液、钻屑排放产生的悬浮泥沙；平台生活污水"
    "经处理达标后排海，生活垃圾运回陆地处理。（2）海洋生态：合理安排施工时间，控制钻屑排放"
    "速率。 |\n"
)


def test_the_ministrys_review_table_cut_to_its_head_and_a_row_is_a_pre_approval_notice():
    # a mirror keeps only the table of the ministry's "拟进行审查公示": its heading, period
    # and hearing notice lost, the head with the measures and the phone columns tells the stage
    notice = _only(MINISTRY_FORM_HEAD + MINISTRY_FORM_ROW)
    assert notice.value("kind") == "eia_pre_approval"


def test_the_ministrys_review_table_in_one_line_a_row_in_traditional_script_is_read_the_same():
    # the same form as a converter prints it, a row a line, in Traditional characters
    page = (
        "序號 | 項目名稱 | 建設地點 | 建設單位 | 環境影響評價機構 | 項目概況 | "
        "主要環境影響及預防或者減輕不良環境影響的對策和措施 | 聯繫電話 |\n"
        "1 | 某某12-2區開發項目 | 某海 | 某某海洋石油有限公司 | 某某工程研究院有限公司 | "
        "項目擬新建1座井口平臺，先期鉆4口生產井。 | 主要環境影響及對策：施工期鉆井液和鉆屑排放"
        "產生的懸浮泥沙，平臺生活污水經處理達標後排海。 | |\n"
    )
    assert _only(page).value("kind") == "eia_pre_approval"
