"""Patterns from the 285th held-out set: electrical goods manufacturing (home appliances and
their parts, wire and cable, magnet wire, motors and generators, lighting, transformer tanks).

The texts below are invented (某某 names, made-up numbers), modelled on how builders and
bureaus print these notices.
"""

from notices.importer import extract_notices
from notices.importer.kinds import classify
from notices.importer.segment import para_score

_FULL_TABLE_TO_THE_PUBLIC = (
    "某某电器有限公司委托某某环保工程有限公司对“某某电器有限公司某某智能家电生产基地扩建项目”"
    "进行环境影响评价工作，根据《建设项目环境影响评价信息公开机制方案》等规定，现将该项目环境"
    "影响报告表全本向公众公开，以了解社会公众对本项目建设的态度及项目环境保护方面的意见和建议。\n"
    "一、项目简介\n"
    "项目名称：某某电器有限公司某某智能家电生产基地扩建项目\n"
    "建设单位：某某电器有限公司\n"
    "建设规模：年产家用电器塑料零件30万套。\n"
)

_FINISHED_TABLE_INFORMATION = (
    "我单位拟建设的某某电缆扩产技改项目，目前已完成了《某某电缆有限公司某某电缆扩产技改项目"
    "环境影响报告表》的编制工作，现我单位根据相关规定，向公众公开其有关环境保护信息，具体如下：\n"
    "一、建设项目概况\n"
    "项目名称：某某电缆扩产技改项目；\n"
    "建设单位：某某电缆有限公司；\n"
    "生产规模：年产中压交联电力电缆300公里，新上生产线2条；\n"
    "二、报告表查阅方式\n"
    "本次公示对项目建设可能产生的环境影响、需采取的环保措施以及最终评价结论作了简要介绍，"
    "欢迎社会公众来电查询。\n"
    "三、征求公众意见的范围和主要事项\n"
    "征询对象主要为项目周边区域的单位和个人，请对本项目环境保护工作发表意见和建议。\n"
)

_PRE_APPROVAL_TABLE_WITH_QUOTED_MEASURES = (
    "序号 | 项目名称 | 建设地点 | 建设单位 | 建设项目概况 | 公众参与情况 | 相关环保措施承诺 | "
    "主要环境影响及预防或者减轻不良环境影响的对策和措施 |\n"
    "1 | 某某有限公司年产50万套电机组件项目 | 某某街道某某地块 | 某某有限公司 | 拟投资3000万元"
    "新建厂房，新增嵌线机、浸漆机等设备，形成年产50万套电机组件的生产规模。 | 本项目未开展公众"
    "调查。 | 建设单位承诺按照环评要求落实各项污染防治措施。 | 废水：清洗废水经“隔油调节+混凝"
    "沉淀”处理后纳管排放。 废气：压铸废气经“油雾净化+布袋除尘”装置处理后高空排放；浸漆废气经"
    "“二级活性炭吸附”装置处理后由15m高排气筒排放；固化废气经“二级活性炭吸附”装置处理后排放。\n"
)


def test_a_report_table_put_up_in_full_to_the_public_is_a_pre_submission_notice():
    assert classify(None, _FULL_TABLE_TO_THE_PUBLIC)[0] == "eia_pre_submission"


def test_a_finished_report_table_whose_information_is_given_to_the_public_is_pre_submission():
    assert classify(None, _FINISHED_TABLE_INFORMATION)[0] == "eia_pre_submission"


def test_a_finished_report_table_disclosure_with_no_contact_left_is_still_proposed():
    proposals = extract_notices(_FINISHED_TABLE_INFORMATION).proposals
    assert [p.value("kind") for p in proposals] == ["eia_pre_submission"]


def test_treatment_processes_in_quotation_marks_are_not_words_of_news():
    assert para_score(_PRE_APPROVAL_TABLE_WITH_QUOTED_MEASURES)[1] == 0


def test_a_pre_approval_table_quoting_its_treatment_processes_is_proposed():
    proposals = extract_notices(_PRE_APPROVAL_TABLE_WITH_QUOTED_MEASURES).proposals
    assert [p.value("kind") for p in proposals] == ["eia_pre_approval"]
