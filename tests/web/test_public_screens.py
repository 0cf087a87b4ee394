"""What the citizen's screens say: headings, empty results, order, dates, the month view and
the notice timeline (the browser's view of the same screens is in tests/e2e)."""

from __future__ import annotations

import datetime as dt

import pytest
from django.urls import reverse

from tests.factories import NoticeFactory

pytestmark = pytest.mark.django_db


def titles(response) -> list[str]:
    return [n.title for n, _status in response.context["rows"]]


def h1(response) -> str:
    text = response.text
    return text[text.index("<h1>") + 4 : text.index("</h1>")]


@pytest.mark.parametrize(
    ("query", "heading"),
    [
        ({}, "正在征求意见和申报的公告"),
        ({"status": "open"}, "正在征求意见和申报的公告"),
        ({"status": "closing_soon"}, "即将截止的公告"),
        ({"status": "upcoming"}, "尚未开始的公告"),
        ({"status": "closed"}, "已截止的公告"),
        ({"kind": "capital_reduction"}, "公告及其期限"),  # nothing listed is open
    ],
)
def test_list_heading_says_what_is_listed(client, samples, query, heading):
    assert h1(client.get(reverse("notice-list"), query)) == heading


def test_empty_open_search_says_none_is_open_and_what_else_the_search_finds(client, samples):
    response = client.get(reverse("notice-list"), {"status": "open", "city": "", "q": "减资"})
    text = response.text
    assert "目前没有符合条件、正在进行的期限。" in text
    assert "已截止: 1" in text
    assert "status=closed" in text
    assert "尚未开始: " not in text  # a state with nothing in it is not offered


def test_closed_notices_come_most_recent_first_on_the_home_page_too(client, samples):
    older = NoticeFactory(
        kind="capital_reduction", title="较早的减资公告", published_on=dt.date(2024, 1, 2)
    )
    closed_only = titles(client.get(reverse("notice-list"), {"status": "closed"}))
    home = titles(client.get("/"))
    assert closed_only == [samples.capital_reduction.title, older.title]
    assert home[-2:] == closed_only


def test_home_paging_keeps_the_closed_order_across_pages(client, samples, monkeypatch):
    monkeypatch.setattr("notices.web.views.PAGE_SIZE", 1)
    for day in (dt.date(2024, 1, 2), dt.date(2024, 2, 1)):
        NoticeFactory(kind="capital_reduction", title=f"减资 {day}", published_on=day)
    seen, url = [], "/"
    while url:
        response = client.get(url)
        seen += titles(response)
        page = response.context["page"]
        url = f"/?after={page.next_cursor}" if page.next_cursor else None
    assert seen[-3:] == [samples.capital_reduction.title, "减资 2024-02-01", "减资 2024-01-02"]


def test_filters_wait_behind_one_tap_after_the_notices(client, samples):
    text = client.get(reverse("notice-list")).text
    assert '<details class="filters">' in text
    assert text.index('<ol class="notices">') > text.index("<details")  # summary line first
    assert '<details class="filters" open>' in client.get("/?published_from=bad").text


def test_one_date_format_per_language_on_a_notice_page(client, samples):
    url = reverse("notice-detail", args=[samples.liquidation.pk])
    text = client.get(url).text
    assert "2024年7月8日" in text
    assert ">2024-07-08<" not in text
    client.cookies["django_language"] = "en"
    assert "8 July 2024" in client.get(url).text


def test_notice_page_labels_the_first_day_and_the_contact_person(client, samples):
    text = client.get(reverse("notice-detail", args=[samples.liquidation.pk])).text
    first_day = '<dt>受理开始</dt><dd><time datetime="2024-07-08">2024年7月8日</time> （公告当日）'
    assert first_day in text
    assert "<dt>联系人</dt><dd>布日格德</dd>" in text
    assert "名称" not in text


def test_closed_notice_gives_no_advice_and_no_calendar_button(client, samples):
    notice = samples.capital_reduction
    text = client.get(reverse("notice-detail", args=[notice.pk])).text
    assert "已于2024年5月16日 24:00 截止" in text
    assert "稳妥起见" not in text
    assert reverse("notice-calendar", args=[notice.pk]) not in text


