"""Patterns a seventh fresh set of real notices showed (issue #11): each a sentence of behaviour
on a text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

import datetime as dt

from notices.importer import extract_notices
from notices.importer.kinds import classify

#: A draft-report notice as a mirror site prints it after converting it to Traditional
#: characters.
_TRADITIONAL_DRAFT = (
    "某某市某某環保材料有限公司年產五萬噸某某材料項目環境影響報告書（征求意見稿）公示\n"
    "根據《環境影響評價公眾參與辦法》（生態環境部令第4號）的要求，現將本項目環境影響報告書"
    "征求意見稿進行公示。\n"
    "一、征求意見稿全文的網絡鏈接：https://pan.baidu.com/s/1AbCdEfGhIjKlMnOp\n"
    "二、公眾提出意見的方式和途徑：公眾可通過信函、電子郵件向建設單位提交意見。\n"
    "建設單位：某某市某某環保材料有限公司\n"
    "聯繫電話：0791-8123456\n"
    "三、公眾提出意見的起止時間：自本公示發佈之日起10個工作日內。\n"
    "某某市某某環保材料有限公司\n"
    "2024年5月6日"
)


def test_a_notice_printed_in_traditional_characters_is_read_and_its_issuer_kept_as_printed():
    proposals = extract_notices(_TRADITIONAL_DRAFT + "\n").proposals
    assert len(proposals) == 1
    draft = proposals[0]
    assert draft.value("kind") == "eia_draft_comment"
    assert draft.value("issuer") == "某某市某某環保材料有限公司"
    assert draft.value("published_on") == dt.date(2024, 5, 6)
    assert draft.value("contact")["phone"] == "0791-8123456"
    assert draft.value("links") == ["https://pan.baidu.com/s/1AbCdEfGhIjKlMnOp"]


def test_simplified_text_is_not_changed_by_the_traditional_reading():
    simplified = _TRADITIONAL_DRAFT.translate(
        str.maketrans(
            "環產報書評價參與辦號網絡鏈聯電話時間個內單設",
            "环产报书评价参与办号网络链联电话时间个内单设",
        )
    )
    draft = extract_notices(simplified + "\n").proposals[0]
    assert draft.value("issuer") == "某某市某某环保材料有限公司"


def _draft(contact_lines: str) -> str:
    return (
        "某某县某某管理局某某湖治理项目环境影响报告书报批前公示\n"
        "按照生态环境部令第4号《环境影响评价公众参与办法》的规定，现将本项目拟报批的环境影响"
        "报告书全文和公众参与说明公开如下。全文链接：https://pan.baidu.com/s/1XyZaBcDeFgHiJk\n"
        f"{contact_lines}\n"
        "某某县某某管理局\n"
        "2025年3月3日\n"
    )


def test_a_ministry_order_cited_as_the_rule_is_not_the_issuer_and_a_bracketed_builder_is():
    page = _draft("建设单位（某某县某某管理局）：王某某（电话：0877-6123456）；")
    notice = extract_notices(page).proposals[0]
    assert notice.value("kind") == "eia_pre_submission"
    assert notice.value("issuer") == "某某县某某管理局"
    unsigned = page.replace("某某县某某管理局\n2025年3月3日\n", "")
    assert extract_notices(unsigned).proposals[0].value("issuer") == "某某县某某管理局"


def test_a_preparatory_group_named_as_builder_is_the_issuer():
    page = (
        "公众提出意见的起止时间：2024年2月26日-3月11日。\n"
        "建设单位：某某城际铁路项目前期工作筹备组\n"
        "联系人：叶工\n电话：0531-66123456\n邮箱：chouzu@example.com\n"
        "环评单位：某某环境科技股份有限公司\n联系人：解工\n电话：0531-88123456\n"
        "本次征求意见的对象为某某城际铁路环境影响报告书征求意见稿评价范围内的公众。\n"
    )
    notice = extract_notices(page).proposals[0]
    assert notice.value("issuer") == "某某城际铁路项目前期工作筹备组"


def test_a_period_whose_closing_day_is_broken_off_its_ri_by_the_column_keeps_its_end():
    page = (
        "根据建设项目环境影响评价审批程序有关规定，我局拟对《某某纤维项目》的环境影响\n"
        "评价报告表作出批复决定。现将基本情况予以公示。听证告知：依据《中华人民共和国行\n"
        "政许可法》，自公示起五日内申请人、利害关系人可要求听证。公示期限：2023年12月5日—11\n"
        "日联系电话：0818-3123456通讯地址：某某产业园政务中心3楼\n"
    )
    notice = extract_notices(page).proposals[0]
    assert notice.value("window")["ends_on"] == "2023-12-11"


def test_a_courts_ruling_on_a_liquidation_is_not_a_notice():
    page = (
        "某某地方法院民事裁定\n"
        "112年度司字第7号\n"
        "上列声请人声请声报某某实业有限公司清算完结事件，本院裁定\n如下：\n主 文\n声请驳回。\n"
        "理 由\n一、有限公司之清算人于就任后，应以公告方法，催告债权人报明债权，"
        "对于明知之债权人，并应分别通知。\n"
    )
    assert extract_notices(page).proposals == ()


def test_an_area_code_in_brackets_followed_by_a_dash_is_one_landline():
    page = _draft("建设单位：某某县某某管理局\n联系电话：(0471)-6123456")
    assert extract_notices(page).proposals[0].value("contact")["phone"] == "0471-6123456"


def test_a_web_copy_cut_before_its_contacts_still_tells_the_public_whom_to_write_to():
    page = (
        "某某实业有限公司废催化剂再生二期建设项目环境影响报告书征求意见稿已编制完成，根据《环境"
        "影响评价公众参与办法》的要求，现将有关信息公示如下。\n"
        "（一）征求意见稿全文的网络链接：https://pan.baidu.com/s/1QwErTyUiOpAsDfGh\n"
        "（二）征求意见的公众范围：项目周围的公民、法人和其他组织。\n"
        "（三）公众提出意见的方式和途径：公众可以在信息公开后，以电子邮件、信函方式向建设单位"
        "咨询并提出相关意见和建议。\n"
        "（四）公众提出意见的起止时间：公众可在本公告发布后的10个工作日内提出意见。\n"
        "（五）建设单位：某某实业有限公司\n"
        "联系人：张工\n"
    )
    notice = extract_notices(page).proposals[0]
    assert notice.value("kind") == "eia_draft_comment"
    assert notice.value("issuer") == "某某实业有限公司"


def test_a_claims_deadline_printed_with_its_weekday_and_broken_by_the_column_is_the_last_day():
    page = (
        "（2025）某01破53号债权申报通知书\n申报债权通知书\n某某贸易有限公司债权人：\n"
        "某某市中级人民法院（以下简称“法院”）于2024年11月21日裁定受理某某贸易有限公司破产清算"
        "申请一案（案号［2024］某01破申652号），并依法指定某某律师事务所律师担任某某贸易有限公司"
        "管理人。\n"
        "法院已经发布受理破产申请公告，要求债权人在法院确定的期限内向管理人申报债权，"
        "并将于2025年1月14日（星期二）上午召开第一次债权人会议。依法申报债权的债权人有权参加本次"
        "债权人会议。\n"
        "本管理人现向全体债权人发出债权申报通知，请各位债权人及时申报债权。管理人就债权申报阶段的"
        "注意事项书面告知如下：\n"
        "一、债权申报时间、地点及方式\n"
        "（一）债权人应当在2025年1月10日（星期五）之前向\n管理人申报债权。\n"
        "（二）债权申报资料接受现场申报或邮寄申报。\n"
        "1.现场申报。申报人需提前致电管理人预约时间，携带身份证件原件、债权申报证据原件与复印件"
        "以供管理人核对。现场提交债权申报资料的时间为：工作日上午9:00-12:00，下午2:00-5:30。\n"
    )
    notice = extract_notices(page).proposals[0]
    assert notice.value("kind") == "other"
    assert notice.value("window")["ends_on"] == "2025-01-10"


def test_defined_terms_in_quotation_marks_do_not_make_a_creditor_notice_news():
    page = (
        "某某股份有限公司\n关于吸收合并某某科技有限公司的债权人公告\n"
        "本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏。\n"
        "某某股份有限公司（以下简称“本公司”）拟吸收合并某某科技有限公司（以下简称“某某科技”），"
        "本次吸收合并（以下简称“本次交易”）已经本公司2024年第一次临时股东大会审议通过。\n"
        "根据《公司法》的规定，本公司债权人自接到本公司通知书之日起30日内，未接到通知书者自本公告"
        "之日起45日内，可以要求本公司清偿债务或者提供相应担保。\n"
        "以邮寄方式申报的，请在邮件封面注明“申报债权”字样；以传真方式申报的，请在传真首页注明"
        "“申报债权”字样。\n"
    )
    notice = extract_notices(page).proposals[0]
    assert notice.value("kind") == "merger"
    assert notice.value("issuer") == "某某股份有限公司"


def test_a_services_guide_to_the_approval_procedure_is_not_a_notice():
    page = (
        "建设项目环境影响评价文件审批办事指南\n"
        "1、申请受理机构：县行政服务中心环保窗口\n"
        "2、申报材料名称：建设单位申请表；环境影响报告书或报告表。\n"
        "3、办事程序：申请与受理；项目审查；项目批准；听证与信息公开。\n"
        "4、法定时限：报告书60日，报告表30日。承诺时限：报告书10个工作日，报告表5个工作日。\n"
        "5、收费依据：无\n"
        "6、咨询电话：80123456\n"
    )
    assert extract_notices(page).proposals == ()


def test_a_completion_acceptance_publicity_with_no_contact_but_whom_to_tell_is_read():
    page = (
        "根据《建设项目竣工环境保护验收暂行办法》的有关规定，“某某医院新住院楼项目”竣工环境保护"
        "验收工作已于2022年10月28日完成专家组验收会议，形成了验收意见，现向全社会公示该项目的"
        "验收监测报告书及验收意见，公示期为20个工作日（2022年10月31日至2022年11月25日）。"
        "公示期内，若对所公示内容有异议，任何单位和个人均可向公示单位反映。\n"
        "建设单位：某某医院\n"
        "某某医院新住院楼项目验收专家意见.pdf\n"
    )
    notice = extract_notices(page).proposals[0]
    assert notice.value("kind") == "other"
    assert notice.value("window")["ends_on"] == "2022-11-25"


def test_a_signature_run_into_the_last_line_above_a_tables_closing_rule_dates_the_notice():
    page = (
        "|\n"
        "按照《环境影响评价公众参与办法》的规定，现将本项目环境影响报告书报批前公示如下。 "
        "一、报批前全文网络链接：https://pan.baidu.com/s/1ZxCvBnMaSdFgHjK 。 "
        "二、公众可采取电子邮件、电话等方式发表意见。 建设单位（某某县某某管理局）：陈某某（电话："
        "0877-6123456）。 某某县某某管理局 2026年2月11日\n"
        "|\n"
    )
    notice = extract_notices(page).proposals[0]
    assert notice.value("kind") == "eia_pre_submission"
    assert notice.value("published_on") == dt.date(2026, 2, 11)


def test_a_decision_known_only_by_the_rights_of_review_against_it_is_a_decision():
    decision = (
        "公告期限：自本公告发布之日起满七日届满。\n"
        "行政复议与行政诉讼权利告知：依据《中华人民共和国行政复议法》和《中华人民共和国行政诉讼法》，"
        "公民、法人或者其他组织认为公告的建设项目环境影响评价文件审批决定侵犯其合法权益的，可以自"
        "公告期限届满之日起六十日内提起行政复议，也可以自公告期限届满之日起六个月内提起行政诉讼。\n"
        "附件\n"
        "某环审〔2024〕3号 关于某某新材料有限公司年产5万吨某某板项目环境影响报告表的批复.pdf\n"
    )
    assert classify(None, decision, True)[0] == "eia_decision"


def test_an_eia_title_led_by_the_company_whose_project_it_is_names_the_issuer():
    page = (
        "某某市某某塑料制品有限公司年产6000吨塑料再生造粒项目环境影响评价征求意见稿公示\n"
        "\n"
        "来源：      日期： 2019-05-27 打印页面\n"
        "\n"
        "依据《环境影响评价公众参与办法》的要求，对该建设项目的环评信息进行公示，接受社会公众的监督。\n"
        "（一）环境影响报告书征求意见稿和公众意见表的获取方式：纸质版报告书可联系建设单位索取。\n"
        "（二）公众意见表的网络链接：http://www.mee.gov.cn/xxgk2018/xxgk/xxgk01/201810/t20181024_665329.html\n"
        "（三）公众可以在信息公开后以信函、电子邮件方式向建设单位提交意见，邮箱：suliao@example.com\n"
        "（四）公示时间：自本公告发布之日起10个工作日内。\n"
    )
    notice = extract_notices(page).proposals[0]
    assert notice.value("kind") == "eia_draft_comment"
    assert notice.value("issuer") == "某某市某某塑料制品有限公司"


def test_a_plans_organising_authority_is_the_issuer():
    page = (
        "《某某化工园区总体规划（2022-2035年）环境影响报告书》征求意见稿公示\n"
        "根据《环境影响评价公众参与办法》的相关规定，现将规划环境影响评价信息向公众公示如下：\n"
        "一、征求意见稿的网络链接：见附件。\n"
        "二、公众可以通过信函、电子邮件等方式，本公示发布之日起10个工作日内将公众意见表提交给主管单位。\n"
        "三、主管单位联系方式\n"
        "主管单位：某某市自然资源和规划局某某分局\n"
        "联系人：王先生\n"
        "联系电话：0716-8123456\n"
    )
    notice = extract_notices(page).proposals[0]
    assert notice.value("issuer") == "某某市自然资源和规划局某某分局"


def test_the_end_of_a_period_printed_after_a_date_label_is_not_the_publication_date():
    page = (
        "根据《建设项目竣工环境保护验收暂行办法》，建设单位现对某某医院新建病房楼项目（一期）验收"
        "情况进行公示，并征求公众意见。\n"
        "一、征求意见日期：2025年2月27日-2025年3月27日（20个工作日）\n"
        "二、征求意见期间，本单位接受反映项目竣工环境保护验收情况和问题的来信、来访和来电。\n"
        "三、联系方式：\n联系电话：18596123456\n联系地址：某某医院院内\n"
    )
    notice = extract_notices(page).proposals[0]
    assert notice.value("published_on") is None
    assert notice.value("window")["ends_on"] == "2025-03-27"
