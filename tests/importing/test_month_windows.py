"""A notice whose period is in months: its last day is proposed, and the register keeps the unit."""

from __future__ import annotations

import datetime as dt

import pytest

from notices import services
from notices.importer import extract_notices
from notices.importing import proposal_json, save_notices
from notices.models import Notice
from notices.presentation import explain_notice

pytestmark = pytest.mark.django_db

#: Written for this test, modelled on how court-appointed managers word claims notices.
PAGE = """\
债权申报公告
通辽市科尔沁区人民法院已裁定受理
通辽市某某商贸有限公司破产清算一
案，并指定本所为管理人。债权人应
自本公告发布之日起三个月内，向管
理人申报债权，书面说明债权数额和
有无财产担保。
联系人：王律师
联系电话：0475-8212345
通辽市某某商贸有限公司管理人
2024年1月31日
"""


def test_a_claims_period_in_months_gets_its_last_day_and_is_saved_in_months():
    proposals = extract_notices(PAGE).proposals
    assert len(proposals) == 1
    data = proposal_json(proposals[0])
    assert data["kind"] == "other"  # a court-appointed manager's notice, not a liquidation
    assert data["issuer"] == "通辽市某某商贸有限公司管理人"
    assert data["window"]["unit"] == "months"
    assert data["last_day"] == "2024-04-30"  # Civil Code art. 202: no April 31st
    outcome = save_notices([data])
    assert not outcome.errors
    notice = Notice.objects.get()
    assert (notice.window_length, notice.window_unit) == (3, "months")
    assert notice.last_day == dt.date(2024, 4, 30)


def _month_notice(**fields) -> Notice:
    data = proposal_json(extract_notices(PAGE).proposals[0])
    notice = save_notices([data]).saved[0]
    for name, value in fields.items():
        setattr(notice, name, value)
    return notice


def test_a_month_period_is_explained_in_months():
    notice = _month_notice()
    zh = explain_notice(notice, language="zh-hans").summary
    en = explain_notice(notice, language="en").summary
    assert "3个月" in zh
    assert "3日" not in zh
    assert "3 months from" in en


def test_the_bulk_recomputation_gives_a_month_period_the_same_last_day_as_saving():
    notice = _month_notice()
    Notice.objects.filter(pk=notice.pk).update(last_day=None, first_day=None)
    result = services.recompute_windows()
    assert result.changed == 1
    notice.refresh_from_db()
    assert notice.last_day == dt.date(2024, 4, 30)
    assert services.recompute_windows().changed == 0


def test_a_month_period_ending_on_a_day_off_moves_to_the_next_working_day():
    # 2024-07-01 + 3 months = 2024-10-01, National Day: the next working day is 2024-10-08
    notice = _month_notice(published_on=dt.date(2024, 7, 1))
    notice.save()
    Notice.objects.filter(pk=notice.pk).update(last_day=None)
    services.recompute_windows()
    notice.refresh_from_db()
    assert notice.last_day == dt.date(2024, 10, 8)
