"""What the clerk's screens say: badges, last days with days left, findings as labels with their
severity, the closing moment as 24:00 on the last day, the site's name, and the dashboard."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from django.conf import settings
from django.urls import reverse

from notices.clerk import charts
from notices.models import Notice
from tests.factories import NoticeFactory, PublicationFactory
from tests.web.conftest import today  # noqa: F401 - the same frozen day (ON) as the page tests

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("today")]


@pytest.fixture
def admin_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("admin", "admin@example.com", "pw")
    client.force_login(user)
    return client


@pytest.fixture
def printed_once(db):
    """An EIA draft of 2024-07-08 (window to 07-22) printed once, entered the same day."""
    notice = NoticeFactory(eia_draft=True, title="某项目环评公示", published_on=dt.date(2024, 7, 8))
    PublicationFactory(notice=notice, published_on=dt.date(2024, 7, 8))
    entered_at = dt.datetime(2024, 7, 8, 10, tzinfo=dt.timezone(dt.timedelta(hours=8)))
    Notice.objects.filter(pk=notice.pk).update(created_at=entered_at)
    return Notice.objects.get(pk=notice.pk)


def test_the_list_shows_state_last_day_days_left_and_a_pending_finding(admin_client, printed_once):
    html = admin_client.get(reverse("admin:notices_notice_changelist")).content.decode()
    # on ON (Thursday 18 July) three working days are left: 18, 19 and 22 July
    assert '<span class="nt-badge nt-state-closing_soon">即将截止</span>' in html
    assert "2024年7月22日" in html
    assert "还剩 3 个工作日" in html
    assert "<b>待定</b> 待再次见报" in html
    assert "too_few_newspaper_runs" not in html
    assert "newspaper_runs_due" not in html  # codes are for the API, labels for people


def test_the_same_finding_becomes_a_violation_once_the_window_has_closed(
    admin_client, printed_once, monkeypatch
):
    monkeypatch.setattr("django.utils.timezone.localdate", lambda *a, **k: dt.date(2024, 7, 23))
    html = admin_client.get(reverse("admin:notices_notice_changelist")).content.decode()
    assert "<b>违规</b> 见报次数不足" in html
    assert '<span class="nt-badge nt-state-closed">已截止</span>' in html


def test_the_change_page_says_when_the_window_closes_as_people_say_it(admin_client):
    notice = NoticeFactory(kind="liquidation", published_on=dt.date(2024, 7, 8))
    html = admin_client.get(reverse("admin:notices_notice_change", args=[notice.pk])).content
    html = html.decode()
    glance = html[html.index("field-at_a_glance") :]
    glance = glance[: glance.index("</div>\n</div>")]
    assert "进行中" in glance  # on ON, 18 July
    assert "截止 2024年8月22日 24:00" in glance
    assert "还剩 36 天" in glance
    assert "2024年8月22日 24:00" in html
    assert "2024-08-23" not in html
    assert "00:00:00" not in html


def test_the_change_page_translates_every_severity(admin_client, printed_once):
    url = reverse("admin:notices_notice_change", args=[printed_once.pk])
    html = admin_client.get(url).content.decode()
    findings = html[html.index("field-findings_detail") :]
    findings = findings[: findings.index("</fieldset>")]
    assert "待定" in findings
    assert "须在2024年7月22日截止前再见报1次" in findings
    for raw in ("info", "warning", "violation", "pending"):
        assert f"<b>{raw}</b>" not in findings


def test_the_site_is_named_for_its_work_in_both_languages(admin_client):
    html = admin_client.get(reverse("admin:index")).content.decode()
    assert "noticetracker 公告期限登记" in html
    assert "Django 管理" not in html
    assert reverse("admin:notices_notice_dashboard") in html
    admin_client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"  # the language switch
    english = admin_client.get(reverse("admin:index")).content.decode()
    assert "noticetracker: public notice register" in english


def test_the_list_speaks_english_with_english_labels(admin_client, printed_once):
    admin_client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    html = admin_client.get(reverse("admin:notices_notice_changelist")).content.decode()
    assert "<b>Pending</b> Newspaper printing still due" in html
    assert "22 July 2024" in html


def test_the_dashboard_draws_windows_findings_and_entries_as_svg(admin_client, printed_once):
    NoticeFactory(kind="liquidation", published_on=dt.date(2024, 7, 22))  # opens next week
    response = admin_client.get(reverse("admin:notices_notice_dashboard"))
    assert response.status_code == 200
    html = response.content.decode()
    assert html.count('role="img"') == 4
    assert "<title>7/22 截止: 1</title>" in html  # the draft closes in the week of 07-22
    assert "<title>7/22 开始: 1</title>" in html  # the liquidation opens then
    assert "<title>7/8 录入: 1</title>" in html  # entered in the week of 07-08
    assert "<title>待定 · 待再次见报: 1</title>" in html
    assert "cdn" not in html.lower()
    assert "<script" not in html[html.index('id="content-main"') :]


def test_the_dashboard_with_an_empty_register_says_there_is_nothing(admin_client):
    html = admin_client.get(reverse("admin:notices_notice_dashboard")).content.decode()
    assert "未发现问题" in html
    assert "共录入 0 件公告" in html


def test_the_dashboard_needs_a_staff_login(client):
    response = client.get(reverse("admin:notices_notice_dashboard"))
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


def test_charts_escape_their_labels_and_scale_to_the_largest_value():
    svg = charts.bar_chart("t", [("<b>&", 4, "#000"), ("half", 2, "#000")])
    assert "<b>&" not in svg
    assert "&lt;b&gt;&amp;" in svg
    widths = [float(w) for w in re.findall(r'<rect x="0" y="\d+" width="([\d.]+)"', svg)]
    assert widths[0] == pytest.approx(2 * widths[1])
    assert charts.bar_chart("t", []) == ""
    columns = charts.column_chart("t", ["a", "b"], [charts.Series("s", "#000", [0, 0])])
    assert "nan" not in columns  # an empty series draws flat columns, not a division by zero


@pytest.fixture
def without_2025():
    """As if 2025's holiday schedule were not published yet (windows reaching it: provisional)."""
    from notices import calendar_source
    from notices.models import CalendarYear

    CalendarYear.objects.filter(year=2025).delete()
    calendar_source.clear_cache()
    yield
    calendar_source.clear_cache()


@pytest.mark.usefixtures("without_2025")
def test_notices_without_a_window_or_a_region_and_provisional_ones_render_everywhere(
    admin_client,
):
    bare = NoticeFactory(kind="other", title="无期限公告", province="", city="")
    NoticeFactory(kind="liquidation", title="跨年公告", published_on=dt.date(2024, 12, 1))
    html = admin_client.get(reverse("admin:notices_notice_changelist")).content.decode()
    assert '<span class="nt-badge nt-state-no_window">无期限</span>' in html
    assert '<span class="nt-badge nt-provisional">暂定</span>' in html
    change = admin_client.get(reverse("admin:notices_notice_change", args=[bare.pk]))
    assert change.status_code == 200
    assert admin_client.get(reverse("admin:notices_notice_add")).status_code == 200
    dashboard = admin_client.get(reverse("admin:notices_notice_dashboard")).content.decode()
    assert "截止日暂定" in dashboard  # the provisional finding, counted by kind