def test_open_notice_offers_its_calendar_file_and_email_reminders(client, samples):
    notice = samples.liquidation
    text = client.get(reverse("notice-detail", args=[notice.pk])).text
    assert reverse("notice-calendar", args=[notice.pk]) in text
    assert f"/subscriptions/?notice={notice.pk}" in text


def test_notice_without_a_confirmed_text_shows_no_full_text_section(client, samples):
    text = client.get(reverse("notice-detail", args=[samples.xinlian_eia.pk])).text
    assert "公告全文" not in text


def test_notice_timeline_draws_the_counted_and_skipped_days(client, samples):
    text = client.get(reverse("notice-detail", args=[samples.pipeline_eia.pk])).text
    assert text.count('<g class="day work counted') == 10
    assert text.count('<g class="day rest"') == 4
    assert '<g class="day work published"' in text
    assert "不计入的休息日 7月13日、7月14日、7月20日、7月21日" in text
    assert "可能的最早最后一日 2024年7月19日" in text
    assert 'class="mark today"' in text


def test_stated_period_timeline_counts_nothing_and_has_no_today_outside_it(client, samples):
    text = client.get(reverse("notice-detail", args=[samples.inspection.pk])).text
    assert "counted" not in text
    assert 'class="mark today"' not in text
    assert "最后一日 2025年6月28日 24:00" in text


def test_month_view_draws_this_months_windows_with_rest_days(client, samples):
    response = client.get(reverse("notice-calendar-month"))
    assert response.status_code == 200
    text = response.text
    assert "2024年7月的期限" in text
    assert text.count('<td class="rest') == 8  # four weekends in July 2024
    assert '<td class="work today">' in text
    bars = [bar.notice for bar in response.context["picture"].bars]
    assert bars == [samples.xinlian_eia, samples.pipeline_eia, samples.liquidation]


def test_month_view_marks_holidays_and_make_up_days_and_filters_like_the_list(client, samples):
    response = client.get(
        reverse("notice-calendar-month"), {"month": "2024-10", "kind": "liquidation"}
    )
    text = response.text
    assert 'title="国庆节"' in text
    assert '<td class="makeup">' in text  # Saturday 12 October
    assert [b.notice for b in response.context["picture"].bars] == []
    august = client.get(
        reverse("notice-calendar-month"), {"month": "2024-08", "kind": "liquidation"}
    )
    assert [b.notice for b in august.context["picture"].bars] == [samples.liquidation]
    assert "month=2024-09" in august.text
    assert "month=2024-07" in august.text


@pytest.mark.parametrize("month", ["2024-13", "July", "1900-01", "9999-01"])
def test_month_view_refuses_a_bad_month_clearly(client, samples, month):
    response = client.get(reverse("notice-calendar-month"), {"month": month})
    assert response.status_code == 400
    assert 'role="alert"' in response.text


def test_favicon_is_found(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 301
    assert response["Location"].endswith("notices/favicon.svg")


def test_every_page_links_to_the_reminders_and_the_month_view(client, samples):
    text = client.get(reverse("notice-detail", args=[samples.liquidation.pk])).text
    assert 'href="/subscriptions/"' in text
    assert 'href="/notices/calendar/"' in text


def test_subscription_form_explains_its_fields(client):
    text = client.get("/subscriptions/").text
    assert "标题、发布单位或公司/项目名称中的文字" in text
    assert "3,1 表示在最后一日前第3个和第1个工作日各提醒一次" in text


def test_api_description_has_no_raw_markup(client):
    schema = client.get("/api/schema/", HTTP_ACCEPT="application/json").text
    assert "`status`" not in schema


def test_english_labels_are_capitalised(client, samples):
    client.cookies["django_language"] = "en"
    text = client.get(reverse("notice-detail", args=[samples.liquidation.pk])).text
    for label in ("Contact person", "Phone", "Kind", "Issuer", "Last day", "How to respond"):
        assert f">{label}<" in text
    listing = client.get(reverse("notice-list")).text
    assert '<label for="id_status">Status</label>' in listing
