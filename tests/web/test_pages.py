"""The citizens' pages: filters, ordering, status lines, both languages, read-only."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def titles(response) -> list[str]:
    return [n.title for n, _status in response.context["rows"]]


def test_home_lists_open_periods_first_by_nearest_last_day(client, samples):
    response = client.get("/")
    assert response.status_code == 200
    assert titles(response) == [
        samples.xinlian_eia.title,  # last day today
        samples.pipeline_eia.title,  # 22 July
        samples.liquidation.title,  # 22 August
        samples.inspection.title,  # upcoming (2025)
        samples.capital_reduction.title,  # closed
    ]


def test_unreviewed_drafts_are_never_listed(client, samples):
    response = client.get(reverse("notice-list"))
    assert samples.draft.title not in titles(response)
    assert client.get(reverse("notice-detail", args=[samples.draft.pk])).status_code == 404


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"status": "open"}, ["xinlian_eia", "pipeline_eia", "liquidation"]),
        ({"status": "closing_soon"}, ["xinlian_eia", "pipeline_eia"]),
        ({"status": "upcoming"}, ["inspection"]),
        ({"status": "closed"}, ["capital_reduction"]),
        ({"kind": "eia_draft_comment"}, ["xinlian_eia", "pipeline_eia"]),
        ({"kind": "capital_reduction"}, ["capital_reduction"]),
        ({"region": "乌兰察布"}, ["xinlian_eia", "pipeline_eia", "liquidation"]),
        ({"region": "呼和浩特市"}, ["inspection"]),
        ({"region": "集宁区"}, ["liquidation"]),
        ({"q": "鑫联"}, ["xinlian_eia"]),
        ({"q": "清算组"}, ["liquidation"]),
        ({"q": "督察组"}, ["inspection"]),
        (
            {"published_from": "2024-07-05", "published_to": "2024-07-08"},
            ["pipeline_eia", "liquidation"],
        ),
        ({"last_day_from": "2024-07-19", "last_day_to": "2024-07-31"}, ["pipeline_eia"]),
        (
            {"status": "open", "kind": "eia_draft_comment", "region": "乌兰察布市"},
            ["xinlian_eia", "pipeline_eia"],
        ),
        ({"status": "closed", "kind": "eia_draft_comment"}, []),
    ],
)
def test_every_filter_narrows_the_list(client, samples, query, expected):
    response = client.get(reverse("notice-list"), query)
    assert response.status_code == 200
    assert titles(response) == [getattr(samples, name).title for name in expected]


def test_filters_live_in_the_url_so_a_search_can_be_shared(client, samples):
    response = client.get(reverse("notice-list"), {"status": "open", "kind": "eia_draft_comment"})
    html = response.content.decode()
    # the form keeps the choices, and the feed links carry the same filter
    assert re.search(r'<option value="open" selected', html)
    assert "/notices/feed/atom/?status=open&amp;kind=eia_draft_comment" in html
    assert "/notices/feed/calendar.ics?status=open&amp;kind=eia_draft_comment" in html


def test_paging_walks_every_notice_once_without_counting(client, samples, monkeypatch):
    monkeypatch.setattr("notices.web.views.PAGE_SIZE", 2)
    seen, url, pages = [], reverse("notice-list") + "?kind=&status=", 0
    while url:
        response = client.get(url)
        assert response.status_code == 200
        seen += titles(response)
        pages += 1
        page = response.context["page"]
        url = (
            f"{reverse('notice-list')}?kind=&status=&after={page.next_cursor}"
            if page.next_cursor
            else None
        )
    assert pages == 3
    assert seen == [
        samples.xinlian_eia.title,
        samples.pipeline_eia.title,
        samples.liquidation.title,
        samples.inspection.title,
        samples.capital_reduction.title,
    ]


def test_paging_in_one_state_keeps_the_nearest_last_day_first(client, samples, monkeypatch):
    monkeypatch.setattr("notices.web.views.PAGE_SIZE", 1)
    first = client.get(reverse("notice-list"), {"status": "open"})
    cursor = first.context["page"].next_cursor
    second = client.get(reverse("notice-list"), {"status": "open", "after": cursor})
    assert titles(first) == [samples.xinlian_eia.title]
    assert titles(second) == [samples.pipeline_eia.title]
    assert 'rel="next"' in second.content.decode()


def test_status_lines_in_chinese_by_default(client, samples):
    html = client.get(reverse("notice-list")).content.decode()
    assert "还剩 3 个工作日，2024年7月22日 24:00 截止" in html
    assert "今天 24:00 截止（2024年7月18日）" in html
    assert "还剩 36 天，2024年8月22日 24:00 截止" in html
    assert "2025年5月28日开始，2025年6月28日 24:00 截止" in html
    assert "已于2024年5月16日 24:00 截止" in html
    assert 'lang="zh-Hans"' in html


def test_status_lines_in_english_after_the_language_switch(client, samples):
    response = client.post(
        reverse("set_language"), {"language": "en", "next": reverse("notice-list")}
    )
    assert response.status_code == 302
    html = client.get(reverse("notice-list")).content.decode()
    assert 'lang="en"' in html
    assert "3 working days left; closes on 22 July 2024 at 24:00" in html
    assert "Closed on 16 May 2024 at 24:00" in html
    assert "Open comment and claim periods" in html


def test_page_labels_are_translated_to_chinese(client, samples):
    html = client.get(reverse("notice-list")).content.decode()
    assert "正在征求意见和申报的公告" in html
    assert "环评征求意见稿公示" in html  # the kind label


def test_notice_page_says_what_how_and_by_when(client, samples):
    notice = samples.pipeline_eia
    response = client.get(reverse("notice-detail", args=[notice.pk]))
    assert response.status_code == 200
    html = response.content.decode()
    for text in (
        notice.title,
        notice.issuer,
        notice.subject,
        "内蒙古自治区乌兰察布市察哈尔右翼前旗",
        "征求意见稿已编制完成",
        "还剩 3 个工作日，2024年7月22日 24:00 截止",
        "如果公告当日计入期限，请于7月19日前提出意见。",  # the earliest possible last day
        "18504922288",
        "1804069050@qq.com",
        "https://pan.baidu.com/s/13WgbweAIDE0QAzjLPEsKsw?pwd=5ok7",
        "乌兰察布日报",
        "《环境影响评价公众参与办法（生态环境部令第4号）》第十条、第十一条",  # the legal basis
        "周末休息日",  # the skipped weekend days, and why
        reverse("notice-calendar", args=[notice.pk]),
        reverse("notice-feed-atom"),
    ):
        assert text in html, text


def test_notice_page_shows_compliance_findings(client, samples):
    html = client.get(reverse("notice-detail", args=[samples.xinlian_eia.pk])).content.decode()
    # no newspaper printing is recorded yet, the EIA rule wants two, and the window is still
    # open on its last day: pending, not yet a violation
    assert "待定" in html
    assert "须在2024年7月18日截止前再见报2次" in html


def test_notice_page_warns_when_the_last_day_is_provisional(client, db):
    import datetime as dt

    from notices.models import CalendarYear
    from tests.factories import NoticeFactory

    CalendarYear.objects.filter(year=2026).delete()
    from notices import calendar_source

    calendar_source.clear_cache()
    notice = NoticeFactory(kind="eia_draft_comment", published_on=dt.date(2025, 12, 24))
    assert notice.is_provisional
    html = client.get(reverse("notice-detail", args=[notice.pk])).content.decode()
    assert "截止日期为暂定：2026年的节假日安排尚未公布" in html
    calendar_source.clear_cache()


def test_notice_page_in_english(client, samples):
    client.cookies["django_language"] = "en"
    html = client.get(reverse("notice-detail", args=[samples.pipeline_eia.pk])).content.decode()
    assert "3 working days left; closes on 22 July 2024 at 24:00" in html
    assert "If the publication day counts, comment by 19 July." in html
    assert "Why this date" in html


def test_a_period_from_a_day_the_notice_names_is_hedged_from_that_day(client, db, today):
    import datetime as dt

    from tests.factories import NoticeFactory

    # "公示期自2024年7月8日起10个工作日" in the paper of 1 July
    notice = NoticeFactory(
        eia_draft=True,
        published_on=dt.date(2024, 7, 1),
        stated_first_day=dt.date(2024, 7, 8),
        window_length=10,
        window_unit="working_days",
    )
    html = client.get(reverse("notice-detail", args=[notice.pk])).content.decode()
    assert "如果起算当日（7月8日）计入期限，请于7月19日前提出意见。" in html
    client.cookies["django_language"] = "en"
    html = client.get(reverse("notice-detail", args=[notice.pk])).content.decode()
    assert "If the first day (8 July) counts, comment by 19 July." in html


def test_upcoming_and_closed_pages_say_so(client, samples):
    closed = client.get(reverse("notice-detail", args=[samples.capital_reduction.pk]))
    assert "已于2024年5月16日 24:00 截止" in closed.content.decode()
    client.cookies["django_language"] = "en"
    closed = client.get(reverse("notice-detail", args=[samples.capital_reduction.pk]))
    assert "Closed on 16 May 2024 at 24:00" in closed.content.decode()


def test_pages_need_no_script_and_send_security_headers(client, samples):
    for url in (reverse("notice-list"), reverse("notice-detail", args=[samples.liquidation.pk])):
        response = client.get(url)
        assert "<script" not in response.content.decode()
        assert "script-src" not in response["Content-Security-Policy"]
        assert response["Content-Security-Policy"].startswith("default-src 'none'")
        assert response["X-Content-Type-Options"] == "nosniff"
        assert response["X-Frame-Options"] == "DENY"
        assert response["Referrer-Policy"] == "same-origin"


def test_every_form_field_has_a_label(client, samples):
    html = client.get(reverse("notice-list")).content.decode()
    ids = re.findall(r'<(?:input|select)[^>]*\bid="([^"]+)"', html)
    assert ids
    for field_id in ids:
        assert f'for="{field_id}"' in html, field_id


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_public_pages_are_read_only(client, samples, method):
    for url in (reverse("notice-list"), reverse("notice-detail", args=[samples.liquidation.pk])):
        assert getattr(client, method)(url).status_code == 405


def test_a_page_link_from_one_search_is_refused_by_another(client, samples, monkeypatch):
    monkeypatch.setattr("notices.web.views.PAGE_SIZE", 1)
    first = client.get(reverse("notice-list"), {"status": "open"})
    cursor = first.context["page"].next_cursor
    other = client.get(reverse("notice-list"), {"status": "closed", "after": cursor})
    assert other.status_code == 400
    assert "page link is not valid" in other.content.decode() or "无效" in other.content.decode()
