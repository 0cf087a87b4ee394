"""Patterns a fifteenth fresh set of real notices showed (issue #11: creditor-facing notices,
mostly listed companies' reorganisation and pre-reorganisation claims calls): each a sentence
of behaviour on a text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

import datetime as dt

from notices.importer import extract_notices


def _only(page: str):
    proposals = extract_notices(page).proposals
    assert len(proposals) == 1, [p.value("title") for p in proposals]
    return proposals[0]


def test_a_pre_reorganisation_claims_call_is_an_other_window_ending_on_the_day_itself():
    page = (
        "证券代码：000999 证券简称：*ST远帆 公告编号：2024-031\n"
        "远帆文旅股份有限公司\n"
        "关于公司预重整债权申报的公告\n"
        "本公司及董事会全体成员保证信息披露的内容真实、准确、完整。\n"
        "2024年3月4日，某某市中级人民法院决定对公司启动预重整，并指定某某律师事务所担任公司"
        "预重整期间的临时管理人。\n"
        "一、债权申报时间及方式\n"
        "公司债权人请于2024年4月15日（含当日）前，根据《远帆文旅股份有限公司债权申报指引》"
        "（以下简称《申报指引》）向临时管理人申报债权，书面说明债权金额、有无担保等事项。\n"
        "联系电话：010-60000001\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "other"
    assert notice.value("window")["ends_on"] == "2024-04-15"


def test_a_claims_deadline_before_the_managers_address_ends_the_window():
    page = (
        "青禾建材股份有限公司关于公司预重整债权申报通知的公告\n"
        "本公司及董事会全体成员保证信息披露的内容真实、准确、完整。\n"
        "某某市中级人民法院决定对公司启动预重整，并指定青禾建材股份有限公司清算组担任临时管理人。\n"
        "青禾建材股份有限公司的债权人应于2023年8月21日前向青禾建材股份有限公司临时管理人"
        "（通讯地址：某某市滨江路18号；联系人：王助理，13900002222；邮政编码：330000）申报债权，"
        "书面说明债权数额、有无担保，并提供相关证据材料。\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "other"
    assert notice.value("window")["ends_on"] == "2023-08-21"


def test_a_repost_headed_by_its_original_notice_title_is_not_news():
    page = (
        "(原标题:关于启动重整阶段债权申报的公告)\n"
        "星川材料股份有限公司于2024年6月3日收到某某市中级人民法院送达的《民事裁定书》，"
        "法院裁定受理对公司的重整申请，并指定公司清算组担任公司管理人。\n"
        "星川材料股份有限公司的债权人应于2024年7月8日前，向星川材料股份有限公司管理人"
        "（联系人：李律师，联系电话：13900003333，电子邮箱：xcgl@example.com）申报债权。\n"
        "本院定于2024年7月9日上午9时召开第一次债权人会议，会议形式为网络会议。\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "other"
    assert notice.value("window")["ends_on"] == "2024-07-08"
    assert notice.value("contact")["email"] == "xcgl@example.com"


def test_an_untitled_reorganisation_claims_call_without_a_phone_is_still_a_notice():
    page = (
        "证券代码：600999 证券简称：*ST云岭 公告编号：临2024-055号 云岭文体集团股份有限公司 "
        "关于公司重整并启动债权申报的公告 本公司董事会及全体董事保证本公告内容不存在任何虚假记载。"
        "2024年5月6日，公司收到某某市中级人民法院送达的《民事裁定书》，法院裁定受理对公司的"
        "重整申请，并指定公司清算组担任公司重整期间的管理人，通知债权人应在2024年6月6日前向"
        "管理人申报债权，并定于2024年6月20日上午9时召开第一次债权人会议。\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "other"
    assert notice.value("window")["ends_on"] == "2024-06-06"


def test_a_report_of_a_creditors_meeting_already_held_is_no_notice():
    page = (
        "证券代码：300999 证券简称：*ST南星 公告编号：2023-077\n"
        "南星科技股份有限公司\n"
        "关于子公司重整第二次债权人会议召开情况的公告\n"
        "本公司及董事会全体成员保证信息披露的内容真实、准确、完整。\n"
        "子公司管理人定于2023年9月5日在某某市中级人民法院召开第二次债权人会议。2023年9月5日，"
        "第二次债权人会议如期召开，债权人会议审议并表决了重整计划（草案），现将有关情况公告如下。\n"
    )
    assert extract_notices(page).proposals == ()


def test_news_that_a_company_issued_a_claims_call_is_no_notice():
    page = (
        "*ST北辰5月8日公告，法院决定对公司启动预重整程序，并指定某某律师事务所担任公司预重整"
        "期间的临时管理人。临时管理人现向公司债权人发出债权申报通知，请各债权人及时申报债权。\n"
    )
    assert extract_notices(page).proposals == ()


def test_a_labelled_announcement_date_beats_a_reposts_own_time_line():
    page = (
        "时间:2024-02-20 08:10:00来源:某某新媒体\n"
        "公告日期:2023-11-06\n"
        "证券代码:000998 证券简称:*ST东岳 公告编号:2023-090\n"
        "东岳珠宝集团股份有限公司\n"
        "预重整债权申报公告\n"
        "某某市中级人民法院指定某某清算事务有限公司担任公司预重整阶段的临时管理人。\n"
        "公司的债权人应于2023年11月6日至2023年12月8日期间向临时管理人（联系电话：13900004444；"
        "邮箱：dygl@example.com）申报债权。申报债权应书面说明债权数额、有无财产担保及是否属于"
        "连带债权，并提供相关证据材料。\n"
        "二、特别说明\n"
        "目前法院系决定对公司进行预重整，是否受理公司破产重整仍存在不确定性。\n"
        "\n"
        "某某区今年新建口袋公园六处，改造老旧小区二十个，惠及居民一万余户。\n"
    )
    notice = _only(page)
    assert notice.value("published_on") == dt.date(2023, 11, 6)


def test_a_news_portals_dateline_with_its_clock_time_and_source_dates_the_notice():
    page = (
        "海岳装饰股份有限公司关于公司预重整债权申报通知的公告\n"
        "2024年02月06日 06:12 某某证券报-某某网\n"
        "本公司及董事会全体成员保证信息披露内容的真实、准确和完整。\n"
        "某某市中级人民法院决定对公司启动预重整程序，并指定某某律师事务所担任临时管理人。\n"
        "公司债权人应于2024年3月11日（含当日）前，以邮寄申报的形式向临时管理人申报登记债权，"
        "书面说明债权形成的原因、债权数额、有无财产担保等事项，并提供相关证据材料。\n"
        "邮寄申报地址：某某市某某区滨海路66号某某大厦16楼\n"
        "联系人及联系电话：赵律师13900005555\n"
        "邮政编码：518000\n"
        "\n"
        "某某区今年新建口袋公园六处，改造老旧小区二十个，惠及居民一万余户。\n"
    )
    notice = _only(page)
    assert notice.value("published_on") == dt.date(2024, 2, 6)
    assert notice.value("window")["ends_on"] == "2024-03-11"


def test_a_listed_companys_claims_call_is_issued_by_the_company_not_its_manager():
    page = (
        "证券代码：002998 证券简称：*ST金禾 公告编号：2024-066\n"
        "本公司及董事会全体成员保证信息披露的内容真实、准确、完整。\n"
        "2024年8月1日，某某市中级人民法院依法决定对金禾智造集团股份有限公司（以下简称“金禾智造”"
        "或“公司”）启动预重整，并指定某某律师事务所担任公司预重整期间的临时管理人。\n"
        "公司债权人请于2024年9月20日（含当日）前向临时管理人申报债权，联系电话：13900006666。\n"
        "\n"
        "某某区今年新建口袋公园六处，改造老旧小区二十个，惠及居民一万余户。\n"
    )
    notice = _only(page)
    assert notice.value("issuer") == "金禾智造集团股份有限公司"


def test_a_company_name_with_group_in_brackets_is_read_whole():
    page = (
        "证券代码：603999 证券简称：海川基建 公告编号：2025-012\n"
        "海川基础建设（集团）股份有限公司关于回购注销限制性股票通知债权人的公告\n"
        "一、通知债权人的原因 海川基础建设（集团）股份有限公司（以下简称“公司”、“海川基建”）"
        "于2025年3月3日召开董事会，审议通过了《关于回购注销限制性股票的议案》，本次回购注销完成后"
        "公司总股本减少1,200,000股，注册资本相应减少。\n"
        "二、需债权人知晓的相关信息 公司债权人自本公告披露之日起45日内，有权要求公司清偿债务"
        "或者提供相应的担保。联系电话：0571-80000007\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "capital_reduction"
    assert notice.value("issuer") == "海川基础建设（集团）股份有限公司"


def test_a_heading_run_into_the_companys_name_is_not_part_of_it():
    page = (
        "证券代码：300998 证券简称：南岭精工 公告编号：2023-071\n"
        "南岭精工股份有限公司关于回购注销部分限制性股票减少注册资本暨通知债权人的公告\n"
        "一、通知债权人的原由 南岭精工股份有限公司（以下简称“公司”）于2023年7月10日召开股东大会，"
        "审议通过了回购注销部分限制性股票的议案，公司注册资本将相应减少。\n"
        "二、需债权人知晓的相关信息 公司债权人自本公告披露之日起45日内，有权要求公司清偿债务或者"
        "提供相应的担保。联系电话：0757-80000008\n"
    )
    notice = _only(page)
    assert notice.value("issuer") == "南岭精工股份有限公司"


def test_a_registration_offices_procedure_page_is_no_notice():
    page = (
        "首页/办事大厅/事业单位用户服务/注销登记/办理流程\n"
        "发布日期：2019年03月05日 来源：市法人办\n"
        "（一）申请。申请人向登记管理机关提出注销登记请求。申请人应当如实填写有关申请材料。事业单位"
        "在申请注销登记前，应当成立清算组织，完成清算工作。清算组织应当自成立之日起10日内通知债权人，"
        "并于30日内至少发布三次拟申请注销登记的公告。债权人应当自第一次公告之日起90日内，向清算组织"
        "申报其债权。\n"
        "（二）受理。登记管理机关对申请材料进行初步审查，作出受理或者不予受理的决定。\n"
    )
    assert extract_notices(page).proposals == ()


def test_a_text_citing_a_past_creditor_notice_by_its_title_is_no_notice():
    page = (
        "东川药业股份有限公司关于召开2024年第一次临时股东大会的通知\n"
        "12、2022年6月30日，公司召开2022年第二次临时股东大会，审议通过了《关于回购注销部分限制性"
        "股票的议案》，并于2022年7月1日发布《关于回购注销部分限制性股票减少注册资本暨通知债权人的"
        "公告》（公告编号：2022-061）。\n"
        "13、2022年7月1日，公司完成部分限制性股票回购注销手续，本次回购注销完成后，公司总股本由"
        "400,000,000股减至399,900,000股。\n"
    )
    assert extract_notices(page).proposals == ()


def test_a_deadline_whose_day_wrapped_onto_the_next_line_of_a_pdf_text_is_read():
    page = (
        "公告日期:2023-04-10\n"
        "证券代码:600998        证券简称:*ST 华远        公告编号:2023-031\n"
        "              华远安防股份有限公司\n"
        " 关于公司重整被法院指定管理人并启动债权申报的公告\n"
        "  本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏。\n"
        "  2023 年 4 月 7 日,华远安防股份有限公司(以下简称“公司”)收到某某市中级人民法院送达的"
        "《民事裁定书》,裁定受理对公司的重整申请,并指定华远安防股份有限公司清算组担任管理人。\n"
        "  公司的债权人应在 2023 年 5 月 8\n"
        "日前向管理人申报债权,书面说明债权数额、有无财产担保及是否属于连带债权。\n"
    )
    notice = _only(page)
    assert notice.value("window")["ends_on"] == "2023-05-08"
    assert notice.value("issuer") == "华远安防股份有限公司"
