"""Patterns a hundred-and-thirty-seventh fresh set of real notices showed (issue #11: public
windows that are not an EIA report's own: sea-area use, soil surveys, plan assessments, a
policy consultation): each a sentence of behaviour on a text written for the test, modelled on
the pattern, not copied."""

from __future__ import annotations

from notices.importer import extract_notices
from tests.importer.proposals import only as _only


def test_a_period_printed_in_the_sentence_that_asks_for_objections_is_the_notices_window():
    page = (
        "某某市城市建设中心提出某某码头改造工程用海申请。根据《中华人民共和国海域使用管理法》"
        "的规定，我局对该用海项目海域使用权申请进行了审查，现予公示。请对该用海项目有异议的"
        "利害关系人或单位，在2025年3月3日至2025年3月12日内，将书面材料送交我局反映情况。"
        "逾期无异议，项目将按法定程序报批。\n"
        "联系人：王工，电话：0123-5550137，地址：某某市某某路8号某某市海洋发展局（邮编100000）。\n"
        "某某市海洋发展局\n"
        "2025年3月3日\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "other"
    assert notice.value("issuer") == "某某市海洋发展局"
    assert notice.value("window")["ends_on"] == "2025-03-12"


def test_a_january_period_printed_whole_with_last_years_year_is_read_in_the_posting_year():
    page = (
        "关于公开征求《某某市某某审批权限划分方案（征求意见稿）》意见的通知\n"
        "发布日期：[2025-01-20]\n"
        "为规范本市某某审批，我局起草了《某某市某某审批权限划分方案（征求意见稿）》。为广泛听取"
        "意见，现向社会公开征求意见。有关意见可通过电子邮件、信件等方式反馈。此次公开征求意见的"
        "时间为2024年1月20日至2024年2月19日。\n"
        "联系人：李某\n"
        "电话：0123-5550142\n"
        "邮箱：someone@example.cn\n"
        "某某市生态环境局\n"
        "2025年1月20日\n"
    )
    notice = _only(page)
    assert notice.value("window")["starts_on"] == "2025-01-20"
    assert notice.value("window")["ends_on"] == "2025-02-19"
    # a reading that departs from the printed year is flagged for the clerk to check
    assert notice.fields["window"].confidence < 0.9


def test_a_period_a_year_before_the_notice_that_it_recounts_keeps_its_printed_year():
    page = (
        "关于公开征求《某某市某某管理办法（修订征求意见稿）》意见的通知\n"
        "发布日期：[2025-01-20]\n"
        "我局于2024年3月1日至2024年3月30日就《某某市某某管理办法》公开征求意见，现就修订稿再次"
        "公开征求意见。有关意见可通过电子邮件反馈，截止时间为2025年2月19日。\n"
        "电话：0123-5550143\n"
        "某某市生态环境局\n"
        "2025年1月20日\n"
    )
    proposals = extract_notices(page).proposals
    assert all((p.value("window") or {}).get("starts_on") != "2025-03-01" for p in proposals), [
        p.value("window") for p in proposals
    ]


def test_a_soil_survey_put_up_now_with_whom_to_answer_is_a_notice_though_it_prints_no_period():
    page = (
        "根据《土壤污染防治法》等文件规定，某某市城市建设发展有限公司委托某某检测有限公司对某某"
        "社区综合楼地块开展土壤污染状况调查工作，编制调查报告，现将有关信息进行如下公示：\n"
        "一、项目概况\n"
        "地块名称：某某社区综合楼地块\n"
        "项目位置：某某区某某路以东\n"
        "二、调查结论\n"
        "地块内及周边区域当前和历史均无可能的污染源，调查活动可以结束。\n"
        "三、公共咨询途径\n"
        "本项目公示采用网上公示的形式，欢迎社会各界进行监督。\n"
        "联系电话：13800000137\n"
        "2025年2月10日\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "other"
    assert notice.value("published_on").isoformat() == "2025-02-10"


def test_a_soil_survey_report_described_with_no_way_to_answer_is_no_notice():
    page = (
        "为了解公众对项目建设的态度，现将《某某幼儿园分园地块土壤污染状况初步调查报告》的有关"
        "信息予以公开，接受社会公众的监督。\n"
        "公示报告链接：https://share.example.cn/abc137\n"
        "某某幼儿园分园地块土壤污染状况初步调查报告\n"
    )
    assert extract_notices(page).proposals == ()


def test_the_office_labelled_to_receive_views_issues_a_sea_area_publicity():
    page = (
        "根据《自然资源部关于规范海域使用论证材料编制的通知》的相关要求，现将某某港区生态修复"
        "项目海域使用论证的有关信息向公众公告如下：\n"
        "一、项目名称\n"
        "某某港区生态修复项目\n"
        "二、海域使用申请人\n"
        "某某开发建设有限公司\n"
        "三、公众反馈意见联系方式：\n"
        "公众可通过发送电子邮件、电话、信函等方式提出反馈意见。\n"
        "意见接收单位：某某市自然资源和规划局\n"
        "联系地址：某某市某某大道24号\n"
        "联系人：麦某\n"
        "联系电话：0123-5550140\n"
        "四、公众意见受理时间\n"
        "公众可在本次信息公示之日起10个工作日内提出反馈意见。\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "other"
    assert notice.value("issuer") == "某某市自然资源和规划局"


def test_a_plans_organising_body_under_its_contacts_issues_its_second_publicity():
    page = (
        "依据《环境影响评价公众参与办法》等有关规定，现对某某经济技术开发区规划环境影响评价工作"
        "进行第二次信息公示，广泛征求社会公众的意见和建议。\n"
        "一、公示内容\n"
        "《某某经济技术开发区总体规划（2025-2035）环境影响报告书（征求意见稿）》（全文）\n"
        "二、公众提出意见的截止时间\n"
        "自公示之日起10个工作日\n"
        "三、联系方式\n"
        "组织单位：某某经济技术开发区管理委员会\n"
        "电话：0123-5550141\n"
        "评价机构：某某环保科技有限公司\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_draft_comment"
    assert notice.value("issuer") == "某某经济技术开发区管理委员会"
