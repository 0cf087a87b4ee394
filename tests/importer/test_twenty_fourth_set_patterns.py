"""Patterns a twenty-fourth fresh set of real notices showed (issue #11: inspection reporting
windows and completion-acceptance publicity): each a sentence of behaviour on a text written
for the test, modelled on the pattern, not copied."""

from __future__ import annotations

from notices.importer import extract_notices


def _proposals(page: str):
    return extract_notices(page).proposals


def _only(page: str):
    proposals = _proposals(page)
    assert len(proposals) == 1, [p.value("kind") for p in proposals]
    return proposals[0]


def test_a_party_inspection_groups_reporting_deadline_is_an_other_window():
    page = (  # a web copy: one paragraph a line, a blank line under the site's breadcrumb
        "当前位置：首页 > 工作动态 > 巡视巡察\n\n"
        "按照县委统一部署，县委第四轮巡察共组建3个巡察组，对青石镇、柳河镇党委及所辖村开展巡察。\n"
        "巡察期间，县委各巡察组分别设专门值班电话、邮政信箱和电子邮箱，主要受理反映被巡察党组织"
        "领导班子及其成员问题的来信来电来访。其他不属于巡察受理范围的信访问题，将按规定转交有关"
        "部门处理。县委巡察组受理信访举报时间截止到2024年11月15日。\n"
        "现将县委各巡察组信访电话、邮政信箱公布如下：\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "other"
    assert notice.value("window")["ends_on"] == "2024-11-15"


def test_a_reporting_period_that_runs_until_a_day_printed_after_截止到_ends_then():
    page = (
        "巡察公告\n"
        "根据市委巡察工作统一部署，市委第二巡察组从2025年3月3日至2025年5月9日对某某街道党工委"
        "开展巡察。巡察组在巡察期间设专门值班电话：0755-5550123，邮政信箱：某某市100号邮箱，"
        "受理电话、信访时间从2025年3月3日截止到2025年5月2日。\n"
        "中共某某市委第二巡察组\n"
        "2025年3月3日\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "other"
    assert notice.value("window")["ends_on"] == "2025-05-02"


def test_news_of_a_party_inspection_round_without_a_period_proposes_nothing():
    page = (
        "本报讯 近日，县委第五轮巡察完成进驻。县委巡察组分别对两个乡镇党委开展常规巡察。\n"
        "根据巡察工作职责，巡察期间设专门值班电话、专门邮政信箱等，县委巡察组主要受理反映被巡察"
        "党组织领导班子成员问题的来信来电来访。其他不属于巡察受理范围的信访问题，将按规定移交"
        "有关部门处理。（某某巡察）\n"
    )
    assert _proposals(page) == ()


def test_a_party_inspection_group_signing_its_notice_issues_it_even_without_its_number():
    page = (
        "巡察公告\n"
        "根据市委巡察工作统一部署，市委第巡察组从2025年9月1日至2025年11月28日对某某镇党委"
        "开展专项巡察。巡察组在巡察期间设专门值班电话：0755-5550188，受理电话、信访时间从"
        "2025年9月1日截止到2025年11月21日。\n"
        "中共某某市委第巡察组\n"
        "2025年9月1日\n"
    )
    assert _only(page).value("issuer") == "中共某某市委第巡察组"


def test_the_numbered_party_inspection_group_a_report_names_issues_its_window():
    page = (
        "按照区委统一部署，2024年4月8日，区委第二巡察组进驻区文旅局党组，开展为期两个月的巡察。\n"
        "巡察组在巡察期间（2024年4月8日至2024年6月7日），设有举报电话：13955501234，"
        "接听时间为工作日早8点至晚6点，在区文旅局设有举报信箱，受理信访举报。\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "other"
    assert notice.value("issuer") == "区委第二巡察组"


def test_a_party_inspection_notice_taking_letters_calls_and_visits_is_a_window_while_it_sits():
    page = (
        "某某县委巡察组巡察公告\n"
        "根据县委统一安排，县委第一、第二巡察组于2023年4月10日至6月30日对县林业局等9个单位开展"
        "巡察。现公告如下：\n"
        "一、受理范围\n"
        "根据巡察工作职责，受理反映被巡察单位领导班子及其成员问题的来信、来电、来访。\n"
        "二、联系方式\n"
        "县委第一巡察组：值班电话0553-5550101，来信请寄县行政中心三楼县委第一巡察组。\n"
        "中共某某县委巡察工作领导小组办公室\n"
        "2023年4月10日\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "other"
    assert notice.value("window") == {"starts_on": "2023-04-10", "ends_on": "2023-06-30"}


def test_the_day_reports_are_taken_until_ends_the_window_not_the_days_the_groups_sit():
    page = (
        "巡察公告\n"
        "按照县委统一部署，县委派出2个巡察组于2024年9月2日至2024年11月1日对某某镇等4个单位党组织"
        "开展巡察，欢迎广大党员干部群众向巡察组反映情况。\n"
        "巡察期间，县委巡察组设立专门联系电话、信箱，主要受理反映被巡察党组织领导班子及其成员"
        "问题的来信来电来访。受理信访时间截止到2024年10月25日。\n"
        "联系电话：0792-5550133\n"
        "中共某某县委巡察办\n"
        "2024年9月2日\n"
    )
    notice = _only(page)
    assert notice.value("window")["ends_on"] == "2024-10-25"


def test_a_reports_deadline_printed_as_截止时间为_ends_the_window_too():
    page = (
        "巡察公告\n"
        "按照区委巡察工作统一安排，区委第二轮巡察从2023年6月5日至8月18日对某某街道等5个单位开展"
        "常规巡察。巡察组受理电话时间为工作日8:30-12:00。受理信访截止时间为2023年8月11日。"
        "巡察期间设立监督电话：029-55501234。\n"
        "中共某某区委巡察工作领导小组办公室\n"
        "2023年6月5日\n"
    )
    assert _only(page).value("window")["ends_on"] == "2023-08-11"
