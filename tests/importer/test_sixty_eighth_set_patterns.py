"""Patterns a sixty-eighth fresh set of real notices ("other" notices with a window: calls for
comments and proposals, hearing sign-ups, acceptance and rectification publicity, claims
notices, a land-compensation scheme, 2018-2025) showed (issue #11): each a sentence of
behaviour on a text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

from notices.importer import extract_notices
from tests.importer.proposals import only as _only


def test_a_signature_and_its_date_on_one_line_closing_a_table_cell_sign_the_notice():
    page = (
        "为提高规范性文件制定的透明度,某某县林业局将《某某县古树名木保护办法(征求意见稿)》"
        "全文公布,征求社会各界意见。有关单位和个人可以在2023年5月20日前,通过电话提出意见"
        "建议,联系电话:0571-5550142。\n"
        "某某县林业局 2023年5月8日 |\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "other"
    assert notice.value("issuer") == "某某县林业局"
    assert notice.value("published_on").isoformat() == "2023-05-08"
    assert notice.value("window")["ends_on"] == "2023-05-20"


def test_a_signature_name_wrapped_after_its_jurisdiction_is_read_whole():
    page = (
        "中央生态环境保护督察反馈问题整改情况公示\n"
        "东湖县城区污水管网改造任务已按整改方案完成,现将有关情况公示如下。\n"
        "公示时间(2021年6月7日-6月11日),请社会各界予以监督。\n"
        "联系人:李主任 联系电话:13912345678\n"
        "东湖县突出生态环境问题\n"
        "整改工作领导小组办公室\n"
        "2021年6月7日\n"
    )
    notice = _only(page)
    assert notice.value("issuer") == "东湖县突出生态环境问题整改工作领导小组办公室"
    assert notice.value("window")["ends_on"] == "2021-06-11"


def test_two_signers_on_two_lines_stay_two_and_the_lower_one_is_not_wrapped_onto_the_upper():
    page = (
        "某某小区改造方案现予公示,公示时间为2022年3月1日至2022年3月7日,如有异议请来电反映。\n"
        "联系电话:0551-5550123\n"
        "西山市住房和城乡建设局\n"
        "西山市城市管理局\n"
        "2022年3月1日\n"
    )
    notice = _only(page)
    assert notice.value("issuer") == "西山市住房和城乡建设局、西山市城市管理局"


def test_a_ministry_department_signing_a_call_for_proposals_is_its_issuer():
    page = (
        "关于公开征集交通运输领域中长期规划建议的公告\n"
        "为提高规划编制的科学性,现向社会公开征集意见建议。\n"
        "征集时间:自公告之日起至2022年9月30日\n"
        "联系电话:010-55500123\n"
        "电子邮箱:plan@example.gov.cn\n"
        "某某部综合规划司\n"
        "2022年9月1日\n"
    )
    notice = _only(page)
    assert notice.value("issuer") == "某某部综合规划司"


def test_a_period_from_today_until_a_date_whose_call_follows_in_the_sentence_ends_then():
    page = (
        "某某市司法局关于公开征集2024年度政府规章立法建议的公告\n"
        "根据有关规定,自即日起至2023年10月31日,某某市司法局向社会公开征集2024年度政府规章"
        "立法建议。建议可发送至电子邮箱lawplan@example.gov.cn。\n"
        "某某市司法局\n"
        "2023年9月15日\n"
    )
    notice = _only(page)
    assert notice.value("window")["ends_on"] == "2023-10-31"


def test_a_period_from_today_until_a_date_in_a_report_of_work_done_is_no_window():
    page = (
        "某某市司法局关于立法建议征集情况的通报\n"
        "自即日起至2023年10月31日,某某市司法局将开展规章清理工作,具体安排另行通知。\n"
        "某某市司法局\n"
        "2023年9月15日\n"
    )
    proposals = extract_notices(page).proposals
    assert all(p.value("window") is None for p in proposals)


def test_a_price_hearing_notices_seat_for_the_press_does_not_cut_it_as_news():
    page = (
        "经县人民政府同意,某某县发展和改革委员会拟于近期召开县城居民生活用水价格调整听证会,"
        "现将听证会参加人报名办法公告如下:\n"
        "一、消费者参加人8名,自愿报名。有意参加者请于2022年8月15日前往县发展和改革委员会"
        "305室报名。\n"
        "二、公开举行的听证会设记者席。与会采访的新闻媒体由价格主管部门根据报名情况确定。\n"
        "特此公告\n"
        "某某县发展和改革委员会\n"
        "2022年8月1日\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "other"
    assert notice.value("window")["ends_on"] == "2022-08-15"


def test_a_compensation_scheme_drawn_up_on_a_risk_assessments_result_is_a_notice():
    page = (
        "某某府征地方案公告〔2023〕2号\n"
        "\n"
        "本府于2023年2月1日发布了征收土地预公告,根据社会稳定风险评估和土地现状调查结果,组织"
        "有关部门拟定了某某片区项目的征地补偿安置方案,现将有关事项公告如下:\n"
        "被征地的农村集体经济组织及其成员对方案有异议的,应当于公告期满前向某某街道办事处"
        "提出书面意见。本公告自发布之日起施行,公告期限为30日。\n"
        "特此公告\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "other"


def test_a_social_stability_risk_assessment_put_up_itself_is_still_not_tracked():
    page = (
        "某某路拓宽工程社会稳定风险评估公示\n"
        "\n"
        "为做好某某路拓宽工程社会稳定风险评估工作,现将项目情况公示如下,公示期为2023年3月1日"
        "至2023年3月7日,如有意见请来电反映。联系电话:0731-5550111\n"
    )
    assert not extract_notices(page).proposals
