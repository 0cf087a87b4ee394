"""Patterns a two-hundred-and-eighty-sixth fresh set of real notices showed (issue #11:
agrochemicals and colourants: pesticide and compound-fertilizer plants, dyes, pigments and
inks, any stage of EIA publicity and the authorities' approval-stage notices): each a sentence
of behaviour on a text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

from notices.importer import extract_notices
from tests.importer.proposals import only as _only


def test_a_2006_measures_notice_citing_document_numbers_with_bracketed_serials_is_a_notice():
    # "环发2006[28]号" and a province's "某环函2007[99]号" are the numbers of the rules it is put
    # up under, not the numbered source marks of a generated summary ("[1]", "[2]")
    page = (
        "为推进和规范环境影响评价活动中的公众参与，根据《中华人民共和国环境影响评价法》、"
        "《环境影响评价公众参与暂行办法》(环发2006[28]号)及《某某省建设项目环保管理公众参与"
        "实施意见》(某环函2007[99]号)等规定，特发布本公示，征求公众意见。\n"
        "一、建设项目名称及概况\n"
        "（一）项目名称：某某市某某颜料有限公司年产8000吨氧化铁颜料新建项目\n"
        "（二）项目概况：项目拟选址某某县某某工业园，占地面积12000平方米，总投资2600万元，"
        "年产氧化铁颜料8000吨。\n"
        "二、项目建设单位名称和联系方式\n"
        "建设单位：某某市某某颜料有限公司\n"
        "联系人：某先生\n"
        "联系电话：13900001234\n"
        "三、承担评价工作的环境影响评价机构的名称和联系方式\n"
        "评价单位：某某环境科学研究院\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_first"
    assert notice.value("contact")["phone"] == "13900001234"


def test_a_pre_approval_table_whose_measures_quote_treatment_processes_is_a_notice():
    # an aggregator keeps only the caption and the table of a bureau's "拟批准" notice; the
    # measures column names its treatment steps in quotation marks ("经“碱喷淋”预处理",
    # "“冷凝+活性炭吸附”"), which are names of processes, not words someone said
    page = (
        "1、拟批准的建设项目环境影响评价文件\n"
        "序号 | 项目名称 | 建设地点 | 建设单位 | 建设项目概况 | 公众参与情况 | 相关环保措施承诺 | "
        "主要环境影响及预防或者减轻不良环境影响的对策和措施 |\n"
        "1 | 年产5000吨某某染料中间体项目 | ****街道 | ****有限公司 | 项目利用现有车间，新建"
        "年产5000吨某某染料中间体生产线。 | 项目环评申报时提交了环评公众参与情况说明书面材料。"
        " | 建设单位承诺按环评要求落实各项污染防治措施 | 一、废气：酸性废气经“碱液喷淋”预处理，"
        "含溶剂废气经“冷凝+树脂吸附+活性炭吸附”预处理后，接入“水喷淋+干式过滤+活性炭吸附”"
        "装置处理达标后排放；投料粉尘经“脉冲布袋除尘”处理后排放；污水站废气经“次氯酸钠喷淋+"
        "碱液喷淋”后排放。二、废水：经厂区污水站预处理后纳管。 |\n"
    )
    assert _only(page).value("kind") == "eia_pre_approval"


def test_a_news_lead_dated_with_its_year_that_a_bureau_published_a_notice_is_no_notice():
    # a trade site recounts that a bureau put up its pre-approval notice and lists the project,
    # with no window and no number of its own: the report of a notice, not the notice
    page = (
        "2025年5月12日某某县生态环境局发布拟对建设项目环评文件作出审批意见的公告。\n"
        "根据建设项目环境影响报告表，年产5000吨某某色浆项目已建成，但未办理环评审批手续。\n"
        "项目名称：年产5000吨某某色浆\n"
        "建设地点：某某工业园3号\n"
        "建设性质：扩建\n"
        "建设单位：某某新材料有限公司\n"
        "建设项目概况：项目投资300万元，环保投资30万元，在现有厂房内建设。\n"
    )
    assert extract_notices(page).proposals == ()
