"""The notice register: the sample notices' windows, states at 24:00, findings, bad input."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.exceptions import ValidationError

from notices import calendar_source, services
from notices.deadlines.windows import CHINA_TZ, WindowState, state_of_days
from notices.models import Notice, WindowChange
from tests.conftest import shared_json, shared_params
from tests.factories import NoticeFactory, PublicationFactory

pytestmark = pytest.mark.django_db

SEED = shared_json("samples", "seed-notices.json")
SEED_NOTICES = shared_params([n for notices in SEED.get("pages", {}).values() for n in notices])


def _from_seed(seed: dict) -> Notice:
    window = seed.get("window") or {}
    fields = {
        "kind": seed["kind"],
        "title": seed["title"],
        "issuer": seed.get("issuer", ""),
        "subject": seed.get("subject") or seed.get("project", ""),
        "published_on": dt.date.fromisoformat(seed["published_on"])
        if seed.get("published_on")
        else None,
    }
    if "starts_on" in window:
        fields["stated_first_day"] = dt.date.fromisoformat(window["starts_on"])
        fields["stated_last_day"] = dt.date.fromisoformat(window["ends_on"])
    return NoticeFactory(**fields)


@pytest.mark.requires_shared
@pytest.mark.parametrize("seed", SEED_NOTICES, ids=lambda s: s["title"][:20] if s else "")
def test_sample_notice_gets_the_last_day_a_careful_reader_extracts(seed):
    notice = _from_seed(seed)
    assert notice.last_day.isoformat() == seed["last_day"]
    if "last_day_if_publication_day_counts" in seed:
        assert notice.earliest_last_day.isoformat() == seed["last_day_if_publication_day_counts"]
    assert notice.provisional_years == ""


def test_eia_comment_window_state_turns_closed_at_midnight_shanghai():
    notice = NoticeFactory(eia_draft=True, published_on=dt.date(2024, 7, 8))
    assert notice.last_day == dt.date(2024, 7, 22)
    assert notice.closes_at == dt.datetime(2024, 7, 23, 0, 0, tzinfo=CHINA_TZ)
    just_before = dt.datetime(2024, 7, 22, 23, 59, 59, tzinfo=CHINA_TZ)
    just_after = dt.datetime(2024, 7, 23, 0, 0, 1, tzinfo=CHINA_TZ)
    qs = Notice.objects.filter(pk=notice.pk)
    assert qs.open(just_before.date()).exists()
    assert qs.closing_soon(just_before.date()).exists()
    assert not qs.open(just_after.date()).exists()
    assert qs.closed(just_after.date()).exists()
    # 23:59 UTC on the 22nd is already the 23rd in Shanghai: the window is closed then
    utc_late = dt.datetime(2024, 7, 22, 16, 0, 1, tzinfo=dt.UTC).astimezone(CHINA_TZ)
    assert qs.closed(utc_late.date()).exists()


def test_states_through_a_window_match_the_queryset_day_by_day():
    notice = NoticeFactory(eia_draft=True, published_on=dt.date(2024, 7, 8))
    day = dt.date(2024, 7, 6)
    seen = []
    while day <= dt.date(2024, 7, 25):
        expected = state_of_days(notice.first_day, notice.last_day, notice.closing_soon_from, day)
        annotated = Notice.objects.with_state(day).get(pk=notice.pk).window_state
        assert annotated == expected
        assert Notice.objects.in_state(str(expected), day).filter(pk=notice.pk).exists()
        seen.append(expected)
        day += dt.timedelta(days=1)
    assert seen[0] is WindowState.UPCOMING
    assert WindowState.CLOSING_SOON in seen
    assert seen[-1] is WindowState.CLOSED
    # the last 3 working days of 07-08 + 10 WD are 07-18, 07-19 and 07-22
    assert notice.closing_soon_from == dt.date(2024, 7, 18)


def test_inspection_reporting_window_is_the_stated_period():
    notice = NoticeFactory(inspection=True, published_on=dt.date(2025, 5, 27))
    assert (notice.first_day, notice.last_day) == (dt.date(2025, 5, 28), dt.date(2025, 6, 28))
    assert Notice.objects.upcoming(dt.date(2025, 5, 27)).filter(pk=notice.pk).exists()


def test_window_reaching_into_2027_is_provisional_and_says_so():
    notice = NoticeFactory(published_on=dt.date(2026, 12, 1))
    assert notice.last_day == dt.date(2027, 1, 15)
    assert notice.provisional_years == "2027"
    codes = [f.code for f in services.notice_findings(notice)]
    assert "provisional_deadline" in codes


def test_liquidation_findings_name_late_group_and_late_announcement():
    notice = NoticeFactory(
        published_on=dt.date(2024, 10, 8),
        dissolution_resolved_on=dt.date(2024, 6, 1),
        liquidation_group_formed_on=dt.date(2024, 7, 1),
    )
    codes = {f.code: f for f in services.notice_findings(notice)}
    assert "group_formed_late" in codes
    assert "announced_late" in codes
    assert "第二百三十二条" in codes["group_formed_late"].basis.cite("zh")


def test_timely_liquidation_has_no_timing_findings():
    notice = NoticeFactory(
        published_on=dt.date(2024, 7, 8),
        dissolution_resolved_on=dt.date(2024, 7, 8),
        liquidation_group_formed_on=dt.date(2024, 7, 8),
    )
    codes = [f.code for f in services.notice_findings(notice)]
    assert "group_formed_late" not in codes
    assert "announced_late" not in codes


def test_eia_draft_printed_once_in_the_newspaper_is_a_violation():
    notice = NoticeFactory(eia_draft=True, published_on=dt.date(2024, 7, 8))
    PublicationFactory(notice=notice, published_on=dt.date(2024, 7, 8))
    codes = {f.code: f.severity for f in services.notice_findings(notice)}
    assert codes["too_few_newspaper_runs"] == "violation"
    PublicationFactory(notice=notice, published_on=dt.date(2024, 7, 15))
    codes = [f.code for f in services.notice_findings(Notice.objects.get(pk=notice.pk))]
    assert "too_few_newspaper_runs" not in codes


def test_stated_period_short_only_under_civil_code_is_a_warning_not_a_violation():
    # 07-08..07-19 holds 10 working days only if the publication day counts
    notice = NoticeFactory(
        eia_draft=True,
        published_on=dt.date(2024, 7, 8),
        stated_first_day=dt.date(2024, 7, 8),
        stated_last_day=dt.date(2024, 7, 19),
    )
    codes = {f.code: f.severity for f in services.notice_findings(notice)}
    assert codes["period_short_under_civil_code"] == "warning"
    assert "period_shorter_than_minimum" not in codes


def test_stated_period_short_under_both_readings_is_a_violation():
    notice = NoticeFactory(
        eia_draft=True,
        published_on=dt.date(2024, 7, 8),
        stated_first_day=dt.date(2024, 7, 8),
        stated_last_day=dt.date(2024, 7, 12),
    )
    codes = {f.code: f.severity for f in services.notice_findings(notice)}
    assert codes["period_shorter_than_minimum"] == "violation"


@pytest.mark.parametrize(
    ("fields", "field_in_error"),
    [
        ({"window_length": 0}, "window_length"),
        ({"stated_first_day": dt.date(2024, 7, 9), "stated_last_day": dt.date(2024, 7, 1)}, None),
        ({"published_on": dt.date(2099, 1, 1)}, "published_on"),
        ({"kind": "no_such_kind"}, "kind"),
        ({"stated_last_day": dt.date(2024, 7, 1)}, "stated_last_day"),
        (
            {
                "dissolution_resolved_on": dt.date(2024, 7, 8),
                "liquidation_group_formed_on": dt.date(2024, 7, 1),
            },
            "liquidation_group_formed_on",
        ),
    ],
)
def test_bad_notice_is_refused_with_a_clear_message_and_nothing_saved(fields, field_in_error):
    before = Notice.objects.count()
    notice = NoticeFactory.build(**fields)
    with pytest.raises(ValidationError) as caught:
        services.record_notice(notice)
    if field_in_error:
        assert field_in_error in caught.value.message_dict
    assert Notice.objects.count() == before


def test_edit_on_a_stale_copy_is_refused_and_the_other_edit_survives():
    notice = NoticeFactory()
    mine = Notice.objects.get(pk=notice.pk)
    theirs = Notice.objects.get(pk=notice.pk)
    theirs.title = "their title"
    services.record_notice(theirs, expected_version=theirs.version)
    mine.title = "my title"
    with pytest.raises(services.StaleEdit):
        services.record_notice(mine, expected_version=mine.version)
    assert Notice.objects.get(pk=notice.pk).title == "their title"


def test_edit_that_moves_the_last_day_is_recorded():
    notice = NoticeFactory(published_on=dt.date(2024, 7, 8))
    notice.published_on = dt.date(2024, 7, 9)
    services.record_notice(notice, expected_version=notice.version)
    change = WindowChange.objects.filter(notice=notice).first()
    assert (change.old_last_day, change.new_last_day) == (
        dt.date(2024, 8, 22),
        dt.date(2024, 8, 23),
    )
    assert notice.history.count() == 2


def test_loading_2027_recomputes_provisional_windows_in_bulk():
    eia = NoticeFactory(eia_draft=True, published_on=dt.date(2027, 2, 1))
    claim = NoticeFactory(published_on=dt.date(2026, 12, 25))
    untouched = NoticeFactory(published_on=dt.date(2024, 7, 8))
    assert eia.provisional_years == "2027"
    assert eia.last_day == dt.date(2027, 2, 15)  # weekends only
    from notices.deadlines.schedules import parse_schedule_data

    parsed = parse_schedule_data(
        {
            "2027": {
                "holidays": [["2027-02-05", "2027-02-12", "春节"]],
                "workdays": ["2027-02-13"],
                "notice": "test-only 2027 arrangement",
            }
        }
    )
    result = services.load_schedules(parsed.schedules)
    assert result.recompute.changed >= 2
    eia.refresh_from_db()
    claim.refresh_from_db()
    untouched.refresh_from_db()
    # 02-02..02-04 are days 1-3, 02-05..02-12 are off, Saturday 02-13 is day 4,
    # 02-15..02-19 are days 5-9: the 10th working day is Monday 02-22
    assert eia.last_day == dt.date(2027, 2, 22)
    assert eia.provisional_years == ""
    assert claim.provisional_years == ""
    assert untouched.last_day == dt.date(2024, 8, 22)
    assert WindowChange.objects.filter(notice=eia, reason__contains="2027").exists()
    assert calendar_source.get_calendar().is_published(2027)


@pytest.mark.parametrize("counting", ["", "same_day"])
@pytest.mark.parametrize("stated_first", [dt.date(2024, 9, 27), dt.date(2024, 10, 9)])
def test_a_recompute_in_bulk_agrees_with_saving_for_a_period_from_a_stated_first_day(
    stated_first, counting
):
    # "公示期为…起10个工作日", the paper dated before or after that day: the bulk recompute
    # after a calendar change counts it exactly as saving the notice did
    notice = NoticeFactory(
        eia_draft=True,
        published_on=dt.date(2024, 10, 1),
        stated_first_day=stated_first,
        window_length=10,
        window_unit="working_days",
        counting=counting,
    )
    saved = (notice.first_day, notice.last_day, notice.earliest_last_day)
    assert notice.first_day == stated_first
    assert services.recompute_windows().changed == 0
    notice.refresh_from_db()
    assert (notice.first_day, notice.last_day, notice.earliest_last_day) == saved


def test_a_period_from_a_stated_day_is_explained_from_that_day_not_from_publication():
    from notices.presentation import explain_notice

    # "自2024年10月9日起10个工作日" in the paper of 1 October
    notice = NoticeFactory(
        eia_draft=True,
        published_on=dt.date(2024, 10, 1),
        stated_first_day=dt.date(2024, 10, 9),
        window_length=10,
        window_unit="working_days",
    )
    zh = explain_notice(notice, language="zh-hans")
    en = explain_notice(notice, language="en")
    assert "起算当日不计入" in zh.summary
    assert "公告当日" not in zh.summary
    assert "that day is not counted" in en.summary
    assert any("whether that day counts" in line for line in en.lines)
