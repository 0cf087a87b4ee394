"""Patterns a two-hundred-and-thirteenth fresh set of real notices showed (issue #11: county
sewage and water-treatment plants, landfills and waste sorting of Shandong, Jiangsu, Zhejiang and
Henan, 2019-2024): each a sentence of behaviour on a text written for the test, modelled on the
pattern, not copied."""

from __future__ import annotations

from tests.importer.proposals import only as _only

#: A 2006-measures first notice flattened to one line, its procedure set out as numbered steps
#: that name the summary report to come.
_FLAT_FIRST_NOTICE = (
    "一、 建设项目概况 1、项目名称:某某度假区污水处理厂工程 2、建设内容:建设规模为2万m3/日的"
    "生活污水处理厂。\n"
    "二、建设单位的名称及联系方式 建设单位名称:某某湖省级旅游度假区管委会 联系电话:0537-0000001 "
    "联系人:某科长 三、承担环境评价的机构及联系方式 环评单位名称:某某大学 联系方式:mou@example.com "
    "联系人:某工 四、环境影响评价的工作程序和主要工作内容 评价机构根据有关法律法规的要求依次"
    "开展工作: 1、对项目的可行性研究报告进行研究,并进行现场踏勘。 2、进行工程分析。 "
    "3、进行环境影响预测与评价。 4、开展公众参与工作,进行公示、公开环境影响评价报告简本,"
    "广泛征询公众意见。 5、将报告书报请有关部门审批。\n"
)


def test_a_first_notice_whose_numbered_procedure_names_the_summary_report_stays_a_first():
    assert _only(_FLAT_FIRST_NOTICE).value("kind") == "eia_first"


def test_a_builders_management_committee_keeps_its_hui_before_a_run_on_phone_label():
    assert _only(_FLAT_FIRST_NOTICE).value("issuer") == "某某湖省级旅游度假区管委会"


def test_a_field_label_that_lost_its_colon_keeps_the_contacts_below_in_the_notice():
    page = (
        "某某学院建设用地内垃圾填埋场封场工程项目环境影响评价第一次公示\n\n"
        "发布时间:2021-05-14\n\n"
        "    为让广大的公众具有知情权,根据《中华人民共和国环境影响评价法》,对某某学院建设用地内"
        "垃圾填埋场封场工程项目的建设情况进行第一次公示。\n\n"
        "一、建设项目概况\n\n"
        "建设单位:某某学院\n\n"
        "项目名称某某学院建设用地内垃圾填埋场封场工程项目\n\n"
        "投资规模2000万元\n\n"
        "建设地点某某学院建设用地内,南至某某路\n\n"
        "二、建设单位情况\n\n"
        "建设单位:某某学院\n\n"
        "联系电话13900000001\n\n"
        "    箱:mou@example.com\n\n"
        "三、承担评价工作的环评机构情况\n\n"
        "评价单位:某某环境服务有限公司\n"
    )
    contact = _only(page).value("contact")
    assert contact["phone"] == "13900000001"
    assert contact["email"] == "mou@example.com"
