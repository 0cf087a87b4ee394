"""Patterns a hundred-and-forty-third fresh set of real notices showed (issue #11: notices
from border and minority regions at prefecture and county level, 兵团 divisions, Tibet,
Qinghai, Yunnan and Sichuan's autonomous prefectures, Yanbian; many in Traditional-character
mirrors): each a sentence of behaviour on a text written for the test, modelled on the
pattern, not copied."""

from __future__ import annotations

from notices.importer import extract_notices
from tests.importer.proposals import only as _only

# The 2006 interim measures' first notice sets out the assessment's steps as a chain of
# arrows under a numbered heading, the heading running straight into the first step; the
# chain names the summary's publicity to come (简本公示) among the steps.
STEPS_UNDER_A_HEADING = (
    "某某县水务局拟建设某某自治州某某县某某水库工程。根据《环境影响评价法》和《环境影响评价"
    "公众参与暂行办法》，在项目论证阶段征询公众对该项目建设及环境保护的意见，现将该项目环境"
    "影响评价相关信息公告如下： （一）建设项目的名称及概况 项目名称：某某县某某水库工程 "
    "项目概况：水库总库容300万m3，以农业灌溉为主。 （二）建设单位名称和联系方式： 单位名称："
    "某某县水务局 联系人：某某\n"
    "联系电话： 13900000000\n"
    "（三）环境影响评价的工作程序和主要工作内容 1、评价工作程序 接受委托→现状调查、监测→"
    "预测评价→提出减缓措施→报告书简本公示→征求公众意见→编制环境影响报告书。 2、主要工作"
    "内容 工程分析；环境现状调查与评价；环境影响预测与评价。 （四）征求公众意见的主要事项 "
    "本项目征\n"
)


def test_a_chain_of_steps_run_on_from_its_numbered_heading_is_no_stage_of_the_notice():
    notice = _only(STEPS_UNDER_A_HEADING)
    assert notice.value("kind") == "eia_first"
    assert notice.value("issuer") == "某某县水务局"


def test_a_sentence_after_the_procedure_and_a_comma_still_names_the_notices_stage():
    page = (
        "某某县某某污水处理厂工程环境影响评价公示\n"
        "按照环境影响评价工作程序，现进行第二次公示，征求公众对本项目环境影响报告书征求意见稿、"
        "环境保护措施、评价结论的意见。\n"
        "建设单位：某某县城市建设投资有限公司 联系电话：0999-1234567\n"
    )
    assert _only(page).value("kind") == "eia_draft_comment"


# A first notice of the 2006 measures cut before its contacts: no title, no signature, a
# heading "情况介绍" and a questionnaire that speaks of "群众"; what it does is ask, in its
# own name ("本次公告主要征求公众…意见").
UNTITLED_CALL_IN_ITS_OWN_NAME = (
    "一、情况介绍 项目名称：某某地区某某医院改扩建项目 建设性质：改扩建 建设地点：某某地区"
    "某某医院原址 建设规模：新建综合楼5000m2。 二、环境影响评价的工作程序和主要工作内容 "
    "工作内容包括：工程分析；环境现状调查；环境影响预测与评价；公众参与；评价结论。 三、征求"
    "公众意见主要事项 本次公告主要征求公众对本项目建设所涉及的环境问题的意见，以便完善报告书"
    "的内容。需要进一步了解项目有关信息的人士，可询问建设单位或评价单位。 四、征求公众意见的"
    "主要内容 ⑴您是否知道某某医院改扩建项目 ⑵该项目的建设对当地群众的健康有何意义？ ⑶该项目"
    "建成后对您的生\n"
)


def test_an_untitled_old_style_call_that_asks_in_its_own_name_is_a_first_notice():
    assert _only(UNTITLED_CALL_IN_ITS_OWN_NAME).value("kind") == "eia_first"


def test_a_report_that_a_notice_sought_views_is_still_no_notice():
    page = (
        "记者近日从某某县生态环境局了解到，某某医院改扩建项目环境影响评价工作已经启动。据介绍，"
        "该公告主要征求公众对项目建设所涉及的环境问题的意见，群众反映的问题将在报告书中说明。"
        "某某县生态环境局表示，将严格审查。\n"
    )
    assert extract_notices(page).proposals == ()
