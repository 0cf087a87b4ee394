"""Patterns a twelfth fresh set of real notices showed (issue #11, set 11m: EIA notices from
central and northeastern provinces): each a sentence of behaviour on a text written for the
test, modelled on the pattern, not copied."""

from __future__ import annotations

import datetime as dt

import pytest

from notices.importer import extract_notices
from notices.importer.kinds import policy_consultation
from notices.importer.segment import not_a_notice

#: A coal mine's draft-comment notice as a county news site reposts it: no title line, the
#: survey's questions in the explainer's words ("主要包括", "有哪些…看法"), its own period.
_UNTITLED_DRAFT = """一、项目概况
项目名称：某某煤业有限公司90万吨/年改扩建工程
建设地点：某某县城东约12km处
二、征求公众意见的范围和主要事项
本次评价征求公众意见的范围主要包括：受影响的单位和个人、相关部门及有关专家。
调查内容主要为：对拟建项目的建设有哪些要求与看法，对建设地点选择的意见等。
三、联系方式
建设单位：某某煤业有限公司
联 系 人：王矿长 联系电话：13900001111
环境影响评价单位：某某环保科技有限公司
联 系 人：赵工 联系电话：13800002222
四、公众提出意见的起止时间
公众可在本公告公布之日起10个工作日内，向建设单位或环境影响评价单位反映意见。
五、环境影响报告书征求意见稿及公众意见表见附件。
"""


def test_a_notice_setting_its_own_period_with_a_number_to_call_is_no_explainer():
    proposals = extract_notices(_UNTITLED_DRAFT).proposals
    assert [p.value("kind") for p in proposals] == ["eia_draft_comment"]
    assert proposals[0].value("contact")["phone"] == "13900001111"


def test_explainer_words_without_a_notices_own_period_still_mark_an_explainer():
    assert not_a_notice(
        "环评公示主要包括哪些内容？公示有哪些要求？一般为10个工作日，公示期满后报批。"
    )


_FIRST_NOTICE = """某某县畜牧服务中心300头肉牛养殖项目
环境影响评价公众参与第一次公示
一、项目概况
本项目拟建牛舍4栋，存栏肉牛300头。
二、公示时间及联系方式
公示时间自2024年5月6日至2024年5月17日止。
建设单位：某某县畜牧服务中心
联系人：张某 联系电话：13700003333
公示单位：某某县畜牧服务中心
"""
#: A news report on a notice (a web copy: ASCII colon after 说), printed in blocks like it.
_REPORT = (
    "某某经济开发区管委会今年6月在县政府网站上传了园区扩建规划的环境影响报告书全文，进行公示，"
    "就在公示期内，公众提出了质疑和意见。\n"
    "在6月10日公示的报告书中写着“6月20日召开座谈会，参会代表共50人”，明明是6月10日公示的"
    "环境影响报告书，却把十天后的座谈会写了进去。\n"
    "某某环保科技有限公司业务经理李某说:“这只是一个征求公众意见的环节，编制人员先把框架写进了"
    "模版，没有认真审核就发出去了。”环评单位已被约谈。\n"
)


def test_a_report_about_a_notice_with_quotations_and_no_act_of_a_notice_is_not_proposed():
    proposals = extract_notices(_FIRST_NOTICE + "\n" + _REPORT).proposals
    assert [p.value("kind") for p in proposals] == ["eia_first"]


def test_a_call_for_comments_on_a_draft_catalogue_is_a_window_of_no_eia_stage():
    # a public body's call for comments with a window is open to the public like a people's
    # congress's (issue #11: such solicitations are "other" notices), but no EIA stage
    page = (
        "关于公开征求《某某市生态环境局审批环境影响评价文件的建设项目目录（2025年版）"
        "（征求意见稿）》意见的公告\n"
        "发布日期：2025-03-02\n"
        "为深化环境影响评价改革，我局制定了《某某市生态环境局审批环境影响评价文件的建设项目"
        "目录（2025年版）》（征求意见稿），现向社会公开征求意见。有关意见可通过电子邮件、"
        "信件等方式反馈。此次公开征求意见的时间为2025年3月2日至3月9日。\n"
        "联系电话：021-60000000\n"
        "某某市生态环境局\n"
        "2025年3月2日\n"
    )
    (notice,) = extract_notices(page).proposals
    assert notice.value("kind") == "other"
    assert notice.value("window")["ends_on"] == "2025-03-09"


