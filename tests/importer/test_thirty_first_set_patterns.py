"""Patterns a thirty-first fresh set of real notices showed (issue #11: Party and environmental
inspection windows, public bodies' calls for comment and hearing sign-ups): each a sentence of
behaviour on a text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

import datetime as dt

from notices.importer import extract_notices
from notices.importer.segment import para_score
from notices.importer.text import Page
from tests.importer.proposals import only as _only


def _kinds(page: str) -> list[str]:
    return [p.value("kind") for p in extract_notices(page).proposals]


# A web page's ways to answer: the labels to click are quoted, as no report quotes a person.
CLICK_PATH_CALL = (
    "为规范本市共享单车停放秩序，我局起草了《青禾市互联网租赁自行车管理办法（征求意见稿）》，"
    "现向社会公开征求意见。公众可通过以下方式提出意见：\n"
    "1.登录青禾市人民政府网站，进入首页“政民互动”栏目，点击“意见征集”提出意见。\n"
    "2.登录市交通运输局网站，在右上方“互动交流”点击“关于《青禾市互联网租赁自行车管理办法"
    "（征求意见稿）》公开征求意见的通知”，选择“我要留言”，在“留言内容”栏目填写后提交。\n"
    "3.电子邮箱：qhjtj_fzk@example.cn。\n"
    "4.通信地址：青禾市滨江路18号市交通运输局法规科（邮政编码：310999）。\n"
    "意见反馈截止时间为2025年6月30日。\n"
    "青禾市交通运输局\n"
    "2025年5月30日\n"
)
NEWS_ITEM = (
    "本报讯（记者 林某）昨日上午，市图书馆新馆开馆迎客。“新馆藏书两百万册，”馆长介绍说，"
    "“市民可凭身份证免费借阅。”据了解，新馆还开设了少儿阅览区。\n"
)


def test_quoted_labels_to_click_are_no_quotations():
    _evidence, news = para_score(CLICK_PATH_CALL)
    assert news == 0
    assert para_score(NEWS_ITEM)[1] >= 3  # a reporter's quotation still counts as news


def test_a_call_for_comments_that_lists_the_links_to_click_is_a_notice_on_a_web_copy():
    page = f"{NEWS_ITEM}\n{CLICK_PATH_CALL}\n{NEWS_ITEM}"
    notice = _only(page)
    assert notice.value("kind") == "other"
    assert notice.value("window")["ends_on"] == "2025-06-30"


def test_a_mirrors_traditional_click_words_fold_like_their_simplified_forms():
    traditional = (
        CLICK_PATH_CALL.replace("点击", "点擊").replace("栏目", "欄目").replace("反馈", "反饋")
    )
    assert para_score(Page(traditional).text)[1] == 0
    notice = _only(f"{NEWS_ITEM}\n{traditional}\n{NEWS_ITEM}")
    assert notice.value("published_on") == dt.date(2025, 5, 30)


# A Party inspection's reporting window printed in a district's news report: the report's
# words (日前, 同志, 上午, quotations) would stop a body; the dated last day for reports makes it
# a window, and a special group's period in brackets is an aside, not the window.
INSPECTION_REPORT = (
    "日前，十届区委第二轮巡察3个巡察组完成对区水务局、区文旅局和石桥镇及所属18个村（社区）"
    "党组织的进驻。同时对区水务局下属水库管理单位开展“点穴式”巡察。\n"
    "各巡察组分别召开巡察工作动员会，巡察组组长作动员讲话，被巡察党组织主要负责同志作表态"
    "发言。\n"
    "区委巡察组现场巡察时间为60天左右（水库管理领域“点穴式”巡察时间为2025年10月9日至11月7日"
    "）。巡察期间，设专门信访举报电话、邮政信箱和意见箱，主要受理反映被巡察党组织领导班子及"
    "其成员问题的来信来电来访，工作日电话受理时间为：上午8:30至12:00，下午2:30至5:30，受理"
    "信访时间截止到2026年1月16日（水库管理领域“点穴式”巡察组受理信访时间截止到2025年11月7日）"
    "，其他不属于巡察受理范围的信访问题，将按规定转交有关部门处理。\n"
)


def test_a_party_inspection_window_in_a_news_report_is_found_by_its_last_day_for_reports():
    page = f"{NEWS_ITEM}\n{INSPECTION_REPORT}\n{NEWS_ITEM}"
    notice = _only(page)
    assert notice.value("kind") == "other"
    assert notice.value("window")["ends_on"] == "2026-01-16"


def test_a_period_in_brackets_about_part_of_the_work_does_not_end_the_window():
    notice = _only(INSPECTION_REPORT)
    assert notice.value("window")["ends_on"] == "2026-01-16"


def test_a_bracketed_period_is_still_the_window_when_no_later_day_for_reports_is_printed():
    text = INSPECTION_REPORT.replace("受理信访时间截止到2026年1月16日（", "（")
    notice = _only(text)
    assert notice.value("window")["ends_on"] == "2025-11-07"


# A hearing's sign-up period from the notice's own day, its 自 left out.
HEARING_SIGNUP = (
    "关于举行《青禾县城区禁止燃放烟花爆竹规定（征求意见稿）》听证会的公告\n"
    "为充分听取社会各界意见，县应急管理局拟就《青禾县城区禁止燃放烟花爆竹规定（征求意见稿）》"
    "举行听证会。现就有关事项公告如下：\n"
    "一、听证时间：听证会定于2025年3月20日上午9:30举行。\n"
    "二、报名时间：本公告发布之日起至2025年3月6日17:00截止。\n"
    "三、报名方式：到县应急管理局办公室提交《听证申请表》，联系电话：0731-5550321；或将申请表"
    "发送至邮箱qhyjj_tz@example.cn。\n"
)


def test_a_sign_up_period_from_this_notices_day_without_its_zi_ends_on_the_printed_day():
    notice = _only(HEARING_SIGNUP)
    assert notice.value("kind") == "other"
    assert notice.value("window")["ends_on"] == "2025-03-06"


# News that a round of Party inspection has begun names its channels but prints none.
ROUND_BEGUN = (
    "日前，十三届市委第八轮巡察陆续完成进驻。本轮巡察将对市档案馆、市科协、市总工会等3个党"
    "组织开展巡察“回头看”。\n"
    "根据计划安排，自2025年4月中旬至5月中旬，市委2个巡察组将进驻被巡察单位工作约1个月，期间设"
    "专门值班电话、专门邮政信箱等，巡察组每天受理电话的时间为工作日9:00—17:00。市委巡察组主要"
    "受理反映被巡察党组织领导班子及其成员问题的来信来电来访，其他信访问题将按规定交有关部门"
    "处理。\n"
)


def test_news_of_a_round_begun_that_prints_no_number_is_no_notice_on_a_web_copy():
    page = f"{ROUND_BEGUN}\n{CLICK_PATH_CALL}\n{NEWS_ITEM}"
    assert _kinds(page) == ["other"]  # the call for comments only


def test_the_same_round_with_its_duty_phone_printed_is_a_window():
    printed = ROUND_BEGUN.replace("期间设专门值班电话、", "期间设专门值班电话0519-5550188、")
    page = f"{printed}\n{CLICK_PATH_CALL}\n{NEWS_ITEM}"
    assert len(_kinds(page)) == 2


# A Party inspection notice that counts its groups ("派出5个巡察组", "县委各巡察组") names none
# of them: the issuer is left for a person, not read as "个巡察组".
COUNTED_GROUPS = (
    "巡察公告\n"
    "按照县委统一安排，十五届县委第四轮巡察派出5个巡察组对县水利局、县医保局等8个单位开展常规"
    "巡察。巡察时间为2025年9月8日至11月7日。\n"
    "县委各巡察组分别设立专门值班电话和电子邮箱，主要受理反映被巡察党组织领导班子及其成员问题"
    "的来信来电来访。巡察组受理信访时间截止到2025年10月31日。\n"
    "联系电话：0745-5550166\n"
)


def test_groups_only_counted_name_no_issuer():
    notice = _only(COUNTED_GROUPS)
    assert notice.value("kind") == "other"
    assert notice.value("issuer") is None
    assert notice.value("window")["ends_on"] == "2025-10-31"


def test_the_numbered_group_a_counting_notice_also_names_issues_it():
    text = COUNTED_GROUPS.replace(
        "县委各巡察组分别设立", "其中县委第二巡察组负责县水利局。县委各巡察组分别设立"
    )
    assert _only(text).value("issuer") == "县委第二巡察组"


# Who calls for comments or sign-ups when no one signs: the body that decided to, the body
# letters go to, or the consultation platform's department label.
def test_the_body_that_decided_to_hold_the_hearing_issues_its_unsigned_sign_up_notice():
    page = (
        "关于举行青禾县城东污水提升泵站项目听证会的通告\n"
        "根据有关规定，青禾经济开发区管理委员会决定就城东污水提升泵站项目进行听证。现将有关事项"
        "通告如下：\n"
        "一、听证时间：听证会拟定于2025年5月20日上午9:00举行。\n"
        "二、凡居住在本区的公民，本通告发布之日起均可报名，申请作为听证代表。报名截止时间为2025年"
        "5月9日下午17:30。网上报名邮箱：qhkfq_tz@example.cn。\n"
    )
    notice = _only(page)
    assert notice.value("issuer") == "青禾经济开发区管理委员会"
    assert notice.value("window")["ends_on"] == "2025-05-09"


def test_a_body_named_by_its_level_is_read_with_its_place_where_the_notice_prints_it():
    page = (
        "关于面向社会公开征集县政协九届三次会议提案线索的公告\n"
        "为做好提案征集工作，县政协提案委员会决定近期面向社会公开征集提案线索。现将有关事项公告"
        "如下：\n"
        "一、征集时间：2025年7月1日至2025年7月31日。\n"
        "二、提交方式：邮寄地址：青禾县政协提案委员会\n"
        "联系人：周某 联系电话：13900005555\n"
    )
    assert _only(page).value("issuer") == "青禾县政协提案委员会"


def test_the_body_letters_go_to_issues_an_unsigned_call_for_comments():
    page = (
        "为广泛听取公众意见，现将《青禾大道改造工程设计方案》通过县政府网站向社会公开征求意见。\n"
        "一、征求意见的时间：2025年4月1日至2025年4月30日。\n"
        "二、意见反馈的途径：信函邮寄至：青禾县住房和城乡建设局，邮编：321999（收）；拨打电话："
        "0579-5550777；邮箱：qhzjj@example.cn。\n"
    )
    assert _only(page).value("issuer") == "青禾县住房和城乡建设局"


def test_a_consultation_pages_department_label_names_the_issuer():
    page = (
        "关于对2025年青禾区“政府开放日”活动的意见建议征集公告\n"
        "征集部门:青禾区政府办公室开始时间:2025-08-01 结束时间:2025-08-20\n"
        "为办好政府开放日活动，现面向社会各界广泛征集意见建议。\n"
        "征求意见起止时间：2025年8月1日至2025年8月20日。\n"
        "电子邮件方式将意见发送至：qhqzfb@example.cn。\n"
    )
    assert _only(page).value("issuer") == "青禾区政府办公室"


def test_words_before_a_body_named_by_its_level_are_no_place():
    from notices.importer.parties import convener

    body = "为做好提案工作，县政协提案委员会决定公开征集提案线索，请提交县政协提案委员会。"
    assert convener(body)[0] == "县政协提案委员会"


# A deadline whose 年, 月 and 日 were all lost in a copy: the digits are read when they split
# into a month and a day one way only.
def _call_with_deadline(deadline: str) -> str:
    return (
        "关于公开征求《青禾县村庄规划（草案）》意见的公告\n"
        f"现向社会公开征求意见。意见反馈截止时间：{deadline}。联系电话：0745-5550197。\n"
        "青禾县自然资源局\n"
        "2022年4月20日\n"
    )


def test_a_deadline_printed_as_bare_digits_is_read_when_they_split_one_way():
    assert _only(_call_with_deadline("202256")).value("window")["ends_on"] == "2022-05-06"
    assert _only(_call_with_deadline("2022516")).value("window")["ends_on"] == "2022-05-16"


def test_bare_digits_that_split_two_ways_are_no_deadline():
    assert _only(_call_with_deadline("2022111")).value("window") is None