def test_a_call_for_comments_on_a_plan_eia_report_is_still_an_eia_notice():
    assert not policy_consultation(
        "关于征求《某某新区总体规划环境影响报告书（征求意见稿）》意见的公告\n"
        "现将报告书征求意见稿全文公开，公众可自本公告发布之日起10个工作日内提出意见。"
    )


def test_a_builder_name_run_into_a_postcode_label_is_the_issuer():
    page = (
        "某某牧业有限公司千头奶牛养殖项目环境影响评价第一次公示\n"
        "发布时间：2024-03-05\n"
        "某某牧业有限公司千头奶牛养殖项目环境影响评价工作已开始，现公告如下：\n"
        "1、建设单位的名称及联系方式\n"
        "建设单位：某某牧业有限公司邮政编码：456000\n"
        "联系人：周某电子邮箱：zhoumu@example.com\n"
        "联系电话：0372-5550000通讯地址：某某县某某镇\n"
        "2、环境影响评价单位：某某环保科技有限公司邮政编码：459000\n"
    )
    notice = extract_notices(page).proposals[0]
    assert notice.value("issuer") == "某某牧业有限公司"
    assert notice.value("contact")["name"] == "周某"


def test_shanghais_plan_label_names_the_issuer_not_the_consultants_unit_name():
    page = (
        "某某新城部分单元规划环境影响评价报审前公示\n"
        "一、说明\n"
        "根据《规划环境影响评价条例》等法律法规规定，向公众发布规划环境影响评价报审前信息。\n"
        "二、报审前公示的主要内容\n"
        "1. 规划名称：《某某新城部分单元规划》\n"
        "2. 专项规划编制机关、产业园区管理机构名称：某某工业园区发展（集团）有限公司；\n"
        "3. 规划环评文件编制单位名称：某某环境科学研究院；\n"
        "4. 公众提出意见的起止时间：2025年4月7日至2025年4月18日止\n"
        "联系电话：021-60000001\n"
    )
    notice = extract_notices(page).proposals[0]
    assert notice.value("issuer") == "某某工业园区发展（集团）有限公司"


def test_a_plans_report_put_up_before_review_is_a_pre_submission_notice():
    page = (
        "某某新城部分单元规划环境影响评价报审前公示\n"
        "根据《规划环境影响评价条例》等规定，向公众发布规划环境影响评价报审前信息。\n"
        "公众提出意见的起止时间：2025年4月7日至2025年4月18日止\n"
        "联系人：孙工 联系电话：021-60000001\n"
    )
    assert extract_notices(page).proposals[0].value("kind") == "eia_pre_submission"


_HOSPITAL_PRE_APPROVAL = (
    "某某县人民医院分院建设工程环评文件拟作出审批意见的公示\n"
    "根据建设项目环境影响评价审批有关规定，我局拟对下列建设项目环评文件作出审批意见，"
    "公示期为5个工作日。如有意见，请于公示期内将书面意见反馈至某某市某某县生态环境分局。\n"
    "联系电话：0550-6660000 通讯地址：某某市某某县生态环境分局环境管理股\n"
    "项目名称 分院建设工程\n"
    "建设单位 某某县人民医院\n"
    "环评单位 某某环保技术有限公司\n"
)


def test_an_authoritys_notice_is_issued_by_the_authority_not_the_builder_in_its_table():
    notice = extract_notices(_HOSPITAL_PRE_APPROVAL).proposals[0]
    assert notice.value("kind") == "eia_pre_approval"
    assert notice.value("issuer") == "某某市某某县生态环境分局"


def test_an_organisation_alone_on_the_last_line_signs_a_notice_without_a_date():
    page = (
        "某某港区油品泊位工程环境影响报告书征求意见稿公示\n"
        "发布日期：2025-02-10\n"
        "某某港区油品泊位工程现开展环境影响评价工作，现将相关信息公告如下。\n"
        "一、公众可在http://www.example.com/eia/1.html查阅征求意见稿全文。\n"
        "二、通信地址：某某市某某新区：某某港务实业有限公司\n"
        "联系人：钱某 13600004444\n"
        "三、公众提出意见的起止时间：在自公示之日起10个工作日内。\n"
        "某某港务实业有限公司\n"
    )
    notice = extract_notices(page).proposals[0]
    assert notice.value("issuer") == "某某港务实业有限公司"


def test_an_opinion_titled_as_given_but_still_to_be_given_is_a_pre_approval_notice():
    page = _HOSPITAL_PRE_APPROVAL.replace(
        "环评文件拟作出审批意见的公示", "环评文件作出审批意见的公示"
    )
    assert extract_notices(page).proposals[0].value("kind") == "eia_pre_approval"


def test_an_opinion_given_is_still_a_decision_notice():
    page = (
        "某某县人民医院分院建设工程环评文件作出审批意见的公告\n"
        "我局已于2025年5月8日对下列建设项目环评文件作出审批意见，现予公告。\n"
        "联系电话：0550-6660000\n"
        "项目名称 分院建设工程 建设单位 某某县人民医院 审批文号 某环审〔2025〕12号\n"
    )
    assert extract_notices(page).proposals[0].value("kind") == "eia_decision"


def test_an_email_printed_with_a_space_before_its_at_sign_is_the_builders_address():
    page = (
        "某某市第三人民医院扩建项目环境影响评价第一次公示\n"
        "按照《环境影响评价公众参与办法》的有关规定，对拟建项目环评工作进行第一次公示：\n"
        "建设单位：某某市第三人民医院\n联系人：吴某\n联系电话：0550-7770000\n"
        "Email：123456789 @qq.com\n"
        "环评机构名称：某某生态环境科技有限公司\n联系人：郑工\n联系电话：13500005555\n"
        "Email：987654321@qq.com\n"
        "公示单位：某某市第三人民医院\n2025年4月1日\n"
    )
    assert extract_notices(page).proposals[0].value("contact")["email"] == "123456789@qq.com"


def test_a_posting_date_printed_alone_under_the_title_is_the_publication_date():
    page = (
        "信息公开\n"
        "某某工业区跟踪环境影响报告书公众意见征求的公告\n"
        "2025-03-12 09:51:05\n"
        "一、说明\n根据《规划环境影响评价条例》等规定，向公众发布跟踪环境影响评价公众意见征求信息。\n"
        "1.公众提出意见的起止时间：2025年3月11日至2025年3月25日止。\n"
        "联系人：黄工 联系方式：021-60000002\n"
    )
    notice = extract_notices(page).proposals[0]
    assert notice.value("published_on") == dt.date(2025, 3, 12)


def test_an_authority_named_in_a_cited_documents_title_does_not_issue_the_notice():
    page = (
        "某某县人民医院分院建设工程环评文件拟作出审批意见的公示\n"
        "根据《生态环境部建设项目环境影响报告书（表）审批程序规定》，我局拟对下列建设项目环评"
        "文件作出审批意见，公示期为5个工作日。如有意见，请反馈至某某市某某县生态环境分局。\n"
        "联系电话：0550-6660000\n"
        "项目名称 分院建设工程\n建设单位 某某县人民医院\n"
    )
    assert extract_notices(page).proposals[0].value("issuer") == "某某市某某县生态环境分局"


@pytest.mark.parametrize(
    ("period", "ends_on"),
    [
        ("2021528日至63日", "2021-06-03"),  # every 年 and 月 lost: 6月3日
        ("2021年5月28日至615日", "2021-06-15"),
        ("2021年12月28日至15日", "2022-01-15"),  # a day alone, as before
    ],
)
def test_the_end_of_a_period_that_lost_its_month_mark_is_a_date_not_a_length(period, ends_on):
    page = (
        "关于公开征求《某某市建设项目目录（征求意见稿）》意见的公告\n"
        f"现向社会公开征求意见。此次公开征求意见的时间为{period}。\n"
        "联系电话：021-60000000\n"
        "某某市生态环境局\n"
    )
    window = extract_notices(page).proposals[0].value("window")
    assert window["ends_on"] == ends_on
    assert "length" not in window
